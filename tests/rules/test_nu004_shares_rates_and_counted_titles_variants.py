"""NU004 on the same measure written differently in the text and in the cited title
(family NU, session 18), in our own sentences:

- a share in words against a percentage or another share in words ("fallen by almost
  two-thirds" / "74 per cent lower"; "three in ten" is no share here), with a fraction's
  coarseness allowed ("a third" is 30% too) and its hedge's direction held;
- a change whose verb stands further from its "by" ("cut the number of ... by 9%") or
  whose word of change follows the figure ("22 per cent lower");
- a count per the same period in both ("1,000 donkeys a day" / "1,500 animals a day")
  whatever each counts;
- a title that names what it counts before its figure ("Payday loan numbers fall to 1.2
  million").

Traps: the title's figure for another measure or year, a rounded restatement, a share
the fraction rounds to, a count per another period, a part of the title's total."""

from __future__ import annotations

from tests.rules._variants import variant_tests


def _cited(sentence: str, title: str) -> str:
    return f'{sentence}[^1]\n\n[^1]: Field Office, "{title}", 3 March 2025.'


DEFECTS = {
    # a share in words against the title's percentage, the same change
    "almost two-thirds / 74 per cent lower": _cited(
        "Use of the pesticide on orchards has fallen by almost two-thirds since 2015.",
        "Orchard pesticide use 74 per cent lower than in 2015",
    ),
    "nearly half / 58% of": _cited(
        "Nearly half of the surveyed libraries have cut their opening hours.",
        "58% of libraries cut opening hours, survey finds",
    ),
    "a third of / two-thirds of (both in words)": _cited(
        "A third of the county's bridges need urgent repairs, the engineers found.",
        "Two-thirds of county bridges need urgent repairs",
    ),
    # a share in words that is the subject of its clause, of the people the text speaks of
    "just over half said / two-thirds of": _cited(
        "We asked 900 tenants about their boilers. Just over half said that repairs took more than a week.",
        "Two-thirds of tenants wait over a week for boiler repairs",
    ),
    "nearly a third reported / 45%": _cited(
        "The union polled its members in May; nearly a third reported working unpaid overtime every week.",
        "45% of union members work unpaid overtime",
    ),
    "three-quarters agreed / half of": _cited(
        "Three-quarters agreed that the new timetable had made their commute easier, the survey found.",
        "Half of commuters say new timetable made commute easier",
    ),
    # a change whose verb is further from "by", or whose word of change follows the figure
    "cut ... by 9%": _cited(
        "Over two winters, heating demand in the refitted flats fell by 15 per cent.",
        "Insulation refit cut heating demand in council flats by 9%",
    ),
    "22 per cent lower": _cited(
        "Fares on the night buses rose by 12 per cent after the franchise changed hands.",
        "Night bus fares 22 per cent higher under new franchise",
    ),
    "reduced ... by a quarter": _cited(
        "The new triage desk cut waiting times in the emergency department by 40 per cent.",
        "Triage desk reduced emergency waiting times by a quarter",
    ),
    # the same period, other nouns
    "a day / a day": _cited(
        "At the height of the season the ferries carried about 3,000 cars a day.",
        "Island ferries moving 4,200 vehicles a day in August",
    ),
    "every year / a year": _cited(
        "Some 9,000 children are diagnosed with the condition every year.",
        "12,500 new diagnoses a year, registry shows",
    ),
    "per week / weekly": _cited(
        "The food bank handed out 2,600 parcels per week over the winter.",
        "Food bank distributing 1,900 food packages weekly",
    ),
    # what the title counts before its figure
    "X numbers fall to N": _cited(
        "Farmers kept 1.4 million such hives in 2024.",
        "Hive numbers fall to 1.1 million in 2024",
    ),
    "X count rises to N": _cited(
        "Outreach teams counted 3,200 rough sleepers in the city last winter.",
        "Rough sleeper count rises to 4,100",
    ),
    "X total hits N": _cited(
        "Bailiffs carried out 12,000 evictions over the year.",
        "Eviction total hits 15,400 as arrears grow",
    ),
}
TRAPS = {
    "two-thirds / 64 per cent (the fraction rounds it)": _cited(
        "Use of the pesticide on orchards has fallen by almost two-thirds since 2015.",
        "Orchard pesticide use 64 per cent lower than in 2015",
    ),
    "a third / 30%": _cited(
        "A third of the county's bridges need urgent repairs, the engineers found.",
        "30% of county bridges need urgent repairs",
    ),
    "more than half / 58%": _cited(
        "More than half of the surveyed libraries have cut their opening hours.",
        "58% of libraries cut opening hours, survey finds",
    ),
    "just over half said / 53% of": _cited(
        "We asked 900 tenants about their boilers. Just over half said that repairs took more than a week.",
        "53% of tenants wait over a week for boiler repairs",
    ),
    "a subject share whose clause shares no word with the title": _cited(
        "We asked 900 tenants about their homes. Nearly a third said the rent had risen twice.",
        "Two-thirds of tenants wait over a week for boiler repairs",
    ),
    "a subject share beside another share in its clause": _cited(
        "The union polled its members; nearly a third reported working unpaid overtime, 12% of them every week.",
        "45% of union members work unpaid overtime",
    ),
    "a share of another base": _cited(
        "Half of the river's length now meets the bathing standard.",
        "River clean-up: 80% of monitoring sites improved",
    ),
    "a rounded change": _cited(
        "Over two winters, heating demand in the refitted flats fell by 9 per cent.",
        "Insulation refit cut heating demand in council flats by 9.4%",
    ),
    "a change against a level": _cited(
        "Fares on the night buses rose by 12 per cent after the franchise changed hands.",
        "Night buses: 22 per cent of journeys late under new franchise",
    ),
    "another period": _cited(
        "At the height of the season the ferries carried about 3,000 cars a day.",
        "Island ferries moving 42,000 vehicles a week in August",
    ),
    "a part of the title's daily total": _cited(
        "At the height of the season the ferries carried about 1,000 lorries a day.",
        "Island ferries moving 4,200 vehicles a day in August",
    ),
    "a rounded restatement of a period count": _cited(
        "Some 12,000 children are diagnosed with the condition every year.",
        "12,500 new diagnoses a year, registry shows",
    ),
    "the title's count of another noun": _cited(
        "Farmers kept 1.4 million such hives in 2024.",
        "Beekeeper numbers fall to 41,000 in 2024",
    ),
    "the title's count restated": _cited(
        "Outreach teams counted about 4,000 rough sleepers in the city last winter.",
        "Rough sleeper count rises to 4,100",
    ),
    "a percentage after the counted noun": _cited(
        "Bailiffs carried out 12,000 evictions over the year.",
        "Eviction total rises 15 per cent as arrears grow",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS)
