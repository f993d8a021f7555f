"""NM001 on a name written as one word and as two where a form opens its sentence (blind
drafts 597, 603 and 617, session 26): the spaced form run on by a capitalised word of the
name's own ("Anna Maria Kowalska" / "Annamaria Kowalska"), or the one word written with a
capital where the space was ("VeNordic" / "Ve Nordic", a first part of two letters too).
A sentence's capital on an ordinary first word is no name: traps keep that silent, and the
same name written the same way twice. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "given names, spaced form opens a sentence": (
        "The chair spoke first. Anna Maria Kowalska, who runs the clinic, said the queue was long.\n\n"
        "By March, Annamaria Kowalska had hired two nurses."
    ),
    "both forms open sentences, a surname after them": (
        "The council met in June. Jean Marc Tessier, the treasurer, read the accounts.\n\n"
        "The audit was late. Jeanmarc Tessier blamed the software."
    ),
    "firm, camel case, two-letter first part": (
        "The valves come from the Danish maker VeNordic in Aarhus. Prices rose.\n\n"
        "Shipping was slow. Ve Nordic opened a second plant in 2024."
    ),
    "place name, joined form inside a sentence": (
        "Lake Morven lies north of the pass. Tor Castle Farm, which rents the shore, keeps boats.\n\n"
        "Guests of Torcastle Farm may fish from May."
    ),
    "firm, camel case, run on by its last word": (
        "Heat pumps are assembled by BlueFjord Thermal near Bergen. Orders doubled.\n\n"
        "Blue Fjord Thermal says it will hire forty fitters."
    ),
}

TRAPS = {
    "same spaced name twice at sentence starts": (
        "The chair spoke first. Anna Maria Kowalska, who runs the clinic, said the queue was long.\n\n"
        "By March, Anna Maria Kowalska had hired two nurses."
    ),
    "an ordinary word opening a sentence before a name": (
        "The town of Newport lost a week of trade. Shops closed early.\n\n"
        "Rain fell early. New Port Authority staff closed the quay."
    ),
    "two-letter word, no camel-case form": (
        "The garden is called Edenvale in the brochure. Visitors liked it.\n\n"
        "The paths were muddy. Ed Envale is not a name anyone used."
    ),
    "two people sharing a surname": (
        "The minister spoke. Ram Kumar Thapa opened the school.\n\n"
        "The roofs held. Ramesh Thapa later visited a second site."
    ),
}

#: "Jean Marc" / "Jeanmarc": not found yet (a French double given name is read apart)
MISSED = {"both forms open sentences, a surname after them"}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS, missed=MISSED)
