"""NU004: a source title that counts a group of what the text counts whole ("41 grey seals
found dead" / "the survey found 37 dead seals"): a group cannot outnumber its whole, so a
larger title count contradicts the text; a smaller one may be the group. Our own sentences
(seals, hedgehogs, orchards, lighthouses); each shape has traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu001_nu004_phrasings import _findings

DEFECTS = {
    "a species in the title, the animal in the text": (
        "Wardens on the Farne Islands found 37 dead seals on the beaches in 2024.[^1]\n\n"
        '[^1]: "41 grey seals found dead on Farne beaches in 2024," Northumberland Gazette, 2 March 2025.'
    ),
    "a kind of orchard in the title": (
        "Since 2015 housing has swallowed 58 orchards in the county.[^1]\n\n"
        '[^1]: "Housing swallows 65 traditional orchards in a decade," Kent Messenger, 4 May 2025.'
    ),
    "a place-qualified group in the title": (
        "Volunteers rescued 312 hedgehogs from garden netting last summer.[^1]\n\n"
        '[^1]: "Sanctuary takes in 340 urban hedgehogs caught in netting," Wildlife Weekly, 9 October 2024.'
    ),
}

TRAPS = {
    "the title's group smaller than the text's whole": (
        "Wardens on the Farne Islands found 47 dead seals on the beaches in 2024.[^1]\n\n"
        '[^1]: "41 grey seals found dead on Farne beaches in 2024," Northumberland Gazette, 2 March 2025.'
    ),
    "the text narrows its count to a group of its own": (
        "Since 2015 housing has swallowed 58 cherry orchards in the county.[^1]\n\n"
        '[^1]: "Housing swallows 65 traditional orchards in a decade," Kent Messenger, 4 May 2025.'
    ),
    "the text counts some of the group": (
        "Volunteers rescued 312 of the hedgehogs caught in garden netting last summer.[^1]\n\n"
        '[^1]: "Sanctuary takes in 340 urban hedgehogs caught in netting," Wildlife Weekly, 9 October 2024.'
    ),
}


@pytest.mark.parametrize("draft", list(DEFECTS.values()), ids=list(DEFECTS))
def test_title_group_outnumbering_the_whole_found(draft: str, tmp_path: Path) -> None:
    assert len(_findings("NU004", draft, tmp_path)) == 1


@pytest.mark.parametrize("draft", list(TRAPS.values()), ids=list(TRAPS))
def test_title_group_that_may_be_a_part_silent(draft: str, tmp_path: Path) -> None:
    assert _findings("NU004", draft, tmp_path) == []
