"""QT001 on one sentence of a quotation of several quoted again alone with its words
changed (session 15): the sentence is compared with the requotation by the measures
whole quotations are. Our own sentences; each defect gives one finding, each trap none
(the sentence quoted exactly, another speaker, a new sentence of the same speaker)."""

from __future__ import annotations

from tests.rules._variants import FILLER, variant_tests

_FIRST = (
    'Marta Olsen, who has run the harbour café since 2009, put it plainly: "The ferries kept '
    "the village alive for a century. When the timetable was cut, the young families were the "
    'first to leave."'
)

DEFECTS = {
    "second_sentence_adverb_moved_to_end": (
        'Ruth Ambler, a parish councillor, remembers the opening: "Nobody expected much from one '
        'small bus. It showed the valley towns that the county had finally heard them."'
        + FILLER
        + 'For Ambler the bus "showed the valley towns that the county had heard them at last".'
    ),
    "first_sentence_word_dropped_phrase_added": (
        'The grower Henrik Dahl lost most of his crop: "We lost the orchard in a single night of '
        'frost. Insurance paid for a third of it."'
        + FILLER
        + 'In Dahl\'s words, "we lost the orchard in one night of frost, just like that".'
    ),
    "second_sentence_words_dropped_and_added": (
        'The engineer Pavel Novak described the fault to us: "We checked every weld on the '
        'bridge twice. The crack had been growing quietly for at least ten years."'
        + FILLER
        + 'Novak told the inquiry that "the crack had been growing for ten years or more".'
    ),
}

TRAPS = {
    "sentence_quoted_exactly": (_FIRST + FILLER + 'As Olsen said, "the young families were the first to leave".'),
    "another_speaker_similar_words": (
        _FIRST + FILLER + 'The mayor, Ivar Dahl, disagreed: "the young families were never the first to go".'
    ),
    "same_speaker_new_sentence": (
        _FIRST
        + FILLER
        + 'Olsen added later that "the old families will be the last to leave, whatever the timetable says".'
    ),
}

test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS)
