"""The one "same fact" API (claimcheck.extract.linking): what it offers and the properties
every decision keeps, whatever the words: a decision on ``a`` and ``b`` is the decision on
``b`` and ``a``, and no mention is linked to itself as a second statement of its fact (a
figure with itself is one paragraph: never a link; a date's happening with itself is one
happening, so its one date never contradicts itself).

Documents are drawn by hypothesis from our own small vocabulary (orchards, ferries, kilns,
observatories), never from the evaluation drafts."""

from __future__ import annotations

import importlib
import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.models import DateClaim, NumericClaim
from claimcheck.extract import extract
from claimcheck.extract import linking
from claimcheck.extract.dated_objects import dated_object
from claimcheck.extract.happenings import ThingKeys, happening, statement
from claimcheck.extract.linking import (
    comparable,
    conflict,
    context_of,
    document_weights,
    kept_apart,
    same_fact,
    same_figure,
    same_happening,
    same_object,
    same_statement,
    things_apart,
)
from claimcheck.ingest import load_document

_THINGS = ["apple orchards", "ferry crossings", "brick kilns", "telescope domes", "cider presses"]
_PLACES = ["Kestrel Vale", "Orrow", "the Lindmark estuary", "Pellham"]
_COUNT_VERBS = ["now has", "counted", "reported", "operated", "kept"]
_DATE_VERBS = ["opened", "was launched", "was founded", "was closed", "was inaugurated"]
_DATED = ["the Orrow observatory", "the Pellham ferry terminal", "the Kestrel kiln museum", "the cider cooperative"]
_YEARS = st.integers(min_value=2001, max_value=2024)
_MONTHS = ["March", "June", "October"]


@st.composite
def _count_sentence(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(_PLACES))
    verb = draw(st.sampled_from(_COUNT_VERBS))
    value = draw(st.integers(min_value=12, max_value=4000))
    thing = draw(st.sampled_from(_THINGS))
    year = draw(_YEARS)
    lead = draw(st.sampled_from(["", "By the end of the season, ", "According to the survey, "]))
    return f"{lead}{place} {verb} {value:,} {thing} in {year}."


@st.composite
def _date_sentence(draw: st.DrawFn) -> str:
    thing = draw(st.sampled_from(_DATED))
    verb = draw(st.sampled_from(_DATE_VERBS))
    month = draw(st.sampled_from(_MONTHS))
    year = draw(_YEARS)
    return f"{thing[0].upper()}{thing[1:]} {verb} in {month} {year}."


def _load(paragraphs: list[str]):  # type: ignore[no-untyped-def]
    filler = "\n\n".join(f"Section {i} describes the valley and its people in general terms." for i in range(4))
    text = "---\ndate: 2025-05-01\n---\n\n# Notes from the valley\n\n" + "\n\n".join(paragraphs) + f"\n\n{filler}\n"
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "draft.md"
        path.write_text(text, encoding="utf-8")
        return load_document(path)


_SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.lists(_count_sentence(), min_size=2, max_size=5))
def test_figure_decisions_are_symmetric_and_never_link_a_figure_to_itself(sentences: list[str]) -> None:
    doc = _load(sentences)
    figures = [c for c in extract(doc, ["count"]).claims if isinstance(c, NumericClaim)]
    contexts = {id(c): context_of(c, doc) for c in figures}
    for c in figures:
        assert same_fact(contexts[id(c)], contexts[id(c)]) is None, c
        assert not same_figure(c, c) and not comparable(c, c), c
    for a, b in itertools.combinations(figures, 2):
        ca, cb = contexts[id(a)], contexts[id(b)]
        assert (conflict(ca, cb) is None) == (conflict(cb, ca) is None), (a, b)
        ab, ba = same_fact(ca, cb), same_fact(cb, ca)
        assert (ab is None) == (ba is None), (a, b)
        if ab is not None and ba is not None:
            assert abs(ab.score - ba.score) <= 0.01 and ab.shared == ba.shared, (a, b)
        assert same_figure(a, b) == same_figure(b, a), (a, b)
        assert comparable(a, b) == comparable(b, a), (a, b)


@_SETTINGS
@given(st.lists(_date_sentence(), min_size=2, max_size=5))
def test_event_decisions_are_symmetric(sentences: list[str]) -> None:
    doc = _load(sentences)
    dates = [c for c in extract(doc, ["date"]).claims if isinstance(c, DateClaim)]
    words = document_weights(doc)
    weight = {w: words.weight(w) for w in words.frequency}
    vocabulary = frozenset(w for w in words.frequency if len(w) >= 4)
    read = []
    for c in dates:
        year = int(str(c.start)[:4])
        read.append((c, year, happening(c.sentence, c.text), statement(c.sentence, c.text)))
        obj = dated_object(c.sentence, c.text)
        if obj is not None:
            assert same_object(obj, obj), c
            assert not things_apart(obj, obj), c
    for (a, ya, ha, sa), (b, yb, hb, sb) in itertools.combinations(read, 2):
        if ha is not None and hb is not None and ha.head == hb.head:
            keys = ThingKeys()
            keys.add(ha)
            keys.add(hb)
            assert same_happening(ha, hb, keys, years=(ya, yb)) == same_happening(hb, ha, keys, years=(yb, ya))
        if sa is not None and sb is not None:
            ab = same_statement(sa, sb, weight, years=(ya, yb), vocabulary=vocabulary)
            ba = same_statement(sb, sa, weight, years=(yb, ya), vocabulary=vocabulary)
            assert ab == ba, (a, b)
            assert kept_apart(sa, sb, years=(ya, yb)) == kept_apart(sb, sa, years=(yb, ya)), (a, b)
        oa, ob = dated_object(a.sentence, a.text), dated_object(b.sentence, b.text)
        if oa is not None and ob is not None:
            assert same_object(oa, ob) == same_object(ob, oa), (a, b)
            assert things_apart(oa, ob) == things_apart(ob, oa), (a, b)


def test_a_restated_figure_links_both_ways_and_a_changed_one_in_neither() -> None:
    doc = _load(
        [
            "The Kestrel Vale cooperative pressed 2,400 barrels of perry from its hillside pear groves.",
            "Growers say the hillside pear groves gave the cooperative 2,600 barrels of perry.",
            "Perry output rose from 1,900 barrels to 2,100 barrels at the lowland groves.",
        ]
    )
    figures = [c for c in extract(doc, ["quantity", "count"]).claims if isinstance(c, NumericClaim)]
    by_value = {c.value: context_of(c, doc) for c in figures}
    first, second, changed = by_value[2400], by_value[2600], by_value[2100]
    assert same_fact(first, second) is not None and same_fact(second, first) is not None
    assert conflict(changed, first) is not None and conflict(first, changed) is not None
    assert same_fact(changed, first) is None and same_fact(first, changed) is None


def test_every_decision_of_the_api_is_importable_from_the_package_and_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "architecture.md").read_text(encoding="utf-8")
    for name in ("same_fact", "conflict", "same_figure", "comparable", "same_happening", "same_statement"):
        assert callable(getattr(linking, name)), name
        assert f"`{name}(" in doc, name
    for module in ("context", "figures", "events"):
        assert importlib.import_module(f"claimcheck.extract.linking.{module}").__doc__


def test_the_rules_take_their_same_fact_decisions_from_the_package() -> None:
    nu003 = importlib.import_module("claimcheck.rules.nu003_same_quantity_different_values")
    dt001 = importlib.import_module("claimcheck.rules.dt001_event_dated_differently")
    assert nu003.same_figure is same_figure
    for name in ("same_happening", "same_statement", "same_object", "things_apart"):
        assert getattr(dt001, name) is getattr(linking, name), name
