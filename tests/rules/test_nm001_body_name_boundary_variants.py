"""NM001 on a body's name written with its words set apart two ways: a hyphen or a space
between two capitalised words ("Moor-Gate Residents Alliance" / "Moor Gate …"), a compound
as one word or two ("Riverwatch Trust" / "River Watch Trust"), a word in the plural and the
singular inside a name of four words, and a name split over a line's end (PDF text).
Bodies ending in words of a body the catalogue of organisations lacks ("Coalition",
"Cooperative", "Network"). Our own sentences; traps: two bodies, a plural last word, a
common word's own hyphen ("Co-operative"), a short name in the plural and the singular,
one form throughout."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "hyphen, then space, lower-case 'the'": (
        "Campaigners from the Moor-Gate Residents Alliance met the council in May.\n\n"
        "Later the Moor Gate Residents Alliance wrote to the minister."
    ),
    "space, then hyphen, at a sentence start": (
        "The Kettle Hill Tenants Coalition counts 400 members.\n\n"
        "Kettle-Hill Tenants Coalition volunteers ran the survey."
    ),
    "one word, then two": (
        "Grants from the Riverwatch Trust paid for the fences.\n\nThe River Watch Trust says more is needed."
    ),
    "two words, then one, in a two-word name": (
        "Members of the Sea Grass Network planted ten hectares.\n\nA review by the Seagrass Network found most survived."
    ),
    "a word dropped to the singular in a four-word cooperative": (
        "The Lowfield Clean Batteries Cooperative trains 80 members.\n\n"
        "Officials visited the Lowfield Clean Battery Cooperative in June."
    ),
    "split over a line's end": (
        "The Northgate Bus Users Federation asked for later services. The Northgate Bus Users\n"
        "Federation also wants lower fares.\n\nThe North Gate Bus Users Federation was founded in 2019."
    ),
}

TRAPS = {
    "two bodies": ("The Moor Gate Residents Alliance and the Kettle Hill Residents Alliance both objected."),
    "plural last word: several bodies": (
        "The Tenant Coalition of Leeds objected. Other Tenant Coalitions stayed silent about the Leeds Tenant Coalition."
    ),
    "a common word's own hyphen": (
        "The Midvale Co-operative Society runs 12 shops.\n\nIts rival, the Midvale Cooperative Society, runs 30."
    ),
    "a short name in the plural and the singular": (
        "The Farmers Union met in May.\n\nThe Farmer Union of the south met in June."
    ),
    "one form throughout": ("The Riverwatch Trust paid for the fences. The Riverwatch Trust says more is needed."),
    "a hyphened pair that is no body's name": ("The Anglo-Irish talks went well. Anglo Irish Bank later failed."),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)

#: the same in plain text as a PDF's text layer gives it: a line's end inside the name, a
#: hyphen at a line's end before a capital
TEXT_DEFECTS = {
    "a hyphen at a line's end": (
        "Residents joined the Moor-\nGate Residents Alliance in 2020.\n\n"
        "Later the Moor Gate Residents\nAlliance wrote to the minister."
    ),
    "a compound split over a line": (
        "Grants from the Riverwatch\nTrust paid for the fences.\n\nIn its last report to the council, the River\n"
        "Watch Trust says more is needed."
    ),
    "a plural over a line": (
        "The Lowfield Clean Batteries\nCooperative trains 80 members.\n\n"
        "Officials visited the Lowfield Clean Battery Cooperative in June."
    ),
}
TEXT_TRAPS = {
    "one form over two lines": (
        "Grants from the Riverwatch\nTrust paid for the fences.\n\nThe Riverwatch Trust says more is needed."
    ),
}

test_text_defect_found, test_text_trap_silent = variant_tests(
    "NM001", TEXT_DEFECTS, TEXT_TRAPS, reader="text", wrap="Report\n\n{}\n"
)
