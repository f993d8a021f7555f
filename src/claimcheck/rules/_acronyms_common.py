"""Shared look-ups for the acronym rules: definitions by acronym, uses in the text."""

from __future__ import annotations

import bisect
import os
import functools
from claimcheck import lazyre as re
from functools import lru_cache
from typing import Any, cast

from claimcheck.claims.models import AcronymClaim
from claimcheck.document import Block, Document, Span
from claimcheck.extract.acronym_letters import (
    BODY_NOUNS,
    FUNCTION_WORDS,
    acronym_letters,
    initials,
    judge,
    part_initials,
)
from claimcheck.rules._names import element_opener, in_code, in_element
from claimcheck.rules.base import CheckContext

# ``(?<![\w/&-])([A-Z][A-Z0-9&/]*[A-Z0-9])(s?)(?![\w/&-])`` with its capital matched first
# (the scan skips to the capitals; what stands before one is tested after it)
_TOKEN = re.compile(r"([A-Z](?<![\w/&-][A-Z])(?:[A-Z0-9&/]|[fo](?=[A-Z]))*[A-Z0-9])(s?)(?![\w/&-])")


def key(acronym: str) -> str:
    a = acronym.strip()
    return a[:-1] if len(a) > 2 and a.endswith("s") and a[:-1].isupper() else a


def norm_expansion(text: str) -> str:
    t = text.lower().replace("’", "'").replace("-", " ")
    t = re.sub(r"^(the|a|an)\s+", "", t.strip())
    return re.sub(r"\s+", " ", t)


def definitions(ctx: CheckContext) -> dict[str, list[AcronymClaim]]:
    """Acronym definitions by acronym (plural s dropped), read once per document.

    Only what reads as a definition: a parenthesis whose letters have nothing to do with
    the phrase before it (an affiliation, a file type, a code; see
    :func:`claimcheck.extract.acronym_letters.judge`) defines nothing."""
    if "acronym-definitions" not in ctx.shared:
        ctx.shared["acronym-definitions"] = _definitions(ctx)
    return cast("dict[str, list[AcronymClaim]]", ctx.shared["acronym-definitions"])


def _definitions(ctx: CheckContext) -> dict[str, list[AcronymClaim]]:
    out: dict[str, list[AcronymClaim]] = {}
    for claim in ctx.claims.of_kind("acronym"):
        if judge(claim.acronym, claim.expansion) == "unrelated" and not own_name_fits(claim):
            continue
        out.setdefault(key(claim.acronym), []).append(claim)
    return out


def own_name_fits(claim: AcronymClaim) -> bool:
    """Does the acronym spell the body's name in its own language, given beside it ("the
    Federal Office for Migration and Refugees (Bundesamt für Migration und Flüchtlinge,
    BAMF)")? Its letters are then that name's, whatever the English name's initials."""
    from claimcheck.extract.acronyms import own_language_name

    return bool(claim.native) and own_language_name(claim.native or "", claim.acronym) is not None


def name_content_words(expansion: str) -> list[str]:
    """The content words of an expansion that reads as a name (two capitalised content
    words or more: "Federal Criminal Police Office"), else none."""
    ws = [w for w in re.findall(r"[^\W\d_]+", expansion) if w.lower() not in FUNCTION_WORDS]
    return ws if sum(w[:1].isupper() for w in ws) >= 2 else []


def named_in_translation(ctx: CheckContext) -> dict[str, list[AcronymClaim]]:
    """The definitions :func:`definitions` leaves out that give a body's name in English
    with the acronym of its name in its own language: "the Federal Office of Civil
    Protection and Disaster Assistance (BBK)" (Bundesamt für Bevölkerungsschutz und
    Katastrophenhilfe). The letters have nothing to do with the words, but the words are a
    body's name (two capitalised words or more, one of them a noun that names a body:
    Office, Ministry, Agency, Institute …) and the acronym three letters or more, so the
    reader is told what it stands for. Not a person's affiliation ("Jane Roe (NASA)")."""
    if "acronym-translations" not in ctx.shared:
        out: dict[str, list[AcronymClaim]] = {}
        for claim in ctx.claims.of_kind("acronym"):
            if len(acronym_letters(claim.acronym)) < 3 or judge(claim.acronym, claim.expansion) != "unrelated":
                continue
            ws = name_content_words(claim.expansion)
            if any(w.lower() in BODY_NOUNS and w[:1].isupper() for w in ws):
                out.setdefault(key(claim.acronym), []).append(claim)
        ctx.shared["acronym-translations"] = out
    return cast("dict[str, list[AcronymClaim]]", ctx.shared["acronym-translations"])


def defined_anyhow(ctx: CheckContext) -> dict[str, list[AcronymClaim]]:
    """:func:`definitions` and :func:`named_in_translation` together: every acronym the
    reader is told the meaning of (for the rules on uses, not on the letters)."""
    return {**named_in_translation(ctx), **definitions(ctx)}


def uses(ctx: CheckContext) -> list[tuple[str, int, Span, str, int]]:
    """Every use of an acronym in running text, found once per document:
    ``(token, article, span, block text, offset)``.

    Not uses: words in capitals (several in a row, or a word the document also writes in
    lower case: "NOTE", "DONE"); letters that are part of something verbatim (code
    spans, identifiers such as ``HTTP_PROXY``, file names, URLs, e-mail addresses,
    hashtags, function calls such as ``IFERROR(``, link references); numbered names ("RFC
    7231", unless the document defines the acronym: "TRL 7" uses TRL); the first word of a proper name ("UC Berkeley", unless the document defines
    the acronym: "the BBNJ Agreement" uses BBNJ); titles of other works in
    links; labels (menu and contents entries, lead-in titles before a colon) and front
    matter or template lines read as text, and what stands inside a template's tag ("{% image
    … "ACME logos" %}") where the tag opens a line of prose."""
    if "acronym-uses" not in ctx.shared:
        ctx.shared["acronym-uses"] = _uses(ctx)
    return cast("list[tuple[str, int, Span, str, int]]", ctx.shared["acronym-uses"])


def _uses(ctx: CheckContext) -> list[tuple[str, int, Span, str, int]]:
    from claimcheck.extract.acronyms import is_acronym  # the acronym extractor loads only when used

    doc = ctx.document
    words = _lower_words(doc)
    defined = definitions(ctx)
    out = []
    # a defined acronym whose parts are joined by hyphens ("GOA-ON", "CERT-EU") is used
    # whole: the scan for plain ones sees no acronym in it
    hyphened = sorted((k for k in defined if "-" in k), key=len, reverse=True)
    joined = (
        re.compile(r"(?<![\w/&-])(" + "|".join(re.escape(k) for k in hyphened) + r")(s?)(?![\w/&-])")
        if hyphened
        else None
    )
    for article in doc.articles:
        for block in article.blocks:
            if not block.is_prose:
                continue
            found = list(_TOKEN.finditer(block.text))
            if joined is not None and "-" in block.text:
                found = sorted([*found, *joined.finditer(block.text)], key=lambda m: m.start())
            for m in found:
                token = m.group(1)
                if len(token) < 2 or not (is_acronym(token) or key(token) in defined) or _in_capitals(block.text, m):
                    # (letters a Roman numeral could be are an acronym where the document defines them: "CCC")
                    continue
                if not token.isupper() and key(token) not in defined:
                    continue  # "PhD", "McD": a small letter inside is an acronym only when defined ("TfL")
                if token.isalpha() and (token.lower() in words or len(token) >= 8):
                    continue  # a word set in capitals: "NOTE", "LONDON —", "ADVERTISEMENT"
                if _label(block.text, m.start()) or _in_template_tag(block.text, m.start()):
                    continue
                if _verbatim(block.text, m.start(), m.end()) or _in_code_span(doc, block, m.start()):
                    continue
                if _NUMBER_AFTER.match(block.text, m.end()) and key(token) not in defined:
                    continue  # "RFC 3654", "RFC #3931", "EO 14030": a numbered name (not "TRL 7", TRL defined)
                if _NAME_AFTER.match(block.text, m.end()) and key(token) not in defined:
                    continue  # "UC Berkeley", "GC Notify": part of a proper name (not "the BBNJ Agreement", BBNJ defined)
                if _in_title_link(doc, block, m.start()):
                    continue
                out.append((m.group(0), article.index, doc.span(block, m.start(), m.end()), block.text, m.start()))
    return out


#: ``\b[A-Za-z][a-z]+\b`` with its first letter matched first
_CASED_WORD = re.compile(r"[A-Za-z](?<!\w[A-Za-z])[a-z]+\b")


def _lower_words(doc: Document) -> frozenset[str]:
    """Words the document writes in lower case or with a capital initial ("note",
    "London"), lower-cased: the same letters in capitals are that word set in capitals.
    Reference labels and template tags left in the text are not its words."""
    out: set[str] = set()
    for block in doc.iter_blocks():
        text = block.text
        if "][" in text or "{%" in text or "{{" in text:
            # a link's reference label and a template's tag, left in the text as a PDF of the
            # source prints them ("[PTLCs][topic ptlc]", "{% assign … %}"), are keys, not
            # words: "ptlc" there does not make PTLC a word set in capitals
            text = _KEYS.sub(" ", text)
        out.update(_CASED_WORD.findall(text))
    return frozenset(w.lower() for w in out)  # each distinct word lower-cased once


def _in_template_tag(text: str, at: int) -> bool:
    """Is ``at`` inside a template's tag or value left in the text ("{% image "logo.png" "18F
    and GDS logos" %}", an image's alt text a PDF of the source prints), not prose?"""
    if "{%" not in text and "{{" not in text:
        return False
    return any(m.start() < at < m.end() for m in _TAGS.finditer(text, max(0, at - 300), min(len(text), at + 300)))


_TAGS = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)


#: a reference link's label after its text ("][topic ptlc]"), a template's tag or value
_KEYS = re.compile(r"\]\s?\[[^\[\]\n]{1,60}\]|\{%.*?%\}|\{\{.*?\}\}")


_NUMBERED = re.compile(r"(?:^|\s)\d+\.\d+(?:\.\d+)*\s+[A-Z]")


def _label(text: str, start: int) -> bool:
    """Is the token in a label rather than a sentence: a short block with no sentence
    end (a menu or contents entry, "3.7 NSS") or a lead-in title before a colon that opens
    the block ("CPFP carve-out: …")?"""
    short, contents, colon, setting = _block_facts(text)
    if short:
        return True
    word = _WORD_RUN.match(text, start)
    if word is not None and text.startswith("[edit]", word.end()):
        return True  # a wiki section heading read into the paragraph: "NSS[edit]"
    if contents:
        return True  # a table of contents read as a paragraph: "1 History 1.1 Origins 2 …"
    if colon >= 0 and start < colon:
        return True
    return setting  # front matter read as text: title = "… MVP …"


_WORD_RUN = re.compile(r"[\w&/]*")


@functools.lru_cache(maxsize=64)
def _block_facts(text: str) -> tuple[bool, bool, int, bool]:
    """What :func:`_label` asks of a whole block, once per block (asked again for every
    token, it made a long block quadratic): a short label, a table of contents, the colon
    of a lead-in title (-1: none), front matter read as text."""
    stripped = text.strip()
    short = len(stripped.split(None, 6)) <= 5 and stripped[-1:] not in ".!?"
    contents = len(_NUMBERED.findall(text)) >= 3
    colon = text.find(":", 0, 60)
    if not (0 < colon < 60 and len(text[:colon].split()) <= 6):
        colon = -1
    return short, contents, colon, bool(_SETTING.match(text))


_SETTING = re.compile(r"^\s*(?:\+\+\+|---|\{\{|\{%)|^\s*(?:\[[\w.-]+\]\s*)?[\w.-]+\s*[=:]\s*[\"'\[{]")


_NUMBER_AFTER = re.compile(r"\s?#?\d")
_NAME_AFTER = re.compile(r" (?:[A-Z][a-z]+)(?:[ ,.;:)!?\"”’']|$)")


def _in_title_link(doc: Document, block: Block, offset: int) -> bool:
    """Is the token in the text of a Markdown link that is a title in capitals ("[NARA
    Shares Its Library of Animated Gifs](…)"): the title of another work, not this
    document's wording?"""
    src = doc.source
    if src is None or doc.format != "markdown":
        return False
    pos = block.source_map.to_file(offset)
    starts, ends, titles = _link_texts(src.text)
    k = bisect.bisect_right(starts, pos) - 1  # link texts never overlap: the one before pos
    return k >= 0 and pos < ends[k] and titles[k]


_LINK_TEXT = re.compile(r"\[([^\[\]\n]+)\]\(")


@functools.lru_cache(maxsize=8)
def _link_texts(text: str) -> tuple[list[int], list[int], list[bool]]:
    """The texts of the Markdown links of a file (start, end, a title in capitals?), found
    once per file (the line was cut out and searched again for every token)."""
    starts, ends, titles = [], [], []
    for m in _LINK_TEXT.finditer(text):
        words = re.findall(r"[A-Za-z][\w’'-]*", m.group(1))
        big = [w for w in words if w[0].isupper()]
        starts.append(m.start(1))
        ends.append(m.end(1))
        titles.append(len(words) >= 4 and len(big) >= 0.6 * len(words))
    return starts, ends, titles


_VERBATIM_CHARS = re.compile(r"[_@#=\\{}<>$`|~^*]|://|::|\(\)|\]\[")


def _verbatim(text: str, start: int, end: int) -> bool:
    """Is the token part of something verbatim: an identifier, path, URL, address, call?"""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    word = text[a:b].strip("()[]{}\"'“”‘’,;:!?")
    if _VERBATIM_CHARS.search(word):
        return True
    if text[end : end + 1] == "(":
        return True  # IFERROR(…): a function
    if re.match(r"\.[A-Za-z0-9]{1,5}\b", text[end:]) and not re.match(r"\.\s", text[end:]):
        return True  # README.md, FOO.toml
    if start > 0 and text[start - 1] in "./" and not text[start - 2 : start - 1].isspace():
        return True  # .NET, path/PART
    if re.search(r"www\.|\.(?:com|org|gov|net|io)\b", word):
        return True
    return False


#: elements whose text is a quotation or a side note, not the running text
_ASIDE_TAG = element_opener(("blockquote", "aside", "sidenote"))


_BOX_LABEL = re.compile(r"\s*>[\s>]*(?:\*\*|__|#{1,6}\s)")
_BOX_ITEM = re.compile(r"\s*>[\s>]*(?:[-*+]|\d{1,2}[.)])\s")


def _quoted_box(text: str, line_start: int) -> bool:
    """Is the ``>`` line at ``line_start`` part of a box the writer set off (its first line
    a bold label or a heading, "> **Summary**", or the line a list item) rather than a
    quotation?"""
    if _BOX_ITEM.match(text, line_start):
        return True
    first = line_start
    while first > 0:
        prev = text.rfind("\n", 0, first - 1) + 1
        if not text[prev:first].lstrip().startswith(">"):
            break
        first = prev
    return _BOX_LABEL.match(text, first) is not None


def _in_code_span(doc: Document, block: Block, offset: int) -> bool:
    """Does the file show the token inside code, a quotation or a side note: between
    backticks on its line, on a ``>`` line (Markdown), or inside a ``<code>``, ``<kbd>``,
    ``<samp>``, ``<tt>``, ``<var>``, ``<pre>``, ``<blockquote>``, ``<aside>`` or
    ``<Sidenote>`` element (HTML, or HTML and MDX inside Markdown)?"""
    src = doc.source
    if src is None:
        return False
    pos = block.source_map.to_file(offset)
    text = src.text
    if pos <= 0 or pos > len(text):
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    if in_code(text, pos):
        return True
    if doc.format == "markdown" and text[line_start:pos].lstrip().startswith(">"):
        # a block quotation: someone else's words; not a box set off with ">" (a summary
        # under a bold label or a heading, a list of key points): the writer's own
        return not _quoted_box(text, line_start)
    return in_element(text, pos, _ASIDE_TAG)


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]+")
_CAPS_BEFORE = re.compile(r"[A-Z][A-Z'’-]+ $")
#: how far before a token its neighbours are looked for (a word, a clause): each look
#: costs the same in a sentence of a megabyte as in one of a line
_NEAR = 200
_CLAUSE_NEAR = 2000


def _in_capitals(text: str, m: re.Match[str]) -> bool:
    """Is the token one of several capitalised words in a row ("ADEK BERRY", a name in a
    photo credit, or a heading set in capitals)? Those are words, not acronyms."""
    left = _CAPS_BEFORE.search(text, max(0, m.start() - _NEAR), m.start())
    right = _CAPS_WORD.match(text, m.end() + 1) if text.startswith(" ", m.end()) else None
    return bool(left) or bool(right)


_APPOSITIVE = re.compile(r"\s*,\s+(?:a|an|the)\s")
_QUOTED_EXPANSION = re.compile(r"[\"”’']?\s*[,:]?\s+(?:or\s+|for\s+|meaning\s+)?[\"“‘][a-zA-Z]")
_CALLED = re.compile(
    r"\b(?:called|named|dubbed|nicknamed|the (?:startup|company|firm|brand|platform|model|tool|library))\s+[\"“‘]?$"
)
_FORMERLY = re.compile(r"\s*\((?:formerly|previously|now|also known as|née)\b")
_MENTION = re.compile(r"\b(?:acronym|abbreviation|initialism|abbreviated(?: as)?|known as)\s+[\"“‘]?$")
_NAME = re.compile(r"^[A-Z][a-z][\w’'-]*(?:\s[A-Z][\w’'-]*)*$")


#: a name in brackets after a comma of which an acronym stands: "(Bundesnetzagentur, "
_NATIVE_NAME = re.compile(r"\(\s*[A-ZÀ-Þ][^()]*[a-zß-ÿ],\s*$")


#: a bracket of a few lower-case words right after the token: what the name is ("CHIME
#: (hyperspectral imaging)", "CO2M (carbon dioxide)"), said in the reader's words
_GLOSS = re.compile(r"[ \t]?\((?:[a-z][\w'’-]*)(?:[ \t]+[a-z][\w'’-]*){0,5}\)")
#: the rest of a bracket the acronym opens, after its comma: "(CIAT, from its Spanish name, …)"
_BRACKET_REST = re.compile(r",\s*([^()]{3,160})\)")
#: words that say the letters come from the body's name in another language
_NAME_IN_LANGUAGE = re.compile(
    r"\b(?:from|after|for|of|by|in)\s+(?:its|their|the)\s+(?:[A-Z][a-z]+\s+)?(?:name|initials|title)\b"
    r"|\b(?:name|initials|title)\s+in\s+[A-Z][a-z]+\b"
)
#: a capitalised run in the bracket's rest, function words between ("Centro Internacional de …")
_BRACKET_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]*(?:\s+(?:[a-zà-ÿ]{1,4}\s+)?[A-ZÀ-Þ][\w’'-]*)+")


def _explained_in_bracket(text: str, start: int, token: str) -> bool:
    """Does the acronym open a bracket after a name and the bracket go on to say where its
    letters come from: "(CIAT, from its Spanish name, Centro Internacional de Agricultura
    Tropical)", "(DASK, the initials of its Turkish name)", "(ONAF, Office National des
    Forêts)"? The name whose initials it spells, or words that speak of its name in another
    language, make the bracket a definition."""
    if text[start - 1 : start] != "(":
        return False
    m = _BRACKET_REST.match(text, start + len(token))
    if m is None:
        return False
    rest = m.group(1)
    if _NAME_IN_LANGUAGE.search(rest):
        return True
    return any(judge(token, name.group(0)) == "fits" for name in _BRACKET_NAME.finditer(rest))


def explained_by_text(text: str, start: int, token: str) -> bool:
    """Does the sentence present the token as a name, so it needs no expansion?

    A bracket of lower-case words right after it says what it is ("CHIME (hyperspectral
    imaging)"); a bracket it opens may say where its letters come from
    (:func:`_explained_in_bracket`).

    An appositive after it ("WEY, a subsidiary of Great Wall Motors") or before it ("the
    largest carmaker, BYD, announced"), or a series of proper names it stands in
    ("companies such as Huawei, Xiaomi, and BYD").
    """
    end = start + len(token)
    if _GLOSS.match(text, end):
        return True  # "CHIME (hyperspectral imaging)": a bracket says what the name is
    if text[end : end + 1] == "," and _explained_in_bracket(text, start, token):
        return True  # "(CIAT, from its Spanish name, …)": the bracket says where the letters come from
    if _APPOSITIVE.match(text, end) or _QUOTED_EXPANSION.match(text, end):
        return True  # "MMRV, “measurement, monitoring, reporting …”"
    if _MENTION.search(text, max(0, start - 30), start):
        return True  # the acronym "DOC" usually means …: the letters are talked about
    if _CALLED.search(text, max(0, start - 40), start) or _FORMERLY.match(text, end):
        return True  # "a model called MARBL", "the startup NCX (formerly …)": a name
    if text[end : end + 1] == ")" and _NATIVE_NAME.search(text, max(0, start - 120), start):
        return True  # "… Food Safety (Bundesamt für … Lebensmittelsicherheit, BVL)": the original's
    left = re.split(r"[.;:()]", text[max(0, start - _CLAUSE_NEAR) : start])[-1]
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
    """Acronyms every reader knows without a definition: the list in
    ``data/acronyms_known.txt`` (its header says what goes in), ISO 4217 currency codes
    and ISO 3166-1 country codes (from pycountry). Kept in the cache folder
    (:mod:`claimcheck.cache`), tied to the list, pycountry's tables and this module, so a
    run need not import pycountry and read its tables."""
    from claimcheck import cache

    def build() -> list[str]:
        from importlib.resources import files

        import pycountry

        out: set[str] = set()
        data = files("claimcheck.data").joinpath("acronyms_known.txt").read_text(encoding="utf-8")
        for line in data.splitlines():
            out.update(line.split("#", 1)[0].split())
        out.update(c.alpha_3 for c in pycountry.currencies)
        for c in pycountry.countries:
            out.update((c.alpha_2, c.alpha_3))
        return sorted(out)

    sources = [
        cache.package_file("claimcheck", "data", "acronyms_known.txt"),
        cache.package_file("pycountry", "databases", "iso4217.json"),
        cache.package_file("pycountry", "databases", "iso3166-1.json"),
    ]
    if any(s is None for s in sources):
        return frozenset(build())
    return frozenset(cache.load_or_build("known-acronyms", [*cast("list[str]", sources), __file__], build))


@lru_cache(maxsize=1)
def _curated_known() -> frozenset[str]:
    """The acronyms of ``data/acronyms_known.txt`` alone (not the ISO codes), read from the
    installed file (``importlib.resources``, with ``zipfile`` and ``tempfile``, only when the
    package is not installed as files)."""
    from claimcheck import cache

    path = cache.package_file("claimcheck", "data", "acronyms_known.txt")
    if path is not None and os.path.isfile(path):
        with open(path, encoding="utf-8") as fh:
            data = fh.read()
    else:
        from importlib.resources import files

        data = files("claimcheck.data").joinpath("acronyms_known.txt").read_text(encoding="utf-8")
    return frozenset(w for line in data.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def _code_names() -> dict[str, dict[str, list[str]]]:
    """pycountry's names of each ISO code, by lower-case code as ``get`` looks it up:
    ``alpha_3`` and ``alpha_2`` (a country's name, common name and official name, "" for
    one it lacks) and ``currency`` (a currency's name). Kept in the cache folder, tied to
    pycountry's installed tables, so a run need not import pycountry and read them."""
    from claimcheck import cache

    def build() -> dict[str, dict[str, list[str]]]:
        import pycountry

        def names(c: Any) -> list[str]:
            return [getattr(c, a, "") for a in ("name", "common_name", "official_name")]

        list(pycountry.countries)  # loads the tables and their indices
        list(pycountry.currencies)
        countries = pycountry.countries.indices
        return {
            "alpha_3": {code: names(c) for code, c in countries["alpha_3"].items()},
            "alpha_2": {code: names(c) for code, c in countries["alpha_2"].items()},
            "currency": {code: [c.name] for code, c in pycountry.currencies.indices["alpha_3"].items()},
        }

    sources = [
        cache.package_file("pycountry", "databases", "iso4217.json"),
        cache.package_file("pycountry", "databases", "iso3166-1.json"),
    ]
    if any(s is None for s in sources):
        return build()
    return cache.load_or_build("code-names", [*cast("list[str]", sources), __file__], build)


def code_taken_otherwise(acronym: str, expansion: str) -> bool:
    """Is ``acronym`` known only as an ISO country or currency code ("CAF", the Central
    African Republic) that the document defines as something else ("Caisse d'allocations
    familiales (CAF)")? Then readers do not know it: the document's meaning needs its
    definition first."""
    if acronym in _curated_known() or len(expansion.split()) < 2:
        return False
    table, code = _code_names(), acronym.lower()
    names = set(table["alpha_3"].get(code) or table["alpha_2"].get(code) or ())
    names.update(table["currency"].get(code, ()))
    if not names - {""}:
        return False
    folded = expansion.casefold()
    return not any(n and (n.casefold() in folded or folded in n.casefold()) for n in names)


def _after_number(text: str, start: int) -> bool:
    import re

    return bool(re.search(r"\d[\d,.]*\s?$", text[max(0, start - 12) : start]))


def _inside_a_name(ctx: CheckContext, text: str, start: int) -> bool:
    """Is the token inside the name of a definition written in the same text?"""
    heads = ctx.shared.get("acronym-definition-heads")
    if heads is None:
        heads = {c.text[: c.text.rfind("(")] for c in ctx.claims.of_kind("acronym") if "(" in c.text}
        ctx.shared["acronym-definition-heads"] = heads
    for head in heads:
        # only a head written across ``start`` counts: it begins in the len(head) - 1
        # characters before it (not every place of a long text, for every token)
        end = start - 1 + len(head)
        p = text.find(head, max(0, start - len(head) + 1), end)
        while p != -1:
            if p < start < p + len(head):
                return True
            p = text.find(head, p + 1, end)
    return False


def defines_its_acronyms(
    ctx: CheckContext,
    never: list[tuple[str, int, Span]] | None = None,
    *,
    minimum: int = 2,
    also_bare: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """Does the document practise defining its acronyms: at least ``minimum`` definitions,
    and at least twice as many acronyms defined as left undefined? (``never``: the
    undefined uses, when already found; ``also_bare``: more acronyms it leaves undefined.)"""
    if never is None:
        never, _ = undefined_uses(ctx, default_known())
    defined = len(defined_anyhow(ctx))
    undefined = len({key(t) for t, _, _ in never} | set(also_bare))
    return defined >= minimum and 2 * undefined <= defined


def undefined_uses(
    ctx: CheckContext, known: frozenset[str] | set[str]
) -> tuple[list[tuple[str, int, Span]], list[tuple[str, int, Span, AcronymClaim]]]:
    """First uses, per article, of acronyms the article does not define: ``(never,
    elsewhere)``, ``never`` as ``(token, article, span)`` for acronyms no article
    defines, ``elsewhere`` with the definition another article gives. Known acronyms,
    unit symbols after a number, numbered names, parts of defined names and names the
    sentence presents as names are left out."""
    defs = defined_anyhow(ctx)
    seen: set[tuple[str, int]] = set()
    never: list[tuple[str, int, Span]] = []
    elsewhere: list[tuple[str, int, Span, AcronymClaim]] = []
    for token, article, loc, text, start in uses(ctx):
        k = key(token)
        if k in known or token in known or (k, article) in seen:
            continue
        if "/" in k and (all(p in known or key(p) in defs for p in k.split("/")) or k.rsplit("/", 1)[1] in _AGENCIES):
            continue  # "HTTP/HTTPS", "HTTPS/HSTS" with HSTS defined; "STR/AFP": a photo credit
        if _inside_a_name(ctx, text, start):
            continue  # "Architecture for REDD+ Transactions (ART)": part of a defined name
        if _after_number(text, start):
            continue  # "5 GW", "12 TWh": a unit symbol, not an acronym
        if _DESIGNATION.match(k):
            continue  # "BIP32", "CMIP5", "ERA5": a numbered name, not letters to spell out
        ds = defs.get(k, [])
        if any(d.article == article for d in ds):
            continue
        seen.add((k, article))
        if not ds and explained_by_text(text, start, token):
            continue  # presented as a name: later uses are fine too
        if ds:
            elsewhere.append((token, article, loc, ds[0]))
        else:
            never.append((token, article, loc))
    return never, elsewhere


_AGENCIES = frozenset("AFP AP DPA EPA UPI TASS ANP KNA".split())
_DESIGNATION = re.compile(r"^[A-Z][A-Z&/]*[A-Z]\d+$")


def loose_lower_case(acronym: str, expansion: str) -> bool:
    """Is the expansion a phrase in lower case whose initials are not the acronym's letters
    with one changed or two swapped (as many letters, one differing, or the same in another
    order)? Words before a parenthesis in lower case are a name only when they spell it so
    ("liquefied natural gas (LGN)"); "commitment transactions use v3 transaction relay
    (TRUC)" gives another name of the thing, not its words."""
    if any(ch.isupper() for ch in expansion):
        return False
    letters = acronym_letters(acronym)
    for init in (initials(expansion).lower(), part_initials(expansion).lower()):  # "demand-side": DS
        if len(letters) == len(init) and (
            sorted(letters) == sorted(init) or sum(x != y for x, y in zip(letters, init)) <= 1
        ):
            return False
    return True
