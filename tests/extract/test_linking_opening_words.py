"""A sentence's first word that is a common word is no name of the sentence (session 19,
nu19; sentences written for this file): a plural of doers ("Inspectors", "Residents") names
nobody, however seldom the text writes it in lower case; a name that opens a sentence stays
one."""

from __future__ import annotations

import pytest

from claimcheck.extract.linking.context import _names

#: the lower-case words of a document that never writes the opening words in lower case
_LOWERED = frozenset({"the", "line", "valley", "notices"})


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Inspectors found 212 faults on the line last winter.", "Inspectors"),
        ("Residents say about 3,000 homes still lack a meter.", "Residents"),
        ("Campaigners counted 48 closures in the valley.", "Campaigners"),
        ("Consultants put the cost at £14 million.", "Consultants"),
    ],
)
def test_a_common_opening_word_is_no_name(sentence: str, word: str) -> None:
    # (the document writes the word in lower case nowhere: the lower-case test cannot tell)
    assert word not in _names(sentence, lowered=_LOWERED)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Harrowby Council counted 48 closures in the valley.", "Harrowby Council"),
        ("Kessingham's wardens issued 400 notices.", "Kessingham"),
        ("Inspectors from Ofwat found 212 faults.", "Ofwat"),
    ],
)
def test_a_name_that_opens_a_sentence_or_follows_the_word_stays_one(sentence: str, name: str) -> None:
    assert any(n.startswith(name) for n in _names(sentence, lowered=_LOWERED))


def test_a_doer_the_text_capitalises_inside_a_sentence_is_a_name() -> None:
    assert "Wardens" in _names("Wardens issued 400 notices.", known=frozenset({"Wardens"}), lowered=_LOWERED)
