"""DT001 (session 25): a document named with its target year, and a plan's unveiling.

- a plan, a strategy, a roadmap named with the year it aims at ("the Clean Water 2035
  roadmap", "Vision 2040", "the Net Zero 2050 plan") and later called by its head noun
  ("the roadmap"): the target year is part of its name, not a second date in its clause
  nor a number that tells two things apart (a year at or before the date stays one: "the
  Census 2021 report", "the 2020 report" are editions);
- a thing launched by publishing (a plan, a strategy, a roadmap, guidance) that is
  "unveiled": its publication, as its launch is ("launched the strategy" / "when the
  strategy was unveiled"); a scheme or a vehicle unveiled is announced or shown, and what
  begins later begins (no link to its launch or its start).

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none. The same sentences are in ``benchmarks/cases/dt2b-own.yml``.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    "a01-target-year-roadmap": apart(
        "The water agency launched the Clean Water 2035 roadmap on 3 March 2021, with targets for every basin.",
        "When the roadmap was launched in November 2021, only twelve rivers had gauges.",
    ),
    "a02-target-year-strategy": apart(
        "The province adopted its Vision 2040 strategy on 14 May 2019 after two years of hearings.",
        "Since the strategy was adopted in January 2020, three towns have built bus lanes.",
    ),
    "a03-target-year-plan-published": apart(
        "The energy ministry published the Net Zero 2050 plan on 3 March 2021.",
        "Since the plan was published in September 2021, heat-pump sales have doubled.",
    ),
    "b01-launched-then-unveiled-strategy": apart(
        "The port authority launched its freight strategy on 12 May 2019.",
        "Since the strategy was unveiled in November 2019, rail's share of container traffic has grown.",
    ),
    "b02-published-then-unveiled-guidance": apart(
        "The data regulator published its guidance on cookie banners on 4 February 2020.",
        "The guidance, unveiled in September 2020, asks every site for a reject button.",
    ),
    "b03-target-year-and-unveiled": apart(
        "Two ministries launched the Literate Villages 2030 roadmap on 9 October 2018.",
        "When the roadmap was unveiled in the spring of 2019, teachers' unions asked for more staff.",
    ),
}

TRAPS = {
    "t01-two-targets-two-roadmaps": apart(
        "The water agency launched the Clean Water 2035 roadmap on 3 March 2021.",
        "The Clean Air 2030 roadmap was launched in November 2021.",
    ),
    "t02-edition-year": apart(
        "The statistics office published the Census 2021 report on 3 March 2022.",
        "The report was published in May 2022.",
    ),
    "t03-unveiled-then-began": apart(
        "The council unveiled the cycling plan on 4 February 2020.",
        "The plan began in September 2020 with two new lanes.",
    ),
    "t04-scheme-unveiled-then-launched": apart(
        "The ministry unveiled the school meals scheme on 12 February 2023.",
        "The scheme was launched in May 2023 in forty districts.",
    ),
    "t05-vehicle-unveiled-then-launched": apart(
        "The yard unveiled its new research vessel on 12 February 2023.",
        "The vessel was launched in May 2023.",
    ),
    "t06-target-agrees": apart(
        "The energy ministry published the Net Zero 2050 plan on 3 March 2021.",
        "Since the plan was published in March 2021, heat-pump sales have doubled.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap=FRONT + "# Report\n\n{}\n")
