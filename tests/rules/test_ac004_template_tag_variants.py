"""AC004 on an acronym inside a template's tag that a PDF of the source prints before the
prose (session 22): the alt text of "{% image "a.png" "Port and HBA logos" %}" is no use of
HBA before the text defines it. Defects are the near misses: a use in the prose itself
before the definition. Our own text, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "content__posts__harbour-data\n2016-03-02\n\n{}\n"
DEFECTS = [
    "{% image “assets/blog/port_hba.png” “Port logos” %}\n"
    "The HBA shares its tide data with every marina on the coast, and the port\n"
    "and the Harbour Board Authority (HBA) fully support open data for sailors.\n"
    "HBA set the standard for this by publishing its tables every morning.",
]
TRAPS = [
    "{% image “assets/blog/port_hba.png” “Port and HBA logos” %}\n"
    "A common view of open data is that it is just a licence. Bodies like the port\n"
    "and the Harbour Board Authority (HBA) fully support open data for sailors.\n"
    "HBA set the standard for this by publishing its tables every morning.",
    "{{< img src=“ferries.png” alt=“CFO ferry at the pier” >}}\n"
    "Crews at the Coastal Ferry Office (CFO) publish their timetables online,\n"
    "and CFO staff answer questions by phone every day of the week.",
    "{{< legacy-img src=“2016/03/rangers.jpg” alt=“Two NPWS rangers on a trail” >}}\n"
    "Walkers often ask who keeps the paths open. Rangers of the National Parks and\n"
    "Wildlife Service (NPWS) clear the trails each spring, and NPWS staff log every fallen tree.",
]

test_defect_found, test_trap_silent = variant_tests("AC004", DEFECTS, TRAPS, reader="text", wrap=WRAP)
