"""NU003 on a restatement that names its country by the adjective its name does not spell
("Dutch" / "the Netherlands", "Swiss" / "Switzerland", "Greek" / "Greece"; issue 12, session
10), a body named by the last word of its name against its acronym ("the Union" / "the EU"),
and a name inside the counted thing as the count's scope ("164 Turkish offshore fish farms"
is not Greece's 146). Traps: the restatement agrees, another country, another year.
Our own sentences, in domains outside the evaluation set, none run before the code was
written (the first run is in HELD_BACK)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

F = "The inspectors visited each site twice and wrote to every operator. Their notes were checked by a second team. "


def _doc(body: str, closing: str) -> str:
    return (
        "---\ntitle: A report\npublication_date: 2025-06-02\n---\n\n# A report\n\n## 1. Background\n\n"
        f"{F}\n\n## 2. The figures\n\n{body} {F}\n\n## 3. Other matters\n\n{F}\n\n## 4. Conclusions\n\n{closing}\n"
    )


DEFECTS = {
    "adj1": _doc(
        "Operators in Switzerland shut 23 cable cars in 2024 after the inspections.",
        "The closure of 32 Swiss cable cars in 2024 has hurt village tourism.",
    ),
    "adj2": _doc(
        "Greece licensed 146 offshore fish farms in 2023, most of them in the Aegean.",
        "The 164 Greek offshore fish farms licensed in 2023 share a handful of vets.",
    ),
    "adj3": _doc(
        "Ferry operators in the Netherlands retired 38 diesel vessels in 2024.",
        "The retirement of 31 Dutch diesel ferries in 2024 cut harbour emissions.",
    ),
    "adj4": _doc(
        "Belgium's railways electrified 212 kilometres of branch line in 2022.",
        "The 221 kilometres of Belgian branch line electrified in 2022 carry few trains.",
    ),
}
TRAPS = {
    "adj1": _doc(
        "Operators in Switzerland shut 23 cable cars in 2024 after the inspections.",
        "The closure of 23 Swiss cable cars in 2024 has hurt village tourism.",
    ),
    "adj2": _doc(
        "Greece licensed 146 offshore fish farms in 2023, most of them in the Aegean.",
        "The 164 Turkish offshore fish farms licensed in 2023 share a handful of vets.",
    ),
    "adj3": _doc(
        "Ferry operators in the Netherlands retired 38 diesel vessels in 2024.",
        "The retirement of 31 Dutch diesel ferries in 2022 cut harbour emissions.",
    ),
    "adj4": _doc(
        "Belgium's railways electrified 212 kilometres of branch line in 2022.",
        "The 221 kilometres of French branch line electrified in 2022 carry few trains.",
    ),
}

HELD_BACK = (
    "first run: 3 of 4 defects found (adj3 not), 3 of 4 traps silent (adj2 fired, as on main:"
    " fixed by the names inside the counted thing); main: 1 of 4 defects (adj2), 3 of 4 traps"
)
# adj3: "diesel vessels" / "diesel ferries" are two counted things to the links
MISSED = {"adj3"}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED)


#: a body named by the last word of its name against its acronym ("the Union" / "the EU");
#: none run before the code was written (first run in SHORT_HELD_BACK)
SHORT_DEFECTS = {
    "fund": _doc(
        "The IMF lent 41 countries emergency credit in 2020, the year of the pandemic.",
        "The Fund's emergency credit to 14 countries in 2020 came with few conditions.",
    ),
    "union": _doc(
        "Across the AU, member states ratified 38 trade protocols in 2023.",
        "The 33 trade protocols ratified across the Union in 2023 still await customs rules.",
    ),
}
SHORT_TRAPS = {
    "fund": _doc(
        "The IMF lent 41 countries emergency credit in 2020, the year of the pandemic.",
        "The Bank's emergency credit to 14 countries in 2020 came with few conditions.",
    ),
    "union": _doc(
        "Across the AU, member states ratified 38 trade protocols in 2023.",
        "The 38 trade protocols ratified across the Union in 2023 still await customs rules.",
    ),
}
SHORT_HELD_BACK = "first run: 2 of 2 defects found, 2 of 2 traps silent; main: 0 of 2, 2 of 2"
SHORT_MISSED: set[str] = set()

test_short_form_found, test_short_form_trap_silent = variant_tests("NU003", SHORT_DEFECTS, SHORT_TRAPS, SHORT_MISSED)
