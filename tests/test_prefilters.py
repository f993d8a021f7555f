"""The cheap tests that let a pattern be skipped must never skip a text it would match.

Speed work puts a cheap test before a costly pattern (a keyword looked up with ``in``, a
character class, a per-token pre-scan). Each such test here is checked to be exact: it
says "cannot match" only where the pattern finds nothing, and the fast path gives the same
matches as the pattern run in full.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.text import has_any, ignorecase_fold


def test_ignorecase_fold_keeps_every_character_an_ignorecase_pattern_reads_as_a_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch):
            folded = ignorecase_fold(ch)
            assert len(folded) == 1 and re.fullmatch(folded, ch, re.IGNORECASE), (hex(code), folded)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The PAST Week", "past"),
        ("paſt", "past"),
        ("İNCLUDES", "includ"),
        ("dıvıded", "divided"),
        ("\u212aelvin", "kelvin"),
        ("Christmas 2020", "christmas"),
    ],
)
def test_has_any_finds_what_ignorecase_finds(text: str, word: str) -> None:
    assert re.search(word, text, re.IGNORECASE)
    assert has_any(ignorecase_fold(text), (word,))


_TEXTS = [
    "See https://example.org/a_b and www.Example.com, or mail a.b@c.org; run setup.py or pkg.mod.fn().",
    "Paths: /usr/bin, ./x, dir/file.txt, a/b/c/, C:\\temp, Trojan:Win32/Agent, a::b, x->y, f(), {a}, <b>, c=d.",
    "Plain words only here. And e.g. this, i.e. that; end.",
    "1111/" * 50 + " x " + "a.b " * 20,
    "  \u3000lead/ing\x1cspace_s\u2028and\u00a0more@x.com  ",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_verbatim_spans_are_the_patterns_matches(text: str) -> None:
    from claimcheck.rules._names import _VERBATIM, _verbatim

    assert _verbatim(text) == [m.span() for m in _VERBATIM.finditer(text)]


def test_date_prefilters_hold_what_every_match_holds() -> None:
    from claimcheck.extract import dates

    assert len(dates._ATOM_NEEDS) == len(dates._ATOMS)
    for name in dates._HOLIDAYS:
        assert has_any(name, dates._HOLIDAY_WORDS), name
    for text in (
        "in the last 3 years",
        "two decades ago",
        "this month",
        "more recently",
        "in recent weeks",
        "over the past half-a-century",
        "the coming quarter-century",
    ):
        folded = ignorecase_fold(text)
        hits = [rx for rx in dates._REL_RES if rx.search(text)]
        assert hits, text
        for rx, needs in zip(dates._REL_RES, dates._REL_NEEDS):
            if rx.search(text):
                assert all(has_any(folded, words) for words in needs), (text, rx.pattern)


def test_member_list_words_are_in_every_match() -> None:
    from claimcheck.extract import lists

    for text, rx, words, folded in [
        ("Chile, Peru and Ghana have since joined the pact", lists._AFTER_LIST, lists._AFTER_LIST_WORDS, False),
        ("Chile, Peru and Ghana together formed the pact", lists._AFTER_LIST, lists._AFTER_LIST_WORDS, False),
        ("The pact BROUGHT TOGETHER three states: A, B and C", lists._BEFORE_LIST, lists._BEFORE_LIST_WORDS, True),
        ("The pact Is Made Up Of A, B and C", lists._BEFORE_LIST, lists._BEFORE_LIST_WORDS, True),
        ("The member states of the Pact are A, B and C", lists._MEMBERS_OF, lists._MEMBERS_OF_WORDS, False),
    ]:
        assert rx.search(text), text
        assert has_any(ignorecase_fold(text) if folded else text, words), text


def test_number_helpers_agree_with_their_plain_forms() -> None:
    from claimcheck.extract import numeric

    for text in ("no figures", "١٢٣ Arabic-Indic", "½ a cup", "Ⅻ", "plain 42", "", "naïve", "twenty-one"):
        assert numeric._has_numeric(text) == any(ch.isnumeric() for ch in text), text
    for text in ("see www.X.org", "mail me@x", "a.PDF file", "http://x", "nothing here", "the .Gov site"):
        if numeric._URL_RE.search(text):
            assert numeric._may_hold_url(text), text


@pytest.mark.parametrize(
    "text",
    [
        "½ cup, 3¼ miles, .5 and 1,234.5 or twenty-one k; An eighth of 1.1.1 and 4th; a hundred and five",
        "ſix Kilo 10k 1 234 567.89 3/4 5,00 2e5 1 in 5",
        "",
        "no numbers at all here",
        "x" * 50 + "5" + "y 7 seven",
    ],
)
def test_next_number_is_the_number_patterns_search(text: str) -> None:
    from claimcheck.extract.numbers import _NUMBER_RE, _NextNumber

    nxt = _NextNumber(text)
    for pos in [*range(len(text) + 1), *range(len(text), -1, -7)]:
        want, got = _NUMBER_RE.search(text, pos), nxt.search(pos)
        assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), pos


def test_month_first_letters_are_what_the_month_names_start_with() -> None:
    from claimcheck.extract import dates

    first = re.compile("(?:" + "|".join(sorted({m[0] for m in dates.MONTHS})) + ")", re.IGNORECASE)
    cls = re.compile("[jfmasond]", re.IGNORECASE)
    assert {m[0] for m in dates.MONTHS} <= set("jfmasond")
    assert all(bool(first.match(chr(c))) == bool(cls.match(chr(c))) for c in range(sys.maxunicode + 1))


@pytest.mark.parametrize(
    "text",
    [
        "The five-party pact signed by Chile, Peru, Ghana, Kenya and Fiji in 2021.",
        "a SIX-NATION bloc (Chile, Peru, Ghana, Kenya, Fiji and Togo) met",
        "the three-country pilot in Chile, Peru and Ghana",
        "the three-ſtate compact: Chile, Peru and Ghana",
        "a well-known twelve-week course with Chile, Peru and Ghana",
        "",
    ],
)
def test_hyphen_counted_lists_need_a_hyphen_and_a_counted_noun(text: str) -> None:
    from claimcheck.extract import lists

    if "-" not in text or not lists._HYPHEN_NOUN_AFTER.search(text):
        assert not lists._HYPHEN_GROUP.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "the same five (Chile, Peru, Ghana, Kenya and Fiji) met again",
        "These four — Chile, Peru, Ghana and Kenya — met",
        "all the three -- Chile, Peru and Ghana -- met",
        "the same five, Chile, Peru, Ghana, Kenya and Fiji, met again",
        "",
    ],
)
def test_restated_lists_need_a_bracket_or_a_dash(text: str) -> None:
    from claimcheck.extract import lists

    if "(" not in text and "—" not in text and "–" not in text and "--" not in text:
        assert not lists._RESTATED.search(text)
    else:
        assert lists._RESTATED.search(text)


def test_period_patterns_need_their_words() -> None:
    """periods_of runs _YEAR_TO only on a text holding "year" or "months", _RELATIVE on one
    holding "year" and _PER on one holding one of _PER_WORDS (case folded as the patterns read)."""
    from claimcheck.extract.linking import context as linking

    texts = [
        "in the year to 30 June 2025",
        "over the twelve months ended March 2024 and the 12 months to June 2023",
        "LAST YEAR'S figure, this Year and next yeaR",
        "paid per Week, a Month, an hour, each QUARTER, every second and every day; per Year",
        "per ſecond",
    ]
    for text in texts:
        folded = ignorecase_fold(text)
        assert linking._YEAR_TO.search(text) or linking._RELATIVE.search(text) or linking._PER.search(text), text
        if linking._YEAR_TO.search(text):
            assert "year" in text or "months" in text, text
        if linking._RELATIVE.search(text):
            assert "year" in folded, text
        for m in linking._PER.finditer(text):
            assert has_any(folded, linking._PER_WORDS), text
            assert ignorecase_fold(m.group(1)) in linking._PER_WORDS, text
    assert linking.periods_of(texts[3]) == frozenset(
        {"per week", "per month", "per hour", "per quarter", "per second", "per day", "per year"}
    )


_LIST_VERBS = (
    "includes|included|include|comprises|comprised|comprise|counts|counted|brings\ntogether|brought  together|"
    "consists of|consisted of|is made up of|was made\tup of|has grown to|had grown to|numbers|numbered|made up of|"
    "composed of|is composed of|was composed of|comprising|consisting of|gathers|gathered|unites|united|groups|"
    "grouped|links|linked|connects|connected|spans|spanned|NOW INCLUDES"
).split("|")


@pytest.mark.parametrize("verb", _LIST_VERBS)
def test_every_verb_of_an_introduced_list_holds_a_prefilter_word(verb: str) -> None:
    from claimcheck.extract import lists

    text = f"The pact {verb} five countries: Chile, Peru, Ghana, Kenya and Laos."
    assert lists._BEFORE_LIST.search(text), verb
    assert has_any(ignorecase_fold(text), lists._BEFORE_LIST_WORDS), verb


def test_period_shapes_of_a_clause_need_their_words() -> None:
    from claimcheck.extract import subjects

    texts = [
        "in the 1990s and in 2024, by 2100",
        "last year, the next two quarters, the fiscal YEAR, twelve-month period, 3 weeks period",
        "per day, a Year, each typical week, in an average month, every single session",
        "ANNUALLY, yearly, daily, weekly, monthly, quarterly, hourly and nightly",
        "to date, so far, thus far, since, until, through 2024, by then, at the time, at its peak, "
        "at launch, at the start, at the end, ago, in total, per capita",
        "in September, SEPT, July and June, October",
        "Q3, q1, this Summer, last WINTER, fall, autumn, spring",
        "the first half, the Second HALF, the latter half",
    ]
    assert len(texts) == len(subjects._PERIOD_RES) == len(subjects._PERIOD_NEEDS)
    for text, rx, needs in zip(texts, subjects._PERIOD_RES, subjects._PERIOD_NEEDS):
        assert rx.search(text), (text, rx.pattern)
        for t in [text, *text.split(", ")]:
            if rx.search(t):
                folded = t if needs is subjects._PERIOD_NEEDS[0] else ignorecase_fold(t)
                assert has_any(folded, needs), (t, rx.pattern)


@pytest.mark.parametrize("offset", [0, 1, 99, 100, 101, 1999, 3999, 4000, 4001, 6543])
@pytest.mark.parametrize("start", [0, 7, 2500])
def test_a_digit_run_too_long_is_found_whatever_its_place(offset: int, start: int) -> None:
    """_check_digit_runs reads a sample of the text first; a run of MAX_DIGITS + 1 digits
    from ``start`` on is found wherever it starts, and one of MAX_DIGITS never is."""
    from pathlib import Path

    from claimcheck.errors import InputError
    from claimcheck.ingest import MAX_DIGITS, _check_digit_runs

    pad = "word " * 2000
    long_text = pad[: start + offset] + "7" * (MAX_DIGITS + 1) + pad
    with pytest.raises(InputError):
        _check_digit_runs(Path("x.md"), long_text, start)
    _check_digit_runs(Path("x.md"), pad[: start + offset] + "7" * MAX_DIGITS + " " + pad, start)


_ANCHOR_TEXTS = [
    "The alliance has four partners (Oslo, Turku, Riga and Tartu) and two observers: Malmö and Gdańsk.",
    "Three labs were jointly founded by the Weather Office, Kelpie Data and Norland Grid in 1998; the prize "
    "has been endorsed by Arlo.",
    "Its sponsors, namely the Hospital Trust, Bay Clinics and Moorside, pay half; i.e. Moorside pays most.",
    "The crews — Alder, Birch and Cedar — and the barges – Dover and Deal – sailed; the tugs -- Ash -- did not.",
    "Six boards - Ashby, Brigg and Crowle - met; prices rose 2019 - 2020, and a well-known - the Haxey - mill.",
    "Members are now the following: Ghent, Liège and Namur, such as Ghent, like Namur, among them Liège.",
    "Five towns, at Caernarfon, Welshpool and Bala, in particular Bala, e.g. Welshpool, for example, Rhyl.",
    "It was signed by Chile, had been ratified by Peru, and is endorsed by Bolivia; 1,250 people, 3:30 pm.",
    "\u00a0are\u00a0Kent,\tthat is Essex;\nwere Sussex\u2003including Surrey, notably Hull, especially York:\u2009Leeds",
    "Old ports like Bergen and Cork, harbours such as Hull and docks amongst them Leith trade; rivers "
    "namely the Tay and Tees, firths viz. Forth, lochs i.e. Ness, burns in particular Ettrick, fords for "
    "instance Avon, glens for example Coe, peaks notably Nevis, moors especially Rannoch, isles among them Skye.",
    "no anchor here at all, just lower-case words, commas, and isles; island: is? was! for… like-minded",
    "",
]


@pytest.mark.parametrize("text", _ANCHOR_TEXTS)
def test_member_list_anchors_are_the_patterns_matches(text: str) -> None:
    """The anchor scan tries _ANCHORS only where _ANCHOR_START finds a place: the same
    matches as _ANCHORS.finditer, from every start and up to every end."""
    from claimcheck.extract.lists import _ANCHORS, _anchor_matches

    def found(matches: Any) -> list[tuple[Any, ...]]:
        return [(m.span(), m.lastgroup, m.groupdict()) for m in matches]

    assert any(_ANCHORS.search(t) for t in _ANCHOR_TEXTS)
    for s0 in range(0, len(text) + 1, 7):
        for s1 in (len(text), len(text) // 2, s0 + 11):
            s1 = min(max(s1, s0), len(text))
            assert found(_anchor_matches(text, s0, s1)) == found(_ANCHORS.finditer(text, s0, s1)), (s0, s1)


def test_member_list_anchors_on_random_texts() -> None:
    """The same on texts made at random from the pieces anchors are made of."""
    import random

    from claimcheck.extract.lists import _ANCHORS, _anchor_matches

    pieces = [" ", "  ", "\t", "\u00a0", "\n", ",", ":", "(", ")", "—", "–", "-", "--", ";", ".", "the ", "The ",
              "Are ", "are", "were", "was", "is", "has been", "had been", "namely", "viz.", "i.e.", "that is",
              "including", "such as", "like", "among them", "amongst them", "notably", "especially",
              "in particular", "e.g.", "for example", "for instance", "founded", "set up", "by", "at", "in",
              "based in", "Oslo", "Kent", "x", "7", " are Oslo", " were now in Kent", " was founded by ",
              " is jointly set up by the Kent"]  # fmt: skip
    rng = random.Random(16)
    kinds: set[str | None] = set()
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        got = [(m.span(), m.groupdict()) for m in _anchor_matches(text, 0, len(text))]
        assert got == [(m.span(), m.groupdict()) for m in _ANCHORS.finditer(text)], text
        kinds.update(m.lastgroup for m in _ANCHORS.finditer(text))
    assert kinds == {"paren", "colon", "namely", "dash", "be", "by", "comma", "partial"}


def test_glued_count_starting_with_a_class_finds_what_the_plain_pattern_finds() -> None:
    """pdftext's glued counts ("threecountry"): the pattern written to start with a character
    class gives the same matches and groups as the plain one with re.IGNORECASE."""
    import random

    from claimcheck.ingest import pdftext

    words = pdftext._GLUED_COUNT_WORDS
    plain = re.compile(r"(?<![\w/.=?&#%:-])(" + "|".join(words) + r")([a-z]{4,})(?![\w-]|[./?#=&]\w)", re.IGNORECASE)
    fast = re.compile(pdftext._GLUED_COUNT.pattern)

    def found(pattern: re.Pattern[str], text: str) -> list[Any]:
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    own = [
        "a twocountry survey and a fivestar hotel",  # two, five
        "Seventeenth",  # seventeen + th is too short: seven + teenth
        "ſixteenſtates",  # the long s, read as s
        "eİghteenyears",  # the dotted capital I, read as i
        "non-threecountry /fourpoint x.ninefold",  # a word character, slash or dot before
        "tenantsx tenants.com tenfold- tenfold.x",  # what follows decides
        "THIRTEENYEAR olds, Ninetyseven",
    ]
    for text in own:
        assert found(fast, text) == found(plain, text), text
    assert found(fast, own[0]) == [((2, 12), ("two", "country")), ((26, 34), ("five", "star"))]
    letters = "aehinorstuvwxyfglEHSTNOFſıİK -./:#'\n"
    rng = random.Random(16)
    for _ in range(3000):
        parts = [
            rng.choice(words) + "".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.4
            else "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
            for _ in range(rng.randint(1, 8))
        ]
        text = "".join(parts)
        text = rng.choice([text, text.title(), text.upper()])
        assert found(fast, text) == found(plain, text), text


def test_glued_count_class_holds_every_character_ignorecase_reads_as_a_first_letter() -> None:
    from claimcheck.ingest import pdftext

    firsts = {w[0] for w in pdftext._GLUED_COUNT_WORDS}
    want = {chr(c) for c in range(sys.maxunicode + 1) if any(re.fullmatch(f, chr(c), re.I) for f in firsts)}
    pattern = pdftext._GLUED_COUNT.pattern
    have = set(pattern[2 : pattern.index("]")])
    assert have == want


def test_an_ordinal_period_holds_a_prefilter_word() -> None:
    from claimcheck.extract.linking import context as linking

    for text in ("in its FIRST year", "the Second half of 2024", "its third quarters", "the final twelve months"):
        assert linking._ORDINAL_SPAN.search(text), text
        assert has_any(ignorecase_fold(text), linking._ORDINAL_WORDS), text


@pytest.mark.parametrize(
    "text",
    [
        "The fleet grew to 12 ferries, three TIMES as many as the 4 of 2019.",
        "Output reached 900 tonnes, twice the 450 of last year.",
        "Sales hit 50 units, a fifth more than the 40 before.",
        "Costs fell to 60, 40 per cent less than the 100 of 2020.",
        "Some 3 ti\u0307mes the cost; about Half the rest",
        "Nothing to compare in this sentence at all.",
        "The budget was 7 m, up from 5 m.",
    ],
)
def test_ar002_comparison_words_are_in_every_match(text: str) -> None:
    """AR002 searches a sentence for a stated ratio only when it holds one of the words
    every match of the pattern holds."""
    from claimcheck.rules import ar002_change_does_not_follow as ar002

    low = ignorecase_fold(text)
    for rx, needs in (
        (ar002._TIMES_AS, ar002._TIMES_WORDS),
        (ar002._FRAC_THAN, ("than",)),
        (ar002._PCT_THAN, ("than",)),
    ):
        for m in rx.finditer(text):
            assert has_any(ignorecase_fold(m.group(0)), needs), (rx.pattern[:30], m.group(0))
        if not has_any(low, needs):
            assert list(rx.finditer(text)) == []


_RATIO_PIECES = [*"0123456789 .%x", "three", " times ", " twice", " as many as ", "than ", "the ", "a fifth "]
_RATIO_PIECES += ["more ", "per cent ", "half", "TIMES", "Doubl"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RATIO_PIECES), max_size=14).map("".join))
def test_ar002_comparison_words_prefilter_never_skips_a_match(text: str) -> None:
    from claimcheck.rules import ar002_change_does_not_follow as ar002

    low = ignorecase_fold(text)
    for rx, needs in (
        (ar002._TIMES_AS, ar002._TIMES_WORDS),
        (ar002._FRAC_THAN, ("than",)),
        (ar002._PCT_THAN, ("than",)),
    ):
        if rx.search(text):
            assert has_any(low, needs)


@pytest.mark.parametrize(
    "text",
    [
        "Due 3 March, or 14th Sept. 2023 (or sep); 5may, x_jan, ajan, mayday, JUNE and July",
        "ſeptember 9, İ said in Dec., décembre, Ümay, Noviembre, nov-2024, 2024-11-05",
        "",
        "no dates at all in this one",
        "١٢٣ Arabic-Indic digits and ³ a superscript; augur, octet, Octobers",
    ],
)
def test_date_triggers_are_the_trigger_patterns_matches(text: str) -> None:
    from claimcheck.extract.dates import _TRIGGER, _triggers

    assert _triggers(text) == [(m.start(), m.end(), m.group(0)[0].isdigit()) for m in _TRIGGER.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Jan",
                "uary",
                "MAR",
                "ch",
                "may",
                "Sep",
                "t",
                "ember",
                "oct",
                "No",
                "v",
                "dec",
                "ſ",
                "İ",
                "ı",
                "_",
                "1",
                "42",
                " ",
                ".",
                "-",
                "a",
                "é",
                "\n",
            ]
        ),  # fmt: skip
        max_size=12,
    ).map("".join)
)
def test_date_triggers_on_random_texts(text: str) -> None:
    from claimcheck.extract.dates import _TRIGGER, _triggers

    assert _triggers(text) == [(m.start(), m.end(), m.group(0)[0].isdigit()) for m in _TRIGGER.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("_SAME_YEAR", "Later That Year the board met"),
        ("_SAME_YEAR", "the same autumn it closed"),
        ("_SEASON_FROM_DATE", "the Following Winter"),
        ("_MONTH_FROM_DATE", "two MONTHS later"),
        ("_YEAR_FROM_DATE", "the year after, prices fell"),
    ],
)
def test_relative_date_phrases_hold_their_words(pattern: str, text: str) -> None:
    """``_parts_of_years`` tries each pattern only on a text with the words it needs."""
    from claimcheck.extract import dates

    folded = ignorecase_fold(text)
    seasons, years = has_any(folded, dates._SEASON_WORDS), "year" in folded
    needs = {
        "_SAME_YEAR": ("that" in folded or "same" in folded) and (seasons or years),
        "_SEASON_FROM_DATE": seasons,
        "_MONTH_FROM_DATE": "month" in folded,
        "_YEAR_FROM_DATE": years,
    }
    assert getattr(dates, pattern).search(text), text
    assert needs[pattern], text
    # the same text without its words: nothing to find
    bare = re.sub(r"(?i)that|same|month|year|spring|summer|autumn|fall|winter", "x", text)
    assert not getattr(dates, pattern).search(bare)


_COUNT_PIECES = ["the ", "The ", "its ", "all ", "both ", "Both of the ", "three ", "3 ", "twenty-one ", "dozen ",
                 "firms ", "sites ", "in 2019", " so far", " to date", " are ", " were ", "(", ")", " — ", ", ",
                 "in all", " from ", "64 ", "entries", "Today", "x", " ", "\n"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=14).map("".join))
def test_member_list_patterns_that_need_a_count_are_skipped_only_without_one(text: str) -> None:
    from claimcheck.extract import lists

    for rx in (
        lists._RESTATED,
        lists._COPULA_THINGS,
        lists._COPULA_COUNT,
        lists._PICKED_FROM,
        lists._TIME_AFTER_NOUN,
        lists._COUNT_IN_ALL_ASIDE,
        lists._BOTH_OF,
        lists._ALL_N_OF,
    ):
        if rx.search(text):
            assert lists._may_count(text), (rx.pattern, text)
    if lists._TIME_AFTER_NOUN.search(text):
        assert lists._may_end_in_time(text), text


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("_RESTATED", "the same four (Ash, Elm and Oak)"),
        ("_COPULA_THINGS", "The two causes we met were floods and fires"),
        ("_COPULA_COUNT", " are its 5 member towns."),
        ("_PICKED_FROM", "picked two winners from 64 entries"),
        ("_TIME_AFTER_NOUN", "four members so far"),
        ("_TIME_AFTER_NOUN", "six clubs since 2015  "),
        ("_COUNT_IN_ALL_ASIDE", "the ports — five in all — said"),
        ("_BOTH_OF", "both of the city's ferries"),
    ],
)
def test_member_list_count_prefilters_pass_a_match(pattern: str, text: str) -> None:
    from claimcheck.extract import lists

    assert getattr(lists, pattern).search(text), text
    assert lists._may_count(text)
    assert pattern != "_TIME_AFTER_NOUN" or lists._may_end_in_time(text)


def test_count_word_cores_find_every_count_word() -> None:
    from claimcheck.extract import lists

    # each count word, in any case and inside other words, is found by the words that hold
    # no other: the shorter list gives the answer the whole list gives
    for word in lists._COUNT_WORDS:
        for text in (word, word.upper(), f"The {word.title()} of them", f"x{word}y"):
            assert lists._may_count(text), text
            assert has_any(ignorecase_fold(text), lists._COUNT_WORD_CORES) is has_any(
                ignorecase_fold(text), lists._COUNT_WORDS
            )
    for text in ("the Ardmore and Ely councils", "a dozen-odd", "Fourteenth", "often", "Seventy"):
        assert has_any(ignorecase_fold(text), lists._COUNT_WORD_CORES) is has_any(
            ignorecase_fold(text), lists._COUNT_WORDS
        ), text


def test_member_list_word_prefilters() -> None:
    from claimcheck.extract import lists

    for text in ("the Ardmore, Ely and Cray COUNCILS", "the Vale and Tor boroughs"):
        assert lists._NAMES_NOUN.search(text), text
        assert has_any(ignorecase_fold(text), lists._NAMES_NOUN_WORDS), text
    for item in ("the Ouse Washes Marshes", "Rhône Delta", "the Tay ESTUARY", "Great Dunes"):
        if lists._NAME_AND_PLACE_NOUN.match(item):
            assert ignorecase_fold(item).endswith(lists._PLACE_NOUN_ENDS), item
    assert lists._NAME_AND_PLACE_NOUN.match("the Tay ESTUARY")
    assert not ignorecase_fold("the Tay estuaries").endswith(lists._PLACE_NOUN_ENDS)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ash", "x", "y", " ", "(", ")", "[", "]", "¹", "⁴", "note", ",", "\u00a0"]), max_size=12
    ).map("".join)
)
def test_an_item_without_brackets_or_superscripts_has_no_aside(raw: str) -> None:
    """``_member`` skips ``_ASIDE`` on an ASCII item without a bracket."""
    from claimcheck.extract.lists import _ASIDE

    if "(" not in raw and "[" not in raw and raw.isascii():
        assert _ASIDE.sub("", raw) == raw


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ab", "A", "b", "Cd", ".", "Ef", " ", "x.", ".Y", "1"]), max_size=12).map("".join))
def test_glued_sentence_end_starting_with_its_full_stop(text: str) -> None:
    """``lists._GLUED_END`` (the full stop first) finds what the pattern with its look-behind
    first finds."""
    from claimcheck.extract.lists import _GLUED_END

    plain = re.compile(r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])")
    assert [m.span() for m in _GLUED_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["£5m", "40 ", "per cent", " for ", " to ", "the ", "Ash", "€", "2", "x"]), max_size=10
    ).map("".join)
)
def test_amounts_before_names_hold_a_digit(text: str) -> None:
    from claimcheck.extract.lists import _AMOUNT_FOR, _ANY_DIGIT

    if _AMOUNT_FOR.search(text):
        assert _ANY_DIGIT.search(text)


@pytest.mark.parametrize(
    ("prio", "text"),
    [
        (3, "the Twenty-First OF june, 2020"),
        (14, "closed 2015-12"),
        (15, "due 12/2015"),
        (17, "open 5/1-5/7"),
        (18, "filed 2019-AUG-01"),
        (19, "in the mid-1990’s"),
        (20, "the late 90S"),
        (21, "Calendar Year 2008"),
        (22, "fiscal 2023–24"),
        (23, "on Thursday, the 21st"),
        (24, "the third MONTH of 2021"),
    ],
)
def test_date_shapes_hold_their_words(prio: int, text: str) -> None:
    """``_atoms`` tries a shape on a window only when it holds one of the shape's words."""
    from claimcheck.extract import dates

    words = dates._ATOM_WORDS[prio]
    assert words is not None
    assert dates._ATOM_RES[prio].search(text), text
    assert has_any(ignorecase_fold(text), words), text


_DATE_PIECES = ["19", "90", "0s", "0's", "0’s", "S", "ſ", "-", "–", "/", ".", " ", "of", "OF", "the ", "fy", "Cy",
                "calendar year ", "day", "Mon", "month", "third ", "first", "june", "aug", "2021", "12", "5", ","]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
def test_date_shapes_are_skipped_only_without_their_words(text: str) -> None:
    from claimcheck.extract import dates

    folded = ignorecase_fold(text)
    for rx, words in zip(dates._ATOM_RES, dates._ATOM_WORDS):
        if words is not None and rx.search(text):
            assert has_any(folded, words), (rx.pattern, text)


_URL_PIECES = st.lists(
    st.sampled_from(
        "http HTTP hTtPs httpſ https h H w W www. WwW. ww. :// :/ // / . a ß \u212a ſ x.org é 1".split()
        + [" ", "\n", "\u00a0", "<", ">", '"', "“", "”", "(", ")"]
    ),
    max_size=24,
).map("".join)


def test_a_url_pattern_opening_with_a_class_finds_what_the_ignorecase_pattern_finds() -> None:
    from claimcheck.extract import dates
    from claimcheck.text import URL_RE, find_urls

    plain = re.compile(r"https?://[^\s<>\"“”]+", re.IGNORECASE)
    plain_dates = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+", re.I)
    texts = [
        "See https://example.org/a and HTTP://X.ORG/B, hTtPſ://odd, www.Example.com or WWW.x.org.",
        "no link here: http:/ x, h ttp://y, ttp://z, wwww.a.b, ww.c, w.d",
        '“http://quoted.org/”<https://angle.org>"https://q.org"',
        "",
    ]

    @given(_URL_PIECES)
    @settings(max_examples=400, deadline=None)
    def same(text: str) -> None:
        for t in (text, *texts):
            assert [m.span() for m in URL_RE.finditer(t)] == [m.span() for m in plain.finditer(t)]
            assert [m.span() for m in dates._URL_RE.finditer(t)] == [m.span() for m in plain_dates.finditer(t)]
            assert bool(URL_RE.match(t)) == bool(plain.match(t))
            if "://" not in t:  # find_urls skips such a text: the pattern finds nothing there
                assert plain.search(t) is None and find_urls(t) == []

    same()
