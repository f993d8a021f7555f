"""Probes of session 29 for LS001, written in domains of our own.

Cause: one member written with other capitals, spaces or hyphens in two lists of the same
group ("BlackBerry World" / "Blackberry World") was read as two members, one only in each
list, so the lists were reported as differing. That is one name spelled two ways, which
NM001 reports; LS001 stays silent unless another member really differs."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    "a real swap beside a spelling variant": apart(
        "The app is sold in three stores: the App Store, Google Play and BlackBerry World.",
        "The three stores that sell the app (the App Store, Amazon Appstore and Blackberry World) report monthly.",
    ),
    "a missing member beside a hyphen variant": apart(
        "The alliance has four members: Wi-Fi Alliance, Zigbee Group, Thread Forum and LoRa Union.",
        "The four members of the alliance (WiFi Alliance, Zigbee Group, Thread Forum and Matter Hub) met in May.",
    ),
}

TRAPS = {
    "capitals only": apart(
        "The app is sold in three stores: the App Store, Google Play and BlackBerry World.",
        "The three stores that sell the app (the App Store, Google Play and Blackberry World) report monthly.",
    ),
    "a hyphen only": apart(
        "The alliance has four members: Wi-Fi Alliance, Zigbee Group, Thread Forum and LoRa Union.",
        "The four members of the alliance (WiFi Alliance, Zigbee Group, Thread Forum and LoRa Union) met in May.",
    ),
    "a space only": apart(
        "The league's three clubs are Northgate, Fairhaven and Southfield.",
        "The three clubs of the league, Northgate, Fair Haven and Southfield, share one ground.",
    ),
}

test_ls001_probe29_found, test_ls001_probe29_trap_silent = variant_tests("LS001", DEFECTS, TRAPS)
