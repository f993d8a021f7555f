"""AR001/AR002 where the figures stand in shapes the arithmetic did not read: two "from A to
B" pairs in one sentence, each with its own stated change; the later value first and the
one it came from after "up from" / "down from"; a share after "that of the N …" opening a
clause; a change stated in a sentence whose subject is a pronoun ("It has since risen to
…"), the value it came from in the sentence before.

Our own sentences in domains the evaluation set does not cover; each defect gives one
finding, each trap none. The ``held`` entries were written with the others and run only
once the mechanisms were built (issue 12, session 10)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "two_pairs_first_wrong": "Hive losses fell from 36 per colony in 2016 to 20 in 2024, a fall of a quarter, and swarm calls dropped from 90 to 70 over the same years.",
    "two_pairs_second_wrong": "Ferry fares rose from 12 to 15 euros, a rise of 25 per cent, and cabin prices went from 80 to 90 euros, a rise of 20 per cent.",
    "up_from_after": "The guild's members paid €6.3 million in dues in 2024, up from €5.0 million in 2019, a rise of 14 per cent.",
    "down_from_after": "Visitors to the caves numbered 41,000 in 2023, down from 52,000 in 2018, a fall of 12 per cent.",
    "that_of_the": "The census found that of the 2,400 hives in the valley, 960, about a quarter, were lost over winter.",
    "pronoun_previous": "The lighthouse fund held £1.6 million in 2020. It has since grown to £2.4 million, an increase of 30 per cent.",
    "held_two_pairs_words": "Orchard yields fell from 40 to 20 tonnes a hectare, a fall of a third, while frost nights went from 12 to 18.",
    "held_down_from_words": "Licences issued reached 3,100 in 2024, down from 4,000 in 2020, a fall of 12 per cent.",
    "held_and_of_the": "Grants were cut, and of the 640 choirs registered, 320, roughly a third, closed.",
    "held_pronoun_this": "The harbour levy raised $8.0 million in 2019. This was cut to $6.0 million, a cut of 10 per cent.",
}

TRAPS = {
    "two_pairs_right": "Hive losses fell from 36 per colony in 2016 to 20 in 2024, a fall of 44 per cent, and swarm calls dropped from 90 to 70 over the same years.",
    "up_from_right": "The guild's members paid €6.3 million in dues in 2024, up from €5.0 million in 2019, a rise of 26 per cent.",
    "up_from_other_base": "The guild's members paid €6.3 million in dues in 2024, up from €5.0 million in 2019; the levy rose 14 per cent.",
    "that_of_the_right": "The census found that of the 2,400 hives in the valley, 960, about two fifths, were lost over winter.",
    "pronoun_previous_right": "The lighthouse fund held £1.6 million in 2020. It has since grown to £2.4 million, an increase of 50 per cent.",
    "pronoun_two_values_before": "The fund held £1.6 million in 2020 and £1.9 million in 2022. It has since grown to £2.4 million, an increase of 26 per cent.",
    "held_two_pairs_right": "Ferry fares rose from 12 to 15 euros, a rise of 25 per cent, and cabin prices went from 80 to 90 euros, a rise of 12.5 per cent.",
    "held_down_from_right": "Licences issued reached 3,100 in 2024, down from 4,000 in 2020, a fall of 22.5 per cent.",
    "held_pronoun_other_kind": "The harbour handled 8,000 ships in 2019. It has since raised its fee to $60, an increase of 10 per cent.",
    "held_that_of_the_right": "The census found that of the 640 choirs registered, 320, or half, closed.",
}

test_defect_found, test_trap_silent = variant_tests(("AR001", "AR002"), DEFECTS, TRAPS)
