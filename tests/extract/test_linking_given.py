"""A figure the sentence takes as given (claimcheck.extract.linking.taken_as_given): a
definite noun phrase that is the subject of a modal or a future after what qualifies its noun,
or a definite phrase that opens the sentence (also after a participle), closed by a comma.
The modal says what becomes of the figure; the figure is no forecast or supposition. Our own
sentences (saunas, viaducts, inspectors, allotments, orchestras)."""

from __future__ import annotations

import pytest

from claimcheck.extract.linking import taken_as_given


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the definite subject of the modal, right after its noun (as before)
        ("All 298 core stations should be surveyed again.", "298"),
        ("The trust's 48 depots could close within a decade.", "48"),
        # a future, after what qualifies the noun
        ("The 1.6 million wood-fired saunas counted in Finland will all need a certified stove.", "1.6 million"),
        ("Repointing all 24 brick arches on the Tamsworth Viaduct will cost £2.1 million.", "24"),
        ("The 5,700 allotment plots managed by the council will see rents rise next April.", "5,700"),
        ("The orchestra's 96 salaried players shall keep their contracts.", "96"),
        # a definite opening phrase led by a participle, closed by a comma
        ("Shared across its 96 field inspectors, the backlog is more than the agency could clear.", "96"),
        ("Measured against the 1,240 members who voted, the turnout would look better.", "1,240"),
        # (as before) a definite opening phrase
        ("At its annual capacity of 12,000 tonnes, the plant could treat the whole county's waste.", "12,000"),
    ],
)
def test_taken_as_given(sentence: str, text: str) -> None:
    assert taken_as_given(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the object of the future: the figure is the one to come
        ("The authority will buy 400 electric buses next year.", "400"),
        ("The council would spend £3 million on the scheme.", "£3 million"),
        # what makes the figure one to come, before the modal
        ("The 400 new electric buses will arrive next year.", "400"),
        ("The planned 40 charging stations will open in spring.", "40"),
        ("If the 300 homes are sold, the town will grow.", "300"),
        # a relative clause of the future
        ("The 320 council homes that will be built should be ready by 2029.", "320"),
        # a relative clause without its pronoun, the future its verb
        ("The 40 charging stations the city will open are in the south.", "40"),
        ("The 300 homes it would build are not enough.", "300"),
        # a participle phrase with a figure to come
        ("Shared across its 96 new field inspectors, the backlog could be cleared in a year.", "96"),
        # no modal, nothing to take as given
        ("The viaduct has 27 brick arches.", "27"),
        # an indefinite figure before the future
        ("Some 640 ferries will need new engines.", "640"),
    ],
)
def test_not_taken_as_given(sentence: str, text: str) -> None:
    assert not taken_as_given(sentence, text)
