"""Currencies as prose writes them: symbols, ISO 4217 codes and names, mapped to ISO codes.

Names come from ``pycountry.currencies`` ("Australian Dollar", "Swiss Franc", "Yuan
Renminbi", "Pound Sterling", …), lower-cased and pluralised, so "australian dollars" and
"swiss francs" need no hand list. On top of that, a short list of what pycountry does not
say: bare words and their default ("dollars" → USD, "yuan"/"renminbi"/"RMB" → CNY,
"francs" → CHF, "rupees" → INR), adjectives ("US", "American", "Chinese", "Japanese"),
symbols ("€", "£", "¥", "US$", "HK$", "C$", "₹", …), minor units (cents, pence, mao, fen)
and a few codes of currencies that no longer exist but still appear in sources quoting
older figures (FRF, DEM, NLG, FIM, ESP, ITL) plus XBT for bitcoin.

"¥" alone is CNY: this project's sources are Chinese; the extractor switches it to JPY
when the sentence says yen, Japan or JPY.
"""

from __future__ import annotations

import functools
import re

from claimcheck import lazyre

__all__ = [
    "AMBIGUOUS_WORDS",
    "MINOR_UNITS",
    "currency_lexicon",
    "is_currency_code",
]

#: Codes accepted although not in pycountry's current ISO 4217 list.
EXTRA_CODES = frozenset({"FRF", "DEM", "NLG", "FIM", "ESP", "ITL", "BEF", "ATS", "PTE", "IEP", "GRD", "XBT"})

#: Codes that are also English words or common abbreviations: never read as currency
#: unless written next to a symbol ("ALL 5 solutions", "TOP 10", "CUP 3").
_WORDLIKE_CODES = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "MOP",
        "SOS",
        "PEN",
        "GEL",
        "BOB",
        "CAD",
        "MAD",
        "TRY",
        "BAM",
        "NAD",
        "LAK",
        "BOV",
        "XXX",
        "XTS",
        "AMD",
        "AOA",
    }
)

#: Lower-case codes people type ("rmb 10", "usd 20"); others must be upper case.
_LOWER_CODES = frozenset(
    {
        "usd",
        "eur",
        "gbp",
        "rmb",
        "cny",
        "jpy",
        "chf",
        "aud",
        "hkd",
        "inr",
        "rub",
        "krw",
        "sgd",
        "nzd",
        "mxn",
        "brl",
        "zar",
        "sek",
        "nok",
        "dkk",
        "twd",
    }
)

#: Bare words and their default currency.
_DEFAULTS = {
    "dollar": "USD",
    "dollars": "USD",
    "buck": "USD",
    "bucks": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "kuai": "CNY",
    "yen": "JPY",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "franc": "CHF",
    "francs": "CHF",
    "rupee": "INR",
    "rupees": "INR",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "lira": "TRY",
    "liras": "TRY",
    "lire": "TRY",
    "markka": "FIM",
    "markkaa": "FIM",
    "guilder": "NLG",
    "guilders": "NLG",
    "peseta": "ESP",
    "pesetas": "ESP",
    "deutsche mark": "DEM",
    "deutsche marks": "DEM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "d-mark": "DEM",
    "d-marks": "DEM",
    "bitcoin": "XBT",
    "bitcoins": "XBT",
    "rand": "ZAR",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "tenge": "KZT",
    "naira": "NGN",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "shekel": "ILS",
    "shekels": "ILS",
    "sheqel": "ILS",
    "sheqels": "ILS",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "reais": "BRL",
    "kip": "LAK",
}
#: Adjectives that name the country of a currency word pycountry names otherwise.
_ADJECTIVES = {
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "american": "USD",
    "chinese": "CNY",
    "japanese": "JPY",
    "british": "GBP",
    "uk": "GBP",
    "russian": "RUB",
    "indian": "INR",
    "french": "FRF",
    "swiss": "CHF",
    "german": "DEM",
    "dutch": "NLG",
    "finnish": "FIM",
    "spanish": "ESP",
    "italian": "ITL",
    "south african": "ZAR",
    "brazilian": "BRL",
    "south korean": "KRW",
    "korean": "KRW",
    "mexican": "MXN",
    "argentine": "ARS",
    "argentinian": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "philippine": "PHP",
    "egyptian": "EGP",
    "turkish": "TRY",
    "sri lankan": "LKR",
    "pakistani": "PKR",
    "nepalese": "NPR",
    "canadian": "CAD",
    "australian": "AUD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
    "new taiwan": "TWD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
    "saudi": "SAR",
    "thai": "THB",
    "malaysian": "MYR",
    "indonesian": "IDR",
    "vietnamese": "VND",
    "ukrainian": "UAH",
    "kazakh": "KZT",
    "nigerian": "NGN",
    "polish": "PLN",
    "hungarian": "HUF",
    "israeli": "ILS",
    "swedish": "SEK",
    "norwegian": "NOK",
    "danish": "DKK",
    "czech": "CZK",
    "cfa": "XOF",
}
#: Words that are currencies only with a scale word or a country adjective ("5 billion
#: won", "Brazilian real"): alone they are ordinary English words.
AMBIGUOUS_WORDS = frozenset(
    {
        "won",
        "sol",
        "soles",
        "real",
        "dong",
        "som",
        "kina",
        "tala",
        "pula",
        "leone",
        "loti",
        "dobra",
        "vatu",
        "lek",
        "denar",
        "rand",
        "kip",
        "peso",
        "pesos",
        "dinar",
        "dinars",
        "krone",
        "kroner",
        "krona",
        "kronor",
        "shilling",
        "shillings",
        "rial",
        "rials",
        "mark",
        "marks",
        "pound",
        "pounds",
    }
)

#: Minor units: word -> (currency, fraction of the major unit). ``None`` currency means
#: "the major unit's currency" (cents of a dollar, euro, …).
MINOR_UNITS = {
    "cent": (None, 0.01),
    "cents": (None, 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "p": ("GBP", 0.01),
    "mao": ("CNY", 0.1),
    "jiao": ("CNY", 0.1),
    "fen": ("CNY", 0.01),
    "satoshi": ("XBT", 1e-8),
    "satoshis": ("XBT", 1e-8),
}

#: Symbols, with the letters that may lead "$".
DOLLAR_PREFIXES = {
    "": "USD",
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "usd": "USD",
    "c": "CAD",
    "ca": "CAD",
    "cad": "CAD",
    "a": "AUD",
    "au": "AUD",
    "aud": "AUD",
    "hk": "HKD",
    "hkd": "HKD",
    "nz": "NZD",
    "nzd": "NZD",
    "s": "SGD",
    "sgd": "SGD",
    "nt": "TWD",
    "r": "BRL",
    "mex": "MXN",
    "mx": "MXN",
    "mxn": "MXN",
    "n": "NAD",  # the Namibian dollar ("N$2 billion")
    "j": "JMD",
    "tt": "TTD",
    "rd": "DOP",
    "ec": "XCD",
    "fj": "FJD",
}
SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "JP¥": "JPY",
    "CN¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "₱": "PHP",
    "₦": "NGN",
    "₴": "UAH",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₿": "XBT",
    "ரூ": "LKR",
    "₨": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "RM": "MYR",  # the ringgit ("RM 86 billion", "RM5,000")
    "KSh": "KES",  # the East African shillings as their central banks write them ("KSh 7.4 billion")
    "Ksh": "KES",
    "USh": "UGX",
    "Ush": "UGX",
    "TSh": "TZS",
    "Tsh": "TZS",
    "Rp": "IDR",  # the rupiah ("Rp 5 trillion", "Rp15,850")
    "円": "JPY",
    "₸": "KZT",
    "฿": "THB",
    "₵": "GHS",
    "GH₵": "GHS",
    "GH¢": "GHS",
    "৳": "BDT",
    "Tk": "BDT",  # the taka as Bangladesh writes it ("Tk 3,400 crore")
    "₲": "PYG",
    "₼": "AZN",
    "₮": "MNT",
    "E£": "EGP",
    "S/": "PEN",  # the sol ("S/ 1.5 billion", "S/.20")
    "S/.": "PEN",
    "Br": "ETB",  # the birr ("Br 2 billion")
    "MK": "MWK",  # the Malawian kwacha ("MK12 billion")
    "R": "ZAR",  # the rand ("R12.4 billion", "R1,200"): only before an amount's shape
    "K": "ZMW",  # a kwacha, kina or kyat ("K38.6 billion"): the document's country says which
    "zł": "PLN",  # after the amount ("3.5 billion zł")
    "Kč": "CZK",
}

#: letters that are a currency only before a number written as an amount, with a thousands
#: separator or a scale word ("R12.4 billion", "K1,200", "Br 2 billion"; not "the R5 road",
#: "K9 unit", "Br 2"): :data:`STRICT_AMOUNT`
LETTER_SYMBOLS = frozenset({"R", "K", "MK", "Br", "Tk"})
#: a number written as an amount (a separator, a decimal or a scale after it: "RM5,000",
#: "Rp2.5 trillion", "RM86 billion"), which letters glued before it may mark as money
_AMOUNT_SHAPE = lazyre.compile(
    r"\d{1,3}(?:[,.]\d{3})+|\d+\.\d+|\d+[ \t]*(?:thousand|million|billion|trillion|bn|m|k)\b", re.I
)
#: an amount as only money is written (a thousands separator or a scale word), which a
#: letter before it may mark as a currency (:data:`LETTER_SYMBOLS`)
_STRICT_AMOUNT = lazyre.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,])|\d+(?:\.\d+)?[ \t]*(?:thousand|million|billion|trillion|bn|m)\b", re.I
)


def letters_mark_amount(sym: str, text: str, start: int, *, glued: bool = True) -> bool:
    """Do a symbol's letters before the number at ``start`` make it money? Letters a name
    also has need the number to look like an amount: "RM5,000" and "RM86 billion" but not
    "the RM3 model" (``glued``: the letters touch the digits); "R1,200" and "K38.6
    billion" but not "the R5 road" or "a K9 unit". Other symbols always do."""
    if sym in ("RM", "Rp") and glued and not _AMOUNT_SHAPE.match(text, start):
        return False
    return sym not in LETTER_SYMBOLS or bool(_STRICT_AMOUNT.match(text, start))


#: a symbol several countries write for their own currency: the country named in the
#: amount's paragraph, else the one the document names, says which ("Rs" alone is India's,
#: "K" alone no currency at all)
SHARED_SYMBOLS: dict[str, tuple[tuple[str, str], ...]] = {
    "K": (("ZMW", "Zambia"), ("MWK", "Malawi"), ("PGK", "Papua New Guinea"), ("MMK", "Myanmar|Burm")),
    "Rs": (("NPR", "Nepal"), ("PKR", "Pakistan"), ("LKR", "Sri Lanka"), ("INR", "India")),
}


@functools.cache
def _pycountry_codes() -> dict[str, str]:
    # kept in the cache folder (claimcheck.cache), tied to pycountry's installed table:
    # importing pycountry and reading the table costs more than the rest of a short run
    from claimcheck import cache

    def build() -> dict[str, str]:
        import pycountry

        return {c.alpha_3: c.name for c in pycountry.currencies}

    table = _iso4217_file()
    return build() if table is None else cache.load_or_build("currencies", [table], build)


def is_currency_code(code: str) -> bool:
    """An ISO 4217 code pycountry knows, or one of :data:`EXTRA_CODES`."""
    return code in _pycountry_codes() or code in EXTRA_CODES


def _plural(word: str) -> list[str]:
    if word in ("yen", "yuan", "rand", "baht", "won", "naira", "renminbi", "rupiah", "tenge", "kip"):
        return [word]
    if word.endswith("y"):
        return [word, word[:-1] + "ies", word + "s"]
    if word == "real":
        return [word, "reais"]
    if word.endswith("s"):
        return [word]
    return [word, word + "s"]


def _iso4217_file() -> str | None:
    """pycountry's installed table of currencies (what the names come from), or None."""
    from claimcheck import cache

    return cache.package_file("pycountry", "databases", "iso4217.json")


@functools.cache
def currency_lexicon() -> dict[str, str]:
    """Lower-case currency phrases ("australian dollars", "yuan") -> ISO code.

    Kept in the cache folder (``currency-lexicon-*.marshal``), tied to pycountry's table
    and to this file: building it walks every currency name and every adjective and word
    pair, a tenth of a short run's extraction (docs/speed.md)."""
    from claimcheck import cache

    table = _iso4217_file()
    return (
        _build_lexicon()
        if table is None
        else cache.load_or_build("currency-lexicon", [table, __file__], _build_lexicon)
    )


def _build_lexicon() -> dict[str, str]:
    """:func:`currency_lexicon` worked out from pycountry's names and the lists above."""
    out: dict[str, str] = {}
    for code, name in _pycountry_codes().items():
        if code.startswith("X") and code not in ("XOF", "XAF", "XCD", "XPF"):
            continue
        low = re.sub(r"\s*\(.*?\)", "", name.lower()).replace("’", "'")
        words = low.split()
        if not words or len(words) > 3:
            continue
        head, last = " ".join(words[:-1]), words[-1]
        for form in _plural(last):
            phrase = f"{head} {form}".strip()
            if phrase in AMBIGUOUS_WORDS:
                continue
            out.setdefault(phrase, code)
    # "Sri Lanka Rupee" is written "Sri Lankan rupees"; "Pakistan Rupee" "Pakistani"
    for base, default in _DEFAULTS.items():
        out[base] = default
    for adjective, code in _ADJECTIVES.items():
        for word in (
            "dollar",
            "dollars",
            "yuan",
            "yen",
            "pound",
            "pounds",
            "franc",
            "francs",
            "rupee",
            "rupees",
            "ruble",
            "rubles",
            "rouble",
            "roubles",
            "mark",
            "marks",
            "guilder",
            "guilders",
            "markka",
            "peseta",
            "pesetas",
            "lira",
            "lire",
            "rand",
            "real",
            "reais",
            "won",
            "peso",
            "pesos",
            "dong",
            "riyal",
            "riyals",
            "baht",
            "ringgit",
            "rupiah",
            "hryvnia",
            "tenge",
            "naira",
            "zloty",
            "forint",
            "shekel",
            "shekels",
            "krona",
            "kronor",
            "krone",
            "kroner",
            "koruna",
            "lire",
        ):
            phrase = f"{adjective} {word}"
            if phrase in out:
                continue
            # only pairs that make sense: the adjective's code uses that word
            name = _pycountry_codes().get(code, "").lower()
            stem = word.rstrip("s")
            if (
                stem in name
                or word in name
                or (code, stem) in _HISTORIC_PAIRS
                or (
                    code in ("USD", "CNY", "JPY", "GBP", "RUB", "INR", "ZAR", "BRL", "KRW")
                    and stem
                    in ("dollar", "yuan", "yen", "pound", "ruble", "rouble", "rupee", "rand", "real", "reai", "won")
                    and _DEFAULTS.get(stem, _DEFAULTS.get(word)) in (code, None)
                )
            ):
                out[phrase] = code
    out["korean won"] = out["south korean won"] = "KRW"
    out["brazilian real"] = out["brazilian reais"] = "BRL"
    out["south african rand"] = "ZAR"
    out["british pounds"] = out["british pound"] = out["uk pounds"] = "GBP"
    out["egyptian pounds"] = out["egyptian pound"] = "EGP"
    return out


_HISTORIC_PAIRS = {
    ("FRF", "franc"),
    ("CHF", "franc"),
    ("DEM", "mark"),
    ("NLG", "guilder"),
    ("FIM", "markka"),
    ("ESP", "peseta"),
    ("ITL", "lira"),
    ("ITL", "lire"),
    ("TRY", "lira"),
    ("CAD", "dollar"),
    ("AUD", "dollar"),
    ("HKD", "dollar"),
    ("SGD", "dollar"),
    ("NZD", "dollar"),
    ("TWD", "dollar"),
    ("MXN", "peso"),
    ("ARS", "peso"),
    ("CLP", "peso"),
    ("COP", "peso"),
    ("PHP", "peso"),
    ("LKR", "rupee"),
    ("PKR", "rupee"),
    ("NPR", "rupee"),
    ("SAR", "riyal"),
    ("XOF", "franc"),
}


def wordlike_code(code: str) -> bool:
    return code in _WORDLIKE_CODES


def lower_code_ok(code: str) -> bool:
    return code in _LOWER_CODES
