"""How an acronym's letters fit its expansion, word by word (acronym extraction and the AC rules).

``fit(acronym, expansion)`` answers ``"fits"``, ``"cut"`` (every word gives its initial
and the acronym still has letters left, at the end or, for a word missing inside a
longer name, between them: "European Travel Information System (ETIAS)") or ``"mismatch"``. Ordinary patterns fit:
function words skipped or used ("TT&C" uses "and"), several letters from one word when
the acronym has more letters than the name has words ("ASAT" = anti-satellite, "CONUS" =
contiguous United States), each part of a hyphenated word or of a word with inner
capitals ("SOEs" = state-owned enterprises, "HTLC" = Hash TimeLock Contract), the part
after a common prefix inside a word ("ASF" = AeroSpace Force, "NGSO" = non-geostationary
orbit, "PRNG" = pseudorandom number generator), "X" for "ex-" ("UX"), a digit for "to" ("P2P"), a number after the letters
("CMIP6"), a word in capitals giving all its letters ("US Patent and Trademark Office
(USPTO)"), a country code the name leaves out ("Geological Survey (USGS)"), extra words
before or after, content words left out ("CLTC"), and the clipped heads of some of the
name's words ("INTERPOL" = INTERnational Criminal POLice Organization).

``judge(acronym, expansion)`` adds ``"unrelated"``: a parenthesis that is not a definition
at all (an affiliation, a file type, a code, a nickname).
"""

from __future__ import annotations

from claimcheck import lazyre as re
from claimcheck.text import one_edit
import unicodedata
from functools import lru_cache

FUNCTION_WORDS = frozenset("a an and at by de del des du for in la le of on or the to und von with &".split())
#: the same closed class (articles, prepositions, conjunctions) of the other languages
#: whose names are written before an acronym in English text: names of bodies keep their
#: language ("Afet ve Acil Durum …", "Caisse d'allocations familiales"); a function word
#: may give its letter or not, so a word that is also English content ("die") loses nothing
OTHER_FUNCTION_WORDS = frozenset(
    # French, Spanish, Catalan, Portuguese, Italian
    "au aux et les sur pour par à el los las y e para por al con en da das dos na nas em "
    "di della delle dello dei degli il nel nella per ed els i "
    # German, Dutch, the Nordic languages
    "der die dem den das für zu zur zum im am van het voor op og och til af av på "
    # Turkish, Polish, Czech
    "ve ile w z ze do no i a".split()
)
#: an elided article or preposition written onto the next word: "d'allocations",
#: "l'Aviazione", "dell'Energia", "qu'"; split off as a word of its own
ELIDED = frozenset("d' l' qu' j' n' s' c' m' t' dell' dall' nell' all' sull' coll' degl' dagl' negl' sugl' un'".split())
FUNCTION_WORDS = FUNCTION_WORDS | OTHER_FUNCTION_WORDS | ELIDED
_ELISION = re.compile(r"^([^\W\d_]{1,5})'(?=[^\W\d_])")
_PREFIXES = (
    "aero",
    "astro",
    "geo",
    "cyber",
    "micro",
    "macro",
    "tele",
    "bio",
    "info",
    "electro",
    "hydro",
    "photo",
    "radio",
    "thermo",
    "multi",
    "inter",
    "intra",
    "trans",
    "super",
    "sub",
    "counter",
    "space",
    "cosmo",
    "hyper",  # "Hypertext" gives H and T (HTML)
    "pseudo",  # "pseudorandom" gives P and R (PRNG)
    "ultra",
    "semi",
    "nano",
    "poly",
    "south",  # "Southeast Asian" gives S and E
    "north",
    "haemo",  # "haemodialysis" gives H and D (HHD = home haemodialysis)
    "hemo",
    "cardio",
    "neuro",
    "immuno",
    "petro",
    "anti",  # "anticorruption" gives A and C
)
#: the second roots of common closed compounds ("seaWater", "worldWide", "railWay",
#: "greenHouse"): such a word gives the initial of its second root too (SWRO = seawater
#: reverse osmosis), and, when the acronym takes syllables, its whole first root
#: (LOGWORLD = Logistics Worldwide). Not endings that are suffixes or end words that are
#: no compounds: "-ship" (partnership), "-port" (support, transport)
_HEADS = (
    "water",
    "wide",
    "way",
    "ways",
    "house",
    "land",
    "lands",
    "line",
    "work",
    "works",
    "ware",
    "board",
    "book",
    "craft",
    "field",
    "power",
    "stream",
    "ground",
    "place",
)


def acronym_letters(acronym: str) -> str:
    """Lower-case letters to explain: plural s dropped, 'A2' read as 'AA', '&' and '/' out,
    a number at the end ("CMIP6", "G20") left out: it is a version or edition, not letters."""
    return _letter_variants(acronym)[0]


def letter_readings(acronym: str) -> tuple[str, ...]:
    """Every way to read the acronym's letters ("P2QRH": ppqrh, the digit doubling the P as in
    "A2/AD", and pqrh, the digit standing for "to"), :func:`acronym_letters`'s first."""
    return _letter_variants(acronym)


def _letter_variants(acronym: str) -> tuple[str, ...]:
    """Ways to read the acronym's letters: a digit between letters doubles the letter before
    it ("A2/AD") or stands for a word ("P2P": peer-to-peer, "B4": before), which may then
    be a function word the expansion spells out or not."""
    a = acronym.strip()
    if len(a) > 2 and a.endswith("s") and a[:-1].isupper():
        a = a[:-1]
    a = re.sub(r"(?<=[A-Za-z])\d+$", "", a)
    doubled, dropped = [], []
    for m in re.finditer(r"([A-Za-z])(\d?)", a):
        ch = m.group(1).lower()
        doubled.append(ch * (int(m.group(2)) if m.group(2) else 1))
        dropped.append(ch)
    out = ["".join(doubled)]
    if "".join(dropped) != out[0]:
        out.append("".join(dropped))
    return tuple(out)


def words(expansion: str) -> list[str]:
    text = expansion.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    return [p for w in re.split(r"[\s,;]+", text.strip()) if w for p in split_elision(w)]


def split_elision(word: str) -> tuple[str, ...]:
    """A word with an elided article or preposition before it, as two words:
    "d'études" -> "d'", "études"; "L'Aquila" -> "L'", "Aquila"; any other word alone."""
    m = _ELISION.match(word.replace("’", "'"))
    if m and (m.group(0).lower() in ELIDED or len(m.group(1)) == 1):
        return word[: m.end()], word[m.end() :]
    return (word,)


def initials(expansion: str) -> str:
    """The acronym an editor would expect: initials of the content words (and of
    capitalised hyphen parts: "Anti-Access" gives AA, "State-owned" gives S)."""
    out = []
    for w in words(expansion):
        if w.lower() in FUNCTION_WORDS:
            continue
        if re.fullmatch(r"(?:[A-Z]\.){2,}", w):
            out.append(w.replace(".", ""))  # dotted initials give one letter each: "U.N." gives UN
            continue
        parts = [p for p in re.split(r"[-/]", w) if p and p[0].isalpha()]
        if parts:
            out.append(parts[0][0].upper() + "".join(p[0] for p in parts[1:] if p[0].isupper()))
    return "".join(out)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: word beginnings a letter other than their first conventionally stands for:
#: "eXperience" (UX), "EXchange", "TX" for transaction, "X" for cross
_SOUNDS = (("ex", ("x",)), ("trans", ("x", "tx")), ("cross", ("x",)))


def _parts(word: str) -> list[str]:
    """A word's parts: hyphenated or slashed parts, and inner capitals ("TimeLock")."""
    out: list[str] = []
    for p in re.split(r"[-/]", word):
        out.extend(q for q in _CAMEL.split(p) if q)
    return [p for p in out if p[0].isalpha()]


def _fold(word: str) -> str:
    """The word without its diacritics: "études" gives the E of CNES, "İhracat" the I."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.replace("ı", "i")) if not unicodedata.combining(ch))


def _options(word: str, lenient: bool, multi: bool) -> set[str]:
    """Strings of letters one word may give the acronym.

    ``multi``: a word may give its first two to four letters ("SATellite", "SCANning"),
    allowed only when the acronym has more letters than the expansion has content words;
    otherwise it would make anything fit. A word in capitals ("US", "U.S.", "NASA") may
    give all its letters.
    """
    word = _fold(word)
    lw = word.lower()
    function = lw in FUNCTION_WORDS
    bare = word.replace(".", "")
    if len(bare) >= 2 and bare.isalpha() and bare.isupper():
        lb = bare.lower()
        # or its first letter and one more, in order: an acronym of an acronym takes a
        # syllable of it ("LNURL Documents (LUD)")
        opts = {lb[0], lb} | {lb[0] + ch for ch in lb[1:]}
        if lenient:
            opts.add("")
        return opts
    parts = [p.lower() for p in _parts(word)]
    if not parts:
        return {""}
    per_part: list[set[str]] = []
    for i, part in enumerate(parts):
        opts = {part[:n] for n in range(1, (min(4, len(part)) if multi else 1) + 1)}
        if lenient and multi:
            # two words joined by a lost hyphen ("stateowned"): a second letter from inside,
            # starting a word of three letters or more (not "transmissiOn")
            opts.update(part[0] + ch for ch in set(part[2:-2]) if ch.isalpha())
        for pre in _PREFIXES:
            if part.startswith(pre) and len(part) > len(pre) + 2:
                opts.add(part[0] + part[len(pre)])
                if lenient:
                    opts.add(part[len(pre)])
        opts.update(_compound_options(part, multi))
        for start, gives in _SOUNDS:
            if part.startswith(start) and len(part) > len(start) + 1:
                opts.update(gives)
        if i > 0 or part in FUNCTION_WORDS:
            opts.add("")
        per_part.append(opts)
    combos = {""}
    for opts in per_part:
        combos = {c + o for c in combos for o in opts}
    if function or lenient:
        combos.add("")
    if not (function or lenient):
        combos.discard("")
    return combos


def _compound_options(part: str, multi: bool) -> set[str]:
    """The letters a closed compound with a common second root gives: the initials of both
    roots ("seawater": sw), and with ``multi`` the first root's leading letters, up to all
    of it, alone or before the second root's initial ("worldwide": world, worldw)."""
    out: set[str] = set()
    for head in _HEADS:
        first = part[: len(part) - len(head)]
        if part.endswith(head) and len(first) >= 3 and first.isalpha():
            out.add(first[0] + head[0])
            if multi:
                out.update(first[:n] + tail for n in range(1, len(first) + 1) for tail in ("", head[0]))
    return out


def fit(acronym: str, expansion: str) -> str:
    """``"fits"``, ``"cut"`` or ``"mismatch"``: the best of the acronym's readings.

    A country or region code the expansion leaves out ("USGS" for the Geological Survey,
    "CARB" for California's Air Resources Board) is allowed before letters that fit.
    """
    ws = tuple(words(expansion))
    results = [_fit(v, ws) for v in _letter_variants(acronym)]
    if "fits" in results:
        return "fits"
    letters = acronym_letters(acronym)
    first = initials(expansion)[:1].lower()
    # (a body's name, capitalised: a thing named in lower case, "autonomous surface
    # vessels (USVs)", has no country's code before it)
    named = next((w[:1].isupper() for w in ws if w.lower() not in FUNCTION_WORDS), False)
    if first and letters[:1] != first and named:
        for n in (2, 1):
            if len(letters) - n >= 2 and letters[:n] in _region_prefixes() and _fit(letters[n:], ws) == "fits":
                return "fits"
    return "cut" if "cut" in results else "mismatch"


def lost_at_start(acronym: str, expansion: str, verdict: str | None = None) -> str | None:
    """The one to three letters a capitalised name of two words or more leaves unexplained
    before its first word, when the rest of the acronym is its words' initials in order
    ("Personnel Selection Office (EPSO)": European lost; "Trench Kiln (FCBTK)": Fixed-Chimney
    Bull's lost), else None. A country's code there is the body's own prefix, not a word
    lost ("the Space Agency (UKSA)", "the Met Office (UKMO)": official short names), and
    so are letters set off by a hyphen, a parent body's acronym ("Bureau of Animal Industry
    (DA-BAI)": the department's DA). (``verdict``: :func:`judge`'s reading before this one,
    when known.)"""
    words = [w for w in expansion.split() if w.lower() not in FUNCTION_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    letters, init = acronym_letters(acronym), initials(expansion).lower()
    extra = letters[: len(letters) - len(init)]
    if not 1 <= len(extra) <= 3 or not init or not letters.endswith(init) or region_prefix(extra):
        return None
    if re.match(r"[^\W\d_]+(?=-)", acronym) and acronym.split("-")[0].lower() == extra:
        return None  # "DA-BAI": the parent body's acronym, then the body's own
    if (verdict or _judge(acronym, expansion)) == "fits":
        return None
    return extra


def region_prefix(letters: str) -> bool:
    """Are ``letters`` (lower case) a country's or a union's code that an acronym may put
    before a name that leaves it out ("UKSA" for "the Space Agency", "USGS", "EUIPO")?"""
    return letters in _region_prefixes() or letters == "uk"


@lru_cache(maxsize=1)
def _region_prefixes() -> frozenset[str]:
    # kept in the cache folder (claimcheck.cache), tied to pycountry's table: a run need
    # not import pycountry and read it
    from claimcheck import cache

    def build() -> list[str]:
        import pycountry

        return sorted({c.alpha_2.lower() for c in pycountry.countries})

    table = cache.package_file("pycountry", "databases", "iso3166-1.json")
    codes = build() if table is None else cache.load_or_build("country-alpha2", [table], build)
    return frozenset(codes) | {"eu", "un", "u"}


def judge(acronym: str, expansion: str) -> str:
    """Is this a definition at all, and does it fit? ``"fits"``, ``"cut"``, ``"mismatch"``
    or ``"unrelated"``.

    Parentheses after a phrase hold many things besides the acronym of that phrase: a
    person's affiliation ("Jane Roe (NASA)"), a nickname, a file type after a title
    ("(PDF)"), a code or ticker, a currency, the acronym of a body the phrase only
    mentions. Those are ``"unrelated"``: an identifier (letters and a number of two or
    more digits, "CAR516"); one plain word before the parenthesis; or an
    acronym whose first letter is not the first initial of the phrase; or one that shares
    fewer than half of its letters with the phrase's initials. Words before the name ("U.S.
    General Services …", "Standing Committee on Plants, …") are passed over to the first of
    the next three words that starts with the acronym's letter (the third in capitals); a first word swapped for another ("Western air capture (DAC)", every other letter
    in place, three letters or more) is a mismatch. A real slip keeps the first
    letter or all the others, and most letters: "China National Space Administration (CNAS)", the acronym of a
    sibling body ("SASTIND" for "State-owned Assets … Commission"). A name whose missing
    letters all sit inside its words ("Core Lightning (CLN)") fits, and so does a short
    form that leaves more than a third of the letters out ("the Islamic State (ISIL)"): a
    lost word leaves one or two.
    """
    verdict = _judge(acronym, expansion)
    if verdict == "unrelated" and lost_at_start(acronym, expansion, verdict) is not None:
        return "cut"  # "the Trench Kiln (FCBTK)": the words before the name lost
    if verdict == "fits" and _two_swapped(acronym_letters(acronym), expansion):
        return "mismatch"  # letters from inside words made a swap fit
    if verdict == "fits" and _vowel_lost(acronym_letters(acronym), expansion):
        return "cut"  # "Federal Railroad (FRA)": the A of a lost Administration
    return verdict


#: the head nouns of a body's name ("Company", "Corporation"): a name that ends in one is
#: whole, and a vowel after its initial is a syllable taken ("Korea Electric Power
#: Corporation (KEPCO)")
_BODY_HEADS = frozenset(
    "company corporation agency authority association administration organisation organization "
    "office institute initiative index union exchange executive alliance act agreement operator "
    "council committee commission board bank fund service group foundation".split()
)
#: the nouns that make a name a public or private body's ("Federal Office of …", "Ministry of
#: …", "… Institute"): the head nouns above that name bodies, and more
BODY_NOUNS = (_BODY_HEADS - {"index", "initiative", "act", "agreement", "exchange"}) | frozenset(
    "ministry department centre center court federation directorate bureau chamber inspectorate tribunal "
    "institution agency".split()
)


def _vowel_lost(letters: str, expansion: str) -> bool:
    """Is the acronym a capitalised English name's initials and one vowel more, the vowel at
    its end, that only the last word's second letter gives ("Federal RAilroad (FRA)",
    "Tennessee VAlley (TVA)")? Syllables taken make consonants ("Core LightNing"); a vowel
    left at the end is the initial of a word lost (Administration, Authority), unless the
    name already ends in a body's head noun ("Korea Electric Power COrporation (KEPCO)") or
    the vowel is the O of the syllable CO ("Blind Signature COmmitment (BSCO)")."""
    ws = words(expansion)
    content = [w for w in ws if w.lower() not in FUNCTION_WORDS]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return False
    if any(w.lower() in _NOT_ENGLISH for w in ws):
        return False
    last = _fold(content[-1]).lower()
    if last in _BODY_HEADS or len(last) < 3 or last.startswith("co"):
        return False  # (CO, the syllable of Company, Commitment, Cooperation: "BSCO")
    init = part_initials(expansion)
    return letters[-1:] in ("a", "e", "i", "o", "u") and letters == init + last[1] and letters[-1] == last[1]


#: letters of a word in capitals past which it is words run together (an opcode or a
#: constant's name), whose initials cannot be told
_RUN_TOGETHER = 12


def _judge(acronym: str, expansion: str) -> str:
    verdict = fit(acronym, expansion)
    if verdict == "fits":
        return "fits"
    if re.search(r"[A-Za-z]\d{2,}$", acronym.strip()):
        return "unrelated"  # "(CAR516)", "(BIP118)": an identifier, not an acronym
    letters = acronym_letters(acronym)
    content = [w for w in words(expansion) if w.lower() not in FUNCTION_WORDS]
    if len(content) < 2 and not (content and len(_parts(content[0])) > 1):
        return "unrelated"
    if any(len(w) >= _RUN_TOGETHER and w.isalpha() and w.isupper() for w in content):
        return "unrelated"  # "CHECKINPUTCONTRACTVERIFY (CICV)": an identifier hides its words
    init = initials(expansion).lower()
    if init and letters and init[0] != letters[0]:
        return _judge_other_first(acronym, letters, init, expansion)
    if not init or not letters:
        return "unrelated"
    if len(letters) >= 3 and init != letters and sorted(init) == sorted(letters):
        return "mismatch"  # the initials in another order: "European Anti-Poverty Network (EPAN)"
    if verdict == "cut":
        return _judge_cut(letters, expansion, content[-1].lower())
    common = sum(min(letters.count(ch), init.count(ch)) for ch in set(letters))
    if common < 2 or common < 0.5 * min(len(letters), len(init)):
        return "unrelated"
    if _scattered(letters, init, expansion):
        return "unrelated"
    return "mismatch"


#: function words of other languages that are no English word: a name holding one is
#: written in that language
_NOT_ENGLISH = frozenset(
    "de del des du la le les el los las y para por pour par et aux au con della delle dei "
    "degli il nel nella der dem den das für zur zum im van het voor og och på av ve ile".split()
)


def _scattered(letters: str, init: str, expansion: str) -> bool:
    """Are the acronym's letters scattered through a phrase that is no name for it? A slip
    keeps all but one of its letters in the name's order ("CNAS" for CNSA). Letters
    scattered through a run of words much longer than the acronym ("to help prevent
    attackers from temporarily blocking payment (HTLC)": the words before a parenthesis,
    not a name) or through a name in another language (an English acronym given with a
    translation: "Pruebas de Seguridad de Aplicaciones Estáticas (SAST)") are no
    definition."""
    if _in_order_count(letters, init) >= len(letters) - 1:
        return False
    if len(init) > len(letters) + 2:
        return True
    return any(w.lower() in _NOT_ENGLISH for w in expansion.split())


def _in_order_count(a: str, b: str) -> int:
    """How many letters of ``a`` ``b`` holds in the same order (their longest common
    subsequence)."""
    row = [0] * (len(b) + 1)
    for ch in a:
        prev = 0
        for j, other in enumerate(b, start=1):
            prev, row[j] = row[j], prev + 1 if ch == other else max(row[j], row[j - 1])
    return row[-1]


def part_initials(expansion: str) -> str:
    """The first letters of every part of the content words ("demand-responsive transport"
    gives drt), lower case."""
    return "".join(p[0] for w in words(expansion) if w.lower() not in FUNCTION_WORDS for p in _parts(w)).lower()


def _two_swapped(letters: str, expansion: str) -> bool:
    """Are the letters the initials of every part of the name with two neighbours swapped
    ("demand-responsive transport (DTR)" for DRT)? Letters taken from inside words can make
    such a slip fit (the R of "tRansport"); the plain initials show it."""
    edit = one_edit(part_initials(expansion), letters)
    return edit is not None and edit[0] == "swap"


def _judge_other_first(acronym: str, letters: str, init: str, expansion: str) -> str:
    """:func:`judge` for a phrase whose first initial is not the acronym's first letter:
    words before the name, a first word swapped, a name ending a longer run; else
    ``"unrelated"``."""
    # words before the name ("U.S. General Services …", "its Federal …", "Standing
    # Committee on Plants, …", "Together with the Single-Use …"): judge the name from the
    # first of its first four words that starts with the acronym's letter in capitals
    ws = words(expansion)
    for i, w in enumerate(ws[1:4], start=1):
        if w[:1].lower() == letters[0] and len(ws) - i >= 2 and (i < 3 or w[:1].isupper()):
            return judge(acronym, " ".join(ws[i:]))
    # the first word swapped for another ("Western air capture (DAC)"): every other
    # letter is the phrase's initials, in order, and there are at least two of them
    n = len(letters)
    if n >= 3 and len(init) >= n and init[len(init) - n + 1 :] == letters[1:]:
        return "mismatch"
    # a name ending a longer run of capitals ("… Manager for the U.S. Government
    # Accountability Local (GAO)", "Staff of the City Hall Planning Review Office (POR)"):
    # its last words, one a letter, spell the acronym with one letter changed or two
    # neighbours swapped, the first in place
    tail = init[len(init) - n :]
    edit = one_edit(tail, letters)
    if n >= 3 and len(init) > n and tail[0] == letters[0] and edit is not None and edit[0] in ("change", "swap"):
        return "mismatch"
    return "unrelated"


def _combining_forms(letters: str, wt: tuple[str, ...]) -> bool:
    """Do the name's content words give the acronym's letters in order, each its initial and
    a word built of combining forms ("hepatopancreatic", "cardiovascular") also the letter
    that opens a form after its linking "o" (hepato-Pancreatic: AHPND, CVD)?"""
    content = [w.lower() for w in wt if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
    j = 0
    for w in content:
        if j >= len(letters) or letters[j] != w[0]:
            return False
        j += 1
        for i in range(3, len(w) - 4):
            if w[i] == "o" and w[i + 1] not in "aeiouy" and j < len(letters) and letters[j] == w[i + 1]:
                j += 1
    return j == len(letters)


def _judge_cut(letters: str, expansion: str, last: str) -> str:
    """:func:`judge` for a name whose words give their initials and leave letters:
    ``"cut"``, or ``"fits"`` for a syllable acronym or a short form."""
    wt = tuple(words(expansion))
    single = _explained(letters, wt)
    explained = single or _explained_multi(letters, wt)
    if not explained and _gap(letters, wt) is not None:
        if _combining_forms(letters, wt):
            return "fits"  # "acute hepatopancreatic necrosis disease (AHPND)": hepato-pancreatic
        return "cut"  # a word missing inside the name
    # the letters left are inside the last word: a syllable acronym ("Core LightNing"),
    # unless the words already give more than their initials ("OFfshore Transmission
    # (OFTO)") or the last word's initial comes again ("Federal Communications (FCC)":
    # the second C is a word lost, not a syllable)
    rest = letters[explained:]
    syllable = bool(single) and not rest[:1] == last[:1] == letters[explained - 1]
    if len(rest) == 1 and rest in "aeiou" and len(letters) >= 4:
        # one vowel left at the end is a word's initial, not a syllable: "International Air
        # Transport (IATA)" lost its Association (a syllable taken is a consonant's: "LightNing")
        syllable = False
    # a syllable's letter stands inside the word: in a capitalised name, one letter found
    # only at its end is the initial of a word lost ("United Nations High Commissioner
    # (UNHCR)": for Refugees)
    capitalised = all(w[:1].isupper() for w in wt if w.lower() not in FUNCTION_WORDS)
    if len(rest) == 1 and capitalised and _english(wt) and _only_in_suffix(rest, _fold(last).lower()):
        # a syllable is taken from a word's stem, not its suffix: a letter found in the last
        # word only inside its ending (-ment, -tion, -ance, ...) is a lost word's initial
        # ("Regional Antivenom Procurement (RAPM)": Mechanism; "Coastal Path Conservation
        # (CPMT)": Trust), not a syllable ("Core LightNing", "Election Observation MiSsion")
        syllable = False
    inside = last[1:-1] if len(rest) == 1 and capitalised else last[1:]
    if syllable and in_order(rest, inside):
        return "fits"
    # most of the name missing is a short form, not a lost line: "the Islamic State (ISIL)"
    # (two letters left of five are a word lost: "Convention on International Trade (CITES)")
    if len(rest) == 2 and 2 * len(rest) < len(letters):
        return "cut"
    return "cut" if len(rest) <= max(1, len(letters) // 3) else "fits"


def _english(ws: tuple[str, ...]) -> bool:
    """A name in English: no function word of another language, no accented letter
    ("Autorità Nazionale Anticorruzione")."""
    return all(w.isascii() and w.lower() not in _NOT_ENGLISH for w in ws)


#: English noun endings a syllable acronym does not take its letters from
_SUFFIXES = tuple("ments ment tions tion ances ance ences ence ness ities ity".split())


def _only_in_suffix(letter: str, word: str) -> bool:
    """Is ``letter`` in ``word`` (after its initial) only inside the word's ending
    ("procureMent", "innovaTion"), not in its stem ("lighTNing", "miSsion")?"""
    suffix = next((x for x in _SUFFIXES if word.endswith(x) and len(word) > len(x) + 2), None)
    if suffix is None:
        return False
    stem = word[1 : len(word) - len(suffix)]
    return letter not in stem and letter in suffix


@lru_cache(maxsize=4096)
def _fit(letters: str, ws: tuple[str, ...]) -> str:
    if not letters or not ws:
        return "mismatch"
    # a capitalised part of a hyphenated word gives a letter of its own ("Asia-Pacific": AP)
    content = sum(
        max(1, sum(1 for p in re.split(r"[-/]", w) if p[:1].isupper())) for w in ws if w.lower() not in FUNCTION_WORDS
    )
    multi = content <= 2 or len(letters) > content
    strict = _suspended([_options(w, False, multi) for w in ws], ws)
    # positions in `letters` reachable after consuming every word strictly
    reach = {0}
    for opts in strict:
        reach = {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if not reach:
            break
    if len(letters) in reach:
        return "fits"
    # every word gives its initial and the acronym has letters left: the name stops short
    if _explained(letters, ws) > 0 or _gap(letters, ws) is not None:
        return "cut"
    lenient = _suspended([_options(w, True, multi) for w in ws], ws)
    # skip leading words; let content words give nothing; trailing words may be extra
    reach = {0}
    for opts in lenient:
        reach |= {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if len(letters) in reach:
            return "fits"
    # every word gives its first letters and the acronym has letters left ("Offshore
    # Transmission (OFTO)": OF, T, and the O of a lost "Owner")
    if _explained_multi(letters, ws):
        return "cut"
    return "fits" if _syllables(letters, ws) or _clipped(letters, ws) or _syllable_head(letters, ws) else "mismatch"


#: conjunctions after a word cut at a hyphen whose end the next word completes
_SUSPENDING = frozenset("und and or oder en et og och y e i und/oder".split())


def _suspended(options: list[set[str]], ws: tuple[str, ...]) -> list[set[str]]:
    """A compound whose head is shared with a word cut before it ("Radio- und
    Fernsehgesellschaft", "pre- and postnatal"): the compound may give the initial of its
    head, a letter from inside it, alone or after its own initial (SRG = Schweizerische
    Radio- und Fernseh-Gesellschaft)."""
    for k in range(len(ws) - 2):
        if ws[k].endswith("-") and len(ws[k]) > 1 and ws[k + 1].lower() in _SUSPENDING:
            w = _fold(ws[k + 2]).lower()
            inner = {ch for ch in set(w[3:-3]) if ch.isalpha()}
            options[k + 2] = options[k + 2] | {w[0] + ch for ch in inner} | inner
    return options


def _syllables(letters: str, ws: tuple[str, ...]) -> bool:
    """An acronym made of the first syllables of a long official name's first words, the
    rest of the name left out: "SErvicio NAcional de CErtificación Ambiental para las
    Inversiones Sostenibles (SENACE)", "AFet ve Acil Durum Yönetimi Başkanlığı (AFAD)".
    Each word in order gives its first one or two letters, one at least two; two content
    words or more are left after them; and the acronym is not the initials in another order
    (two letters swapped are a slip: "National Statistics Office (NOS)")."""
    content = [_fold(w).lower() for w in ws if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
    init = "".join(w[0] for w in content)
    if len(letters) < 3 or sorted(init[: len(letters)]) == sorted(letters) or sorted(init) == sorted(letters):
        return False
    reach = {(0, False)}  # (letters explained, a word gave two)
    for k, w in enumerate(content):
        nxt = set()
        for i, two in reach:
            for n in (1, 2):
                if letters.startswith(w[:n], i) and len(w) > n:
                    nxt.add((i + n, two or n == 2))
        reach = nxt
        if any(i == len(letters) and two for i, two in reach):
            return len(content) - (k + 1) >= 2
        if not reach:
            return False
    return False


def _clipped(letters: str, ws: tuple[str, ...]) -> bool:
    """A word made of the clipped heads of some of the name's words, the others left out:
    "INTERnational Criminal POLice Organization (INTERPOL)", "EUROpean POLice Office
    (EUROPOL)", "NAVal SEA Systems Command (NAVSEA)". Five letters or more, from two words
    or more, the first of them the name's first content word, each giving its first three
    letters or more: a slip in an acronym of initials never reads so."""
    content = [_fold(w).lower() for w in ws if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
    if len(letters) < 5 or len(content) < 2:
        return False

    def rest(i: int, k: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        for j in range(k, len(content)):
            w = content[j]
            n = 0
            while n < len(w) and i + n < len(letters) and w[n] == letters[i + n]:
                n += 1
            if any(rest(i + m, j + 1, used + 1) for m in range(n, 2, -1)):
                return True
        return False

    head = content[0]
    n = 0
    while n < len(head) and n < len(letters) and head[n] == letters[n]:
        n += 1
    return any(rest(m, 1, 1) for m in range(n, 2, -1))


def _syllable_head(letters: str, ws: tuple[str, ...]) -> bool:
    """An acronym said as a word that opens with the first syllable of the name's first word,
    the words after it giving their initials, some left out: "NORth American Aerospace
    Defense Command (NORAD)", "CENTral Asian Regional Authority (CENTRA)". Five letters or
    more; the first word (one of the first three: words before the name are passed over),
    not in capitals, gives its first three or four letters; the next word gives the letter
    after them, and the later words' initials, in order, the rest. Initials in another
    order are a slip, not a syllable."""
    content = [_fold(w) for w in ws if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
    if len(letters) < 5:
        return False
    for k in range(min(3, len(content) - 2)):  # words before the name passed over
        low = [w.lower() for w in content[k:]]
        init = "".join(w[0] for w in low)
        if content[k].isupper() or sorted(init[: len(letters)]) == sorted(letters):
            continue
        for n in (3, 4):
            rest = letters[n:]
            if len(low[0]) > n and letters[:n] == low[0][:n] and len(rest) >= 2 and rest[0] == init[1]:
                if in_order(rest[1:], init[2:]):
                    return True
    return False


def _explained_multi(letters: str, ws: tuple[str, ...]) -> int:
    """Like :func:`_explained`, each word giving its first one to four letters (a short
    name: "OFfshore Transmission"), for names of two content words; 0 when none is left or
    the words do not fit in order."""
    if sum(1 for w in ws if w.lower() not in FUNCTION_WORDS) != 2:
        return 0
    reach = {0}
    for opts in (_options(w, False, True) for w in ws):
        reach = {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if not reach:
            return 0
    best = max(reach)
    return best if 0 < best < len(letters) else 0


def _explained(letters: str, ws: tuple[str, ...]) -> int:
    """How many leading letters the words' initials explain when every word gives its
    initial in order and letters remain (0 when they do not)."""
    single = [_options(w, False, False) for w in ws]
    reach = {0}
    for opts in single:
        reach = {i + len(o) for i in reach for o in opts if letters.startswith(o, i)}
        if not reach:
            return 0
    best = max(reach)
    return best if 0 < best < len(letters) else 0


def _gap(letters: str, ws: tuple[str, ...]) -> int | None:
    """Where a word is missing inside the name: every word gives its initial, in order, and
    one letter of the acronym between them is given by none ("European Travel Information
    System (ETIAS)": the A). Only for names of three content words or more and acronyms of
    four letters or more: in shorter ones a letter from inside a word is common ("SOEs")."""
    if len(letters) < 4 or sum(1 for w in ws if w.lower() not in FUNCTION_WORDS) < 3:
        return None
    single = [_options(w, False, False) for w in ws]
    for k in range(1, len(letters) - 1):
        rest = letters[:k] + letters[k + 1 :]
        reach = {0}
        for opts in single:
            reach = {i + len(o) for i in reach for o in opts if rest.startswith(o, i)}
            if not reach:
                break
        if len(rest) in reach:
            return None if _syllable_letter(letters, k, ws) else k
    return None


_VOWELS = frozenset("aeiouy")


def _syllable_letter(letters: str, k: int, ws: tuple[str, ...]) -> bool:
    """Is the letter at ``k`` a second letter of the word that gives its twin beside it (a
    consonant after a vowel inside that word: "International Cocoa Organization (ICCO)"
    takes co-coa's two c's)? Then no word need be missing; a lone letter no word begins
    with ("Regional Greenhouse Initiative (RGGI)": the G of Gas) still is."""
    letter = letters[k].lower()
    if letter in _VOWELS or letter not in (letters[k - 1].lower(), letters[k + 1 : k + 2].lower()):
        return False
    for w in ws:
        low = w.lower()
        if low[:1] == letter and any(low[i] == letter and low[i - 1] in _VOWELS for i in range(2, len(low))):
            return True
    return False


def unexplained(letters: str, expansion: str) -> str:
    """The acronym's letters no word of a name cut short gives: those after the last word
    ("SSF" for "Strategic Support": F) or the one a missing inner word would give."""
    ws = tuple(words(expansion))
    n = _explained(letters, ws) or _explained_multi(letters, ws)
    if n:
        return letters[n:]
    k = _gap(letters, ws)
    return letters[k] if k is not None else letters[-1:]


def in_order(letters: str, text: str) -> bool:
    """Do ``letters`` stand in ``text`` in turn, others between ("mr" in "onitoring")?"""
    it = iter(text)
    return all(ch in it for ch in letters)
