"""DT001 probes (session 25): one event dated twice, said differently each time.

Written before reading any evaluation miss, one dimension varied at a time: the event as a
verb on one side and a noun on the other; synonyms within each event class (start, end,
signing and passage, award and office, publication, acquisition, discovery and outbreak,
birth, death and founding); how the subject is named (name, acronym, description,
pronoun, possessive); how the date is written (year, month, full date, season, quarter,
"early"/"late", "the following spring"); since/until/by clauses, future tense, passive;
the two places in a heading, a table cell, a bullet, a footnote; Markdown, pdftotext-style
text and HTML. Traps: two events of one subject (announcement and start, plan and outcome,
signing and entry into force, two phases), a yearly series, another subject with the same
verb, a correct restatement in other words.

Each defect gives one finding, each trap none; a defect in ``MISSED`` is a strict expected
failure, its value the cause. On main before this session's changes 64 of the 80 defects
were found and 3 of the 55 traps fired ("agreed to buy", "decided to close", "pledged to
open"); after them 72 of 80, no trap. The eight found since: "stepped down", "went bankrupt",
"premiered", "appeared", "born" in a sentence led by its participle, "became chief
executive", a table column's heading, a heading's "the 2014 launch of".
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    # -- the event as a verb on one side and a noun on the other
    "v01-commissioned-then-commissioning": apart(
        "The Halvern wind farm was commissioned in March 2018.",
        "Since the commissioning of the Halvern wind farm in March 2019, the valley has exported power.",
    ),
    "v02-signed-then-signing": apart(
        "The Treaty of Ostmark was signed in 1994 by four coastal states.",
        "The signing of the Treaty of Ostmark in 1995 ended a long quarrel over fishing rights.",
    ),
    "v03-opening-then-opened": apart(
        "The opening of the Carrow footbridge in June 2012 drew a crowd of thousands.",
        "When the Carrow footbridge opened in June 2013, cyclists gained a route to the station.",
    ),
    # -- synonyms of a start
    "s01-began-operating-then-entered-service": apart(
        "The Brenna tidal scheme began operating in 2016.",
        "The Brenna tidal scheme entered service in 2017 after a year of trials.",
    ),
    "s02-entered-into-force-then-took-effect": apart(
        "The Data Access Act entered into force on 1 January 2020.",
        "Since the Data Access Act took effect in January 2021, complaints to the regulator have doubled.",
    ),
    # -- synonyms of an end
    "e01-closed-then-closure": apart(
        "The Dunmore colliery closed in 1987.",
        "After the closure of the Dunmore colliery in 1989, the town lost a third of its jobs.",
    ),
    "e02-repealed-then-repeal": apart(
        "The window tax was repealed in 1851.",
        "The repeal of the window tax in 1856 let builders put glass back into houses.",
    ),
    "e03-lifted-then-lifting": apart(
        "The export ban on Lenvar beef was lifted in May 2006.",
        "Since the lifting of the export ban on Lenvar beef in May 2007, herds have grown.",
    ),
    "e04-expired-then-ran-out": apart(
        "The Kestrel ceasefire expired in August 2014.",
        "When the Kestrel ceasefire ran out in August 2015, fighting resumed within days.",
    ),
    "e05-withdrew-then-withdrawal": apart(
        "The peacekeeping force withdrew from Arvola in 2009.",
        "The withdrawal of the peacekeeping force from Arvola in 2011 left the border unguarded.",
    ),
    # -- signing, ratification, adoption, passage
    "g01-ratified-then-ratification": apart(
        "Norway ratified the Fisheries Protocol in 2003.",
        "Norway's ratification of the Fisheries Protocol in 2004 opened the northern grounds.",
    ),
    "g02-adopted-then-approved": apart(
        "The city council adopted the Riverside Plan in April 2015.",
        "The Riverside Plan was approved by the council in April 2016 and building began soon after.",
    ),
    "g03-passed-then-passage": apart(
        "The Clean Rivers Bill passed in 2018.",
        "After the passage of the Clean Rivers Bill in 2019, water companies faced fines.",
    ),
    "g04-put-his-name-to": apart(
        "President Avel put his name to the Forest Accord in May 2016.",
        "President Avel signed the Forest Accord in May 2017, at a ceremony in the capital.",
    ),
    # -- award, appointment, election, resignation
    "p01-awarded-then-received": apart(
        "The chemist Ilse Marten was awarded the Holm Medal in 2008.",
        "Marten received the Holm Medal in 2009 for her work on catalysts.",
    ),
    "p02-appointed-then-became": apart(
        "Priya Nair was appointed chief executive of Corvell in March 2017.",
        "Nair became Corvell's chief executive in March 2018, after a decade in its finance team.",
    ),
    "p03-elected-then-election": apart(
        "Tomas Berg was elected mayor of Lindholm in 2010.",
        "Berg's election as mayor of Lindholm in 2011 surprised his own party.",
    ),
    "p04-resigned-then-stepped-down": apart(
        "The finance minister, Carla Ruiz, resigned in June 2019.",
        "Ruiz stepped down as finance minister in June 2020, citing ill health.",
    ),
    # -- publication, release, announcement
    "r01-published-then-appeared": apart(
        "The Wexford Institute published its survey of coastal erosion in 2013.",
        "The coastal erosion survey, which appeared in 2014, warned of faster losses.",
    ),
    "r02-released-then-launch": apart(
        "The Nimbus 4 phone was released in September 2019.",
        "Since the launch of the Nimbus 4 phone in September 2020, sales of its rival have fallen.",
    ),
    "r03-report-released-then-published": apart(
        "The Meridian report on school meals was released in June 2017.",
        "The Meridian report on school meals, published in June 2018, found that a third of pupils skipped lunch.",
    ),
    # -- completion, acquisition, merger
    "m01-acquired-then-purchase": apart(
        "Marlow Foods acquired Pett Dairies in 2015.",
        "Marlow Foods' purchase of Pett Dairies in 2016 doubled its milk supply.",
    ),
    "m02-merger-completed-then-takeover": apart(
        "Fenwick Bank completed its takeover of Dale Savings in 2011.",
        "Fenwick Bank's acquisition of Dale Savings in 2012 made it the largest lender in the region.",
    ),
    # -- discovery, outbreak
    "x01-discovered-then-its-discovery": apart(
        "The comet Tessaly was discovered in 2004 by an amateur astronomer.",
        "Since its discovery in 2005, the comet Tessaly has returned twice.",
    ),
    "x02-first-case-then-outbreak-began": apart(
        "The avian flu outbreak on Skara island began in March 2021.",
        "The outbreak of avian flu on Skara island started in March 2022, when a farmer reported dead geese.",
    ),
    # -- death, birth, founding
    "b01-died-then-death": apart(
        "The composer Anton Rielle died in 1931.",
        "After Rielle's death in 1932, his manuscripts were sold to a library in Vienna.",
    ),
    "b02-born-then-born": apart(
        "Anton Rielle was born in Graz in 1868.",
        "Born in 1869, Rielle studied the organ before turning to opera.",
    ),
    "b03-founded-then-establishment": apart(
        "The Amsel Trust was founded in 1952.",
        "Since its establishment in 1953, the Amsel Trust has funded over two hundred studies.",
    ),
    # -- the subject named differently
    "n01-acronym-possessive": apart(
        "The European Seed Bank Network (ESBN) was launched in 2011.",
        "Since the ESBN's launch in 2012, member banks have shared their catalogues.",
    ),
    "n02-description": apart(
        "Vesterhavn Energi opened the Hals substation in May 2014.",
        "The Danish operator's Hals substation opened in May 2015 and now serves the whole peninsula.",
    ),
    "n03-pronoun-same-paragraph": (
        "The Corran Bridge opened to traffic in 1998. It cost £40 million, and since it opened in 1999 "
        "crossings have doubled."
    ),
    "n04-another-noun": apart(
        "The Axford rent-support scheme began in April 2014.",
        "Since the Axford rent-support programme began in April 2015, evictions have fallen.",
    ),
    # -- the date written differently
    "d01-season": apart(
        "The Pellow ferry service started in spring 2016.",
        "Since the Pellow ferry service started in the autumn of 2017, the island has had more visitors.",
    ),
    "d02-quarter": apart(
        "The Arden data centre went live in Q2 2021.",
        "The Arden data centre, which went live in the fourth quarter of 2022, hosts the council's records.",
    ),
    "d03-early-late": apart(
        "The Tolland hospital wing opened in early 2019.",
        "The Tolland hospital wing opened in late 2020 and added eighty beds.",
    ),
    "d04-full-date-then-month": apart(
        "The Lune cycle path opened on 14 July 2012.",
        "The Lune cycle path opened in August 2012, with a ride led by the mayor.",
    ),
    "d05-following-spring": apart(
        "The Sorrel dam plan was agreed in March 2015, and construction of the Sorrel dam began the following spring.",
        "Construction of the Sorrel dam began in 2018, three years behind the plan.",
    ),
    # -- since / until / future / running since
    "c01-until-its-closure": apart(
        "The Marsh Road depot operated until its closure in 2004.",
        "The Marsh Road depot closed in 2006 and the site became housing.",
    ),
    "c02-future-will-open-due-to": apart(
        "The Kelby tunnel will open in 2027.",
        "The Kelby tunnel is due to open in 2028, according to the transport ministry.",
    ),
    "c03-running-since": apart(
        "The Hollin bus route has been running since 2009.",
        "The Hollin bus route started in 2011 and links three villages to the market town.",
    ),
    # -- where the places stand
    "w01-heading": (
        "## The 2014 launch of the Tern satellite\n\n"
        "The Tern weather satellite was launched in 2015 from a site in French Guiana."
    ),
    "w02-table-cell": (
        "| Line | Opened |\n|---|---|\n| Ravel Line | 2011 |\n| Ferrin Line | 2013 |\n\n"
        "The Ravel Line opened in 2012, two years before the Ferrin Line."
    ),
    "w03-bullet": apart(
        "Milestones:\n\n- Harlow gallery reopened: May 2015\n- New café opened: June 2016",
        "The Harlow gallery reopened in May 2016 after repairs to its roof.",
    ),
    "w04-footnote": (
        "The coastal survey was first published in 2013.[^1]\n\n"
        "[^1]: The coastal survey was first published in 2014 by the Wexford Institute."
    ),
    # -- other verbs
    "o01-collapsed-then-collapse": apart(
        "The Wenlow railway bridge collapsed in 1998.",
        "Since the collapse of the Wenlow railway bridge in 1999, trains have been diverted.",
    ),
    "o02-reopened-then-reopening": apart(
        "The Marrow Valley railway reopened in 2005.",
        "Since the reopening of the Marrow Valley railway in 2006, tourism has grown.",
    ),
    # -- round 2: shapes of the date and the clause
    "f01-date-first": apart(
        "In March 2019, the Pirna flood barrier was completed.",
        "The Pirna flood barrier, completed in March 2020, protects the old town.",
    ),
    "f02-attributive-year": apart(
        "The Skelton food bank opened in 2013.",
        "Before its 2014 opening, the Skelton food bank ran from a church hall.",
    ),
    "f03-bracketed-year": apart(
        "The Kinver reading scheme (launched 2016) reaches every primary school.",
        "The Kinver reading scheme was launched in 2017 by the county council.",
    ),
    "f04-participle-lead": apart(
        "Launched in 2008, the Ostrava bike-share now has 3,000 bikes.",
        "The Ostrava bike-share began in 2009 with 400 bikes.",
    ),
    "f05-relative-year-later": apart(
        "The Tamsin Act was passed in 2010 and came into force a year later.",
        "The Tamsin Act came into force in 2013, three years after it was passed.",
    ),
    "f06-has-operated-since": apart(
        "The Velden ferry has operated since 1996.",
        "The Velden ferry made its first crossing in 1998.",
    ),
    "f07-dates-from": apart(
        "The Corby almshouse dates from 1702.",
        "The Corby almshouse was built in 1712 by a wool merchant.",
    ),
    "f08-expected-to-open": apart(
        "The Ashmore incinerator is expected to open in 2026.",
        "The Ashmore incinerator will start operating in 2027, the operator says.",
    ),
    "f09-month-name-abbrev": apart(
        "The Larch Street clinic opened in Sept. 2017.",
        "Since the Larch Street clinic opened in October 2017, waiting lists have shortened.",
    ),
    "f10-numeric-date": apart(
        "The Hasker Road school reopened on 03/09/2018.",
        "The Hasker Road school reopened in September 2019 after the fire.",
    ),
    "f11-fiscal-year": apart(
        "The Cobalt grant programme started in 2012/13.",
        "The Cobalt grant programme started in 2014 and has funded ninety projects.",
    ),
    "f12-decade-range": apart(
        "The Orm valley railway was closed in 1965.",
        "After the railway through the Orm valley was shut in 1968, buses took over.",
    ),
    # -- round 2: the subject named differently
    "k01-description-then-name": apart(
        "Halden's new concert hall opened in October 2011.",
        "The Halden Concert Hall opened in October 2012 with a performance of Grieg.",
    ),
    "k02-short-name": apart(
        "The Northern Rail Freight Terminal at Weller began operations in 2007.",
        "The Weller terminal began operations in 2008.",
    ),
    "k03-company-and-its": apart(
        "Brightwater Ltd was founded in 1999 by two engineers.",
        "Brightwater, which was set up in 2001, now employs 400 people.",
    ),
    "k04-person-title": apart(
        "Dr Helen Ashby took office as chief medical officer in 2016.",
        "Ashby was appointed chief medical officer in 2017.",
    ),
    # -- round 2: other event words
    "q01-inaugurated": apart(
        "The Serra observatory was inaugurated in 1991.",
        "The Serra observatory opened in 1992 with a two-metre telescope.",
    ),
    "q02-went-bankrupt": apart(
        "The Garrow shipyard went bankrupt in 1983.",
        "The bankruptcy of the Garrow shipyard in 1984 cost 2,000 jobs.",
    ),
    "q03-introduced-then-introduction": apart(
        "The congestion charge in Telby was introduced in 2008.",
        "Since the introduction of the Telby congestion charge in 2009, traffic has fallen.",
    ),
    "q04-ban-came-in": apart(
        "The smoking ban in Irish pubs came in in March 2004.",
        "The Irish smoking ban in pubs took effect in March 2005.",
    ),
    "q05-abolished-then-scrapped": apart(
        "The Pellmore toll was abolished in 2012.",
        "Since the Pellmore toll was scrapped in 2013, traffic on the bridge has doubled.",
    ),
    "q06-approved-then-licensed": apart(
        "The drug Velocin was approved by the regulator in 2015.",
        "The regulator's approval of Velocin in 2016 came after two trials.",
    ),
    "q07-premiered": apart(
        "The opera Salt Tide premiered in Bergen in 2003.",
        "Salt Tide was first performed in 2004 in Bergen.",
    ),
    "q08-settled-then-settlement": apart(
        "The Arlen pay dispute was settled in November 2018.",
        "The settlement of the Arlen pay dispute in November 2019 ended a year of strikes.",
    ),
    # -- round 3: a pronoun's clause, a year relative to another, "mid-"
    "n05-pronoun-next-sentence": apart(
        "The Selm ferry terminal was rebuilt after the storm. It reopened in March 2010.",
        "Since the Selm ferry terminal reopened in March 2011, crossings have doubled.",
    ),
    "d06-the-following-year": apart(
        "The Hale tram plan was approved in 2014 and the Hale tram line opened the following year.",
        "The Hale tram line opened in 2017 with twelve stops.",
    ),
    "d07-mid-year": apart(
        "The Vennor recycling plant opened in mid-2019.",
        "The Vennor recycling plant opened in late 2020 and sorts the county's waste.",
    ),
}

TRAPS = {
    "t01-announced-then-opened": apart(
        "The Kelby bus lane was announced in 2016.",
        "The Kelby bus lane opened in 2018.",
    ),
    "t02-due-then-opened": apart(
        "The Sorrel dam was due to open in 2019.",
        "The Sorrel dam finally opened in 2021.",
    ),
    "t03-signed-then-in-force": apart(
        "The Forest Accord was signed in 2016.",
        "The Forest Accord entered into force in 2018.",
    ),
    "t04-two-phases": apart(
        "The first phase of the Lune cycle path opened in 2012.",
        "The second phase of the Lune cycle path opened in 2014.",
    ),
    "t05-yearly-fair": apart(
        "The Harrow book fair was held in May 2018.",
        "The Harrow book fair was held again in May 2019, with twice the visitors.",
    ),
    "t06-another-bridge": apart(
        "The Corran Bridge opened in 1998.",
        "The Ferry Road bridge opened in 2001.",
    ),
    "t07-restated-other-words": apart(
        "The Amsel Trust was founded in 1952.",
        "Since its establishment in 1952, the Amsel Trust has funded over two hundred studies.",
    ),
    "t08-month-then-season": apart(
        "The Lune cycle path opened on 14 July 2012.",
        "The Lune cycle path opened in the summer of 2012.",
    ),
    "t09-quarter-then-month": apart(
        "The Arden data centre went live in Q2 2021.",
        "The Arden data centre went live in May 2021.",
    ),
    "t10-two-awards": apart(
        "Ilse Marten was awarded the Holm Medal in 2008.",
        "Marten was awarded the Royal Prize in 2012.",
    ),
    "t11-elected-then-re-elected": apart(
        "Tomas Berg was elected mayor of Lindholm in 2010.",
        "Berg was re-elected mayor of Lindholm in 2014.",
    ),
    "t12-appointed-then-resigned": apart(
        "Priya Nair was appointed chief executive of Corvell in 2017.",
        "Nair resigned as chief executive of Corvell in 2021.",
    ),
    "t13-two-states-ratify": apart(
        "Norway ratified the Fisheries Protocol in 2003.",
        "Iceland ratified the Fisheries Protocol in 2005.",
    ),
    "t14-agreed-then-completed": apart(
        "Marlow Foods agreed to buy Pett Dairies in 2015.",
        "Marlow Foods completed its purchase of Pett Dairies in 2016.",
    ),
    "t15-born-then-died": apart(
        "Anton Rielle was born in 1868.",
        "Rielle died in 1931.",
    ),
    "t16-discovered-then-named": apart(
        "The comet Tessaly was discovered in 2004.",
        "The comet Tessaly was named in 2006.",
    ),
    "t17-outbreak-then-over": apart(
        "The avian flu outbreak on Skara island began in March 2021.",
        "The avian flu outbreak on Skara island was declared over in 2022.",
    ),
    "t18-draft-then-final": apart(
        "A draft of the Meridian report was published in 2016.",
        "The final Meridian report was published in 2017.",
    ),
    "t19-closed-then-reopened": apart(
        "The Harlow gallery closed for repairs in 2004.",
        "The Harlow gallery reopened in 2006.",
    ),
    "t20-imposed-then-lifted": apart(
        "The export ban on Lenvar beef was imposed in 1996.",
        "The export ban on Lenvar beef was lifted in 2006.",
    ),
    "t21-to-be-commissioned-by": apart(
        "The Brinton water plant was to be commissioned by 2020.",
        "The Brinton water plant was commissioned in 2022.",
    ),
    "t22-table-other-row": (
        "| Line | Opened |\n|---|---|\n| Ravel Line | 2011 |\n| Ferrin Line | 2013 |\n\n"
        "The Ferrin Line opened in 2013, two years after the Ravel Line."
    ),
    "t23-withdrew-from-two-places": apart(
        "The peacekeeping force withdrew from Arvola in 2009.",
        "The peacekeeping force withdrew from Bessin in 2011.",
    ),
    "t24-running-since-then-extended": (
        "The Hollin bus route has been running since 2009; it was extended to the airport in 2012."
    ),
    "t25-launched-in-future-other": apart(
        "The Kelby tunnel will open in 2027.",
        "Work on the Kelby tunnel started in 2021.",
    ),
    "t26-another-subject-possessive": apart(
        "Norway's ratification of the Fisheries Protocol in 2003 opened the northern grounds.",
        "Iceland's ratification of the Fisheries Protocol in 2005 came after an election.",
    ),
    # -- round 2 traps
    "u01-built-then-extended": apart(
        "The Corby almshouse was built in 1702.",
        "The Corby almshouse was extended in 1712.",
    ),
    "u02-expected-then-delayed": apart(
        "The Ashmore incinerator was expected to open in 2024.",
        "The Ashmore incinerator opened in 2026 after delays.",
    ),
    "u03-introduced-then-raised": apart(
        "The congestion charge in Telby was introduced in 2008.",
        "The congestion charge in Telby was raised in 2012.",
    ),
    "u04-approved-two-uses": apart(
        "The drug Velocin was approved for adults in 2015.",
        "Velocin was approved for children in 2018.",
    ),
    "u05-premiere-then-revival": apart(
        "The opera Salt Tide premiered in Bergen in 2003.",
        "Salt Tide was revived in Oslo in 2009.",
    ),
    "u06-date-first-restated": apart(
        "In March 2019, the Pirna flood barrier was completed.",
        "The Pirna flood barrier, completed in March 2019, protects the old town.",
    ),
    "u07-relative-consistent": apart(
        "The Tamsin Act was passed in 2010 and came into force a year later.",
        "The Tamsin Act came into force in 2011.",
    ),
    "u08-company-founded-then-listed": apart(
        "Brightwater Ltd was founded in 1999 by two engineers.",
        "Brightwater was listed on the stock exchange in 2006.",
    ),
    "u09-took-office-then-left": apart(
        "Dr Helen Ashby took office as chief medical officer in 2016.",
        "Ashby left office in 2020.",
    ),
    "u10-dispute-began-then-settled": apart(
        "The Arlen pay dispute began in November 2017.",
        "The Arlen pay dispute was settled in November 2018.",
    ),
    # -- traps of this session's readings
    "z01-born-sibling": apart(
        "Anton Rielle was born in Graz in 1868.",
        "Born in 1871, his sister Clara Rielle sang at the court opera.",
    ),
    "z02-founded-other-body": apart(
        "Founded in 1952, the Amsel Trust has funded over two hundred studies.",
        "The Amsel Foundation was founded in 1960 by the same family.",
    ),
    "z03-two-deaths": apart(
        "The composer Anton Rielle died in 1931.",
        "His widow, Marie Rielle, died in 1940.",
    ),
    "z04-resigned-two-offices": apart(
        "Carla Ruiz resigned as finance minister in June 2019.",
        "Ruiz resigned from parliament in June 2022.",
    ),
    "z05-two-firms-fail": apart(
        "The Garrow shipyard went bankrupt in 1983.",
        "The Garrow ferry company collapsed in 1990.",
    ),
    "z06-premiere-elsewhere": apart(
        "The opera Salt Tide premiered in Bergen in 2003.",
        "Salt Tide had its London premiere in 2005.",
    ),
    "z07-second-edition-appeared": apart(
        "The coastal erosion survey appeared in 2014.",
        "A second edition of the coastal erosion survey appeared in 2018.",
    ),
    "z08-decided-to-close": apart(
        "The council decided to close the Marsh Road depot in 2004.",
        "The Marsh Road depot closed in 2006 and the site became housing.",
    ),
    "z09-table-announced-column": (
        "| Plant | Announced |\n|---|---|\n| Kelso plant | 2016 |\n| Orrin plant | 2017 |\n\n"
        "The Kelso plant opened in 2019, three years after it was announced."
    ),
    "z10-heading-replacement": (
        "## The 2014 launch of the Tern satellite\n\n"
        "A replacement Tern satellite was launched in 2019 after the first one failed."
    ),
    "z11-two-qualified-satellites": apart(
        "The Tern weather satellite was launched in 2015.",
        "The Tern relay satellite was launched in 2017.",
    ),
    "z12-pledged-to-open": apart(
        "The trust pledged to open the Corby almshouse museum in 2015.",
        "The Corby almshouse museum opened in 2018.",
    ),
    "z13-became-office-elsewhere": apart(
        "Priya Nair was appointed chief executive of Corvell in March 2017.",
        "Nair became chair of the Haldon Trust in March 2019.",
    ),
    "z14-became-market-leader": apart(
        "Fenwick Bank was founded in 1988.",
        "Fenwick Bank became the market leader in 1994.",
    ),
    "z15-became-then-left": apart(
        "Tomas Berg became mayor of Lindholm in 2010.",
        "Berg stepped down as mayor of Lindholm in 2016.",
    ),
}

MISSED: dict[str, str] = {
    "f06-has-operated-since": "a start said by its first instance ('made its first crossing', 'first flight'): no class",
    "f07-dates-from": "'dates from' a year and 'was built': building is no event class, 'dates from' no state",
    "f11-fiscal-year": "a fiscal year ('2012/13') is not read as a date",
    "g02-adopted-then-approved": "an approval is its own kind (fact_of), not an adoption, outside a body's vote",
    "p01-awarded-then-received": "a prize awarded and received: the award class is a contract's only",
    "n05-pronoun-next-sentence": "a subject 'It' resolved to the last noun of the sentence before ('the storm'), not its subject",
    "r02-released-then-launch": "a product's release (publication) and its launch (start) are classes apart",
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", DEFECTS, TRAPS, missed=MISSED, wrap=FRONT + "# Report\n\n{}\n"
)

# -- pdftotext-style plain text, hard line breaks inside sentences
TEXT_DEFECTS = {
    "pt01-commissioned-then-commissioning": (
        "REPORT\n\nThe Brinton water treatment plant was\ncommissioned in April 2010 and serves\n"
        "forty thousand homes.\n\nThe plant's managers say costs have fallen. Staff\nwere retrained.\n\n"
        "Since the commissioning of the Brinton water\ntreatment plant in April 2011, leaks have\nfallen by a third.\n"
    ),
    "pt02-founded-then-since-its-founding": (
        "REPORT\n\nThe Orla housing cooperative was founded\nin 1978 by twelve families.\n\n"
        "Rents were kept low. Members met monthly.\n\n"
        "Since its founding in 1979, the Orla housing\ncooperative has built three hundred homes.\n"
    ),
    "pt03-elected-then-election": (
        "REPORT\n\nHanne Solberg was elected chair of the Fjord\nPorts Authority in 2015.\n\n"
        "The authority manages six harbours. Traffic grew.\n\n"
        "Solberg's election as chair of the Fjord Ports\nAuthority in 2016 followed a long contest.\n"
    ),
    "pt04-hyphen-broken-word": (
        "REPORT\n\nThe Brinton water treatment plant was commis-\nsioned in April 2010 and serves\n"
        "forty thousand homes.\n\nThe plant's managers say costs have fallen. Staff\nwere retrained.\n\n"
        "Since the commissioning of the Brinton water\ntreatment plant in April 2011, leaks have\nfallen by a third.\n"
    ),
}
TEXT_TRAPS = {
    "ptt01-signed-then-in-force": (
        "REPORT\n\nThe Baltic Grid Agreement was signed in\nMarch 2017 by three states.\n\n"
        "The grid links their networks. Prices converged.\n\n"
        "The Baltic Grid Agreement entered into force\nin January 2019.\n"
    ),
    "ptt02-restated": (
        "REPORT\n\nThe Orla housing cooperative was founded\nin 1978 by twelve families.\n\n"
        "Rents were kept low. Members met monthly.\n\n"
        "Since its founding in 1978, the Orla housing\ncooperative has built three hundred homes.\n"
    ),
}
TEXT_MISSED: dict[str, str] = {}

test_text_defect_found, test_text_trap_silent = variant_tests(
    "DT001", TEXT_DEFECTS, TEXT_TRAPS, missed=TEXT_MISSED, reader="text", wrap="{}"
)

# -- HTML
HTML = "<html><head><title>Report</title></head><body><h1>Report</h1>{}</body></html>\n"
HTML_DEFECTS = {
    "h01-reopened-then-reopening": (
        "<p>The Marrow Valley railway reopened in 2005 after a campaign by volunteers.</p>"
        "<p>Freight volumes recovered slowly. The quays were repaired.</p>"
        "<p>Since the reopening of the Marrow Valley railway in 2006, tourism has grown.</p>"
    ),
    "h02-list-item-then-prose": (
        "<ul><li>Lowmoor clinic opened: September 2014</li><li>Staff trained: 2015</li></ul>"
        "<p>The Lowmoor clinic opened in September 2015 and sees 200 patients a week.</p>"
    ),
    "h03-table-cell": (
        "<table><tr><th>Reserve</th><th>Designated</th></tr><tr><td>Callow Marsh</td><td>1991</td></tr>"
        "<tr><td>Bryn Heath</td><td>1995</td></tr></table>"
        "<p>Callow Marsh was designated a nature reserve in 1993.</p>"
    ),
}
HTML_TRAPS = {
    "ht01-reopened-restated": (
        "<p>The Marrow Valley railway reopened in 2005 after a campaign by volunteers.</p>"
        "<p>Since the reopening of the Marrow Valley railway in 2005, tourism has grown.</p>"
    ),
    "ht02-table-other-row": (
        "<table><tr><th>Reserve</th><th>Designated</th></tr><tr><td>Callow Marsh</td><td>1991</td></tr>"
        "<tr><td>Bryn Heath</td><td>1995</td></tr></table>"
        "<p>Bryn Heath was designated a nature reserve in 1995.</p>"
    ),
}
HTML_MISSED: dict[str, str] = {
    "h03-table-cell": "the HTML reader gives each table cell its own block: no row to read",
}

test_html_defect_found, test_html_trap_silent = variant_tests(
    "DT001", HTML_DEFECTS, HTML_TRAPS, missed=HTML_MISSED, reader="html", wrap=HTML
)
