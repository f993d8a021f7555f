"""DT001 (session 21): happenings read in more of the words writers use, by causes.

- a closure ("closed", "shut", "its closure"), a sinking ("sank", "capsized", "foundered",
  "the sinking"), a collapse ("collapsed", "broke down", "the breakdown"), an approval
  ("approved", "authorised", "its authorisation"), an adoption ("adopted", "its adoption"),
  a breach and a calling off are happenings of their own class; a strike starts when the
  workers "walk out", "go on strike" or "down tools"; a ballot is a vote, and its polls
  close on its day (not a share price's close, not a breach of a rule);
- a relative clause's happening is its antecedent's ("a ballot that closed on …");
- a happening's noun after a preposition ("since the sinking in …") is dated apart from the
  verb before it ("no rule has appeared since …" denies no sinking);
- a yearless date told past the publication date after last year's date is last year's;
- "June 5" and "Around 6,800" are no numbered names ("Skerry-2");
- the items of one list that each open with their own date are steps in turn.

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    # a closure: verb, then noun
    "c01-library-closed-then-closure": """
# Libraries

The Harwick branch library closed on 30 June 2019 after its lease ran out.

Readers now travel to the town centre. Loans in the district have fallen by a third since its closure in the spring of 2020.
""",
    "c02-mill-shut-then-closure": """
# Textiles

The Penrose spinning mill shut in March 2015, ending two centuries of weaving in the valley.

The valley lost about 400 jobs. Since the closure of the Penrose mill in 2013, the village school has halved.
""",
    "c03-clinic-closure-then-closed": """
# Health

The closure of the Dunmere maternity clinic in August 2020 left mothers an hour from a ward.

Campaigners have collected 9,000 signatures. The Dunmere clinic, which closed in January 2021, had delivered 600 babies a year.
""",
    # a sinking, said by other verbs and a noun
    "s01-trawler-sank-then-sinking": """
# Fisheries

The trawler Morwen sank on 4 February 2021 off the Skelly banks, with the loss of two crew.

## Inquiry

The inquiry report criticised the owner's maintenance. No safety rule has changed since the sinking in March 2021.
""",
    "s02-barge-capsized-then-foundered": """
# Canals

A grain barge capsized in the Oster canal on 11 November 2018 after its cargo shifted.

The canal authority later dredged the lock. The barge foundered on 19 November 2018, according to the authority's own log.
""",
    # a strike started by workers walking out
    "k01-nurses-walked-out-then-started": """
# Hospitals

About 2,300 nurses at the Calder hospitals walked out on 6 March 2023 over staffing ratios.

## Talks

Mediators met both sides twice. Since the strike started on 13 March 2023, about 4,000 operations have been postponed.
""",
    "k02-went-on-strike-then-began": """
# Refuse

Refuse collectors in Tarnby went on strike on 2 August 2022, leaving bins unemptied across the town.

Rats were reported in three parks. The stoppage, which began on 9 August 2022, ended after a month.
""",
    "k03-downed-tools-then-strike-start": """
# Mining

Miners at the Ebbor colliery downed tools in April 1994 over a pit closure plan.

The dispute lasted a year. When the strike started in June 1994, the colliery employed 1,100 men.
""",
    # a collapse of talks
    "b01-talks-collapsed-then-breakdown": """
# Trade

The fishing talks between Norvel and Estrand collapsed in May 2016 over quotas for herring.

Fleets kept fishing under old limits. Prices rose after the breakdown of the talks in November 2016.
""",
    "b02-broke-down-then-collapse": """
# Coalitions

The governing coalition in Vessa broke down in October 2019 over the pension reform.

An interim cabinet ran the province until spring. Polls after the coalition's collapse in December 2019 showed the greens gaining.
""",
    # an approval, verb and noun
    "a01-authorised-then-authorisation": """
# Medicines

The regulator authorised the Perrin asthma inhaler in May 2020, after two years of trials.

Sales started slowly. Since its authorisation in August 2020, about 80,000 patients have been prescribed the inhaler.
""",
    "a02-approval-came-then-approved": """
# Planning

Approval for the Quarry Lane housing estate came in September 2017 after a public inquiry.

Builders started on the first street within a year. The estate, approved in March 2018, will hold 420 homes.
""",
    # an adoption, verb then noun
    "d01-adopted-then-adoption": """
# Cycling

The Westbury council adopted its cycling plan in March 2018, promising forty kilometres of lanes.

Twenty kilometres have been built. Since the plan's adoption in late 2016, cycling to school has doubled.
""",
    # a ballot that closed, and the ballot named by its date
    "v01-ballot-closed-then-dated-ballot": """
# Teachers

Teachers in the Oldmoor district voted to strike in a ballot that closed on 9 January 2024.

## Reactions

The district said the 16 January ballot showed "anger about workload more than pay".
""",
    # a calling off, then its ending said otherwise
    "o01-strike-ended-then-called-off": """
# Ports

The Lannet port strike ended on 12 October 2024, when the union accepted a new pay scale.

Ships queued for days. Backlogs cleared three weeks after the strike was called off on 20 October 2024.
""",
    # a yearless date told after the turn of the year
    "y01-yearless-after-new-year": """
# Bakeries

Bakers at the Holm group stopped work on 3 October 2024 over night shifts.

The strike ended on 21 October, when the group agreed to a rota.

Deliveries resumed only after the strike was called off on 28 October, and some cafes switched suppliers.
""",
}

TRAPS = {
    # a closing price is no closure
    "t01-shares-closed-at-a-price": """
# Markets

Shares in Penhallow Foods closed at 41 pence on 3 May 2021, a record low.

They closed at 38 pence on 4 May 2021 after the profit warning.
""",
    # a trial closing is an ending, and the polls' close is the vote's
    "t02-polls-closed-election-then-count": """
# Elections

Polls in the Sorrel county election closed on 7 May 2023 at ten in the evening.

The count finished before dawn, and the new council sat for the first time in June 2023.
""",
    # walking out of talks is no strike
    "t03-walked-out-of-talks": """
# Unions

The union's negotiators walked out of the talks on 4 March 2022, calling the offer an insult.

Members went on strike on 21 March 2022, after a ballot.
""",
    # two closures of two things
    "t04-two-branches-closed": """
# Banks

The Harwick branch of the Lowland Bank closed in June 2019.

The Dunmere branch of the Lowland Bank closed in March 2021.
""",
    # a first approval and a later one of another stage
    "t05-approved-then-adopted": """
# Budgets

The finance committee approved the draft budget on 3 November 2022.

The full council adopted the budget on 15 December 2022.
""",
    # a ship sank, and a second ship sank
    "t06-two-sinkings": """
# Shipping

The cargo ship Alder sank in the Orme channel in January 2019.

A second vessel, the tanker Brisk, sank nearby in April 2019.
""",
    # the steps of a plan, each with its own date
    "t07-plan-steps": """
# Migration plan

1. **2024-03-04:** Stop accepting legacy tokens and return a warning to old clients.
2. **2024-04-01:** Return an error to old clients instead of the warning.
3. **2024-05-06:** Remove the legacy code.
""",
    # a yearless date ahead of the publication date after an older year: a plan
    "t08-yearless-after-older-year": """
# Ferries

The Holm ferry first sailed in May 2019.

The new timetable starts on 1 April, when a second boat joins the route.
""",
    # a fraction is no ordinal, and an election and a later vote on a bill are two votes
    "t09-fraction-election-and-senate-vote": """
# Universities

Professor Ilse Marr was elected rector of Tallow University in June 2022.

About a fifth of the budget went to repairs. The senate rejected her examination reform in March 2024.
""",
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", {k: FRONT + v for k, v in DEFECTS.items()}, {k: FRONT + v for k, v in TRAPS.items()}, wrap="{}"
)
