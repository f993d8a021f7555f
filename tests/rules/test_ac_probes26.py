"""Acronym probes (session 26, in other domains than the drafts whose shapes they follow):
a name cut short at its end by an adjective left last ("the Irish Geological (IGS)"), a name
whose first words were lost ("the Personnel Selection Office (EPSO)"), a well-known acronym
written in another letter order for a plain compound ("Network Attached Storage (NSA)"), and
uses before the definition the rule cannot read yet (a body named in English with its own
language's name and acronym in the bracket; a well-known acronym the document defines as
something else) — with traps: the whole name, an official short name behind a country code,
a known acronym's own order around "for", a name ending in a noun that looks like an
adjective."""

from __future__ import annotations

from tests.rules._variants import variant_tests

AC003 = {
    "adjective last, institute": "Ice charts come from the Irish Geological (IGS) every week.",
    "adjective last, centre": "Cases go to the Federal Judicial (FJC) for review.",
    "adjective last, society": "The talk was given at the Royal Astronomical (RAS) in May.",
    "first word lost": "Recruits sit tests set by the Personnel Selection Office (EPSO) in Brussels.",
    "first words lost": "Most boats now use the Coastal Radio Network (GMDCRN) for distress calls.",
    "a bank's first word lost": "Loans for the tramway come from the Investment Bank (EIB).",
}
AC003_TRAPS = {
    "whole, adjective inside": "Ice charts come from the Irish Geological Survey (IGS) every week.",
    "noun like an adjective": "Shares in Dow Chemical (DOWC) rose in May.",
    "a memorial": "Wreaths were laid at the Lincoln Memorial (LM) at dawn.",
    "country prefix": "Forecasts come from the Met Office (UKMO) twice a day.",
    "US prefix": "The Geological Survey (USGS) mapped the fault.",
    "a parent body's acronym": (
        "The Ministry of Fisheries (MF) runs the fleet. The Bureau of Catch Statistics (MF-BCS) counts it."
    ),
    "a name read from a later word": "Grants come from Clean Power through Rural Energy Access (CPREA) in May.",
    "the in the name": "The Ocean Cleanup Foundation (TOCF) runs two vessels.",
    "whole name": "Recruits sit tests set by the European Personnel Selection Office (EPSO) in Brussels.",
}

AC002 = {
    "known acronym, plain compound": "Backups sit on a Network Attached Storage (NSA) box.",
    "known acronym, hyphen": "Bids are matched on the Day-Ahead Market (DMA) at noon.",
    "known acronym, words swapped": "Waiting lists at the Health National Service (NHS) grew in May.",
}
AC002_TRAPS = {
    "known order around for": "The International Organization for Standardization (ISO) sets the rule.",
    "fits": "Bids are matched on the Day-Ahead Market (DAM) at noon.",
}

AC004 = {
    "a name given in English and in its own language": (
        "## Summary\n\nThe courses are paid for by the BAMF.\n\n## Background\n\n"
        "The Federal Office for Migration (Bundesamt für Migration, BAMF) funds 1,600 providers."
    ),
    "a known acronym defined otherwise": (
        "## Summary\n\nThe bill splits the work of the AFPs in two.\n\n## Background\n\n"
        "Accounts are run by administradoras de fondos de pensiones (AFPs) since 1981. "
        "The Instituto de Previsión Social (IPS) pays the rest."
    ),
}
MISSED_AC004 = {"a known acronym defined otherwise"}
AC004_TRAPS = {
    "defined in a heading first": (
        "## The Day-Ahead Market (DAM)\n\nThe DAM clears at noon. The Grid Operator (GO) runs it."
    ),
}

test_ac003_found, test_ac003_trap = variant_tests("AC003", AC003, AC003_TRAPS)
test_ac002_found, test_ac002_trap = variant_tests("AC002", AC002, AC002_TRAPS)
test_ac004_found, test_ac004_trap = variant_tests("AC004", AC004, AC004_TRAPS, missed=MISSED_AC004)
