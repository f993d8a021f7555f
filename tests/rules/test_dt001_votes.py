"""DT001: a body's vote dated twice, said once by its verb and once by its noun, or once by
what the vote decided.

- a vote said by the verb ("the assembly voted on 3 March") and by its noun with who voted
  ("the May 12, 2023 assembly vote", "the council's June 2022 vote to …", "the club's vote
  of October 2018 …"): one vote;
- what a body that votes approved, passed or adopted is its vote ("the harbour board
  approved the fare scale on 3 March" / "since the board's vote of May"), the body named by
  its members too ("senators voted" is the Senate's vote).

Not a vote of another body on the same question (one chamber, then the other), another
question the same body voted on, a referendum's voters against a council, a regulator's
approval against a shareholders' vote, voters or voting rights (no vote). Our own
sentences, in domains the evaluation drafts do not cover; each defect gives one finding,
each trap none. The same sentences are in ``benchmarks/cases/dt2-own.yml``.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    "a01-voted-then-date-noun-vote": apart(
        "The regional assembly voted on 3 March 2023 to close the northern ferry route.",
        "After the May 12, 2023 assembly vote, the operator sold two of its boats.",
    ),
    "a02-voted-then-possessive-vote-to": apart(
        "The town council voted on 14 June 2021 to pedestrianise the market square.",
        "Since the council's June 2022 vote to pedestrianise the market square, footfall has risen.",
    ),
    "a03-plural-owner-vote-to": apart(
        "The member clubs voted on 2 October 2019 to admit junior crews to the regatta.",
        "The clubs' October 2018 vote to admit junior crews to the regatta doubled the entries.",
    ),
    "b01-approved-then-board-vote": apart(
        "The harbour board approved the new fare scale on 3 March 2023 after a long consultation.",
        "Passenger numbers have held steady since the board's vote of May 2023, although freight fell.",
    ),
    "b02-passed-then-senators-voted": apart(
        "The provincial Senate passed the forestry bill on 9 November 2022.",
        "Since senators voted in November 2021 to pass the forestry bill, logging permits have halved.",
    ),
    "b03-approved-by-then-council-vote": apart(
        "The cycle-lane plan was approved by the city council on 12 April 2022.",
        "After the city council vote of April 2023 on the cycle-lane plan, the works began.",
    ),
}

TRAPS = {
    "t01-same-body-other-question": apart(
        "The town council voted on 14 June 2021 to pedestrianise the market square.",
        "The council voted in June 2022 to close the multistorey car park.",
    ),
    "t02-one-chamber-then-the-other": apart(
        "The lower chamber voted on 3 March 2023 to adopt the water bill.",
        "The Senate's vote of May 2023 to adopt the water bill ended the dispute.",
    ),
    "t02b-lower-then-upper-house": apart(
        "The lower house voted on 3 March 2023 to adopt the water bill.",
        "The upper house's vote of May 2023 to adopt the water bill ended the dispute.",
    ),
    "t02c-committee-then-full-council": apart(
        "The finance committee voted on 3 March 2023 to back the harbour loan.",
        "The full council's vote of May 2023 to back the harbour loan ended the dispute.",
    ),
    "t02d-same-council-budget-next-year": apart(
        "The council voted on 3 March 2023 on the budget.",
        "The council's vote of March 2024 on the budget was closer.",
    ),
    "t03-referendum-voters-then-council": apart(
        "Voters approved the rail levy in a referendum on 5 May 2022.",
        "The county council's vote of May 2023 on the rail levy set the rate.",
    ),
    "t04-regulator-approval-then-shareholder-vote": apart(
        "The competition regulator approved the dairy merger on 3 March 2023.",
        "The shareholders' vote of May 2023 on the dairy merger was close.",
    ),
    "t05-voting-age-then-vote": apart(
        "The assembly voted on 8 July 2019 to fund the school buses.",
        "Since the voting age for the youth panel was lowered in July 2020, turnout has risen.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS)
