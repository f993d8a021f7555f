"""Money, counts and quantities in the real issue (China Trends #22), against an editor's reading.

The expected records below were written from reading ``issue.pdf.txt`` by hand, before
looking at what the extractor returns: every amount of money, count of things and
measured quantity an editor would want checked, with its value, unit or currency, year
and conversion. Each extracted record is marked right (it is one of these) or wrong;
precision must stay at or above 95 %.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from claimcheck.claims.models import MoneyValue
from claimcheck.extract import extract
from claimcheck.extract.text import iter_units
from claimcheck.ingest import load_document

ISSUE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "china-trends-22" / "issue.pdf.txt"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not ISSUE.is_file(), reason=f"the real issue is not here: {ISSUE} (../shared/corpus beside the repository)"
    ),
]

KINDS = ["money", "count", "quantity"]

# (kind, span as written, value, key) -- key is the currency, the pint unit or the counted thing
MONEY = [
    ("money", "580 billion euros", 580e9, "EUR", {"year": 2023, "equivalent": None}),
    (
        "money",
        "6.6 trillion yuan",
        6.6e12,
        "CNY",
        {"year": 2029, "equivalent": MoneyValue(amount=858e9, currency="EUR")},
    ),
]
QUANTITIES = [
    ("quantity", "quarter century", 25, "year", {}),  # "Over the past quarter century"
    ("quantity", "Two decades", 20, "year", {}),  # "Two decades ago"
    ("quantity", "quarter century", 25, "year", {}),  # "Over this quarter century"
    ("quantity", "ten years", 10, "year", {}),  # "Over the past ten years"
    ("quantity", "12 months", 12, "month", {}),  # "In just the past 12 months"
    ("quantity", "nine-hour", 9, "hour", {}),  # "a record-breaking nine-hour spacewalk"
    ("quantity", "2.5-meter", 2.5, "meter", {}),  # "a 2.5-meter optical resolution"
]
COUNTS = [
    ("count", "ten", 10, "strategic sectors", {}),
    ("count", "three", 3, "new entities", {}),
    ("count", "two", 2, "independent space forces", {}),
    ("count", "100", 100, "other large state-owned enterprises", {"qualifier": "about"}),
    ("count", "three", 3, "telecommunications operators", {}),  # "the big three telecommunications operators"
    ("count", "4 million", 4e6, "5G base stations", {"qualifier": "more than"}),
    ("count", "three", 3, "smartphones", {}),
    ("count", "two", 2, "legs", {}),  # "it needs to walk on two legs" (quoted)
    ("count", "two", 2, "powers", {}),  # "competition between the two powers"
    ("count", "two", 2, "journalists", {}),
    ("count", "twelve", 12, "developing and partner countries", {}),  # footnote 20 prose
    ("count", "three", 3, "subordinate units", {}),
    ("count", "two", 2, "countries", {}),  # "one of only two countries in the world"
    ("count", "two", 2, "historical turning points", {}),
    ("count", "two", 2, "Gulf Wars", {}),
    ("count", "two", 2, "types of anti-satellite (ASAT) options", {}),
    ("count", "two", 2, "most significant powers", {}),
]
EXPECTED = MONEY + QUANTITIES + COUNTS


def _key(claim) -> tuple:
    if claim.kind == "money":
        key = claim.currency
    elif claim.kind == "quantity":
        key = claim.unit
    else:
        key = claim.thing
    return claim.kind, claim.text, round(claim.value, 6), key


@pytest.fixture(scope="module")
def doc():
    return load_document(ISSUE)


@pytest.fixture(scope="module")
def claims(doc):
    return list(extract(doc, kinds=KINDS))


def test_precision_and_recall_against_an_editors_reading(claims) -> None:
    expected = Counter((k, t, round(v, 6), key) for k, t, v, key, _ in EXPECTED)
    remaining = expected.copy()
    right, wrong = [], []
    for claim in claims:
        key = _key(claim)
        if remaining[key] > 0:
            remaining[key] -= 1
            right.append(claim)
        else:
            wrong.append(claim)
    missed = [k for k, n in remaining.items() for _ in range(n)]
    precision = len(right) / len(claims) if claims else 0.0
    recall = len(right) / sum(expected.values())
    print(
        f"\nnumeric claims in the issue: {len(claims)} extracted, {len(right)} right, "
        f"{len(wrong)} wrong; precision {precision:.3f}, recall {recall:.3f}"
    )
    for claim in wrong:
        print(f"  WRONG {claim.location}: {claim.kind} {claim.text!r} {_key(claim)[3]!r}")
    for key in missed:
        print(f"  MISSED {key}")
    assert precision >= 0.95
    assert recall >= 0.9


@pytest.mark.parametrize(("kind", "text", "value", "key", "fields"), EXPECTED, ids=lambda x: str(x)[:30])
def test_expected_record(claims, kind: str, text: str, value: float, key: str, fields: dict) -> None:
    found = [c for c in claims if _key(c) == (kind, text, round(value, 6), key)]
    assert found, f"{kind} {text!r} ({key}) not extracted"
    for name, want in fields.items():
        assert any(getattr(c, name) == want for c in found), (name, [getattr(c, name) for c in found])


def test_money_records_in_full(claims) -> None:
    money = [c for c in claims if c.kind == "money"]
    assert [(c.text, c.value, c.currency, c.year, c.scale) for c in money] == [
        ("580 billion euros", 580e9, "EUR", 2023, "billion"),
        ("6.6 trillion yuan", 6.6e12, "CNY", 2029, "trillion"),
    ]
    assert money[0].equivalent is None
    assert money[1].equivalent == MoneyValue(amount=858e9, currency="EUR")
    assert money[0].sentence.startswith("Chinese commercial space, which had already reached")
    # one sentence holds both amounts and both references
    assert money[0].footnotes == money[1].footnotes == ("8", "9")
    # the conversion in parentheses is not a claim of its own
    assert not any("858" in c.text for c in claims)


_URL = re.compile(r"https?://\S+")


def test_nothing_from_urls_footnote_numbers_or_citation_details(doc, claims) -> None:
    units = {(u.article, u.block, u.footnote): u for u in iter_units(doc)}
    for claim in claims:
        unit = units[(claim.article, claim.block, claim.footnote)]
        for m in _URL.finditer(unit.text):
            assert not (m.start() <= claim.start < m.end()), claim
        # a bare number is a claim only with its counted thing (no reference label, no page)
        if re.fullmatch(r"\d{1,3}", claim.text):
            assert (claim.kind, claim.text, claim.thing) == ("count", "100", "other large state-owned enterprises")
    in_notes = [(c.footnote, c.text) for c in claims if c.footnote is not None]
    assert in_notes == [("20", "twelve")]


def test_identifiers_years_and_names_are_not_claims(claims) -> None:
    texts = " | ".join(c.text for c in claims)
    for word in (
        "11",
        "17",
        "41",
        "60",
        "15",
        "19",
        "2016",
        "2023",
        "2029",
        "1990",
        "Five",
        "Thousand",
        "Bombs",
        "14th",
        "20th",
    ):
        assert word not in texts.split(" | "), word
    assert all(c.kind != "count" or c.value >= 2 for c in claims)
