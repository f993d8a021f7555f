"""AC003 (and AC002) on a capitalised name after "the … of the" with a letter of its acronym
missing, where a lower-case word before the article would give it ("the framework of the Team
on Climate-related Reporting (TCFR)": framework's F): an article is no first word of a name, so
the name is read from its first capital and its lost word reported. Our own sentences; traps:
the same phrasings with a name that fits, a lower-case word that does start the name
("contiguous")."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "the framework of the": "Schemes report under the framework of the Team on Climate-related Reporting (TCFR).",
    "the guidance of the": "Members follow the guidance of the Trust for River-linked Safety (TGRS).",
    "the plan of the": "It draws on the plan of the Tribunal for Soil Emissions (TPSE).",
}
TRAPS = {
    "the approach of the, fitting": (
        "Funds follow the approach of the Task Force on Nature-related Financial Disclosures (TNFD)."
    ),
    "the guidance of the, fitting": "Members follow the guidance of the Trust for River-linked Safety (TRS).",
    "a lower-case first word": "Flights over the contiguous United States (CONUS) were grounded.",
}

test_defect_found, test_trap_silent = variant_tests(("AC002", "AC003"), DEFECTS, TRAPS)
