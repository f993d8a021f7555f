"""How an acronym's letters fit its expansion, word by word (used by the AC rules).

``fit(acronym, expansion)`` answers ``"fits"``, ``"cut"`` (the expansion stops before the
acronym's last letters) or ``"mismatch"``. Ordinary patterns fit: function words skipped
or used ("SASTIND" uses "for"? no, but "TT&C" uses "and"), several letters from one word
("ASAT" = anti-satellite), each part of a hyphenated word ("SOEs" = state-owned
enterprises, "A2/AD" = Anti-Access and Area-Denial), the part after a common prefix
inside a word ("ASF" = AeroSpace Force, "NGSO" = non-geostationary orbit), extra words
before or after, and content words left out ("CLTC").
"""

from __future__ import annotations

import re
from functools import lru_cache

FUNCTION_WORDS = frozenset(
    "a an and at by de del des du for in la le of on or the to und von with &".split()
)
_PREFIXES = (
    "aero", "astro", "geo", "cyber", "micro", "macro", "tele", "bio", "info", "electro",
    "hydro", "photo", "radio", "thermo", "multi", "inter", "intra", "trans", "super",
    "sub", "counter", "space", "cosmo",
)


def acronym_letters(acronym: str) -> str:
    """Lower-case letters to explain: plural s dropped, 'A2' read as 'AA', '&' and '/' out."""
    a = acronym.strip()
    if len(a) > 2 and a.endswith("s") and a[:-1].isupper():
        a = a[:-1]
    out = []
    for m in re.finditer(r"([A-Za-z])(\d?)", a):
        out.append(m.group(1).lower() * (int(m.group(2)) if m.group(2) else 1))
    return "".join(out)


def words(expansion: str) -> list[str]:
    text = expansion.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    return [w for w in re.split(r"[\s,;]+", text.strip()) if w]


def initials(expansion: str) -> str:
    """The acronym an editor would expect: initials of the content words (and of
    capitalised hyphen parts: "Anti-Access" gives AA, "State-owned" gives S)."""
    out = []
    for w in words(expansion):
        if w.lower() in FUNCTION_WORDS:
            continue
        parts = [p for p in re.split(r"[-/]", w) if p and p[0].isalpha()]
        if parts:
            out.append(parts[0][0].upper() + "".join(p[0] for p in parts[1:] if p[0].isupper()))
    return "".join(out)


def _options(word: str, lenient: bool, multi: bool) -> set[str]:
    """Strings of letters one word may give the acronym.

    ``multi``: a word may give its first two or three letters ("SATellite"), allowed only
    in short expansions ("ASAT", "SIGINT"); in longer ones it would make anything fit.
    """
    lw = word.lower()
    parts = [p for p in re.split(r"[-/]", lw) if p and p[0].isalpha()]
    if not parts:
        return {""}
    function = lw in FUNCTION_WORDS
    per_part: list[set[str]] = []
    for i, part in enumerate(parts):
        opts = {part[:n] for n in range(1, (min(3, len(part)) if multi else 1) + 1)}
        for pre in _PREFIXES:
            if part.startswith(pre) and len(part) > len(pre) + 2:
                opts.add(part[0] + part[len(pre)])
                if lenient:
                    opts.add(part[len(pre)])
        if i > 0 or part in FUNCTION_WORDS:
            opts.add("")
        per_part.append(opts)
    combos = {""}
    for opts in per_part:
        combos = {c + o for c in combos for o in opts}
    if function or lenient:
        combos.add("")
    if not (function or lenient):
        combos.discard("")
    return combos


def fit(acronym: str, expansion: str) -> str:
    return _fit(acronym_letters(acronym), tuple(words(expansion)))


@lru_cache(maxsize=4096)
def _fit(letters: str, ws: tuple[str, ...]) -> str:
    if not letters or not ws:
        return "mismatch"
    content = sum(1 for w in ws if w.lower() not in FUNCTION_WORDS)
    multi = content <= 2
    strict = [_options(w, False, multi) for w in ws]
    # positions in `letters` reachable after consuming every word strictly
    reach = {0}
    for opts in strict:
        reach = {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if not reach:
            break
    if len(letters) in reach:
        return "fits"
    lenient = [_options(w, True, multi) for w in ws]
    # skip leading words; let content words give nothing; trailing words may be extra
    reach = {0}
    for opts in lenient:
        reach |= {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if len(letters) in reach:
            return "fits"
    if reach and max(reach) > 0 and _strict_prefix(letters, strict):
        return "cut"
    return "mismatch"


def _strict_prefix(letters: str, strict: list[set[str]]) -> bool:
    """Every word gives letters in order and the acronym still has letters left."""
    reach = {0}
    for opts in strict:
        reach = {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if not reach:
            return False
    return 0 < max(reach) < len(letters)
