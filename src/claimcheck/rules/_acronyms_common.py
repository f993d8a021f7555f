"""Shared look-ups for the acronym rules: definitions by acronym, uses in the text."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.rules.base import CheckContext

_TOKEN = re.compile(r"(?<![\w/&-])([A-Z][A-Z0-9&/]*[A-Z0-9])(s?)(?![\w/&-])")


def key(acronym: str) -> str:
    a = acronym.strip()
    return a[:-1] if len(a) > 2 and a.endswith("s") and a[:-1].isupper() else a


def norm_expansion(text: str) -> str:
    t = text.lower().replace("’", "'").replace("-", " ")
    t = re.sub(r"^(the|a|an)\s+", "", t.strip())
    return re.sub(r"\s+", " ", t)


def definitions(ctx: CheckContext) -> dict[str, list]:
    """Acronym definitions by acronym (plural s dropped), read once per document."""
    if "acronym-definitions" not in ctx.shared:
        ctx.shared["acronym-definitions"] = _definitions(ctx)
    return ctx.shared["acronym-definitions"]


def _definitions(ctx: CheckContext) -> dict[str, list]:
    out: dict[str, list] = {}
    for claim in ctx.claims.of_kind("acronym"):
        out.setdefault(key(claim.acronym), []).append(claim)
    return out


def uses(ctx: CheckContext) -> list[tuple[str, int, object, str, int]]:
    """Every use of an acronym-like token in the text, found once per document:
    ``(token, article, location, block text, offset)``."""
    if "acronym-uses" not in ctx.shared:
        ctx.shared["acronym-uses"] = _uses(ctx)
    return ctx.shared["acronym-uses"]


def _uses(ctx: CheckContext) -> list[tuple[str, int, object, str, int]]:
    from claimcheck.extract.acronyms import is_acronym

    doc = ctx.document
    out = []
    for article in doc.articles:
        for block in article.blocks:
            if not block.is_prose:
                continue
            for m in _TOKEN.finditer(block.text):
                token = m.group(1)
                if len(token) < 2 or not is_acronym(token) or _in_capitals(block.text, m):
                    continue
                out.append((m.group(0), article.index, doc.locate(block, m.start()), block.text, m.start()))
    return out


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]+")


def _in_capitals(text: str, m: re.Match) -> bool:
    """Is the token one of several capitalised words in a row ("ADEK BERRY", a name in a
    photo credit, or a heading set in capitals)? Those are words, not acronyms."""
    before = text[: m.start()]
    after = text[m.end() :]
    left = re.search(r"([A-Z][A-Z'’-]+) $", before)
    right = _CAPS_WORD.match(after[1:]) if after.startswith(" ") else None
    return bool(left) or bool(right)


_APPOSITIVE = re.compile(r"\s*,\s+(?:a|an|the)\s")
_NAME = re.compile(r"^[A-Z][a-z][\w’'-]*(?:\s[A-Z][\w’'-]*)*$")


def explained_by_text(text: str, start: int, token: str) -> bool:
    """Does the sentence present the token as a name, so it needs no expansion?

    An appositive after it ("WEY, a subsidiary of Great Wall Motors") or before it ("the
    largest carmaker, BYD, announced"), or a series of proper names it stands in
    ("companies such as Huawei, Xiaomi, and BYD").
    """
    end = start + len(token)
    if _APPOSITIVE.match(text, end):
        return True
    left = re.split(r"[.;:()]", text[:start])[-1]
    if re.search(r"[a-z]{3,},\s*$", left) and text[end : end + 1] == ",":
        return True
    m = re.search(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", left)
    if not m:
        return False
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", left[: m.start()])
    parts = [re.sub(r"^.*\b(?:such as|including|like|notably|namely)\s+", "", p).strip() for p in parts]
    names = 0
    for part in reversed(parts):
        if not (_NAME.match(part) and not part.isupper()):
            break
        names += 1
    return names >= 2


@lru_cache(maxsize=1)
def default_known() -> frozenset[str]:
    """Acronyms every reader of a policy publication knows without a definition."""
    return frozenset(
        """AI CEO CFO CTO EU GDP GPS NASA NATO UN UK US USA USSR UAE WHO WTO IMF OECD BBC CNN
        TV PC PhD ID IT OK AM PM BC AD CO2 SMS DNA HIV COVID UNESCO UNICEF G7 G20 PRC ROK
        DPRK AFP AP UPI DPA TASS""".split()
    )
