"""Acronym definitions, recorded as written."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import Claim
from claimcheck.document import Source
from claimcheck.extract.acronyms import extract_acronyms, find_acronyms, is_acronym, letters_fit
from claimcheck.extract.text import iter_units
from conftest import SHARED
from claimcheck.ingest.markdown import read_markdown


def defs(text: str) -> list[tuple[str, str, str | None]]:
    return [(d["acronym"], d["expansion"], d["native"]) for d in find_acronyms(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The European Space Agency (ESA) met.", [("ESA", "European Space Agency", None)]),
        ("Rules of the Ministry of Natural Resources (MNR) apply.", [("MNR", "Ministry of Natural Resources", None)]),
        ("Ties to the Korean People’s Army (KPA) deepened.", [("KPA", "Korean People’s Army", None)]),
        ("the Rocket Force (火箭军, PLARF) grew", [("PLARF", "Rocket Force", "火箭军")]),
        (
            "It built a “Long-Range Strike and Area-Denial” (LRSAD) network.",
            [("LRSAD", "Long-Range Strike and Area-Denial", None)],
        ),
        ("Most low Earth orbit (LEO) slots are taken.", [("LEO", "low Earth orbit", None)]),
        ("Large state-owned banks (SOBs) lend more.", [("SOBs", "state-owned banks", None)]),
        ("It offers command, control, and communications (C3) links.", []),
        ("the position, navigation, and timing (PNT) service", [("PNT", "position, navigation, and timing", None)]),
        ("GNSS (Global Navigation Satellite System) receivers", [("GNSS", "Global Navigation Satellite System", None)]),
        ("tracking, telemetry and command (TT&C) stations", [("TT&C", "tracking, telemetry and command", None)]),
    ],
)
def test_definitions(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Harbour Pilots Guild’s (HPG’s) new rota starts today.", [("HPG", "Harbour Pilots Guild", None)]),
        ("Under the Coastal Survey Office's (CSO's) plan, buoys move.", [("CSO", "Coastal Survey Office", None)]),
        ("We met the Tram Safety Board’s (TSB's) inspectors.", [("TSB", "Tram Safety Board", None)]),
        # the acronym possessive, the name not: not a definition in this shape
        ("We met the Tram Safety Board (TSB's) inspectors.", []),
    ],
)
def test_a_definition_in_the_possessive(text, expected):
    """The name and its acronym both in the possessive define the acronym, the "'s" in
    neither."""
    assert defs(text) == expected


def test_letters_that_do_not_fit_are_recorded_as_written():
    # the writer swapped the letters: a rule must see this, so it is kept
    assert defs("the Japan Aerospace Exploration Agency (JEXA) said") == [
        ("JEXA", "Japan Aerospace Exploration Agency", None)
    ]
    # an expansion that belongs to another acronym entirely
    assert defs("under the State Council Information Office (NDRC), which") == [
        ("NDRC", "State Council Information Office", None)
    ]
    # a possessive bounds the run when nothing fits
    assert defs("the Council’s Office for Space and Technology for Defence (OSTDX) said") == [
        ("OSTDX", "Office for Space and Technology for Defence", None)
    ]
    assert not letters_fit("CNAS", "China National Space Administration", strict=True)
    assert letters_fit("CNSA", "China National Space Administration", strict=True)
    assert letters_fit("NGSO", "non-geostationary orbit")
    assert not letters_fit("NGSO", "non-geostationary orbit", strict=True)
    assert not letters_fit("XYZ", "low Earth orbit")


@pytest.mark.parametrize(
    "text",
    [
        "The mission (2028–2031) will return samples.",
        "The satellites (Shijian-17) moved.",
        "It launched a rocket (LM-11) last year.",
        "Chapter (IV) covers it.",
        "the “new infrastructure” (新基建) concept",
        "an effort (supposedly) peaceful",
        "some random words (XQZ) here",
    ],
)
def test_not_definitions(text):
    assert find_acronyms(text) == []


def test_is_acronym():
    assert is_acronym("SOEs") and is_acronym("A2/AD") and is_acronym("TT&C")
    assert not is_acronym("LM-11") and not is_acronym("II") and not is_acronym("Shijian")


def test_extract_spans_and_round_trip():
    body = "The Space Force (USSF) grew.[^1]\n\n[^1]: The note mentions the Defense Innovation Unit (DIU) too.\n"
    d = read_markdown(Source("d.md", body))
    units = list(iter_units(d))
    claims = list(extract_acronyms(units))
    assert [(c.acronym, c.text, c.footnote) for c in claims] == [
        ("USSF", "Space Force (USSF)", None),
        ("DIU", "Defense Innovation Unit (DIU)", "1"),
    ]
    assert claims[0].footnotes == ("1",)
    adapter = TypeAdapter(Claim)
    for c in claims:
        assert adapter.validate_json(adapter.dump_json(c)) == c


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The ",
                "Space ",
                "Agency ",
                "of ",
                "low ",
                "orbit ",
                "(",
                ")",
                "SA",
                "LEO",
                "s",
                ", ",
                "“",
                "”",
                "中",
                "and ",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_never_raises_and_spans_hold(text):
    d = read_markdown(Source("d.md", text + "\n"))
    units = list(iter_units(d))
    for c in extract_acronyms(units):
        unit = next(u for u in units if u.block == c.block and u.footnote == c.footnote)
        assert c.text == unit.text[c.start : c.end]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dotted country prefix is a word of the name, not a sentence end
        ("the U.S. Digital Service (USDS) and", [("USDS", "U.S. Digital Service", None)]),
        ("The U.K. Space Agency (UKSA) said", [("UKSA", "U.K. Space Agency", None)]),
        # "with" inside a name
        ("the Americans with Disabilities Act (ADA) site", [("ADA", "Americans with Disabilities Act", None)]),
        # a lower-case word before the capitalised run starts a syllable acronym
        ("maps of the contiguous United States (CONUS) show", [("CONUS", "contiguous United States", None)]),
        # the definition after the acronym, a noun between
        ("the SAFE instrument (Security Action for Europe) opens", [("SAFE", "Security Action for Europe", None)]),
    ],
)
def test_definitions_in_more_shapes(text, expected):
    assert defs(text) == expected


def test_reverse_with_a_noun_needs_letters_that_fit():
    # a noun between the acronym and a parenthesis that does not spell it: no definition
    assert defs("the SAFE instrument (Regional Lending Window) opens") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a link target the reader left between the name and the acronym
        (
            'the Blanket Purchase Agreement]({{ "/2018/07/bpa/" | url }}) (BPA) ended',
            [("BPA", "Blanket Purchase Agreement", None)],
        ),
        ("a request for quotation](https://example.org/q) (RFQ) went out", [("RFQ", "request for quotation", None)]),
        # a numbered name in the parenthesis
        ("under Executive Order 14030 (EO 14030) agencies", [("EO", "Executive Order 14030", None)]),
        # another numbered thing in the parenthesis: a reference, not a definition
        ("posted a draft of RFC9110 (RFCs #2212) for review", []),
        ("under Executive Order 14030 (EO 14031) agencies", []),
        # the acronym first, a lower-case expansion that fits
        ("in FY (fiscal year) 2022", [("FY", "fiscal year", None)]),
        # an HTML entity left in the text separates words
        ("about ~30&nbsp;global climate models (GCMs).", [("GCMs", "global climate models", None)]),
    ],
)
def test_definitions_past_reading_leftovers(text, expected):
    assert defs(text) == expected


def test_verbatim_letters_are_not_acronym_uses():
    from claimcheck.rules._acronyms_common import _verbatim

    def verbatim(text: str, token: str) -> bool:
        at = text.index(token)
        return _verbatim(text, at, at + len(token))

    assert verbatim("see the QPLM][qplm repo] notes", "QPLM")  # a link reference left as text
    assert verbatim("set HTTP_PROXY first", "HTTP")
    assert verbatim("open README.md now", "README")
    assert verbatim("mail ops@KLM.example", "KLM")
    assert verbatim("use IFERROR(A1) here", "IFERROR")
    assert not verbatim("the QPLM team met.", "QPLM")
    assert not verbatim("the (QPLM) team met.", "QPLM")


REALDOCS = SHARED / "realdocs"


@pytest.mark.skipif(
    not (REALDOCS / "manifest.jsonl").is_file(),
    reason=f"the published documents are not here: {REALDOCS} (../shared/realdocs beside the repository)",
)
def test_acronym_rules_stay_quiet_on_published_posts():
    """Published, edited posts (Rust blog, 18F, Bitcoin Optech: writing for specialists and
    for the public) draw no acronym error or warning and few advisories."""
    import json

    from claimcheck.config import Settings
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import build_rules, check_document

    settings = Settings(select=["AC"])
    rules = build_rules(settings)
    rows = [json.loads(line) for line in (REALDOCS / "manifest.jsonl").read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r["format"] == "markdown" and r["source"] in ("rustblog", "18f", "optech")]
    assert rows
    serious = advisory = 0
    for row in rows:
        doc = load_document(REALDOCS / row["file"])
        kept, _ = check_document(doc, rules, settings)
        serious += sum(1 for f in kept if f.severity.value in ("error", "warning"))
        advisory += sum(1 for f in kept if f.severity.value == "info")
    assert serious / len(rows) <= 0.05
    assert advisory / len(rows) <= 0.3


@pytest.mark.parametrize("text", ["0\x0c(ILRS)", "7 8 9 (ILRS)", "in 2 3 4 (ILRS)"])
def test_words_that_are_no_words_before_a_bracket_are_no_expansion(text):
    # a lower-case expansion is read from the initials of the words before the bracket;
    # "0" has no initial (found by the front-matter fuzzer: an IndexError)
    assert [d.expansion for d in find_acronyms(text)] in ([], [None])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence's subject, a preposition and an article before a name whose letters do
        # not fit: the name is the capitalised words from the acronym's first letter
        (
            "Officials of the Lake Victoria Basin (LVBC) said costs would rise.",
            [("LVBC", "Lake Victoria Basin", None)],
        ),
        (
            "Analysts at the European Investment Fund (EIB) were less sure.",
            [("EIB", "European Investment Fund", None)],
        ),
        (
            "Engineers from the Danube Shipping Office (DSA) objected.",
            [("DSA", "Danube Shipping Office", None)],
        ),
        # the first word opens the name: kept ("Bank of the …")
        (
            "Bank of the Philippine Islands (BPX) shares fell.",
            [("BPX", "Bank of the Philippine Islands", None)],
        ),
        # letters that fit are read as before
        ("Staff of the Water Resources Authority (WRA) inspected sites.", [("WRA", "Water Resources Authority", None)]),
    ],
)
def test_a_subject_before_a_name_that_does_not_fit_is_no_part_of_it(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # letters that also spell a Roman numeral, spelt out after them by a name that fits
        (
            "Later, the CDI (California Division of Insurance) approved it.",
            [("CDI", "California Division of Insurance", None)],
        ),
        ("The MDC (Metropolitan Development Council) met.", [("MDC", "Metropolitan Development Council", None)]),
        # a numeral of I, V and X before a part's title is no acronym
        ("Part II (Implementation Issues) sets out the plan.", []),
        ("Phase IV (Infrastructure Vouchers) starts in May.", []),
    ],
)
def test_a_roman_looking_acronym_spelt_out_after_it(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Federal Office for Migration and Refugees (Bundesamt für Migration und Flüchtlinge, BAMF) pays.",
            [("BAMF", "Federal Office for Migration and Refugees", "Bundesamt für Migration und Flüchtlinge")],
        ),
        (
            "The State Meteorological Agency (Agencia Estatal de Meteorología, AEMET) warned.",
            [("AEMET", "State Meteorological Agency", "Agencia Estatal de Meteorología")],
        ),
        (
            "The Federal Statistical Office (German: Statistisches Bundesamt, DESTATIS) counts.",
            [],  # (letters not in the own-language name's order from its first: no definition)
        ),
        ("Anna Weber (Bonn, DAAD) spoke first.", []),  # a place and another body's letters
        ("The new airport (Berlin, BER) opened late.", []),  # a short place name
    ],
)
def test_a_name_in_its_own_language_beside_the_acronym(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert defs(text) == expected
