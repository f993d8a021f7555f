from __future__ import annotations

from typing import Iterable

from claimcheck import lazyre as re
from claimcheck.claims.models import AcronymClaim
from claimcheck.extract.acronym_letters import (
    FUNCTION_WORDS,
    acronym_letters,
    fit,
    in_order,
    initials,
    judge,
    lost_at_start,
    letter_readings,
    unexplained,
)
from claimcheck.document import Block, Footnote, Location
from claimcheck.extract.acronyms import letter_lost
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import definitions, own_name_fits
from claimcheck.rules.base import CheckContext, Rule


class ExpansionCutShort(Rule):
    """An acronym's expansion stops before its last letters are explained.

    Every word of the name gives its initial, in order, and the acronym still has letters
    no word stands for: after the last word, or one letter between two words of a name of
    three words or more ("European Travel Information System (ETIAS)": a word starting
    with A is missing). Dotted initials give a letter each ("the U.K. Space Agency (UKSA)"),
    and a name after another body joined by "and the" starts after it ("the port and the
    U.S. Forest Service (USFS)" is no name cut short of its last S). A word built of combining
    forms gives the letter that opens a form after its linking "o" ("acute hepatopancreatic
    necrosis disease (AHPND)": hepato-Pancreatic), so no word is missing there. A name of two words whose first gives two letters and still
    leaves one ("Offshore Transmission (OFTO)": Owner lost) is cut too. A name whose
    missing letters are inside its last word is a syllable acronym, not a cut ("Core
    Lightning (CLN)"), unless the last word's initial comes again ("US Federal
    Communications (FCC)": the second C is the word lost); one plain word before a
    parenthesis is not a definition ("Verra (VCS)": a registry and its programme). One
    vowel left at the end of an acronym of four letters or more is a word's initial,
    not a syllable ("International Air Transport (IATA)": Association lost). Up to three
    words before the name are passed over to a capitalised word with the acronym's first
    letter ("Standing Committee on Plants, Animals and Food (PAFF)": Feed lost). A
    capitalised English name whose acronym is its initials and one vowel more at the end,
    a vowel only the last word's second letter gives, is cut ("Federal Railroad (FRA)":
    Administration lost), unless that word is a body's head noun whose syllable the acronym
    takes ("Korea Electric Power Corporation (KEPCO)"). Two letters left of five are a word
    lost ("Convention on International Trade (CITES)"), not a short form. A syllable's letter
    stands inside the last word: one letter found there only as its last is a word's
    initial ("United Nations High Commissioner (UNHCR)": for Refugees lost), and so is one
    found only in the ending of an English word ("Regional Antivenom Procurement (RAPM)":
    the M of -ment; "Coastal Path Conservation (CPCT)": the T of -tion): a syllable is taken
    from a stem ("Election Observation MiSsion").

    A name whose last word is written after the bracket ("the foreign direct product
    (FDPR) rule") is cut too: the acronym's last letters, which the name before the bracket
    explains only from inside its last word (p-R-oduct), are the initials of the word right
    after the bracket, and every word then gives its initial. That word must read as part
    of the name: written in the name's case, not a function word, an auxiliary verb or a
    word in -s or -ed (a verb: "the … (EOMS) said", "(AVSP) provides"). A name that gives
    its letter from inside another word ("multipart payments (MPP) protocol": multi-Part) is
    whole before the bracket. A word made with a common prefix gives the initial of its
    second root too ("Pseudorandom Number Generator (PRNG)", "Hypertext Markup Language
    (HTML)"): no word is missing there. So does a closed compound with a common second root
    ("Freshwater Membrane Filtration (FWMF)": fresh-Water), whose whole first root a
    syllable acronym may take ("Travel Nationwide (TRAVNATION)").

    A name whose acronym has one or two letters beyond its words' initials, letters found
    inside its last word ("Bus Service Improvement (BSIP)": imProvement), reads as a
    syllable acronym, unless the document writes the name elsewhere with the words those
    letters stand for ("Bus Service Improvement Plans" in a note's title, a heading, a
    table; or joined on by a function word, "River Monitoring and Research" for "River
    Monitoring (RMR)"): then a word was lost. So does a name whose last letter comes from the first
    two letters of its last word ("Atlantic Cable Maintenance (ACMA)": MAintenance) when the
    document writes "Atlantic Cable Maintenance Agreement" elsewhere; and so does a name
    whose letters fit only from inside its words where the document writes it elsewhere
    with one or two more capitalised words inside, whose initials spell the acronym exactly
    ("Avian Power Line Committee (APLIC)" beside "Avian Power Line Interaction Committee"
    in a note).

    A capitalised name that ends in an adjective ("Meteorological", "Judicial", "Finnish"),
    its acronym's letters beyond the words' initials read from inside that adjective, has
    lost its noun ("the Finnish Meteorological (FMI)": Institute); nouns with those endings
    ("Dow Chemical", "Lincoln Memorial") end names. A capitalised name whose acronym is its
    words' initials after one to three letters more has lost its first words ("the
    Personnel Selection Office (EPSO)": European), unless those letters are a country's
    code, the prefix of a body's official short name ("the Met Office (UKMO)"), a parent
    body's acronym set off by a hyphen ("DA-BAI"), or the words written right before the name
    give them ("Distributed Access through Renewable Energy Scale-up (DARES)", "The Nature
    Conservancy (TNC)": the name read from a later word).

    A lower-case name is read as cut short when its words give every letter of the acronym
    but one as their initials, in order: the last ("onshore power (OPS)": supply lost) or,
    in a name of three words or more, hyphened parts counted, one between two words
    ("long-duration storage (LDES)": energy lost), where the word before that letter does
    not hold it (a syllable acronym, "photovoltaic (PV)", takes letters from inside words)
    nor give it by its sound ("unspent transaction output (UTXO)": TX, as in "UX").
    A digit in the acronym may stand for "to" ("pay to quantum resistant hash (P2QRH)",
    "business to business (B2B)"): no letter is lost where that reading gives the name's
    initials.

    ## Why is this bad?
    A name cut short ("State Administration for Science, Technology, and Industry for
    National (SASTIND)", missing "Defense") is usually a line lost in editing, and names
    the wrong body or none.

    ## Example
    ```markdown
    The Strategic Support (SSF) force was dissolved in April.
    ```

    Use instead:
    ```markdown
    The Strategic Support Force (SSF) was dissolved in April.
    ```
    """

    code = "AC003"
    name = "expansion-cut-short"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for defs in definitions(ctx).values():
            for d in defs:
                found = self._stops_short(ctx, d)
                if found is not None:
                    yield found

    def _stops_short(self, ctx: CheckContext, d: AcronymClaim) -> Finding | None:
        """The finding for one definition whose expansion stops short, or ``None``."""
        if own_name_fits(d):
            return None  # "(Institut national de la statistique …, INSEE)": the letters of that name
        if _marked(ctx, d):
            return None  # "(FAFSASM)": a service or trade mark's superscript written flat after the letters
        after = _last_word_after(d)
        if after is not None:
            return self._short(
                d,
                f"leaves '{after[0].upper()}' to '{after}', the word after the bracket",
                help=f"write the whole name before the acronym: '{d.expansion} {after} ({d.acronym})'",
            )
        letter = None if d.expansion[:1].isupper() else _letter_lost(d.acronym, d.expansion)
        cut = judge(d.acronym, d.expansion) == "cut"
        if not cut and letter is not None:
            # "long-duration storage (LDES)": a lower-case name's word lost between two
            return self._short(d, f"leaves '{letter.upper()}' unexplained", help=_missing_word(letter))
        head = lost_at_start(d.acronym, d.expansion)
        if head is not None:
            # "the Bull's Trench Kiln (FCBTK)": the words before the name were lost
            if _written_before(d, head):
                return None  # "Distributed Access through Renewable … (DARES)": read short
            return self._short(
                d,
                f"leaves '{head.upper()}' unexplained before its first word",
                help=_missing_word(head, " before it"),
            )
        lost = _after_adjective(d.acronym, d.expansion)
        if lost is not None:
            # "the Finnish Meteorological (FMI)": a name does not end in an adjective
            return self._short(
                d, f"ends in an adjective and leaves '{lost.upper()}' unexplained", help=_missing_word(lost)
            )
        # the whole name as the document writes it elsewhere: the expansion's words
        # and more after them, or (for a name read as whole) a longer name with words
        # inside it; a name cut short is shown where it is written whole too
        whole = _written_whole(ctx, d)
        longer = _written_longer(ctx, d) if whole is None and not cut else None
        if whole is not None:
            words, loc, rest = whole
            written = f"{d.expansion}{words}"  # (the words after the name as written)
            tail = words.strip()
            fixed = written if " " in tail else f"{d.expansion} {_singular(tail)}"
        elif longer is not None:
            written, loc, rest = longer
            fixed = written
        elif cut:
            missing = unexplained(acronym_letters(d.acronym), d.expansion)
            return self._short(d, f"leaves '{missing.upper()}' unexplained", help=_missing_word(missing))
        else:
            return None
        return self._short(
            d,
            f"leaves '{rest.upper()}' unexplained; the document writes the name as '{written}'",
            help=f"write the whole name before the acronym: '{fixed} ({d.acronym})'",
            related=[(loc, "the whole name written here")],
        )

    def _short(
        self, d: AcronymClaim, leaves: str, *, help: str, related: list[tuple[Location, str]] | None = None
    ) -> Finding:
        return self.finding(
            d,
            f"expansion of '{d.acronym}' stops short: '{d.expansion}' {leaves}",
            related=related or [],
            help=help,
            subject=f"{d.acronym} {d.expansion}",
        )


def _marked(ctx: CheckContext, d: AcronymClaim) -> bool:
    """Is the acronym a whole one with a service or trade mark written flat after it ("FAFSASM"
    for FAFSA℠): the letters before "SM" or "TM", two or more, are written alone elsewhere in
    the document ("FAFSA"), fit the expansion, and are one for each of its capitalised words,
    none left over ("the Central Asia Transport (CATM)" is cut, not marked)?"""
    letters = d.acronym[:-2]
    words = [w for w in d.expansion.split() if w[:1].isupper()]
    if not (
        d.acronym.endswith(("SM", "TM"))
        and len(letters) >= 2
        and letters.isupper()
        and len(words) == len(letters)
        and judge(letters, d.expansion) == "fits"
    ):
        return False
    alone = re.compile(rf"(?<![\w-]){re.escape(letters)}(?![\w-])")
    return any(alone.search(text) for _, text in _texts(ctx))


def _missing_word(letters: str, where: str = "") -> str:
    return f"complete the name: a word starting with {letters[0].upper()} seems to be missing{where}"


def _letter_lost(acronym: str, expansion: str) -> str | None:
    """The letter :func:`letter_lost` finds lost in a reading of the acronym, unless another
    reading is the name's initials: "pay to quantum resistant hash (P2QRH)" loses no P, its
    digit standing for "to" (read as doubling the P before it, as in "A2/AD", it would);
    "pay to witness script (P2WSH)" loses the H (of "hash") in both."""
    readings = letter_readings(acronym)
    if initials(expansion).lower() in readings:
        return None
    for letters in readings:
        lost = letter_lost(letters, expansion)
        if lost is not None:
            return letters[lost]
    return None


# the word written right after a definition's closing bracket
_AFTER = re.compile(r"\s+([A-Za-z][a-z]+)\b(?![-'’])")
# auxiliary verbs, which follow a name as its verb, not as its last word
_AUXILIARIES = frozenset("can could had have may might must shall should was were will would".split())


#: endings of an English adjective no name's head noun has ("Meteorological", "Finnish",
#: "Japanese"): a capitalised name that ends in one has lost its noun
_ADJECTIVE_ENDINGS = ("ological", "ical", "ial", "ish", "ese")
#: nouns with those endings that end names ("Dow Chemical", "the Old Parish"): the last word
_ADJECTIVE_LIKE_NOUNS = frozenset(
    """chemical chemicals parish dish polish fish memorial editorial tutorial trial official material
    serial burial potential initial commercial""".split()
)


def _after_adjective(acronym: str, expansion: str) -> str | None:
    """The letters a capitalised name of two words or more leaves unexplained when its last
    word is an adjective and the acronym's letters beyond its initials are read from inside
    that word ("Finnish Meteorological (FMI)": meteorologIcal, where "Institute" was lost),
    else None."""
    words = expansion.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in FUNCTION_WORDS):
        return None
    last = words[-1].lower()
    if not last.endswith(_ADJECTIVE_ENDINGS) or last in _ADJECTIVE_LIKE_NOUNS:
        return None
    letters, init = acronym_letters(acronym), initials(expansion).lower()
    if len(letters) <= len(init) or not letters.startswith(init):
        return None
    return letters[len(init) :]


#: the words before a name in its sentence, back to front
_WORD_BEFORE = re.compile(r"[^\W\d_][\w'’-]*")
#: the small words inside a name: function words and the prepositions that join its parts
#: ("Access through Renewable Energy", "Fund against Malaria")
_NAME_LINKS = FUNCTION_WORDS | frozenset(
    "through from into via across between against under over towards within".split()
)


def _written_before(d: AcronymClaim, head: str) -> bool:
    """Do the words written right before the name give the letters its acronym has before
    the name's initials ("Distributed Access through Renewable Energy Scale-up (DARES)",
    "The Nature Conservancy (TNC)": the name was read from a later word, not written cut)?
    Capitalised words give their initials, back to front, function words between them
    passed over; "The" may open the name."""
    if not d.sentence:
        return False
    at = d.sentence.find(d.text)
    if at == -1:
        return False
    name_at = d.sentence.find(d.expansion, at)
    before = d.sentence[: name_at if name_at != -1 else at]
    need = head
    for w in reversed(_WORD_BEFORE.findall(before)[-6:]):
        if not need:
            break
        if w[:1].isupper() and w[0].lower() == need[-1]:
            need = need[:-1]
        elif w.lower() not in _NAME_LINKS or w[:1].isupper():
            break
    return not need


def _last_word_after(d: AcronymClaim) -> str | None:
    """The name's last word written after the bracket ("foreign direct product (FDPR)
    rule"), when the acronym's letters are the initials of the name's words with it, and
    the name before the bracket gives its last letters only from inside its last word."""
    if not d.text.endswith(")") or not d.sentence:
        return None
    at = d.sentence.find(d.text)
    if at == -1:
        return None
    m = _AFTER.match(d.sentence, at + len(d.text))
    if m is None:
        return None
    word = m.group(1)
    lw = word.lower()
    if len(word) < 3 or lw in FUNCTION_WORDS or lw in _AUXILIARIES or lw.endswith(("s", "ed")):
        return None
    init = initials(d.expansion)
    last = d.expansion.split()[-1] if d.expansion.split() else ""
    if not init or not last[:1].isalpha() or last[:1].isupper() != word[:1].isupper():
        return None  # "The … Programme (HSPR) rarely met": a capitalised name, a lower-case word
    letters = acronym_letters(d.acronym)
    if (init + word[0]).lower() != letters or init.lower() == letters:
        return None
    inside, low = letters[len(init) - 1 :], last.lower()
    if not (low.startswith(inside[:1]) and in_order(inside[1:], low[1:])):
        return None  # "multipart payments (MPP) protocol": the inner letter is another word's
    return word if judge(d.acronym, d.expansion) == "fits" else None


def _written_whole(ctx: CheckContext, d: AcronymClaim) -> tuple[str, Location, str] | None:
    """For a name whose acronym has letters beyond its words' initials, read as letters
    from inside its last word ("Bus Service Improvement (BSIP)": imProvement), the place
    where the document writes the name with the words those letters stand for ("Bus
    Service Improvement Plans" in a note's title): then a word was lost, not a syllable
    taken. The words after the name must be capitalised, as a name's are; a function word
    may join one on ("Special Educational Needs and Disabilities"). (The words after the
    name as written, from the space before them; the place; the letters they give.)"""
    letters = acronym_letters(d.acronym)
    ws = d.expansion.split()
    # words before the name ("Members of the Textile Workers Pension"): from its first word
    start = next((i for i, w in enumerate(ws) if w[:1].lower() == letters[:1] and w[:1].isupper()), None)
    if start is None:
        return None
    expansion = " ".join(ws[start:])
    init = initials(expansion).lower()
    if (
        not init
        or len(letters) <= len(init)
        or not letters.startswith(init)
        or fit(d.acronym, expansion) not in ("cut", "fits")
    ):
        return None
    rest = letters[len(init) :]
    if len(rest) > 2:
        return None
    name = r"\s+".join(re.escape(w) for w in ws[start:])
    # each lost word may follow a function word ("Special Educational Needs and
    # Disabilities", "Science, Innovation and Technology")
    tail = r"".join(rf"(?:,?\s+{_LINKING})?\s+({ch.upper()}[\w'’-]*)" for ch in rest)
    rx = re.compile(rf"(?<![\w-]){name}({tail})(?![\w-])")
    for block, text in _texts(ctx):
        if ws[-1] not in text:
            continue
        for m in rx.finditer(text):
            if any(m.group(i + 2).lower() in FUNCTION_WORDS for i in range(len(rest))):
                continue
            return re.sub(r"\s+", " ", m.group(1)), ctx.document.locate(block, m.start()), rest
    return None


#: a function word a name's words are joined by ("… Needs and Disabilities")
_LINKING = r"(?:and|&|of|for|the|on|in)"

#: one or two capitalised words a longer form of a name has between two of its words
_INSERTED = r"((?:\s+[A-Z][\w'’-]*){1,2})"


def _written_longer(ctx: CheckContext, d: AcronymClaim) -> tuple[str, Location, str] | None:
    """For a capitalised name whose letters fit its acronym only by taking some from inside
    its words ("Avian Power LIne Committee (APLIC)"), the place where the document writes
    the name with one or two more capitalised words between two of its words, and the
    initials of that longer name spell the acronym exactly ("Avian Power Line Interaction
    Committee" in a note): a word was lost, not a syllable taken. (The whole name, the
    letters it adds, its place.)"""
    letters = acronym_letters(d.acronym)
    ws = d.expansion.split()
    if not (2 <= len(ws) <= 10) or not all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in ws):
        return None
    if len(initials(d.expansion)) >= len(letters):
        return None  # the name's own initials give as many letters: none is lost
    escaped = [re.escape(w) for w in ws]
    for gap in range(1, len(ws)):
        pattern = r"\s+".join(escaped[:gap]) + _INSERTED + r"\s+" + r"\s+".join(escaped[gap:])
        rx = re.compile(rf"(?<![\w-]){pattern}(?![\w-])")
        for block, text in _texts(ctx):
            if ws[-1] not in text:
                continue
            for m in rx.finditer(text):
                added = m.group(1).split()
                if any(w.lower() in FUNCTION_WORDS for w in added):
                    continue
                name = " ".join(m.group(0).split())
                if initials(name).lower() != letters:
                    continue
                return name, ctx.document.locate(block, m.start()), "".join(w[0] for w in added)
    return None


def _texts(ctx: CheckContext) -> list[tuple[Block | Footnote, str]]:
    """Every block's and note's text (headings, tables and captions too), read once."""
    cached = ctx.shared.get("ac003-texts")
    if cached is None:
        cached = []
        for article in ctx.document.articles:
            cached.extend((b, b.text) for b in article.blocks)
            cached.extend((n, n.text) for n in article.footnotes)
        ctx.shared["ac003-texts"] = cached
    return cached


def _singular(words: str) -> str:
    """ "Plans" as the name's last word in the singular ("Improvement Plans" in a title)."""
    if " " in words or words.endswith(("ss", "ies")) or len(words) <= 3:
        return words  # ("… Needs and Disabilities": a plural name, as written)
    return words[:-1] if words.endswith("s") else words
