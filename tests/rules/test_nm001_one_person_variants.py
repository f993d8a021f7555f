"""NM001 on one person's name written two ways where the other name part, a compound's first
part or the particles say who is meant (issue 12, session 11): a given name one letter off
before the same surname (a letter before its ending, or the given name only ever opening
sentences), a surname's last i / y, a compound surname's last letter, a letter added after
the same particles, particles written joined and apart. Our own sentences, in domains outside
the evaluation set, with a page of unrelated filler between the two forms; and traps: siblings,
other people sharing a surname, a given name for a surname, a plural, a joined and a split name
the document gives to two people."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_FILLER = (
    "\n\n## Background\n\nThe harbour authority was reorganised twice in ten years, and its "
    "managers say the second change worked better than the first. Staff were consulted at "
    "every step, and the unions agreed the new rota in the spring.\n\nFreight volumes "
    "recovered slowly after the storms of the previous winter; the quays were repaired with "
    "money from the regional budget, and the ferries kept running throughout.\n\n## Later\n\n"
)


def _two(first: str, second: str) -> str:
    return first + _FILLER + second


DEFECTS = {
    "given name, letter before the ending": _two(
        "The survey of river otters was designed by Tarek Lindholm of the university.",
        "Tareck Lindholm has argued that the counts in winter are too low.",
    ),
    "given name opens both sentences": _two(
        "Marisol Quintero, a hydrologist, measured the aquifer for six years.",
        "Marisel Quintero's survey suggests that the wells are drying out.",
    ),
    "surname, last i for y": _two(
        "The bridge inspections were led by Ilona Petrovszky, a structural engineer.",
        "In the words of Petrovszki, the cables were never the weak point.",
    ),
    "surname, last y for i, possessive": _two(
        "Dr Mihail Dubrovski reviewed the pension tables for the ministry.",
        "Dubrovsky's tables show a gap that widens after 2030.",
    ),
    "compound surname, last letter": _two(
        "Antoine Dupuis-Marchal chairs the commission on rail tariffs.",
        "Dupuis-Marchat himself conceded that the fares would rise.",
    ),
    "particles, a letter added at the end": _two(
        "The grazing trial was run by Annelies van der Schuere at the field station.",
        "As Van der Schueren found, the sheep preferred the older meadows.",
    ),
    "particles joined, then apart": _two(
        "The orchard census was compiled by Dirk Vandermeulen for the province.",
        "According to Van der Meulen, half the trees are older than forty years.",
    ),
    "particles apart, then joined": _two(
        "The trawler logs were collected by Yann Le Floch in Brittany.",
        "Lefloch counted fewer boats each year after 2015.",
    ),
}

TRAPS = {
    "siblings, an ending changed": _two(
        "The bakery was founded by Louise Garnier in 1998.",
        "Louis Garnier, her brother, runs the second shop in the old town.",
    ),
    "a given name where a surname was": _two(
        "The port's pilots are trained by Jorge Ramos at the academy.",
        "Ramon, the oldest pilot, still takes the night shifts.",
    ),
    "a family's plural": _two(
        "Hendrik van der Berg farmed the polder for thirty years.",
        "The Van der Bergs sold the land in 2019.",
    ),
    "joined and apart, two people": _two(
        "The economist Oskar Lafontaine wrote the first tax plan.",
        "The poet Jean de La Fontaine is quoted on the title page.",
    ),
    "two given names for two people, one sentence": _two(
        "The archive was catalogued by Tarek Lindholm.",
        "Tareck Lindholm and Tarek Lindholm are cousins who both worked on it.",
    ),
    "a compound's last letter, a place presented": _two(
        "The dam was designed by Claire Saint-Laurent for the valley board.",
        "Saint-Laurens, a fishing town downstream, was flooded in 2021.",
    ),
    "a place and its adjective after one word": _two(
        "The East Africa office opened in Nairobi in 2016.",
        "Its East African staff now run the grain desk from Kampala.",
    ),
    "a continent and its adjective": _two(
        "Freight rates to South America doubled in the spring.",
        "Two South American carriers cut their sailings.",
    ),
    "a particle's last letter, no evidence of one person": _two(
        "The school was run by Annelies van der Schuere for a decade.",
        "The Van der Schuerens were the village's other family.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
