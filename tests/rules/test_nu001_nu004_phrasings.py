"""NU001 with a conversion written after the amount's words and an aside ("¥900 billion in
fiscal 2024 to X, the firm building Y, equivalent to about $8.3 billion"; the yen named in
the sentence before), and NU004 with the title's counted thing carrying what happened to
it ("2,500 job cuts" against "cost 2,800 jobs"). Defects must be found, traps of the same
shapes must stay silent. Our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

FRONT = "---\ndate: 2025-03-01\n---\n\n"


def _findings(rule: str, draft: str, tmp_path: Path) -> list:
    path = tmp_path / "draft.md"
    path.write_text(FRONT + draft, encoding="utf-8")
    settings = Settings(select=[rule])
    kept, _ = check_document(load_document(path), build_rules(settings), settings, None)
    return [f for f in kept if f.rule == rule]


NU001_DEFECTS = {
    "after the words and an aside": (
        "Norway committed NOK 12 billion in 2024 to Salmar, the salmon farmer building a 40-cage site "
        "in Troms, equivalent to about $1.9 billion."
    ),
    "the aside names an owner": (
        "The ministry paid €2 billion in 2023 to the rail operator, a firm it owns outright, "
        "equivalent to about $3.1 billion."
    ),
    "the yen named in the sentence before": (
        "Japan's fisheries agency has raised its support for coastal fleets. It set aside a further "
        "¥300 billion in 2024 for the Hokkaido trawler fleet, the largest in the north, equivalent to "
        "about $3.4 billion."
    ),
}

NU001_DEFECTS.update(
    {
        "pounds after a place aside": (
            "The canal trust spent £400 million in 2022 on the Kennet locks, the oldest on the network, "
            "equivalent to about $700 million."
        ),
        "euros with a two-word aside": (
            "Brussels granted €1.5 billion in 2023 to Hydrogenia, a Dutch electrolyser maker, equivalent to "
            "roughly $2.4 billion."
        ),
        "kronor after the programme named": (
            "Sweden put SEK 20 billion in 2024 into the broadband fund, the largest in the Nordics, "
            "equivalent to about $3.9 billion."
        ),
    }
)

NU001_TRAPS = {
    "a right conversion after an aside": (
        "Norway committed NOK 12 billion in 2024 to Salmar, the salmon farmer building a new site "
        "in Troms, equivalent to about $1.1 billion."
    ),
    "a figure in the aside: the equivalent may be of it": (
        "The ministry paid €2 billion in 2023 to the rail operator, which carried 40 million riders, "
        "equivalent to about $3.1 billion."
    ),
}

NU001_TRAPS.update(
    {
        "a right conversion in pounds": (
            "The canal trust spent £400 million in 2022 on the Kennet locks, the oldest on the network, "
            "equivalent to about $495 million."
        ),
        "an equivalent in the same currency is another figure": (
            "Brussels granted €1.5 billion in 2023 to Hydrogenia, a Dutch electrolyser maker, equivalent to "
            "€2 billion in today's money."
        ),
    }
)

NU004_DEFECTS = {
    "a title's job cuts against jobs the text says were lost": (
        "The closure of the Llanwern mill cost 2,800 jobs.[^1]\n\n"
        '[^1]: "Steelmaker confirms 2,500 job cuts at Llanwern," Western Mail, 3 May 2024.'
    ),
    "the text's job cuts against jobs a title says are axed": (
        "The plan brings 2,800 job cuts at the Llanwern mill.[^1]\n\n"
        '[^1]: "Steelmaker to axe 2,500 jobs at Llanwern," Western Mail, 3 May 2024.'
    ),
}

NU004_DEFECTS.update(
    {
        "a title's layoffs against staff the text says were shed": (
            "The Tweed hatchery shed 140 staff after the floods.[^1]\n\n"
            '[^1]: "Hatchery confirms 110 staff layoffs," Border Telegraph, 9 June 2024.'
        ),
        "a title's closures against branches the text says closed": (
            "The bank closed 64 branches in Wales last year.[^1]\n\n"
            '[^1]: "Bank announces 46 branch closures in Wales," BBC Wales, 2 March 2024.'
        ),
    }
)

NU004_TRAPS = {
    "jobs created are not jobs cut": (
        "The new Llanwern furnace will create 2,800 jobs.[^1]\n\n"
        '[^1]: "Steelmaker confirms 2,500 job cuts at Llanwern," Western Mail, 3 May 2024.'
    ),
    "the same figure": (
        "The closure of the Llanwern mill cost 2,500 jobs.[^1]\n\n"
        '[^1]: "Steelmaker confirms 2,500 job cuts at Llanwern," Western Mail, 3 May 2024.'
    ),
}


NU004_TRAPS.update(
    {
        "branches opened are not branch closures": (
            "The bank opened 64 branches in Wales last year.[^1]\n\n"
            '[^1]: "Bank announces 46 branch closures in Wales," BBC Wales, 2 March 2024.'
        ),
    }
)


@pytest.mark.parametrize("draft", list(NU001_DEFECTS.values()), ids=list(NU001_DEFECTS))
def test_nu001_conversion_after_an_aside_found(draft: str, tmp_path: Path) -> None:
    assert len(_findings("NU001", draft, tmp_path)) == 1


@pytest.mark.parametrize("draft", list(NU001_TRAPS.values()), ids=list(NU001_TRAPS))
def test_nu001_trap_silent(draft: str, tmp_path: Path) -> None:
    assert _findings("NU001", draft, tmp_path) == []


@pytest.mark.parametrize("draft", list(NU004_DEFECTS.values()), ids=list(NU004_DEFECTS))
def test_nu004_counted_thing_with_its_event_found(draft: str, tmp_path: Path) -> None:
    assert len(_findings("NU004", draft, tmp_path)) == 1


@pytest.mark.parametrize("draft", list(NU004_TRAPS.values()), ids=list(NU004_TRAPS))
def test_nu004_trap_silent(draft: str, tmp_path: Path) -> None:
    assert _findings("NU004", draft, tmp_path) == []
