"""AR001 on the shapes a share, its part and its whole take in writing we have not seen
(issues #12 and #14, family AR, session 11): "three out of four" in words is a share, as
"three in four" is; the part set off alone after the share ("A fifth of the 900 pylons, 410
in all, …", "Of the 900 pylons, a fifth (410) …", "Around 40% of the 900 pylons, some 520,
…"); a part and its whole with a noun between ("410 pylons out of 900"). Traps: the same
shapes with figures that fit, a list after the share, a literal "7 out of 10" count. Our own
sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "three out of four": "Of the 2,150 wind turbines inspected, 1,220 needed new blades, three out of four.",
    "share, whole, part in all": "A fifth of the 900 pylons on the line, 410 in all, will be replaced by 2030.",
    "share in brackets after": "Of the 900 pylons on the line, a fifth (410) will be replaced by 2030.",
    "hedged share, hedged part": "Around 40% of the 1,300 canal locks, some 820, date from before 1850.",
    "share, part set off by a dash": "Of the 1,300 canal locks, nearly half — 820 in all — date from before 1850.",
    "noun between part and whole": "Engineers found cracks in 410 pylons out of 1,900, almost half.",
    "out of a total of": "Engineers found cracks in 410 pylons out of a total of 1,900, or about a third.",
    "after a colon": "Rot was found in 540 of the 1,480 oak beams surveyed: roughly half.",
    "; that is": "Rot was found in 540 of the 1,480 oak beams surveyed; that is about a quarter.",
    "a share of": "Rot was found in 540 of the 1,480 oak beams surveyed, a share of 46%.",
    "which is": "Rot was found in 540 of the 1,480 oak beams surveyed, which is 46 per cent.",
    "part at the clause's end": "Two-fifths of the 1,480 oak beams surveyed had rot, 860 in all.",
}
TRAPS = {
    "three out of four": "Of the 2,150 wind turbines inspected, 1,620 needed new blades, three out of four.",
    "share, whole, part in all": "A fifth of the 900 pylons on the line, 180 in all, will be replaced by 2030.",
    "share in brackets after": "Of the 900 pylons on the line, a fifth (180) will be replaced by 2030.",
    "hedged share, hedged part": "Around 40% of the 1,300 canal locks, some 520, date from before 1850.",
    "share, part set off by a dash": "Of the 1,300 canal locks, nearly half — 610 in all — date from before 1850.",
    "noun between part and whole": "Engineers found cracks in 890 pylons out of 1,900, almost half.",
    "out of a total of": "Engineers found cracks in 610 pylons out of a total of 1,900, or about a third.",
    "after a colon": "Rot was found in 540 of the 1,480 oak beams surveyed: roughly a third.",
    "; that is": "Rot was found in 540 of the 1,480 oak beams surveyed; that is about a third.",
    "a share of": "Rot was found in 540 of the 1,480 oak beams surveyed, a share of 36%.",
    "which is": "Rot was found in 540 of the 1,480 oak beams surveyed, which is 36 per cent.",
    "part at the clause's end": "Two-fifths of the 1,480 oak beams surveyed had rot, 590 in all.",
    "another rate after a semicolon": "Rot was found in 540 of the 1,480 oak beams surveyed; the national rate is 46%.",
    # a list after the share: no part of it
    "a list after the share": "Around 40% of the 1,300 canal locks, 200 bridges and 50 tunnels date from before 1850.",
    # a literal count in digits stays a part and its whole
    "digits out of": "Of the region's councils, 7 out of 10 cut their budgets, or 70%.",
    # a figure of another year in brackets
    "another year in brackets": "Of the 900 pylons on the line, a fifth (410 in 2010) were replaced.",
}

MISSED: set[str] = set()


test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS, MISSED)
