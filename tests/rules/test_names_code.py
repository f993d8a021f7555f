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
