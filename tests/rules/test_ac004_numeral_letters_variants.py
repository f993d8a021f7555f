"""AC004 on an acronym whose letters a Roman numeral could be ("CCC", "DCC", "MI"): defined by
a name whose initials spell it, it is an acronym, and a use before that definition is
reported. Our own sentences; traps: a numeral after a name that does not spell it, the
acronym defined before its use; for AC002, a letter one off the initials is a slip, a numeral
after a name no acronym."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "three C's": (
        "Advice from the CCC shaped the plan.\n\n## Background\n\n"
        "The Coastal Conservation Council (CCC) was set up in 2009. The Marine Survey Office (MSO) helps it."
    ),
    "D and two C's": (
        "The DCC report came out in May.\n\n## Background\n\n"
        "The Drainage Control Commission (DCC) was set up in 2001. The Marine Survey Office (MSO) helps it."
    ),
    "M and I": (
        "Staff from MI visited the site.\n\n## Background\n\n"
        "The Mining Inspectorate (MI) licenses quarries. The Marine Survey Office (MSO) helps it."
    ),
}
TRAPS = {
    "a numeral after a name": (
        "Under Pope Pius XII the archive stayed closed.\n\n## Background\n\n"
        "Pope Pius (XII) opened it later. The Marine Survey Office (MSO) reviewed it."
    ),
    "defined before its use": (
        "The Coastal Conservation Council (CCC) was set up in 2009. The Marine Survey Office (MSO) helps it.\n\n"
        "## Later\n\nAdvice from the CCC shaped the plan."
    ),
    "a chapter numeral": (
        "Chapter III sets out the rules.\n\n## Background\n\n"
        "The rules (III) are short. The Marine Survey Office (MSO) wrote them."
    ),
}

test_defect_found, test_trap_silent = variant_tests("AC004", DEFECTS, TRAPS)

#: AC002 on such letters one off the name's initials (a slip, not a numeral)
SLIPS = {
    "C C I for C I I": "The Coastal Inspection Index (CCI) grades each harbour from A to E.",
    "D C C for D C L": "The Drainage Control Levy (DCC) is paid by farms.",
    "M C C for M L C": "The Mountain Lodges Council (MCC) pays for repairs.",
}
NUMERALS = {
    "a numeral after a king's name": "Under King Louis (XIV) the court moved.",
    "a numeral after a war": "Rationing lasted long after World War (II) ended.",
    "the initials themselves": "The Coastal Inspection Index (CII) grades each harbour.",
}

test_slip_found, test_numeral_silent = variant_tests("AC002", SLIPS, NUMERALS)

#: AC004 on a defined acronym with a number after it ("TRL 7", a level of a scale the
#: document defines): a use, not a numbered name of another document
NUMBERED = {
    "a level before the scale's definition": (
        "Most pilots have reached TRL 6 by now.\n\n## Method\n\n"
        "We use the technology readiness level (TRL) scale. The Marine Survey Office (MSO) rates each pilot."
    ),
    "a phase number": (
        "The work is now in CSP 2.\n\n## Method\n\n"
        "The Coastal Survey Programme (CSP) has three phases. The Marine Survey Office (MSO) runs it."
    ),
    "a number with a hash": (
        "Ticket WRQ #12 was closed.\n\n## Method\n\n"
        "A work request queue (WRQ) lists each job. The Marine Survey Office (MSO) keeps it."
    ),
}
NUMBERED_TRAPS = {
    "an undefined numbered name": (
        "The protocol follows RFC 7231.\n\n## Method\n\nThe Marine Survey Office (MSO) and the Coastal Survey "
        "Programme (CSP) run it."
    ),
    "defined before the level": (
        "We use the technology readiness level (TRL) scale. The Marine Survey Office (MSO) rates each pilot.\n\n"
        "## Results\n\nMost pilots have reached TRL 6."
    ),
}

test_numbered_found, test_numbered_trap_silent = variant_tests("AC004", NUMBERED, NUMBERED_TRAPS)

#: AC004 in a document whose only undefined capitals are names glossed in brackets ("six
#: missions: SWIFTA (soil moisture), …"): those names are explained, so the document defines
#: its acronyms and a use before a definition is a lapse
GLOSSED = {
    "names glossed, an acronym used early": (
        "The next MYBF is due in 2027.\n\n## Missions\n\nSix missions are planned: SWIFTA (soil moisture), "
        "KORVEN (sea ice), ARGON (solar wind) and BELLX (dust).\n\n## Budget\n\n"
        "The multi-year budget framework (MYBF) sets the ceiling. The European Space Office (ESO) runs the missions."
    ),
}
GLOSSED_TRAPS = {
    "names unglossed: a specialist's document": (
        "The next MYBF is due in 2027.\n\n## Missions\n\nSix missions are planned: SWIFTA, KORVEN, ARGON and "
        "BELLX.\n\n## Budget\n\nThe multi-year budget framework (MYBF) sets the ceiling."
    ),
}

test_glossed_found, test_glossed_trap_silent = variant_tests("AC004", GLOSSED, GLOSSED_TRAPS)
