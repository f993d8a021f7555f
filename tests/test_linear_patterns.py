"""The patterns rewritten for issue 18 so they cannot backtrack over a long run (possessive
runs, a look-behind that starts a run only at its first character, a lazy scan for a feature)
find what the old, quadratic forms found. Random strings over the characters that matter,
from a fixed seed: nothing here is timed (the seconds are in benchmarks/bench_growth.py).
"""

from __future__ import annotations

import random
import re

import pytest

# (old pattern, module, name of the new one, alphabet, flags)
CASES = [
    (
        r"(?<!\S)(?:"
        r"\S*(?:://|www\.)\S*"
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"|[~.]?/\S+|\S*(?:[\w.~-]+/){2,}\S*|[\w.-]+/[\w.-]+\.[A-Za-z0-9]{1,5}\b\S*"
        r"|\S*\\\S*"
        r"|\S*[A-Za-z0-9]\.[a-z0-9]\S*|\S*\w\.\w+\.\w\S*"
        r"|\S*\w:\w+/\S*"
        r"|\S*\w_\w\S*|\S*::\S*|\S*->\S*|\S*\w\(\)\S*|\S*[{}<>=]\S*"
        r")",
        "claimcheck.rules._names",
        "_VERBATIM",
        "ab1_./\\:-><=(){}@ w~+A",
        0,
    ),
    (
        r"\d*[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+\d*",
        "claimcheck.extract.dates",
        "_CJK_RUN",
        "12a 中国",
        0,
    ),
    (
        r"[^\W\d_]+-[ \t]*\n\s*[^\W\d_]*",
        "claimcheck.ingest.common",
        "_BROKEN_RE",
        "ab1_- \t\n中",
        0,
    ),
]


def _strings(alphabet: str, seed: int, count: int = 20000, longest: int = 12):
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


@pytest.mark.parametrize("old, module, name, alphabet, flags", CASES, ids=[c[2] for c in CASES])
def test_rewritten_pattern_finds_the_same(old, module, name, alphabet, flags):
    import importlib

    new = getattr(importlib.import_module(module), name)
    before = re.compile(old, flags)
    for text in _strings(alphabet, seed=18):
        assert [m.span() for m in before.finditer(text)] == [m.span() for m in new.finditer(text)], repr(text)


def test_url_pattern_blocks_the_same_digits():
    """The numbers' URL/domain/address pattern may start a match a dot or a dash earlier
    than before (from the start of the run); the digits it blocks are the same."""
    from claimcheck.extract.numeric import _URL_RE as new

    old = re.compile(
        r"(?:https?://|www\.)\S+"
        r"|\b[\w.-]+\.(?:com|org|net|gov|edu|int|cn|io|info|fr|de|uk|eu|html?|shtml|php|aspx?|pdf)\b\S*"
        r"|\S+@\S+\.\w+",
        re.IGNORECASE,
    )
    pieces = ["a", "1", ".", "-", "@", " ", "com", "www.", "http://", "x", "_", ",", "/"]
    rnd = random.Random(18)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))

        def digits(rx, text=text):
            return {i for m in rx.finditer(text) for i in range(*m.span()) if text[i].isdigit()}

        assert digits(old) == digits(new), repr(text)


def test_sentence_bounds_found_once_are_the_scan():
    from claimcheck.rules._spelling import _breaks, _sentence_of

    for text in _strings("Abc.;:!? \n\tX", seed=18, count=10000, longest=15):
        breaks = _breaks(text)
        for m in re.finditer(r"[A-Za-z]+", text):
            assert _sentence_of(text, m.start(), breaks) == _sentence_of(text, m.start()), repr(text)


def test_resolve_overlaps_keeps_the_best_cover():
    """Back-links give the readings the copied lists gave (same score, same ties)."""
    from claimcheck.extract.dates import DateMatch, _resolve_overlaps

    def reference(atoms):
        import bisect

        atoms = sorted(atoms, key=lambda a: (a.end, a.start))
        ends = [a.end for a in atoms]
        best = [(0, [])]
        for i, a in enumerate(atoms):
            weight = (a.end - a.start) * 100 - a.extra.get("prio", 99)
            j = bisect.bisect_right(ends, a.start, 0, i)
            take = best[j][0] + weight
            best.append((take, best[j][1] + [a]) if take > best[i][0] else best[i])
        return best[-1][1]

    rnd = random.Random(18)
    for _ in range(2000):
        atoms = []
        for _ in range(rnd.randint(0, 8)):
            s = rnd.randint(0, 30)
            a = DateMatch(s, s + rnd.randint(1, 8))
            a.extra["prio"] = rnd.randint(0, 30)
            atoms.append(a)
        want = [(a.start, a.end) for a in reference(list(atoms))]
        assert [(a.start, a.end) for a in _resolve_overlaps(list(atoms))] == want
