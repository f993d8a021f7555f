"""DT001 probes (session 27): two structural causes, each in several domains of our own.

Cause S (precision): a back-reference ("Since the Zarvik plant was expanded in …") was
linked to the one other dated clause of its thing whenever that clause's stage of life was
not known, and a start of operation said by a phrase ("was switched on", "entered
service") or a word the stage table spelled otherwise ("commissioned", "energised") had
none: a start and a later end or change of one thing read as one happening dated twice.
The stage is now read from the scored link's classes too, so two stages stay apart and a
start said in other words still meets its restatement.

Cause P (recall): a sentence that opens with a possessive pronoun ("Zelna followed. Its
plant, with …, was switched on in …") owns its thing by the name the sentence before
opens with; that owner is now a participant and a name of the clause, so "the Zelna plant"
elsewhere is the same plant. Not when the date stands in a clause set off after the
pronoun's ("Its councillors say that, since the campus opened in 2020, …"), nor when
another name or no name opens the sentence before.

Each defect gives one finding, each trap none; a defect in ``MISSED`` is a strict expected
failure, its value the cause.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    # -- cause S: a start said by other words, restated (must stay found)
    "s01-switched-on-came-online": apart(
        "The Zarvik desalination plant was switched on in November 2017.",
        "Since the Zarvik plant came online in March 2018, water prices have fallen.",
    ),
    "s02-began-producing-on-stream": apart(
        "The Pellow recycling line began producing in March 2025.",
        "Since the Pellow line came on stream in the autumn of 2024, imports have fallen.",
    ),
    "s03-went-live-entered-service": apart(
        "The Marsh Lane data centre went live on 3 March 2020.",
        "Since the Marsh Lane data centre entered service in March 2021, outages have stopped.",
    ),
    "s04-energised-began-operating": apart(
        "The Kelso substation was energised in November 2022.",
        "Since the Kelso substation began operating in 2021, blackouts have been rare.",
    ),
    "s05-commissioned-came-online": apart(
        "The Harl solar farm was commissioned in May 2019.",
        "Since the Harl solar farm came online in May 2020, the village has exported power.",
    ),
    "s06-opened-began-seeing-patients": apart(
        "The Fenwick clinic opened on 2 June 2016.",
        "Since the Fenwick clinic began seeing patients in June 2017, waiting lists have shortened.",
    ),
    # -- cause P: the thing owned by "its" / "their", its owner the name the sentence before opens with
    "p01-its-plant-switched-on": apart(
        "Two camps got solar power. Marrow got its array first, in 2016. Zelna followed. Its plant, with a "
        "capacity of 9 megawatts, was switched on in November 2017.",
        "Since the Zelna plant came online in March 2018, the camp's diesel bill has fallen.",
    ),
    "p02-its-kind-then-owner": apart(
        "Kessock came next. Its public library opened on 4 March 2015.",
        "Since the Kessock library opened in March 2016, loans have doubled.",
    ),
    "p03-their-ban": apart(
        "Harlan's councillors acted first. Their ban on plastic bags took effect on 1 May 2018.",
        "Since the Harlan bag ban took effect in May 2019, litter on the beaches has fallen.",
    ),
    "p04-its-terminal-began-operating": apart(
        "Velmora joined late. Its ferry terminal, designed by a Danish studio, began operating on 2 June 2016.",
        "Since the Velmora terminal opened in June 2017, freight has doubled.",
    ),
    "p05-its-visitor-centre": apart(
        "The Arlen Trust took over the castle in 1998. Its visitor centre was inaugurated on 12 May 2003.",
        "Since the Arlen visitor centre opened in May 2004, the castle has paid its way.",
    ),
    "p06-its-owner-of-another-clause": (
        "## The Tarn campus\n\nThe Velm Institute's satellite campus in Tarn opened in September 2019 with 400 "
        "students.\n\n## Funding\n\nThe district council pays an annual grant. Its members say that, since the "
        "campus opened in autumn 2020, fewer young people have left the district."
    ),
    "p07-and-clause-not-owned": apart(
        "The Velm cider guild was the first to try it. Its members voted in 2019 for three new apple "
        "varieties, and the regional board gave its approval in March 2021.",
        "Few orchards have been replanted since the board's approval of the three apples in early 2022.",
    ),
}

MISSED = {
    "p04-its-terminal-began-operating": "the kind word 'ferry' against the owner's name 'Velmora' on the other side",
}

TRAPS = {
    # -- cause S: a start, then an end or a change of the same thing
    "t01-switched-on-then-expanded": apart(
        "The Zarvik desalination plant was switched on in November 2017.",
        "Since the Zarvik plant was expanded in March 2018, water prices have fallen.",
    ),
    "t02-commissioned-then-switched-off": apart(
        "The Harl solar farm was commissioned in May 2019.",
        "Since the Harl solar farm was switched off in May 2020, the village has imported power.",
    ),
    "t03-commissioned-then-decommissioned": apart(
        "The survey vessel Harlow was commissioned in May 2019.",
        "Since the Harlow was decommissioned in May 2020, the charts have not been updated.",
    ),
    "t04-energised-then-shut-down": apart(
        "The Lenz substation was energised in November 2022.",
        "Since the Lenz substation was shut down in 2023, the valley has drawn power from the coast.",
    ),
    "t05-switched-on-then-extended": apart(
        "The Tove tram line was switched on in June 2019.",
        "Since the Tove tram line was extended in June 2020, the suburbs have been served.",
    ),
    "t06-entered-service-then-scrapped": apart(
        "The ferry Kestrel entered service on 2 April 2015.",
        "Since the Kestrel was scrapped in April 2016, the island has had one crossing a day.",
    ),
    "t07-commissioned-then-expanded": apart(
        "The Dunmere wind farm was commissioned in May 2019.",
        "Since the Dunmere wind farm was expanded in May 2020, it has powered the whole county.",
    ),
    "t08-correct-restatement": apart(
        "The Zarvik desalination plant was switched on in November 2017.",
        "Since the Zarvik plant came online in the autumn of 2017, water prices have fallen.",
    ),
    "t09-other-plant": apart(
        "The Zarvik desalination plant was switched on in November 2017.",
        "Since the Morna plant came online in March 2018, water prices have fallen.",
    ),
    # -- cause P: another owner, no owner, another event, a second one, a correct restatement
    "q01-other-owner": apart(
        "Velmora joined late. Its ferry terminal, designed by a Danish studio, began operating on 2 June 2016.",
        "Since the Carrow terminal opened in June 2017, freight has doubled.",
    ),
    "q02-owner-is-the-subject": apart(
        "Zelna followed Marrow. Its plant, with a capacity of 9 megawatts, was switched on in November 2017.",
        "Since the Marrow plant came online in March 2018, the camp's diesel bill has fallen.",
    ),
    "q03-other-event": apart(
        "Zelna followed. Its plant, with a capacity of 9 megawatts, was switched on in November 2017.",
        "Since the Zelna plant was expanded in March 2018, the camp's diesel bill has fallen.",
    ),
    "q04-correct-restatement": apart(
        "Zelna followed. Its plant, with a capacity of 9 megawatts, was switched on in November 2017.",
        "Since the Zelna plant came online in the autumn of 2017, the camp's diesel bill has fallen.",
    ),
    "q05-no-name-before": apart(
        "In 2016 the camps got solar power. Its plant, with a capacity of 9 megawatts, was switched on in "
        "November 2017.",
        "Since the Zelna plant came online in March 2018, the camp's diesel bill has fallen.",
    ),
    "q06-second-one": apart(
        "Velmora joined late. Its second ferry terminal, designed by a Danish studio, began operating on 2 June 2016.",
        "Since the Velmora terminal opened in June 2017, freight has doubled.",
    ),
    "q07-closed-later": apart(
        "The Arlen Trust took over the castle in 1998. Its visitor centre was inaugurated on 12 May 2003.",
        "Since the Arlen visitor centre closed in May 2004, the castle has lost money.",
    ),
    "q08-other-owner-kind": apart(
        "Kessock came next. Its public library opened on 4 March 2015.",
        "Since the Dunmere library opened in March 2016, loans have doubled.",
    ),
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", DEFECTS, TRAPS, MISSED, wrap="---\ndate: 2025-02-10\n---\n# Report\n\n{}\n"
)
