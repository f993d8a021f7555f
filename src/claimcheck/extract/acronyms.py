"""Acronym definitions, recorded as written (a rule judges whether the letters fit).

Shapes read:

* ``Expansion Words (ACR)`` — "the Strategic Support Force (SSF)";
* with a native original: "the Military Aerospace Force (军事航天部队, ASF)" → ``native``;
* a quoted expansion: "“Anti-Access and Area-Denial” (A2/AD)";
* lower-case expansions: "state-owned enterprises (SOEs)", "intelligence, surveillance,
  and reconnaissance (ISR)";
* the acronym introduced: "(hereafter ECB)", "(the ECB)", "(“ECB”)", "(what staff call the
  ECB)", and in an apposition
  whose letters fit: "the European Central Bank, or ECB, …";
* the acronym said to be the name's out of brackets, any letters: "the National Pilots'
  College, known as the NPC, …", "…, also referred to as NPC,";
* the name after its acronym in an apposition: "the FMU, or Fleet Management Unit, …" (any
  letters but unrelated ones), "GASC, the Government Agency for Strategic Commodities, …"
  (without "or", only a name whose content words give one letter each: not a list, "the
  EU, the European Investment Bank, and …");
* the reverse order: "ESA (European Space Agency)", "UNHCR (the United Nations High
  Commissioner for Refugees)", also with a noun between ("the SAFE
  instrument (Security Action for Europe)") or a lower-case expansion ("FY (fiscal
  year)") when the letters fit;
* a country prefix as a word of the name ("U.S. Digital Service (USDS)"), a lower-case
  word starting a name ("contiguous United States (CONUS)"), a numbered name ("Executive
  Order 14030 (EO 14030)"), and past what a reader left in the text: a link target between
  the name and the parenthesis, an HTML entity between words.

Acronyms: two or more capitals, digits, ``&`` and ``/`` allowed ("TT&C", "A2/AD"), a
plural ``s`` allowed ("SOEs"), and capitals joined by hyphens ("M-CERT", "CERT-EU"); roman
numerals, years and model designations ("LM-11", "F-35") are not acronyms.

Choosing the expansion: for a capitalised expansion, the run of capitalised words (with
function words and commas between them) before the parenthesis; the shortest end of that
run whose word initials spell the acronym is taken, and when none does, the whole run up
to a possessive ("the State Council’s …") or a lower-case word. That keeps definitions
whose letters do not fit ("China National Space Administration (CNAS)") exactly as
written, for a rule to flag. A lower-case expansion is the shortest phrase before the
parenthesis whose letters spell the acronym in order, starting at a word beginning with
its first letter (Schwartz & Hearst, 2003), or a name cut short whose words give all of the
acronym's letters but one as their initials ("onshore power (OPS)", see :func:`letter_lost`,
for AC003 to flag); with no such phrase nothing is recorded.
"""

from __future__ import annotations

from claimcheck import lazyre as re
from typing import Any, Iterable, Iterator

from claimcheck.claims.models import AcronymClaim
from claimcheck.extract.acronym_letters import ELIDED, OTHER_FUNCTION_WORDS, fit, initials, judge, split_elision
from claimcheck.extract.text import TextUnit
from claimcheck.text import is_cjk

__all__ = ["extract_acronyms", "find_acronyms", "is_acronym", "letter_lost", "letters_fit", "spelt_out_before"]

_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
# capitals, with at most one small "f" or "o" between two of them, the "for" or "of" of
# the name kept small ("TfL", "TfGM", "DfE", "MoD"); not a unit ("GtC": gigatonnes of
# carbon) nor a degree ("PhD")
_ACR = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?!(?:.*[a-z](?!s$)){2})[A-Z](?:[A-Z0-9&/.]|[fo](?=[A-Z]))*[A-Z0-9](?:s)?$")
# capitals joined by hyphens, every part a capital letter first ("M-CERT", "CERT-EU",
# "A-WWS"); not a model designation, whose part after the hyphen is a number ("LM-11")
_HYPHENED = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Z&]*(?:-[A-Z][A-Z&]*)+$")
_ROMAN = re.compile(r"^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_FUNCTION = {"of", "and", "for", "the", "on", "in", "&", "de", "des", "du", "la", "le", "to", "at", "a", "with"}
_FUNCTION |= OTHER_FUNCTION_WORDS | ELIDED  # names in other languages: "Afet ve Acil …", "d'études"
_LINK_TARGET = re.compile(r"\]?\((?:\{\{|https?://|/)[^()]*\)$")
_NUMBERED_NAME = re.compile(r"^([A-Z][A-Z&/]*[A-Z]s?)\s+#?\d[\d.-]*$")
_ENTITY = re.compile(r"&(?:[a-z]+|#\d+);")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}$")  # "U.S.", "U.K.": one word, not a sentence end
_WORD = re.compile(r"[^\s()\[\]“”\"]+")
# (also a clause that says what the name is called: "(what they call the FOH)", "(called the
# FOH)", "(also known as the FOH)", "(referred to as FOH)")
_DEFINING = re.compile(
    r"^(?:(?:what|which)\s+\w+\s+calls?|(?:also\s+)?(?:known|referred\s+to)\s+as|called|hereafter|"
    r"hereinafter|henceforth|the|or)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_OR_ACRONYM = re.compile(r"(?<=\w), or ([A-Z][A-Z0-9&]{1,11}s?)(?=[,;)]|\s+for\s+short\b)")
#: the acronym said, out of brackets, to be the name's: "the National Pilots' College,
#: known as the NPC, …", "…, also referred to as NPC,"
_KNOWN_AS = re.compile(
    r"(?<=\w), (?:(?:also|more|better|commonly|usually) )?(?:known|referred to) as (?:the )?"
    r"([A-Z][A-Z0-9&]{1,11}s?)(?=[,;.)]|\s)"
)
#: the name after its acronym, in an apposition: "the FMU, or Fleet Management Unit, counts
#: vessels" (capitalised words and small words only, ending at a comma, bracket or full stop)
_OR_NAME = re.compile(
    r"\b([A-Z][A-Z0-9&]{1,11}s?), (or (?:the )?|the )((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|"
    r"of|for|and|on|in|the|to|de|des|du|la|le|del|di|der|für|und)){1,9})(?=[,;)]|\.(?:\s|$))"
)
_STOP_CHARS = '.;:!?()[]“”"—–'
_QUOTE_PAIRS = {"”": "“", '"': '"', "’": "‘"}
#: a possessive after an acronym or a name: "the Weather Service’s (WS’s) forecast"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")


def is_acronym(token: str) -> bool:
    token = token.strip()
    if not (_ACR.match(token) or _HYPHENED.match(token)) or len(token) > 12:
        return False
    if _ROMAN.match(token) or re.search(r"-\d", token):
        return False
    return True


def _letters(acronym: str) -> str:
    a = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
    return "".join(ch for ch in a if ch.isalpha()).lower()


def _initials(word: str) -> str:
    """First letters of a word and of each hyphenated part: "Anti-Access" -> "aa"; an
    elided article is left out: "d'études" -> "e"; dotted initials give each: "U.S." -> "us"."""
    if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
        return word.replace(".", "").lower()  # dotted initials give one letter each: "U.S." -> "us"
    parts = [p for p in re.split(r"[-/]", split_elision(word)[-1]) if p]
    return "".join(p[0] for p in parts if p[0].isalpha()).lower()


def _strict_fit(letters: str, words: list[str]) -> bool:
    """Acronym letters match word initials in order, the first letter the first word's."""
    content = [w for w in words if w.lower().strip(",") not in _FUNCTION]
    if not content or not letters:
        return False
    first = _initials(content[0].strip(","))
    if not first or first[0] != letters[0]:
        return False
    seq = "".join(_initials(w.strip(",")) for w in content)
    i = 0
    for ch in seq:
        if i < len(letters) and ch == letters[i]:
            i += 1
    return i == len(letters)


def letters_fit(acronym: str, expansion: str, *, strict: bool = False) -> bool:
    """Whether ``acronym``'s letters appear in order in ``expansion``.

    Lenient (default): anywhere in the words, the first letter at a word start (Schwartz &
    Hearst) — "NGSO" fits "non-geostationary orbit". ``strict``: as initials of words or
    hyphenated parts, in order — "CNAS" does not fit "China National Space Administration".
    """
    letters = _letters(acronym)
    if strict:
        return _strict_fit(letters, re.findall(r"[^\s]+", expansion))
    exp = expansion.lower()
    if not letters or not exp:
        return False
    si = len(letters) - 1
    li = len(exp) - 1
    while si >= 0:
        ch = letters[si]
        while li >= 0 and (exp[li] != ch or (si == 0 and li > 0 and exp[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        si -= 1
        li -= 1
    return True


def _words_before(text: str, end: int, limit: int) -> list[tuple[int, int]]:
    """Word spans before ``end`` back to a sentence stop, at most ``limit`` of them."""
    out: list[tuple[int, int]] = []
    pos = end
    while len(out) < limit:
        k = pos - 1
        while k >= 0 and text[k] in " \u00a0":
            k -= 1
        if k < 0 or is_cjk(text[k]):
            break
        if text[k] in _STOP_CHARS and not (text[k] == "." and _DOTTED.search(text[max(0, k - 12) : k + 1])):
            break
        j = k
        # an em dash is a clause's edge even with no space beside it ("Labor—Software"); an en
        # dash joins the parts of a name ("Franco–German") and stays inside the word
        while j >= 0 and not text[j].isspace() and text[j] not in '()[]“”"—':
            j -= 1
        # an HTML entity left in the text separates words: "30&nbsp;global"
        ent = list(_ENTITY.finditer(text, j + 1, k + 1))
        if ent and ent[-1].end() <= k:
            out.append((ent[-1].end(), k + 1))
            break
        out.append((j + 1, k + 1))
        pos = j + 1
        if j >= 0 and text[j] in '()[]“”"':
            break
    out.reverse()
    return out


def _is_cap(word: str) -> bool:
    w = split_elision(word.strip(","))[-1]  # "l'Aviazione": the word after the elided article
    return bool(w) and (w[0].isupper() or w[0].isdigit() and any(c.isupper() for c in w))


def _capitalised_run(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The run of capitalised words (and function words, commas) ending the list."""
    run: list[tuple[int, int]] = []
    for idx in range(len(words) - 1, -1, -1):
        a, b = words[idx]
        w = text[a:b]
        bare = w.rstrip(",")
        if w.endswith(",") and run:
            # a comma inside a name only between capitalised words: "Science, Technology, and"
            nxt = text[run[0][0] : run[0][1]]
            if not _is_cap(bare) or not (_is_cap(nxt) or nxt == "and"):
                break
        if _is_cap(bare) or bare.lower() in _FUNCTION:
            run.insert(0, (a, b))
            continue
        break
    while run and text[run[0][0] : run[0][1]].rstrip(",").lower() in _FUNCTION:
        run.pop(0)
    return run


def _expansion(text: str, open_at: int, acronym: str) -> tuple[int, int] | None:
    """The span of the expansion written before the parenthesis at ``open_at``."""
    end = open_at
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if end == 0:
        return None
    # a link target left in the text between the name and the acronym:
    # "[Blanket Purchase Agreement]({{ "/2018/…" | url }}) (BPA)", "name](https://…) (ACR)"
    # (the target ends at ``end`` and holds no parenthesis: it opens at the last "(" before
    # ``end``, so the search starts there, not at the start of a long text for every acronym)
    opens = text.rfind("(", 0, end)
    target = _LINK_TARGET.search(text, max(0, opens - 1), end) if opens != -1 else None
    if target:
        cut = target.start() - (1 if text[target.start() - 1 : target.start()] == "]" else 0)
        return _expansion(text[:cut], cut, acronym) if cut > 0 else None
    # a quoted expansion: “Anti-Access and Area-Denial” (A2/AD)
    if text[end - 1] in _QUOTE_PAIRS:
        opener = _QUOTE_PAIRS[text[end - 1]]
        q = text.rfind(opener, max(0, end - 120), end - 1)
        if q != -1 and end - 1 - q > 1:
            return q, end
        return None
    words = _words_before(text, end, 16)
    if not words:
        return None
    if _is_cap(text[words[-1][0] : words[-1][1]]):
        start = _capitalised_expansion(text, words, end, acronym)
    else:
        start = _lower_case_expansion(text, words, end, acronym)
    return None if start is None else (start, end)


def _capitalised_expansion(text: str, words: list[tuple[int, int]], end: int, acronym: str) -> int | None:
    """Where a capitalised name before the acronym starts: the shortest end of the run of
    capitalised words whose initials spell it, else the whole run."""
    letters = _letters(acronym)
    run = _capitalised_run(text, words)
    if not run:
        return None
    # shortest end of the run whose initials spell the acronym
    for k in range(len(run) - 1, -1, -1):
        cand = [text[a:b] for a, b in run[k:]]
        if cand[0].rstrip(",").lower() in _FUNCTION:
            continue
        if _strict_fit(letters, cand):
            return run[k][0]
    # a lower-case word before the run may start the name: "contiguous United States (CONUS)"
    ext = _extended(text, words, run, end, acronym)
    if ext is not None:
        return ext
    # no fit: the whole run, but not past a possessive ("the State Council’s …"); a plural
    # one is a word of the name when the name then spells the acronym but for a slip ("the
    # Airport Rail Operators’ Forum (AROG)"), not when its initials are other letters: the
    # body's own acronym in its own language ("European Automobile Manufacturers’
    # Association (ACEA)")
    start_idx = 0
    for k in range(len(run) - 1, -1, -1):
        w = text[run[k][0] : run[k][1]]
        if re.search(r"[’']s?$", w) and k < len(run) - 1:
            if re.search(r"[sS][’']$", w) and _a_slip(letters, run, text):
                continue
            start_idx = k + 1
            break
    for k in range(len(run) - 2, start_idx - 1, -1):
        if text[run[k][0] : run[k][1]] == "and" and text[run[k + 1][0] : run[k + 1][1]] in ("the", "a", "an"):
            start_idx = k + 2  # "18F and the Digital Office (DIGO)": two bodies joined, the name is the last
            break
    if start_idx == 0 and len(run) > 3 and text[run[1][0] : run[1][1]] in ("the", "a", "an"):
        start_idx = 1  # "Under the Offshore Transmission (OFTO)": a sentence's first word, then an article
    elif start_idx == 0 and len(run) > 4 and _initials(text[run[0][0] : run[0][1]])[:1] != letters[:1]:
        # "Officials of the Lake Victoria Basin (LVBC)", "Analysts at the European
        # Investment Fund (EIB)": a sentence's subject, a preposition and an article before
        # a name that opens with the acronym's first letter
        if (
            text[run[1][0] : run[1][1]] in _SUBJECT_PREPOSITIONS
            and text[run[2][0] : run[2][1]] in ("the", "a", "an")
            and _initials(text[run[3][0] : run[3][1]])[:1] == letters[:1]
        ):
            start_idx = 3
    while start_idx < len(run) and text[run[start_idx][0] : run[start_idx][1]].lower() in _FUNCTION:
        start_idx += 1
    if start_idx >= len(run) or len(run) - start_idx > 12:
        return None
    return run[start_idx][0]


#: prepositions after a sentence's subject and before the body it belongs to ("Officials
#: of the …", "Analysts at the …")
_SUBJECT_PREPOSITIONS = ("of", "at", "from", "with", "in")


def _a_slip(letters: str, run: list[tuple[int, int]], text: str) -> bool:
    """Do the initials of the run's last words (through a plural possessive, to its end)
    spell the acronym's letters with one letter changed or two neighbours swapped?"""
    words = [text[a:b] for a, b in run]
    init = "".join(_initials(w.strip(",")) for w in words if w.lower().strip(",") not in _FUNCTION)
    # the name may start anywhere in the run before the possessive: take its last len(letters)
    init = init[-len(letters) :] if len(init) >= len(letters) else init
    if len(init) != len(letters):
        return False
    diff = [i for i in range(len(init)) if init[i] != letters[i]]
    if len(diff) <= 1:
        return True
    a, b = diff[0], diff[-1]
    return len(diff) == 2 and b == a + 1 and init[a] == letters[b] and init[b] == letters[a]


def _lower_case_expansion(text: str, words: list[tuple[int, int]], end: int, acronym: str) -> int | None:
    """Where a lower-case expansion starts: the shortest phrase whose letters spell the acronym."""
    letters = _letters(acronym)
    window = words[-min(len(words), max(len(letters) + 5, 2 * len(letters))) :]
    starts = [w[0] for w in reversed(window) if text[w[0] : end].lstrip('“‘"')[:1].lower() == letters[:1]]
    # word initials first ("tracking, telemetry and command"), then letters anywhere
    for a in starts:
        if _strict_fit(letters, text[a:end].split()):
            return a
    for a in starts:
        if letters_fit(acronym, text[a:end]):
            return a
    cut = _cut_short(text, words, letters)
    if cut is not None:
        return cut
    # the first word swapped for another ("Western air capture (DAC)"): one word a letter,
    # every initial but the first in place (the acronym rules judge it a mismatch)
    n = len(letters)
    if not (3 <= n <= len(words) and letters.isalpha()):
        return None
    # the last n words, function words between them passed over ("direction générale de
    # l'aviation civile": d, g, a, c); an elided article is a word of its own
    k, content = len(words), 0
    while k > 0 and content < n:
        k -= 1
        w = text[words[k][0] : words[k][1]]
        if split_elision(w)[-1].lower() not in _FUNCTION:
            content += 1
    if content < n:
        return None
    last = [split_elision(text[a:b])[-1] for a, b in words[k:] if split_elision(text[a:b])[-1].lower() not in _FUNCTION]
    if len(last) != n or not all(w[:1].isalpha() for w in last):
        return None  # (a word that is no word, "0", has no initial)
    init = "".join(_fold_initial(w) for w in last)
    if init[0] != letters[0] and init[1:] == letters[1:]:
        return words[k][0]
    # two letters swapped ("liquefied natural gas (LGN)"): the initials of the last
    # words, the first in place, are the acronym's letters in another order
    if (
        init != letters
        and init[0] == letters[0]
        and sorted(init) == sorted(letters)
        and sum(a != b for a, b in zip(init, letters)) == 2
    ):
        return words[k][0]
    return None


def _cut_short(text: str, words: list[tuple[int, int]], letters: str) -> int | None:
    """Where a lower-case name cut short starts (:func:`letter_lost`): the last words before
    the parenthesis, function words passed over, as many as give all but one of the
    acronym's letters."""
    n = len(letters)
    if not (3 <= n <= 8 and letters.isalpha()):
        return None
    content: list[tuple[int, str]] = []  # (start, word) of the last words
    for a, b in reversed(words):
        w = text[a:b].strip('“‘"')
        if w.lower() in _FUNCTION:
            continue
        if not re.fullmatch(r"[A-Za-z][A-Za-z-]*", w):
            return None
        content.insert(0, (a, w))
        if len("".join(_initials(x) for _, x in content)) >= n - 1:
            break
    if letter_lost(letters, " ".join(w for _, w in content)) is None:
        return None
    return content[0][0]


def letter_lost(letters: str, expansion: str) -> int | None:
    """The place of the one acronym letter a name cut short leaves unexplained, or None: the
    name's words give every other letter as their initials, in order, the first letter the
    first word's; the letter left is the acronym's last ("onshore power (OPS)": supply
    lost) or, in a name of three words or more, one between two words ("long-duration
    storage (LDES)": energy lost), and the word before it does not hold it (a syllable
    acronym takes its letters from inside a word: "photovoltaic (PV)") nor give it by its
    sound ("unspent transaction output (UTXO)": TX, as "user experience" gives UX)."""
    n = len(letters)
    content = [w for w in expansion.split() if w.lower() not in _FUNCTION]
    init = "".join(_initials(w) for w in content)
    if not (3 <= n <= 8) or len(init) != n - 1 or len(content) < 2 or init[:1] != letters[:1]:
        return None
    every = iter("".join(_initials(w) for w in expansion.split()))
    if all(ch in every for ch in letters):
        return None  # "leak detection and repair (LDAR)": a little word gives the letter
    parts = [p.lower() for w in content for p in w.split("-") if p]
    for i in range(1, n):
        if letters[:i] + letters[i + 1 :] != init:
            continue
        if (i < n - 1 and len(parts) < 3) or letters[i] in parts[i - 1][1:]:
            return None
        if fit(letters[i - 1 : i + 1], parts[i - 1]) == "fits":
            return None  # the word before gives both letters by its sound: "transaction" (TX)
        return i
    return None


def _fold_initial(word: str) -> str:
    """A word's initial without its accent ("générale": g)."""
    import unicodedata

    return unicodedata.normalize("NFKD", word[:1]).encode("ascii", "ignore").decode().lower() or word[:1].lower()


def _judge_fits(acronym: str, expansion: str) -> bool:
    return fit(acronym, expansion) == "fits"


def _extended(
    text: str, words: list[tuple[int, int]], run: list[tuple[int, int]], end: int, acronym: str
) -> int | None:
    """The start of a name that begins with lower-case words before a capitalised run,
    when the run alone does not fit the acronym and the longer phrase does."""
    if _judge_fits(acronym, text[run[0][0] : end]):
        return None
    first = _letters(acronym)[:1]
    idx = words.index(run[0]) if run[0] in words else -1
    for n in range(1, min(6, len(_letters(acronym)) + 1)):
        k = idx - n
        if k < 0:
            break
        w = text[words[k][0] : words[k][1]]
        if not w[:1].islower() or w.endswith(","):
            break
        if w[:1] == first and w.lower() not in _FUNCTION and _judge_fits(acronym, text[words[k][0] : end]):
            return words[k][0]  # (not an article: "the framework of the Task Force …" is no name)
    return None


_LIST_SEPARATOR = re.compile(r"\s*[,，;；]\s*")


def find_acronyms(text: str) -> list[dict[str, Any]]:
    """Definitions in ``text``: dicts with start, end, acronym, expansion, native."""
    out: list[dict[str, Any]] = []
    for m in _PAREN.finditer(text):
        # "(hereafter ECB)", "(the ECB)", "(“ECB”)": the acronym said to stand for the name
        inner = _DEFINING.sub("", m.group(1).strip()).strip("“”\"‘’'")
        parts = [p.strip() for p in _LIST_SEPARATOR.split(inner) if p.strip()]
        if (
            len(parts) == 1
            and _POSSESSIVE.search(parts[0])
            and _POSSESSIVE.search(text[max(0, m.start() - 40) : m.start()].rstrip())
        ):
            # the name and its acronym both possessive: "the Weather Service’s (WS’s) forecast"
            parts = [_POSSESSIVE.sub("", parts[0])]
        # a numbered name: "Executive Order 14030 (EO 14030)", after the name with its number
        # ("BIP460 (BIPs #2212)": a reference to another numbered thing, not a definition)
        numbered = [_NUMBERED_NAME.match(p) for p in parts]
        before = text[: m.start()].rstrip()
        if any(n and not before.endswith(n.group(0)[len(n.group(1)) :].strip().lstrip("#")) for n in numbered):
            continue
        parts = [n.group(1) if n else p for n, p in zip(numbered, parts)]
        acr = [p for p in parts if is_acronym(p) or (len(parts) == 1 and _named_numeral(text, m.start(), p))]
        native = [p for p in parts if not p.isascii() and any(is_cjk(ch) for ch in p) and not is_acronym(p)]
        if len(acr) == 1 and len(parts) == 2 and not native:
            # "the Federal Office for Migration and Refugees (Bundesamt für Migration und
            # Flüchtlinge, BAMF)": the body's own name beside its acronym
            native = [n for p in parts if p != acr[0] and (n := own_language_name(p, acr[0])) is not None]
        if len(acr) == 1 and len(acr) + len(native) == len(parts):
            found = _acronym_in_parenthesis(text, m, acr[0], native)
            if found is not None and _file_type_label(acr[0], found["expansion"]):
                found = None
        elif not acr and len(parts) == 1 and (inner.isascii() or not any(is_cjk(ch) for ch in inner)):
            found = _expansion_in_parenthesis(text, m, inner)
        else:
            found = None
        if found is not None:
            out.append(found)
    # "the European Central Bank, or ECB, sets rates": the acronym in an apposition
    if ", or " in text:
        for m in _OR_ACRONYM.finditer(text):
            acronym = m.group(1)
            if not is_acronym(acronym):
                continue
            span = _expansion(text, m.start(), acronym)
            if span is None or not _judge_fits(acronym, text[span[0] : span[1]]):
                continue  # only a name whose letters give the acronym: "X, or ABC," is often a list
            expansion = text[span[0] : span[1]].strip().rstrip(",")
            out.append({"start": span[0], "end": m.end(1), "acronym": acronym, "expansion": expansion, "native": None})
        out.sort(key=lambda d: d["start"])
    if " as " in text:
        for m in _KNOWN_AS.finditer(text):
            # a clause that names the acronym as the name's: any letters, the rules judge them
            acronym = m.group(1)
            span = _expansion(text, m.start(), acronym) if is_acronym(acronym) else None
            if span is None or judge(acronym, text[span[0] : span[1]]) == "unrelated":
                continue
            expansion = text[span[0] : span[1]].strip().rstrip(",")
            out.append({"start": span[0], "end": m.end(1), "acronym": acronym, "expansion": expansion, "native": None})
    if ", or " in text or ", the " in text:
        for m in _OR_NAME.finditer(text):
            acronym, name = m.group(1), m.group(3)
            if not is_acronym(acronym) or not name.split()[-1][:1].isupper():
                continue
            if sum(w[:1].isupper() for w in name.split()) < 2 or judge(acronym, name) == "unrelated":
                continue  # "the UK, or Britain,": one word; "in USD, or Swiss Francs,": another thing
            if not m.group(2).startswith("or") and not (
                text[m.end(3) : m.end(3) + 1] == "," and _initial_per_word(acronym, name)
            ):
                # "GASC, the Government Agency for Strategic Commodities, had …": without "or"
                # the name is set off as an apposition whose words give one letter each (not
                # a list: "the EU, the European Investment Bank, and …")
                continue
            out.append({"start": m.start(1), "end": m.end(3), "acronym": acronym, "expansion": name, "native": None})
    out.sort(key=lambda d: d["start"])
    return out


#: the formats a link to a document is labelled with: "[Annual report](…) (PDF)"
_FILE_TYPES = frozenset(
    "PDF DOC DOCX XLS XLSX PPT PPTX CSV TXT RTF ODT ODS ODP ZIP EPUB XML JSON MP3 MP4 PNG JPG".split()
)


def _initial_per_word(acronym: str, name: str) -> bool:
    """Does each letter of ``acronym`` stand for one content word of ``name``, in order
    (the initials an editor would expect, :func:`claimcheck.extract.acronym_letters.initials`)?"""
    return initials(name).lower() == _letters(acronym)


def _file_type_label(acronym: str, expansion: str) -> bool:
    """A file format in brackets after a document's title ("SSA Guide to Accessible Word
    and PDF Documents (PDF)", "Checklist for Desktop Computers (DOCX)") labels the link, it
    does not define the format; a name whose initials spell it ("Portable Document Format
    (PDF)") does."""
    code = acronym[:-1] if acronym.endswith("s") else acronym
    return code.upper() in _FILE_TYPES and not letters_fit(acronym, expansion, strict=True)


def _numeral_letters(token: str) -> bool:
    """Is ``token`` written as an acronym in letters a Roman numeral could be ("CDI", "XII")?"""
    return bool(_ROMAN.match(token) and _ACR.match(token))


def _named_numeral(text: str, open_at: int, token: str) -> bool:
    """Is ``token``, letters a Roman numeral could be ("CCC", "DC", "MI"), the acronym of the
    capitalised name right before its bracket, every letter a word's initial ("the Climate
    Change Committee (CCC)"; in another order or one letter off after the first, "Carbon
    Intensity Indicator (CCI)", a slip for AC002)? A numeral after a name ("Pope Pius (XII)") fits no name."""
    if not (_numeral_letters(token) and 2 <= len(token) <= 6):
        return False
    span = _expansion(text, open_at, token)
    if span is None:
        return False
    expansion = text[span[0] : span[1]].strip().rstrip(",")
    ws = expansion.split()
    if not ws or not ws[0][:1].isupper():
        return False
    content = [w for w in ws if w.lower() not in _FUNCTION]
    init = "".join(_initials(w) for w in content)
    # the initials in another order are a slip in an acronym ("Carbon Intensity Indicator
    # (CCI)"), not a numeral
    letters = _letters(token)
    if len(content) < 2 or len(init) != len(letters) or init[:1] != letters[:1]:
        return False
    return sorted(init) == sorted(letters) or sum(a != b for a, b in zip(init, letters)) <= 1


#: a language named before a body's own name: "German: ", "in French, "
_LANGUAGE_LABEL = re.compile(r"^(?:in[ \t]+)?[A-Z][a-z]+[ \t]*[:,][ \t]*")


def own_language_name(part: str, acronym: str) -> str | None:
    """``part`` when it is a body's name in its own language, the acronym its letters: a
    capitalised name of several words whose initials (or letters in order) fit the acronym
    ("Bundesamt für Migration und Flüchtlinge" for BAMF, "Agencia Española de Cooperación
    Internacional para el Desarrollo" for AECID), or one long compound word that holds the
    acronym's letters in order from its first ("Bundesnetzagentur" for BNetzA); a language
    named before it ("German: …") is left out. None for anything else in the parenthesis (a
    person, a place: "Jane Roe, NASA"; "Berlin, BER")."""
    name = _LANGUAGE_LABEL.sub("", part).strip("“”\"‘’' ")
    words = name.split()
    if not words or not name[:1].isupper() or len(words) > 14 or any(ch.isdigit() for ch in name):
        return None
    letters = _letters(acronym)
    if len(words) > 1 and judge(acronym, name) == "fits":
        return name
    # the letters in order from the name's first, the words' initials (its own language's
    # small words too: the F of "für" in BAMF) giving half of them or more; or one long
    # compound ("Bundesnetzagentur") holding them
    joined = "".join(words).lower()
    if len(letters) < 3 or joined[:1] != letters[:1] or (len(words) == 1 and len(joined) < 10):
        return None
    at = 0
    for ch in letters:
        at = joined.find(ch, at)
        if at < 0:
            return None
        at += 1
    heads = [w[:1].lower() for w in words]
    given = sum(1 for ch in set(letters) if ch in heads)
    return name if len(words) == 1 or 2 * given >= len(set(letters)) else None


def _acronym_in_parenthesis(text: str, m: re.Match[str], acronym: str, native: list[str]) -> dict[str, Any] | None:
    """European Space Agency (ESA), 中国 names beside it: the expansion before the parenthesis."""
    span = _expansion(text, m.start(), acronym)
    if span is None:
        return None
    s, e = span
    expansion = _POSSESSIVE.sub("", text[s:e].strip().strip('“”"‘’').strip().rstrip(","))
    if not expansion or any(is_cjk(ch) for ch in expansion):
        return None
    return {
        "start": s,
        "end": m.end(),
        "acronym": acronym,
        "expansion": expansion,
        "native": native[0] if native else None,
    }


def _expansion_in_parenthesis(text: str, m: re.Match[str], inner: str) -> dict[str, Any] | None:
    """Reverse order: ESA (European Space Agency), or with a noun between: "the SAFE
    instrument (Security Action for Europe)"."""
    before = re.search(
        r"(?:^|[\s(“\"])([A-Z][A-Za-z0-9&/.]*)((?:\s+[a-z][a-z-]+){0,2})\s*$",
        text[max(0, m.start() - 40) : m.start()],
    )
    if not before:
        return None
    acronym = before.group(1)
    # "UNHCR (the United Nations High Commissioner for Refugees)": the article is no part of the name
    inner = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", inner)
    if not is_acronym(acronym) and not (
        _numeral_letters(acronym) and set(acronym) & set("CDLM") and _judge_fits(acronym, inner)
    ):
        # (letters that also make a Roman numeral, "CDI", spelt out by a name that fits them;
        # not a numeral of I, V and X: "Part II (Implementation Issues)" is a part's title)
        return None
    words = inner.split()
    caps = [w for w in words if w[:1].isupper()]
    if len(words) < 2 or len(words) > 10:
        return None
    if (len(caps) < 2 or not words[0][:1].isupper()) and not (
        words[0][:1].islower() and _judge_fits(before.group(1), inner)
    ):
        return None  # "FY (fiscal year)" only when the letters fit
    if words[0][0].lower() != _letters(acronym)[:1]:
        return None
    if before.group(2) and not _judge_fits(acronym, inner):
        return None
    start = max(0, m.start() - 40) + before.start(1)
    return {"start": start, "end": m.end(), "acronym": acronym, "expansion": inner, "native": None}


def spelt_out_before(text: str, at: int, expansion: str) -> bool:
    """Is the acronym at ``at`` in ``text`` given in a parenthesis right after ``expansion``
    written in other capitals ("customer experience (CX)", of a definition "Customer
    Experience (CX)"; hyphens for spaces, "open-source software (OSS)")? Such a use spells
    the name out as a definition does, though its letters need not fit a lower-case
    expansion's (:func:`extract_acronyms` records none there). A use not in a parenthesis, or
    with other words before it, is not spelt out."""
    words = expansion.split()
    if not words or not text[:at].rstrip().endswith("("):
        return False
    pattern = r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"\s*\($"
    return re.search(pattern, text[max(0, at - len(expansion) - 40) : at], re.IGNORECASE) is not None


def extract_acronyms(units: Iterable[TextUnit]) -> Iterator[AcronymClaim]:
    for unit in units:
        if "(" not in unit.text and ", or " not in unit.text and " as " not in unit.text and ", the " not in unit.text:
            continue
        for d in find_acronyms(unit.text):
            yield AcronymClaim(
                **unit.common(d["start"], d["end"]),
                acronym=d["acronym"],
                expansion=d["expansion"],
                native=d["native"],
            )
