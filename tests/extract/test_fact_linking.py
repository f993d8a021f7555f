"""Is this the same fact (extract/linking.py): context of a mention, conflicts, links.
Our own sentences, in domains the evaluation set does not use (fisheries, canals, prisons,
libraries, broadband, hydrogen). (Named apart from tests/findings/test_linking.py, which tests
claimcheck.findings.linking: the test tree's basenames must be unique.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.extract.linking import (
    ALONE,
    conflict,
    conflicts,
    context_of,
    own_names,
    periods_of,
    same_fact,
    shared_weight,
    stem,
)
from claimcheck.ingest import load_document

#: filler paragraphs that make common words common and rare words rare, as in a report
_FILLER = "\n\n".join(
    f"Paragraph {i} of the report discusses the programme and the government in general terms, "
    f"as reports on the programme and the government often do."
    for i in range(30)
)


def _doc(tmp_path: Path, first: str, second: str, published: str = "2025-03-01"):
    text = f"---\ndate: {published}\n---\n\n# A report\n\n{first}\n\n{_FILLER}\n\n{second}\n"
    p = tmp_path / "draft.md"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    figures = [
        c for c in extract(doc, ["money", "count", "quantity"]).claims if c.kind != "quantity" or "year" not in c.unit
    ]
    lines = {c.location.line for c in figures}
    assert len(lines) >= 2, figures
    a = next(c for c in figures if c.location.line == min(lines))
    b = next(c for c in figures if c.location.line == max(lines))
    return context_of(a, doc), context_of(b, doc)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("payment", "paying"),
        ("listing", "listed"),
        ("imports", "imported"),
        ("shipped", "shipping"),
        ("licences", "licence"),
        ("closures", "closed"),
    ],
)
def test_stems_of_derived_words_agree(word: str, other: str) -> None:
    assert stem(word) == stem(other)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the year to 30 June 2025", {"2024/25"}),
        ("in 2024/25", {"2024/25"}),
        ("last year's catch", {"2024"}),
        ("this year", {"2025"}),
        ("each year since", {"per year"}),
        ("in March 2023", {"2023", "march"}),
        ("the annual levy on cruise passengers", {"per year"}),
        ("ferries cost the islands £8 million annually", {"per year"}),
        ("a monthly pass for the tram", {"per month"}),
        ("in 2022, the last year for which counts exist", {"2022"}),
        ("in the last year the harbour grew", {"2024"}),
        # how often a source appears is no period of the figure it gives; a yearly one is a
        # year's, as the figure is
        ("in 2024, the ministry's monthly statistics show", {"2024"}),
        ("as the weekly port bulletin reported in 2023", {"2023"}),
        ("according to its quarterly returns", set()),
        ("the annual survey of 2024", {"2024", "per year"}),
        ("a monthly bill of 2024", {"2024", "per month"}),
        # a period picked out by its place in a series; its months said as a year or a half
        ("in the first twelve months of the scheme", {"first year"}),
        ("over its first full year", {"first year"}),
        ("in the second six months of 2024", {"2024", "second half"}),
        ("its third quarter", {"third quarter"}),
        ("first-year students", set()),
        # an ordinal or a share after "a" is no rate (nu29); the rate itself still is
        ("the port wants a second runway by 2030", {"2030"}),
        ("a quarter of the 1.5 million units crossed in 2024", {"2024"}),
        ("the gates let through 45 people a second", {"per second"}),
        ("the board meets once a quarter", {"per quarter"}),
    ],
)
def test_periods_are_resolved(text: str, expected: set[str]) -> None:
    assert periods_of(text, dt.date(2025, 3, 1)) == expected


# --------------------------------------------------------------- restatements: linked
LINKED = [
    pytest.param(
        "The hatchery released 41,000 salmon smolts into the Tweed estuary in 2023.",
        "Of the 47,000 smolts that went into the Tweed estuary from the hatchery in 2023, few returned.",
        id="fisheries-other-word-order",
    ),
    pytest.param(
        "Canal boats paid tolls of €3.1 million to the Midi waterway authority in 2022.",
        "The €3.6 million in tolls that boats paid the Midi waterway authority in 2022 went to lock repairs.",
        id="canals-toll-payment",
    ),
    pytest.param(
        "The prison service runs 118 mobile library carts across its northern estate.",
        "Its northern estate now has a fleet of 131 library carts, mobile ones included.",
        id="prisons-fleet-of",
    ),
    pytest.param(
        "Last year's 2,400 kilometres of fibre laid by Cabletel in rural Galway impressed the regulator.",
        "Cabletel laid 2,900 kilometres of fibre in rural Galway in 2024, the regulator said.",
        id="broadband-last-years",
    ),
]


@pytest.mark.parametrize(("first", "second"), LINKED)
def test_restatements_in_other_words_are_linked(tmp_path: Path, first: str, second: str) -> None:
    a, b = _doc(tmp_path, first, second)
    assert conflict(a, b) is None
    link = same_fact(a, b)
    assert link is not None
    assert link.shared and link.score > 0


# --------------------------------------------------------------- traps: never linked
TRAPS = [
    pytest.param(
        "The hatchery released 41,000 salmon smolts into the Tweed estuary in 2023.",
        "The hatchery released 47,000 salmon smolts into the Tweed estuary in 2024.",
        "other periods",
        id="another-year",
    ),
    pytest.param(
        "Tweed hatchery releases of salmon smolts rose to 41,000, up from 30,000 a decade before.",
        "The hatchery released 47,000 salmon smolts into the Tweed estuary.",
        "change",
        id="a-change-from-to",
    ),
    pytest.param(
        "The hydrogen plant at Teesside is expected to produce 4,100 tonnes of hydrogen in 2027.",
        "The hydrogen plant at Teesside produced 3,700 tonnes of hydrogen in 2027 trial runs.",
        "a forecast against an outturn",
        id="forecast-against-outturn",
    ),
    pytest.param(
        "Lorries of up to 44 tonnes may cross the Severn toll bridge.",
        "The operator proposes lowering the Severn toll bridge limit for lorries to 38 tonnes.",
        "change",
        id="a-change-said-by-lowering",
    ),
    pytest.param(
        "Lorries of up to 44 tonnes may cross the Severn toll bridge.",
        "The operator would cut the Severn toll bridge limit for lorries from 40 tonnes to the 38 tonnes of 1990.",
        "change",
        id="a-change-from-to-the",
    ),
    pytest.param(
        "Norway imported 2.1 million tonnes of Baltic herring meal in 2022.",
        "Norway exported 2.6 million tonnes of Baltic herring meal in 2022.",
        "other flows",
        id="imports-against-exports",
    ),
    pytest.param(
        "Cabletel laid 2,400 kilometres of rural fibre in Galway in 2024.",
        "Eirnet laid 2,900 kilometres of rural fibre in Mayo in 2024.",
        "other names",
        id="other-firm-other-county",
    ),
    pytest.param(
        "The library lent 84,000 audiobooks to readers in Leeds in 2023.",
        "The busiest branch lent 31,000 audiobooks to Leeds readers in 2023.",
        "part",
        id="a-part-of-the-total",
    ),
]


@pytest.mark.parametrize(("first", "second", "why"), TRAPS)
def test_two_facts_that_look_alike_are_not_linked(tmp_path: Path, first: str, second: str, why: str) -> None:
    a, b = _doc(tmp_path, first, second)
    assert conflict(a, b) == why
    assert same_fact(a, b) is None


def test_a_source_schedule_cut_off_by_the_clause_window_is_no_rate(tmp_path: Path) -> None:
    """The clause read around a figure may end on "monthly" before the noun it qualifies;
    the whole sentence says it is the statistics' schedule, not the count's rate."""
    a, b = _doc(
        tmp_path,
        "Canal licences issued to narrowboats numbered 31,800 in 2024, according to the navigation authority's monthly statistics on moorings.",
        "The navigation authority issued some 34,000 narrowboat licences in 2024.",
    )
    assert a.periods == b.periods == {"2024"}
    assert conflict(a, b) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Prison workshops made 4,100 chairs in 2023.",
            "Across the prison workshops, about 4,600 chairs were built in 2023.",
            id="workshops",
        ),
        pytest.param(
            "Broadband vouchers paid for 2,300 connections in 2024.",
            "The 2,650 connections the vouchers funded in 2024 were mostly rural.",
            id="vouchers",
        ),
        pytest.param(
            "Harbour dredgers lifted 61,000 tonnes of silt in 2022.",
            "The silt the dredgers removed in 2022 came to 70,000 tonnes.",
            id="dredgers",
        ),
    ],
)
def test_being_alone_of_their_measure_and_period_counts_as_context(tmp_path: Path, first: str, second: str) -> None:
    """Two figures the caller found to be the only ones of their measure and period need
    half the shared words of a link; the weight is the same whatever the words."""
    a, b = _doc(tmp_path, first, second)
    plain = same_fact(a, b, 0.0)
    alone = same_fact(a, b, 0.0, alone=True)
    assert plain is not None and alone is not None
    assert alone.score == pytest.approx(plain.score + ALONE, abs=0.01)
    assert "alone" in alone.reason and "alone" not in plain.reason


def test_being_alone_does_not_overrule_a_conflict(tmp_path: Path) -> None:
    a, b = _doc(
        tmp_path,
        "Prison workshops made 4,100 chairs in 2023.",
        "Prison workshops made 4,600 chairs in 2024.",
    )
    assert conflict(a, b) == "other periods"
    assert same_fact(a, b, 0.0, alone=True) is None


@pytest.mark.parametrize(
    ("first", "second", "own_first", "own_second"),
    [
        pytest.param(
            "Inspectors found 212 faulty locks on the canals in 2024.",
            "Inspectors found 180 faulty locks on the Leeds and Liverpool Canal in 2024.",
            set(),
            {"Leeds", "Liverpool Canal"},
            id="one-side-names-a-canal",
        ),
        pytest.param(
            "Inspectors in Wales found 212 faulty locks in 2024.",
            "Welsh inspectors found 230 faulty locks in 2024.",
            set(),
            set(),
            id="a-country-and-its-adjective",
        ),
    ],
)
def test_own_names_are_those_the_other_sentence_never_names(
    tmp_path: Path, first: str, second: str, own_first: set[str], own_second: set[str]
) -> None:
    a, b = _doc(tmp_path, first, second)
    assert own_names(a, b) == own_first
    assert own_names(b, a) == own_second


def test_a_country_named_in_the_paragraph_before_is_shared_as_its_adjective(tmp_path: Path) -> None:
    """A sentence that names nothing takes the names of the one before it; a country among
    them is also its adjective, as a sentence that says the adjective has it."""
    a, b = _doc(
        tmp_path,
        "The Netherlands runs a canal licence register. By 2024 the register listed 48,500 boats.",
        "The 52,000 Dutch boats on the register in 2024 paid the new fee.",
    )
    assert "dutch" in a.words and "dutch" in b.words


def test_words_shared_with_everything_do_not_link(tmp_path: Path) -> None:
    """Words in many sentences of the document (programme, government) weigh nothing."""
    a, b = _doc(
        tmp_path,
        "The programme of the government paid 1,200 grants.",
        "The government programme in general terms counted 1,500 visits.",
    )
    assert same_fact(a, b) is None


def test_other_dimensions_never_link(tmp_path: Path) -> None:
    a, b = _doc(
        tmp_path,
        "The Tweed hatchery spent $41,000 on salmon smolts in 2023.",
        "The Tweed hatchery released 47,000 salmon smolts in 2023.",
    )
    assert conflict(a, b) == "other dimensions"


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("Norway", "Norwegian", True),
        ("China", "Chinese", True),
        ("Poland", "Polish", True),
        ("Germany", "German", True),
        ("Kenya", "Kenyan", True),
        ("Austria", "Australia", False),
        ("Niger", "Nigeria", False),
        ("India", "Indiana", False),
        ("Iran", "Iraq", False),
        ("Malawi", "Mali", False),
    ],
)
def test_a_place_and_its_adjective_are_one_name(x: str, y: str, same: bool) -> None:
    from claimcheck.extract.linking import same_name

    assert same_name(x, y) is same


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        pytest.param(
            "In 2024 Scotland's Forestry Board replanted 4,100 hectares of upland pine.",
            "Upland pine replanting in Scotland and Cumbria reached 4,600 hectares in 2024.",
            False,
            id="possessive-name-named-bare",
        ),
        pytest.param(
            "In 2024 Norway's Road Directorate resurfaced 1,900 kilometres of mountain pass.",
            "Resurfacing of mountain passes in Norway and Lapland came to 2,100 kilometres in 2024.",
            False,
            id="possessive-directorate-country",
        ),
        pytest.param(
            "Last year Wales's Heritage Fund restored 240 chapels.",
            "Restorers in Wales and Cornwall saved 270 chapels last year.",
            False,
            id="possessive-fund-country",
        ),
        pytest.param(
            "In 2024 Scotland's Forestry Board replanted 4,100 hectares of upland pine.",
            "Upland pine replanting in Ireland and Cumbria reached 4,600 hectares in 2024.",
            True,
            id="possessive-name-other-country",
        ),
    ],
)
def test_a_possessive_name_is_named_by_its_owner(tmp_path: Path, first: str, second: str, apart: bool) -> None:
    """A name with a possessive ("Scotland's Forestry Board") is named where its owner is
    ("in Scotland and Cumbria"): the other sentence's own name alone sets nothing apart; an
    owner the other sentence never names is another name."""
    a, b = _doc(tmp_path, first, second)
    assert (conflict(a, b) == "other names") is apart


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In Ashworth, the trust opened 14 clinics last spring.", "Ashworth"),
        ("At Port Elwen the harbour board handled 2,100 calls.", "Port Elwen"),
        ("For Harland Water the regulator set a cap of 40 litres.", "Harland Water"),
        ("The Kessingham wardens issued 400 notices.", "Kessingham"),
    ],
)
def test_a_capitalised_opening_word_is_no_part_of_the_name_after_it(sentence: str, name: str) -> None:
    from claimcheck.extract.linking.context import _names

    names = _names(sentence)
    assert name in names
    assert not any(n.split()[0] in ("In", "At", "For", "The") for n in names)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"first year"}, {"second year"}, True),
        ({"2024", "first half"}, {"2024", "second half"}, True),
        ({"first year"}, {"first year"}, False),
        ({"first year"}, {"2024"}, False),  # a first year may be any year
        # a fiscal or school year is one year: its amount is the year's
        ({"2023/24", "per year"}, {"2023/24"}, False),
        ({"2024", "per year"}, {"2024"}, False),
        ({"2023/24", "per year"}, {"2024/25"}, True),
        ({"per year"}, set(), True),
    ],
)
def test_periods_conflict(a: set[str], b: set[str], apart: bool) -> None:
    from claimcheck.extract.linking.context import _periods_conflict

    assert _periods_conflict(frozenset(a), frozenset(b)) is apart
    assert _periods_conflict(frozenset(b), frozenset(a)) is apart


@pytest.mark.parametrize(
    ("first", "second", "reasons"),
    [
        # a change in one, another year in the other: both reasons, in conflict()'s order
        (
            "The canal trust repaired 41 lock gates in 2022.",
            "The canal trust's lock gate repairs rose to 47 in 2023.",
            ("other periods", "change"),
        ),
        # a forecast against an outturn, nothing else
        (
            "The prison library lent 8,200 books to inmates.",
            "The prison library expects to lend 9,000 books to inmates.",
            ("a forecast against an outturn",),
        ),
        # nothing sets them apart
        (
            "The hydrogen depot fuels 63 refuse lorries.",
            "The hydrogen depot now fuels 68 refuse lorries.",
            (),
        ),
    ],
)
def test_conflicts_lists_every_reason_and_conflict_gives_the_first(
    tmp_path: Path, first: str, second: str, reasons: tuple[str, ...]
) -> None:
    ca, cb = _doc(tmp_path, first, second)
    assert conflicts(ca, cb) == reasons
    assert conflict(ca, cb) == (reasons[0] if reasons else None)


def test_shared_weight_is_what_same_fact_scores(tmp_path: Path) -> None:
    ca, cb = _doc(
        tmp_path,
        "The broadband voucher scheme connected 3,100 farmhouses in Powys.",
        "In Powys the broadband voucher scheme has connected 3,400 farmhouses.",
    )
    link = same_fact(ca, cb)
    assert link is not None
    assert shared_weight(ca, cb) == pytest.approx(link.score, abs=0.01)
    # a weaker bar than the shared weight links, a stronger one does not
    assert same_fact(ca, cb, strong=shared_weight(ca, cb) + 1) is None
