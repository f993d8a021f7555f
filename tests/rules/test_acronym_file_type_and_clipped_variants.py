"""AC001/AC002 on two shapes of real documents (unseen seed 49): a file format in brackets
after a linked document's title ("[Guide to accessible forms](…) (PDF)") labels the link
and defines nothing, and an acronym made of the clipped heads of some words of a name
("International Criminal Police Organization (INTERPOL)") fits it. Sentences written for
these tests; the defects keep a real definition's slip found."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_LINKS = "## Resources\n\n"

DEFECTS = {
    "a name whose letters do not fit, after a file label": (
        "The National Mapping Office (NOM) publishes the county boundaries "
        "[as a spreadsheet](https://example.org/b.xlsx) (XLSX)."
    ),
    "a format's name misspelt": "Each file is kept in the Portable Data Format (PDT), which every reader opens.",
    "two expansions of one format": (
        "Tables are shared as comma-separated values (CSV) files. The ministry also accepts "
        "character-separated vectors (CSV) from the older system."
    ),
}

TRAPS = {
    "pdf labels": _LINKS
    + "* [Guide to Producing Accessible Word and PDF Documents](https://example.org/a.pdf) (PDF)\n"
    + "* [PDF Forms Accessibility Test Process](https://example.org/b.pdf) (PDF)\n"
    + "* [Checklist for Desktop and Portable Computers](https://example.org/c.pdf) (PDF)\n",
    "docx and xlsx labels": _LINKS
    + "* [Baseline Tests for Accessible Documents](https://example.org/d.docx) (DOCX)\n"
    + "* [Quarterly Staffing Returns](https://example.org/e.xlsx) (XLSX)\n",
    "a label after a defined format": (
        "Reports are published in Portable Document Format (PDF). The latest is the "
        "[Annual Review of Harbour Safety](https://example.org/r.pdf) (PDF)."
    ),
    "interpol": "The bureau is the national contact point of the International Criminal Police Organization (INTERPOL).",
    "europol": "Cases were passed to the European Police Office (EUROPOL) within a week.",
    "navsea": "The hull survey was signed off by the Naval Sea Systems Command (NAVSEA) in June.",
}

test_defect_found, test_trap_silent = variant_tests(("AC001", "AC002"), DEFECTS, TRAPS)
