"""AC003 on two shapes of a capitalised name cut short: the acronym is the name's initials
and one vowel more at its end that only the last word's second letter could give (a lost
"Authority", "Agency": "Marine Fisheries (MFA)"), and a five-letter acronym with two
letters no word of the name gives ("Council for Northern Rivers (CNRWB)"). Our own
sentences; traps: a name ending in a body's head noun whose syllable is taken ("… Power
Company (KEPCO)"-like), a name in another language, a consonant taken from inside the
last word, a short form that leaves half the letters out, a whole name."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a vowel after two words": "The Marine Fisheries (MFA) issued the licences in March.",
    "a vowel after three words": "Funding came from the Northern Canal Waterways (NCWA) last year.",
    "an E after two words": "Loans went through the Lake Development (LDE) in 2023.",
    "two letters left of five": "Members of the Council for Northern Rivers (CNRWB) met twice.",
    "two letters left, a function word inside": "The Office of Coastal Navigation (OCNLH) approved the buoys.",
    "a consonant only at the last word's end": "The Northern Ports Commissioner (NPCR) signed the order.",
    "a consonant only at the end, four words": "Talks with the Joint Rail Safety Commissioner (JRSCR) ended.",
}
TRAPS = {
    "a head noun ends the name": "Shares in the Baltic Shipping Company (BASCO) rose.",
    "another language": "The Agenzia Italiana del Farmaco (AIFA) approved the drug.",
    "a consonant from inside": "The Core Lightning (CLN) software was updated.",
    "a consonant from inside the last word": "The Bus Service Improvement (BSIM) plan was agreed.",
    "half the letters left out": "Fighters of the Islamic State (ISIL) withdrew.",
    "a whole name": "The Marine Fisheries Authority (MFA) issued the licences.",
    "a vowel the name's initials give": "The Eastern Ocean Agency (EOA) issued the licences.",
    "the syllable CO": "Funds went to the Andean Mining Cooperation (AMCO) in 2022.",
    "a lower-case name's last letter": "Towns bid for the river cleanup grant (RCGT) each year.",
}

test_defect_found, test_trap_silent = variant_tests("AC003", DEFECTS, TRAPS)

#: a name whose letters fit only from inside its words, written whole elsewhere with a word
#: more inside it (a note's author, a heading)
LONGER = {
    "a word lost inside, the note writes it": (
        "Guidance comes from the Marine Mammal Committee (MMOC).[^1]\n\n"
        '[^1]: Marine Mammal Observation Committee, "Field guide", 2024.'
    ),
    "a word lost inside, a later sentence writes it": (
        "The River Ice Board (RIAB) sets the rules.\n\nThe River Ice Advisory Board meets twice a year."
    ),
    "two words lost": ("The Coastal Board (CFRB) approved it.\n\nThe Coastal Flood Risk Board publishes its minutes."),
}
LONGER_TRAPS = {
    "the longer form spells other letters": (
        "The River Ice Board (RIB) sets the rules.\n\nThe River Ice Advisory Board meets twice a year."
    ),
    "a syllable acronym never written longer": "The Core Lightning (CLN) software was updated.",
    "a function word inserted": ("The Sea Lion Committee (SLIC) met.\n\nIt is no Sea Lion of Committee at all."),
}

test_longer_found, test_longer_trap_silent = variant_tests("AC003", LONGER, LONGER_TRAPS)
