"""NU003 probes of session 26 on shares and rates: one percentage (the same part of the same
whole, in the same scope and period) stated twice with two values. Written from the
shapes writers used, in domains of their own: a share restated as a noun phrase with its
period in front ("the 2022 vacancy rate of N%"), a possessive or "share of" form against
"N% of the whole", a share said "M in every 100", a share with another percentage of no
named measure or a threshold nearby, a figure attributed to a speaker ("in X's words").
Traps of the same shapes must stay silent: a share of another whole, another year or
month, a subgroup, a target against an outturn, a share and its change in points, two
shares set side by side in one sentence, a range, a threshold, a rate of growth against a
share, a correct restatement."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

DEFECTS = {
    # a share restated as a noun phrase, its period in front
    "rate noun phrase": apart(
        "The landlords' survey found office vacancies of 11.2% in 2022, up from 9.8% in 2021.",
        "Brokers say the 2022 vacancy rate of 12.1% hides deep differences between districts.",
    ),
    "rate noun phrase threshold": apart(
        "The audit found forecasting errors of 14.6% in 2023. Lenders treat errors above 10% as a warning sign.",
        "The agency says its 2023 forecasting error of 16.4% came from one late tender.",
    ),
    "yield noun phrase": apart(
        "The orchard co-operative reported a harvest loss of 8.3 percent in 2021.",
        "Growers blamed hail for the 2021 harvest loss of 9.1 percent across the co-operative.",
    ),
    # a share of a whole, restated with the same whole
    "share of whole": apart(
        "In 2024, 47 per cent of the library's loans were e-books, the catalogue report shows.",
        "Staff say the e-books that made up 41 per cent of the library's loans in 2024 cost more to license.",
    ),
    "share of whole other headless": apart(
        "In 2023, 62% of the ferry company's crossings left on time.\n\nAbout 58% of passengers "
        "said they would travel again.",
        "The ferry company's 2023 record, with 66% of crossings on time, was its worst in a decade.",
    ),
    # a speaker's words are no name of the figure
    "in her words": apart(
        "Kestrel Capital, the endowment's manager, delivered a return of 6.2 percent in 2023.",
        "The endowment's 2023 return of 6.8 percent was, in Okafor's words, mostly luck.",
    ),
    "in the words of": apart(
        "Lakeside Transit reported a fare evasion rate of 4.1% in 2024.",
        "The 2024 fare evasion rate of 4.7% was, in the words of Councillor Brandt, an embarrassment.",
    ),
    "as she put it": apart(
        "Under Ridgeway Health, the clinic's no-show rate was 12.4 per cent in 2022.",
        "As Dr Osei put it, the 2022 no-show rate of 14.2 per cent wasted everyone's time at the clinic.",
    ),
    # a share said "M in every 100", its group by a participle, a comparison after a comma
    "in every 100": apart(
        "In 2024, 72 per cent of the region's bridges passed their safety inspection.",
        "Engineers report that in 2024 only 67 in every 100 bridges inspected in the region passed.",
    ),
    "out of 100 participle": apart(
        "Lenders granted 58% of mortgage applications in 2023, a lower rate than in 2021.",
        "In 2023, 53 out of every 100 mortgage applications received were granted by lenders.",
    ),
    "in 100 applicants": apart(
        "The academy admitted 18 per cent of its applicants in 2022, a higher share than a decade earlier.",
        "Only 14 in 100 applicants to the academy were admitted in 2022.",
    ),
    # a comparison after the figure carries the other figure's "earlier" or "previous"
    "against a year earlier": apart(
        "In 2023, 27% of the city's bus journeys ran late, against a rate of 19% a year earlier.",
        "Riders' groups counted 31% of the city's bus journeys running late in 2023.",
    ),
    "compared with the previous season": apart(
        "In the 2022 season, 44 per cent of the ski resort's lift passes were sold online, compared with "
        "about a third the previous season.",
        "Online sales made up 49 per cent of the ski resort's lift passes in the 2022 season.",
    ),
    # a statement of its own after a colon dates nothing of the figure's
    "after a colon": apart(
        "In 2021, 22 per cent of the county's private wells failed the nitrate test.",
        "In 2021, 26 per cent of the county's private wells failed the nitrate test: grants for new filters "
        "ran until 2024.",
    ),
}

TRAPS = {
    # a share of another whole
    "another whole": apart(
        "In 2024, 38% of the port's imports were grain.",
        "Grain made up 34% of the port's exports in 2024.",
    ),
    "another year": apart(
        "The landlords' survey found office vacancies of 11.2% in 2022.",
        "Brokers say the 2023 vacancy rate of 12.1% hides deep differences between districts.",
    ),
    "another month": apart(
        "Punctuality on the tram network was 91.4% in March 2024.",
        "In April 2024 the tram network's punctuality rate of 88.2% disappointed the council.",
    ),
    "subgroup": apart(
        "In 2023, 38% of rural schools in the province lacked a science laboratory.",
        "In 2023, 32% of schools in the province lacked a science laboratory.",
    ),
    "share and its change": apart(
        "The share of renters in the city rose by 4 percentage points to 38% in 2022.",
        "Renters were 34% of the city's households in 2022, the census office says.",
    ),
    "target outturn": apart(
        "The utility aims for a 40% share of renewable power in 2030.",
        "The utility's share of renewable power reached 34% in 2024.",
    ),
    "comparison sentence": apart(
        "Mobile money reached 38% of adults in Lagos against 32% in Kano in 2023.",
        "Across the region, 35% of adults used mobile money in 2023.",
    ),
    "range": apart(
        "Repairs took 20 to 30 percent of the fleet out of service in 2023.",
        "In 2023, 27 percent of the fleet was out of service for repairs.",
    ),
    "threshold": apart(
        "The regulator sets a 25% cap on foreign ownership of broadcasters.",
        "Foreign investors owned 22% of the broadcasters in 2024.",
    ),
    "growth against share": apart(
        "Exports of cut flowers grew 12% in 2023.",
        "Cut flowers were 14% of the country's exports in 2023.",
    ),
    "correct restatement": apart(
        "The landlords' survey found office vacancies of 11.2% in 2022.",
        "Brokers say the 2022 vacancy rate of 11.2% hides deep differences between districts.",
    ),
    "rounded restatement": apart(
        "The landlords' survey found office vacancies of 11.2% in 2022.",
        "Brokers say the 2022 vacancy rate of about 11% hides deep differences between districts.",
    ),
    "two measures": apart(
        "In 2022 the bank's default rate was 3.1%.",
        "In 2022 the bank's recovery rate on defaulted loans was 3.8%.",
    ),
    "points against percent": apart(
        "The reform raises employers' contributions by 6 percentage points.",
        "Employers' contributions will rise by 7% under the reform.",
    ),
    "quoted another name": apart(
        "Northvale Water's leak rate was 23.5 percent in 2022, the regulator says.",
        "Southvale Water's 2022 leak rate of 25.3 percent was, in Okafor's words, a scandal.",
    ),
    "in every 100 other year": apart(
        "In 2024, 72 per cent of the region's bridges passed their safety inspection.",
        "Engineers report that in 2019 only 67 in every 100 bridges inspected in the region passed.",
    ),
    "in every 100 other group": apart(
        "In 2024, 72 per cent of the region's bridges passed their safety inspection.",
        "Engineers report that in 2024 only 67 in every 100 tunnels inspected in the region passed.",
    ),
    "in every 100 equal": apart(
        "In 2024, 72 per cent of the region's bridges passed their safety inspection.",
        "Engineers report that in 2024 only 72 in every 100 bridges inspected in the region passed.",
    ),
    "one in 100 years odds": apart(
        "The barrier protects against a flood with a 2% chance in any year.",
        "Planners designed the barrier for a 1 in 100 years flood.",
    ),
    "comparison level other year": apart(
        "Lenders granted 58% of mortgage applications in 2023, a lower rate than in 2021.",
        "In 2021, 63 out of every 100 mortgage applications received were granted by lenders.",
    ),
    "against a year earlier equal": apart(
        "In 2023, 27% of the city's bus journeys ran late, against a rate of 19% a year earlier.",
        "Riders' groups counted 19% of the city's bus journeys running late in 2022.",
    ),
    "after a colon other year": apart(
        "In 2021, 22 per cent of the county's private wells failed the nitrate test.",
        "In 2024, 26 per cent of the county's private wells failed the nitrate test: grants for new filters "
        "ran until 2026.",
    ),
    "two arrangements undated": apart(
        "The city of Lyon pays back 2.5 per cent of its parking revenue to the French state.",
        "Under a separate agreement, France pays the region 3.5 per cent of the parking revenue concerned.",
    ),
    "target after a colon": apart(
        "The plan set two goals: a recycling rate of 65 per cent and a landfill ban.",
        "The recycling rate is 58 per cent, the environment agency says.",
    ),
}

#: all found since session 26; before it, 10 of the 11 were missed (all but "yield noun
#: phrase") and the "subgroup" trap fired
MISSED: dict[str, str] = {}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED)
