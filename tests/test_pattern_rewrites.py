"""Patterns rewritten for speed find what their plain forms find.

A pattern that opens with a look-behind or ``\\b`` is tried at every place of a text;
rewritten to open with the character class of its first letter (the look-behind tested
after it), the scan skips to the places where it can start. Each rewrite is compared here
with the plain form it replaces, match by match, on texts of our own with the cases that
matter (a text's start, words inside words, digits, underscores, apostrophes, hyphens,
letters outside ASCII, possessives, particles, titles)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.linking import context as linking
from claimcheck.extract.text import sentence_bounds
from claimcheck.rules import _spelling, nm002_name_part_convention

TEXTS = [
    "",
    "A",
    "Ab Cd",
    "Dr Fiona McAllister met Ms. Sæterdahl and Marieke van der Heijden in Gdańsk.",
    "the O'Sullivan report, Diallo-Keita's note and Chang’e-5's samples",
    "_Ab Cd 1Ab Cd éAb Cd Ef x²Ab ǅx Straße-Ost 'Ab -Ab ’Ab",
    "Liu Shiyao and Dai Zheng spoke; Zheng said Hong Kong Island was near.",
    "eReader and iPhone users wrote to ÉcoleNormale, ÄBc and Ünter den Linden.",
    "THE HARBOUR BOARD (HB) MET ON TUESDAY. the harbour board met on tuesday.",
    "Carla de Vasconcellos, Jan van\nder Berg and Anna   de la Cruz\n",
    "Mrs. O'Neil-Smith's   De   La   ",
    "word\u00a0Ab\u2009Cd\tEf\nGh",
]
TEXTS += [t[i:] for t in TEXTS for i in (1, 2, 5)] + [t[:-3] for t in TEXTS]


def _same(old: str, new: str, texts: list[str]) -> None:
    o, n = re.compile(old), re.compile(new)
    for t in texts:
        assert [(m.span(), m.groups()) for m in o.finditer(t)] == [(m.span(), m.groups()) for m in n.finditer(t)], t


def test_maybe_capital_word() -> None:
    plain = r"(?<![\w'’-])(?=[A-Z]|[^\x00-\x7f])" + _spelling._WORD_BODY
    _same(plain, _spelling._MAYBE_CAPITAL_WORD.pattern, TEXTS)


def test_word_before_a_name_in_a_slice() -> None:
    old, new = re.compile(_spelling._PREV_WORD.pattern), re.compile(_spelling._PREV_WORD_OF_SLICE.pattern)
    for t in TEXTS:
        for end in range(len(t) + 1):
            for start in (0, max(0, end - 60), max(0, end - 7)):
                s = t[start:end]
                a, b = old.search(s), new.search(s)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), s


def test_chinese_full_name() -> None:
    plain = r"\b([A-Z][a-z]{1,5})\s([A-Z][a-z]{1,11})\b(?!\s[A-Z][a-z])"
    _same(plain, nm002_name_part_convention._FULL.pattern, TEXTS)


def test_names_in_a_sentence() -> None:
    plain = r"(?<![\w’'])(?:[A-Z][a-z’'&.-]*[a-z]|[A-Z]{2,}[a-z]?)(?:\s+(?:of\s+)?[A-Z][a-z’'&.-]*[a-z])*"
    _same(plain, linking._NAME.pattern, TEXTS + ["The Bank of England and the IMF’s UNCTADs met O’Brien’s FDIs."])


def test_lower_case_words_of_a_block_are_those_of_its_sentences() -> None:
    """document_weights reads a block's lower-case words at once: a sentence starts after a
    space, so no word runs over two sentences or looks across their bound."""
    text = "Ports grew. The 'co-op' said no.  Its e-mail said yes! Twelve ports, rose—fell? Done"
    starts = sentence_bounds(text) + [len(text)]
    assert len(starts) > 4
    lower = re.compile(linking._LOWER_WORD.pattern)
    per_sentence = {w for s, e in zip(starts, starts[1:]) for w in lower.findall(text[s:e])}
    assert set(lower.findall(text)) == per_sentence


def test_lower_case_words_letter_first() -> None:
    _same(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])", linking._LOWER_WORD.pattern, TEXTS + ["ab-cd e’fg h'ij k_lm 9no pq."])


def test_years_hint_digit_or_year_first() -> None:
    plain = re.compile(r"\d|year", re.IGNORECASE)
    for t in TEXTS + ["last YEAR", "Yearly", "yea r", "٣ months", "the yEaR", "y", "yyear", "no digits"]:
        assert [m.span() for m in plain.finditer(t)] == [m.span() for m in linking._YEARS_HINT.finditer(t)], t


_MORE = [
    "Jeroen van der Berg, Van den Berg and de Rochefort met Du Rochefort; Della Rocca, Dos Santos.",
    "xvan Berg, -de Rochefort, 'Van Dyke, ’de Vries, _Du Bois, 9Da Silva, Di  Maio, vonBraun Von Braun",
    "NATO, the UN's bodies, G7/G20, R&D, ICT-based, /ABC, A&B, FOO-, X1s, AIs, ABCs and 'NDAs'.",
    "Go to https://x.org/a_b, e.g. www.example.com, mail a@b.c; {x}, <y>, a=b, (z) and www x.y .",
    "One. Two! Three? Four; five: six\n\nseven \n \n eight.\nnine",
    "word Word wOrd WORD iPhone e-mail don't it’s x2y _ab ab_ ´ab",
]


def test_verbatim_features_first_character_first() -> None:
    from claimcheck.rules import _names

    _same(r"[/@\\_:>({}<=]|\.\w|www\.", _names._FEATURE.pattern, TEXTS + _MORE)


def test_sentence_breaks_first_character_first() -> None:
    _same(r"[.!?;:]\s|\n\s*\n", _spelling._SENTENCE.pattern, TEXTS + _MORE)


def test_particled_surnames_first_letter_first() -> None:
    plain = (
        r"(?<![\w'’-])(?P<particles>(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]u|[Dd]a|[Dd]i|[Dd]os|[Dd]el|[Dd]ella)"
        r"(?:[ \t]+(?:der|den|de|het|la|le|los|las|ten|ter))?))[ \t]+(?P<name>[A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)"
    )
    _same(plain, _spelling._PARTICLED.pattern, TEXTS + _MORE)


def test_acronym_tokens_capital_first() -> None:
    from claimcheck.rules import _acronyms_common

    _same(r"(?<![\w/&-])([A-Z][A-Z0-9&/]*[A-Z0-9])(s?)(?![\w/&-])", _acronyms_common._TOKEN.pattern, TEXTS + _MORE)
    _same(r"\b[A-Za-z][a-z]+\b", _acronyms_common._CASED_WORD.pattern, TEXTS + _MORE)


def test_word_before_a_name_read_backwards() -> None:
    """_prev_word_of_slice finds from the slice's end what _PREV_WORD_OF_SLICE's search finds."""
    texts = TEXTS + [
        "e.g. Smith van der ",
        "Anna de la Cruz, DE LA ",
        "Jan van\nder ",
        "Ms. ",
        "word\n",
        ", van ",
        "Van Der Della dos ",
        "ſmith Dos ",
        "Smith. van ",
    ]
    for t in texts:
        for end in range(len(t) + 1):
            for start in (0, max(0, end - 60), max(0, end - 7)):
                s = t[start:end]
                a, b = _spelling._PREV_WORD_OF_SLICE.search(s), _spelling._prev_word_of_slice(s)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), s


def test_html_ids_their_i_first() -> None:
    import sys

    from claimcheck.ingest import html

    plain = re.compile(r"""\sid\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
    # the first class holds every character re.IGNORECASE reads as an i
    assert {c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch("i", c, re.IGNORECASE)} == set(
        "iI\u0130\u0131"
    )
    assert html._ID_ATTR.pattern.startswith("[iI\\u0130\\u0131]")
    for t in (
        TEXTS
        + _MORE
        + [
            'x id=a ID="b" İd=c ıD=\'d\' \tid = e,id=f <p\nid="g">',
            "id=a",
            " id=",
            "\nid=x> aid=y  iD = 'z' valid=w",
        ]
    ):
        assert plain.findall(t) == html._ID_ATTR.findall(t), t


#: texts for NM001's lower-case words and QT001's names: ASCII text, text whose only
#: characters outside ASCII are punctuation (curly quotes and apostrophes, dashes, a
#: no-break space), and text with letters and digits outside ASCII
_MORE_TEXTS = [
    "the cooperation's scope, well-known co-op ab_cd x2y the o'Brien and o’Neill word's",
    "“quoted” words — and it’s the d’Artagnan-style e-mail’s end…\u00a0then",
    "café Zürich naïve x² straße’s ǆungla 3rd-party l’Été",
    "Her husband, Rui, said; his lawyer, Okafor, said; Their aide, Mensah, left. aHer x, Y,",
    "Ms Doorn and Mrs. Kallio met Professor Ngata, Prof. Iwu, Dr Sithole and Dame Okoro; "
    "Cllr Byrne, Councillor Ryan, Lord Patel, Lady Ashe, Sir Ian; XMr Foo, theMiss Bar",
    "Saskia Doorn, Jan van der Berg, Anna de Vries, O’Neil Smith; _Ab Cd 1Ab Cd éAb Cd",
]
_MORE_TEXTS += [t[i:] for t in _MORE_TEXTS for i in (1, 3)]


def test_lower_case_words_of_a_name_check() -> None:
    """NM001 reads a text without letters or digits outside ASCII with an ASCII pattern of
    its lower-case words; any text, it finds what _WORD finds that is not capitalised."""
    for t in TEXTS + _MORE_TEXTS:
        assert _spelling._lower_words_of(t) == [w for w in _spelling._WORD.findall(t) if not w[0].isupper()], t


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abyZBW '’-_.,1éÉ²“—\u00a0\n", max_size=40))
def test_lower_case_words_of_a_name_check_any_text(t: str) -> None:
    assert _spelling._lower_words_of(t) == [w for w in _spelling._WORD.findall(t) if not w[0].isupper()]


def test_quotation_speakers_names_first_letter_first() -> None:
    from claimcheck.rules import qt001_quotation_worded_differently as qt001

    texts = TEXTS + _MORE_TEXTS
    # a name may open with an accented capital ("Élodie", "Øystein": qt23)
    cap = "A-ZÀ-ÖØ-ÞĀ-Ž"
    titled = rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor)\.?\s+([{cap}][\w’'-]+)"
    _same(titled, qt001._TITLED_NAME.pattern, texts)
    full = rf"\b[{cap}][a-zß-öø-ÿ’'-]+\s+(?:(?:van|von|de|der|den|da|del|du)\s+)?([{cap}][\w’'-]+)"
    _same(full, qt001._FULL_NAME.pattern, texts)
    appositive = r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+[a-z]+,\s+([A-Z][\w’'-]+),"
    _same(appositive, qt001._APPOSITIVE_NAME.pattern, texts)
