"""AR001 and AR002 on a fraction word said with a hedge (issue 12, session 8): "just over two
fifths" is at least two fifths and nearer to it than to half, "almost three quarters" below three
quarters and nearer to it than to two thirds; a part's own whole named with words between. Traps:
the same sentences with figures that fit. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Membership fees brought in $52,000 of the chess federation's $140,000 income, or just over two fifths of it.",
    "Hive numbers fell from 4,800 to 1,850 over the winter, a loss of almost three quarters.",
    "Of the 1,200 seats in the opera house, 790 were sold on the opening night, or almost three quarters.",
    "The glacier lost 41 of its 120 metres of thickness, just over two fifths, since 1990.",
    "Tram ridership rose from 12,000 to 19,500 a day, an increase of almost three quarters.",
    "The archive digitised 2,700 of its 6,000 maps last year, just over half of the collection.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Rowing clubs received £3.1 million of the £10 million sports budget, just over a third of it.",
    "The lighthouse keepers' pension fund shrank from £88 million to £36 million, a fall of nearly two thirds.",
    "Of 640 bakeries inspected, 420 passed, almost four fifths of the total.",
    "Visitors to the salt mine rose from 30,000 to 44,500, a rise of just over half.",
    "Snowfall at the pass was 96 cm of the 250 cm average, just over two fifths of a normal winter.",
    "Swimming pool admissions dropped from 210,000 to 80,000, a decline of nearly three quarters.",
]
TRAPS = [
    "Membership fees brought in $59,000 of the chess federation's $140,000 income, or just over two fifths of it.",
    "Hive numbers fell from 4,800 to 1,300 over the winter, a loss of almost three quarters.",
    "Of the 1,200 seats in the opera house, 870 were sold on the opening night, or almost three quarters.",
    "The glacier lost 50 of its 120 metres of thickness, just over two fifths, since 1990.",
    "Tram ridership rose from 12,000 to 20,600 a day, an increase of almost three quarters.",
    "The archive digitised 3,100 of its 6,000 maps last year, just over half of the collection.",
    "Hive numbers fell from 4,800 to 2,500, a loss of almost half.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Rowing clubs received £3.5 million of the £10 million sports budget, just over a third of it.",
    "The lighthouse keepers' pension fund shrank from £88 million to £31 million, a fall of nearly two thirds.",
    "Of 640 bakeries inspected, 500 passed, almost four fifths of the total.",
    "Visitors to the salt mine rose from 30,000 to 46,000, a rise of just over half.",
    "Snowfall at the pass was 104 cm of the 250 cm average, just over two fifths of a normal winter.",
    "Swimming pool admissions dropped from 210,000 to 57,000, a decline of nearly three quarters.",
]

# 'a loss of almost three quarters' is read since session 11 ('a loss of' is a fall)
MISSED = {6, 7, 9}


test_defect_found, test_trap_silent = variant_tests(("AR001", "AR002"), DEFECTS, TRAPS, MISSED)
