"""QT001: a quotation given twice whose words differ only by a hyphen or space inside a
compound ("user-centered" / "usercentered", a hyphen a PDF's line end took; "co-operate" /
"cooperate"; "set up" / "set-up") is the same quotation (session 25, the lead's own words);
a word changed beside such a compound is still found."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    "word changed beside": apart(
        'Mayor Ruth Adeyemi said: "We learned how to do user-centred design and fast delivery."',
        'Adeyemi said: "We learned how to do usercentred design and quick delivery."',
    ),
}
TRAPS = {
    "hyphen lost": apart(
        'Mayor Ruth Adeyemi said: "We learned how to do user-centred design and fast delivery."',
        'Adeyemi said: "We learned how to do usercentred design and fast delivery."',
    ),
    "open and closed compound": apart(
        'The minister, Tomas Berg, said: "Our agencies must co-operate or the set-up fails."',
        'Berg said: "Our agencies must cooperate or the set up fails."',
    ),
}

test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS)
