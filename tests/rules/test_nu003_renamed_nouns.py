"""NU003: a restated count whose noun is renamed ("kennels" / "boarding houses", "claims" /
"applications"). One of the two nouns is counted nowhere else in the draft, the two
sentences give the same year, the values are close and the contexts are tied by a name or
by much shared context. Traps of the same shape (a second thing the text keeps count of,
another year, another place, values far apart, no anchor at all) stay silent. Our own
sentences (dog kennels, river ferries, allotments, seed banks, museums, libraries)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

_BODY = [
    "The inquiry was set up after a winter of complaints from rural councils.",
    "Its members heard evidence from officials, charities and local residents.",
    "Two chapters deal with the legal framework and with questions of funding.",
    "Some witnesses argued that the terms of reference were drawn too narrowly.",
    "The department replied that a fuller review would follow next spring.",
    "A panel of independent advisers checked the methods and the sources.",
    "Most of the data come from official registers and published accounts.",
    "Where records were missing, the secretariat wrote to the bodies concerned.",
    "Regional differences proved larger than many observers had expected.",
    "The authors stress that several estimates carry a wide margin of error.",
    "An annex lists every source, with the date on which it was consulted.",
    "Opposition members welcomed parts of the report and rejected others.",
    "The minister promised a formal response before the end of the session.",
    "Readers can send corrections to the secretariat by post or by email.",
    "The press covered the publication at some length.",
    "Trade bodies asked for a seat on the steering group.",
    "Employers said that some proposals would raise their costs.",
    "Local councils will be asked to comment on the draft guidance.",
    "The next edition is planned for the following autumn.",
    "The editors thank everyone who commented on earlier drafts.",
    "A glossary explains the technical terms used in the text.",
    "Several tables were revised after the consultation closed.",
    "The committee met eleven times over the course of its work.",
    "Its chair thanked the staff who supported the hearings.",
]


def _nu003(first: str, second: str, tmp_path: Path) -> list[str]:
    half = len(_BODY) // 2
    text = (
        "---\ndate: 2025-04-01\n---\n\n# The inquiry\n\n"
        + f"{first}\n\n"
        + "\n\n".join(_BODY[:half])
        + f"\n\n{second}\n\n"
        + "\n\n".join(_BODY[half:])
        + "\n"
    )
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    settings = Settings(select=["NU003"])
    kept, _ = check_document(load_document(path), build_rules(settings), settings, None)
    return [f.message for f in kept if f.rule == "NU003"]


DEFECTS = {
    "kennels renamed boarding houses, a name and a year shared": (
        "Cornwall saw the closure of 214 kennels for working dogs since 2020, the breeders' guild says.",
        "The loss of more than 250 boarding houses for working dogs in Cornwall since 2020 hurts shepherds, "
        "the breeders' guild says.",
    ),
    "claims renamed applications, two digits swapped": (
        "Ferry users on the Tamar lodged 4,620 compensation claims in 2023 after cancelled crossings.",
        "For the Tamar crossings, the operator processed 4,260 applications for compensation from ferry "
        "users in 2023.",
    ),
}

TRAPS = {
    "two things the text keeps count of": (
        "Cornwall saw the closure of 214 kennels for working dogs since 2020, and of 90 boarding houses, "
        "the breeders' guild says.",
        "The loss of more than 250 boarding houses for working dogs in Cornwall since 2020 hurts shepherds, "
        "and 40 kennels went too.",
    ),
    "another year": (
        "Ferry users on the Tamar lodged 4,620 compensation claims in 2023 after cancelled crossings.",
        "For the Tamar crossings, the operator processed 4,260 applications for compensation from ferry "
        "users in 2024.",
    ),
    "another county": (
        "Cornwall saw the closure of 214 kennels for working dogs since 2020, the breeders' guild says.",
        "The loss of more than 250 boarding houses for working dogs in Devon since 2020 hurts shepherds, "
        "the breeders' guild says.",
    ),
    "values too far apart for a slip": (
        "Tenants in Leeds gave up 310 allotment plots in 2024.",
        "Leeds allotment societies re-let 420 garden strips to new tenants in 2024.",
    ),
    "no year said by either": (
        "The Kew seed bank holds 2,400 packets of wild orchid seed.",
        "The Kew seed bank sent 2,650 envelopes of wild orchid seed to partner gardens.",
    ),
    "little context in common": (
        "The city museums lent 1,150 objects to other institutions in 2024.",
        "Visitors borrowed 1,280 books from the museum library in 2024.",
    ),
}


@pytest.mark.parametrize(("first", "second"), list(DEFECTS.values()), ids=list(DEFECTS))
def test_renamed_count_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), list(TRAPS.values()), ids=list(TRAPS))
def test_renamed_count_trap_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []
