"""The :mod:`re` module with one change: ``compile`` returns a pattern compiled on first use.

claimcheck's readers, extractors and rules hold several hundred regular expressions at
module level; compiling them all took most of a short run's time, while a run uses only
the ones its drafts reach. A module writes ``from claimcheck import lazyre as re`` in place
of ``import re`` and keeps every pattern as it was::

    _WORD = re.compile(
        r"...",
        re.I,
    )

``_WORD`` is a :class:`LazyPattern`: its text is kept, and the first ``search``, ``match``,
``finditer``, … compiles it (through :func:`re.compile`, so the same flags, errors and
cache) and puts the compiled pattern's own methods in its place, so later calls cost what
they cost on a compiled pattern. The compiled form is kept in the cache folder
(:mod:`claimcheck.cache`, ``regex-*.marshal``, one file per Python version), so a later
process builds the pattern from it without parsing the text again; a pattern built that
way is checked equal to :func:`re.compile`'s before it is kept, and ``--no-cache`` turns
the file off. ``re.search``, ``re.sub`` and the other functions that take a pattern use
the same cache for a pattern written at the call (``re.sub(r"[ ]+", " ", text)``).
Everything else (``re.I``, ``re.Match``, ``re.escape`` …) is the standard module's. A lazy pattern is not an ``re.Pattern``: hand
the standard functions its ``.compiled`` pattern (``re.sub(P.compiled, …)``), or call its
methods as above; and a match's ``.re`` is the compiled pattern, so compare patterns by
their ``.pattern`` text, not by identity.
"""

from __future__ import annotations

import atexit
from contextlib import contextmanager
from array import array as _array
import re as _re
import sys
from re import (  # the standard module's names, re-exported
    ASCII,
    DEBUG,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    NOFLAG,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    purge,
)
from typing import TYPE_CHECKING, Any, Callable, Iterator, cast, overload

__all__ = [
    "save_cache",
    "patterns_of_imports_cached",
    "patterns_of_imports_deferred",
    "deferred",
    "ASCII",
    "DEBUG",
    "DOTALL",
    "IGNORECASE",
    "LOCALE",
    "MULTILINE",
    "NOFLAG",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "L",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "purge",
    "search",
    "split",
    "sub",
    "subn",
    "compile",
    "LazyPattern",
]

#: the standard module's ``compile`` (``patterns_of_imports_cached`` replaces it for a while)
_std_compile = _re.compile

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A regular expression compiled the first time it is used (see the module docstring)."""

    search: Callable[..., Match[str] | None]
    match: Callable[..., Match[str] | None]
    fullmatch: Callable[..., Match[str] | None]
    finditer: Callable[..., Iterator[Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[Any]]
    scanner: Callable[..., Any]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: Pattern[str] | None = None

    @property
    def compiled(self) -> Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            compiled = self._compile()
            for name in _METHODS:
                # an instance attribute shadows the class's compiling stub from now on
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def _compile(self) -> Pattern[str]:
        return _compile_cached(self.pattern, self._flags)

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def _stub(name: str) -> Callable[..., Any]:
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled, name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _stub(_name))


@overload
def compile(pattern: str, flags: int = 0) -> Pattern[str]: ...  # noqa: A001
@overload
def compile(pattern: bytes, flags: int = 0) -> Pattern[bytes]: ...  # noqa: A001
def compile(pattern: str | bytes, flags: int = 0) -> Pattern[str] | Pattern[bytes]:  # noqa: A001  (the module's own name)
    """A pattern compiled on first use; typed as :class:`re.Pattern` (it answers the same
    methods) so callers keep their annotations."""
    if not isinstance(pattern, str):  # bytes or an already compiled pattern: nothing to defer
        return _re.compile(pattern, flags)
    return cast("Pattern[str]", LazyPattern(pattern, flags))


# ----------------------------------------------------------------------------- re.search(r"...", text) and the like
#: (pattern, flags) -> compiled, for the patterns written where the functions below are called
_LITERAL: dict[tuple[str, int], Pattern[str]] = {}

if TYPE_CHECKING:  # the standard module's functions, as callers see them
    from re import findall, finditer, fullmatch, match, search, split, sub, subn
else:
    # ``re.search(r"\d+", text)``, ``re.sub(...)`` … with the pattern written at the call
    # (about 300 places): the standard module compiles such a pattern once per process from
    # its text; these take it from the compiled-form cache like the lazy patterns. Only a
    # pattern that is a constant of the calling code is kept (one built from a document's
    # words, an f-string, goes to the standard module as before, so neither this table nor
    # the cache file grows with the documents read). Same arguments, results and errors as
    # the standard functions.

    def _pattern(pattern, flags):
        """The compiled pattern for a call made two frames up: kept when it is a literal of
        the caller, else the standard module's (``re.compile``: its cache, its errors)."""
        if type(pattern) is str and any(c is pattern for c in sys._getframe(2).f_code.co_consts):
            compiled = _LITERAL[pattern, flags] = _compile_cached(pattern, flags)
            return compiled
        return _std_compile(pattern, flags)

    def search(pattern, string, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).search(string)

    def match(pattern, string, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).match(string)

    def fullmatch(pattern, string, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).fullmatch(string)

    def findall(pattern, string, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).findall(string)

    def finditer(pattern, string, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).finditer(string)

    def split(pattern, string, maxsplit=0, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).split(string, maxsplit)

    def sub(pattern, repl, string, count=0, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).sub(repl, string, count)

    def subn(pattern, repl, string, count=0, flags=0):
        return (_LITERAL.get((pattern, flags)) or _pattern(pattern, flags)).subn(repl, string, count)


# ----------------------------------------------------------------------------- the compiled-form cache
#: (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern: loaded from the cache file
_CODES: dict[tuple[str, int], tuple[Any, ...]] | None = None
#: entries built in this process, written to the cache folder at exit
_PENDING: dict[tuple[str, int], tuple[Any, ...]] = {}
_MAX_ENTRIES = 4000  # patterns built from a document's own words must not grow the file forever
#: how an entry keeps a pattern's code: as the bytes of an ``array("I")``, not a list of
#: ints (a list is read as one object per int, and every collection of the cycle collector
#: walks it: loading the file took 6.6 ms with lists, 0.7 ms with bytes); part of the file name
_LAYOUT = "code-as-bytes+first-chars"


def _cache_file() -> Any:
    import hashlib

    from claimcheck import cache

    base = cache.folder()
    if base is None:
        return None
    import _sre

    stamp = f"{sys.version}|{_sre.MAGIC}|{sys.implementation.cache_tag}|{_LAYOUT}"
    tag = hashlib.sha1(stamp.encode()).hexdigest()[:12]
    return base / f"regex-{tag}.marshal"


#: whether there is a cache folder to keep the compiled forms in (not with ``--no-cache``)
_KEEP = True


def _codes() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _CODES, _KEEP
    if _CODES is None:
        from claimcheck import cache

        path = _cache_file()
        _KEEP = path is not None
        _CODES = cache.read_table(path)  # no file, or one from elsewhere: build the patterns from their text
    return _CODES


def _forget() -> None:
    global _CODES
    _CODES = None


def _compile_cached(pattern: str, flags: int) -> Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached compiled form when there is one, with
    the first characters a match can open with told to the search (:func:`_built`)."""
    import _sre

    flags = int(flags)  # a RegexFlag is not a plain int to marshal
    key = (pattern, flags)
    entry = _codes().get(key) or _PENDING.get(key)
    if entry is not None:
        try:
            return cast("Pattern[str]", _sre.compile(pattern, *_with_list(entry)))
        except Exception:  # noqa: BLE001  (a damaged entry: build the pattern from its text)
            pass
    try:
        args, _ = _build(pattern, flags)
        built = cast("Pattern[str]", _sre.compile(pattern, *args))
    except Exception:  # noqa: BLE001  (a bad pattern: the standard module's error; another Python's internals)
        return _std_compile(pattern, flags)
    if _KEEP and len(_PENDING) < _MAX_ENTRIES and _array("I").itemsize == 4:  # no cache folder: no entry
        _PENDING[key] = _stored(args)
    return built


def _entry(parsed: Any, flags: int, code: list[int]) -> tuple[Any, ...]:
    """``_sre.compile``'s arguments after the pattern, for the pattern ``parsed`` compiled
    to ``code`` (what :func:`re.compile` hands it); :func:`_stored` makes it a cache entry
    (the code as bytes) only when a cache folder will keep it."""
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _stored(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """A cache entry of ``_sre.compile``'s arguments: the code as the bytes of an
    ``array("I")`` (:data:`_LAYOUT`); :func:`_with_list` reads it back."""
    return (args[0], _array("I", [int(op) for op in args[1]]).tobytes(), *args[2:])


# ----------------------------------------------------------------------------- the first characters of a match
# Python's ``search`` (and ``finditer``, ``findall``, ``sub``, ``split``) skips ahead to the
# places where a match can begin only when the standard compiler finds the pattern's first
# character: a literal, a class read without IGNORECASE, a choice of literals. A pattern that
# opens with ``\b``, a look-behind or look-ahead, an optional group or a repeat (``\s+``,
# ``\d+``) is tried at every character of the text. The set of characters a match can open
# with is read here from the parsed pattern (the characters its first consuming step takes,
# past the steps that take none) and written in the pattern's information block, where the
# standard compiler writes its own: a place whose character is not in the set is not tried.
# The set only ever holds more than the characters a match opens with, so the matches are
# the same (``tests/test_lazyre.py`` compares every pattern of the package with the standard
# one on real and generated texts); ``match`` and ``fullmatch`` never read the set.


def _built(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """The cache entry of ``pattern`` with the first characters of its matches in its
    information block, or None when the standard compiler found a prefix or a set itself,
    the pattern may match nothing (an empty match), opens with ``^`` (the search stops after
    the start) or opens with a step whose first character is not read here."""
    args, added = _build(pattern, flags)
    return _stored(args) if added else None


def _build(pattern: str, flags: int) -> tuple[tuple[Any, ...], bool]:
    """(``_sre.compile``'s arguments for ``pattern`` (:func:`_entry`), parsed and compiled once as :func:`re.compile` does,
    with the first characters of its matches in its information block where
    :func:`_built` says; whether they were added)."""
    from re import _compiler, _constants as c, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    all_flags = int(flags | parsed.state.flags)
    if all_flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII) or not all_flags & c.SRE_FLAG_UNICODE:
        return _entry(parsed, flags, code), False
    if code[0] != c.INFO or code[2] != 0 or code[3] == 0:
        return _entry(parsed, flags, code), False  # a prefix or a set of the compiler's own, or an empty match
    data = parsed.data
    if data and data[0][0] is c.AT and data[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return _entry(parsed, flags, code), False
    kept, charset = _known(pattern, flags)
    if not kept:
        charset = _charset(parsed, all_flags)
    if charset is None:
        return _entry(parsed, flags, code), False
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4], *charset]
    info[1] = len(info) - 1
    return _entry(parsed, flags, info + code[1 + code[1] :]), True


def _charset(parsed: Any, all_flags: int) -> list[int] | None:
    """The compiled class (``_sre``'s code, as the information block holds it) of the
    characters a match of ``parsed`` can open with, or None when it is not read here; for
    a pattern that passed :func:`_build`'s first tests."""
    from re import _compiler, _constants as c  # type: ignore[attr-defined]

    parts, empty = _first_chars(parsed.data, all_flags)
    if parts is None or empty or not parts:
        return None
    if len(parts) > 1 and any(op is c.NEGATE for part in parts for op, _ in part):
        return None  # a negated class beside others: not one set
    charset, hascased = _compiler._optimize_charset([item for part in parts for item in part])
    if hascased:
        return None
    out: list[int] = []
    _compiler._compile_charset(charset, all_flags, out)
    return [int(op) for op in out]


# ----------------------------------------------------------------------------- the package's sets, kept with it
# Working out the first characters is about a sixth of building a pattern from its text
# (parsing and compiling are the rest): paid for every pattern a run uses when there is no
# cache folder (``--no-cache``) or it is new. The sets of the package's constant patterns
# (its lazy patterns, the patterns written at ``re.search(...)``-style calls, and those the
# libraries it imports under :func:`patterns_of_imports_cached` compile) are worked out once,
# by ``benchmarks/first_chars.py``, and kept in ``data/first_chars.json`` for the Python
# (minor version and ``_sre.MAGIC``) that made them: :func:`_charset`'s answer for each
# pattern, keyed by a digest of the pattern and its flags (``tests/test_lazyre.py`` checks
# that the file holds every package pattern with what :func:`_charset` gives now). Another
# Python, or a pattern not in the file, has its set worked out as before.

#: the file of the package's sets (see above)
FIRST_CHARS_FILE = "first_chars.json"
#: (digest of (pattern, flags) -> index of its class or None, the classes as stored), for
#: this Python (both empty: none kept); :func:`_known` reads a class
_KNOWN: tuple[dict[str, int | None], list[str]] | None = None


def python_stamp() -> str:
    """The Python the kept sets belong to: ``_sre``'s code changes only with these."""
    import _sre

    return f"{sys.version_info[0]}.{sys.version_info[1]}|{_sre.MAGIC}"


def _table_key(pattern: str, flags: int) -> str:
    import hashlib

    text = f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=10).hexdigest()


def stored_class(charset: list[int]) -> str:
    """A class's code as the file keeps it: the bytes of an ``array("I")``, compressed, in hex
    (a class of letters outside ASCII is a 256-byte table and blocks of 32 bytes)."""
    import zlib

    return zlib.compress(_array("I", charset).tobytes(), 9).hex()


def _known(pattern: str, flags: int) -> tuple[bool, list[int] | None]:
    """(whether the file holds ``pattern`` for this Python; :func:`_charset`'s answer as the
    file keeps it)."""
    global _KNOWN
    if _KNOWN is None:
        import json
        from pathlib import Path

        try:
            table = json.loads((Path(__file__).parent / "data" / FIRST_CHARS_FILE).read_text(encoding="utf-8"))
            mine = table["sets"].get(python_stamp()) or {}
            _KNOWN = (dict(mine.get("patterns", {})), list(mine.get("classes", [])))
        except (OSError, ValueError, KeyError, AttributeError, TypeError):  # no file, or not ours: work them out
            _KNOWN = ({}, [])
    patterns, classes = _KNOWN
    if not patterns:
        return False, None
    key = _table_key(pattern, flags)
    if key not in patterns:
        return False, None
    index = patterns[key]
    if index is None:
        return True, None
    import zlib

    return True, _array("I", zlib.decompress(bytes.fromhex(classes[index]))).tolist()


#: the characters that IGNORECASE matches an ASCII letter with (``tests/test_lazyre.py``
#: reads every code point): the letter in both cases, and these
_IGNORECASE_MORE = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _first_chars(items: Any, flags: int) -> tuple[list[list[tuple[Any, Any]]] | None, bool]:
    """(the classes, as lists of class items, of the characters a match of ``items`` can
    open with, or None when not read here; whether ``items`` can match without taking a
    character)."""
    from re import _compiler, _constants as c  # type: ignore[attr-defined]

    out: list[list[tuple[Any, Any]]] = []
    for op, av in items:
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # takes no character
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            if (add | remove) & (c.SRE_FLAG_ASCII | c.SRE_FLAG_LOCALE | c.SRE_FLAG_UNICODE):
                return None, False
            got, empty = _first_chars(sub.data, _compiler._combine_flags(flags, add, remove))
        elif op is c.ATOMIC_GROUP:
            got, empty = _first_chars(av.data, flags)
        elif op is c.BRANCH:
            got, empty = [], False
            for alt in av[1]:
                one, alt_empty = _first_chars(alt.data, flags)
                if one is None:
                    return None, False
                got += one
                empty = empty or alt_empty
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
            low, high, sub = av
            if high == 0:
                continue
            got, empty = _first_chars(sub.data, flags)
            empty = empty or low == 0
        elif op is c.LITERAL or op is c.IN:
            chars = _cased([(op, av)] if op is c.LITERAL else list(av), flags)
            got, empty = (None if chars is None else [chars]), False
        else:  # any character, a back-reference, a conditional group, a character not to match
            return None, False
        if got is None:
            return None, False
        out += got
        if not empty:
            return out, False
    return out, True


def _cased(items: list[tuple[Any, Any]], flags: int) -> list[tuple[Any, Any]] | None:
    """A class's items as the characters they match: as written, or with IGNORECASE the
    other cases of its ASCII letters too (None: a cased character outside ASCII, or a
    negated or category class with cased letters, is not read here)."""
    import _sre
    from re import _constants as c  # type: ignore[attr-defined]

    if not flags & c.SRE_FLAG_IGNORECASE:
        return items
    out: list[tuple[Any, Any]] = []
    chars: list[int] = []
    for op, av in items:
        if op is c.LITERAL:
            chars.append(av)
        elif op is c.RANGE:
            if av[1] - av[0] > 0x80:
                return None
            chars.extend(range(av[0], av[1] + 1))
        else:
            out.append((op, av))
    cased = [ch for ch in chars if _sre.unicode_iscased(ch)]
    if not cased:
        return items
    if out or any(ch >= 0x80 for ch in cased):
        return None  # a category or a negation beside cased letters, or a letter outside ASCII
    more: set[int] = set(chars)
    for ch in cased:
        low = chr(ch).lower()
        more |= {ord(low), ord(low.upper())} | {ord(x) for x in _IGNORECASE_MORE.get(low, "")}
    return [(c.LITERAL, ch) for ch in sorted(more)]


class _Deferred(LazyPattern):
    """A pattern compiled by the standard module (``re.compile``: no cache, no first
    characters added) the first time it is used, and never if it is not."""

    def _compile(self) -> Pattern[str]:
        return _std_compile(self.pattern, self._flags)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Deferred, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazyre.deferred({self.pattern!r}, {self._flags!r})"


def deferred(pattern: str, flags: int = 0) -> Pattern[str]:
    """``re.compile(pattern, flags)`` done the first time the pattern is used: for a pattern
    defined before the cache folder is known (the command's own module), which most runs
    never use. Like :func:`compile`'s patterns, it is no ``re.Pattern``: call its methods."""
    return cast("Pattern[str]", _Deferred(pattern, flags))


@contextmanager
def patterns_of_imports_deferred(modules: frozenset[str]) -> Iterator[None]:
    """While this is active, ``re.compile`` called from the body of one of ``modules`` (a
    text pattern) returns a pattern the standard module compiles on first use
    (:func:`deferred`); every other call is the standard one. For libraries the command
    imports before it knows its cache folder whose patterns a run seldom or never uses
    (``platform``'s eight text patterns, which ``uuid`` imports with ``click``: with the
    command's three others, 4.8 M instructions of every run). Name only a module whose patterns are used through their own methods,
    never handed to ``re.search``-style functions or checked to be ``re.Pattern``s
    (``tests/test_speed.py`` checks the command's list)."""
    if _re.compile is not _std_compile:  # another replacement is active: leave it
        yield
        return

    def compile_deferred(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is str and sys._getframe(1).f_globals.get("__name__") in modules:
            return _Deferred(pattern, flags)
        return _std_compile(pattern, flags)

    _re.compile = compile_deferred
    try:
        yield
    finally:
        _re.compile = _std_compile


@contextmanager
def patterns_of_imports_cached() -> Iterator[None]:
    """While this is active, the standard module's ``re.compile`` takes a text pattern from
    the compiled-form cache (and keeps it there), as :func:`compile` does: for importing a
    library that compiles its patterns at import (markdown-it: 60 patterns, 10 ms, a
    tenth of a short run's Markdown reading). Use it only around such an import, once the
    cache folder is configured: a pattern a library builds from its input does not belong
    in the cache file. The patterns are the standard module's (``re.Pattern``, equal to
    what ``re.compile`` gives); only the standard module's own memo of them is not filled."""
    if _re.compile is not _std_compile:  # already active (nested)
        yield
        return
    _re.compile = _compile_of_imports
    try:
        yield
    finally:
        _re.compile = _std_compile


def _compile_of_imports(pattern: Any, flags: int = 0) -> Any:
    if type(pattern) is str:
        return _compile_cached(pattern, flags)
    return _std_compile(pattern, flags)


def _with_list(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """An entry as ``_sre.compile`` takes it: the code as a list of ints."""
    return (entry[0], _array("I", entry[1]).tolist(), *entry[2:])


def save_cache() -> None:
    """Write the compiled forms built in this process to the cache folder (done at exit;
    a worker process calls it itself)."""
    if not _PENDING:
        return
    from claimcheck import cache

    if cache.save_table(_cache_file(), _codes(), _PENDING, _MAX_ENTRIES):  # (read-only: no cache, same patterns)
        _PENDING.clear()


def _register() -> None:
    from claimcheck import cache

    cache.on_configure(_forget)
    atexit.register(save_cache)


_register()
