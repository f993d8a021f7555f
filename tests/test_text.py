"""The shared text helpers of claimcheck.text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.text import singular


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("countries", "country"),
        ("boxes", "box"),
        ("churches", "church"),
        ("dishes", "dish"),
        ("classes", "class"),
        ("ports", "port"),
        ("glass", "glass"),  # -ss: not a plural
        ("status", "status"),  # -us
        ("analysis", "analysis"),  # -is
        ("gas", "gas"),  # three letters: left as written
        ("co2s", "co2s"),  # digits: left as written
        ("port", "port"),
    ],
)
def test_singular(plural: str, expected: str) -> None:
    assert singular(plural) == expected


def test_the_counted_thing_and_the_registry_key_share_the_singular() -> None:
    """The subject of a count and the registry's key of a thing agree on the head noun."""
    from claimcheck.extract.subjects import thing_key as subject_key
    from claimcheck.registry.matching import thing_key as registry_key

    assert subject_key("the new ports") == "new port"
    assert registry_key("the 5G base stations") == "5g base station"
    assert subject_key("boxes") == registry_key("boxes") == "box"


def test_is_cjk_answers_as_its_six_ranges() -> None:
    """``is_cjk`` tells a code point below U+3000 at once (a speed matter): the same answer
    as the six ranges it tests (every code point of the first plane, each range's ends)."""
    from claimcheck.text import is_cjk

    ranges = (
        (0x3000, 0x303F),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xF900, 0xFAFF),
        (0xFF00, 0xFFEF),
        (0x20000, 0x2FA1F),
    )
    assert not is_cjk("")
    codes = [*range(0x10000), *(c + d for _, c in ranges for d in (-1, 0, 1)), 0x2FA20, 0x10FFFF]
    for code in codes:
        assert is_cjk(chr(code)) == any(lo <= code <= hi for lo, hi in ranges)
    # citations and quotations skip the test for a text whose largest character is below U+3000
    assert min(lo for lo, _ in ranges) == 0x3000


def test_a_text_below_u3000_counts_no_cjk_and_the_rest_as_before() -> None:
    """The two shortcuts that read ``max(text) < "\u3000"`` as "no CJK character": the
    same word counts and translated titles as counting each character."""
    from claimcheck.extract.citations import _translated_title
    from claimcheck.extract.quotations import _word_count

    for text in ["plain words", "na\u00efve caf\u00e9 \u2014 \u201cquoted\u201d", "\u2fff edge", "\u3000 wide",
                 "\u5e02\u573a \u5f00\u653e market", "\u4e2d\u6587\u6807\u9898"]:  # fmt: skip
        cjk = sum(1 for ch in text if 0x3000 <= ord(ch) and ch.isalpha() and _cjk(ch))
        assert _word_count(text) == len(re.findall(r"[A-Za-z0-9][\w\u2019'-]*", text)) + (cjk + 1) // 2
        title = f"Report [{text}] 2024"
        expected = text.strip() if sum(_cjk(ch) for ch in text.strip()) * 3 < len(text.strip()) else None
        assert _translated_title(title, 6, len(title)) == (expected, 6 + len(" [") + len(text) + len("]"))


def _cjk(ch: str) -> bool:
    from claimcheck.text import is_cjk

    return is_cjk(ch)


def test_a_document_s_result_is_read_once_and_kept_for_that_document_only():
    from claimcheck.document import Source
    from claimcheck.extract.text import of_document
    from claimcheck.ingest.markdown import read_markdown

    calls: list[str] = []

    @of_document
    def first_block(document):
        calls.append(document.source.path)
        return document.articles[0].blocks[0].text

    a = read_markdown(Source("a.md", "One paragraph.\n"))
    b = read_markdown(Source("b.md", "Another paragraph.\n"))
    assert [first_block(a), first_block(a), first_block(b), first_block(a)] == [
        "One paragraph.",
        "One paragraph.",
        "Another paragraph.",
        "One paragraph.",
    ]
    assert calls == ["a.md", "b.md"]


_OPENING_WORDS = ("six", "forty", "half", "dozen", "one")


def _opens_by_pattern(text: str, words: tuple[str, ...]) -> bool:
    return re.search(r"\b(?:" + "|".join(words) + ")", text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six firms bid", True),
        ("a FORTY-year lease", True),
        ("the other half", True),
        ("someone else", False),  # "one" inside a word
        ("x_dozen, tax_one", False),  # an underscore is a word character
        ("2dozen eggs", False),  # so is a digit
        ("(half)", True),
        ("ſix", True),  # the long s, read as s by re.IGNORECASE
        ("İ saw onE", True),  # the dotted capital I: the text lower-cases to another length
        ("naïve forty", True),
        ("", False),
    ],
)
def test_word_opens_with_any(text: str, expected: bool) -> None:
    from claimcheck.text import word_opens_with_any

    assert word_opens_with_any(text, _OPENING_WORDS) is expected
    assert _opens_by_pattern(text, _OPENING_WORDS) is expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["six", "Forty", "HALF", "doz", "en", "one", "ſ", "ı", "İ", "K", "\u212a", "_", "7", " ", "-", "é", "x"]
        ),
        max_size=10,
    ).map("".join)
)
def test_word_opens_with_any_is_the_word_start_pattern(text: str) -> None:
    from claimcheck.text import word_opens_with_any

    assert word_opens_with_any(text, _OPENING_WORDS) == _opens_by_pattern(text, _OPENING_WORDS)
