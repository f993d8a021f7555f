from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from claimcheck.extract.acronym_letters import FUNCTION_WORDS, acronym_letters, initials, judge, part_initials
from claimcheck.extract.linking import IRREGULAR_ADJECTIVES, same_name
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import default_known, definitions, loose_lower_case, own_name_fits
from claimcheck.rules.base import CheckContext, Rule
from claimcheck import lazyre as re


class AcronymLettersMismatch(Rule):
    """An acronym's letters do not fit the expansion it is given.

    Ordinary patterns fit: function words skipped, letters from each part of a hyphenated
    word or of a word with inner capitals ("SOEs" = state-owned enterprises, "HTLC" = Hash
    TimeLock Contract), from the part after a common prefix ("ASF" = AeroSpace Force, "NAFO" =
    National AntiFraud Office),
    several letters from one word when the acronym has more letters than the name has
    words ("ASAT" = anti-satellite, "CONUS" = contiguous United States), "X" for "ex-"
    ("UX" = user experience), a digit for "to" ("P2P"), a number after the letters
    ("CMIP6"), a country code a body's capitalised name leaves out ("U.S. Digital Service
    (USDS)", "Geological Survey (USGS)"; a thing named in lower case has none: "kerbside
    charging posts (UCPs)" is a slip), extra words before or after, words left out. A plural
    possessive is a word of the name ("the Harbour Pilots' Guild (HPA)" is held to HPG); a
    singular one ends the words before it ("the State Council's …"). A name that ends a
    longer run of capitals ("Staff in the Port of Tyne Harbour Safety Office (HOS)") is held
    to its last words' initials: one letter changed or two swapped is a slip. Names in
    other languages keep their own function words ("ve", "aux", "y", "für", "voor"), their
    elided articles ("Caisse d'allocations familiales (CAF)", "Ente Nazionale per
    l'Aviazione Civile (ENAC)") and their accents ("Centre national d'études spatiales
    (CNES)"); a long official name may give its acronym from its first words' syllables,
    leaving the rest of the name out ("Servicio Nacional de Certificación Ambiental para las
    Inversiones Sostenibles (SENACE)"), unless the acronym is its initials in another order.

    Only definitions are judged: a parenthesis whose letters have nothing to do with the
    phrase before it is something else (a person's affiliation, "Jane Roe (NASA)"; a file
    type after a title, "(PDF)"; a code, a ticker, a nickname) and is left alone: the
    acronym must start with the name's first initial and share at least half of its
    letters with the name's initials. An acronym every reader knows may take its letters
    in another language's order ("International Organization for Standardization (ISO)"),
    where its name has a function word that language orders around; a plain compound reads
    its letters in order ("the Day-Ahead Market (DMA)", known as the Digital Markets Act, is
    still reported).
    What remains are letters swapped or dropped, or the acronym of a neighbouring body; a
    name in lower case before the acronym is read as its name when its initials are the
    acronym's letters with two swapped ("liquefied natural gas (LGN)"). Initials in another
    order are a mismatch even where a hyphenated word could give two letters ("European
    Anti-Poverty Network (EPAN)", not a name cut short). An acronym whose last letter,
    after a hyphen, says which kind of the thing the letters before it name ("Trans-European
    Transport Network (TEN-T)") fits when that letter is the initial of the one word of the
    name the letters before the hyphen leave out, and they spell the others in order.

    A compound that shares its head with a word cut at its hyphen ("Radio- und
    Fernsehgesellschaft") may give the head's letter (SRG); a body written with two
    acronyms in two languages before its name ("the SRG SSR (Schweizerische …)") is
    defined when the first fits. A name translated into a language that puts its head noun
    first keeps the English acronym, which its content words give read from the last
    ("registro delle emissioni del porto (PER)": Port Emissions Register); it is left alone
    when it holds a function word of that language. An acronym may leave out the plural noun
    its name ends with ("Discrete Log Equality Proofs (DLEQs)", "… Proofs (DLEQ)": the letters
    are the name's before it) when that noun's initial is no letter of the acronym.

    A phrase in lower case is a name only when its initials are the acronym's letters with
    one changed or two swapped: "transactions use v3 transaction relay (TRUC)" gives
    another name of the thing.

    A text written in another language keeps the acronyms of English originals ("Contrato
    de Licença de Contribuidor (CLA)", a Contributor License Agreement; "Statik Uygulama
    Güvenliği Testi (SAST)", a name with no function word but letters English has not): a
    name in that language there is held only to its initials in another order.

    A body of another country named in English after the country's adjective ("the Swedish
    Post and Telecom Authority (PTS)", "the German Aerospace Center (DLR)") keeps the acronym
    of its name in its own language: an acronym that does not open with the adjective's
    initial is left alone, and so is one that does but has fewer letters than the English
    initials, one of them no English word's ("the Norwegian Water Resources and Energy
    Directorate (NVE)"),
    unless it is the English initials with one letter changed ("the
    Danish Refugee Council (NRC)", the Norwegian council's) or in another order. A body
    whose English name opens with an adjective its own language puts after the noun ("the
    National Institute of Statistics (INE)": Instituto Nacional de Estadística; "the
    National Centre for Space Studies (CNES)") keeps its own acronym, which opens with those
    two initials the other way round; not when the English initials are a known acronym
    ("the National Health Service (HNS)") or the noun is no body's ("Regional Water Board
    (WRB)").

    A person named before the body the acronym stands for ("Ana Ruiz of the Harbour Board
    (HBA)") is no part of its name: the acronym there labels the body she belongs to, as the
    body writes it (a department's own code need not be its initials), and is left alone.

    ## Why is this bad?
    A swapped or wrong acronym ("CNAS" for the China National Space Administration) is a
    factual error a specialist reader spots at once, and often a sign that the acronym of
    a different body was pasted in.

    ## Example
    ```markdown
    The China National Space Administration (CNAS) runs the civil programme.
    ```

    Use instead:
    ```markdown
    The China National Space Administration (CNSA) runs the civil programme.
    ```
    """

    code = "AC002"
    name = "acronym-letters-mismatch"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        known = default_known()
        for acronym, defs in definitions(ctx).items():
            for d in defs:
                if judge(d.acronym, d.expansion) != "mismatch" or own_name_fits(d):
                    continue  # (an own-language name beside it gives the letters: "(Bundesamt für …, BAMF)")
                if _paired_fits(d):
                    continue  # "the SRG SSR (Schweizerische …)": the name defines the pair's other half
                if _plural_noun_after(d.acronym, d.expansion):
                    continue  # "Discrete Log Equality Proofs (DLEQs)": the plural's noun left out
                if _translated_back_to_front(d.acronym, d.expansion):
                    continue  # "analisi della composizione del software (SCA)": the English acronym
                if loose_lower_case(d.acronym, d.expansion):
                    continue  # "transactions use v3 transaction relay (TRUC)": no name of it
                if _in_other_language(ctx, d.acronym, d.expansion):
                    continue  # "Contrato de Licença de Contribuidor (CLA)": the English acronym kept
                if _qualifier_after_hyphen(d.acronym, d.expansion):
                    continue  # "Trans-European Transport Network (TEN-T)": the network, then its kind
                if _person_of_body(d.acronym, d.expansion):
                    continue  # "Ana Ruiz of the Harbour Board (HBA)": the body's label, as it writes it
                if _native_acronym(d.acronym, d.expansion):
                    continue  # "the Swedish Post and Telecom Authority (PTS)": its own language's letters
                if _noun_before_adjective(d.acronym, d.expansion, known):
                    continue  # "the National Institute of Statistics (INE)": Instituto Nacional de …
                expected = initials(d.expansion)
                every_part = part_initials(d.expansion).upper()
                if len(expected) != len(acronym_letters(d.acronym)) == len(every_part):
                    expected = every_part  # "demand-responsive transport": DRT
                if (
                    acronym in known
                    and sorted(acronym_letters(acronym)) == sorted(expected.lower())
                    and _has_function_word(d.expansion)
                ):
                    # "International Organization for Standardization (ISO)": its own order, that
                    # of a name another language builds around its "for" or "of"; a plain
                    # compound reads its letters in order ("Day-Ahead Market (DMA)" is DAM)
                    continue
                yield self.finding(
                    d,
                    f"'{d.acronym}' does not fit '{d.expansion}' (its initials spell {expected})",
                    help=f"check the acronym: is it {expected}, or is the name wrong?",
                    subject=f"{d.acronym} {d.expansion}",
                )


def _has_function_word(expansion: str) -> bool:
    """Does the name hold a function word ("of", "for", "and"), around which another
    language may order its words otherwise?"""
    return any(w.lower() in FUNCTION_WORDS for w in re.findall(r"[^\W\d_]+", expansion))


#: an acronym whose last letter, after a hyphen, qualifies the rest ("TEN-T")
_QUALIFIED = re.compile(r"([A-Za-z]{2,})-([A-Za-z])")


def _qualifier_after_hyphen(acronym: str, expansion: str) -> bool:
    """Does the acronym name a thing, then after a hyphen the letter of one word of the
    name that says which kind ("Trans-European Transport Network (TEN-T)": the
    trans-European network, of transport)? The name's other initials, in order, are the
    letters before the hyphen, and the word left out begins with the letter after it."""
    m = _QUALIFIED.fullmatch(acronym)
    if m is None:
        return False
    main, kind = m.group(1).lower(), m.group(2).lower()
    for init in {initials(expansion).lower(), part_initials(expansion).lower()}:
        if any(init[i] == kind and init[:i] + init[i + 1 :] == main for i in range(len(init))):
            return True
    return False


#: words of English prose: a text where fewer than one word in fifteen is one of them is
#: written in another language
_ENGLISH_WORDS = frozenset("the and of to is that with for are this was it".split())


def _in_other_language(ctx: CheckContext, acronym: str, expansion: str) -> bool:
    """Is a name in another language given in a text written in that language, with an
    acronym that is not its initials in another order? Such a text keeps the acronyms of
    the English originals ("Contrato de Licença de Contribuidor (CLA)", a Contributor
    License Agreement); a swap is a slip in any language."""
    ws = [w.strip(",;:").lower() for w in expansion.split()]
    if expansion.isascii() and not any(w in FUNCTION_WORDS and w not in _ENGLISH_FUNCTION_WORDS for w in ws):
        return False  # (a letter no English word has marks a name in another language too: "Güvenliği")
    if sorted(acronym_letters(acronym)) == sorted(initials(expansion).lower()):
        return False
    if "ac002-english" not in ctx.shared:
        words = [w for b in ctx.document.iter_blocks() if b.is_prose for w in re.findall(r"[a-z]+", b.text.lower())]
        ctx.shared["ac002-english"] = len(words) < 50 or 15 * sum(w in _ENGLISH_WORDS for w in words) >= len(words)
    return not ctx.shared["ac002-english"]


#: a person's name (two words, perhaps a middle initial) and the body they are of, at or from:
#: "Ana Ruiz of the Harbour Board", "Tom J. Okafor at the Water Office"
_PERSON_OF_BODY = re.compile(
    r"^(?P<person>[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?(?P<last>[A-Z][a-z’'-]+))\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]"
)
#: the last word of a body's name before "of" ("Central Bank of …", "Royal Society of …"): no surname
_BODY_HEADS = frozenset(
    """academy administration agency association authority bank board bureau center centre chamber church
    college commission committee company corporation council court department division foundation fund
    government group institute institutes institution league ministry museum office organisation
    organization party program programme republic school service society union university""".split()
)


def _person_of_body(acronym: str, expansion: str) -> bool:
    """Does the expansion run back over a person and the body they are of ("Ana Ruiz of the
    Harbour Board")? The "Central Bank of Ireland" is no person, and neither are two words
    the acronym opens with ("Annual Survey of Hours and Earnings (ASEH)": its A and S spell
    them, so they are the name's own words)."""
    m = _PERSON_OF_BODY.match(expansion)
    if m is None or m.group("last").lower() in _BODY_HEADS:
        return False
    first, last = m.group("person").split()[0], m.group("last")
    return not acronym_letters(acronym).startswith((first[0] + last[0]).lower())


def _native_acronym(acronym: str, expansion: str) -> bool:
    """Is the name a body of another country, said in English after the country's adjective
    ("the Swedish Post and Telecom Authority", "the German Aerospace Center"), and the
    acronym the letters of its name in its own language (PTS: Post- och telestyrelsen; DLR)?
    The acronym does not open with the adjective's initial, and it is no slip of the
    English initials: not those letters with one changed ("the Danish Refugee Council
    (NRC)": the Norwegian one's) or in another order, nor the initials of the name after
    the adjective in another order ("Norwegian Food Safety Authority (AFS)")."""
    ws = re.sub(r"^(?:the|The)\s+", "", expansion).split()
    if len(ws) < 3 or not _nationality(ws[0]):
        return False
    letters = acronym_letters(acronym)
    if letters[:1] == ws[0][:1].lower():
        # the country's own name may open as its English adjective does (Norges, Norwegian):
        # fewer letters, one of them no English word's, are its own language's compounds
        # ("the Norwegian Water Resources and Energy Directorate (NVE)"), not a slip
        inits = {initials(expansion).lower(), part_initials(expansion).lower()}
        return all(len(i) > len(letters) for i in inits) and any(all(ch not in i for i in inits) for ch in letters[1:])
    for init in {initials(expansion).lower(), part_initials(expansion)}:
        if len(init) == len(letters) and (
            sorted(init) == sorted(letters) or sum(a != b for a, b in zip(init, letters)) <= 1
        ):
            return False
    rest = initials(" ".join(ws[1:])).lower()
    return not (len(letters) >= 3 and letters != rest and sorted(letters) == sorted(rest))


#: adjectives that open a body's English name and follow its noun in the body's own
#: language ("National Institute": Institut national, Instituto Nacional, Istituto Nazionale)
_POSTPOSED = frozenset("national federal central general regional royal supreme superior higher autonomous".split())


def _noun_before_adjective(acronym: str, expansion: str, known: frozenset[str]) -> bool:
    """Is the acronym a body's in its own language, whose word order puts the noun before
    its adjective ("the National Institute of Statistics (INE)": Instituto Nacional de
    Estadística; "the National Centre for Space Studies (CNES)")? The English name opens with
    such an adjective and a body's noun, the acronym with those two initials the other way
    round, the rest translated freely; not when the English initials, or the acronym, are a
    known acronym ("the National Health Service (HNS)" is a slip for NHS)."""
    ws = re.sub(r"^(?:the|The)\s+", "", expansion).split()
    if len(ws) < 3 or ws[0].lower() not in _POSTPOSED or ws[1].lower() not in _BODY_HEADS:
        return False
    letters, init = acronym_letters(acronym), initials(expansion).lower()
    return len(letters) >= 3 and letters[:2] == init[1] + init[0] and init.upper() not in known and acronym not in known


def _nationality(word: str) -> bool:
    """Is ``word`` the adjective of a country ("Swedish", "Norwegian", "Japanese")?"""
    if not word[:1].isupper() or not word.isalpha():
        return False
    if word in IRREGULAR_ADJECTIVES:
        return True
    return word not in _country_names() and any(same_name(word, c) for c in _country_names())


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The one-word common names of the countries (pycountry's table, kept in the cache
    folder): "Norway", "Japan"."""
    from claimcheck import cache

    def build() -> list[str]:
        import pycountry

        names = {getattr(c, "common_name", None) or c.name for c in pycountry.countries}
        return sorted(n for n in names if n.isalpha())

    table = cache.package_file("pycountry", "databases", "iso3166-1.json")
    return frozenset(build() if table is None else cache.load_or_build("country-one-word-names", [table], build))


#: the function words of English: a name holding another of FUNCTION_WORDS is in another language
_ENGLISH_FUNCTION_WORDS = frozenset("a an and at by for in of on or the to with &".split())


def _plural_noun_after(acronym: str, expansion: str) -> bool:
    """Is the acronym ("DLEQ", "DLEQs") the name before its last word, a plural noun the
    acronym leaves out ("Discrete Log Equality Proofs": DLEQ, two letters of Equality)? The
    left-out noun's initial must be no letter of the acronym ("Space Agencies (SAs)" keeps
    its A), and the words before it must fit."""
    ws = expansion.split()
    plural = acronym.endswith("s") and acronym[-2:-1].isupper()
    if len(ws) < 3 or not (plural or acronym.isupper()):
        return False
    last = ws[-1].lower()
    if not last.endswith("s") or last.endswith("ss") or last[0] in acronym_letters(acronym):
        return False
    return judge(acronym, " ".join(ws[:-1])) == "fits"


def _translated_back_to_front(acronym: str, expansion: str) -> bool:
    """Is the expansion a translation, into a language that puts the head noun first, of the
    English name the acronym abbreviates ("strumenti di analisi della composizione del
    software (SCA)": Software Composition Analysis)? The name holds a function word of that
    language, and its content words read from the last give the acronym (the words before
    the name, "strumenti di", are passed over as in any definition)."""
    ws = [w.strip(",;:").lower() for w in expansion.split()]
    if expansion.isascii() and not any(w in FUNCTION_WORDS and w not in _ENGLISH_FUNCTION_WORDS for w in ws):
        return False  # (a letter no English word has marks a name in another language too: "Güvenliği")
    content = [w for w in ws if w and w not in FUNCTION_WORDS]
    letters = acronym_letters(acronym)
    backwards = "".join(w[0] for w in reversed(content))
    return len(letters) >= 3 and backwards.startswith(letters)


def _paired_fits(d: Any) -> bool:
    """Is the acronym the second of two written together before the parenthesis ("the SRG
    SSR (Schweizerische Radio- und Fernsehgesellschaft)": a body's names in two languages)
    and does the first fit the expansion?"""
    sentence = getattr(d, "sentence", "") or ""
    m = re.search(rf"\b([A-Z][A-Za-z&]{{1,7}})\s+{re.escape(d.acronym)}\s*[(\[]", sentence)
    return m is not None and m.group(1).isupper() and judge(m.group(1), d.expansion) != "mismatch"
