"""DT001 probes (session 26): the shapes blind writers used for one event dated twice.

Written in other domains before reading any miss, after the lead's reading of the blind
batches (drafts 450–593): the first place is a plain sentence naming the thing and its full
date; the later one a fronted clause ("Since / When / After …") that names the thing by a
description or a synonym of its head noun, or says the event with another verb of the same
happening, often with a loose date (a season, "early May", "last July", "the final week of
March"). Three causes, each with phrasings in several domains, and traps of the same shapes
(another period, another thing of that head noun, a stage after it, a correct restatement).

Each defect gives one finding, each trap none; a defect in ``MISSED`` is a strict expected
failure, its value the cause.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    # -- cause A: the thing renamed by a synonym of its head noun, the verb the same class
    "a01-moratorium-then-freeze": apart(
        "The Tarrow county council imposed a moratorium on new quarry permits on 4 March 2019.",
        "Since the permit freeze began in March 2020, no quarry has opened in the county.",
    ),
    "a02-programme-then-scheme": apart(
        "The Ellery boiler-replacement programme was launched on 12 September 2016.",
        "When the boiler scheme was launched in the autumn of 2017, most applicants were pensioners.",
    ),
    "a03-regulation-then-rule": apart(
        "The Velm harbour speed regulation took effect on 1 June 2015.",
        "Since the speed rule took effect in early June 2016, collisions in the harbour have stopped.",
    ),
    "a04-agreement-then-compact": apart(
        "The four valley towns signed the Lorne water-sharing agreement on 20 May 2011.",
        "Since the water-sharing compact was signed in May 2012, the towns have not gone to court.",
    ),
    "a05-ban-then-restriction": apart(
        "The Pellingham ban on night flights came into force on 1 April 2018.",
        "Since the night-flight restriction came into force in April 2019, complaints have halved.",
    ),
    "a06-act-then-regime": apart(
        "The Tarn Waste Act came into force on 1 March 2016.",
        "Since the permit regime took effect in March 2017, fly-tipping has fallen.",
    ),
    "a07-amended-code-then-tightened": apart(
        "Norland adopted an amended planning code on 2 May 2021.",
        "Since Norland tightened its planning rules in the autumn of 2020, building has slowed.",
    ),
    # -- cause B: one event said with another verb of its class
    "b01-introduced-then-rolled-out": apart(
        "The Castmoor library card scheme was introduced on 2 February 2014.",
        "Since the library card scheme was rolled out in February 2015, loans have risen by a fifth.",
    ),
    "b02-signed-then-concluded": apart(
        "Ardel Health signed its supply contract with the Norvik clinics on 9 October 2020.",
        "When Ardel Health concluded its supply contract with the Norvik clinics in October 2021, prices fell.",
    ),
    "b03-launched-then-unveiled": apart(
        "The Brisk tutoring programme was launched on 15 January 2021.",
        "Since the Brisk tutoring programme was unveiled in January 2022, 4,000 pupils have joined.",
    ),
    "b04-abolished-then-scrapped": apart(
        "The Galloway museum entry charge was abolished on 1 April 2009.",
        "Since the Galloway museum entry charge was finally scrapped in the spring of 2010, visits have doubled.",
    ),
    "b05-opened-then-services-began": apart(
        "The Orrin valley light railway opened to passengers on 3 July 2017.",
        "Since services on the Orrin valley light railway began in July 2018, car traffic has fallen.",
    ),
    "b06-closed-then-wound-up": apart(
        "The Hestia pension fund for Dunmere teachers closed on 30 June 2012.",
        "After the Hestia pension fund for Dunmere teachers was wound up in the summer of 2013, members moved to the state scheme.",
    ),
    "b07-in-force-since-then-came-into-force": apart(
        "The Selby tenancy code has been in force since 1 January 2019.",
        "Since the Selby tenancy code came into force in January 2020, evictions have dropped.",
    ),
    "b08-ended-then-stopped": apart(
        "The Kessock estate formally ended all peat cutting on 31 March 2014.",
        "Since peat cutting on the Kessock estate stopped in the spring of 2015, the bog has recovered.",
    ),
    # -- cause D: a binding measure's start said by "began", its entry into force elsewhere
    "d01-curfew-took-effect-then-began": apart(
        "The Kenmare district's curfew on outdoor music took effect on 1 May 2019.",
        "Since the Kenmare music curfew began in August 2019, noise complaints have fallen.",
    ),
    "d02-charge-in-force-then-started": apart(
        "Brenton's congestion charge came into force on 3 February 2020.",
        "When the Brenton charge started in March 2020, traffic dropped by a tenth.",
    ),
    "d03-quota-on-new-licences": apart(
        "The Moravia quota on new taxi licences took effect on 1 October 2018.",
        "Since the Moravia taxi quota began in January 2019, the waiting list has grown.",
    ),
    # -- cause E: verb pairs of one event in other classes' words (services began for an
    # opening; concluded or put a name to for a signing; scrapped for an abolition)
    "e01-opened-then-services-began": apart(
        "The Carden funicular opened to passengers on 12 May 2016.",
        "Since services began in July 2016, availability has stayed above 97 per cent.",
    ),
    "e02-opened-then-began-carrying-passengers": apart(
        "Estel opened its tram line on 3 September 2011.",
        "Car use in the centre has fallen since the tram began carrying passengers in October 2011.",
    ),
    "e03-signed-then-was-concluded": apart(
        "The Lisk ferry agreement, signed in Bergen on 5 May 2015, set fares for ten years.",
        "Since the Lisk ferry agreement was concluded in June 2015, sailings have doubled.",
    ),
    "e04-signed-then-put-name-to": apart(
        "The Harlan tenancy decree, signed on 9 March 2020, froze rents for a year.",
        "The decree Governor Ellis put his name to on 2 March 2020 had been drafted in a week.",
    ),
    "e05-concluded-the-treaty": apart(
        "The Tamber water treaty was signed on 1 April 2001.",
        "Since the two states concluded the Tamber treaty in May 2001, no dispute has reached court.",
    ),
    "e06-abolished-then-scrapped": apart(
        "The Velm county council abolished its planning committee on 3 March 2019.",
        "The committee, scrapped in March 2018, had met monthly for thirty years.",
    ),
    "e07-scrapped-then-abolition": apart(
        "Norland scrapped its university tuition fees in September 2014.",
        "Since the abolition of tuition fees in Norland in September 2015, enrolment has grown.",
    ),
    # -- cause C: the later date said loosely
    "c01-last-month-of-year": apart(
        "The Harwick swimming pool reopened on 14 July 2024.",
        "Since the Harwick swimming pool reopened last September, the queues have been long.",
    ),
    "c02-final-week": apart(
        "The Marlow archive went online on 2 March 2022.",
        "Since the Marlow archive went online in the final week of March 2022, researchers have used it daily.",
    ),
    "c04-first-days": apart(
        "The Orm hall closed for repairs on 29 June 2019.",
        "Since the Orm hall closed in the first days of June 2019, concerts have moved to the church.",
    ),
    "c05-closing-week": apart(
        "The Tessel ferry timetable changed on 3 May 2021.",
        "Since the Tessel ferry timetable changed in the closing week of May 2021, crossings have been late.",
    ),
    "c03-late-month": apart(
        "The Denby footbridge opened on 3 April 2016.",
        "Since the Denby footbridge opened in late April 2017, cyclists have avoided the ring road.",
    ),
}

TRAPS = {
    # -- cause A traps
    "ta01-freeze-of-other-thing": apart(
        "The Tarrow county council imposed a moratorium on new quarry permits on 4 March 2019.",
        "Since the hiring freeze began in March 2020, the council has lost forty planners.",
    ),
    "ta02-two-schemes": apart(
        "The Ellery boiler-replacement programme was launched on 12 September 2016.",
        "When the insulation scheme was launched in the autumn of 2017, most applicants were pensioners.",
    ),
    "ta03-rule-adopted-then-in-force": apart(
        "The Velm harbour speed regulation was adopted on 1 June 2015.",
        "Since the speed rule took effect in early June 2016, collisions in the harbour have stopped.",
    ),
    "ta04-agreement-signed-then-compact-ratified": apart(
        "The four valley towns signed the Lorne water-sharing agreement on 20 May 2011.",
        "Since the water-sharing compact was ratified in May 2012, the towns have not gone to court.",
    ),
    "ta05-restated-correctly": apart(
        "The Pellingham ban on night flights came into force on 1 April 2018.",
        "Since the night-flight restriction came into force in the spring of 2018, complaints have halved.",
    ),
    # -- cause B traps
    "tb01-pilot-then-rollout": apart(
        "The Castmoor library card scheme was piloted in two branches on 2 February 2014.",
        "Since the library card scheme was rolled out to every branch in February 2015, loans have risen.",
    ),
    "tb02-signed-then-in-force": apart(
        "Ardel Health signed its supply contract with the Norvik clinics on 9 October 2020.",
        "Since the supply contract with the Norvik clinics took effect in January 2021, prices have fallen.",
    ),
    "tb03-announced-then-launched": apart(
        "The Brisk tutoring programme was announced on 15 January 2021.",
        "Since the Brisk tutoring programme was launched in January 2022, 4,000 pupils have joined.",
    ),
    "tb04-first-phase-second-phase": apart(
        "The first section of the Orrin valley light railway opened to passengers on 3 July 2017.",
        "Since services on the second section of the Orrin valley light railway began in July 2018, traffic has fallen.",
    ),
    "tb05-law-passed-then-in-force": apart(
        "The Selby tenancy code was passed on 1 January 2019.",
        "Since the Selby tenancy code came into force in January 2020, evictions have dropped.",
    ),
    "tb06-since-year-other-thing": apart(
        "The Kessock estate formally ended all peat cutting on 31 March 2014.",
        "Since 2015 the Kessock estate has planted 30,000 trees.",
    ),
    "tb07-wound-up-other-fund": apart(
        "The Hestia pension fund for Dunmere teachers closed on 30 June 2012.",
        "After the Dunmere nurses' fund was wound up in the summer of 2013, members moved to the state scheme.",
    ),
    # -- cause D traps
    "td01-announced-then-began": apart(
        "The Kenmare music curfew was announced on 1 May 2019.",
        "Since the Kenmare music curfew began in August 2019, noise complaints have fallen.",
    ),
    "td02-enforcement-began": apart(
        "Brenton's congestion charge came into force on 3 February 2020.",
        "Since enforcement of the Brenton charge began in March 2020, fines have been issued daily.",
    ),
    "td03-restated-month": apart(
        "The Kenmare district's curfew on outdoor music took effect on 1 May 2019.",
        "Since the Kenmare music curfew began in May 2019, noise complaints have fallen.",
    ),
    "td04-another-curfew": apart(
        "The Kenmare district's curfew on outdoor music took effect on 1 May 2019.",
        "Since the Dunloe youth curfew began in August 2019, vandalism has fallen.",
    ),
    "td05-tightened": apart(
        "The Moravia quota on new taxi licences took effect on 1 October 2018.",
        "Since the Moravia taxi quota was tightened in January 2019, the waiting list has grown.",
    ),
    "td06-new-charge-after-old": apart(
        "Brenton's first congestion charge came into force on 3 February 2020.",
        "When the new Brenton charge started in March 2022, traffic dropped by a tenth.",
    ),
    # -- cause E traps
    "te01-freight-services-began": apart(
        "The Carden line opened to passengers on 12 May 2016.",
        "Since freight services began in July 2017, lorries on the valley road have halved.",
    ),
    "te02-construction-then-services": apart(
        "Construction of the Carden funicular began on 12 May 2014.",
        "Since services began in July 2016, availability has stayed above 97 per cent.",
    ),
    "te03-talks-concluded": apart(
        "The Lisk ferry agreement, signed in Bergen on 5 May 2015, set fares for ten years.",
        "The talks on the Lisk ferry timetable concluded in June 2015 with a smaller winter service.",
    ),
    "te04-signed-then-in-force": apart(
        "The Harlan tenancy decree, signed on 9 March 2020, froze rents for a year.",
        "The Harlan tenancy decree took effect on 1 April 2020.",
    ),
    "te05-two-tolls-abolished": apart(
        "The Pellmore bridge toll was abolished on 1 April 2012.",
        "The Carrow tunnel toll, scrapped in May 2014, had funded the tunnel for forty years.",
    ),
    "te06-abolished-then-reinstated": apart(
        "The Velm county council abolished its planning committee on 3 March 2019.",
        "The committee was reinstated in March 2021 after a legal challenge.",
    ),
    "te07-abolition-restated": apart(
        "Norland scrapped its university tuition fees in September 2014.",
        "Since the abolition of tuition fees in Norland in the autumn of 2014, enrolment has grown.",
    ),
    "te08-apposed-other-bridge": apart(
        "The Pellmore bridge opened on 1 April 2012.",
        "The Carrow road bridge, opened in May 2013, carries 9,000 vehicles a day.",
    ),
    # -- cause C traps
    "tc03-first-week-consistent": apart(
        "The Tessel ferry timetable changed on 3 May 2021.",
        "Since the Tessel ferry timetable changed in the first week of May 2021, crossings have been late.",
    ),
    "tc04-last-days-consistent": apart(
        "The Orm hall closed for repairs on 29 June 2019.",
        "Since the Orm hall closed in the last days of June 2019, concerts have moved to the church.",
    ),
    "tc01-last-month-consistent": apart(
        "The Harwick swimming pool reopened on 14 September 2024.",
        "Since the Harwick swimming pool reopened last September, the queues have been long.",
    ),
    "tc02-final-week-consistent": apart(
        "The Marlow archive went online on 28 March 2022.",
        "Since the Marlow archive went online in the final week of March 2022, researchers have used it daily.",
    ),
}

#: the defects not found yet, with their cause
MISSED: dict[str, str] = {
    "a01-moratorium-then-freeze": "a moratorium imposed is no start the extractors read; freeze and moratorium are no one noun",
    "b03-launched-then-unveiled": "'unveiled' reads as an announcement, kept apart from a launch (a plan is unveiled, then launched)",
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", DEFECTS, TRAPS, missed=MISSED, wrap=FRONT + "# Report\n\n{}\n"
)
