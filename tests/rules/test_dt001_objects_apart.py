"""DT001 (twelfth session): two events are one only when their event and their object
agree. Our own sentences, each pair set apart by a page of unrelated filler. Defects: a
thing said "she" by the sentence before's name, "entered service" / "in service since",
one obligation's deadline given twice. Traps: two documents of one family ("the … Directive"
/ "the … Plan"), a year that labels which edition ("the results of its 2021 census"), a
part of a thing ("the museum's east wing"), a second clause coordinated after a fronted date
("In 2012 a rulebook was set up … and the service still follows it"), "another" member of a
group, deadlines of other duties, moved or in a series; a capital that acts for its country
("Accra's emergency declaration") is the country, not when it is the city.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_dt001_objects import _doc

DEFECTS = {
    "d1-she-named-the-sentence-before": _doc(
        "The harbour's newest hybrid tug is *Marit*, which works the quays at Vardø. She entered service on"
        " 3 June 2020, with a battery of about 2 MWh.",
        "In Vardø, Marit, in service since June 2019, still tows most of the trawlers.",
    ),
    "d2-entered-service-then-in-service-since": _doc(
        "The survey vessel Kestrel Dawn entered service on 9 April 2016 after sea trials off Oban.",
        "Kestrel Dawn, in service since April 2017, maps the seabed for the cable owners.",
    ),
    "d3-deadline-restated": _doc(
        "Member states had to bring the packaging rules into national law by 18 March 2016. Several were late.",
        "Since the packaging rules had to be in national law by 18 March 2017, shoppers have seen fewer bags.",
    ),
    "d4-deadline-fewer-words": _doc(
        "Clinics were required to register every scanner with the radiation agency by 1 July 2021.",
        "Because clinics had to register every scanner by 1 July 2022, the agency's list is now complete.",
    ),
    "d5-a-capital-for-its-country": _doc(
        "Ghana declared the flooding a national emergency on 4 May 2019, freeing army trucks for relief.",
        "Aid arrived slowly after Accra's emergency declaration in May 2020.",
    ),
}

TRAPS = {
    "t1-directive-then-plan-of-one-family": _doc(
        "This yearly exercise grew out of the March 2018 Quiet Streets Directive issued by the transport"
        " office, which told every parish to cut the cost of its street lighting.",
        "Quiet Streets Plans can also spread ideas: in its first Quiet Streets Plan in 2019, the Harbour"
        " Board included a promise to dim the quay lamps.",
    ),
    "t1b-a-third-name-ends-with-the-shared-word": _doc(
        "This yearly exercise grew out of the March 2018 Quiet Streets Directive issued by the transport"
        " office, which carried out the Minister's Charter on Lighting and Quiet Streets.",
        "Quiet Streets Plans can also spread ideas: in its first Quiet Streets Plan in 2019, the Harbour"
        " Board included a promise to dim the quay lamps.",
    ),
    "t2-two-buildings-of-one-name": _doc(
        "The Orla Museum opened on 2 May 2014 in the old mill.",
        "Since the Orla Library opened in May 2015, the square has been busy on Saturdays.",
    ),
    "t3-year-labels-the-edition": _doc(
        "The Weavers' Guild published the results of its 2021 Member Census, which counted 4,120 members.",
        "The Weavers' Guild has released the results of its 2020 member census, which covers looms and yarn prices.",
    ),
    "t4-a-part-of-the-thing": _doc(
        "The Ostra Maritime Museum opened on 6 May 2015 in the old customs house.",
        "The museum's east wing opened in June 2016, with the lifeboat collection.",
    ),
    "t5-a-part-said-with-of": _doc(
        "The Ostra Maritime Museum opened on 6 May 2015 in the old customs house.",
        "The east wing of the museum opened in June 2016, with the lifeboat collection.",
    ),
    "t6-fronted-date-then-a-second-clause": _doc(
        "When the river pilot service was first set up in 2011, little thought was given to the rules for"
        " tankers at the time.",
        "In 2012 a rulebook was set up just for tankers and the service still follows it to this day.",
    ),
    "t7-fronted-date-then-a-second-clause-other-verb": _doc(
        "When the `arm-tiny` target was originally added in 2014, little care was given to the calling"
        " convention at the time. In 2015 a convention definition was added just for that chip and the"
        " target is still using it.",
        "Nothing else changed.",
    ),
    "t8-another-member-of-the-group": _doc(
        "- mireille, reviewer\n    - mireille started out in the coastal erosion study group back in 2016 and"
        " has been part of the team since.",
        "- tobiask, reviewer\n    - tobiask is another veteran of the coastal erosion study group, starting"
        " to contribute in late 2015.",
    ),
    "t9-deadlines-of-other-duties": _doc(
        "Owners had to register their boats with the harbour office by 1 March 2020.",
        "Owners had to insure their boats by 1 March 2021.",
    ),
    "t10-a-deadline-extended": _doc(
        "Member states had to bring the packaging rules into national law by 18 March 2016.",
        "The deadline was later extended, and the packaging rules had to be in national law by 18 March 2017.",
    ),
    "t10b-a-deadline-extended-in-a-dated-sentence": _doc(
        "Member states had to bring the packaging rules into national law by 18 March 2016. In June 2015"
        " the ministers extended the time for the packaging rules.",
        "Since the packaging rules had to be in national law by 18 March 2017, shoppers have seen fewer bags.",
    ),
    "t11-a-series-of-deadlines": _doc(
        "Farms had to file a manure plan by 1 May 2019, and farms had to file a water plan by 1 May 2020.",
        "Farms also had to file a soil plan by 1 May 2021.",
    ),
    "t12-she-a-person": _doc(
        "The chair of the water trust is Ruth Ames. She began work on 3 May 2021.",
        "The water trust began work in May 2022, a year after it was founded.",
    ),
    "t13-she-and-a-sister-ship": _doc(
        "The older ferry is Tova. She entered service on 3 May 2012.",
        "Her sister ship Liv, in service since May 2013, is the faster of the two.",
    ),
    "t14-a-capital-as-a-city": _doc(
        "Ghana declared the flooding a national emergency on 4 May 2019, freeing army trucks for relief.",
        "The Accra city council made its own emergency declaration in May 2020, for the drains.",
    ),
    "t15-another-country-s-capital": _doc(
        "Togo declared the flooding a national emergency on 4 May 2019, freeing army trucks for relief.",
        "Aid arrived slowly after Accra's emergency declaration in May 2020.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap="{}")
