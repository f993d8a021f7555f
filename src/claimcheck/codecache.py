"""The code of the methods :mod:`dataclasses` writes, kept in the cache folder.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``
(and ``__hash__``, ``__setattr__`` … for a frozen class) and compiles it with ``exec``, in
every process: claimcheck's readers, extractors and rules and the libraries they load make
about 70 dataclasses, and compiling their methods was a tenth of a short run. Once the
``claimcheck`` command has configured its cache folder (:mod:`claimcheck.cache`), this
module gives :mod:`dataclasses` an ``exec`` that takes the compiled code of a source text
it has seen before from ``dataclass-code-*.marshal`` in that folder (one file per Python
version), and compiles the others as ``exec`` does (file name ``<string>``, no
``__future__`` flags of its own) and keeps them, written at exit. The code is the same
either way: it depends only on the text, which is the key. ``--no-cache`` (a cache turned
off) puts the standard ``exec`` back, and a program that uses claimcheck as a library and
configures no cache folder keeps it throughout.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import sys
from typing import Any

from claimcheck import cache

__all__ = ["save_cache"]

#: source text -> code object: loaded from the cache file
_CODES: dict[str, Any] | None = None
#: compiled in this process, written to the cache folder at exit
_PENDING: dict[str, Any] = {}
_MAX_ENTRIES = 3000  # a program that makes dataclasses on the fly must not grow the file forever


def _cache_file() -> Any:
    import hashlib

    base = cache.folder()
    if base is None:
        return None
    stamp = f"{sys.version}|{sys.implementation.cache_tag}"
    return base / f"dataclass-code-{hashlib.sha1(stamp.encode()).hexdigest()[:12]}.marshal"


def _codes() -> dict[str, Any]:
    global _CODES
    if _CODES is None:
        _CODES = {}
        path = _cache_file()
        try:
            data = marshal.loads(path.read_bytes()) if path is not None else {}
            if isinstance(data, dict):
                _CODES = data
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no file, or a damaged one: compile from the text
    return _CODES


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002  (exec's names)
    """``exec`` for :mod:`dataclasses`: the same, with the compiled code of a text kept."""
    if globals is None:  # exec's own default (the caller's namespace): not how dataclasses calls it
        frame = sys._getframe(1)
        builtins.exec(source, frame.f_globals, frame.f_locals if locals is None else locals)
        return
    if type(source) is str:
        code = _codes().get(source) or _PENDING.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if len(_PENDING) < _MAX_ENTRIES:
                _PENDING[source] = code
        source = code
    builtins.exec(source, globals, locals)


def save_cache() -> None:
    """Write the code compiled in this process to the cache folder (done at exit)."""
    if not _PENDING:
        return
    path = _cache_file()
    if path is None:
        return
    codes = dict(_codes())
    if len(codes) + len(_PENDING) > _MAX_ENTRIES:
        codes = {}
    codes.update(_PENDING)
    try:
        from claimcheck.fileio import write_atomic

        write_atomic(path, marshal.dumps(codes), create_folders=True, durable=False)
        _PENDING.clear()
    except (OSError, ValueError):
        pass  # a read-only cache folder: no cache, same code


def _on_configure() -> None:
    """A cache folder was configured: use it (or, with none, the standard ``exec``)."""
    global _CODES
    import dataclasses

    _CODES = None
    if cache.folder() is None:
        if dataclasses.__dict__.get("exec") is _exec:
            del dataclasses.exec  # type: ignore[attr-defined]
        _PENDING.clear()
    else:
        dataclasses.exec = _exec  # type: ignore[attr-defined]


cache.on_configure(_on_configure)
atexit.register(save_cache)
