"""Quotations: quoted words of four or more, with the speaker when the sentence names one.

Read from body text and from the explanatory prose of footnotes (never a citation's
title). Quotes are “…”, "…" and ‘…’ (a single-quoted span only when it opens after a
space or bracket and closes before a non-letter, so apostrophes are not quotes; so is a
straight single-quoted span ('…'), taken only when it holds six words or more, as a
typewriter draft quotes a sentence, and kept past a plural's apostrophe). Left
out: scare quotes of one to three words ("big but", “Sputnik moment”) and names in
quotes (“Two Bombs, One Satellite”, “Dong Fang Hong 1”: every word capitalised, no
sentence punctuation). CJK characters count two to a word.

Speakers come from the sentence: "according to Xi Jinping", "in the words of Feng Hua
and Liu Shiyao", "As Chen Lan suggests:", "Cao Meng, Vice President of …, noted that",
"BYD stated at the time that", "CASC famously writing in December 2023 that", "The
president of the CSN, Juan Lentijo, told …" (the person, not the body), "The Chief
Veterinary Officer, Dr Helen Ashworth-Pryce, told …" (the person, not the office), "“…,”
said the fisherman Tomás Ibarra", "Ibarra's words, “…”", and an
attribution after a dash ("“…” — Tomas Wyss, mountain guide", "“…” — the chair of the
board"). The person after a role speaks, not the role or the body: "Harbour master Niels
Aagaard …", "Verdantis Mobile's chief executive, Kofi Mensah-Rye, told …", "Daniel Ferro of
the Track Staff Association (TSA), with 3,900 members, said", "Her husband, Rui, …"; a place
or a time before the speaker is not the speaker ("In Lisbon, the mayor, Ana Costa, said");
a role's words named as such right before them are the role's ("the governor's promise to
keep rates “…”"), and a new party opening a sentence gives the words after its colon ("A
rival bakery makes a bolder promise: “…”"). A quote with no named speaker ("a leading
official may describe it as “…”") has none.

Quote marks that are syntax, not speech, are skipped: inside template tags (``{% … %}``,
``{{ … }}``), markup tags (``<img alt="…">``), code spans and attribute lists; attribute
values (``alt="…"``) and byte or raw strings (``b"…"``); and verbatim content (paths,
URLs, code with escapes or registers). :func:`is_framed` says whether a quotation is
presented as someone's words (a named speaker or a verb of saying around it), which is
what the quotation rule compares.
"""

from __future__ import annotations

import bisect

from claimcheck import lazyre as re
from typing import Any, Iterable, Iterator

from claimcheck.claims.models import QuotationClaim
from claimcheck.data.calendar import MONTH_NAMES
from claimcheck.data.posts import post_heads_pattern
from claimcheck.extract.text import TextUnit, sentence_bounds
from claimcheck.text import SPEECH_VERB, is_cjk

__all__ = [
    "DOCUMENTS",
    "document_source",
    "extract_quotations",
    "find_quotations",
    "find_speaker",
    "is_framed",
    "quote_spans",
    "subject_before",
]

# a name's first letter is a capital of the Latin letters, accented ones too ("Élodie",
# "Łucja", "Øystein": ``A-ZÀ-ÖØ-ÞĀ-Ž``, as in the sentence bounds of extract.text);
# a name's lower-case particles are whole words ("Van den Berg", not "Van de"); a judge's or
# an ambassador's style before it ("His Honour Judge Ana Ruiz Soto") does not count as its words
_STYLE = (
    r"(?:(?:His|Her|Their)\s+(?:Honour|Honor|Excellency|Excellencies|Worship)\s+)?"
    r"(?:(?:Judge|Justice|Sir|Dame|Lord|Lady|Rev|Reverend|Cllr|Councillor)\.?\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž]))?"
)
_NAME = (
    _STYLE
    + r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|[A-ZÀ-ÖØ-ÞĀ-Ž]{2,})(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|(?:bin|van|von|den|der|de|da|del|du|dos|das|ter|ten)\b|al-\w+)){0,3}"
)
_NAMES = rf"{_NAME}(?:\s*(?:,|and)\s+{_NAME}){{0,3}}"
_VERB = SPEECH_VERB
_AFTER_SPEAKER = [
    re.compile(
        rf"^[^“”\"]{{0,200}}?\b(?:according\s+to|in\s+the\s+words\s+of|as\s+(?:said|put|stated|noted)\s+by)\s+(?:the\s+)?(?P<s>{_NAMES})"
    ),
    re.compile(rf"^[\s,]*(?P<s>{_NAME})\s+{_VERB}\b"),
    re.compile(rf"^[\s,]*{_VERB}\s+(?P<s>{_NAME})\b"),
    # "“…,” said the maker, Karel Novotny." (the role first, then the name)
    re.compile(
        rf"^[\s,]*{_VERB}\s+(?:the|an?|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+,\s+(?P<s>{_NAME})(?=\s*(?:[,.;]|$))"
    ),
    # "“…,” said the fisherman Tomás Ibarra." (a role in lower case, then a name of two words or more)
    re.compile(
        rf"^[\s,]*{_VERB}\s+(?:the|an?|its|their)\s+(?:[a-z][\w’'-]*\s+){{1,4}}(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME})(?=\s*(?:[,.;]|$))"
    ),
    # "“…,” the housing minister, Ana Ruiz, told parliament"
    re.compile(rf"^[\s,]*(?:[\w’'.-]+\s+){{0,5}}[\w’'.-]+,\s+(?P<s>{_NAME}),\s+(?:\w+ly\s+)?{_VERB}\b"),
    # "“…,” Ana Ruiz, the housing minister, told parliament"
    re.compile(rf"^[\s,]*(?P<s>{_NAME}),\s+[^,;“”\"]{{1,100}},\s+(?:\w+ly\s+)?{_VERB}\b"),
]
#: nouns for what someone said or holds, whose owner in the possessive is the speaker of the
#: words after them ("Chan's complaint", "the governor's promise", "Marsh's rule"): one class
#: for a person's and a role's words (a document's text, "Ruiz's report", is not among them)
_WORDS_NOUN = (
    r"(?:words|phrase|remarks?|warning|verdict|summary|message|answer|reply|plea|promise|pledge|assurance|vow|"
    r"claim|forecast|prediction|guidance|line|slogan|motto|complaint|view|rule|point|argument|comment|quip|boast|"
    r"maxim|mantra|refrain|advice|admission|observation|insistence|testimony|description|objection|conclusion|"
    r"diagnosis|prescription|lament|joke|retort|riposte|credo|creed|judgement|judgment)"
)
#: the writer as the speaker, after the quotation: "“…,” said I", "“…,” I replied"
_I_SAID = rf"(?:{_VERB}\s+I|I\s+(?:\w+ly\s+)?{_VERB})"
_NARRATOR = re.compile(rf"^[\s,]*{_I_SAID}\b(?!['’])")
_NARRATOR_BEFORE = re.compile(rf"(?:^|[\s,”\"]){_I_SAID}\s*[,:]\s*$")
_BEFORE_SPEAKER = [
    # a pen name or a byline: "going by the nickname of Gao Tianwei", "written by … Bai Yujing"
    re.compile(
        rf"\b(?:nickname\s+of|known\s+as|pen\s+name\s+of|written\s+by|authored\s+by|published\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,4}}(?P<s>{_NAME})[^“”\"]{{0,250}}$"
    ),
    # "according to an even more laudatory Zhang Xuhui, a researcher …, Beijing has …"
    re.compile(
        rf"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,4}}(?P<s>{_NAMES})[^“”\"]{{0,250}}$"
    ),
    # "As for Chen Lan, he envisions …" (not "Parents, she said, will not …": a pronoun
    # set off by commas speaks of the name, it is not the name)
    re.compile(
        rf"(?P<s>{_NAME}),\s+(?:he|she|they)\s+(?:\w+ly\s+|also\s+|still\s+|later\s+|again\s+|then\s+|once\s+)*{_VERB}\b(?!\s*,)[^“”\"]{{0,160}}$"
    ),
    # "Doña Rosa's words, “…”", "Kool's warning to the council, “…”", "Chan's complaint, that in a
    # storm “…”", "Osei's view is that councils must “…”": whose words they are (no second
    # verb of saying between: "Ruiz's view is that the mayor said “…”" gives them to the mayor)
    re.compile(rf"(?:^|[\s(,;—–])(?P<s>{_NAME})[’']s\s+(?:own\s+)?{_WORDS_NOUN}\b(?P<gap>[^“”\".;]{{0,90}})$"),
    # "Cao Meng, Vice President …, noted that" · "BYD stated at the time that" · "As Chen Lan suggests:"
    re.compile(
        rf"(?:^|[\s(,;—–])(?P<s>{_NAME})(?:\s*,[^,“”\"]{{1,140}}(?=,)){{0,3}}\s*,?\s+(?:\w+ly\s+|also\s+|still\s+|later\s+|again\s+|then\s+|once\s+|has\s+|had\s+|have\s+|was\s+|were\s+|is\s+)*(?:{_VERB}|took\s+(?:notice|note))\b[^“”\"]{{0,120}}$"
    ),
]
# "Daniel Ferro of the Track Staff Association (TSA), with 3,900 members, said": a person's
# name (two words or more) and the body they are of, at or from, before the verb (read when
# no other reading names the speaker)
_PERSON_OF_BEFORE_VERB = re.compile(
    rf"(?:^|[\s(,;—–])(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME})\s+(?:of|at|from)\s+[^,“”\"]{{1,80}}?(?:\s*,[^,“”\"]{{1,140}}(?=,)){{0,3}}\s*,?\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+)*{_VERB}\b[^“”\"]{{0,120}}$"
)
#: a saying told as the manner of another deed, the person opening the sentence: "Commissioner
#: Ana Ruiz opened the session by saying that", "Tomas Wyss rejected the offer, warning that",
#: "Dr Lena Ek, the panel's chair, closed the hearing by telling members that"
_SAYING_AS_DEED = re.compile(
    rf"^\s*(?:(?:But|Yet|Later|Then|Instead|Afterwards),?\s+)?(?P<s>{_NAME})(?:\s*,[^,“”\"]{{1,100}},)?\s+"
    rf"[a-z][^“”\"]{{0,120}}?(?:,\s*|\s+by\s+)(?:saying|telling\s+[^“”\",]{{1,40}}?|warning|adding|noting|arguing|"
    rf"insisting|stating|declaring|claiming|explaining|writing|promising|pledging|recalling|conceding)"
    rf"(?:\s+that)?\s*[,:]?\s*$"
)
# a person's name (two words or more) and the body they are of, at or from, ending where
# a later name starts: "Professor Henrike Albers of the Technical University of "
_PERSON_OF = re.compile(
    rf"(?:^|[\s(,;—–])(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME})\s+(?:of|at|from)\s+(?:the\s+)?"
    rf"(?:{_NAME}\s+(?:of|for|in|and|&)\s+(?:the\s+)?)?$"
)
# a role of a body and the person holding it, set off by commas: "The president of the CSN,
# Juan Carlos Lentijo, ", "A former clerk to the Petitions Committee, Helen Reid, " ("o" the
# body, "p" the person: two words or more)
_ROLE_OF_BODY = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w’'-]*\s+){{1,4}}(?:of|at|for|to|with|from|in)\s+(?:the\s+)?(?P<o>{_NAME}),\s+"
    rf"(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME}),"
)
# a title-case role, then the person who holds it: "the Chief Veterinary Officer, Dr Helen
# Ashworth-Pryce, told keepers" (the person speaks, not the office)
_ROLE_TITLE_THEN_PERSON = re.compile(
    rf"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){{0,3}}{post_heads_pattern()}\s*,\s+(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME}),"
)
# a body's name in the possessive: "Verdantis Mobile's", "the Dockworkers' Union's"
_OWNER = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&-]*(?:[’']s|s[’'])"
# a body's role, then the person holding it: "Verdantis Mobile's chief executive, Kofi
# Mensah-Rye, told …" (the person speaks, not the body)
_OWNER_ROLE_THEN_PERSON = re.compile(
    rf"{_OWNER}\s+(?:[a-z][\w’'-]*\s+){{0,4}}[a-z][\w’'-]*\s*,\s+(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME}),"
)
# a role, then the body or place it is at, right before a role read as the speaker: "A
# planner at the " (before "port put it": the planner speaks, the port is where)
_ROLE_HELD_AT = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<h>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s+(?P<p>at|of|from|in|on|for|with)\s+"
    r"(?P<a>the|an?|its|their)\s+$"
)
#: nouns for someone's words: "in the words of the adviser" names no role "words"
_WORDS_OF = frozenset("words word warning phrase view views verdict message remark remarks opinion line".split())
# a role's words named as such, right before them: "the governor's promise to keep rates “…”"
# (the role owns the words, whoever the sentence's subject is)
_ROLE_POSSESSIVE = re.compile(
    r"(?:^|[\s(,;—–])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<r>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)[’']s?\s+(?:own\s+)?"
    r"(?:words|phrase|remarks?|warning|verdict|summary|message|answer|reply|plea|promise|pledge|assurance|vow|"
    r"claim|forecast|prediction|guidance|line|slogan|motto)\b[^“”\".;]{0,40}$"
)  # (not every noun of words: "Munro summed up the owners' view: “…”" is Munro's)
# a role in lower case and the preposition that ties it to the name after it: "the grower
# from ", "one nurse at ", "the minister of " (the role speaks, the name is where or whose)
_ROLE_OF_PLACE = re.compile(
    r"(?:^|[\s(,;—–])(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<r>(?:(?!(?:a|an|the)\s)[a-z][\w’'-]*\s+){0,2}"
    r"(?!(?:a|an|the)\s)[a-z][\w’'-]*)\s+(?P<p>from|in|at|of|for)\s+(?:the\s+)?$"
)
#: personal pronouns, which a role's words never hold
_PERSONAL = frozenset("he she they we i it".split())
_PRONOUN = re.compile(
    rf"\b(?:he|she|they)\s+(?:\w+ly\s+|also\s+|still\s+|nevertheless\s+|later\s+|again\s+|then\s+|once\s+)*(?:{_VERB}|concede|concedes)\b[^“”\"]{{0,120}}$",
    re.I,
)
#: a name that is a place or a time: a capitalised word after a preposition ("In Lisbon",
#: "at the hearing in May", "from Geneva"), at the end of the text searched
_PLACE_OR_TIME = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Aa]cross|[Oo]utside|[Ii]nside|[Nn]ear)\s+"
    r"(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,2}"
    r"|\b(?:last|next|early|late|by|until|since)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$"
)
_SUBJECT = re.compile(rf"^\s*(?:(?:As\s+such|Indeed|However|Moreover),\s+)?(?P<s>{_NAME})\s*,")
_NOT_SPEAKER = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "In",
    "As",
    "Indeed",
    "However",
    "Moreover",
    "Therefore",
    "Thus",
    "Yet",
    "But",
    "And",
    "Also",
    "Even",
    "Chinese",
    "American",
    "Western",
    "Official",
    "Some",
    "Many",
    "Most",
    "Such",
    "Another",
    "Today",
    "Yesterday",
    "Now",
    "Nowadays",
    "Recently",
    "Meanwhile",
    "Still",
    "Later",
    "First",
    "Second",
    "Finally",
    "Similarly",
    "Instead",
    "Here",
    "There",
    "Then",
    "So",
    "Since",
    "While",
    "Don’t",
    "Don't",
    "Do",
    "Does",
    "Did",
    "Never",
    "Always",
    "Or",
    "For",
    "Example",
    "If",
    "When",
    "Its",
    "Our",
    "My",
    # a preposition or an adverb that opens a sentence before its subject ("At a rally on 8
    # May, the captain …", "Afterwards Ruiz wrote …"): no name's first word
    "At",
    "On",
    "After",
    "Before",
    "During",
    "Following",
    "Afterwards",
    "Earlier",
    "Separately",
    "Privately",
    "Publicly",
    "Subsequently",
    "Previously",
    "Outside",
    "Inside",
    "Within",
    "Across",
    "Despite",
    "Unlike",
    "Although",
    "Though",
    "Because",
}
#: possessive pronouns that open a judge's or an ambassador's style ("His Honour Judge …"),
#: else no name ("Her colleague was less sure")
_POSSESSIVE_STYLE = re.compile(r"^(?:His|Her|Their)\s+(?!(?:Honour|Honor|Excellency|Excellencies|Worship)\b)")
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_OPENING = re.compile("[“\"‘']")

# syntax whose quote marks are not speech: template tags, markup tags, code spans,
# kramdown/Pandoc attribute lists, Markdown link targets
_SYNTAX = re.compile(
    r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}\n]*\}|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|`[^`\n]+`|\]\([^()\s]*(?:\s+\"[^\"]*\")?\)",
    re.S,
)
# a quote that opens right after `=` (an attribute value) or a string prefix (b"…", r'…')
_ATTRIBUTE_BEFORE = re.compile(r"(?:=\s*|(?<![A-Za-z])[bBrRuUfF]{1,2})$")
# verbatim content: code escapes, registers and operators, a path or URL, no space at all
_CODE_CONTENT = re.compile(r"\\[ntr0x]|\$0x|%[a-z]{2,3}\b|[{}]\s*$|^\s*[#>]|::|->|=>|&&|\|\|")
_PATHLIKE = re.compile(r"^[\w.~-]*[/\\][\w./\\~#?=&%-]*$|^[\w.+-]+@[\w-]+\.[\w.-]+$|^\w+://")


_LATIN_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")


def _word_count(s: str) -> int:
    latin = _LATIN_WORD.findall(s)
    # no CJK in ASCII, nor in a text with no character from U+3000 on
    cjk = 0 if s.isascii() or max(s) < "\u3000" else sum(1 for ch in s if is_cjk(ch) and ch.isalpha())
    return len(latin) + (cjk + 1) // 2


def _is_name(inner: str) -> bool:
    """A quoted name or title: every word capitalised, no sentence punctuation."""
    words = re.findall(r"[^\s,]+", inner)
    if not words or re.search(r"[.!?;:]", inner):
        return False
    small = {"of", "and", "the", "for", "in", "on", "a", "an", "to", "vs."}
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words)


def _mask_syntax(text: str) -> str:
    """``text`` with template tags, markup tags, code spans and attribute lists blanked
    (same length), so their quote marks open no quotation."""
    if not any(c in text for c in "{<`]"):
        return text
    return _SYNTAX.sub(lambda m: " " * len(m.group(0)), text)


def _verbatim(inner: str) -> bool:
    """Code, a path, a URL or an identifier in quotes: not someone's words."""
    t = inner.strip()
    if not t or _PATHLIKE.match(t) or _CODE_CONTENT.search(t):
        return True
    if " " not in t and not re.fullmatch(r"[^\W\d_]+[.,!?]?", t):
        return True
    letters = sum(c.isalpha() for c in t)
    symbols = sum(c in "{}[]()<>=;$%\\|_/*^~@#" for c in t)
    return letters == 0 or symbols * 6 > letters


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotes in ``text`` (quote marks, not apostrophes)."""
    return _quote_spans(text)


def _opens_quote(text: str, i: int, straight_single: bool) -> bool:
    """Whether the mark at ``text[i]`` opens a quotation: not a mark right after a letter
    ("the 1990‘s"), and a straight single mark only where asked and only before a word
    after a space or an opening bracket (not the apostrophe of "don't", "the boats' crews")."""
    ch = text[i]
    if ch in '‘"' and i > 0 and text[i - 1].isalnum():
        return False
    if ch == "'":
        return (
            straight_single
            and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–")
            and i + 1 < len(text)
            and text[i + 1].isalpha()
        )
    return True


def _plural_apostrophe(text: str, k: int) -> bool:
    """ "the captains' union": a plural's apostrophe at ``k`` inside a straight-quoted
    quotation, followed by a lower-case word."""
    n = len(text)
    return text[k - 1] == "s" and k + 2 < n and text[k + 1] == " " and text[k + 2].isalpha() and text[k + 2].islower()


def _closing_mark(text: str, i: int) -> int:
    """The offset of the mark closing the quotation opened at ``i``, or -1 when it is
    not closed (a new curly opening comes first, or a straight quote runs past a
    paragraph's reach)."""
    ch = text[i]
    close_ch = _PAIRS[ch]
    n = len(text)
    j = i + 1
    while True:
        k = text.find(close_ch, j)
        if ch == "“":
            again = text.find("“", j)
            if again != -1 and (k == -1 or again < k):
                return -1  # a new opening before the close: the first one was not closed
        if k == -1:
            return -1
        if close_ch == "'":
            if text[k - 1].isspace() or k - i > 600:
                return -1  # a straight quote closes after a word, within a paragraph's reach
            if _plural_apostrophe(text, k):
                j = k + 1
                continue
        if close_ch not in "’'" or k + 1 >= n or not text[k + 1].isalpha():
            return k
        j = k + 1  # an apostrophe inside a word ("it’s"), not the closing mark


def _quote_spans(text: str, straight_single: bool = False) -> list[tuple[int, int]]:
    """(open, close) offsets of top-level quotes in ``text`` (syntax blanked first);
    with ``straight_single``, quotes in straight single marks ('…') too."""
    text = _mask_syntax(text)
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _OPENING.search(text, i)  # the next opening mark (the text between holds none)
        if m is None:
            break
        i = m.start()
        found = _closing_mark(text, i) if _opens_quote(text, i, straight_single) else -1
        if found == -1:
            i += 1
            continue
        out.append((i, found))
        i = found + 1
    return out


# a role's words hold no article ("the losses a single state …" is not a role: "state" there
# is a noun)
_ROLE = r"(?P<r>(?:(?!(?:a|an|the)\s)[a-z][\w’'-]*\s+){0,3}(?!(?:a|an|the)\s)[a-z][\w’'-]*)"
_ROLE_AFTER = re.compile(rf"^[\s,]*(?:the|a|an|its|their)\s+{_ROLE},?\s+(?:\w+ly\s+)?{_VERB}\b")
_ROLE_BEFORE = re.compile(
    rf"(?:^|[.;,]\s+|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+{_ROLE}\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+)*{_VERB}\b[^“”\"]{{0,120}}$"
)
# a role whose words they are: "“…,” in the words of one district engineer", "According to
# a senior nurse at the clinic, “…”" (the role ends at its first word that is not lower case
# or is a preposition: "one district engineer in Izmir" is the district engineer)
_ROLE_OF = (
    r"(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?:the|an?|one|its|their)\s+"
    r"(?P<r>(?:(?!(?:in|at|of|from|for|on|with|who|whom|we|and)\b)[a-z][\w’'-]*\s+){0,3}?(?!(?:in|at|of|from|for|on|with|who|whom|we|and)\b)[a-z][\w’'-]*)"
    r"(?=\s*(?:[,.;:]|$|(?:in|at|of|from|for|on|with|who|whom|we)\b))"
)
_ROLE_WORDS_OF_AFTER = re.compile(rf"^[\s,]*{_ROLE_OF}")
_ROLE_WORDS_OF_BEFORE = re.compile(rf"(?:^|\s){_ROLE_OF}[^“”\"]{{0,160}}$")
# a verb in its bare form after "a"/"an" and a role: no agreement, so not a verb of saying
# ("a single state attack", "a short note on …")
_BARE_AFTER_ONE = re.compile(
    r"^(?:[^\w]*|.*?[.;,]\s+|.*?\s)(?:[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:say|state|note|write|suggest|argue|"
    r"insist|declare|add|warn|claim|concede|remark|observe|announce|tell|assert|stress|describe|reply|respond|"
    r"repeat|promise|answer|counter|conclude|recall|estimate)\b"
)
# an attribution set after a quotation with a dash, as under a pull quote or an epigraph:
# "“…” — Tomas Wyss, mountain guide", "“…” – the chair of the European AI Board" (a name, or a
# role of up to six words; text read from a PDF may run the next paragraph on after it)
_DASH_ATTRIBUTION = re.compile(
    rf"[\s.,]*[—–―]\s*(?:(?P<s>{_NAME})(?=\s*(?:,|$|\n|[.;]))|(?:the|an?)\s+(?P<r>[a-z][\w’'-]*(?:\s+(?:of|for|at|in|on|to|and|the|[a-z][\w’'-]*|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)){{0,6}}?)(?=\s*(?:,|$|\n|[.;])|\s+[A-Z][a-z]*\s+[a-z]))"
)
# an attribution in brackets right after a quotation, as under a pull quote: "“…” (Pieter
# Wouters, customs broker)", "“…” (Dr Ana Ruiz)": a person's name of two words or more, alone
# or before a role after a comma (not a source and year: "(Ruiz 2021)", "(Ruiz, 2021)")
_PAREN_ATTRIBUTION = re.compile(
    rf"[\s.,]*\(\s*(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME})\s*(?:\)|,\s*(?:the\s+|an?\s+)?[a-z][^()\d]{{0,80}}\))"
)
# a verb of saying in its "-s" form right after a role's words, followed by a verb of its
# own: a plural noun and its verb ("the small island states wanted", "the member states
# agreed", "the field notes have"), not someone saying
_PLURAL_NOUN_THEN_VERB = re.compile(
    r"\s+[a-z]+s\s+(?:[a-z]{2,}ed|are|were|have|had|will|would|can|could|must|should|may|might|do|did|"
    r"want|need|agree|hope|expect|fear|share|face|seek|wish)\b"
)
_AUXILIARY = frozenset("has had have was were is are also still then later again once first now".split())
#: verbs before "to" and a verb of saying that say how often or how gladly one says it
_HABIT_VERBS = frozenset(
    "likes like loves love wants want tends tend used continues continue prefers prefer keeps keep chose chooses "
    "went goes never always".split()
)
#: words a role never ends with (the phrase is something else: "the report says")
_NOT_ROLE = frozenset(
    """report reports study survey paper document statement release article book text law bill
    plan deal data figures note notes letter website site page press record records minutes""".split()
)
#: the documents whose text may be quoted as what they say ("the act states “…”", "“…,” the
#: sign reads"): the words a role never ends with and more kinds of written text
DOCUMENTS = _NOT_ROLE | frozenset(
    """act statute regulation regulations rule rules policy guidance guidelines manual handbook contract
    agreement treaty charter constitution ordinance order ruling judgment memo memorandum brochure leaflet
    sign notice permit licence license proposal strategy budget tender specification agenda""".split()
)


def find_speaker(
    text: str, q_open: int, q_close: int, sent_start: int, sent_end: int, previous: str | None = None
) -> str | None:
    """The speaker named in the sentence around the quote ``text[q_open:q_close+1]``.

    ``previous`` is the speaker of the quote before, for "he notes that “…”".
    """
    dash = _DASH_ATTRIBUTION.match(text, q_close + 1)
    if dash:  # "“…” — Tomas Wyss, mountain guide" / "“…” — the chair of the federation"
        if dash.group("s"):
            name = _clean(dash.group("s"))
            if name:
                return name
        elif dash.group("r").split()[-1] not in _NOT_ROLE:
            return "the " + dash.group("r")
    paren = _PAREN_ATTRIBUTION.match(text, q_close + 1)
    if paren:  # "“…” (Pieter Wouters, customs broker)": a pull quote's attribution in brackets
        name = _clean(paren.group("s"))
        if name:
            return name
    after = text[q_close + 1 : sent_end]
    after = re.sub(r"^\s*\([^()]*\)", "", after)
    if _NARRATOR.match(after):
        return "I"  # "“…,” said I": the writer's own words in a scene
    for rx in _AFTER_SPEAKER:
        m = rx.match(after)
        if m:
            name = _clean(m.group("s"))
            if name:
                return name
    before = text[sent_start:q_open]
    if _NARRATOR_BEFORE.search(before):
        return "I"  # "“Turkey,” said I, “what do you think?”"
    possessive = _ROLE_POSSESSIVE.search(before)
    if possessive and possessive.group("r").split()[-1] not in _NOT_ROLE and not _ANY_VERB.search(possessive.group(0)):
        return "the " + possessive.group("r")  # "the governor's promise to keep rates “…”"
    for rx in _BEFORE_SPEAKER:
        m = rx.search(before)
        if m and m.groupdict().get("gap") and _ANY_VERB.search(m.group("gap")):
            m = None  # "Ruiz's view is that the mayor said “…”": the words are the mayor's
        while (
            m
            and rx is _BEFORE_SPEAKER[-1]
            and (_PLACE_OR_TIME.search(before, 0, m.end("s")) or _clean(m.group("s")) is None)
            and "," in before[m.end("s") : m.end()]
        ):
            # "In Lisbon, the mayor, Ana Costa, said", "At the hearing in May, Paul Dunne
            # said", "Later, Ines Barros … said": a place, a time or a word opening the
            # sentence set before the speaker, who is named after it
            later = rx.search(before, m.end("s"))
            if later is None:
                break  # "a retired engineer in Perth, put it": no name after the place
            m = later
        if m:
            # "Professor Henrike Albers of the Technical University of Dresden, who …, put
            # it bluntly:": the body a person is "of" is not who speaks, the person is
            owner = _PERSON_OF.search(before, 0, m.start("s"))
            # "The president of the CSN, Juan Lentijo, told …": the body is the role's, the
            # person named after it speaks
            role = _ROLE_OF_BODY.search(before)
            if owner is None and role is not None and role.start("o") == m.start("s"):
                owner = role
            titled = _ROLE_TITLE_THEN_PERSON.match(before, m.start("s")) or _OWNER_ROLE_THEN_PERSON.match(
                before, m.start("s")
            )
            if owner is None and titled is not None:
                owner = titled
            if owner is None:
                # "As the grower from Castillon put it, “…”": a role of a place or a body
                # speaks, not the place ("the minister of Finance said")
                place_role = _ROLE_OF_PLACE.search(before, 0, m.start("s"))
                if place_role is not None and place_role.group("r").split()[-1] not in _NOT_ROLE:
                    return f"the {place_role.group('r')} {place_role.group('p')} {m.group('s').strip()}"
            name = _clean(owner.group("p") if owner else m.group("s"))
            if name:
                return name
    m = _PERSON_OF_BEFORE_VERB.search(before) or _SAYING_AS_DEED.match(before)
    if m:
        name = _clean(m.group("s"))
        if name:
            return name
    if previous and _PRONOUN.search(before):
        return previous
    # no name: a role ("the union said", "“…,” the employers' federation replied", "“…,”
    # in the words of one district engineer")
    m = _ROLE_AFTER.match(after) or _ROLE_BEFORE.search(before) or _ROLE_WORDS_OF_AFTER.match(after)
    m = m or _ROLE_WORDS_OF_BEFORE.search(before)
    if m and _BARE_AFTER_ONE.search(m.group(0)):
        m = None  # "a single state attack": one thing does not "state", the word is a noun
    if m and _PLURAL_NOUN_THEN_VERB.match(m.string, m.end("r")):
        m = None  # "what the small island states wanted": a plural noun, then its own verb
    if m:
        words = m.group("r").split()
        while words and words[-1] in _AUXILIARY:
            words.pop()
        if len(words) > 2 and words[-1] == "to" and words[-2] in _HABIT_VERBS:
            del words[-2:]  # "the minister likes to say": the minister
        if words and words[-1] not in _NOT_ROLE and not _PERSONAL.intersection(words):
            # ("a year later she repeated": a time and a pronoun, no role)
            held = _ROLE_HELD_AT.search(m.string, 0, m.start("r")) if m.string is before else None
            if held and held.group("h").split()[-1] not in _NOT_ROLE | _WORDS_OF:
                # "A planner at the port put it": the planner at the port, not the port
                words = [*held.group("h").split(), held.group("p"), held.group("a"), *words]
            return "the " + " ".join(words)
    # "Bao Weimin, Director of …, is not stingy with metaphors …: “…”"
    if re.search(r"(?::|\bthat,?)\s*$", before) and "“" not in before:
        # "The tenants' spokesperson, Alba Moreno, turned the phrase round: “…”"
        head = _head_person(before, 0)
        if head:
            return head
        party = _NEW_PARTY_HEAD.match(before)
        if party:
            # "A cooperative leaflet makes a bolder claim: “…”"; "One grower told us:" (the
            # role ends before its verb of saying)
            words_of_role = party.group("r").split()
            cut = next(
                (i for i, w in enumerate(words_of_role) if _ANY_VERB.fullmatch(w) or w in _AUXILIARY),
                len(words_of_role),
            )
            if words_of_role[:cut] and not _PERSONAL.intersection(words_of_role):
                # (a document's head, "A new report …", is read as the document's text; "A
                # month later she repeated it:" holds a pronoun, the person is unknown here)
                return "the " + " ".join(words_of_role[:cut])
        m = _SUBJECT.match(before)
        if m:
            name = _clean(m.group("s"))
            if name and (len(name.split()) >= 2 or name.isupper()):
                return name
    return None


_ANY_VERB = re.compile(rf"\b{_VERB}\b")
# longest first, then by letter: one text in every process (the compiled-form cache finds it)
_DOC = "(?P<d>" + "|".join(sorted(DOCUMENTS, key=lambda w: (-len(w), w))) + ")"
_DOC_NP = rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}"
_DOC_VERB = rf"(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+|still\s+)*(?:{_VERB}|reads|read)\b"
_DOC_BEFORE = re.compile(rf"(?:^|[\s(,;—–]){_DOC_NP}\s+{_DOC_VERB}(?P<tail>[^“”\"]{{0,160}})$")
_DOC_AFTER = re.compile(rf"^[\s,]*{_DOC_NP},?\s+{_DOC_VERB}")
_DOC_ACCORDING = rf"(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+{_DOC_NP}\b"
_DOC_ACCORDING_BEFORE = re.compile(rf"{_DOC_ACCORDING}(?P<tail>[^“”\"]{{0,160}})$")
_DOC_ACCORDING_AFTER = re.compile(rf"^[\s,]*{_DOC_ACCORDING}")


def document_source(sentence: str, quoted: str) -> str | None:
    """The document a quotation ``quoted`` (as written in ``sentence``, its marks included)
    is the text of, when the sentence names a document as what says it: "the expansion plan
    says the quay “…”", "“…,” the housing act reads", "according to the 2030 strategy, “…”"
    give ``"plan"``, ``"act"``, ``"strategy"`` (the document's head noun). ``None`` for a
    person's or a role's words, for no one named, for a document of a named person's
    ("Ruiz's plan says": hers, perhaps) and for a document that reports someone else
    saying them ("the report says the mayor told residents “…”": a second verb of saying
    after the document's gives the words to another)."""
    at = sentence.find(quoted)
    if at < 0 or not quoted:
        return None
    before, after = sentence[:at], sentence[at + len(quoted) :]
    after = re.sub(r"^\s*\([^()]*\)", "", after)
    m = _DOC_AFTER.match(after) or _DOC_ACCORDING_AFTER.match(after)
    if m is None:
        m = _DOC_BEFORE.search(before) or _DOC_ACCORDING_BEFORE.search(before)
        if m is not None and _ANY_VERB.search(m.group("tail")):
            return None  # "the report says the mayor told residents “…”": the mayor's words
    return m.group("d").lower() if m is not None else None


# verbs that present words as someone's: the speaker verbs and a few more
_FRAME_VERB = (
    rf"(?:{_VERB}|calls?|called|calling|repeat|repeats|repeated|repeating|asks?|asked|asking|"
    r"repl(?:y|ies|ied)|answer(?:s|ed)?|quot(?:e|es|ed|ing)|testif(?:y|ies|ied)|tweet(?:s|ed)?|"
    r"posted|recall(?:s|ed)?|saying|telling|adding|noting|urg(?:e|es|ed)|vow(?:s|ed)?|"
    r"promis(?:e|es|ed)|admit(?:s|ted)?|according\s+to|in\s+the\s+words\s+of|describ(?:e|es|ed|ing)|sums?\s+up|summed\s+up|"
    # "put the problem simply: “…”", "in its words, “…”", "the engineer's phrase … “…”"
    r"put(?:s|ting)?\s+(?:it|the\s+\w+|things|matters)|in\s+(?:his|her|its|their|our|my)\s+(?:own\s+)?words|"
    rf"(?:[’']s|(?<=s)[’'])\s+(?:own\s+)?(?:{_WORDS_NOUN}|statement))"
)
_FRAME_BEFORE = re.compile(rf"\b{_FRAME_VERB}\b[^“”\"]{{0,80}}$", re.I)
_FRAME_AFTER = re.compile(
    rf"^[\s,]*(?:\([^()]*\)\s*)?(?:(?:[\w’'.-]+\s+){{0,4}}|(?:[\w’'.-]+\s+){{0,5}}[\w’'.-]+,\s+{_NAME},\s+(?:\w+ly\s+)?){_FRAME_VERB}\b",
    re.I,
)
# a full sentence quoted after a colon: "… sold the package with one line: “Nobody will …”"
_COLON_BEFORE = re.compile(r":\s*$")
_SENTENCE_QUOTE = re.compile(r"^[\"“‘]?[A-Z][^\n]*[.!?][\"”’]?$")
# a quotation that is a sentence of its own: nothing after it but punctuation and a note mark
_BARE_AFTER = re.compile(r"^[\s.,;:!?\d\[\]()*†‡^]*$")


def is_framed(text: str, q_open: int, q_close: int, speaker: str | None = None) -> bool:
    """Is the quote ``text[q_open:q_close+1]`` presented as someone's words?

    Yes when a speaker is named, or a verb of saying introduces it in its sentence ("he
    repeated that “…”", "called it “…”") or follows it ("“…,” she said"). A quote standing
    alone, a title in a reference list or an example phrase ("“…” means …") is not.
    """
    if speaker:
        return True
    starts = _sentence_starts(text)
    s0, s1 = _sentence_around(starts, q_open, q_close, len(text))
    before = text[s0:q_open]
    if _FRAME_BEFORE.search(before):
        return True
    if _FRAME_AFTER.match(text[q_close + 1 : s1]):
        return True
    if _DASH_ATTRIBUTION.match(text, q_close + 1):
        return True  # "“…” — the chair of the federation": words given to someone by a dash
    if _COLON_BEFORE.search(before) and _SENTENCE_QUOTE.match(text[q_open + 1 : q_close].strip()):
        return True  # "… with one line: “Nobody who has paid in will lose a crown.”"
    # a quotation standing as its own sentence after a sentence of saying: "Ruiz, who runs
    # the port, says the problem is the dredging. “The channel silts up every spring.”"
    prev = _previous_sentence(starts, text, q_open, q_close, s0, s1)
    return prev is not None and bool(_FRAME_ANYWHERE.search(prev) or _INTRODUCED.search(prev))


_FRAME_ANYWHERE = re.compile(rf"\b{_FRAME_VERB}\b", re.I)
# a sentence that introduces a person by name before their words: "The finance minister,
# Petra Lund, was blunt." / "Petra Lund did not hedge."
_INTRODUCED = re.compile(
    r"^\s*(?:[A-Za-z][\w’'-]*\s+){0,5}?[\w’'-]+,\s+(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+)?),\s"
    r"|^\s*(?P<t>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+)\s+(?:was|is|did|does|had|has|went|spoke|sounded|struck)\b"
)


def _previous_sentence(starts: list[int], text: str, q_open: int, q_close: int, s0: int, s1: int) -> str | None:
    """The sentence before a quotation that is a sentence of its own (nothing before it in
    its sentence, nothing after it but punctuation), else None."""
    if text[s0:q_open].strip() or not _BARE_AFTER.match(text[q_close + 1 : s1]):
        return None
    i = bisect.bisect_left(starts, s0)
    if i == 0 or s0 == 0:
        return None
    return text[starts[i - 1] : s0]


def _sentence_around(starts: list[int], a: int, b: int, n: int) -> tuple[int, int]:
    """The last sentence start at or before ``a`` (else 0) and the first after ``b`` (else
    ``n``), by bisection in the ascending ``starts`` (a scan of them all for every quote
    was quadratic in a long paragraph)."""
    i = bisect.bisect_right(starts, a)
    j = bisect.bisect_right(starts, b)
    return (starts[i - 1] if i else 0), (starts[j] if j < len(starts) else n)


def _sentence_starts(text: str) -> list[int]:
    return sentence_bounds(text)


def _clean(name: str) -> str | None:
    name = _POSSESSIVE_STYLE.sub("", name.strip().rstrip(",."))
    if name in ("His", "Her", "Their"):
        return None
    name = re.sub(r"[’']s$", "", name)
    words = name.split()
    while words and words[0] in _NOT_SPEAKER:
        if words.pop(0) == "In" and len(words) > 1 and words[0].lower() in MONTH_NAMES:
            words.pop(0)  # "In June Haller warned": a month, not a given name
    if not words:
        return None
    return " ".join(words)


# the writer's words between two parts of one quotation in one sentence: "“…,” she said,
# “…”", "“…,” but “…”"
_SPLIT_GAP = re.compile(
    rf"^\s*,?\s*(?:(?:but|and|or|yet)|(?:he|she|they|{_NAME})\s+(?:\w+ly\s+)?{_VERB}(?:\s+\w+)?\s*,)\s*$"
)
# a pronoun that says who speaks, after the quotation: "“…,” she told us"
_PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:he|she|they)\s+(?:\w+ly\s+)?{_VERB}\b", re.I)
# the person a sentence is about, named first: "Rania Mahmoud, who …, describes", "Fontaine's team pays"
_SENTENCE_SUBJECT = re.compile(
    rf"\s*(?:(?:Indeed|However|Moreover|But|Yet|And|So|Then|Later|Now|Still),?\s+)?(?P<s>{_NAME})(?=,|\s+[a-z(])"
)


_COPULA = re.compile(r",?\s+(?:are|is|were|was|will|would|can|could|may|might|remain|remains)\b")
#: a sentence that opens with a participle's clause ("Launching the 2023 round, he said …",
#: "Asked about the delay, she replied …"): its first word is no name
_PARTICIPLE_OPENING = re.compile(
    r"[A-Z][a-z]+(?:ing|ed)\s+(?:the|a|an|its|his|her|their|this|that|about|by|on|in|at|for|with)\b"
)
#: a role, then the person's name set off by commas, opening a sentence
_ROLE_THEN_NAME = re.compile(
    rf"\s*(?:[Tt]he|[Oo]ne\s+of\s+(?:the|its|their)|[Ii]ts|[Tt]heir|[Aa]n?|{_OWNER})\s+[a-z][^,.;:“”\"]{{1,80}},\s+(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME}),"
)
#: a role in sentence case, then the person's name, opening a sentence: "Head librarian Ifeoma
#: Nwachukwu defended …", "Chief fire officer Anders Holmqvist warned …" (the role's first word
#: is capitalised only because it opens the sentence; the role's other words are lower case)
_CASED_ROLE_THEN_NAME = re.compile(rf"\s*(?P<r>[A-Z][a-z]+(?:\s+[a-z][\w’'-]*){{1,3}})\s+(?P<s>{_NAME})(?=,|\s+[a-z(])")
#: a role in lower case after "the", then the person's name (two words or more), opening a
#: sentence: "the laundry manager Gillian Marsh runs …", "The fire chief Anders Holm warned …"
_THE_ROLE_THEN_NAME = re.compile(
    rf"\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<r>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}})\s+(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+{_NAME})(?=,|\s+[a-z(])"
)
#: words that end a role's words: what follows is a verb, a clause or another phrase, not a name
_NOT_ROLE_WORD = re.compile(
    rf"^(?:{_VERB}|a|an|the|and|or|but|of|at|in|on|for|from|to|with|by|as|who|which|that|this|is|was|are|were|"
    r"has|had|have|will|would|can|could|may|might|did|does|do|not|also|then|\w+ed|\w+ly)$"
)


#: a possessive pronoun's relation or colleague, then their name, opening a sentence: "Her
#: husband, Rui, …", "His deputy, Sam Cole, …" (a given name alone is a name here)
_KIN_THEN_NAME = re.compile(rf"\s*(?:Her|His|Their|Our|My)\s+[a-z][^,.;:“”\"]{{1,60}},\s+(?P<s>{_NAME}),")
#: a new party opening a sentence that gives words after a colon: "A cooperative leaflet
#: makes a bolder claim: “…”", "Another grower went further: “…”"
_NEW_PARTY_HEAD = re.compile(
    r"\s*(?:A|An|Another|One)\s+(?P<r>(?:(?!(?:of|in|at|from|with|for|and|who|which|that)\s)[a-z][\w’'-]*\s+){0,3}?"
    r"(?!(?:of|in|at|from|with|for|and|who|which|that)\s)[a-z][\w’'-]*)\s+(?:[a-z]+(?:s|ed)|went|put|took|gave|was|is|had|has)\b"
)


def _head_person(text: str, start: int) -> str | None:
    """The person named at the head of the sentence at ``start`` after their role: "The
    tenants' spokesperson, Alba Moreno, …" or "Harbour master Niels Aagaard …" give the
    name (two words or more), not the role's first word."""
    ap = _ROLE_THEN_NAME.match(text, start)
    if ap:
        return _clean(ap.group("s"))
    kin = _KIN_THEN_NAME.match(text, start)
    if kin:
        return _clean(kin.group("s"))
    the_role = _THE_ROLE_THEN_NAME.match(text, start)
    if the_role and not any(_NOT_ROLE_WORD.match(w) for w in the_role.group("r").split()):
        if the_role.group("r").split()[-1] not in _NOT_ROLE:
            return _clean(the_role.group("s"))  # "the laundry manager Gillian Marsh runs …"
    cased = _CASED_ROLE_THEN_NAME.match(text, start)
    if (
        cased
        and len(cased.group("s").split()) >= 2
        and not any(_NOT_ROLE_WORD.match(w) for w in cased.group("r").split()[1:])
    ):
        if cased.group("r").split()[0] not in _NOT_SPEAKER and not _PARTICIPLE_OPENING.match(text, cased.start("r")):
            return _clean(cased.group("s"))
    return None


def _joined_spans(
    text: str, spans: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Quotation spans, two parts of one quotation in one sentence joined ("“…,” she
    said, “…”", "“…,” but “…”"): (open, close, (close of the first part, open of the
    second) or None)."""
    out: list[tuple[int, int, tuple[int, int] | None]] = []
    for a, b in spans:
        if out and out[-1][2] is None:
            pa, pb, _ = out[-1]
            same = _sentence_around(starts, pa, b, len(text)) == _sentence_around(starts, pa, pb, len(text))
            if same and text[a] in '“"' and text[pa] in '“"' and _SPLIT_GAP.match(text[pb + 1 : a]):
                out[-1] = (pa, b, (pb, a))
                continue
        out.append((a, b, None))
    return out


#: a time, a place or an occasion set before a sentence's subject: a phrase opened by a
#: preposition up to its comma ("At a rally outside the offices on 8 May, "), a date or a
#: season without one ("In March 2025 ", "On Tuesday "), or an adverb of time ("Afterwards ")
_FRONTED = re.compile(
    r"\s*(?:(?:At|On|In|After|Before|During|Following|Outside|Inside|Within|Across|Later|Earlier|Since|Until|"
    r"Over|Under|From|By|Last|This|Next|Speaking|Writing|Asked|Unlike|Despite)\s[^,.;:“”\"]{1,90},\s+"
    r"(?:(?:at|on|in|near|outside|off|by)\s[^,.;:“”\"]{1,60},\s+)?"
    r"|(?:In|On|At|During|By|Last|This|Next|Early|Late)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|week|month|year)\b|(?:19|20)\d\d\b)"
    r"(?:\s+(?:19|20)\d\d\b)?,?\s+(?=[a-zA-Z])"
    r"|(?:Afterwards|Later|Earlier|Then|Separately|Privately|Publicly|Subsequently|Previously|Eventually|Recently),?\s+)"
)


def _subject_before(text: str, starts: list[int], s0: int) -> str | None:
    """The person "she" or "he" points back to: the name that opens this sentence or one
    of the two before it ("Rania Mahmoud, who teaches …, describes …. “…,” she told us")."""
    i = bisect.bisect_right(starts, s0) - 1
    for k in range(i, max(-1, i - 3), -1):
        start = starts[k] if k >= 0 else 0
        fronted = _FRONTED.match(text, start)
        if fronted:
            start = fronted.end()  # "At a rally on 8 May, the captain …", "In March 2025 the skipper, Ann Lee, …"
        m = _SENTENCE_SUBJECT.match(text, start)
        if m and _PRONOUN_AFTER.match(text[m.end() : m.end() + 60]):
            m = None  # "Parents, she said, will not …": the topic of her words, not "she"
        if m and _PARTICIPLE_OPENING.match(text, m.start("s")):
            m = None  # "Launching the round, he said …": a clause before the subject, not a name
        # "The minister of state for the sector, Martin Geraghty, has been keen …",
        # "Chief fire officer Anders Holmqvist warned …": the person, not the role
        head = _head_person(text, start)
        if head:
            return head
        if m:
            raw = m.group("s")
            name = _clean(raw)
            # a person: a name of two words ("Rania Mahmoud,"), one with a possessive
            # ("Fontaine's team") or one that does something ("Lind returned"); not "Reefs
            # are …" nor "In June she …"
            person = len(name.split()) >= 2 if name else False
            person = person or bool(re.search(r"[’']s$", raw))
            person = person or not _COPULA.match(text, m.end())
            if name and raw.split()[0] not in _NOT_SPEAKER and person and name.split()[0].lower() not in MONTH_NAMES:
                return name
        if k < 0:
            break
    return None


def subject_before(text: str, at: int) -> str | None:
    """The person "she" or "he" at ``at`` in ``text`` points back to (see
    :func:`_subject_before`)."""
    starts = sentence_bounds(text)
    s0 = starts[bisect.bisect_right(starts, at) - 1] if starts and starts[0] <= at else 0
    return _subject_before(text, starts, s0)


def find_quotations(text: str, starts: list[int] | None = None) -> list[dict[str, Any]]:
    starts = starts if starts is not None else sentence_bounds(text)
    out: list[dict[str, Any]] = []
    previous: str | None = None
    for a, b, cut in _joined_spans(text, _quote_spans(text, straight_single=True), starts):
        if cut is not None:  # one quotation in two parts: the writer's words between are a cut
            first = text[a + 1 : cut[0]].strip().rstrip(",;").strip()
            second = text[cut[1] + 1 : b].strip()
            if not first or not second:
                continue
            inner = f"{first} … {second}"
        else:
            inner = text[a + 1 : b].strip()
        if _word_count(inner) < (6 if text[a] == "'" else 4) or _is_name(inner.rstrip(",")):
            continue  # in straight single marks only a sentence's worth: 'good enough' is a scare quote
        if _ATTRIBUTE_BEFORE.search(text[max(0, a - 3) : a]) or _verbatim(inner):
            continue
        s0, s1 = _sentence_around(starts, a, b, len(text))
        speaker = find_speaker(text, a, b, s0, s1, previous)
        if speaker is None and cut is not None:
            speaker = find_speaker(text, a, cut[0], s0, s1, previous)  # "“…,” Lind said, “…”"
        if speaker is None and (
            _PRONOUN.search(text[s0:a])
            or _PRONOUN_AFTER.match(text[b + 1 : s1])
            or (cut is not None and _PRONOUN_AFTER.match(text[cut[0] + 1 : cut[1]]))
        ):
            speaker = _subject_before(text, starts, s0)
        if speaker is None:
            prev = _previous_sentence(starts, text, a, b, s0, s1)
            if prev is not None:  # "“…,” Ruiz said. “…”" · "Ruiz says the … . “…”"
                if out and out[-1]["end"] > s0 - len(prev):
                    speaker = out[-1]["speaker"]
                else:
                    m = _BEFORE_SPEAKER[-1].search(prev)  # (the last: a name and its verb of saying)
                    speaker = _clean(m.group("s")) if m else None
                    if speaker is None:
                        m = _INTRODUCED.search(prev)
                        speaker = _clean(m.group("s") or m.group("t")) if m else None
        out.append({"start": a, "end": b + 1, "quote": inner, "speaker": speaker})
        previous = out[-1]["speaker"] or previous
    return out


def _regions(unit: TextUnit) -> list[tuple[int, int]]:
    if not unit.in_footnote:
        return [(0, len(unit.text))]
    from claimcheck.extract.citations import footnote_parts  # the extractors load each other only when a run needs them

    return [(p.start, p.end) for p in footnote_parts(unit.text) if p.kind == "prose"]


#: angle quotation marks (« », ‹ ›: French, Italian, Russian, Spanish house styles) read as
#: curly ones, one character for one, so every place in the text stays where it was
_ANGLE_MARKS = str.maketrans("«»‹›", "“”‘’")


def extract_quotations(units: Iterable[TextUnit]) -> Iterator[QuotationClaim]:
    for unit in units:
        text = unit.text
        if not any(q in text for q in "“\"‘'«‹"):
            continue
        if "«" in text or "‹" in text:
            text = text.translate(_ANGLE_MARKS)  # the claims keep the writer's own marks (unit.common)
        for r0, r1 in _regions(unit):
            for q in find_quotations(text[:r1]):
                if q["start"] < r0:
                    continue
                yield QuotationClaim(**unit.common(q["start"], q["end"]), quote=q["quote"], speaker=q["speaker"])
