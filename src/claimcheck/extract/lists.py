"""Member lists: which countries or organisations belong to a named group.

Two shapes are read, in body text and in the prose of footnotes alike:

* a list before a membership verb: "Venezuela, South Africa, …, and Senegal have joined
  the ILRS" (also "are members of", "have signed", "joined");
* a group before an inclusion verb, the list after it, often with a declared count:
  "the project included twelve developing and partner countries (Azerbaijan, …, and
  Venezuela)", "The alliance now comprises: A, B and C".

Only lists of at least three recognised entities are kept: countries (pycountry, plus
common short names such as "Russia", "UK", "Turkey") and organisations (acronyms such as
"ESA", names with an organisation word such as "Agency", "Union", "Institute"). An aside
in parentheses after a member ("Venezuela (providing access to ground stations)") is
dropped from the member.

Members are normalised to one display form: pycountry's ``common_name`` when it has one
(``Venezuela``, ``Iran``, ``South Korea``), else its ``name`` (``Russian Federation``,
``South Africa``); organisations keep their written name without a leading "the".
``raw_members`` keeps them as written. ``as_of`` comes from "As of July 2024" in the
sentence; "So far" / "To date" give ``as_of_text`` and, when the document has one, the
publication date.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from claimcheck.claims.models import MemberListClaim, PartialDate
from claimcheck.extract.text import TextUnit

__all__ = ["country_name", "extract_member_lists", "find_member_lists", "recognise"]

_ALIASES = {
    "russia": "RU", "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "uk": "GB", "u.k.": "GB",
    "britain": "GB", "great britain": "GB", "england": "GB", "us": "US", "u.s.": "US",
    "usa": "US", "u.s.a.": "US", "america": "US", "united states of america": "US",
    "uae": "AE", "u.a.e.": "AE", "prc": "CN", "mainland china": "CN", "south korea": "KR",
    "north korea": "KP", "dprk": "KP", "rok": "KR", "ivory coast": "CI", "burma": "MM",
    "holland": "NL", "czech republic": "CZ", "macedonia": "MK", "swaziland": "SZ",
    "cape verde": "CV", "east timor": "TL", "vatican": "VA", "vatican city": "VA",
    "taiwan": "TW", "palestine": "PS", "laos": "LA", "syria": "SY", "vietnam": "VN",
    "iran": "IR", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "brunei": "BN", "kosovo": "XK",
}
_ORG_WORD = re.compile(
    r"\b(?:Agency|Administration|Alliance|Association|Authority|Bank|Bureau|Center|Centre|"
    r"Commission|Committee|Community|Company|Consortium|Corporation|Council|Forum|Foundation|"
    r"Fund|Group|Institute|Institution|Ministry|Organi[sz]ation|Programme|Secretariat|Union|"
    r"University|Academy|Observatory|Laboratory|Society)\b"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "dozen": 12, "a dozen": 12, "thirty": 30, "forty": 40, "fifty": 50,
}
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"|twenty-\w+|thirty-\w+)"
_COLLECTIVE = r"(?:countries|members|member\s+states|states|nations|partners|signatories|participants|economies|organi[sz]ations|agencies|parties|governments)"

# LIST (have|has) joined GROUP · LIST are members of GROUP · LIST joined GROUP
_AFTER_LIST = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:now\s+|already\s+|also\s+|all\s+|since\s+|officially\s+|formally\s+)?"
    r"(?:joined|signed(?:\s+(?:up\s+to|on\s+to|onto))?|ratified|endorsed|become\s+(?:members|partners|signatories|parties)\s+(?:of|to|in))"
    r"|(?:are|were)\s+(?:now\s+|all\s+|also\s+)?(?:(?:full\s+|founding\s+)?members|signatories|partners|participants|parties)\s+(?:of|to|in)"
    r"|joined|signed)\s+(?P<group>(?:the\s+)?[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,9})"
)
# GROUP includes [COUNT] [adjectives] countries (LIST) / : LIST / LIST
_BEFORE_LIST = re.compile(
    r"(?P<verb>\b(?:now\s+)?(?:includes|included|include|comprises|comprised|comprise|counts|counted|"
    r"brings\s+together|brought\s+together|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|"
    r"was\s+made\s+up\s+of|has\s+grown\s+to|had\s+grown\s+to|numbers|numbered))"
    rf"\s+(?:(?P<count>{_COUNT})\s+)?(?:(?:[a-z][\w-]*\s+){{0,4}}{_COLLECTIVE}\s*)?(?P<open>\(|:\s*|—\s*|–\s*)?",
    re.I,
)
_MEMBERS_OF = re.compile(
    r"\b(?:the\s+)?(?:members|member\s+states|signatories|partners|participants)\s+of\s+(?P<group>(?:the\s+)?[A-Z][^\s,.;:()]*(?:\s+[^\s,.;:()]+){0,6}?)\s+"
    r"(?:are|were|include|included|now\s+include)\s*:?\s+",
)
_INTRO = re.compile(
    r"^(?:(?:(?:As\s+of|By|Since|In|Until|At\s+the\s+end\s+of)\s+[^,]{1,40}|So\s+far|To\s+date|Currently|Today|Now|At\s+present|Thus|Therefore|However|Meanwhile),\s*"
    r"|(?:As\s+of|By|Since|In|Until)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s+)",
    re.I,
)
_AS_OF = re.compile(r"\b(?:as\s+of|by|at\s+the\s+end\s+of)\s+(?P<d>[A-Z][a-z]+\.?\s+\d{4}|\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})", re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|as\s+of\s+now|as\s+of\s+today|at\s+present|currently)\b", re.I)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s*;\s*")
_GROUP_STOP = re.compile(
    r"\s+(?:in|on|at|since|by|during|as|after|before|when|while|which|who|that|with|to|for|over|under|because|so|and|but|although|though|from)\b.*$"
)


@lru_cache(maxsize=4096)
def country_name(raw: str) -> str | None:
    """The display name of a country written as ``raw``, or None."""
    key = re.sub(r"\s+", " ", raw.strip().strip(".,;:")).strip()
    if key.lower().startswith("the "):
        key = key[4:]
    if not key or not key[0].isupper():
        return None
    import pycountry

    code = _ALIASES.get(key.lower())
    try:
        if code:
            c = pycountry.countries.get(alpha_2=code)
            if c is None:
                return "Kosovo" if code == "XK" else None
        else:
            if len(key) <= 3:
                return None  # "CAN", "AND", "IN" are codes, not names in running text
            c = pycountry.countries.lookup(key)
    except LookupError:
        return None
    return getattr(c, "common_name", None) or c.name


def recognise(raw: str) -> tuple[str, str] | None:
    """``(kind, display)`` for a country or organisation written as ``raw``, else None."""
    item = re.sub(r"\s+", " ", raw.strip())
    if not item:
        return None
    name = country_name(item)
    if name:
        return "country", name
    bare = item[4:] if item.lower().startswith("the ") else item
    if not bare or not bare[0].isupper() or len(bare) > 90:
        return None
    if _ACRONYM.match(bare) and bare not in ("I", "A"):
        return "organisation", bare
    if _ORG_WORD.search(bare) and all(w[:1].isupper() or w in ("of", "for", "and", "the", "on", "de", "&") for w in bare.split()):
        return "organisation", bare
    return None


def _strip_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of ``text[start:end]`` outside parentheses."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = start
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            if depth == 0 and i > seg:
                out.append((seg, i))
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                seg = i + 1
    if depth == 0 and seg < end:
        out.append((seg, end))
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of a comma list in ``text[start:end]``, asides removed."""
    flat: list[tuple[int, int]] = []
    for a, b in _strip_asides(text, start, end):
        pos = a
        for m in _SPLIT.finditer(text, a, b):
            flat.append((pos, m.start()))
            pos = m.end()
        flat.append((pos, b))
    out = []
    for a, b in flat:
        while a < b and text[a] in " \u00a0":
            a += 1
        while b > a and text[b - 1] in " \u00a0":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _known_compound(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join "Bosnia and Herzegovina", "Trinidad and Tobago" split at "and"."""
    out: list[tuple[int, int]] = []
    for it in items:
        if out:
            joined = text[out[-1][0] : it[1]]
            if " and " in joined and country_name(joined) and not country_name(text[it[0] : it[1]]):
                out[-1] = (out[-1][0], it[1])
                continue
        out.append(it)
    return out


def _count(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lower()
    if raw.isdigit():
        return int(raw)
    if raw in _NUMBER_WORDS:
        return _NUMBER_WORDS[raw]
    m = re.match(r"(twenty|thirty)-(\w+)", raw)
    units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    if m and m.group(2) in units:
        return _NUMBER_WORDS[m.group(1)] + units[m.group(2)]
    return None


def _clean_group(raw: str) -> str:
    g = _GROUP_STOP.sub("", raw.strip())
    return g.strip().rstrip(".,;:")


def _sentence_start(text: str, pos: int, starts: list[int]) -> int:
    s = 0
    for st in starts:
        if st <= pos:
            s = st
    return s


def find_member_lists(text: str, sentence_starts: list[int] | None = None) -> list[dict]:
    """Member lists in ``text``: dicts with span, group, members, raw_members, declared_count."""
    from claimcheck.extract.text import sentence_bounds

    starts = sentence_starts if sentence_starts is not None else sentence_bounds(text)
    found: list[dict] = []

    # 1. LIST have joined GROUP
    for m in _AFTER_LIST.finditer(text):
        s0 = _sentence_start(text, m.start(), starts)
        items = _known_compound(text, _items(text, s0, m.start()))
        kept: list[tuple[int, int, tuple[str, str]]] = []
        for a, b in reversed(items):
            rec = recognise(text[a:b])
            if rec is None:
                # "So far Venezuela": try the last words of the first item
                words = list(re.finditer(r"\S+", text[a:b]))
                for k in range(1, len(words)):
                    a2 = a + words[k].start()
                    rec = recognise(text[a2:b])
                    if rec:
                        a = a2
                        break
                if rec is None:
                    break
                kept.append((a, b, rec))
                break
            kept.append((a, b, rec))
        kept.reverse()
        if len(kept) < 3:
            continue
        group = _clean_group(m.group("group"))
        if not group:
            continue
        raw_group = m.group("group")
        end = m.start("group") + len(group) if raw_group.startswith(group) else m.end("group")
        found.append(_record(text, kept, kept[0][0], end, group, None))

    # 2. GROUP includes [N countries] (LIST) | : LIST | LIST
    for m in _BEFORE_LIST.finditer(text):
        s0 = _sentence_start(text, m.start(), starts)
        list_start = m.end()
        if m.group("open") and m.group("open").startswith("("):
            close = text.find(")", list_start)
            if close == -1:
                continue
            list_end = close
        else:
            nxt = [st for st in starts if st > list_start]
            list_end = (nxt[0] if nxt else len(text))
            stop = re.search(r"[.;:)]\s|[.;:)]$", text[list_start:list_end])
            if stop:
                list_end = list_start + stop.start()
        items = _known_compound(text, _items(text, list_start, list_end))
        kept = []
        for a, b in items:
            rec = recognise(text[a:b])
            if rec is None:
                break
            kept.append((a, b, rec))
        if len(kept) < 3:
            continue
        head = text[s0 : m.start()]
        lead = len(head) - len(head.lstrip())
        intro = _INTRO.match(head.lstrip())
        skip = lead + (intro.end() if intro else 0)
        subject = head[skip:].strip().rstrip(",")
        if not subject or len(subject.split()) > 14:
            continue
        end = kept[-1][1]
        if m.group("open") and m.group("open").startswith("(") and text[end : end + 1] == ")":
            end += 1
        found.append(_record(text, kept, s0 + skip, end, subject, _count(m.group("count"))))

    # 3. the members of GROUP are LIST
    for m in _MEMBERS_OF.finditer(text):
        list_start = m.end()
        nxt = [st for st in starts if st > list_start]
        list_end = nxt[0] if nxt else len(text)
        stop = re.search(r"[.;:]\s|[.;:]$", text[list_start:list_end])
        if stop:
            list_end = list_start + stop.start()
        kept = []
        for a, b in _known_compound(text, _items(text, list_start, list_end)):
            rec = recognise(text[a:b])
            if rec is None:
                break
            kept.append((a, b, rec))
        if len(kept) >= 3:
            found.append(_record(text, kept, m.start(), kept[-1][1], _clean_group(m.group("group")), None))

    # one record per span
    found.sort(key=lambda r: (r["start"], -r["end"]))
    out: list[dict] = []
    for r in found:
        if out and r["start"] < out[-1]["end"]:
            continue
        out.append(r)
    return out


def _record(text: str, kept, start: int, end: int, group: str, count: int | None) -> dict:
    return {
        "start": start,
        "end": max(end, kept[-1][1]),
        "group": group,
        "members": tuple(rec[1] for _, _, rec in kept),
        "raw_members": tuple(text[a:b] for a, b, _ in kept),
        "declared_count": count,
    }


def _as_of(sentence: str, unit: TextUnit) -> tuple[PartialDate | None, str | None]:
    m = _AS_OF.search(sentence)
    if m:
        from claimcheck.extract.dates import find_dates

        ds = [d for d in find_dates(m.group(0), infer_years=False) if d.date is not None]
        if ds:
            return ds[0].date, m.group(0)
    m = _SO_FAR.search(sentence)
    if m:
        pub = unit.doc.metadata.publication_date
        as_of = PartialDate(year=pub.year, month=pub.month, day=pub.day) if pub else None
        return as_of, m.group(0)
    return None, None


def _regions(unit: TextUnit) -> list[tuple[int, int]]:
    if not unit.in_footnote:
        return [(0, len(unit.text))]
    from claimcheck.extract.citations import footnote_parts

    return [(p.start, p.end) for p in footnote_parts(unit.text) if p.kind == "prose"]


def extract_member_lists(units: Iterable[TextUnit]) -> Iterator[MemberListClaim]:
    for unit in units:
        text = unit.text
        if "," not in text:
            continue
        for r0, r1 in _regions(unit):
            view = text[:r1]
            for r in find_member_lists(view):
                if r["start"] < r0:
                    continue
                s, e = r["start"], r["end"]
                sentence = unit.sentence_at(s)
                as_of, as_of_text = _as_of(sentence, unit)
                yield MemberListClaim(
                    **unit.common(s, e),
                    group=r["group"],
                    members=r["members"],
                    raw_members=r["raw_members"],
                    declared_count=r["declared_count"],
                    as_of=as_of,
                    as_of_text=as_of_text,
                )
