from __future__ import annotations

from claimcheck import lazyre as re
from typing import Iterable

from claimcheck.data.calendar import MONTH_NAMES
from claimcheck.document import Block, BlockKind, Document, Span
from claimcheck.extract.lists import ORG_WORD
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._names import (
    blank_code,
    apostrophe_only,
    contraction,
    name_text,
    sentence_start,
)
from claimcheck.rules._spelling import GERMAN_WORDS, TITLES, author_slips, capitalises_nouns, spelling_variants
from claimcheck.rules.base import CheckContext, Rule

# words a number follows without making a name: months, and parts of a document
_NOT_NAMES = MONTH_NAMES | {
    "page",
    "pages",
    "no",
    "vol",
    "chapter",
    "article",
    "section",
    "part",
    "figure",
    "table",
    "note",
    "footnote",
}
# "Tianwen-3", "Tianwen 3", "Tianwen3": a name and a number
_DIGIT = re.compile(r"\d")
_NAME_NUMBER = re.compile(r"\b([A-Z][A-Za-z’']*[a-z])([- ]?)(\d{1,3})\b(?![-–/.,]\d)")
# "BeiDou", "Chang’e", "SpaceX": names whose spelling has inner capitals or apostrophes
_NAME = re.compile(r"\b(?:[A-Z][A-Za-z]*(?:['’][a-z]+)?[A-Za-z]*|[a-z]{1,2}[A-Z][A-Za-z]*)\b")
# a possessive ending is grammar, not spelling: "China's" and "China’s" name one country
_POSSESSIVE = re.compile(r"['’]s$")


def _key_number(word: str, number: str) -> str:
    return f"{word.lower().replace('’', chr(39))}#{number}"


class NameVariantForms(Rule):
    """One name is written in different forms in the issue ("Tianwen-3" and "Tianwen 3").

    Names with numbers are compared with and without a hyphen or space, and names with
    inner capitals or apostrophes by letters only ("BeiDou" / "Beidou", "Chang'e" /
    "Chang’e", "ReHeat" / "Re-Heat": a hyphen before the inner capital); an acronym's plural is no such name ("IAAs" beside "IaaS"). Only the writer's own prose is read: not footnotes or quoted titles and
    words, which keep their sources' own spelling, and not verbatim strings (URLs,
    e-mail addresses, file paths, code identifiers, a package's name with its language's
    tail: "Fasthash-rs" is no form of "FastHash"), nor a name the text gives as a former
    one ("SeaWatch Scotland, known until 2019 as Sea-Watch Scotland", "formerly the
    Blue-Line Trust", "the North-Gate Singers, renamed …"), nor words the file sets as code (between
    backticks, or in an HTML ``<code>``, ``<kbd>``, ``<samp>``, ``<tt>``, ``<var>`` or
    ``<pre>`` element: "the `LockTime` type" keeps its program's spelling). Contractions and possessives
    ("We're" / "We’re") are grammar, not names; a capital that only starts a sentence is
    not another spelling. Two forms of a name that differ only by a straight or a curly
    apostrophe are typography, reported at info severity.

    A surname's last s dropped or added after the same given name is one person's name
    written two ways where a title or a verb of saying shows a person is meant ("Lorraine
    Castellanos" / "Lorraine Castellano has noted"); elsewhere a last s is a plural.

    Proper names misspelt once ("Okonkwo" / "Okonkow", "Diallo-Keita" / "Diallo-Kieta":
    a hyphenated surname is one word) are found too, on the document's
    own evidence: two capitalised words of five letters or more, one letter swapped,
    dropped, doubled or changed (never the first letter, nor only the last: plurals and
    inflections, nor an agent's "r" after a final "e", "Office" / "Officer" in the names
    of an office and of its head; but a last letter doubled or undoubled is a slip,
    "Kirkwall" / "Kirkwal", and so is a silent e added to or dropped from the surname of a
    person the document introduces by a given name, written alone ("Ragna Østby" / "as
    Østbye has argued"), and so is a last letter of the same sound there ("Inés Benites" /
    "Benitez", "Jan Maeckx" / "Maecks");
    a prefix's capital, "McCarthy" / "MacCarthy", is part of the name), neither ever
    written in lower case, never in one sentence together, not
    preceded or followed by different names, and the rarer form used once or twice. A
    consonant changed makes another name (Obama / Osama), except letters that spell one
    sound in names of several traditions (v / u, w / v, u / w, f / v, c / k, s / z, j / y, and
    ph / f, ks / x, ij / y and the Dutch ij written i inside the name: "Lindqvist" / "Lindquist's", "Heijden" / "Heyden")
    in the surname of a person the document introduces by a given name (past the particles
    between: "Marieke van der Heijden"), the other form written alone or after the same
    given name. A word of "ex-" styled with the capital X its acronym takes ("eXtensible" in
    XML's name, "eXploration Habitat (X-Hab)") is no other spelling of the plain word. A word that opens clauses ("While", "When", "After") is no name's form, also
    where a line break or a template tag hides the sentence it opens ("While" / "Whale 311"
    in text taken from a PDF). A particle capitalised at a sentence start ("Van der Heijden") is the same
    particle, not another spelling. Two
    forms that differ only by accents ("Kovács" / "Kovacs") are reported at info severity,
    a given name so written also where each form opens a sentence, the same surname after
    both ("Siobhán Ní Dhuibhir" / "Siobhan Ní Dhuibhir"); a whole name whose accents are
    all dropped is reported once, at its surname.

    A body's name, its last a word of a body ("Alliance", "Authority", "Coalition",
    "Cooperative"), written with one of its other words once in the singular and once in the
    plural ("Asphalt Industry Alliance" / "Asphalt Industries Alliance") or as a place and
    its adjective ("Kenya Wildlife Service" / "Kenyan …"), with a hyphen and
    with a space between two of its capitalised words ("Harbour-Line Tenants Coalition" /
    "Harbour Line …"), or with a compound as one word and as two ("Homecare Association" /
    "Home Care Association"), is one name written two ways, the longer form three words or
    more (a line's end inside the name is a space); a plural last word names several bodies
    ("the Regional Water Authorities"), and a common word's own hyphen is its spelling, not
    the name's ("Co-operative" / "Cooperative").

    A double name written with a hyphen and with a space ("Fenella Ross-Kerr" / "Ross Kerr
    found …", "Ross Kerr's figures") is one name written two ways, where the spaced form runs on into no other
    name (no capitalised word after it) and follows no other given name than the hyphened
    form's, or a title: "Jean-Pierre Martin" and "Jean Pierre Dupont" are two people. A
    hyphened name that is the whole of a list item ("* Mark-Simulacrum" in a list of
    contributors) is a user name, written as its owner signs it, not a form of "Mark
    Simulacrum" in the text. Run on
    into a longer name by one capitalised word, the two are that name written two ways when
    the word is the same ("Rolls-Royce SMR" / "Rolls Royce SMR"; not "the Open-Source
    Retreat" beside "open source"). In a
    long name (eight letters or more) a last "n" written "m" is one sound heard for the
    other ("Deepa Ramakrishnan" / "Deepa Ramakrishnam"), read like "Benítez" / "Benites",
    also where the same given name stands before both forms; shorter names so apart are
    other names ("Karin" / "Karim").
    In German prose, which capitalises every noun, only a person's surname the document
    gives as one twice ("Dr. Hanna Brückner" / "Dr. Brücker") is compared: "Beitrag" /
    "Betrag" are two words; and a compound noun joined by a hyphen ("die Community-Mitglieder")
    is no form of a word with an inner capital ("CommunityMitglieder", the hyphen lost at a
    line's end in text taken from a PDF) unless a given name or a title stands before it.

    A given name the document only ever writes before a surname ("Oliver Scherer") and a name
    one letter off written alone ("waiting for Olivier") may be two people: given names are
    shared, so such a slip is read only before the same surname ("Matthias Löffelholz" /
    "Mathias Löffelholz") or where the document also calls the person by the given name
    alone. Nor is a name only ever written as a given name ("Hallet Crane") the surname one
    letter off that only ever follows another given name ("Dennis Hallett"): in a list of
    contributors they are two people. A month or a weekday ("March") is never a name's form.

    A title is no given name: "Dr Fiona McAllister" and "Dr MacAllister", "Professor Ingrid
    Halvorsen" and "Professor Halvorssen", "Marit Sæterdal" and "Ms. Sæterdahl" name one
    person (two forms after two different titles, "Judge" / "Sheriff", are two people). Mc
    and Mac make two families' names as often as one, so they are one name only on the
    document's evidence: the person introduced by a given name and the other form alone or
    after the same given name, or the same title before both. A consonant more in a short
    name (Kirby / Kirkby) and a silent h (Nordal / Nordahl) are a slip only in a person's
    surname. A long name (nine letters or more) written twice by ear, its inside differing
    only by doubled letters, letters of one sound or voice ("Lokichoggio" / "Lokichokio"), is
    one name. A surname's particles written one letter apart ("Jeroen van der Berg" / "Van den
    Berg", "de Rochefort" / "Du Rochefort") are one person's when the house form gives the
    given name, the other form follows no other given name, and the two are never in one
    sentence.

    A person the text names by given name and surname is compared with the authors of the
    sources its notes cite (the words before a quoted title, "Baumgartener, Henrike, “…”"):
    the same given name next to a surname one letter off, not at its first letter nor by a
    plural's s ("Henrike Baumgartner" in the text), or the same surname next to a given name
    one letter off ("Jiang Weiming" / "Jiang Weimin"), is one person's name written two
    ways, unless the text also writes the note's form (then they are two people).

    When the document says twice that two forms are one person's surname (the house form
    after a given name, the rarer one after a title or after the same given name), any one
    letter but the first is a slip: a last vowel changed ("Nasrin Chowdhury" / "Ms
    Chowdhuri"), a letter added before the ending ("Dermot Kilbride" / "Professor
    Kilbridge"), and in a surname of four letters after a title a doubled letter written once
    ("Walter Ccori" / "Mr Cori"). A word the document writes before the given name
    ("Kapitän Jörn Kallmeyer") is a title when it stands before the other form ("Kapitän
    Kalmeyer"), whatever the language; a place, or a form after another given name, stays
    another name.

    A given name written two ways before one surname ("Matthias Löffelholz" / "Mathias
    Löffelholz") is a slip even where either form only ever opens a sentence: the surname
    after both says a name is meant, not a word that a capital starts; so is a letter added
    before a given name's ending there ("Barak Ariel" / "Barack Ariel"; an ending changed,
    "Louise Garnier" / "Louis Garnier", may be a sibling).

    The other parts of a name say whose it is. A surname after the same particles may differ
    at its end ("Hendrik van der Woude" / "Van der Wouden"; a plural's s is no slip), a
    compound surname in its last letter after the same first part ("Pascal Saint-Amans" /
    "Saint-Amand", unless presented as a place: "Saint-Laurens, a town"), and a surname's last
    i and y spell one sound ("Katalin Szendrei" / "Szendrey's"), each when the person is
    introduced by a given name and the other form stands alone or after the same given name.
    Particles written joined and apart ("Jean-Baptiste Lemoal" / "Le Moal", "Dirk
    Vandermeulen" / "Van der Meulen") are one person's surname on the same evidence; two
    forms after two given names are two people ("Oskar Lafontaine" / "Jean de La Fontaine").

    A person's name whose other part is the same beside both forms (the same given name
    before, or the same surname after: "Park Ji-hoon" / "Park Ji-hun") is one name written two
    ways where the two keep their first two letters, their last letter and their consonants,
    voiced or not and doubled or not: vowels moved ("Ingrid Halvorsen" / "Ingrid Halverson"),
    a consonant voiced ("Alasdair Kinnaird" / "Alastair Kinnaird"), a romanised syllable
    written two ways ("Ji-hoon" / "Ji-hun"); not an ending changed ("Louise" / "Louis"), nor
    two romanised Chinese names ("Xiaoming" / "Xiaomeng"), nor two forms in one sentence. An
    accent dropped on a short last word of a name after its same first word and particles
    ("Bord na Móna" / "Bord na Mona's", "Museu da Maré"), or on an Irish particle before one
    surname ("Professor Ní Bhriain" / "Professor Ni Bhriain's"), is reported like other
    accents, at info severity; and so is a word of another language in lower case, eight
    letters or more, written with its accents and elsewhere with some kept and others dropped
    ("the babaváró loan" / "babavaró loans"), in prose nearly all ASCII (not one with every
    accent dropped, a spelling of its own, nor a short loanword, "résumé" / "resumé").

    A body's name that opens with its word ("Association des Frontaliers du Pays de Gex",
    "Federación Nacional de Cafeteros", "Office for National Statistics") is read as one that
    ends with it, and in both a letter doubled or undoubled ("Frontaliers" / "Frontalliers")
    or a plural inside ("National Museum Directors' Council" / "National Museums …": a plural
    possessive is a word of the name) is one name written two ways; the misspelt word is
    then not reported again alone. A hyphen against a space is read in a name run on by up to
    four capitalised words ("Tyne-Tees Youth Compact" / "Tyne Tees Youth Compact's") and in a
    firm's name before its legal form ("Ashdown-Pryce Ltd" / "Ashdown Pryce").

    A name written as one word and as two capitalised words joined by a hyphen
    ("Feuerwehrverband" / "Feuerwehr-Verband") is one name written two ways, read as the
    spaced form is. A name written as one word and as two capitalised words is so read also
    where a form opens its sentence, when the spaced form runs on by a capitalised word of
    the name ("Polar Night Energy" / "PolarNight Energy") or the one word keeps a capital
    where the space was ("Eu Biologics" / "EuBiologics"); an ordinary word capitalised by the
    sentence before a name ("New Port Authority" beside "Newport") is not.

    ## Why is this bad?
    Readers and search engines take two spellings for two things, and an issue that
    cannot decide how to write a mission's name looks careless. House style fixes one form.

    ## Example
    ```markdown
    The Tianwen-3 mission is due to launch in 2028. Engineers say Tianwen 3 will carry
    a sample container.
    ```

    Use instead:
    ```markdown
    The Tianwen-3 mission is due to launch in 2028. Engineers say Tianwen-3 will carry
    a sample container.
    ```
    """

    code = "NM001"
    name = "name-variant-forms"
    severity = Severity.warning

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        doc = ctx.document
        forms: _Forms = {}  # key -> surface -> [places]
        plain: _Plain = {}  # the words with no inner capital, by key: a form only beside a marked one
        prose: list[tuple[Block, str]] = []
        for article in doc.articles:
            for block in article.blocks:
                if not block.is_prose:
                    continue
                text = blank_code(doc, block, name_text(block.text))
                prose.append((block, text))
                _add_numbered_names(forms, doc, block, text)
                _add_inner_capital_names(forms, plain, doc, block, text)
        _add_spaced_joined_names(forms, plain, doc, prose)
        for key, read in plain.items():
            if key in forms:  # "Mekong" before "MeKong" as after it
                for surface, raw in read.items():
                    forms[key].setdefault(surface, []).extend(_placed(doc, surface, raw))
        _add_compound_names(forms, doc, prose)
        _add_hyphened_joined_names(forms, doc, prose)
        _add_body_names(forms, doc, prose)
        # where the other forms reported stand: a word misspelt inside one ("Federación
        # Nacional de Caffeteros") is reported with the whole name, not again alone
        covered: list[tuple[tuple[str, int, int], tuple[str, int, int]]] = []
        for key, surfaces in forms.items():
            if len(surfaces) < 2 or not _written_apart(key, surfaces):
                continue
            # the most used form is the house form; report each other form once
            ranked = sorted(surfaces.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0].location.sort_key))
            main, main_locs = ranked[0]
            for surface, locs in ranked[1:]:
                if not _capital_at_start(surface, main, locs, main_locs):
                    covered += [(at.location.sort_key, at.end_location.sort_key) for at, _ in locs if at.end_location]
                    yield self._variant(surface, locs, main, main_locs)
        yield from self._spelling(prose, doc, covered)
        yield from self._authors(prose, doc)

    def _authors(self, prose: list[tuple[Block, str]], doc: Document) -> Iterable[Finding]:
        """A person of the text written one letter off as a cited source's author."""
        notes = [(note, note.text) for article in doc.articles for note in article.footnotes]
        if not notes:
            return
        for note, at, word, main, where in author_slips(prose, doc.locate, sentence_start, notes):
            yield self.finding(
                doc.locate(note, at),
                f"'{word}' (an author in footnote {note.label}) is written '{main}' in the text",
                related=[(where, f"written '{main}' here")],
                help=f"check the spelling and write the name one way in the text and the notes, e.g. '{main}'",
                subject=f"{word} / {main}",
                end=doc.locate_end(note, at + len(word)),
            )

    def _variant(
        self, surface: str, locs: list[tuple[Span, bool]], main: str, main_locs: list[tuple[Span, bool]]
    ) -> Finding:
        """The finding for one other form of a name; typography alone is info."""
        n = len(locs)
        typographic = apostrophe_only(surface, main)
        finding = self.finding(
            locs[0][0],
            f"'{surface}' is also written '{main}'"
            + (f" ({len(main_locs)}×, this form {n}×)" if len(main_locs) + n > 2 else ""),
            related=[(main_locs[0][0].location, f"written '{main}' here")]
            + [(loc.location, f"'{surface}' again here") for loc, _ in locs[1:4]],
            help=(
                "typography: use one apostrophe throughout (house style)"
                if typographic
                else f"write the name one way throughout the issue, e.g. '{main}'"
            ),
            subject=f"{surface} / {main}",
        )
        if typographic:  # a matter of typography, not of spelling
            finding = finding.model_copy(update={"severity": Severity.info})
        return finding

    def _spelling(
        self,
        prose: list[tuple[Block, str]],
        doc: Document,
        covered: list[tuple[tuple[str, int, int], tuple[str, int, int]]],
    ) -> Iterable[Finding]:
        for v in spelling_variants(prose, doc.locate, sentence_start):
            if covered and all(any(a <= loc[0].sort_key < b for a, b in covered) for loc in v.variant_locs):
                continue  # inside another form of a longer name, reported already
            n, n_main = len(v.variant_locs), len(v.main_locs)
            at, bi, offset, _ = v.variant_locs[0]
            finding = self.finding(
                at,
                f"'{v.variant}' is also written '{v.main}'"
                + (f" ({n_main}×, this form {n}×)" if n_main + n > 2 else "")
                + (" (accents differ)" if v.accent_only else ""),
                related=[(v.main_locs[0][0], f"written '{v.main}' here")]
                + [(loc[0], f"'{v.variant}' again here") for loc in v.variant_locs[1:4]],
                help=f"check the spelling and write the name one way throughout, e.g. '{v.main}'",
                subject=f"{v.variant} / {v.main}",
                end=doc.locate_end(prose[bi][0], offset + len(v.variant)),
            )
            if v.accent_only:  # accents are often lost in copying: worth a look, not a warning
                finding = finding.model_copy(update={"severity": Severity.info})
            yield finding


_Forms = dict[str, dict[str, list[tuple[Span, bool]]]]


def _add_numbered_names(forms: _Forms, doc: Document, block: Block, text: str) -> None:
    """ "Tianwen-3", "Tianwen 3": each name with a number, keyed by the word and the number."""
    if not _DIGIT.search(text):  # a number needs a digit
        return
    for m in _NAME_NUMBER.finditer(text):
        word = m.group(1)
        if word.lower() in _NOT_NAMES or contraction(word):
            continue
        forms.setdefault(_key_number(word, m.group(3)), {}).setdefault(m.group(0), []).append(
            (doc.span(block, m.start(), m.end()), sentence_start(text, m.start()))
        )


# "Dewar-Haig": two capitalised words of letters joined by a hyphen; "Dewar Haig": the two
# with a space; neither run on into a longer name by a capitalised word after it ("the
# Open-Source Retreat": the retreat's name, spelt as its owners spell it); a possessive may
# follow either ("Dewar Haig's report")
_HYPHENED = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})-([A-Z][a-z]{2,})(?![\w-])(?!['’](?!s\b))(?!(?:['’]s)?\s+[A-Z])")
_SPACED = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})(?![\w-])(?!['’](?!s\b))(?!(?:['’]s)?\s+[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")
#: the same pair run on into a longer name by up to four capitalised words, the last of which
#: ends it ("Rolls-Royce SMR" / "Rolls Royce SMR", "Tyne-Tees Youth Compact" / "Tyne Tees
#: Youth Compact's"): that longer name written two ways (a name whose last word is a body's,
#: "Harbor-Rail Neighbors Coalition", is read with the bodies' names)
_RUN_ON = r" ([A-Z][\w]*(?: [A-Z][\w]*){0,3})(?![\w-])(?!['’](?!s\b))(?!(?:['’]s)?\s+[A-Z])"
_HYPHENED_ON = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})-([A-Z][a-z]{2,})" + _RUN_ON)
#: (read at each capitalised word, ahead: "The Skagit Samish Eelgrass Survey" holds the name
#: from its second word)
_SPACED_ON = re.compile(r"(?<![\w'’-])(?=([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})" + _RUN_ON + ")")
#: a firm's double name before its legal form ("Ashdown-Pryce Ltd", "Halvard-Lunde AS"): the
#: form is no part of the name, which the text may write without it ("Ashdown Pryce finished")
_FIRM_FORM = re.compile(
    r",?[ \t]+(?:Ltd|Limited|Inc|plc|PLC|LLC|LLP|GmbH|AG|SA|S\.A|AS|ASA|AB|Oy|BV|NV|SpA|Srl|SL|Lda|Ltda|Pty|KG|SE)\b\.?"
)

#: a firm's double name joined by a hyphen, its legal form after it
_HYPHENED_FIRM = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})-([A-Z][a-z]{2,})(?=" + _FIRM_FORM.pattern + ")")


def _run_on_key(m: re.Match[str]) -> str:
    """The key of a double name run on into a longer one by capitalised words."""
    return f"c#{m.group(1).lower()} {m.group(2).lower()} {m.group(3)}"


def _add_compound_names(forms: _Forms, doc: Document, prose: list[tuple[Block, str]]) -> None:
    """ "Lennox-Boyd" and "Lennox Boyd": a double name written with a hyphen and with a
    space, keyed by its two words. The spaced form counts only where nothing makes it part
    of another name: no capitalised word right after it, and before it none but a title or
    a word written before the hyphened form ("Morag Lennox-Boyd" / "Morag Lennox Boyd"; not
    "Jean Pierre Dupont" beside "Jean-Pierre Martin", nor "Emma Lennox Boyd"). Neither form
    counts where a capitalised word runs it on into a longer name ("the Open-Source
    Retreat"). In German prose, which joins two nouns with a hyphen into one
    ("der Maintainer-Community"), a hyphened form counts only after a given name or a
    title ("Frau Lennox-Boyd", "Sabine Lennox-Boyd"), not after an article ("Die")."""
    before: dict[str, set[str]] = {}
    german = capitalises_nouns(prose)
    for block, text in prose:
        if "-" not in text:
            continue
        for m in _HYPHENED.finditer(text):
            key = f"c#{m.group(1).lower()} {m.group(2).lower()}"
            if german and not _after_name(text, m.start()):
                continue  # a compound noun: "die Open-Source-Welt", "an Open-Source arbeiten"
            if _handle_item(block, text, m):
                continue  # "* Mark-Simulacrum" in a roster: a user name, as its owner signs
            forms.setdefault(key, {}).setdefault(m.group(0), []).append(
                (doc.span(block, m.start(), m.end()), sentence_start(text, m.start()))
            )
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            before.setdefault(key, set()).add(prev.group(1) if prev else "")
        if german:
            continue
        for m in _HYPHENED_ON.finditer(text):
            if _FIRM_FORM.match(text, m.end(2)):
                continue  # "Ashdown-Pryce Ltd": read below, as the firm's name without its form
            if _body_word(m.group(3).split()[-1]):
                continue  # "Anglo-Celtic Bank": a body's name, read with the bodies' names below
            key = _run_on_key(m)
            forms.setdefault(key, {}).setdefault(m.group(0), []).append(
                (doc.span(block, m.start(), m.end()), sentence_start(text, m.start()))
            )
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            before.setdefault(key, set()).add(prev.group(1) if prev else "")
        for m in _HYPHENED_FIRM.finditer(text):
            key = f"c#{m.group(1).lower()} {m.group(2).lower()}"
            forms.setdefault(key, {}).setdefault(m.group(0), []).append(
                (doc.span(block, m.start(), m.end()), sentence_start(text, m.start()))
            )
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            before.setdefault(key, set()).add(prev.group(1) if prev else "")
    if not before:
        return
    for block, text in prose:
        spaced = [(m, f"c#{m.group(1).lower()} {m.group(2).lower()}") for m in _SPACED.finditer(text)]
        spaced += [(m, _run_on_key(m)) for m in _SPACED_ON.finditer(text)]
        for m, key in spaced:
            if key not in before:
                continue
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if prev and prev.group(1)[:1].isupper() and not sentence_start(text, m.start()):
                word = prev.group(1)
                if word not in before[key] and word.rstrip(".").lower() not in TITLES and word not in _ARTICLES:
                    continue  # "Emma Lennox Boyd": another given name, perhaps another person
            end = m.end(m.lastindex or 0)  # (a name read ahead ends at its last group)
            forms[key].setdefault(text[m.start() : end], []).append(
                (doc.span(block, m.start(), end), sentence_start(text, m.start()))
            )


#: two capitalised parts joined by a hyphen ("Re-Heat", "Blue-Wave"), in any length
_HYPHENED_PARTS = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w-])")


def _add_hyphened_joined_names(forms: _Forms, doc: Document, prose: list[tuple[Block, str]]) -> None:
    """ "Re-Heat" beside "ReHeat": a name written with an inner capital is the same name
    written with a hyphen before that capital (keyed by its letters, as the inner-capital
    form is); counted only where the document writes the inner-capital form."""
    german = capitalises_nouns(prose)
    for block, text in prose:
        if "-" not in text:
            continue
        for m in _HYPHENED_PARTS.finditer(text):
            read = _read_name(m.group(1) + m.group(2))
            if read is None or not read[1] or read[2] not in forms:
                continue
            if german and not _after_name(text, m.start()):
                continue  # "die Community-Mitglieder": a compound noun, its hyphen lost at a line's end
            forms[read[2]].setdefault(m.group(0), []).append(
                (doc.span(block, m.start(), m.end()), sentence_start(text, m.start()))
            )


#: a word of a body's name: capitalised, its capitalised parts joined by hyphens
#: ("Harbor-Rail"); a part in lower case after a hyphen belongs to the word's spelling
#: ("Co-operative": a common word's own hyphen, not the name's)
#: ("Directors'": a plural possessive inside the name, "National Museum Directors' Council")
#: (letters of the Latin alphabets: "Municípios", "Gáis")
_BODY_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]+)*(?:(?<=s)['’](?![\w'’]))?"
#: a body's name of two words or more, each capitalised ("and", "of", "for", "&" between;
#: any white space, a line's end too), its last a word of a body ("Authority", "Alliance",
#: "Coalition")
_BODY_NAME = re.compile(
    rf"(?<![\w'’-])(?:{_BODY_WORD}(?:\s+(?:and|of|for|&)\s+|\s+))+(?={_BODY_WORD}(?![\w-])(?!['’](?!s\b))){_BODY_WORD}"
)
#: the words of a body besides :data:`ORG_WORD`'s that end its name
_MORE_BODY_WORDS = re.compile(
    r"\b(?:Coalition|Cooperative|Co-operative|Collective|Federation|Network|Partnership|"
    r"Initiative|Campaign|Panel|Taskforce|Commissioner|Ombudsman|Regulator|Tribunal|Assembly|"
    r"Chamber|Guild|League|Syndicate|Confederation|Cooperation)\b"
)
_LEADING_WORD = re.compile(r"^(?:The|A|An|This|That|Its|Their|Our|In|At|On|By|For|From|With|And)\s+")
#: a word's parts: its capitalised pieces a hyphen joins ("Harbor-Rail": harbor, rail)
_NAME_PARTS = re.compile(r"-(?=[A-Z])")


#: a body's word that opens its name, in English and in the Romance languages ("Association
#: des Frontaliers", "Asociación de Vecinos", "Office for National Statistics")
_BODY_HEADS = (
    r"(?:Association|Associa[çc][ãa]o|Asociaci[óo]n|Associazione|F[ée]d[ée]ration|Federaci[óo]n|Federa[çc][ãa]o|Confedera[çc][ãa]o|"
    r"Federazione|Confederation|Conf[ée]d[ée]ration|Confederaci[óo]n|Union|Uni[óo]n|Uni[ãa]o|Syndicat|Sindicato|"
    r"Sindacato|Institute|Institut|Instituto|Istituto|Fundaci[óo]n|Funda[çc][ãa]o|Fondation|Fondazione|Foundation|"
    r"C[áâ]mara|Chambre|Chamber|Soci[ée]t[ée]|Sociedad|Sociedade|Societ[àa]|Society|Cooperativa|Coop[ée]rative|"
    r"Agence|Agencia|Ag[êe]ncia|Agenzia|Agency|Observatoire|Observatorio|Observat[óo]rio|Collectif|Colectivo|"
    r"Coletivo|Mouvement|Movimiento|Movimento|Movement|Office|Oficina|Ufficio|Conseil|Consejo|Conselho|Consiglio|"
    r"Council|Comit[ée]|Comisi[óo]n|Comiss[ãa]o|Commission|Committee|Ligue|Liga|Lega|League|R[ée]seau|Rede|Rete|"
    r"Network|Plataforma|Plateforme|Alliance|Alianza|Alian[çc]a|Coalition|Coalici[óo]n|Trust|Fund|Fondo|Fonds)"
)
_BODY_HEAD = re.compile(rf"\b{_BODY_HEADS}\b")
#: the little words between the words of a name that opens with its body's word
_CONNECT = r"(?:of|for|des|de|du|del|della|delle|degli|dei|da|do|dos|das|di|la|le|les|el|los|las|pour|para|per)"
#: a body's name that opens with its word ("Association des Frontaliers du Pays de Gex",
#: "Office for National Statistics", "Federación Nacional de …"): the word (and perhaps an
#: adjective), a little word, then capitalised words with little words between
_BODY_FIRST = re.compile(
    rf"(?<![\w'’-]){_BODY_HEADS}(?:[ \t]+{_BODY_WORD})?(?:[ \t]+{_CONNECT})+[ \t]+{_BODY_WORD}"
    rf"(?:(?:[ \t]+{_CONNECT})*[ \t]+{_BODY_WORD})*(?![\w-])"
)
_DOUBLED = re.compile(r"(.)\1")


def _undoubled(word: str) -> str:
    """``word`` with its doubled letters written once ("frontallier": "frontalier"): a
    letter doubled or undoubled in a word of a body's name is a slip, not another body."""
    return _DOUBLED.sub(r"\1", word)


def _body_word(word: str) -> bool:
    """Does ``word`` say what kind of body a name is ("Agency", "Coalition")?"""
    return bool(ORG_WORD.fullmatch(word) or _MORE_BODY_WORDS.fullmatch(word))


def _number_free(word: str) -> str:
    """A word without its plural ending ("Industries": "industry", "Gangmasters": "gangmaster"),
    a place's adjective in -an read as the place ("Kenyan" and "Kenya": "keny")."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    if len(w) > 5 and w.endswith(("ian", "yan", "ean")):
        return w[:-2]  # "Kenyan", "Malawian", "Korean": the place's letters
    if len(w) > 4 and w.endswith(("ia", "ya", "ea")):
        return w[:-1]  # "Kenya", "Bolivia", "Korea", as their adjectives are read
    return w


def _add_body_names(forms: _Forms, doc: Document, prose: list[tuple[Block, str]]) -> None:
    """A body's name written two ways: "Asphalt Industry Alliance" / "Asphalt Industries
    Alliance" (a word other than its last in the singular and in the plural), "Harbor-Rail
    Neighbors Coalition" / "Harbor Rail …" (a hyphen or a space between two capitalised
    words), "Homecare Association" / "Home Care Association" (a compound written as one
    word or two), "Kenyan Wildlife Service" / "Kenya …" (a place and its adjective). Keyed by its letters without the spaces and hyphens between its words
    and without the plural endings of all but its last word (a plural there names several
    bodies: "the Regional Authorities"). A name counts in the longest form it is written,
    three words or more (capitalised parts counted): "Farmers Union" and "Farmer Union"
    are too short to tell a slip from two names."""
    found: _Forms = {}
    longest: dict[str, int] = {}
    for block, text in prose:
        if not (ORG_WORD.search(text) or _MORE_BODY_WORDS.search(text) or _BODY_HEAD.search(text)):
            continue
        for m in _BODY_FIRST.finditer(text):
            # "Association des Frontaliers du Pays de Gex": the body's word first, its other
            # capitalised words keyed as in the English order, the little words between left out
            end = m.end() - (text[m.end() - 1] in "'’")  # "… Builders' report": a possessive
            words = text[m.start() : end].split()
            named = [w.rstrip("'’") for w in words[1:] if w[:1].isupper()]
            key = "f#" + words[0].lower() + "#" + "".join(_undoubled(_number_free(w)) for w in named)
            found.setdefault(key, {}).setdefault(" ".join(words), []).append(
                (doc.span(block, m.start(), end), sentence_start(text, m.start()))
            )
            longest[key] = max(longest.get(key, 0), len(named) + 1)
        for m in _BODY_NAME.finditer(text):
            lead = _LEADING_WORD.match(m.group(0))
            start = m.start() + (lead.end() if lead else 0)
            end = m.end() - (text[m.end() - 1] in "'’")  # "the Health Services' budget": a possessive
            words = text[start:end].split()
            if len(words) < 2 or not _body_word(words[-1]):
                continue
            parts = [p for w in words[:-1] for p in _NAME_PARTS.split(w)]
            if len(parts) + 1 < 2:
                continue
            parts = [p.rstrip("'’") for p in parts]  # "Directors'": the possessive is grammar
            key = (
                "p#"
                + "".join(_undoubled(_number_free(p)) if p[:1].isupper() else p for p in parts)
                + "#"
                + words[-1].lower()
            )
            found.setdefault(key, {}).setdefault(" ".join(words), []).append(
                (doc.span(block, start, end), sentence_start(text, start))
            )
            longest[key] = max(longest.get(key, 0), len(parts) + 1)
    for key, surfaces in found.items():
        if len(surfaces) > 1 and longest[key] >= 3:
            forms.setdefault(key, {}).update(surfaces)


def _handle_item(block: Block, text: str, m: re.Match[str]) -> bool:
    """Is the hyphened name the whole of a list item ("* Mark-Simulacrum")? A list of
    people writes a person's name with a space between given name and surname; one word
    joined by a hyphen alone on its line is a user name, written as its owner signs it,
    like the "johnthagen" and "knight42" beside it."""
    return block.kind is BlockKind.list_item and text.strip(" \t.,;") == m.group(0)


def _after_name(text: str, at: int) -> bool:
    """Is the word right before ``at`` capitalised (a given name or a title), not an article
    or another little word that only a sentence's start capitalises ("Die")?"""
    prev = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if not prev or not prev.group(1)[:1].isupper():
        return False
    return not (sentence_start(text, prev.start(1)) and prev.group(1).lower() in GERMAN_WORDS)


def _add_inner_capital_names(forms: _Forms, plain: _Plain, doc: Document, block: Block, text: str) -> None:
    """ "BeiDou", "Chang’e": names with inner capitals or apostrophes, keyed by their
    letters, in ``forms``; every other capitalised word in ``plain``, by the same key (its
    plain form of a name spelt so anywhere in the document, before or after)."""
    for m in _NAME.finditer(text):
        if m.group(0) in _READ_NAMES:
            read = _READ_NAMES[m.group(0)]
        else:
            read = _read_name(m.group(0))
            if len(_READ_NAMES) >= 1 << 16:
                _READ_NAMES.clear()
            _READ_NAMES[m.group(0)] = read
        if read is None:
            continue
        word, inner, key = read
        if inner:
            forms.setdefault(key, {}).setdefault(word, []).append(
                (doc.span(block, m.start(), m.start() + len(word)), sentence_start(text, m.start()))
            )
        else:  # (placed only if a marked form of it turns up: most capitalised words never)
            plain.setdefault(key, {}).setdefault(word, []).append((block, text, m.start()))


#: the places of the plain capitalised words, as read: (block, its text, where)
_Plain = dict[str, dict[str, list[tuple[Block, str, int]]]]


def _placed(doc: Document, word: str, raw: list[tuple[Block, str, int]]) -> list[tuple[Span, bool]]:
    return [(doc.span(block, at, at + len(word)), sentence_start(text, at)) for block, text, at in raw]


#: two capitalised words of a name written apart ("Bundes Netzagentur"), neither a
#: compass word that makes another place of the name ("North West" / "Northwest")
_SPACED_PAIR = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(?= ([A-Z][a-z]{2,})(?![\w'’-]))")
#: two capitalised words, the first of two letters: "Eu Biologics"
_SHORT_SPACED_PAIR = re.compile(r"(?<![\w'’-])([A-Z][a-z])(?= ([A-Z][a-z]{2,})(?![\w'’-]))")
#: the same two words joined by a hyphen ("Feuerwehr-Verband" beside "Feuerwehrverband")
_HYPHEN_PAIR = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(?=-([A-Z][a-z]{2,})(?![\w'’-]))")
#: running prose after a name, past up to three more capitalised words ("the Wasser-Verband
#: Eifel-Rur raised …")
_PROSE_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}(?:['’]s)?[ \t]+[a-z]")
_COMPASS = re.compile(r"(?i)north|south|east|west")
#: a word in lower case right after a name (its sentence goes on in running prose)
_LOWER_AFTER = re.compile(r"(?:['’]s)?[ \t]+[a-z]")
#: the word after a name, any white space between
_NEXT_WORD = re.compile(r"\s+([A-Z][\w-]*)")
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an"})


def _ran_on_name(text: str, end: int) -> bool:
    """Does the spaced pair ending at ``end`` run on with one more capitalised word that
    ends the name, prose after it ("Ram Chandra Lamichhane, who …", "Polar Night Energy
    builds …")?"""
    return bool(_ONE_MORE_THEN_PROSE.match(text, end))


#: one capitalised word after a name, then running prose (a comma or a word in lower case)
_ONE_MORE_THEN_PROSE = re.compile(r"[ \t]+[A-Z][a-z]{2,}(?:['’]s)?(?:,|[ \t]+[a-z])")


def _name_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The capitalised words a name runs on with, before (not an article, nor a word that
    opens a sentence) and after it: "Zorg Instituut" in "the Zorg Instituut Nederland" is
    ("", "Nederland")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    prev = ""
    if before is not None and before.group(1)[:1].isupper() and before.group(1) not in _ARTICLES:
        prev = "" if sentence_start(text, before.start(1)) else before.group(1)
    after = _NEXT_WORD.match(text, end)
    return prev, after.group(1) if after else ""


#: a bracket right after a name, opening what may be another form of it
_GLOSS = re.compile(r"[ \t]*\(")
#: a name right before a bracket that opens another form of it ("MarcoFalke (Marco Falke")
_GLOSSED = re.compile(r"([\w'’-]+)[ \t]*\([ \t]*$")


def _occurrences(prose: list[tuple[Block, str]], word: str) -> list[tuple[str, int, int]]:
    """Where ``word`` stands as a whole word in the prose: (its block's text, start, end)."""
    whole = _whole_word(word)
    return [(text, j.start(), j.end()) for _, text in prose for j in whole.finditer(text)]


def _in_prose(places: list[tuple[str, int, int]]) -> bool:
    """Is a word at one of ``places`` written in running prose, with a word in lower case
    near it on its line (not only in a list of tags: "Labels: Android, GooglePlay")?"""
    for text, start, end in places:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        for w in _LOWER_WORD.finditer(text, line_start, line_end if line_end >= 0 else len(text)):
            if start - 40 <= w.start() and w.end() <= end + 40:
                return True
    return False


#: a word in lower case (running prose, not a list of tags or labels)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")


def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")


def _add_spaced_joined_names(forms: _Forms, plain: _Plain, doc: Document, prose: list[tuple[Block, str]]) -> None:
    """ "Bundes Netzagentur" beside "Bundesnetzagentur", "Zorg Instituut" beside
    "Zorginstituut": a name written as one word and as two capitalised words (or two joined
    by a hyphen: "Feuerwehr-Verband" beside "Feuerwehrverband"), keyed by its letters, both
    forms counted. Each form must stand once inside a sentence (a word opening
    a sentence takes a capital of its own), unless the spaced form runs on by one more
    capitalised word of the name before prose ("Ram Chandra Lamichhane, who …" /
    "Ramchandra Lamichhane …") or the one word has a capital where the space was ("Eu
    Biologics" / "EuBiologics", where a first part of two letters is read too); not in prose that capitalises its nouns
    (German: "Die Daten" are two nouns), nor compass words ("North West England" is a
    region, "the Northwest Passage" a route); the spaced form only in running prose, with
    a word in lower case right before or after it (not a menu's "Application Front End
    Infrastructure" beside the service "Frontend", nor a heading's "Add-ons / Web
    Extensions"). Both forms must run on with the same capitalised words ("Zorg Instituut
    Nederland" / "Zorginstituut Nederland"), not into two names ("Horse Racing Ireland" /
    "the British Horseracing Authority")."""
    if capitalises_nouns(prose):
        return
    for block, text in prose:
        pairs = [(m, False) for m in _SPACED_PAIR.finditer(text)]
        # a first part of two letters ("Eu Biologics" beside "EuBiologics") only against
        # the one word written with a capital where the space was
        pairs += [
            (m, False)
            for m in _SHORT_SPACED_PAIR.finditer(text)
            if any(w[2:3].isupper() for w in forms.get("w#" + (m.group(1) + m.group(2)).lower(), {}))
        ]
        if "-" in text:
            pairs += [(m, True) for m in _HYPHEN_PAIR.finditer(text)]
        for m, hyphen in pairs:
            key = "w#" + (m.group(1) + m.group(2)).lower()
            # (the forms written as one word: not the spaced ones this loop has added)
            if key in plain:
                joined = {w: _placed(doc, w, raw) for w, raw in plain[key].items()}
            elif hyphen:
                continue  # beside "BlueWave", "Blue-Wave" is read by :func:`_add_hyphened_joined_names`
            else:
                joined = {w: at for w, at in forms.get(key, {}).items() if " " not in w}
            if not joined or _COMPASS.match(m.group(1)):
                continue
            body = _NEXT_WORD.match(text, m.end(2))
            if body is not None and _body_word(body.group(1)):
                continue  # "Sea Grass Network": a body's name, read with the bodies' names
            # a name run on by a capitalised word of its own ("Ram Chandra Lamichhane" /
            # "Ramchandra Lamichhane"): both forms may open sentences, the word after them
            # shows both are the one name (compared below)
            runs_on = not hyphen and body is not None and _ran_on_name(text, m.end(2))
            # ("EuBiologics" beside "Eu Biologics": the one word has the second capital too,
            # so the first is no ordinary word capitalised by the sentence)
            camel = any(w[len(m.group(1)) : len(m.group(1)) + 1].isupper() for w in joined)
            if sentence_start(text, m.start()) and not (runs_on or camel):
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            after = (_PROSE_AFTER if hyphen or runs_on else _LOWER_AFTER).match(text, m.end(2))
            if not (after or before and before.group(1)[:1].islower()):
                continue  # "Topics: Application Front End Infrastructure", "Add-ons / Web Extensions": labels
            if not runs_on and all(start for places in joined.values() for _, start in places):
                continue  # the one word only ever opens a sentence
            glossed = _GLOSSED.search(text, max(0, m.start() - 40), m.start())
            if (_GLOSS.match(text, m.end(2)) and text[m.end(2) :].lstrip(" \t(").startswith(tuple(joined))) or (
                glossed and glossed.group(1) in joined
            ):
                continue  # "Marco Falke (MarcoFalke)": a name and its handle, given together on purpose
            around = _name_around(text, m.start(), m.end(2))
            places = [p for w in joined if _in_prose(found := _occurrences(prose, w)) for p in found]
            if not any(_name_around(t, start, end) == around for t, start, end in places):
                continue  # "Horse Racing Ireland" beside "the British Horseracing Authority": two names
            if key not in forms:
                forms[key] = {}
            end = m.end(2)
            forms[key].setdefault(text[m.start() : end], []).append((doc.span(block, m.start(), end), False))


#: what :func:`_read_name` made of each word (most are read many times in a document)
_READ_NAMES: dict[str, tuple[str, bool, str] | None] = {}


def _read_name(found: str) -> tuple[str, bool, str] | None:
    """A word of :data:`_NAME` as (the name, written apart?, its key), or None for a
    contraction or a word too short, in capitals or an acronym's plural."""
    if contraction(found):
        return None
    word = _POSSESSIVE.sub("", found)
    if len(word) < 4 or word.isupper() or (word.endswith("s") and word[:-1].isupper()):
        return None  # capitals, or an acronym's plural ("IAAs": interagency agreements, not "IaaS")
    if _ACRONYM_LETTER_STYLE.fullmatch(word):
        return None  # "eXtensible", "eXploration": the capital marks an acronym's X (XML), no name's spelling
    return word, _marked(word), "w#" + word.lower().replace("’", "'")


#: a word of "ex-" styled with the capital its acronym takes ("eXtensible" for XML)
_ACRONYM_LETTER_STYLE = re.compile(r"[eE]X[a-z]{3,}")


def _written_apart(key: str, surfaces: dict[str, list[tuple[Span, bool]]]) -> bool:
    """A name keyed by its letters counts only when one of its forms has an inner capital
    or an apostrophe (a numbered name always counts)."""
    return not key.startswith("w#") or any(_marked(s) for s in surfaces)


def _marked(word: str) -> bool:
    """Does a name show how it is written apart: an inner capital ("BeiDou") or an
    apostrophe ("Chang’e")?"""
    return any(c.isupper() for c in word[1:]) or "'" in word or "’" in word


def _capital_at_start(
    surface: str, main: str, locs: list[tuple[Span, bool]], main_locs: list[tuple[Span, bool]]
) -> bool:
    """ "EReader" at the start of a sentence is "eReader" with the sentence's capital."""
    if surface[1:] != main[1:] or surface[:1].lower() != main[:1].lower():
        return False
    capitalised = locs if surface[:1].isupper() else main_locs
    return all(start for _, start in capitalised)
