"""Plant one defect at a time in real documents and see whether claimcheck finds it.

    python benchmarks/mutate_realdocs.py [--formats markdown pdf-text html] [--sources S ...]
                                         [--max-per-kind 40] [--json OUT] [--verbose]

Takes documents from ``../shared/realdocs`` (its ``manifest.jsonl``; set
``CLAIMCHECK_REALDOCS`` to read another copy; when it is absent the script says so and
exits 0). For each document and each mutation kind it looks for the structure the kind
needs, edits a copy of the file in a temporary folder (same file name), runs claimcheck on
the original and on the mutant (every rule, preview rules included, publication date as
the document gives it) and compares the findings by rule and subject:

==================  ==========================================  ===========  =================
kind                edit                                        needs        expected
==================  ==========================================  ===========  =================
renumber_note       a numbered note body takes the number of    two numbered FN001
                    the note before it                          notes
drop_member         a member left out of the second of two      a list       LS001
                    lists of the same members in the text       restated
drop_counted_member a member left out of a list whose declared  a counted    LS002
                    count matched it (in a sentence, or a       list
                    bullet list after "three steps:")
change_figure       the second of two statements of one figure  a figure     NU003
                    ("4.2 GW" ... "4.2 GW": same value, scale   stated twice
                    and unit or thing after it, sentences
                    sharing two content words) changed by 25%
shift_url_date      the year in a note's URL moved back one     a note whose CT001
                    when the note writes the same date in full  date and URL
                    (or past the day it was read when that is   date agree
                    the only date)
change_expansion    one word of an acronym's expansion replaced an acronym    AC002
                    by a word with another initial              definition
break_url           a note's URL cut after its host's first     a note with  CT002
                    label (https://www.example)                 a URL
==================  ==========================================  ===========  =================

Per kind it reports how many mutations were attempted, how many produced the expected
finding (*detected*), and how many produced it and nothing else new (*exact*: other new
findings that are consequences, e.g. FN002 for a renumbered note, or AR003 for a changed
figure whose conversion follows it in parentheses, are allowed; anything else is listed).
A kind is only tried where the text has the structure it needs; documents without it
count as *no structure*. Notes and their URLs are found in the document as read, acronym
definitions through claimcheck's acronym claims (still: a circular sample); lists and
figures by the text's shape in the reader's prose blocks, never through claimcheck's
claims, so their sample is not only what the extractors already see. Exits 0 always.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _realdocs  # noqa: E402

EXPECTED = {
    "renumber_note": ("FN001", {"FN002", "FN003", "FN004"}),
    "drop_member": ("LS001", set()),
    "drop_counted_member": ("LS002", set()),
    # a figure written with its conversion ("3,754 metres (12,316 ft)") no longer matches
    # it once changed: AR003 / NU001 then see the same slip from the other side
    "change_figure": ("NU003", {"AR003", "NU001"}),
    # (a changed figure written with its conversion is told by AR003 alone when the changed
    # one is the converted value: "268,000 square kilometres is 103,475 sq mi, not 129,375")
    "shift_url_date": ("CT001", set()),
    "change_expansion": ("AC002", {"AC001", "AC003"}),
    "break_url": ("CT002", set()),
}
#: other rules that tell an editor the planted defect as well as the expected one does
ALSO_DETECTS = {"change_figure": ("AR003",)}
KINDS = tuple(EXPECTED)
_YEAR_IN_URL = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?=[/_\-.]\d{1,2}[/_\-.]\d{1,2}(?!\d))")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}},?\s+(\d{{4}})\b|\b\d{{1,2}}\s+{_MONTH},?\s+(\d{{4}})\b"
    rf"|\b{_MONTH},?\s+(\d{{4}})\b|\b(\d{{4}})-[01]\d-[0-3]\d\b"
)
_SUPPOSED = re.compile(
    r"(?i)\b(?:consider|suppose|assum\w*|imagine|hypothetical\w*|scenario|for example|for instance|"
    r"e\.g\.|if|would|could|illustrat\w*|recall|say|(?:I|you|he|she|we|they|it)['’]d)\b"
)
_READ_MARK = re.compile(r"(?i)(?:retrieved|accessed|consulted|viewed|archived)\b[^.;]*$")
_SWAP_WORDS = {
    c: w
    for c, w in zip(
        "abcdefghijklmnopqrstuvwxyz",
        (
            "Zonal",
            "Yearly",
            "Xenial",
            "Western",
            "Vital",
            "Unified",
            "Tidal",
            "Standing",
            "Rural",
            "Quiet",
            "Public",
            "Open",
            "National",
            "Modern",
            "Local",
            "Key",
            "Joint",
            "Inland",
            "Higher",
            "General",
            "Federal",
            "Eastern",
            "Digital",
            "Central",
            "Basic",
            "Applied",
        ),
    )
}


def _settings(doc):
    from claimcheck.config import Settings
    from claimcheck.rules.catalogue import RULES

    codes = [c.code for c in RULES if not getattr(c, "requires_registry", False)]
    pub = getattr(doc.metadata, "publication_date", None) if doc is not None else None
    return Settings(select=codes, preview=True, publication_date=pub if isinstance(pub, dt.date) else None)


def _check(path: Path):
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import build_rules, check_document

    doc = load_document(path)
    settings = _settings(doc)
    findings, _ = check_document(doc, build_rules(settings), settings)
    return doc, findings


def _key(f) -> tuple[str, str]:
    return (f.rule, re.sub(r"\s+", " ", f.subject or f.message).strip().lower())


def _offset(text: str, line: int, column: int = 1) -> int:
    pos = 0
    for _ in range(line - 1):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos + max(column - 1, 0)


# ---------------------------------------------------------------- mutations
# Each takes (raw text, document, claims) and yields (mutated text, description), one for
# each place where it can plant its defect.


def m_renumber_note(text, doc, claims):
    for art in doc.articles:
        notes = [f for f in art.footnotes if f.number is not None]
        for prev, note in zip(notes, notes[1:]):
            if note.number == prev.number or note.location.line <= prev.location.line:
                continue
            start = _offset(text, note.location.line)
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            m = re.search(rf"(?<![\d.,]){note.number}(?![\d.,]\d)", line)
            if not m or m.start() > 20:
                continue
            new = text[: start + m.start()] + str(prev.number) + text[start + m.end() :]
            yield new, f"note {note.number} at line {note.location.line} renumbered {prev.number}"


# Lists found in the text itself, not by the extractor under test: runs of three or more
# items of one to six words, in any case, joined by commas and a final "and" ("Spain, Italy
# and Greece", "privacy, fairness, accountability, and justice")
_ITEM = r"[\w'’&(][\w'’.&()-]*(?:[ \t]+[\w'’&(][\w'’.&()-]*){0,5}"
_TEXT_LIST = re.compile(rf"(?<![\w,])((?:{_ITEM},[ \t\n]+){{1,}}{_ITEM},?[ \t\n]+and[ \t\n]+{_ITEM})(?![\w-])")
_COUNT_WORDS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_COUNTED = re.compile(
    r"\b(three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|1[0-2])"
    r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})\s*(?::|\(|—|–|,|\s(?:are|were))\s*$"
)


def _members(match_text: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", match_text)
    return [re.sub(r"\s+", " ", p).strip().rstrip(".") for p in parts if p.strip()]


def _drop_member_at(text: str, block, m: re.Match, members: list[str]) -> str | None:
    """The file's text with the list's second member left out, with the comma after it
    ("A, B, C and D") or, right before the "and", the comma before it ("A, B and C"): the
    member is found in the block's text and placed in the file through the block's map."""
    body = r"\s+".join(re.escape(w) for w in members[1].split())
    for shape in (body + r",\s*", r",\s*" + body + r"(?=,?\s+and\s)"):
        at = re.compile(shape).search(block.text, m.start(1), m.end(1))
        if at is None:
            continue
        pos = block.source_map.to_file(at.start())
        cut = re.compile(shape).match(text, pos)
        return text[:pos] + text[cut.end() :] if cut else None
    return None


def _prose_lists(doc):
    """(block, match, members) for each run of three or more items joined by commas and
    "and" in the body's prose (as the reader gives it: no markup, no scripts, no alternative
    text). Not a name an acronym stands for ("Diversity, Equity, Inclusion, and
    Accessibility (DEIA)", where a dropped word is an acronym defect), not a supposition
    ("for example, if the group is A, B, C and D": no group the text states) and not a
    partial list ("including A, B and C", "such as"), which a missing member does not
    contradict. A sentence adverb before the list ("First, …", "Later, …") is no member.
    The words before the first member's last word are read with the words before the
    list, since a lead-in may be cut as part of it ("For example, if the factory is Alice,
    Bob and Carol"); a lead-in read as a whole item ("For example", cut off by its comma)
    is read with them too."""
    from claimcheck.document import PROSE_KINDS

    for block in doc.iter_blocks():
        if block.kind not in PROSE_KINDS:
            continue
        for m in _TEXT_LIST.finditer(block.text):
            members = _members(m.group(1))
            opening = []  # words before the first member's last word: a lead-in read as items
            while members and (members[0].lower() in _LEAD_ADVERBS or _SUPPOSED.fullmatch(members[0])):
                opening.append(members.pop(0))
            if len(members) < 3 or not all(len(x) > 1 and x.lower() not in _NO_UNIT for x in members):
                continue  # "by, for and with": no members
            if re.match(r"\s*\([A-Z&]{2,}\)", block.text[m.end() : m.end() + 12]):
                continue
            before = block.text[max(0, m.start() - 120) : m.start(1)]
            lead = " ".join([before, *opening, *members[0].split()[:-1]])
            if _SUPPOSED.search(lead) or _PARTIAL_BEFORE.search(re.split(r"[.;!?]\s", lead)[-1][-60:]):
                continue
            if any(_PARTIAL_BEFORE.match(x) for x in members):
                continue  # "the region's staff, including its officer, his team and …"
            yield block, m, members


#: words before a list that make it a partial one
_PARTIAL_BEFORE = re.compile(r"(?i)\b(?:including|includes|include|such\s+as|e\.g\.|among\s+them|notably)\b|\blike\s*$")
#: sentence adverbs a list may open with when read by its shape ("First, A, B and C")
_LEAD_ADVERBS = frozenset(
    "first second third finally later also however meanwhile moreover today now then instead still yet example".split()
)


def _first_word(member: str) -> str:
    words = member.split()
    return words[1] if len(words) > 1 and words[0].lower() in ("the", "a", "an") else words[0]


#: words before a list that say it restates a group already given ("these", "the same",
#: "the aforementioned", "like aforementioned", "listed in point 1", "as noted above")
_POINTER_BEFORE = re.compile(
    r"(?i)\b(?:these|those|the\s+same|(?:above|afore)[- ]?(?:mentioned|said)|aforementioned"
    r"|(?:listed|named|mentioned|noted|given|set\s+out|outlined|described)\s+(?:above|earlier|before|previously"
    r"|in\s+(?:point|section|paragraph|chapter|part|step|item)\b)"
    r"|as\s+(?:mentioned|noted|listed|said|described)(?:\s+(?:above|earlier|before))?"
    r"|previously\s+(?:listed|named|mentioned))\b"
)
#: words no group noun or verb is (read around a list to tie it to another)
_TIE_STOP = frozenset(
    """a an the and or of to in on at by for from with as is are was were be been being its their our
    this that these those all both each every which who whom whose it they we he she you also now then
    into across between among about over under through than""".split()
)


def _word_around(words: list[str]) -> str | None:
    """The first word of ``words`` that is no function word: the noun or verb beside a list."""
    return next((w for w in words if w not in _TIE_STOP), None)


def _around(block, m, run: list[str]) -> tuple[str | None, str | None, str, int, int]:
    """What stands around a run of a list's last members in its sentence: the content word
    right before its first member (the first item may hold it: "ensure privacy"), the one
    right after its last member, the words before it in its sentence (a lead-in the list's
    shape read as items too: "users, like aforementioned, the default check, …"), the count
    those words declare and the run's length."""
    text = block.text
    words = run[0].split()
    at = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, m.start(1), m.end(1))
    begin = at.start() if at else m.start(1)
    start = max(text.rfind(". ", 0, begin) + 1, 0)
    lead = text[start:begin] + " " + " ".join(words[:-1])
    before = [w.lower() for w in re.findall(r"[\w'’-]+", lead)][::-1]
    after_text = re.split(r"[.;:!?](?:\s|$)", text[m.end() : m.end() + 80])[0]
    after = [w.lower() for w in run[-1].split()[1:]] + [w.lower() for w in re.findall(r"[\w'’-]+", after_text)]
    return _word_around(before[:3]), _word_around(after[:3]), lead, _count_before(lead.rstrip()), len(run)


def _tied(first, second) -> bool:
    """Does the second list say it restates the first group? Only then is a member left out
    of it a defect an editor would mark: words that point back before it ("these", "the
    same", "the aforementioned", "listed in point 1", "as noted above"), a count either list
    declares for its members ("the three ports: …"), or the same group noun or verb on both
    sides of both lists ("… Genoa, Marseille and Valencia raised fees" twice). Two runs of
    the same terms named for different purposes ("lab, field, and modeling studies may each
    track carbon" / "reconcile estimates across lab, field, and modeling studies"), or a
    sentence that shortens the one before ("to reduce it further: …"), are not tied."""
    (b1, a1, _, n1, k1), (b2, a2, lead2, n2, k2) = first, second
    if _POINTER_BEFORE.search(lead2[-80:]):
        return True
    if (n1 and n1 == k1) or (n2 and n2 == k2):
        return True
    return b1 is not None and b1 == b2 and a1 is not None and a1 == a2


def m_drop_member(text, doc, claims):
    """A member left out of the second of two lists of the same members in the body (found
    by the text's shape, not by the extractor: the sample must not be what LS001 already
    reads). The first item is compared by its last word and the last by its first, since
    the words around a list may run into them ("to ensure privacy, fairness and justice
    for all"), and a list may be found with a lead-in before it ("Later, A, B and C"): its
    runs of three or more last members are compared too. The last is compared by its first
    word other than an article: "the Ross Dependency" and "the Pitcairn Islands" are two
    members. A block repeated word for word (a figure's title printed again as its caption)
    is no restatement, nor is a list written again right after itself in one paragraph (PDF
    text that gives a figure's title and then its caption).

    The second list must say it restates the first group (:func:`_tied`): words before it
    that point back ("these", "the same", "the aforementioned", "listed in point 1", "as
    noted above"), a count either list declares for its members, or the same group noun or
    verb on both sides of both lists. The same terms named twice for different purposes
    ("lab, field, and modeling studies may each …" / "across lab, field, and modeling
    studies") or a sentence that shortens the one before ("to reduce it further: …") are
    no restatement: a member left out there is no defect."""
    seen: dict[frozenset, tuple] = {}  # a run's key: what stands around the list it was read in
    texts: dict[str, int] = {}
    sentences: dict[tuple[int, tuple[str, ...]], int] = {}  # (block, inner members): where the list ended
    for block, m, members in _prose_lists(doc):
        flat = " ".join(block.text.split())
        if texts.setdefault(flat, id(block)) != id(block):
            continue
        said = (id(block), tuple(members[1:-1]))
        if said in sentences and m.start() - sentences[said] < 40:
            continue  # the same list again right after itself: one text printed twice
        sentences[said] = m.end()
        runs = [members[i:] for i in range(len(members) - 2)]
        keys = [frozenset([run[0].split()[-1], *run[1:-1], _first_word(run[-1])]) for run in runs]
        again = next(
            (run for run, key in zip(runs, keys) if key in seen and _tied(seen[key], _around(block, m, run))), None
        )
        for run, key in zip(runs, keys):
            seen.setdefault(key, _around(block, m, run))
        new = _drop_member_at(text, block, m, again) if again else None
        if new is not None:
            line = text.count("\n", 0, block.source_map.to_file(m.start())) + 1
            yield new, f"'{again[1]}' dropped from the restated list at line {line} ({', '.join(again)})"


def _fmt_like(old: str, value: float) -> str:
    decimals = len(old.split(".")[1]) if "." in old else 0
    s = f"{value:,.{decimals}f}"
    return s if "," in old else s.replace(",", "")


_STOP = frozenset(
    """about after also been before being between both could from have into more most
much over said same some than that their them then there these they this those through under
were what when where which while will with would year years since other each such only""".split()
)


def _context(sentence: str, thing: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", sentence)}
    return words - _STOP - {w.lower() for w in thing.split()}


#: a paragraph that works an example through ("To illustrate, …", "In our hypothetical, …")
_WORKED = re.compile(r"(?i)\b(?:illustrat\w*|hypothetical\w*|worked\s+example|an\s+example|suppose|imagine)\b")
#: the conventional names of the parties of a protocol walked through step by step ("Alice
#: and Bob create a transaction which spends 50M sats"): two of them make a worked example
_PLACEHOLDER_PARTIES = re.compile(r"\b(?:Alice|Bob|Carol|Dave|Eve|Mallory|Trent)\b")
#: a measure hyphenated to a plural noun names a kind of thing ("75-millimeter shells",
#: "40-foot containers"), not a measure of one thing the text states
_CLASS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{2,}[^s\W]s\b")
#: a figure written as a bound or a threshold ("deeper than 30 cm", "below 30 centimeters",
#: "up to 20"): two bounds of one thing can both be true, so changing one is no contradiction
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:than|below|above|under|over|beyond|exceeding|within|at\s+least|at\s+most|up\s+to|to)\s+(?:about\s+|around\s+)?$"
)
#: a figure inside quotation marks is part of a title or a quotation ("the song "99 bottles of
#: beer""), a name rather than a figure the text states
_QUOTED = re.compile(r"[\"“][^\"“”]{0,200}[\"”]")


#: a figure as the text writes it, read here with no help from claimcheck's extractors (so
#: the sample does not depend on what they already see): an optional currency sign, a
#: number, an optional scale word, and the word (or symbol) right after it
_FIGURE = re.compile(
    r"(?<![\w.,/#:°'’$€£-])(?P<cur>[$€£]\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,.]\d)(?:[ \t\xa0]?(?P<scale>million|billion|trillion|thousand|bn)\b)?"
    r"(?P<gap>[ \t\xa0-]?)(?P<unit>%|[A-Za-zµ°][\w₀-₉²³/′″.-]*[\w₀-₉²³]|[A-Za-zµ°])?"
)
#: measurement units, whatever the value (other words after a number are things counted,
#: and only counts of ten or more are taken: equal small counts are coincidence more often
#: than restatement). Written out here rather than read from claimcheck's unit data.
_MEASURES = frozenset(
    """m km cm mm nm µm kg g mg t kt mt gt tonnes tonne tons ton w kw mw gw tw wh kwh mwh gwh twh
    l ml litres liters gallons barrels bbl mi miles ft feet foot in inches meters metres meter metre
    kilometres kilometers km² m² sq acres hectares ha °c °f mph km/h kph knots gb mb tb kb pb gbps
    mbps ghz mhz hz ms tco2e tco₂e mtco2e mtco₂e co2e co₂e btu mmbtu kcal calories ppm ppb pounds lbs
    lb kilograms grams ounces oz""".split()
)
#: words after a number that are no unit or thing: function words, months, ordinals, the
#: letter of a name ("18F") and generic spans of time or kinds of thing ("64-bit")
_NO_UNIT = frozenset(
    """a an and as at by for from in into is it its of on or over per than that the this to was were
    which with we you they he she
    st nd rd th s jan feb mar apr may jun jul aug sep sept oct nov dec january february march april
    june july august september october november december am pm x
    percent bit bits byte bytes year years month months week weeks day days hour hours minute
    minutes second seconds times""".split()
)
#: unit names written out, with the symbol they are compared as ("30 meter" restates "30 m")
_UNIT_NAMES = {
    **dict.fromkeys(("meter", "metre", "meters", "metres"), "m"),
    **dict.fromkeys(("kilometer", "kilometre", "kilometers", "kilometres"), "km"),
    **dict.fromkeys(("centimeter", "centimetre", "centimeters", "centimetres"), "cm"),
    **dict.fromkeys(("millimeter", "millimetre", "millimeters", "millimetres"), "mm"),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons", "mt"), "t"),
    **dict.fromkeys(("gigawatt", "gigawatts"), "gw"),
    **dict.fromkeys(("megawatt", "megawatts"), "mw"),
    **dict.fromkeys(("kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("mile", "miles"), "mi"),
    **dict.fromkeys(("foot", "feet"), "ft"),
    "bn": "billion",
}


def _unit_key(unit: str) -> str:
    """A unit or a counted thing as compared: its symbol, or the word without a plural s."""
    unit = _UNIT_NAMES.get(unit, unit)
    return unit[:-1] if len(unit) > 3 and unit.endswith("s") and unit not in _MEASURES else unit


_IDENTIFIER_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\b[Vv]ersion|\bNo\.|#)[ \t\xa0-]?$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(\[]?[A-Z0-9])")


def _sentence_at(text: str, at: int) -> str:
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    begin = max(s for s in starts if s <= at)
    nxt = [s for s in starts if s > at]
    return text[begin : nxt[0] if nxt else len(text)].strip()


def _stated(sentence: str, paragraph: str, figure: str) -> bool:
    """A figure the text states as a fact of its own: not in a worked example or a
    supposition (in its sentence or its paragraph), not a bound, not inside quotation marks."""
    if _SUPPOSED.search(sentence) or _WORKED.search(paragraph):
        return False
    if len(set(_PLACEHOLDER_PARTIES.findall(paragraph))) >= 2:
        return False
    at = sentence.find(figure)
    if at >= 0 and _BOUND_BEFORE.search(sentence[max(0, at - 40) : at]):
        return False
    return not any(q.start() <= at < q.end() for q in _QUOTED.finditer(sentence)) if at >= 0 else True


def _figures(doc):
    """(key, block, match, sentence) for each figure in the body's prose, keyed by what it
    states: (currency, value, scale, unit or thing)."""
    from claimcheck.document import PROSE_KINDS

    for article in doc.articles:
        for bi, block in enumerate(article.blocks):
            if block.kind not in PROSE_KINDS:
                continue
            for m in _FIGURE.finditer(block.text):
                cur, scale = (m.group("cur") or "").strip(), (m.group("scale") or "").lower()
                unit = (m.group("unit") or "").lower().rstrip(".")
                unit = _UNIT_NAMES.get(unit, unit)
                if unit in _NO_UNIT and (cur or scale):
                    unit = ""  # "$4.8 billion in", "2 million of": the amount is the figure
                if unit in _NO_UNIT or (not cur and not scale and not unit):
                    continue
                if unit and m.group("gap") == "" and unit not in _MEASURES and unit != "%":
                    continue  # "18F", "3D", "1080p": a name, not a figure
                if m.group("gap") == "-" and _CLASS_AFTER.match(block.text, m.end()):
                    continue  # "75-millimeter shells": a kind of thing, not a fact measured
                if unit not in _MEASURES and (m.group("unit") or "a")[0].isupper():
                    continue  # "360 Conference", "Class B": a name
                if _IDENTIFIER_BEFORE.search(block.text, max(0, m.start() - 12), m.start()):
                    continue  # "IEC 61508", "BIP 32", "version 2": a number that names
                if unit == "%":
                    continue  # percentages coincide too often to be taken for restatements
                value = float(m.group("num").replace(",", ""))
                measured = bool(cur or scale) or unit in _MEASURES
                if not measured and (value < 10 or (1900 <= value <= 2100 and value.is_integer())):
                    continue  # a small count, or a year
                if value == 0:
                    continue
                sentence = _sentence_at(block.text, m.start())
                if not _stated(sentence, block.text, m.group(0).strip()):
                    continue
                yield (
                    (cur, value, _UNIT_NAMES.get(scale, scale), _unit_key(unit)),
                    (article.index, bi),
                    block,
                    m,
                    sentence,
                )


def m_change_figure(text, doc, claims):
    """The second statement of a figure stated twice (same value, scale and unit or thing
    after it, in different blocks of the body's prose, two sentences sharing at least two
    content words besides the unit) changed by 25%. The figures are found in the text itself, not through
    claimcheck's claims.

    Both statements must assert a fact: a worked example or a supposition ("consider a
    project that costs $10", "if", "to illustrate", a paragraph "in our hypothetical")
    states no fact to restate; a bound ("deeper than 30 cm", "up to 20") can be changed
    without contradicting another; a figure inside quotation marks belongs to a title or a
    quotation; equal small counts ("3 points", "two batches"), percentages and years are
    coincidence more often than restatement: none of these is planted in. A contracted
    "would" ("she'd create 10 outputs") supposes as "would" does.

    Judged by hand (session 23), most plants are restatements of one fact, but not all: a
    figure that names a class or a work ("75-millimeter shells", "the 99 bottles
    exercise"), one dimension of two objects ("30 m resolution" of a source dataset and
    of the map made from it) and the steps of a worked example with no "if" ("50M sats is
    refunded") are found by the text's shape too; a miss there is no miss of a defect. Since
    session 29 a paragraph naming two of the conventional parties of a protocol ("Alice and
    Bob") is read as a worked example, and AR003 counts as detecting a changed figure whose
    conversion it checks (:data:`ALSO_DETECTS`)."""
    source = doc.source
    if source is None:
        return
    by_key = defaultdict(list)
    for key, where, block, m, sentence in _figures(doc):
        by_key[key].append((where, block, m, sentence))
    for key, seen in by_key.items():
        done = False
        for i, (where, block, m, sentence) in enumerate(seen):
            if i == 0 or done:
                continue
            unit = key[3]
            firsts = [f for f in seen[:i] if f[0] != where]
            if not any(len(_context(f[3], unit) & _context(sentence, unit)) >= 2 for f in firsts):
                continue
            pos = block.source_map.to_file(m.start("num"))
            old = m.group("num")
            if source.text[pos : pos + len(old)] != old or text[pos : pos + len(old)] != old:
                continue  # the reader's text does not map back to the file here
            new_num = _fmt_like(old, float(old.replace(",", "")) * 1.25)
            if new_num == old:
                continue
            done = True
            line = text.count("\n", 0, pos) + 1
            first_line = source.text.count("\n", 0, firsts[0][1].source_map.to_file(firsts[0][2].start())) + 1
            yield (
                text[:pos] + new_num + text[pos + len(old) :],
                f"'{m.group(0).strip()}' at line {line} became {new_num}; first at line {first_line}",
            )


def _count_before(lead: str) -> int:
    """The count a lead-in declares right before its list ("five countries:", "the three
    founders (", "four metrics —"), or 0."""
    cm = _COUNTED.search(lead)
    if not cm:
        return 0
    return _COUNT_WORDS.get(cm.group(1).lower()) or (int(cm.group(1)) if cm.group(1).isdigit() else 0)


def _counted_members(before: str, members: list[str]) -> list[str] | None:
    """The members, when the words before them declare their number: the count may stand
    before the list or open its first item as the text was cut ("three signals of stress
    are heat", "noise and crowding")."""
    words = members[0].split()
    for j in range(len(words)):
        lead = " ".join([before, *words[:j]]) + (" " if j else "")
        if _count_before(lead) == len(members):
            return [" ".join(words[j:]), *members[1:]]
    return None


def _bullet_runs(doc):
    """(lead-in block, items) for each run of list items right after a prose paragraph."""
    from claimcheck.document import BlockKind

    for article in doc.articles:
        blocks = article.blocks
        for i, lead in enumerate(blocks):
            if lead.kind != BlockKind.paragraph:
                continue
            items = []
            for b in blocks[i + 1 :]:
                if b.kind != BlockKind.list_item:
                    break
                items.append(b)
            if items:
                yield lead, items


def m_drop_counted_member(text, doc, claims):
    """A member left out of a list whose declared count matches it, found in the text: a
    count and a noun before a colon, parenthesis or dash, then as many items joined by
    commas and "and" ("five countries: A, B, C, D and E", "the three founders (A, B and
    C)"), or a lead-in paragraph ending in such a count followed by that many list items
    (the second item's lines are removed)."""
    for block, m, members in _prose_lists(doc):
        listed = _counted_members(block.text[max(m.start() - 80, 0) : m.start()], members)
        new = _drop_member_at(text, block, m, listed) if listed else None
        if new is not None:
            line = text.count("\n", 0, block.source_map.to_file(m.start())) + 1
            yield new, f"'{listed[1]}' dropped from a list of {len(listed)} at line {line} ({', '.join(listed)})"
    for lead, items in _bullet_runs(doc):
        n = _count_before(lead.text.rstrip())
        if n < 3 or n != len(items):
            continue
        lines = [b.location.line for b in items]
        if len(set(lines)) != len(lines) or lines != sorted(lines):
            continue  # items sharing a line (HTML): no line to take out
        a, b = _offset(text, lines[1]), _offset(text, lines[2])
        yield (
            text[:a] + text[b:],
            f"item at line {lines[1]} dropped from a bullet list of {n} after line {lead.location.line}",
        )


def _note_dates(body):
    """(publication years, access years) written in a note as full dates (a month or day with
    the year), told apart by a "retrieved/accessed/archived" marker right before the date."""
    published, accessed = set(), set()
    for m in _FULL_DATE.finditer(body):
        year = next(g for g in m.groups() if g and len(g) == 4 and g.isdigit())
        (accessed if _READ_MARK.search(body[max(0, m.start() - 40) : m.start()]) else published).add(year)
    return published, accessed


def m_shift_url_date(text, doc, claims):
    """A citation's date and its URL's date agree; the URL's year is moved so they do not.

    Only dates a citation writes in full count (a month name or an ISO date with the year):
    a bare year in a note's prose ("in 2021, the agency ...") may be about anything. When the
    note gives only the day the page was read, the URL is moved to the year after it (a page
    cannot be read before it is published); moving it back would be no defect."""
    for note in doc.iter_footnotes():
        for url in note.urls:
            m = _YEAR_IN_URL.search(url)
            if not m:
                continue
            year = m.group(1)
            published, accessed = _note_dates(note.text.replace(url, " "))
            if year in published:
                new_year = str(int(year) - 1)
            elif not published and accessed:
                new_year = str(int(max(accessed)) + 1)
            else:
                continue  # the note gives no date the URL's date can be checked against
            pos = text.find(url, max(_offset(text, note.location.line) - 50, 0))
            if pos < 0:
                continue
            ypos = pos + m.start(1)
            yield text[:ypos] + new_year + text[ypos + 4 :], f"URL year {year} -> {new_year} in note {note.label}"


def _find_definition(text: str, expansion: str, acronym: str, start: int) -> int | None:
    """Offset of the expansion that defines the acronym near ``start``: the one followed by
    "(ACRONYM" (past a link target), not an earlier mention of the same name (a title, a
    heading or the sentence before)."""
    words = expansion.split()
    if not words:
        return None
    body = re.compile(r"\s+".join(re.escape(w) for w in words))
    for m in body.finditer(text, max(start - 200, 0), start + 600):
        if re.match(
            r"[^()]{0,3}(?:\]\([^()\s]*\)|\]\[[^\]]*\])?[^()]{0,3}\(\W{0,2}" + re.escape(acronym),
            text[m.end() : m.end() + 300],
        ):
            return m.start()
    return None


def m_change_expansion(text, doc, claims):
    for c in claims:
        if c.kind != "acronym" or not c.expansion:
            continue
        words = c.expansion.split()
        if len(words) < 2 or not c.acronym.isupper():
            continue
        start = _offset(text, c.location.line, c.location.column)
        pos = _find_definition(text, c.expansion, c.acronym, start)
        if pos is None:
            continue
        # replace the last capitalised word whose initial is in the acronym
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if w[:1].isupper() and w[0] in c.acronym:
                repl = _SWAP_WORDS.get(w[0].lower())
                if repl and repl[0] not in c.acronym:
                    m = re.compile(r"\b" + re.escape(w) + r"\b").search(text, pos, pos + len(c.expansion) + 40)
                    if m:
                        yield (
                            text[: m.start()] + repl + text[m.end() :],
                            f"'{w}' -> '{repl}' in the expansion of {c.acronym} at line {c.location.line}",
                        )
                break


def m_break_url(text, doc, claims):
    for note in doc.iter_footnotes():
        for url in note.urls:
            m = re.match(r"(https?://)([^/?#\s]+)", url)
            if not m:
                continue
            labels = m.group(2).split(".")
            if len(labels) < 2 or not all(labels):
                continue
            keep = labels[:2] if labels[0] == "www" and len(labels) > 2 else labels[:1]
            pos = text.find(url, max(_offset(text, note.location.line) - 50, 0))
            if pos < 0:
                continue
            cut = m.group(1) + ".".join(keep)
            yield text[:pos] + cut + text[pos + len(url) :], f"URL in note {note.label} cut to {cut}"


MUTATIONS = {
    "renumber_note": m_renumber_note,
    "drop_member": m_drop_member,
    "drop_counted_member": m_drop_counted_member,
    "change_figure": m_change_figure,
    "shift_url_date": m_shift_url_date,
    "change_expansion": m_change_expansion,
    "break_url": m_break_url,
}


def _try(kind, entry, src, mutated, what, base_keys, stats, examples, tmp: Path, verbose: bool) -> None:
    from claimcheck.errors import ClaimcheckError

    target = tmp / kind / src.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(mutated, encoding="utf-8")
    stats[kind]["attempted"] += 1
    try:
        _, found = _check(target)
    except ClaimcheckError:
        stats[kind]["mutant unreadable"] += 1
        return
    finally:
        shutil.rmtree(target.parent, ignore_errors=True)
    new = Counter(_key(f) for f in found) - base_keys
    new_rules = sorted({r for r, _ in new.elements()})
    want, allowed = EXPECTED[kind]
    detected = want in new_rules or any(r in new_rules for r in ALSO_DETECTS.get(kind, ()))
    others = [r for r in new_rules if r != want and r not in allowed and r not in ALSO_DETECTS.get(kind, ())]
    if detected:
        stats[kind]["detected"] += 1
        if not others:
            stats[kind]["exact"] += 1
    record = {
        "file": entry["file"],
        "mutation": what,
        "new": new_rules,
        "detected": detected,
        "exact": detected and not others,
    }
    examples["_all"].append({"kind": kind, **record})
    if not detected or others:
        examples[kind].append(record)
    if verbose:
        print(f"{kind:19} {'DETECTED' if detected else 'missed  '} {entry['file']}: {what} -> {new_rules}")


def run(
    formats: set[str],
    sources: set[str] | None,
    max_per_kind: int,
    seed: int,
    verbose: bool,
    per_doc: int = 3,
    kinds: tuple[str, ...] = KINDS,
) -> dict:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.extract import extract

    entries = [e for e in _realdocs.manifest(formats, sources) if not e["file"].endswith(".layout.txt")]
    random.Random(seed).shuffle(entries)
    stats = {k: Counter() for k in KINDS}
    examples: dict[str, list] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for entry in entries:
            if all(stats[k]["attempted"] >= max_per_kind for k in kinds):
                break
            src = _realdocs.REALDOCS / entry["file"]
            try:
                text = src.read_text(encoding="utf-8")
                doc, base = _check(src)
                claims = list(extract(doc).claims)
            except (ClaimcheckError, UnicodeDecodeError, OSError) as exc:
                if verbose:
                    print(f"skip {entry['file']}: {exc}")
                continue
            base_keys = Counter(_key(f) for f in base)
            for kind in kinds:
                if stats[kind]["attempted"] >= max_per_kind:
                    continue
                planted = 0
                try:
                    for mutated, what in MUTATIONS[kind](text, doc, claims):
                        if planted >= per_doc or stats[kind]["attempted"] >= max_per_kind:
                            break
                        planted += 1
                        _try(kind, entry, src, mutated, what, base_keys, stats, examples, Path(tmp), verbose)
                except Exception as exc:  # a mutation bug must not stop the survey
                    stats[kind]["mutation errors"] += 1
                    if verbose:
                        print(f"mutation {kind} failed on {entry['file']}: {exc!r}")
                if not planted:
                    stats[kind]["no structure"] += 1
    records = examples.pop("_all", [])
    return {"stats": {k: dict(v) for k, v in stats.items()}, "failures": examples, "records": records}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--formats", nargs="*", default=["markdown", "pdf-text", "html"])
    ap.add_argument("--sources", nargs="*")
    ap.add_argument("--max-per-kind", type=int, default=40)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--per-doc", type=int, default=3, help="mutations of one kind per document at most")
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument(
        "--kinds", nargs="*", choices=KINDS, default=list(KINDS), help="mutation kinds to try (all by default)"
    )
    args = ap.parse_args(argv)
    if not _realdocs.available() and "CLAIMCHECK_REALDOCS" not in os.environ:
        # a worktree sits one level deeper than the main checkout: look further up
        for up in Path(__file__).resolve().parents:
            if (up / "shared" / "realdocs" / "manifest.jsonl").is_file():
                _realdocs.REALDOCS = up / "shared" / "realdocs"
                break
    if not _realdocs.available():
        print(f"skipped: no real documents at {_realdocs.REALDOCS} (manifest.jsonl absent)")
        return 0
    res = run(
        set(args.formats),
        set(args.sources) if args.sources else None,
        args.max_per_kind,
        args.seed,
        args.verbose,
        args.per_doc,
        tuple(args.kinds),
    )
    print("kind                 expected  attempted  detected         exact  no-structure (documents)")
    for kind in args.kinds:
        s = res["stats"][kind]
        att = s.get("attempted", 0)
        pct = f"{100 * s.get('detected', 0) / att:5.1f}%" if att else "    -"
        print(
            f"{kind:19}  {EXPECTED[kind][0]:8}  {att:9}  {s.get('detected', 0):8} {pct}  "
            f"{s.get('exact', 0):5}  {s.get('no structure', 0):12}"
        )
    for kind, fails in res["failures"].items():
        print(f"-- {kind}: missed or with other new findings ({len(fails)})")
        for r in fails[:15]:
            print(f"  {r['file']}: {r['mutation']} -> new {r['new'] or 'nothing'}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
