"""NM001 on a name written as one word and as two ("Bundesnetzagentur" / "Bundes
Netzagentur"), and on a name with an inner capital whose plain form comes first
("Mekong" … "MeKong": the order of the two forms does not matter). Session 24, the lead's
own words in several domains. Traps: compass words that make another place, a one-word
form that only ever opens a sentence, two capitalised words of a menu or heading, plain
forms with no marked form beside them."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "regulator split": "The Bundesnetzagentur regulates the grid. Its decision was later questioned, and the "
    "Bundes Netzagentur defended it in court.",
    "institute split": "The Zorginstituut Nederland advises on coverage. Advice from the Zorg Instituut "
    "Nederland was ignored by the ministry.",
    "agency split": "Dikes are managed by Rijkswaterstaat, which also runs the locks. Engineers at "
    "Rijks Waterstaat objected to the plan.",
    "watchdog split": "Complaints rose, according to Healthwatch, the patients' body. The report was reviewed by "
    "Health Watch before it was published.",
    "plain form first": "The Mekong River Commission met in June. Delegates to the MeKong River Commission "
    "agreed a new flow target.",
    "plain form first, a company": "Shares in Northvolt fell. Analysts said NorthVolt would need new money.",
}
TRAPS = {
    "compass words": "Ferries serve North West England. The Northwest Passage is open for a few weeks a year.",
    "one word opens a sentence": "Everyday costs rose. The Every Day Fund gave grants to families.",
    "menu labels": "Topics: Application Front End Infrastructure Mobile. The team moved the Frontend service "
    "to a new cluster.",
    "plain forms only": "The Mekong River Commission met in June. The Mekong floods each year.",
    "two names sharing a compound": "The money comes from Rail Freight Scotland, which funds the hubs. The "
    "Welsh Railfreight Council disagrees with the plan.",
    "a name and its handle": "The change is a patch by Marco Falke (MarcoFalke) that trims the wallet code.",
    "a handle and its name": "The patch by MarcoFalke (Marco Falke) trims the wallet code.",
    "a tag list": "Written by an engineer on Google Play, the post explains the new store rules.\n\n"
    "Labels: Android, GooglePlay, Security",
    "one form": "The Bundesnetzagentur regulates the grid, and the Bundesnetzagentur sets the fees.",
}
test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
