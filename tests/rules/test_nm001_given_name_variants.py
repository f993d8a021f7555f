"""NM001 on a given name written two ways before one surname ("Matthias Löffelholz" /
"Mathias Löffelholz"), the second at a sentence's start: the surname after both says a
name is meant, not a common word that a capital starts. Our own sentences; written after
the mechanism was built (issue 12, session 10): each defect gives one finding, each trap
none."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "doubled_letter_at_start": (
        "The glassmaker Johannes Brinkhorst designed the furnace.\n\n## Later\n\n"
        "Johanes Brinkhorst says the kiln will run on hydrogen."
    ),
    "vowel_changed_inside": (
        "The curator Margarethe Solvang opened the wing in May.\n\n## Later\n\n"
        "Margarathe Solvang told us the loans will run until 2030."
    ),
    "letter_dropped_inside_note_like": (
        "Ferry timetables were drawn up by Kristoffer Aasland for the council.\n\n## Later\n\n"
        "Kristofer Aasland, who drew them, now runs the harbour office."
    ),
}

TRAPS = {
    "two_people_other_surnames": (
        "The glassmaker Johannes Brinkhorst designed the furnace.\n\n## Later\n\n"
        "Johanes Vliet says the kiln will run on hydrogen."
    ),
    "siblings_last_letter": (
        "The curator Erika Solvang opened the wing in May.\n\n## Later\n\nErik Solvang, her brother, ran the shop."
    ),
    "common_word_at_start": (
        "The report by Marten Holm covers the harbour.\n\n## Later\n\nMartens are returning to the island's woods."
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
