"""AR004 on breakdowns whose words got in the way of reading them (family AR, session 17):
a small number in words inside the whole's or a part's label ("in the first two years",
"six weeks after", "from closing the two depots"), a part's label longer than a few words,
"such as" or "including" that describe what one part holds (not a selection of parts), a
part that is the negation of another ("had no …"), and a last part that says what it is in
a clause of its own after parts that leave the verb out. Traps: the same shapes where the
parts add up, where "including" introduces a figure (a selection), and where the parts are
facts of their own. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "time span in the whole's words": "Of the 2,650 apprentices who enrolled over the past three years, "
    "1,480 were in building trades, 610 in engineering and 390 in catering.",
    "time span before a colon": "The inspectors revisited 540 care homes nine months after the new rules: "
    "312 had improved, 171 were unchanged and 83 had got worse.",
    "number in words after a determiner in a part": "The trust expects to save £6.8 million a year, made up of "
    "£3.1 million from closing the two depots, £2.2 million from shared payroll and £0.9 million from energy.",
    "number in words in the first part's words": "The museum's £14 million grant is split into £7.5 million for "
    "the three new galleries, £4.1 million for the roof and £1.6 million for the archive.",
    "long part labels": "Of the €84 million set aside for 2025, €41 million went to regional hospitals and their "
    "outpatient clinics, €27 million to community pharmacies and mobile vaccination teams, and €19 million to "
    "research.",
    "such as inside a part": "Last year the charity spent £9.4 million. Of that, £5.2 million went on direct grants, "
    "£2.6 million on services such as advice lines and counselling, and £1.9 million on fundraising.",
    "including inside a part": "Of the 760 bridges inspected, 402 were in good order, 251 were in need of repairs "
    "including new bearings and 131 were closed to lorries.",
    "a part that negates another": "Of the 930 farms we visited, 455 had a covered slurry tank, 270 had an open "
    "lagoon, and 240 had no slurry storage at all.",
    "a negation with other words": "Of the 620 libraries on our list, 288 lent e-readers, 173 lent laptops and 198 lent "
    "no devices at all.",
    "last part in its own clause": "For 2026 the fare is £4.80. Of this, £2.95 goes on drivers' wages, £0.85 on fuel, "
    "£0.62 on maintenance, and £0.48 is profit.",
    "last part with its own verb after gapped parts": "Of the 1,150 claims settled, 640 were paid within a month, "
    "310 within three months and 240 took longer.",
}
TRAPS = {
    "time span, parts that add up": "Of the 2,650 apprentices who enrolled over the past three years, "
    "1,650 were in building trades, 610 in engineering and 390 in catering.",
    "time span before a colon, parts that add up": "The inspectors revisited 540 care homes nine months after the "
    "new rules: 286 had improved, 171 were unchanged and 83 had got worse.",
    "number in words in a part, parts that add up": "The trust expects to save £6.2 million a year, made up of "
    "£3.1 million from closing the two depots, £2.2 million from shared payroll and £0.9 million from energy.",
    "long part labels that add up": "Of the €87 million set aside for 2025, €41 million went to regional hospitals "
    "and their outpatient clinics, €27 million to community pharmacies and mobile vaccination teams, and "
    "€19 million to research.",
    "including before a figure: a selection": "Of the 760 bridges inspected, including 402 that were sound, 251 "
    "needed repairs and 131 were closed.",
    "includes before the parts": "The network of 760 bridges includes 402 steel bridges, 251 concrete ones and "
    "131 of stone.",
    "a negation, parts that add up": "Of the 930 farms we visited, 420 had a covered slurry tank, 270 had an open "
    "lagoon, and 240 had no slurry storage at all.",
    "last part in its own clause, adds up": "For 2026 the fare is £4.90. Of this, £2.95 goes on drivers' wages, "
    "£0.85 on fuel, £0.62 on maintenance, and £0.48 is profit.",
    "overlapping words are no negation": "Of the 930 farms we visited, 455 had a slurry store in good repair, "
    "270 had a store that leaked, and 240 had no pit.",
    "facts of their own": "Of the 1,200 inspections, 640 found faults, 380 were done at night and 230 led to fines.",
    "a count in words is the whole": "Of the twelve members, seven voted for and five against.",
}

test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS)
