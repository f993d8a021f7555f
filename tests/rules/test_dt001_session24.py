"""DT001 (session 24): a start said in other words, and a measure's occasion dating its verb.

- a start said by its debut, its rollout ("rolled out", "the roll-out of"), "came on stream", a
  thing that "started work" or "began service", or "entered commercial service": one start
  with "opened", "began", "launched", "went live" elsewhere (not a second version rolled out,
  work started on something else, another card, a pilot and the full scheme);
- a budget, a fiscal statement, a spending review or a speech a measure was announced "in" is
  dated by its own date: "announced in the March 2014 Budget" dates the announcement (not the
  measure's entry into force, another fund of another budget, or a later budget's act).

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none. The same sentences are in ``benchmarks/cases/dt24-own.yml`` (with
trap t02, "started work on a new river model", which DT001 still reports: a link by
participants, not by this session's readings).
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    "a01-began-issuing-then-debut": apart(
        "The county's river service, run by the Wend Trust under the Flowline name, began issuing flood bulletins in May 2014.",
        "Since the river service's debut in May 2016, farmers have moved stock earlier.",
    ),
    "a02-went-live-then-roll-out": apart(
        "The Selby parcel-locker network went live on 2 March 2023.",
        "Since the roll-out of the Selby parcel-locker network in March 2022, van trips have fallen.",
    ),
    "a03-opened-then-started-work": apart(
        "The health board opened its stroke rehabilitation unit on 6 May 2019.",
        "Since the rehabilitation unit started work in May 2018, stays in the acute ward have shortened.",
    ),
    "a04-entered-commercial-service": apart(
        "The Tarvik-Osund interconnector entered commercial service in March 2020, two years late.",
        "Since the start of commercial operation on the Tarvik-Osund interconnector in 2019, island diesel use has halved.",
    ),
    "a05-opened-then-on-stream": apart(
        "The Orrin Fen biogas plant, owned by four farms, opened in May 2020.",
        "Since the Orrin Fen biogas plant came on stream in the spring of 2021, the farms have sold their slurry.",
    ),
    "a06-began-then-rolled-out": apart(
        "The Kessel tram ticket card began on 1 June 2017.",
        "Since the Kessel tram ticket card was rolled out in June 2018, cash fares have fallen by half.",
    ),
    "b01-announced-in-the-budget": apart(
        "The plastic bag charge was announced in the March 2014 Budget.",
        "When the plastic bag charge was announced in 2015, retailers warned of lost sales.",
    ),
    "b02-autumn-statement-of": apart(
        "The apprenticeship levy was announced in the Autumn Statement of November 2015.",
        "Since the apprenticeship levy was announced in November 2016, employers have cut other training.",
    ),
    "b03-unveiled-in-the-budget": apart(
        "A freeze on fuel duty was unveiled in the 2011 Budget.",
        "When the freeze on fuel duty was unveiled in March 2012, hauliers welcomed it.",
    ),
}

TRAPS = {
    "t01-second-version-rolled-out": apart(
        "Harbridge library's lending app made its debut in March 2021.",
        "A second version of the Harbridge lending app was rolled out in March 2022.",
    ),
    "t03-another-card-rolled-out": apart(
        "The Kessel tram ticket card was rolled out on 1 June 2017.",
        "The Kessel bus ticket card was rolled out in June 2018.",
    ),
    "t04-pilot-then-full": apart(
        "The Orrin Fen solar farm came on stream as a pilot in September 2020.",
        "Since the Orrin Fen solar farm opened in full in September 2021, the village has exported power.",
    ),
    "t05-announced-then-took-effect": apart(
        "The plastic bag charge was announced in the March 2014 Budget.",
        "Since the plastic bag charge took effect in October 2015, sales of bags have fallen sharply.",
    ),
    "t06-two-funds-two-budgets": apart(
        "The road repair fund was announced in the March 2019 Budget.",
        "The rail repair fund was announced in the March 2020 Budget.",
    ),
    "t07-later-budget-another-act": apart(
        "The sugar levy was announced in the March 2016 Budget.",
        "The 2018 Budget raised the sugar levy by a penny a litre.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap=FRONT + "# Report\n\n{}\n")
