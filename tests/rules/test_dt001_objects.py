"""DT001's dated-object link (issue 12): one class of event (a start, a publication, a
signing, a handover …) of one thing, dated twice and differently, the thing and the event
said in other words the second time (:mod:`claimcheck.extract.dated_objects`). Our own
sentences in domains of our own, each set in a page of unrelated filler (the linker weighs
words by their rarity in the document): each defect gives one DT001 finding, each trap (a
timeline, two things of one kind, two stages, a plan, a bill introduced, an annual edition,
the same date) none.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2024-02-20\n---\n"

FILLER = """
## Background

Orchards in the valley are small, and most growers sell through two cooperatives. Frost
in the spring is the main risk; hail comes second. Growers plant hardy varieties on the
upper slopes and keep the sweeter ones near the river, where the air stays milder.

Labour is scarce at harvest. Pickers arrive from the coast and stay in hostels run by the
cooperatives, which also lend out ladders and crates. Wages are paid by the crate.

## Markets

Most apples go to juice. Dessert fruit fetches more, but supermarkets reject fruit with
blemishes, so growers grade it by hand in packing sheds. Storage in cold rooms lets them
sell through the winter, when prices are higher.

Cider makers buy the sharper varieties. Some growers press their own juice and sell it at
farm gates and weekly markets, which pays better than selling to the cooperative.
"""


def _doc(first: str, second: str) -> str:
    return f"{FRONT}# Report\n\n{first}\n{FILLER}\n## Outlook\n\n{second}\n"


DEFECTS = {
    "o1-start-then-pronoun-introduced": _doc(
        "The rural bus pass, worth £30 a month for students and £20 for pensioners, began on 1 September 2022.",
        "Ridership has barely moved, and the rural bus pass has changed little since it was introduced in"
        " September 2023.",
    ),
    "o2-published-then-possessive-launch": _doc(
        "The national dementia roadmap was published on 3 March 2020 with a budget for memory clinics.",
        "Since the roadmap's launch in March 2021, waiting times for a diagnosis have grown.",
    ),
    "o3-participle-name-then-opened": _doc(
        "The Marl Estuary Crossing opened to traffic on 4 April 2017 after six years of work.",
        "Freight hauliers now save an hour: the Marl Estuary Crossing, commissioned in 2016, carries"
        " 9,000 lorries a day.",
    ),
    "o4-relative-came-out-last-spring": _doc(
        "The regulator's audit of the water companies, published on 9 March 2022, found leaks in every region.",
        "The audit that came out last spring also called for smart meters in new homes.",
    ),
    "o5-report-handed-down-then-reported": _doc(
        "The Harwell Inquiry into school closures was set up in May 2019 and handed down its report on"
        " 14 January 2021.",
        "Parents are still waiting; the Harwell Inquiry, which reported in February 2022, had warned of this.",
    ),
    "o6-took-over-then-handover-of": _doc(
        "Veltra took over the sleeper franchise on 1 April 2020, after a contest of two years.",
        "Punctuality has fallen since the handover of the sleeper franchise in April 2021.",
    ),
    "o7-agreement-reached-then-accord-of": _doc(
        "The fisheries agreement reached on 3 June 2019 by the four coastal states set shared quotas.",
        "Since the coastal states' fisheries accord of June 2020, catches have been stable.",
    ),
    "o8-took-effect-then-came-in": _doc(
        "The plastic bag charge took effect on 5 October 2015 in every large shop.",
        "In the year after the charge came in, in October 2016, sales of bags fell by four fifths.",
    ),
    "o9-went-live-then-switched-on": _doc(
        "The flood siren network went live on 2 February 2018 along the lower river.",
        "Since the siren network was switched on in February 2019, no one has drowned in a flood.",
    ),
    "o10-a-description-set-beside-a-name": _doc(
        "Ofcom, the broadcasting regulator, licenses local radio. Ofcom's review of community radio came out"
        " on 8 July 2021.",
        "The regulator's review, published in July 2022, asked for more stations.",
    ),
}

TRAPS = {
    "t1-timeline-three-starts": _doc(
        "The rural bus pass began in Hartshire on 1 May 2019 and in Lowmoor on 1 May 2020.",
        "Since the rural bus pass was introduced in Westdale in 2021, fares there have halved.",
    ),
    "t2-announced-then-in-force": _doc(
        "The ministry announced the sugar levy in March 2016.",
        "The sugar levy took effect in April 2017, a year later.",
    ),
    "t3-plan-and-happening": _doc(
        "The Marl Estuary Crossing opened to traffic on 4 April 2017.",
        "A second bridge, the Marl Estuary Crossing extension, will open to traffic in 2026.",
    ),
    "t4-two-things-of-one-kind": _doc(
        "The Pell Creek library was introduced to the county's readers on 1 May 2018.",
        "Since the Varn Hill library was introduced in May 2019, loans have doubled.",
    ),
    "t5-same-date-in-other-words": _doc(
        "The rural bus pass, worth £30 a month for students, began on 1 September 2022.",
        "The rural bus pass has changed little since it was introduced in September 2022.",
    ),
    "t6-bill-introduced-then-in-force": _doc(
        "The tenancy bill was introduced in Parliament in March 2022.",
        "The tenancy bill took effect on 1 January 2023 after a long committee stage.",
    ),
    "t7-annual-editions": _doc(
        "The agency published its annual report on 3 May 2021.",
        "The agency published its annual report on 9 June 2022.",
    ),
    "t8-two-numbered-tranches": _doc(
        "The first tranche of the grant began on 1 March 2021.",
        "The second tranche of the grant began in March 2022.",
    ),
    "t9-far-apart": _doc(
        "The flood siren network went live on 2 February 2015 along the lower river.",
        "Since the siren network was switched on in February 2019, no one has drowned in a flood.",
    ),
    "t10-another-doers-own": _doc(
        "The Harlow council issued a debt warning in March 2021 after losing its airport shares.",
        "Dunmore issued its own warning in May 2021, citing care costs.",
    ),
    "t11-another-doer-takes-over": _doc(
        "Bolt Energy took over the district heating licence on 1 March 2020.",
        "Varta Power took over the district heating licence in March 2021, when Bolt Energy failed.",
    ),
    "t12-a-pilot-then-the-scheme": _doc(
        "The school breakfast scheme began as a pilot in Kelso on 2 September 2019.",
        "Since the school breakfast scheme began in September 2020, attendance has risen.",
    ),
    "t13-a-description-of-two-names": _doc(
        "Ofcom, the regulator, licenses radio. Ofgem, the regulator, licenses power. Ofcom's review of"
        " community radio came out on 8 July 2021.",
        "The regulator's review, published in July 2022, asked for more stations.",
    ),
    # two things of one kind, or one thing's two happenings, that the older links tied
    "t14-qualified-otherwise-on-each-side": _doc(
        "The northern tramway opened on 1 May 2018.",
        "Since the southern tramway opened in May 2019, traffic in the centre has fallen.",
    ),
    "t15-two-named-things-described-alike": _doc(
        "The Kessel Line, the city's first metro, opened on 3 June 2011. The Varn Line, the city's second"
        " metro, opened on 5 May 2015.",
        "Ridership on both is high.",
    ),
    "t16-opened-to-other-users": _doc(
        "The Elm Street bridge opened to pedestrians on 5 May 2018.",
        "The Elm Street bridge opened to cars in May 2019, after its deck was strengthened.",
    ),
    "t17-two-doers-described-not-named": _doc(
        "The council took over the leisure centre on 1 April 2019.",
        "The trust took over the leisure centre in April 2020 when the council withdrew.",
    ),
    "t18-a-draft-and-a-final-version": _doc(
        "The regulator published its draft guidance on 3 May 2022.",
        "The regulator published its final guidance in April 2023.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap="{}")
