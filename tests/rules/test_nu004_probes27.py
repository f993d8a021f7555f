"""NU004 probes (session 27, mix27's own words): a count whose noun heads its clause
through a container ("the number of families", "the list of patients", "the backlog of
cases") with an aside, a list or a qualifier set off by commas, "and" or "or" between it and
the count verb still counts that noun; a count verb that says a mark was passed ("passed",
"topped", "exceeded") makes the figure a lower bound. A share in words ("one small dairy in four") whose verb is a
past tense not in -ed ("lost", "saw", "paid") is a share like one whose verb is regular. Some
"of them" at the head of a sentence counts the noun the sentence before ended on ("… 64
licensed weirs. In 2024, 41 of them …"), and is compared with the title's part, never its
group's size. Traps: the restated figure, a figure
the bound allows, another period, a second clause with its own subject."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-06-10\n---\n\n# Report\n\n"


def note(sentence: str, title: str) -> str:
    return f'{FRONT}{sentence}[^1]\n\n[^1]: Monitor, "{title}", 3 March 2025, https://monitor.example.org/notes/one\n'


DEFECTS = {
    "shelters, aside set off by commas": note(
        "The number of families in emergency shelters across the region, including those placed in hotels,"
        " stood at 6,400 in 2024.",
        "4,900 families in emergency shelters in 2024",
    ),
    "vessels, list of kinds with or": note(
        "The number of vessels licensed to fish in the bay, whether trawlers, netters or potters, stood at 312 in 2023.",
        "Bay fleet shrinks to 268 licensed vessels in 2023",
    ),
    "pupils, places joined by or": note(
        "The number of pupils taught in temporary classrooms, portable units or borrowed halls reached 18,500 in 2024.",
        "12,300 pupils taught in temporary classrooms in 2024",
    ),
    "patients, a list passed a mark": note(
        "The list of patients waiting for a hip operation passed 41,000 in May 2024.",
        "More than 47,000 patients now waiting for hip operations",
    ),
    "cases, a backlog with an aside": note(
        "The backlog of cases awaiting trial in the county courts, civil and criminal, reached 67,000 in 2024.",
        "County court backlog hits 52,000 cases in 2024",
    ),
    "dairies, share with an irregular past verb": note(
        "About one small dairy in four lost at least one herd to disease in 2023.",
        "Half of small dairies lost a herd to disease in 2023",
    ),
    "households, share that paid": note(
        "One household in five paid at least one heating bill late in 2024.",
        "Two in five households paid heating bills late in 2024",
    ),
    "clinics, share that saw": note(
        "Roughly one clinic in three saw its waiting list double in 2024.",
        "Waiting lists doubled at 70% of clinics in 2024",
    ),
    "repair bill, a price base after the figure is no date": note(
        "The council put the repair bill for its sea walls at £310 million in 2022 prices.",
        "Sea wall repairs to cost £365 million, 2025 review finds",
    ),
    "weirs, some of them in the next sentence": note(
        "Along the river there are 64 licensed weirs. In the 2024 inspections, 41 of them were rated safe.",
        "35 of 64 licensed weirs rated safe in 2024",
    ),
    "care homes, some of them after a year": note(
        "The county has 230 registered care homes. In 2024, 61 of them were rated good.",
        "Inspectors rate 74 of 230 registered care homes good in 2024",
    ),
    "berths, some of them with a hedge": note(
        "The port has 48 deep-water berths. By 2024, only 12 of them had shore power.",
        "Shore power now at 20 of 48 deep-water berths",
    ),
}
TRAPS = {
    "some of them as the title gives them": note(
        "The trust runs 120 branch libraries. Since 2020, 18 of them have closed for good.",
        "18 of 120 branch libraries closed since 2020",
    ),
    "them is another noun of the sentence before": note(
        "The county has 230 registered care homes and many day centres. In 2024, 61 of them were rated good.",
        "Inspectors rate 74 of 230 registered care homes good in 2024",
    ),
    "them is a noun of its own sentence": note(
        "The county has 230 registered care homes. Inspectors found most day centres full, and 61 of them were"
        " rated good.",
        "Inspectors rate 74 of 230 registered care homes good in 2024",
    ),
    "share in words as the title gives it": note(
        "About one small dairy in four lost at least one herd to disease in 2023.",
        "A quarter of small dairies lost a herd to disease in 2023",
    ),
    "share of another year": note(
        "One household in five paid at least one heating bill late in 2024.",
        "Two in five households paid heating bills late in 2021",
    ),
    "share as coarse as its fraction": note(
        "Roughly one clinic in three saw its waiting list double in 2024.",
        "Waiting lists doubled at 35% of clinics in 2024",
    ),
    "restated as the title gives it": note(
        "The number of vessels licensed to fish in the bay, whether trawlers, netters or potters, stood at 268 in 2023.",
        "Bay fleet shrinks to 268 licensed vessels in 2023",
    ),
    "a bound the title's figure meets": note(
        "The list of patients waiting for a hip operation passed 41,000 in May 2024.",
        "42,700 patients now waiting for hip operations",
    ),
    "another period": note(
        "The number of families in emergency shelters across the region, including those placed in hotels,"
        " stood at 6,400 in 2024.",
        "4,900 families in emergency shelters in 2021",
    ),
    "a second clause with its own subject": note(
        "The number of pupils in temporary classrooms fell, and applications for new places reached 18,500 in 2024.",
        "12,300 pupils taught in temporary classrooms in 2024",
    ),
    "the aside counts a part": note(
        "The backlog of cases awaiting trial, 52,000 of them criminal, grew again in 2024.",
        "County court backlog hits 52,000 cases in 2024",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS, wrap="{}")
