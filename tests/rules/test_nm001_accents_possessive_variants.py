"""NM001 on two shapes of real writing, in our own words (session 15): a given name whose
accent is dropped before the same surname where each form opens a sentence ("Siobhán" /
"Siobhan"), and a double surname written with a hyphen and with a space where the spaced
form carries a possessive ("Osei-Bonsu" / "Osei Bonsu's"). Each defect gives one
finding; each trap (two people, another given name, a name run on) none."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "accent_dropped_given_name_both_at_start": (
        "Máire Ní Bhriain kept the ferry office open for thirty years.\n\n## Later\n\n"
        "Maire Ní Bhriain still walks down to the pier each morning."
    ),
    "accent_dropped_on_second_mention_at_start": (
        "Tomás Ó Ceallaigh chairs the island co-operative.\n\n## Later\n\n"
        "Tomas Ó Ceallaigh told us the grant came too late."
    ),
    "accent_added_given_name": (
        "Renee Lindqvist mapped the wetlands in 2019.\n\n## Later\n\nRenée Lindqvist now leads the survey team."
    ),
    "hyphen_then_space_with_possessive": (
        "The analysis was carried out by Kwabena Mensah-Darko for the unit.\n\n## Later\n\n"
        "As the council noted, Kwabena Mensah Darko's estimate is the lowest."
    ),
    "space_possessive_curly_apostrophe": (
        "Ines Carvalho-Pinto led the fieldwork.\n\n## Later\n\n"
        "The board accepted Carvalho Pinto’s figures without change."
    ),
    "space_then_hyphen_possessive": (
        "We spoke to Halima Yusuf-Adeyemi about the clinics.\n\n## Later\n\n"
        "Yusuf Adeyemi's own survey found longer queues."
    ),
}

TRAPS = {
    "two_people_same_given_name_other_surnames": (
        "Aoife Kelly kept the ferry office open.\n\n## Later\n\n"
        "Aoife Walsh still walks down to the pier, and so does her brother."
    ),
    "possessive_after_other_given_name": (
        "The analysis was carried out by Kwabena Mensah-Darko.\n\n## Later\n\n"
        "The unit also cites Ama Mensah Darko's earlier survey of the same clinics."
    ),
    "spaced_run_on_into_longer_name": (
        "Halima Yusuf-Adeyemi spoke first.\n\n## Later\n\nThe Yusuf Adeyemi's Foundation Trust paid for the study."
    ),
    "accent_given_names_two_people_no_surname": (
        "José spoke first at the meeting.\n\n## Later\n\nJose Ramos and Maria Lind wrote the minutes."
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
