"""Variant sentences, in our own words, for the shapes of writing behind the session-14
misses of member lists, names and quotations: each cause in three phrasings or more, and
traps that look alike and must stay silent."""

from __future__ import annotations

from tests.rules._variants import variant_tests

# LS002: a lead-in that counts its subject over bullets that name some members and
# describe others, in noun phrases of any length
LS_BULLET_DEFECTS = {
    "projects, mixed names and descriptions": """
Three wave projects were funded in the spring round:

- a second phase of the Kelda array north of Skerrow;
- Tern Marine's prototype at the Holm test berth;
- a small demonstrator off the old pier at Gairsay;
- buoys at Wester Ness.
""",
    "schools, described at length": """
Five schools joined the pilot in its first term:

- the primary school on the Castlegate estate;
- Hollins Academy;
- a small village school in the upper dale;
- St Aidan's.
""",
    "sites, numbered": """
Four sites were chosen for the new depots:

1. the former gasworks beside the canal basin at Lowfield;
2. a council yard on Mill Road;
3. Brackley Junction.
""",
}
LS_BULLET_TRAPS = {
    "count agrees": """
Three wave projects were funded in the spring round:

- a second phase of the Kelda array north of Skerrow;
- Tern Marine's prototype at the Holm test berth;
- buoys at Wester Ness.
""",
    "items are sentences": """
Two changes followed the review:

- The board was cut to seven members.
- It now meets in public.
- Minutes are published within a week.
""",
    "an item's second paragraph": """
Three wave projects were funded in the spring round:

- a second phase of the Kelda array north of Skerrow;

  The array is owned by a cooperative.
- Tern Marine's prototype at the Holm test berth;
- buoys at Wester Ness.
""",
    "uncounted lead-in": """
Wave projects funded in the spring round:

- a second phase of the Kelda array north of Skerrow;
- Tern Marine's prototype at the Holm test berth;
- buoys at Wester Ness;
- a small demonstrator off the old pier at Gairsay.
""",
}
test_ls002_bullets_defect_found, test_ls002_bullets_trap_silent = variant_tests(
    "LS002", LS_BULLET_DEFECTS, LS_BULLET_TRAPS
)

# LS002: a counted noun of something before a colon, a long last item, examples of the
# last item after it
LS_THINGS_DEFECTS = {
    "sources of income, long last item": (
        "The lifeboat station lives on three sources of income: street collections, legacies, "
        "a summer fete and an annual grant handed on by the regional branch each April."
    ),
    "streams of funding": "The archive draws on four streams of funding: ticket sales, donations and a grant.",
    "strands of work": "The charity runs three strands of work: home visits, a helpline, lunch clubs and advice.",
    "examples of the last item": (
        "Growers now lean on three main non-chemical controls: crop rotation, flame weeding, "
        "hand hoeing and cover crops such as rye and vetch."
    ),
    "examples with including": (
        "The council uses two kinds of barrier: sandbags, demountable walls and natural defences including reed beds."
    ),
}
LS_THINGS_TRAPS = {
    "count agrees with a long last item": (
        "The lifeboat station lives on three sources of income: street collections, legacies "
        "and an annual grant handed on by the regional branch each April."
    ),
    "examples, count agrees": (
        "Growers lean on two main controls: crop rotation and cover crops such as rye and vetch."
    ),
    "a partial list before the colon": (
        "Growers use several methods, such as crop rotation, flame weeding, hand hoeing and cover crops."
    ),
    "examples after a comma close the list": (
        "The trust holds three kinds of reserve: cash, bonds and property, including farmland and a mill."
    ),
    "visits to places": "The inspectors made five visits to the sites: Lowfield, Mill Road and Brackley.",
    "a date's figure before a title's colon": (
        "Harbour Futures 2024-06-12 Lower tides: harbours and the coastal economy of Wales A Harbour Futures "
        "Trust paper."
    ),
}
test_ls002_things_defect_found, test_ls002_things_trap_silent = variant_tests(
    "LS002", LS_THINGS_DEFECTS, LS_THINGS_TRAPS
)

# LS001: a list whose member has "and" in its name (its acronym after it) or an ampersand,
# a list after "which brings together", a body's short name ("the Trust")
LS001_DEFECTS = {
    "acronyms, relative clause": """
In 2019 the Clean Rivers compact, which brings together the UNEP, the Food and Agriculture Organization of the United Nations (FAO), the International Union for Conservation of Nature (IUCN) and the Global Water Partnership (GWP), launched a ten-year plan.

The text then covers other ground for a while, describing the basins, their rivers and the towns along them.

The four partners of the Clean Rivers compact (UNEP, FAO, the World Bank and GWP) meet every spring.
""",
    "ampersand in a name": """
We interviewed four retailers: Marks & Spencer, Tesco, Aldi and Lidl.

The text then covers other ground for a while, describing the shops, their staff and the towns they serve.

All four retailers we interviewed (Marks & Spencer, Tesco, Asda and Lidl) said prices would rise.
""",
    "the Trust as a short name": """
The review covered four harbour bodies: the Orkney Harbours Trust, Shetland Ports, the Pentland Board and Caithness Marine.

The text then covers other ground for a while, describing the harbours, their piers and the boats using them.

All four harbour bodies (the Trust, Shetland Ports, the Moray Board and Caithness Marine) reported higher dredging costs.
""",
}
LS001_TRAPS = {
    "same members, short name": """
The review covered four harbour bodies: the Orkney Harbours Trust, Shetland Ports, the Pentland Board and Caithness Marine.

The text then covers other ground for a while, describing the harbours, their piers and the boats using them.

All four harbour bodies (the Trust, Shetland Ports, the Pentland Board and Caithness Marine) reported higher dredging costs.
""",
    "same partners, acronyms": """
In 2019 the Clean Rivers compact, which brings together the UNEP, the Food and Agriculture Organization of the United Nations (FAO), the International Union for Conservation of Nature (IUCN) and the Global Water Partnership (GWP), launched a ten-year plan.

The text then covers other ground for a while, describing the basins, their rivers and the towns along them.

The four partners of the Clean Rivers compact (UNEP, FAO, IUCN and GWP) meet every spring.
""",
    "different groups": """
We interviewed four retailers: Marks & Spencer, Tesco, Aldi and Lidl.

The text then covers other ground for a while, describing the shops, their staff and the towns they serve.

Four wholesalers supplied them (Booker, Bestway, Brakes and Lidl).
""",
}
test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS)

# NM001: a double surname with a hyphen and with a space; a long surname's nasal ending
NM_DEFECTS = {
    "hyphen, then space": (
        "The survey was led by Morag Lennox-Boyd, a retired harbour engineer.\n\n"
        "In her conclusions, Lennox Boyd argues that the piers should be sold."
    ),
    "hyphen, then space after a title": (
        "Dr Hamish Fraser-Tait chaired the panel on Tuesday.\n\nThe panel then heard Dr Fraser Tait again."
    ),
    "line break inside the name": (
        "The report quotes the planner Aileen\nCraig-Dunbar at length.\n\nCraig Dunbar thinks the plan is too slow."
    ),
    "nasal ending": (
        "Deepa Ramakrishnan, who runs the clinic, spoke first. Ramakrishnan said waiting lists had grown.\n\n"
        "Later Deepa Ramakrishnam told the committee that funding was short."
    ),
    "nasal ending after a title": (
        "Arjun Subramanian leads the team. Subramanian joined in 2019.\n\nDr Subramaniam disagreed with the board."
    ),
}
NM_TRAPS = {
    "given names of two people": (
        "Jean-Pierre Martin opened the meeting.\n\nJean Pierre Dupont, a farmer, spoke next."
    ),
    "another given name before the spaced form": (
        "Morag Lennox-Boyd led the survey.\n\nHer cousin Emma Lennox Boyd ran the boatyard."
    ),
    "spaced words running on into a name": (
        "The Anglo-Irish agreement was signed in 1985.\n\nThe Anglo Irish Bank failed in 2008."
    ),
    "short names one nasal apart": ("Karin Olsen spoke first. Olsen then left.\n\nLater Karim Olsen spoke."),
    "long words one letter apart after one word": (
        "The Financial Economist praised the report. The Financial Economist said so twice.\n\n"
        "Financial Economics is a field of its own."
    ),
}
test_nm001_defect_found, test_nm001_trap_silent = variant_tests("NM001", NM_DEFECTS, NM_TRAPS)

# QT001: a part quoted from inside a longer quotation, the words between its opening and
# its last word changed
QT_DEFECTS = {
    "plant manager": (
        'The plant manager, Ilse Marquardt, told us: "The filters have bought the town a summer, not safety '
        'from shortage."\n\nLater in the year Marquardt said the filters had "bought the town a summer, not a '
        'way round the shortage".'
    ),
    "harbour master": (
        '"The harbour will stay open this winter, but not for much longer," said the harbour master, Ana Ruiz.'
        '\n\nRuiz said the harbour "will stay open this winter, if only a little longer".'
    ),
    "engineer": (
        '"Flood walls buy a town time, not safety," said the engineer, Carys Bowen.\n\n'
        'Bowen said that walls "buy a town time but offer no lasting safety".'
    ),
}
QT_TRAPS = {
    "excerpt": (
        'The plant manager, Ilse Marquardt, told us: "The new filters have given the town breathing room, '
        'not an end to the shortage."\n\n'
        'Later Marquardt said the filters had "given the town breathing room, not an end to the shortage".'
    ),
    "a shared phrase, a different ending": (
        '"Our members want fair pay and safe hours," said Tomas Varga, the union\'s leader.\n\n'
        'Varga later said that "fair pay and safe staffing levels are what the wards need".'
    ),
    "two speakers": (
        'The plant manager, Ilse Marquardt, told us: "The new filters have given the town breathing room, '
        'not an end to the shortage."\n\n'
        'The mayor, Jonas Weber, said the filters had "given the town breathing room, not a cure for the shortage".'
    ),
}
test_qt001_defect_found, test_qt001_trap_silent = variant_tests("QT001", QT_DEFECTS, QT_TRAPS)
