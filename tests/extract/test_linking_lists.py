"""claimcheck.extract.linking.restated_run: the earlier list a list that says it repeats
one restates. Our own sentences."""

from __future__ import annotations

from claimcheck.extract.linking import restated_run


def _items(text: str, members: list[str]) -> list[str] | None:
    spans = restated_run(text, len(text), members)
    return None if spans is None else [text[a:b] for a, b in spans]


def test_the_words_around_the_run_are_cut_from_its_end_items() -> None:
    text = "The rules protect bees, hedgerows, ponds and old trees on every holding."
    assert _items(text, ["bees", "hedgerows", "old trees"]) == ["bees", "hedgerows", "ponds", "old trees"]


def test_a_swapped_last_member_ends_before_a_preposition() -> None:
    text = "The archive keeps letters, ledgers, maps and photographs from the canal company."
    assert _items(text, ["letters", "ledgers", "maps", "posters"]) == ["letters", "ledgers", "maps", "photographs"]


def test_the_nearest_run_of_the_same_members_but_one() -> None:
    text = "Ferries call at Holm, Skerry and Vaila. Buses serve Lerwick, Brae, Sandwick and Walls."
    assert _items(text, ["Lerwick", "Brae", "Walls"]) == ["Lerwick", "Brae", "Sandwick", "Walls"]


def test_no_link_with_two_members_apart_a_partial_run_or_too_few_shared() -> None:
    assert _items("The archive keeps letters, ledgers, maps and photographs.", ["letters", "posters", "films"]) is None
    assert _items("It keeps papers such as letters, ledgers and maps.", ["letters", "ledgers"]) is None
    assert (
        _items("The archive keeps letters, ledgers, maps and photographs.", ["letters", "ledgers", "films", "tapes"])
        is None
    )
