"""NM001 probes (session 26, prec26's own words, after reading the false alarms of unseen
seeds 320-322 and the development set's traps): a name the text gives as a former name
("known until 2019 as …", "formerly …", "… (renamed …)") is history's spelling, not a
form of the present name; a software package's name with its language's tail
("Musig-js") is an identifier, not a form of the scheme it implements. Near misses: the
same two forms with no former-name frame, or the variant written again outside it, stay
flagged."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

TRAPS = {
    "known until a year as": apart(
        "Counts are run by SeaWatch Scotland, known until 2019 as Sea-Watch Scotland, every summer.",
        "SeaWatch Scotland published 40 counts last year.",
    ),
    "formerly, in brackets": apart(
        "Grants come from the BlueLine Trust (formerly the Blue-Line Trust) each spring.",
        "The BlueLine Trust gave 12 grants in 2024.",
    ),
    "renamed after the old name": apart(
        "The choir began as the North-Gate Singers, renamed NorthGate Voices in 2015.",
        "NorthGate Voices now tours twice a year.",
    ),
    "then called": apart(
        "The lab, then called the Geo-Lab Institute, mapped the delta in 1998.",
        "Today the GeoLab Institute maps rivers across the region.",
    ),
    "its old name": apart(
        "The ferry line dropped its old name, Tide-Link, when the state bought it.",
        "TideLink now runs four boats.",
    ),
    "package name in a library's language": apart(
        "The team explained FastHash and why it matters for storage.",
        "A library called Fasthash-rs implements it; FastHash itself is a paper.",
    ),
    "package name, python tail": apart(
        "Analysts use GeoGrid for flood maps.", "A wrapper named Geogrid-py reads the same tiles."
    ),
}
DEFECTS = {
    "no former-name frame": apart(
        "Counts are run by SeaWatch Scotland every summer.", "Sea-Watch Scotland published 40 counts last year."
    ),
    "variant again outside the frame": apart(
        "Grants come from the BlueLine Trust (formerly the Harbour Fund) each spring.",
        "The Blue-Line Trust gave 12 grants in 2024.",
    ),
    "a capital lost, no package tail": apart(
        "The team explained FastHash and why it matters for storage.", "Fasthash is simpler than older schemes."
    ),
    "a hyphened word tail that is no package's": apart(
        "Analysts use GeoGrid for flood maps.", "Geogrid-based maps cover the coast."
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
