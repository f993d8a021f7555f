"""claimcheck.lazyre: the first characters of a match written in a pattern's information
block, so that ``search`` skips the places no match can open at, with the same matches as
the standard module's pattern (the lazy patterns themselves: tests/test_speed.py)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re as std_re
import string
import subprocess
import sys

import _sre
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import lazyre
from conftest import ROOT

#: patterns of the shapes the package writes, each tried at every place by the standard search
OPENINGS = [
    r"\s+",
    r"\d+",
    r"\b(?:Agency|Bank|Bureau)\b",
    r"(?<![\w'’-])[A-Z][a-z]+[A-Z][A-Za-z]*",
    r"(?=[A-Za-z])(?P<words>\b(?:an?\s+)?(?:one|two|ten|six|kilo|sixty)\b)",
    r"(?:^|\b)(?:the|its)\s+(?P<count>\d{1,3}|four)\s+\w+",
    r"(?:^|(?P<before>[\w'’-]+)\s+)(?:the\s+)?(?P<n>\d+)",
    r"\b(?:includ\w*|such\s+as|among)\b",
    r"(?<=[\w.])\s+(?:in|since)\s+\d{4}",
    r"[^\W\d_]+(?:-[^\W\d_]+)*",
    r"(?<![^\W\d_])([^\W\d_]+)(\.?)\s+$",
    r"(?:,|\s[—–])\s+(?:the|its)\s+(\w+)",
    r"(?:\s+(?i:nav|nov|red))*\s+\.?[^\W\d_]+(?![^\W\d_])",
    r"(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})",
    r"(?>\w+)ing\b",
    r"(?:[Hh](?<!\w.)(?:er|is)|[Tt](?<!\w.)heir)\s+[a-z]+",
    r"(?i:k)elvin|x",
]
#: patterns left as the standard compiler writes them
LEFT = [
    r"^\s*abc",  # the search stops after the start
    r"\Aabc",
    r"a?",  # may match nothing
    r"\b",
    r".x",  # any character first
    r"(?<!x)[^a]|b",  # a negated class beside another
    r"(a)?\1b",  # a back-reference may come first
    r"(?a:\w)+",  # a group that changes how classes read
    r"é+",  # a cased letter outside ASCII, with IGNORECASE (below)
    r"[\wÉ]x",  # a category beside a cased letter, with IGNORECASE (below)
]
TEXTS = [
    "The Agency and the Bank (its four partners, the Bureau) met in 2024; his deputy, Rui, spoke.",
    "  one two\tTen SIX kilo sixty-one  an one a Two; the 12 firms, its 4 ports — the three sites",
    "Tel Aviv–Yafo, McDonald, iPhone; JavaScript and Pokémon. 12/05/2024 and 3-4-2021, 1.2.2020",
    "İnclude ıncluded ſuch as among Kelvin Kelvın KELVIN kilo ſix İTS ıts",
    "running swimming ing; nav nov red Red NAV .abc de-fa, x-y z",
    "",
    "\n\n  \t",
]


def _built(pattern: str, flags: int) -> std_re.Pattern[str] | None:
    entry = lazyre._built(pattern, flags)
    return None if entry is None else _sre.compile(pattern, *lazyre._with_list(entry))


def _same(ours: std_re.Pattern[str], std: std_re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [(m.span(), m.groups()) for m in std.finditer(text)]
    assert ours.split(text) == std.split(text)
    for pos in range(0, len(text) + 1, 7):
        a, b = ours.search(text, pos), std.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("flags", [0, std_re.I])
@pytest.mark.parametrize("pattern", OPENINGS)
def test_a_pattern_that_opens_without_a_known_character_is_given_its_first_characters(pattern, flags):
    ours = _built(pattern, flags)
    assert ours is not None
    info = ours.pattern and lazyre._built(pattern, flags)
    assert info is not None
    std = std_re.compile(pattern, flags)
    assert ours.flags == std.flags and ours.groupindex == std.groupindex and ours.groups == std.groups
    for text in TEXTS:
        _same(ours, std, text)


@pytest.mark.parametrize("pattern", LEFT)
def test_a_pattern_whose_first_characters_are_not_read_is_left_as_it_is(pattern):
    assert _built(pattern, std_re.I) is None


def test_a_pattern_the_compiler_gives_a_prefix_or_a_set_is_left_as_it_is():
    assert _built(r"abc\d", 0) is None and _built(r"[ab]c", 0) is None and _built(r"a|b", 0) is None


def test_ignorecase_matches_an_ascii_letter_with_these_characters_only():
    """The table :func:`lazyre._cased` widens an ASCII letter by, against every code point."""
    every = "".join(chr(x) for x in range(0x110000) if not 0xD800 <= x < 0xE000)
    for letter in string.ascii_lowercase:
        found = set(std_re.findall(letter, every, std_re.I))
        assert found == {letter, letter.upper(), *lazyre._IGNORECASE_MORE.get(letter, "")}, letter


_ALPHABET = st.sampled_from(
    [
        *"aAbkKsSiI ,.-'’—\t\n0123456789",
        "\u0130",
        "\u0131",
        "\u017f",
        "\u212a",
        "é",
        "É",
        "ß",
        "the ",
        "its ",
        "one ",
        "Agency ",
        "Bank",
        "four ",
        "in ",
        "since ",
        "ing",
        "Kelvin",
        "nav ",
        "her ",
        "Their ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_the_matches_are_the_standard_ones_on_generated_texts(text):
    for pattern in OPENINGS:
        for flags in (0, std_re.I):
            ours = _built(pattern, flags)
            assert ours is not None
            _same(ours, std_re.compile(pattern, flags), text)


def test_every_pattern_of_the_package_matches_as_the_standard_one():
    """Each lazy pattern of claimcheck's modules, given its first characters or not, finds
    what the standard module's finds on texts of the kinds it reads."""
    patterns = set()
    for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if info.name.endswith("__main__"):
            continue
        module = sys.modules.get(info.name) or importlib.import_module(info.name)
        patterns |= {(v.pattern, int(v._flags)) for v in vars(module).values() if isinstance(v, lazyre.LazyPattern)}
    assert len(patterns) > 300
    given_set = 0
    for pattern, flags in sorted(patterns):
        ours = _built(pattern, flags)
        if ours is None:
            continue
        given_set += 1
        std = std_re.compile(pattern, flags)
        for text in TEXTS:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [
                (m.span(), m.groups()) for m in std.finditer(text)
            ], pattern
    assert given_set > 100


def test_a_compiled_lazy_pattern_is_the_one_given_its_first_characters(tmp_path, monkeypatch):
    monkeypatch.setattr(lazyre, "_PENDING", {})
    monkeypatch.setattr(lazyre, "_CODES", None)
    from claimcheck import cache

    # only lazyre hears of the cache folder here: another module's hooks (the command's code
    # cache, registered when the package's modules were imported above) stay as they were
    monkeypatch.setattr(cache, "_SETTING", cache._SETTING)
    monkeypatch.setattr(cache, "_LISTENERS", [f for f in cache._LISTENERS if f.__module__ == lazyre.__name__])
    cache.configure(str(tmp_path))
    try:
        lazy = lazyre.compile(r"\b(?:Agency|Bank)\b")
        assert lazy.findall("the Agency, a Bank") == ["Agency", "Bank"]
        assert lazy.compiled == _built(r"\b(?:Agency|Bank)\b", 0)
        assert (r"\b(?:Agency|Bank)\b", 0) in lazyre._PENDING  # kept for the next process
    finally:
        cache.configure()


# ----------------------------------------------------------------------------- the sets kept with the package
def _package_patterns() -> set[tuple[str, int]]:
    patterns = set()
    for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if info.name.endswith("__main__"):
            continue
        module = sys.modules.get(info.name) or importlib.import_module(info.name)
        patterns |= {(v.pattern, int(v._flags)) for v in vars(module).values() if isinstance(v, lazyre.LazyPattern)}
    return patterns


def _kept_for_this_python() -> bool:
    import json

    text = (ROOT / "src" / "claimcheck" / "data" / lazyre.FIRST_CHARS_FILE).read_text(encoding="utf-8")
    return lazyre.python_stamp() in json.loads(text)["sets"]


def test_the_package_keeps_the_first_characters_lazyre_works_out():
    """data/first_chars.json is what benchmarks/first_chars.py writes now: every constant
    pattern of the package (and of the libraries it imports through lazyre), with the set
    :func:`lazyre._charset` gives on this Python. A new or changed pattern: run the script."""
    if not _kept_for_this_python():
        pytest.skip(f"no sets kept for Python {lazyre.python_stamp()} (benchmarks/first_chars.py adds them)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "first_chars.py"), "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_kept_pattern_is_built_as_when_its_first_characters_are_worked_out(monkeypatch):
    """A pattern the file holds is built from its text without working out its set, to the
    same code; a pattern it does not hold is worked out as before."""
    if not _kept_for_this_python():
        pytest.skip(f"no sets kept for Python {lazyre.python_stamp()}")
    # (a module global set on first use from installed data, "numeric._NAME_RE" built from
    # pycountry's currency table once some earlier test of this process has read money, is
    # no constant of the package: the file holds the patterns a fresh process imports, as
    # the test above checks in one)
    patterns = sorted(p for p in _package_patterns() if lazyre._known(*p)[0])
    assert len(patterns) > 500  # (the package's own module constants; the file holds literals too)
    kept = {p: lazyre._build(*p) for p in patterns}
    worked_out = []
    charset = lazyre._charset

    def counting(parsed, flags):
        worked_out.append(parsed)
        return charset(parsed, flags)

    monkeypatch.setattr(lazyre, "_charset", counting)
    for p in patterns:
        lazyre._build(*p)
    assert not worked_out  # every package pattern's set came from the file
    lazyre._build(r"\b(?:nowhere|in|the|package)\b", 0)
    assert len(worked_out) == 1
    monkeypatch.setattr(lazyre, "_KNOWN", ({}, []))  # as on a Python the file has no sets for
    for p in patterns:
        assert lazyre._build(*p) == kept[p], p
    assert len(worked_out) > 300
