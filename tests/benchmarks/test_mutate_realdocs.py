"""The mutation script's finders: where they plant a defect, read from the text itself.

The finders must not lean on claimcheck's extractors (the sample would then be only what
claimcheck already sees), so each is given no claims here. Each shape is written three
ways, beside near misses where nothing must be planted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.ingest import load_document
from tests.benchmarks._bench import bench_module

mut = bench_module("mutate_realdocs")


def plant(tmp_path: Path, kind: str, text: str) -> list[tuple[str, str]]:
    src = tmp_path / "draft.md"
    src.write_text(text, encoding="utf-8")
    return list(mut.MUTATIONS[kind](text, load_document(src), []))


# ------------------------------------------------------------------ change_figure
RESTATED_FIGURES = {
    "a unit symbol": (
        "# Wind\n\nThe offshore farm near the northern coast adds 4.2 GW of turbine capacity.\n\n"
        "Grid planners said the northern coast farm, at 4.2 GW of turbine capacity, needs a new line.\n",
        "at 5.2 GW",
    ),
    "a counted thing": (
        "# Clinics\n\nThe ministry opened 140 clinics across the rural southern provinces.\n\n"
        "Staffing the 140 clinics in the southern provinces proved hard for the ministry.\n",
        "the 175 clinics",
    ),
    "an amount with its scale": (
        "# Budget\n\nThe council approved $3.6 billion for harbour dredging works.\n\n"
        "Critics of the harbour plan said $3.6 billion for dredging works was too much.\n",
        "said $4.5 billion",
    ),
    "a unit written out the first time": (
        "# Maps\n\nThe survey produced a 30 meter elevation raster for the valley floor.\n\n"
        "Each valley floor cell of the 30 m elevation raster holds one height.\n",
        "the 38 m elevation",
    ),
}


@pytest.mark.parametrize("name", RESTATED_FIGURES)
def test_a_figure_stated_twice_is_changed_the_second_time(tmp_path, name):
    text, changed = RESTATED_FIGURES[name]
    found = plant(tmp_path, "change_figure", text)
    assert len(found) == 1, found
    assert changed in found[0][0]


FIGURE_NEAR_MISSES = {
    # a bound can be restated with another value without contradicting the first
    "a bound": "# Cable\n\nThe new subsea cable line reaches up to 300 km offshore.\n\n"
    "Engineers said the subsea cable line reaches 300 km offshore at most.\n",
    # equal small counts coincide more often than they restate
    "a small count": "# Teams\n\nThe project hired 4 engineers for the northern site office.\n\n"
    "The northern site office later hired 4 engineers again.\n",
    # a standard's number names it
    "an identifier": "# Safety\n\nThe firm certified the controller to IEC 61508 rules for the plant.\n\n"
    "Auditors checked the plant controller against IEC 61508 rules again.\n",
    # a supposition states no fact to restate
    "a supposition": "# Costs\n\nSuppose a depot stores 900 tonnes of grain for the winter.\n\n"
    "If the depot stores 900 tonnes of grain for winter, it needs two trucks.\n",
    # the same figure in the same paragraph, and figures the sentences do not tie together
    "unrelated sentences": "# Notes\n\nThe museum holds 250 paintings.\n\n"
    "A ferry with 250 paintings of gulls sailed at dawn yesterday.\n",
}


@pytest.mark.parametrize("name", FIGURE_NEAR_MISSES)
def test_no_figure_is_changed_where_nothing_is_restated(tmp_path, name):
    assert plant(tmp_path, "change_figure", FIGURE_NEAR_MISSES[name]) == []


# ------------------------------------------------------------------ drop_member
# the second list must say it restates the first group: words that point back, a declared
# count, or the same group noun or verb on both sides of both lists
RESTATED_LISTS = {
    "names, pointed back to": "# Ports\n\nThe line calls at Genoa, Marseille and Valencia every week.\n\n"
    "Later, the same ports, Genoa, Marseille and Valencia, raised their fees.\n",
    "lower-case items, listed above": "# Values\n\nThe charter promises openness, fairness, "
    "and accountability to members.\n\nAny ruling must respect the values listed above: openness, fairness, "
    "and accountability.\n",
    "the same verb and noun around both": "# Crops\n\nThe farm grows wheat, barley and oats "
    "on its hills.\n\nIn wet years the farm grows wheat, barley and oats on its hills too.\n",
    "a declared count": "# Crops\n\nThe farm grows three cereals: wheat, barley and oats.\n\n"
    "In dry years, wheat, barley and oats failed together.\n",
}


@pytest.mark.parametrize("name", RESTATED_LISTS)
def test_a_member_is_dropped_from_a_restated_list(tmp_path, name):
    text = RESTATED_LISTS[name]
    found = plant(tmp_path, "drop_member", text)
    assert len(found) == 1, found
    mutated, what = found[0]
    second = mutated.split("\n\n")[-1]
    dropped = what.split("'")[1]
    assert dropped not in second and dropped in mutated.split("\n\n")[1]


LIST_NEAR_MISSES = {
    # the same paragraph printed twice (a figure's title and its caption) is no restatement
    "a repeated block": "# Chart\n\nUse of red, green, and blue dyes in 2020\n\nUse of red, green, and blue dyes "
    "in 2020\n",
    # prepositions are no members
    "prepositions": "# Design\n\nThe service is built by, for, and with farmers.\n\n"
    "We work by, for, and with farmers.\n",
    # a supposition, even when its words are read as part of the first item
    "a supposition": "# Teams\n\nSay the crew is Ana, Ben, Cai and Dov.\n\n"
    "Then, if the crew is Ana, Ben, Cai and Dov, the boat is full.\n",
    # a partial list: a member left out contradicts nothing
    "a partial list": "# Fruit\n\nThe stall sells fruit including apples, pears and plums.\n\n"
    "Its fruit, such as apples, pears and plums, comes from local farms.\n",
    # a sentence adverb is no member: "First, Oslo and Bergen" lists two
    "an adverb": "# Route\n\nFirst, Oslo and Bergen.\n\nFirst, Oslo and Bergen were served.\n",
    # the same members named for another purpose: a shorter mention is no defect
    "another purpose": "# Crops\n\nThe farm grows wheat, barley and oats on its hills.\n\n"
    "In dry years, wheat, barley and oats failed together.\n",
    # kinds of study named twice, with different words around each list
    "kinds named twice": "# Studies\n\nLab, field, and modeling studies may each count removal differently.\n\n"
    "We hope to reconcile estimates across lab, field, and modeling studies.\n",
    # two lists of different members
    "other members": "# Ports\n\nThe line calls at Genoa, Marseille and Valencia.\n\n"
    "The other line calls at Genoa, Naples and Valencia.\n",
}


@pytest.mark.parametrize("name", LIST_NEAR_MISSES)
def test_no_member_is_dropped_where_no_list_is_restated(tmp_path, name):
    assert plant(tmp_path, "drop_member", LIST_NEAR_MISSES[name]) == []


# ------------------------------------------------------------------ drop_counted_member
COUNTED_LISTS = {
    "after a colon": (
        "# Goals\n\nThe plan sets three goals: cheaper power, cleaner air, and more jobs.\n",
        "cleaner air",
    ),
    "between dashes": (
        "# Risks\n\nWe mapped four hazards — floods, fires, storms and droughts — by county.\n",
        "fires",
    ),
    "after are": ("# Signals\n\nThe three signals of stress are heat, noise and crowding.\n", "noise"),
}


@pytest.mark.parametrize("name", COUNTED_LISTS)
def test_a_member_is_dropped_from_a_counted_list(tmp_path, name):
    text, victim = COUNTED_LISTS[name]
    found = plant(tmp_path, "drop_counted_member", text)
    assert len(found) == 1, found
    assert victim not in found[0][0] and victim in text


def test_an_item_is_dropped_from_a_counted_bullet_list(tmp_path):
    text = "# Steps\n\nThe audit has three steps:\n\n- collect the invoices\n- match them to orders\n- sign off\n"
    found = plant(tmp_path, "drop_counted_member", text)
    assert len(found) == 1, found
    assert "match them to orders" not in found[0][0] and "sign off" in found[0][0]


COUNTED_NEAR_MISSES = {
    "a count the list does not match": "# Goals\n\nThe plan sets three goals: cheaper power, cleaner air, "
    "more jobs and fewer imports.\n",
    "a bullet list of another length": "# Steps\n\nThe audit has three steps:\n\n- collect\n- match\n",
    "a list with no count": "# Goals\n\nThe plan wants cheaper power, cleaner air, and more jobs.\n",
}


@pytest.mark.parametrize("name", COUNTED_NEAR_MISSES)
def test_no_member_is_dropped_where_no_count_matches(tmp_path, name):
    assert plant(tmp_path, "drop_counted_member", COUNTED_NEAR_MISSES[name]) == []


# ------------------------------------------------------------------ change_figure: no stated fact
FIGURE_NOT_FACTS = {
    # a measure hyphenated to a plural noun names a kind of thing
    "a calibre": "# Supplies\n\nThe army bought 5 million 75-millimeter shells in France.\n\n"
    "Gunners fired 7 million 75-millimeter shells bought in France.\n",
    # the conventional parties of a protocol walked through
    "a protocol walked through": "# Channels\n\nAlice and Bob each put 40M sats into a shared channel "
    "output.\n\nWhen Alice and Bob close the channel, 40M sats go back to each shared channel owner.\n",
}


@pytest.mark.parametrize("name", FIGURE_NOT_FACTS)
def test_no_figure_is_changed_where_it_states_no_fact(tmp_path, name):
    assert plant(tmp_path, "change_figure", FIGURE_NOT_FACTS[name]) == []


def test_a_measure_of_one_thing_is_still_changed(tmp_path):
    text = (
        "# Bridge\n\nThe new river bridge has a 2,900-metre deck over the estuary.\n\n"
        "Engineers said the river bridge deck, at 2,900 metres over the estuary, took four years.\n"
    )
    assert len(plant(tmp_path, "change_figure", text)) == 1


def test_ar003_also_detects_a_changed_figure():
    assert "AR003" in mut.ALSO_DETECTS["change_figure"]
