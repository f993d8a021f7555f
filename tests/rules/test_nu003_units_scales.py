"""NU003 on the same quantity restated in another currency word, unit of price or clause
shape (issue 12, session 10): a crown written as a word ("kroner") against the document's own
code for it, a bare cent against the document's currency, a price per another quantity of
the same unit ("per 100 kg" / "a kilogram"), a count that sizes the subject of a verb of
reporting ("the 36-insurer survey found that ... could"), a clause that gives its own year
after a sentence's opening adverbial. Traps: the restatement agrees within its rounding,
another crown, another year, a rate per unit of time, a price of another thing, what is
reported really a forecast. Our own sentences, in domains outside the evaluation set; none
was run before the code was written (all held back; see HELD_BACK below for the first run)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

#: a body sentence that gives the sections their length and no figure
F = "The committee met four times and heard evidence from growers, traders and officials. Its secretariat wrote each chapter after the hearings. "


def _doc(body: str, closing: str) -> str:
    return (
        "---\ntitle: A report\npublication_date: 2025-06-02\n---\n\n# A report\n\n## 1. Background\n\n"
        f"{F}\n\n## 2. The figures\n\n{body} {F}\n\n## 3. Other matters\n\n{F}\n\n## 4. Conclusions\n\n{closing}\n"
    )


DEFECTS = {
    # a crown in words against the document's code
    "crown1": _doc(
        "At the end of 2023 the pension reserve held NOK 3,412 billion.",
        "A reserve of some 4.3 trillion kroner at the end of 2023 is a large buffer for the state.",
    ),
    "crown2": _doc(
        "The Danish port authority spent DKK 2,860 million on new quays in 2022.",
        "Quays that cost the authority 2.26 billion kroner in 2022 now stand idle half the year.",
    ),
    "crown3": _doc(
        "In 2024 the forestry fund paid out SEK 1,240 million to landowners.",
        "The 1.42 billion kronor that landowners received from the fund in 2024 should be audited.",
    ),
    # a bare cent against the document's currency
    "cent1": _doc(
        "The wholesale price of potatoes averaged €0.31 per kilogram in 2023, and the retail margin €0.12.",
        "A wholesale price of 13 cents per kilogram of potatoes in 2023 leaves growers little.",
    ),
    "cent2": _doc(
        "Growers were paid 27.5 euros per 100 kilograms of sugar beet in the 2023 campaign.",
        "At 72.5 cents a kilogram of sugar beet in the 2023 campaign, growers covered their costs.",
    ),
    # a price per another quantity of the same unit
    "per1": _doc(
        "The co-operative paid €41 per 100 kg of barley in 2024.",
        "The co-operative's barley price of €0.50 per kilogram in 2024 was the lowest in a decade.",
    ),
    "per2": _doc(
        "Timber from state forests sold for £62 per tonne in 2023.",
        "State forest timber fetched 7.4 pence per kilogram in 2023, well below the costs of felling.",
    ),
    # a count that sizes the subject of a verb of reporting
    "rep1": _doc(
        "A poll of 412 hauliers by the trade association found that most expect diesel prices to rise in 2026.",
        "The 421-haulier poll showed that few firms could absorb a further rise.",
    ),
    "rep2": _doc(
        "An audit of 58 rural clinics by the inspectorate concluded that staffing would not last the winter.",
        "The inspectorate's audit of 85 rural clinics warned that waiting times could double.",
    ),
    # a clause with its own year after an opening adverbial of another
    "open1": _doc(
        "The endowment was worth €8,140 million at the end of 2024.",
        "Since the 2019 change to the payout rule, the board has met each spring, and an endowment of some €9.1 billion at the end of 2024 keeps the museum solvent.",
    ),
}
TRAPS = {
    "crown1": _doc(
        "At the end of 2023 the pension reserve held NOK 3,412 billion.",
        "A reserve of some 3.4 trillion kroner at the end of 2023 is a large buffer for the state.",
    ),
    "crown2": _doc(
        "At the end of 2023 the pension reserve held NOK 3,412 billion, and the Danish reserve DKK 412 billion.",
        "A reserve of some 4.3 trillion kroner at the end of 2023 is a large buffer for the state.",
    ),
    "crown3": _doc(
        "In 2024 the forestry fund paid out SEK 1,240 million to landowners.",
        "The 1.42 billion kronor that landowners received from the fund in 2021 was less disputed.",
    ),
    "cent1": _doc(
        "The wholesale price of potatoes averaged €0.31 per kilogram in 2023, and the retail margin €0.12.",
        "A wholesale price of 31 cents per kilogram of potatoes in 2023 leaves growers little.",
    ),
    "cent2": _doc(
        "Growers were paid 27.5 euros per 100 kilograms of sugar beet in the 2023 campaign.",
        "At 27.5 cents a kilogram of sugar beet in the 2023 campaign, growers covered their costs.",
    ),
    "per1": _doc(
        "The co-operative paid €41 per 100 kg of barley in 2024.",
        "The co-operative's barley price of about €0.40 per kilogram in 2024 was the lowest in a decade.",
    ),
    "per2": _doc(
        "Timber from state forests sold for £62 per tonne in 2023.",
        "State forest timber fetched £6.20 per tonne more in 2023 than in 2022.",
    ),
    "per3": _doc(
        "The co-operative paid €41 per 100 kg of barley in 2024.",
        "The co-operative's barley price of €0.50 per kilogram in 2021 was the lowest in a decade.",
    ),
    "per4": _doc(
        "The plant burns wood chips that cost €38 a tonne in 2024.",
        "Heat from the plant cost its customers €41 a megawatt hour in 2024.",
    ),
    "rep1": _doc(
        "A poll of 412 hauliers by the trade association found that most expect diesel prices to rise in 2026.",
        "The 412-haulier poll showed that few firms could absorb a further rise.",
    ),
    "rep2": _doc(
        "The inspectorate plans an audit of 58 rural clinics and expects that it will find gaps.",
        "An audit of 85 rural clinics last year found that waiting times had doubled.",
    ),
    "open1": _doc(
        "The endowment was worth €8,140 million at the end of 2024.",
        "Since the 2019 change to the payout rule, the board has met each spring, and an endowment of some €8.1 billion at the end of 2024 keeps the museum solvent.",
    ),
}

#: none of these was run before the code was written: the first run is the held-back figure
HELD_BACK = (
    "first run: 8 of 10 defects found (crown3, rep2 not), 12 of 12 traps silent; on main 0 of 10, 11 of 12 (per4 fired)"
)
# crown3 (missed until session 16: the "should" after its relative clause was read as the
# figure's, see own_clause) and rep2 (missed at
# first, is found since "clinics" is read as a plural: session 12, nu12c)
MISSED: set[str] = set()

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED)
