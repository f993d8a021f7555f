"""Counts written in the shapes found missing by ``benchmarks/extraction_audit.py``: a change
"from ... to ..." whose noun is the sentence's subject, a perfect tense ("have fallen to"),
an earlier value "up from ...", and plurals that end like singulars ("clinics", "taxis").
Each shape has traps: the same words around figures that count nothing."""

from __future__ import annotations

import pytest

from claimcheck.extract.numeric import analyse


def counts(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.written, m.value, m.thing) for m in analyse(text) if m.kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change from one figure to another, the noun before the verb
        (
            "Licensed childminders fell from about 48,000 in 2015 to 31,500 in 2024.",
            [("48,000", 48000, "Licensed childminders"), ("31,500", 31500, "Licensed childminders")],
        ),
        (
            "Registered allotment holders rose from 1.2 million to 1.5 million over the decade.",
            [
                ("1.2 million", 1.2e6, "Registered allotment holders"),
                ("1.5 million", 1.5e6, "Registered allotment holders"),
            ],
        ),
        (
            "Staffed lifeboat stations have dropped from 212 to 187 since the merger.",
            [("212", 212, "Staffed lifeboat stations"), ("187", 187, "Staffed lifeboat stations")],
        ),
        ("Rural post offices doubled from 40 in the first year.", [("40", 40, "Rural post offices")]),
        # the perfect tense
        ("Licensed taxis have fallen to 3,390 since the reform.", [("3,390", 3390, "Licensed taxis")]),
        ("Apprentice plumbers had risen to 2,150 by the spring.", [("2,150", 2150, "Apprentice plumbers")]),
        # an earlier value, after a comma or in brackets
        (
            "Reported bicycle thefts reached 1,480 in 2024, up from 1,210.",
            [("1,480", 1480, "Reported bicycle thefts"), ("1,210", 1210, "Reported bicycle thefts")],
        ),
        (
            "The lending library made 52,000 loans in\nJune 2024, up from 47,500.",
            [("52,000", 52000, "loans"), ("47,500", 47500, "loans")],
        ),
        (
            "The hospice had 36 beds (down from about 44 in 2021).",
            [("36", 36, "beds"), ("44", 44, "beds")],
        ),
        # plurals that end like singulars
        ("The board now runs 214 clinics across the valley.", [("214", 214, "clinics")]),
        ("The ambulance trust hired 65 paramedics last winter.", [("65", 65, "paramedics")]),
        ("Ferry crossings and 120 taxis serve the island.", [("120", 120, "taxis")]),
        # some of a group named after the figure, or counted just before it
        (
            "By the summer, 9 of the 31 river boards had published a plan.",
            [("9", 9, "river boards"), ("31", 31, "river boards")],
        ),
        (
            "Some 5,600 farmers applied for the grant and 3,150 of them received it.",
            [("5,600", 5600, "farmers"), ("3,150", 3150, "farmers")],
        ),
        # a number opening its clause, said to be a group
        (
            "Of the 880 hikers rescued, 260 were teenagers and 45 were guides.",
            [("880", 880, "hikers"), ("260", 260, "teenagers"), ("45", 45, "guides")],
        ),
        (
            "Some 1,300 staff left; 410 were midwives, or about a third.",
            [("1,300", 1300, "staff"), ("410", 410, "midwives")],
        ),
        # a new total after an addition or a cut
        (
            "The museum lent 7 tapestries in June, bringing the total to 45.",
            [("7", 7, "tapestries"), ("45", 45, "tapestries")],
        ),
        (
            "The airline retired two jets, cutting the number of aircraft in its fleet to 61.",
            [("two", 2, "jets"), ("61", 61, "aircraft")],
        ),
    ],
)
def test_count_shapes_read(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert counts(text) == [(w, float(v), t) for w, v, t in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Average bus fares rose from 2.80 to 3.10.",  # a measure
        "House prices have risen from 190,000 to 240,000.",  # a measure
        "Ticket sales rose from 3,600 to 4,100.",  # sales: of what?
        "The club's league ranking fell from 12 to 19.",  # a rank, singular
        "The pension age rises from 66 to 67 in 2028.",  # an age
        "Interest rates have fallen from 5 to 4.",  # rates
        "The district's population grew from 2019 to 2024.",  # years
        "Output fell from the 2019 peak to 2024 levels.",  # years
        "Version 3 rose from beta to general release.",  # a version
        "She studied physics for two years, then economics.",  # "-ics" subjects
        "Just 3 of the 2024 entries were late.",  # a year after "of the"
        "Only 40 of those were ever built.",  # "those" with no count before
        "In 2023, 12 were cancelled.",  # a participle, no group
        "Of those, 30 were in the north.",  # a place, no group
        "The two were partners for years.",  # "the two": no count of partners
        "Section 4 were amendments.",  # a label
        "The museum reopened. This brings the total to 45.",  # no count before
        "Fees went up again, bringing the total to 12 percent.",  # a percentage
        "The reform cut the number of prices to 12.",  # a measure
    ],
)
def test_count_shape_traps(text: str) -> None:
    assert counts(text) == []


def test_some_of_a_group_is_a_part() -> None:
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.pdftext import read_pdf_text

    doc = read_pdf_text(Source("d.txt", "Some 5,600 farmers applied and 3,150 of them received the grant.\n"))
    parts = [(c.text, c.subject.part if c.subject else None) for c in extract(doc, kinds=["count"])]
    assert parts == [("5,600", None), ("3,150", "of")]
    # a label before "of the N things" counts nothing
    assert [m.written for m in analyse("Chapter 3 of the 12 volumes is the longest.") if m.kind == "count"] == ["12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auditors judged 17 of the ministry's 52 depots understaffed.", [("17", "of"), ("52", None)]),
        ("In winter, 6 of Harbour Trust's 40 moorings were let.", [("6", "of"), ("40", None)]),
        ("She sold 3 of her 20 paintings that year.", [("3", "of"), ("20", None)]),
    ],
)
def test_some_of_an_owner_s_group_is_a_part(text: str, expected: list[tuple[str, str | None]]) -> None:
    # an owner between "of the" and the group's size ("the ministry's 52 depots")
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.pdftext import read_pdf_text

    doc = read_pdf_text(Source("d.txt", text + "\n"))
    parts = [(c.text, c.subject.part if c.subject else None) for c in extract(doc, kinds=["count"])]
    assert parts == expected


def test_a_grouped_number_after_a_capitalised_word_is_read() -> None:
    # "Reviving 7,400 hectares": a figure, though a capitalised word stands before it; a
    # name's number is never written with its thousands grouped ("Mate 60", "Boeing 737")
    assert [(m.kind, m.value) for m in analyse("Reviving 7,400 hectares: the heathland report")] == [
        ("quantity", 7400.0)
    ]
    assert [m for m in analyse("Funding 12,500 apprentices") if m.kind == "count"][0].value == 12500.0
    assert analyse("The Boeing 737 and the Mate 60 were shown.") == ()


def test_or_so_after_a_number_is_a_hedge() -> None:
    # "1,200 or so boats", "twelve hundred or so boats": about 1,200 boats
    for text in ("The marina berths 1,200 or so boats.", "The marina berths twelve hundred or so boats."):
        (m,) = [m for m in analyse(text) if m.kind == "count"]
        assert (m.value, m.thing, m.qualifier) == (1200.0, "boats", "about")
    # "an hour or so", "40 or so." with no noun after: nothing more is read
    assert [m for m in analyse("There were 40 or so.") if m.kind == "count"] == []


def test_a_compound_count_with_its_scale() -> None:
    # "the 12-million-bird colony": 12 million birds; a unit stays a quantity's
    (m,) = [m for m in analyse("The 12-million-bird colony is the largest.") if m.kind == "count"]
    assert (m.value, m.thing) == (12e6, "birds")
    assert [m for m in analyse("A 3-million-tonne smelter opened.") if m.kind == "count"] == []


def test_up_from_keeps_the_first_count_s_noun_only_for_figures() -> None:
    # a percentage after "up from" is no count of the thing
    assert counts("The city recorded 1,480 burglaries in 2024, up from 12% of homes.") == [
        ("1,480", 1480.0, "burglaries")
    ]
    # nor is a year after "up from"
    assert counts("The fleet has 28 buses, up from 2019 levels.") == [("28", 28.0, "buses")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a container heads the subject, an aside or a list set off before the verb
        (
            "The number of families in emergency shelters, including those placed in hotels, stood at 6,400.",
            ("6,400", "families"),
        ),
        (
            "The number of young people not in education, employment or training reached 987,000.",
            ("987,000", "young people"),
        ),
        ("The list of patients waiting for a hip operation passed 41,000 in May.", ("41,000", "patients")),
        ("The backlog of cases awaiting trial, civil and criminal, reached 67,000 in 2024.", ("67,000", "cases")),
    ],
)
def test_a_container_subject_counts_its_noun_across_asides(text: str, expected: tuple[str, str]) -> None:
    assert [(w, t) for w, _, t in counts(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # another subject after a finite verb of the container's own clause
        "The number of pupils in temporary classrooms fell, and the total reached 18,500.",
        # a list with no "of" counts nothing
        "The list reached 7,800 by March.",
    ],
)
def test_a_container_subject_traps(text: str) -> None:
    assert counts(text) == []


def test_passing_a_mark_is_a_lower_bound() -> None:
    (m,) = [m for m in analyse("Applications topped 4,000 in May.") if m.kind == "count"]
    assert (m.thing, m.qualifier) == ("Applications", "more than")
    (m,) = [m for m in analyse("Parliament passed 14 housing bills in 2024.") if m.kind == "count"]
    assert m.qualifier is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of them" opening a sentence: the noun the sentence before ended on
        ("The port has 48 deep-water berths. By 2024, only 12 of them had shore power.", "deep-water berths"),
        ("There are 64 licensed weirs. In the 2024 inspections, 41 of them were safe.", "licensed weirs"),
        # the noun before does not end its sentence, or the sentence says more first
        ("The county has 230 care homes and many day centres. In 2024, 61 of them were good.", None),
        ("The county has 230 care homes. Inspectors found most centres full, and 61 of them were good.", None),
        ("The county has 230 care homes. It said so. In 2024, 61 of them were good.", None),
    ],
)
def test_some_of_them_after_the_sentence_before(text: str, expected: str | None) -> None:
    parts = [t for w, _, t in counts(text) if w in ("12", "41", "61")]
    assert parts == ([expected] if expected else [])
