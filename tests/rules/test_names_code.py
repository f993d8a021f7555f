"""One test of "is this code" for the name and acronym rules: backticks and HTML code elements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.rules._names import element_opener, in_code, in_element


def at(source: str, word: str) -> int:
    return source.index(word)


@pytest.mark.parametrize(
    ("source", "word", "code"),
    [
        ("The `PageCache` type is new.", "PageCache", True),
        ("The <code>PageCache</code> type is new.", "PageCache", True),
        ("Press <KBD>PgDown</KBD> to scroll.", "PgDown", True),
        ("<pre>\nlet x = NetWatch::new();\n</pre>", "NetWatch", True),
        ("Run <code>make</code> first. PageCache is new.", "PageCache", False),
        ("Run `make` first. PageCache is new.", "PageCache", False),
        # a backtick on another line opens nothing on this one
        ("Run `make\nPageCache is new.", "PageCache", False),
        ("A <coder> is no code element: PageCache.", "PageCache", False),
    ],
)
def test_in_code(source: str, word: str, code: bool) -> None:
    assert in_code(source, at(source, word)) is code


def test_an_element_of_other_names() -> None:
    quote = element_opener(("blockquote", "aside"))
    source = "<blockquote><code>x</code> The NWS said so.</blockquote> The NWS agreed."
    assert in_element(source, source.index("NWS"), quote)
    assert not in_element(source, source.rindex("NWS"), quote)
    # a code element closed inside the quotation leaves the quotation open
    assert not in_code(source, source.index("NWS"))


@given(st.text(alphabet="abc XYZ.\n", max_size=80), st.integers(min_value=0, max_value=80))
def test_text_without_marks_is_never_code(source: str, pos: int) -> None:
    assert not in_code(source, min(pos, len(source)))


def _in_element_by_window(source: str, pos: int, opener: object) -> bool:
    """:func:`in_element` as it was written first: every opening tag of the window found,
    the last one taken (the reference its reading back from the window's end must equal)."""
    window = source[max(0, pos - 3000) : pos]
    opened = list(opener.finditer(window))  # type: ignore[attr-defined]
    if not opened:
        return False
    last = opened[-1]
    return f"</{last.group(1).lower()}" not in window[last.end() :].lower()


_TAGGY = st.lists(
    st.sampled_from(["<", ">", "/", "code", "CODE", "pre", "coder", "aside", "tt", "x", " ", "é", "\n", "_"]),
    max_size=40,
).map("".join)


@given(_TAGGY, st.integers(min_value=-70, max_value=3200), st.booleans())
def test_reading_back_from_the_place_is_the_window_read_whole(source: str, pos: int, far: bool) -> None:
    # an opening tag cut by the place ("<code" then "r"), tags beyond the window's reach,
    # tags closed inside the window: the same answer either way
    if far:
        source = source[:20] + "y" * 2990 + source[20:]
    for opener in (element_opener(("code", "kbd", "samp", "tt", "var", "pre")), element_opener(("aside",))):
        assert in_element(source, pos, opener) is _in_element_by_window(source, pos, opener)
        for cut in range(len(source) + 1):
            if cut % 7 == 0 or source[cut - 1 : cut] in ("e", "<", "r"):
                assert in_element(source, cut, opener) is _in_element_by_window(source, cut, opener)
