"""NU003 probes of session 26 (the lead's own words): a figure of a table cell restated in
the prose with another value, where the column's header names what the figures count and
the period ("Passengers, 2024", "Recreation visits 2023", "2025 arrivals") and the row's
label names the thing (a route, a park, a port), wherever the prose sentence stands (the
body, a summary, a last section). A label of two names shared with other rows
("Kelport–Ardmore" beside "Ardmore–Fenna") names its row when the sentence names every
one of its words. Traps: another year's figure, another row's thing, a total row, a share
or a price column, a part of the row's figure ("in summer"), the same value restated."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import PAGE


def table(header: str, rows: list[str]) -> str:
    cols = header.count("|") - 1
    return "\n".join([header, "|" + " --- |" * cols, *rows])


FERRIES = table(
    "| Route | Passengers, 2024 | Vehicles, 2024 |",
    [
        "| Kelport–Ardmore | 412,000 | 61,500 |",
        "| Kelport–Sandholm | 198,000 | 23,900 |",
        "| Ardmore–Fenna | 87,000 | 9,200 |",
    ],
)
PARKS = table(
    "| Park | Recreation visits 2023 | Rangers |",
    ["| Black Ridge | 1,482,000 | 38 |", "| Cedar Hollow | 655,000 | 21 |", "| Mesa Verdant | 903,000 | 29 |"],
)
PORTS = table(
    "| Port | 2025 arrivals | 2025 departures |",
    ["| Valdora | 3,120 | 3,090 |", "| Ostrand | 1,870 | 1,910 |", "| Total | 4,990 | 5,000 |"],
)

FACTS = table(
    "| Indicator | Value |",
    ["| Households connected, 2024 | 12,400 |", "| Towers built (2023) | 41 |", "| Programme launched | 2019 |"],
)
YEARS = table(
    "| Indicator | 2023 | 2024 |",
    ["| Clinic visits | 1.84 million | 2.06 million |", "| Nurses employed | 3,100 | 3,350 |"],
)


def doc(tab: str, prose: str, summary: str = "") -> str:
    top = f"## Summary\n\n{summary}\n\n" if summary else ""
    return (
        f"{top}## Traffic\n\nThe figures below come from the operators' returns.\n\n{tab}{PAGE}{prose}\n\nMore follows."
    )


DEFECTS = {
    "route in the body": doc(FERRIES, "The Kelport–Sandholm route carried 219,000 passengers in 2024."),
    "route of two shared names": doc(FERRIES, "The Kelport–Ardmore route carried 71,500 vehicles in 2024."),
    "park, other verb": doc(PARKS, "Black Ridge received 1,284,000 recreation visits in 2023, a record."),
    "a column of no period": doc(PARKS, "Cedar Hollow employed 25 rangers in 2023."),
    "port in the summary": doc(PORTS, "Arrivals fell in the north.", summary="Ostrand logged 1,780 arrivals in 2025."),
    "a key fact with its own period": doc(
        FACTS, "By the end of 2024 some 14,900 households were connected to the network."
    ),
    "an indicator with its scale in the cell": doc(YEARS, "Clinics recorded roughly 2.3 million visits in 2024."),
}
TRAPS = {
    "a participle of the header against another group": doc(
        table("| Hospital | Patients discharged, 2024 |", ["| Northgate | 5,600 |", "| Southmere | 4,100 |"]),
        "Northgate counted some 5,200 newly admitted patients in 2024.",
    ),
    "a key fact restated": doc(FACTS, "The programme built 41 towers in 2023, most of them on hilltops."),
    "a key fact of another year": doc(FACTS, "Only 9,800 households were connected by the end of 2023."),
    "an indicator's other year": doc(YEARS, "Clinics recorded 1.84 million visits in 2023 and more since."),
    "another year": doc(FERRIES, "In 2023 the Kelport–Sandholm route carried 219,000 passengers."),
    "the same value": doc(FERRIES, "The Kelport–Sandholm route carried 198,000 passengers in 2024."),
    "another row's thing": doc(PARKS, "Across the three parks, 2,950,000 recreation visits were logged in 2023."),
    "the total row": doc(PORTS, "The two ports saw 4,990 arrivals in 2025."),
    "a part of the row's figure": doc(
        FERRIES, "In the summer of 2024 alone the Kelport–Sandholm route carried 150,000 passengers."
    ),
    "new rangers are a part": doc(PARKS, "Cedar Hollow hired 25 new rangers in 2023."),
    "another park's visits": doc(PARKS, "Nearby Pine Flats received 700,000 recreation visits in 2023."),
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS)
