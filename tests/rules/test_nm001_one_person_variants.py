"""NM001 on one person's name written two ways where the other name part, a compound's first
part or the particles say who is meant (issue 12, session 11): a given name one letter off
before the same surname (a letter before its ending, or the given name only ever opening
sentences), a surname's last i / y, a compound surname's last letter, a letter added after
the same particles, particles written joined and apart. Our own sentences, in domains outside
the evaluation set, with a page of unrelated filler between the two forms; and traps: siblings,
other people sharing a surname, a given name for a surname, a plural, a joined and a split name
the document gives to two people."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests


DEFECTS = {
    "given name, letter before the ending": apart(
        "The survey of river otters was designed by Tarek Lindholm of the university.",
        "Tareck Lindholm has argued that the counts in winter are too low.",
    ),
    "given name opens both sentences": apart(
        "Marisol Quintero, a hydrologist, measured the aquifer for six years.",
        "Marisel Quintero's survey suggests that the wells are drying out.",
    ),
    "surname, last i for y": apart(
        "The bridge inspections were led by Ilona Petrovszky, a structural engineer.",
        "In the words of Petrovszki, the cables were never the weak point.",
    ),
    "surname, last y for i, possessive": apart(
        "Dr Mihail Dubrovski reviewed the pension tables for the ministry.",
        "Dubrovsky's tables show a gap that widens after 2030.",
    ),
    "compound surname, last letter": apart(
        "Antoine Dupuis-Marchal chairs the commission on rail tariffs.",
        "Dupuis-Marchat himself conceded that the fares would rise.",
    ),
    "particles, a letter added at the end": apart(
        "The grazing trial was run by Annelies van der Schuere at the field station.",
        "As Van der Schueren found, the sheep preferred the older meadows.",
    ),
    "particles joined, then apart": apart(
        "The orchard census was compiled by Dirk Vandermeulen for the province.",
        "According to Van der Meulen, half the trees are older than forty years.",
    ),
    "particles apart, then joined": apart(
        "The trawler logs were collected by Yann Le Floch in Brittany.",
        "Lefloch counted fewer boats each year after 2015.",
    ),
}

TRAPS = {
    "siblings, an ending changed": apart(
        "The bakery was founded by Louise Garnier in 1998.",
        "Louis Garnier, her brother, runs the second shop in the old town.",
    ),
    "a given name where a surname was": apart(
        "The port's pilots are trained by Jorge Ramos at the academy.",
        "Ramon, the oldest pilot, still takes the night shifts.",
    ),
    "a family's plural": apart(
        "Hendrik van der Berg farmed the polder for thirty years.",
        "The Van der Bergs sold the land in 2019.",
    ),
    "joined and apart, two people": apart(
        "The economist Oskar Lafontaine wrote the first tax plan.",
        "The poet Jean de La Fontaine is quoted on the title page.",
    ),
    "two given names for two people, one sentence": apart(
        "The archive was catalogued by Tarek Lindholm.",
        "Tareck Lindholm and Tarek Lindholm are cousins who both worked on it.",
    ),
    "a compound's last letter, a place presented": apart(
        "The dam was designed by Claire Saint-Laurent for the valley board.",
        "Saint-Laurens, a fishing town downstream, was flooded in 2021.",
    ),
    "a place and its adjective after one word": apart(
        "The East Africa office opened in Nairobi in 2016.",
        "Its East African staff now run the grain desk from Kampala.",
    ),
    "a continent and its adjective": apart(
        "Freight rates to South America doubled in the spring.",
        "Two South American carriers cut their sailings.",
    ),
    "a particle's last letter, no evidence of one person": apart(
        "The school was run by Annelies van der Schuere for a decade.",
        "The Van der Schuerens were the village's other family.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
