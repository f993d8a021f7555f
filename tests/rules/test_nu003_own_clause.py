"""NU003: a figure's marks (a supposition, a forecast, an ordinal, a period) are read from its
own clause (:func:`claimcheck.extract.subjects.own_clause`): an opening phrase that holds it,
a relative clause that says what was (a past verb, a year), or the dated level a change
reached. A modal or a period of the main clause is not the figure's; one in its own clause
is. Sentences written for this file (session 16, nu16b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003

DEFECTS = [
    # the figure in a relative clause that says what was, the main clause a supposition
    pytest.param(
        "In 2024 the Ardmore depot repaired 2,130 buses for the city.",
        "Shutting a depot that repaired 2,310 buses in 2024 would leave the city short of mechanics.",
        id="relative clause: past verb and year, main 'would'",
    ),
    pytest.param(
        "The Linnet Valley reservoir supplied 61,400 households in 2023.",
        "Draining a reservoir which supplied 64,100 households in 2023 could cost the valley its farms.",
        id="relative clause: 'which', main 'could'",
    ),
    pytest.param(
        "The Corran ferry carried 412,000 passengers across the narrows in 2022.",
        "Retiring a ferry that carried 421,000 passengers in 2022 might push traffic onto the bridge.",
        id="relative clause: main 'might'",
    ),
    # the figure at the head of a relative clause that says what was
    pytest.param(
        "The Harwell food bank handed out 18,600 parcels in 2024.",
        "The 16,800 parcels that the Harwell food bank handed out in 2024 would fill a warehouse.",
        id="head of a relative clause, main 'would'",
    ),
    pytest.param(
        "Tollan's libraries lent 273,000 books to readers in 2023.",
        "The 237,000 books that Tollan's libraries lent to readers in 2023 could stretch for miles.",
        id="head of a relative clause, main 'could'",
    ),
    pytest.param(
        "Brackley's recycling centre took in 9,400 tonnes of glass in 2024.",
        "The 9,900 tonnes of glass that Brackley's recycling centre took in during 2024 will be melted down.",
        id="head of a relative clause, main 'will'",
    ),
    # the figure in an opening phrase, the main clause a supposition
    pytest.param(
        "Each berth at the Pellow marina has a limit of 18 metres for visiting yachts.",
        "With a limit of 15 metres for each berth at the Pellow marina, visiting yachts could be turned away.",
        id="opening phrase, main 'could'",
    ),
    pytest.param(
        "The Sallow Hill wind farm has 46 turbines on the ridge.",
        "Across its 64 turbines on the ridge, the Sallow Hill wind farm would need ten engineers.",
        id="opening phrase, main 'would'",
    ),
]

TRAPS = [
    # a supposition in the figure's own clause
    pytest.param(
        "The Ardmore depot stores 30,000 tonnes of road grit.",
        "A depot that would hold 36,000 tonnes of road grit is planned for Ardmore.",
        id="a modal in the figure's own relative clause",
    ),
    pytest.param(
        "The Linnet Valley reservoir supplied 61,400 households in 2023.",
        "The Linnet Valley reservoir is expected to supply 66,000 households in 2026.",
        id="a forecast in the figure's own clause",
    ),
    # an ordinal in the figure's own phrase
    pytest.param(
        "The first phase of the Orwell estate delivered 350 homes in 2023.",
        "The second phase's 400 homes at the Orwell estate were finished in 2024.",
        id="another phase",
    ),
    # another year in the figure's own relative clause
    pytest.param(
        "In 2024 the Ardmore depot repaired 2,130 buses for the city.",
        "Shutting a depot that repaired 2,310 buses in 2021 would leave the city short of mechanics.",
        id="another year in the relative clause",
    ),
    # the start of a change is not the level reached
    pytest.param(
        "The Kestrel trust owned 4,500 hectares of woodland at the end of 2024.",
        "Buying land took the Kestrel trust's woodland from 4,100 hectares at the end of 2022 to 5,230 hectares at the end of 2024.",
        id="the starting level",
    ),
    # a supposition whose figure stands in a present-tense relative clause
    pytest.param(
        "The Harwell food bank hands out 18,600 parcels a year.",
        "A food bank that hands out 25,000 parcels a year would need a second van.",
        id="present-tense relative clause, a supposed bank",
    ),
]


@pytest.mark.parametrize(("first", "second"), DEFECTS)
def test_figure_in_its_own_clause_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), TRAPS)
def test_mark_in_the_figures_own_clause_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []
