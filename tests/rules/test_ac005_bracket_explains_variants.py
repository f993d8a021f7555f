"""AC005 on an acronym that opens a bracket after a body's English name and goes on to say
where its letters come from: the name in another language whose initials spell it, or words
that speak of that name ("from its French name"), and a name followed by a bracket of
lower-case words that says what it is ("KORVEN (sea ice)"). Our own sentences; traps (defects for
AC005): a bracket with a year after the acronym, an acronym the bracket does not explain."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = (
    "# Report\n\nThe Harbour Safety Board (HSB) and the Coastal Pilots Service (CPS) work together. "
    "The HSB sets rules and the CPS trains pilots.\n\n{}\n"
)
SILENT = {
    "a Spanish name after a comma": (
        "The Institute for Andean Forests (INBA, from its Spanish name, Instituto Nacional de Bosques Andinos) "
        "runs the nursery."
    ),
    "words about a French name": (
        "The National Forestry Office (ONF, after its French name) manages the state forests."
    ),
    "the foreign name alone after the comma": (
        "The Federal Office for Roads (BAST, Bundesanstalt für Straßenwesen) tested the surface."
    ),
    "initials in another language": (
        "The Disaster Insurance Pool (TCIP, its initials in Turkish) pays out within weeks."
    ),
}
SILENT.update(
    {
        "a gloss after a mission's name": "The new satellites are SWIFTA (soil moisture) and KORVEN (sea ice).",
        "a gloss after a name in a list": "Three probes flew: ARGON (solar wind), BELLX (dust) and CRANE (plasma).",
        "a gloss of one word": "The GLOW (radar) payload failed in orbit.",
    }
)
STILL_REPORTED = {
    "a year after the acronym": ("The study (WRTQ, 2023) found fewer storms than expected."),
    "a bracket in capitals after it": ("The HRWQ (Phase II) review found fewer storms."),
    "an acronym the bracket does not explain": ("The Fisheries Council (FRWX, founded in 1990) sets quotas."),
}


test_still_found, test_silent = variant_tests("AC005", STILL_REPORTED, SILENT, wrap=WRAP)
