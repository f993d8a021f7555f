"""The code of the methods :mod:`dataclasses` writes, and of the annotations :mod:`typing`
compiles, kept in the cache folder.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``
(and ``__hash__``, ``__setattr__`` … for a frozen class) and compiles it with ``exec``, in
every process: claimcheck's readers, extractors and rules and the libraries they load make
about 70 dataclasses, and compiling their methods was a tenth of a short run. Once the
``claimcheck`` command has configured its cache folder (:mod:`claimcheck.cache`), this
module gives :mod:`dataclasses` an ``exec`` that takes the compiled code of a source text
it has seen before from ``dataclass-code-*.marshal`` in that folder (one file per Python
version), and compiles the others as ``exec`` does (file name ``<string>``, no
``__future__`` flags of its own) and keeps them, written at exit. The code is the same
either way: it depends only on the text, which is the key. :mod:`typing` gets the same for
the annotations written as text that it compiles (``typing.ForwardRef``, about a thousand
in a run, read by pydantic). ``--no-cache`` (a cache turned off) puts the standard
functions back, and a program that uses claimcheck as a library and configures no cache
folder keeps them throughout.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import sys
from types import CodeType
from typing import Any

from claimcheck import cache

__all__ = ["save_cache"]

#: (mode, source text) -> the code object, marshalled: loaded from the cache file (each
#: entry is turned into code only when used: the whole file, ~900 entries once every
#: reader has run, took 3-4 ms to load as code objects, 0.4 ms as bytes)
_CODES: dict[tuple[str, str], bytes] | None = None
#: entries of the file turned into code in this process
_LOADED: dict[tuple[str, str], CodeType] = {}
#: compiled in this process, written to the cache folder at exit
_PENDING: dict[tuple[str, str], Any] = {}
_MAX_ENTRIES = 3000  # a program that makes dataclasses on the fly must not grow the file forever


def _cache_file() -> Any:
    import hashlib

    base = cache.folder()
    if base is None:
        return None
    stamp = f"{sys.version}|{sys.implementation.cache_tag}|mode-and-text|code-as-bytes"
    return base / f"dataclass-code-{hashlib.sha1(stamp.encode()).hexdigest()[:12]}.marshal"


def _codes() -> dict[tuple[str, str], bytes]:
    global _CODES
    if _CODES is None:
        _CODES = cache.read_table(_cache_file())  # no file, or a damaged one: compile from the text
    return _CODES


def _compiled(source: str, mode: str) -> Any:
    """``compile(source, "<string>", mode)`` with no ``__future__`` flags, from the cache."""
    key = (mode, source)
    code = _LOADED.get(key) or _PENDING.get(key)
    if code is None:
        kept = _codes().get(key)
        if kept is not None:
            try:
                code = marshal.loads(kept)
            except (EOFError, ValueError, TypeError):
                pass  # a damaged entry: compile the text
            if type(code) is CodeType:
                _LOADED[key] = code
                return code
        code = builtins.compile(source, "<string>", mode, dont_inherit=True)
        if len(_PENDING) < _MAX_ENTRIES:
            _PENDING[key] = code
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002  (exec's names)
    """``exec`` for :mod:`dataclasses`: the same, with the compiled code of a text kept."""
    if globals is None:  # exec's own default (the caller's namespace): not how dataclasses calls it
        frame = sys._getframe(1)
        builtins.exec(source, frame.f_globals, frame.f_locals if locals is None else locals)
        return
    builtins.exec(_compiled(source, "exec") if type(source) is str else source, globals, locals)


def _compile(
    source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
) -> Any:
    """``compile`` for :mod:`typing`, whose ``ForwardRef`` compiles each annotation written as
    text (``"Location | None"``: about a thousand in a run, claimcheck's models and
    pydantic's): the same, with the code of such an expression kept."""
    if type(source) is str and filename == "<string>" and mode == "eval" and not flags and optimize == -1:
        return _compiled(source, "eval")
    return builtins.compile(source, filename, mode, flags, dont_inherit, optimize)


def save_cache() -> None:
    """Write the code compiled in this process to the cache folder (done at exit)."""
    if not _PENDING:
        return
    path = _cache_file()
    if path is None:
        return
    new = {key: marshal.dumps(code) for key, code in _PENDING.items()}
    if cache.save_table(path, _codes(), new, _MAX_ENTRIES):  # (a read-only folder: no cache, same code)
        _PENDING.clear()


#: (module, name it looks up, ours)
_HOOKS = (("dataclasses", "exec", _exec), ("typing", "compile", _compile))


def _on_configure() -> None:
    """A cache folder was configured: use it (or, with none, the standard functions)."""
    global _CODES
    import importlib

    _CODES = None
    for module_name, name, ours in _HOOKS:
        module = importlib.import_module(module_name)
        if cache.folder() is None:
            if module.__dict__.get(name) is ours:
                delattr(module, name)
        else:
            setattr(module, name, ours)
    if cache.folder() is None:
        _PENDING.clear()


cache.on_configure(_on_configure)
atexit.register(save_cache)
