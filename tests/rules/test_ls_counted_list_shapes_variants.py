"""Variant sentences, in our own words, for shapes of counted lists that were read in only
some phrasings: a count standing alone after the group it is part of ("Of the nine
clubs, four have …: A, B, C"), a counted subject of "were" with a pronoun clause or
reported by "found that", items of aims written as infinitives, an aside between a
list's "and" and its last item, "at" opening a list of sites after a colon, and steps or
ways counted before a colon. Each cause in three phrasings or more, and traps that look
alike and must stay silent."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

LS002_DEFECTS = {
    # a count standing alone for some of a group named before it, what they did, a colon
    "of the group, have": "Of the eleven clubs in the league, four have dropped their youth sides since 2021: Ashby, Brill and Cole.",
    "of our group, had": "Of our twelve partner schools, three had no science teacher by May: Elmwood, Fairview, Glenholm and Hartley.",
    "among, with an aside": (
        "Among the 40 villages surveyed, five, all of them upland, had lost their shop by 2022: "
        "Ardle, Bracken, Corrie and Dunmore."
    ),
    # a counted subject of "were" narrowed by a pronoun clause or reported by a clause
    "pronoun clause, articles": (
        "The three risks we heard about most often were a sudden price fall, a long drought, "
        "a change of tariff and a run of bad harvests."
    ),
    "found that, long items": (
        "The audit found that the two cheapest were shared taxis booked a day ahead, bus passes for older pupils "
        "and a parent mileage allowance paid each term."
    ),
    "shows that, relative clause ends": (
        "The study shows that the four designs they tested were a timber frame, a steel frame and a "
        '"hybrid shell" in which both are used.'
    ),
    # items of aims or duties written as infinitives
    "infinitives, serial comma": (
        "The law gives councils three duties: to keep a register of empty homes, to publish it each spring, "
        "to inspect every listed home within a year, and to report the results to the minister."
    ),
    "infinitives, no serial comma": (
        "The board set itself four goals: to halve waiting times, to hire more midwives and to open a birth centre."
    ),
    "infinitives, or": "Members have two options: to sell their shares, to keep them or to swap them for bonds.",
    # an aside between the last "and" and the last item
    "and, since a year": (
        "There are two routes to the register: a degree in nursing, a paid apprenticeship and, since 2023, a return-to-practice course."
    ),
    "and, more recently": "The archive is kept in two forms: paper files, microfilm and, more recently, scanned images.",
    "or, where needed": "Each claim is checked by four means: site visits or, where needed, phone calls.",
    # "at" opening a list of sites after a colon
    "at, after a relative clause": (
        "The board approved the four depots that would serve the new routes: at Ashby, Brill and Cole."
    ),
    "at, after a counted noun": "The firm runs five bakeries: at Elton, Fenby, Garth and Hale.",
    "at, with a purpose": "The trust bought three farms for its flock: at Ivybridge, Jarrow, Kelso and Leek.",
    # steps, ways and things counted before a colon
    "steps": "Recovery has four steps: rest, gentle walks, light drills, contact work and full games.",
    "ways": "The guide lists three ways: walking, cycling, buses and trams.",
    "things": "Inspectors look at five things: brakes, lights and mirrors.",
    # a counted superlative with no noun before a parenthesis or a dash
    "the N largest, parenthesis": "The four largest (Ardent Mutual, Birchfield Savings and Corran Union) hold most deposits.",
    "its N most used, parenthesis": (
        "Its three most used (Ashby Halt, Brill Road, Cole Junction and Dunmore) will get new lifts."
    ),
    "the N least visited, dashes": "The two least visited — Elton Hall, Fenby Mill and Garth House — may close.",
}

LS002_TRAPS = {
    "of the group, count agrees": "Of the eleven clubs in the league, three have dropped their youth sides since 2021: Ashby, Brill and Cole.",
    "of the group, including": "Of the eleven clubs in the league, four have dropped their youth sides, including Ashby, Brill and Cole.",
    "of the group, among them": "Of the eleven clubs, four have closed since 2021: among them Ashby, Brill and Cole.",
    "of the group, a count of reasons": "Of the eleven clubs, four have closed for three reasons: debt, rent and age.",
    "of the group, about": "Of the eleven clubs, about four have closed since 2021: Ashby, Brill and Cole.",
    "pronoun clause, count agrees": (
        "The three risks we heard about most often were a sudden price fall, a long drought and a run of bad harvests."
    ),
    "found that, describing words": "The review found that the two schemes were slow, costly and unpopular.",
    "infinitives, count agrees": (
        "The board set itself three goals: to halve waiting times, to hire more midwives and to open a birth centre."
    ),
    "to and a noun, not infinitives": (
        "The levy applies in two stages: to firms with 250 staff or more, and to listed banks, from April 2025, "
        "and to firms with 50 staff or more from April 2026."
    ),
    "to and a participle": "The rules came in two waves: to authorised lenders, to licensed brokers and to insurers.",
    "infinitive and a place": "The fund was set up for two reasons: to save money and to the benefit of the towns.",
    "and, an aside, count agrees": "The archive is kept in three forms: paper files, microfilm and, more recently, scanned images.",
    "in, places of events": "We ran five workshops: in Leeds, York and Hull.",
    "numbered steps over bullets": "The repair takes three steps:\n\n1. Drain the tank.\n2. Replace the seal.\n",
    "steps, count agrees": "Recovery has five steps: rest, gentle walks, light drills, contact work and full games.",
    "points of a rise": "The index rose four points: food, fuel and rent led the rise.",
    "reasons, not a group": "The plan failed for many reasons: cost, delay, weak demand and poor design.",
    "some of the N largest": "Two of the four largest (Ardent Mutual and Birchfield Savings) hold most deposits.",
    "superlative, count agrees": "The three largest (Ardent Mutual, Birchfield Savings and Corran Union) hold most deposits.",
    "superlative and years": "The latest (2023, 2024 and 2025) accounts agree.",
    "a quoted term and its acronym": "We modelled three future pathways (“shared growth paths” or SGPs) for the region.",
    "a quoted term, colon": 'The study used four regional scenarios: "managed retreat" or MR.',
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)


# LS001: a list restated with one member swapped, when one of its two places counts it with a
# superlative and no noun, or counts it after the group it is part of
LS001_DEFECTS = {
    "the N largest / the N largest unions": apart(
        "Growth came from a few big lenders. The four largest (Ardent Mutual, Birchfield Savings, "
        "Corran Union and Dalby Credit) hold a third of deposits.",
        "The four largest credit unions (Ardent Mutual, Birchfield Savings, Eastgate Union and Dalby Credit) "
        "lend more than the rest.",
    ),
    "its N busiest / the N busiest stations": apart(
        "Its three busiest (Ashby Halt, Brill Road and Cole Junction) get new lifts.",
        "The three busiest stations on the line (Ashby Halt, Brill Road and Fenby Cross) will be rebuilt.",
    ),
    "of the group, N had / the N towns": apart(
        "Of the 30 towns surveyed, four had lost their last bank by 2023: Ardle, Bracken, Corrie and Dunmore.",
        "The four towns without a bank (Ardle, Bracken, Corrie and Elgol) will get a mobile branch.",
    ),
}
LS001_TRAPS = {
    "superlatives of two years": apart(
        "In 2019 the three largest (Ardent Mutual, Birchfield Savings and Corran Union) held a third of deposits.",
        "In 2024 the three largest (Ardent Mutual, Birchfield Savings and Eastgate Union) held half.",
    ),
    "largest / smallest": apart(
        "The three largest (Ardent Mutual, Birchfield Savings and Corran Union) grew fast.",
        "The three smallest (Ardent Mutual, Birchfield Savings and Eastgate Union) shrank.",
    ),
    "of the group, a partial list later": apart(
        "Of the 30 towns surveyed, three had lost their last bank by 2023: Ardle, Bracken and Corrie.",
        "Several towns, among them Ardle, Bracken and Elgol, have asked for a mobile branch.",
    ),
}

# (the later group's words after its noun, "on the line", keep it from the earlier one)
LS001_MISSED = {"its N busiest / the N busiest stations"}

test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS, LS001_MISSED)
