"""AR002 probes (session 26, in other domains than the drafts whose shapes they follow): a
stated change set against its two values — the later value's year after a noun written
with a hyphen ("1,124 e-bike thefts in 2022 and 1,397 in 2023, an increase of 38%"), a
change named by the noun of a measure that grows or shrinks in one dimension ("a deepening
of", "a widening of", "a narrowing of"), and a change in prose of a table row's two
columns — with traps: the right change, a change over other years, a change of a share in
points."""

from __future__ import annotations

from tests.rules._variants import variant_tests

TABLE = "| Line | 2024 | 2025 |\n|---|---|---|\n| Coastal buses | 4,100 | 3,900 |\n| River ferries | 812 | 700 |\n\n{}"

DEFECTS = {
    "hyphenated noun": "Police logged 1,124 e-bike thefts in 2022 and 1,397 in 2023, an increase of 38 per cent.",
    "hyphenated noun two": "The clinic saw 640 long-covid patients in 2021 and 520 in 2023, a fall of 30%.",
    "hyphenated noun three": "Ports handled 2,300 ro-ro sailings in 2019 and 2,990 in 2024, a rise of 45%.",
    "a deepening": "The channel went from 9.2 metres in 2010 to 12.1 metres in 2024, a deepening of more than 40 per cent.",
    "a widening": "The runway went from 45 metres to 60 metres wide, a widening of a half.",
    "a narrowing": "The pay gap went from 18% in 2015 to 12% in 2024, a narrowing of about 20 per cent.",
    "a table row": TABLE.format("River ferry crossings fell by 25 percent."),
}
MISSED = {"a table row"}
TRAPS = {
    "hyphenated noun right": "Police logged 1,124 e-bike thefts in 2022 and 1,397 in 2023, an increase of 24 per cent.",
    "a deepening right": "The channel went from 9.2 metres in 2010 to 12.1 metres in 2024, a deepening of about 32 per cent.",
    "other years": "Police logged 1,124 e-bike thefts in 2022 and 1,397 in 2023, after a rise of 38 per cent in 2021.",
    "a narrowing in points": "The pay gap went from 18% in 2015 to 12% in 2024, a narrowing of six points.",
    "a table row right": TABLE.format("River ferry crossings fell by 14 percent."),
    "a table row, another line": TABLE.format("Coastal bus trips fell by 5 percent, river ferries by 14 percent."),
}

test_defect_found, test_trap_silent = variant_tests("AR002", DEFECTS, TRAPS, missed=MISSED)
