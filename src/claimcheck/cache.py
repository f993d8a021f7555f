"""Where claimcheck keeps what it computes once and reuses: the cache folder.

Caches only save time; the findings are the same with or without them. The folder is
``--cache-dir`` (or ``cache-dir`` in the settings), else ``$CLAIMCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/claimcheck`` or ``~/.cache/claimcheck``; ``--no-cache`` reads and writes
none. It holds (docs/speed.md):

- ``ecb-rates-*.json``: ECB rate look-ups, tied to the installed data file
  (:mod:`claimcheck.rules._rates`);
- ``ecb-table-*.pickle``: the ECB rate table parsed once per installed data file;
- ``regex-*.marshal``: the compiled form of claimcheck's regular expressions, per Python
  version (:mod:`claimcheck.lazyre`);
- ``psl-*.marshal``: the Public Suffix List parsed once per installed list (CT002);
- ``countries-*.marshal``, ``subdivisions-*.marshal``, ``currencies-*.marshal``: country
  look-ups, state and province names and
  currency codes read once from pycountry's tables; ``code-names-*.marshal``: the names of
  each ISO country and currency code (:mod:`claimcheck.rules._acronyms_common`);
- ``currency-lexicon-*.marshal``, ``currency-names-*.marshal``: the currency phrases made from
  pycountry's names (:mod:`claimcheck.extract.currency`) and the text of the pattern of
  currency names after a figure (:mod:`claimcheck.extract.numeric`), tied to pycountry's
  table and to the files they are written from;
- ``pint/``: pint's own cache of its parsed unit definitions (:mod:`claimcheck.claims.units`);
- ``unit-bases-*.marshal``: each unit's factor to pint's base units, as ``to_base`` found it
  (:mod:`claimcheck.claims.units`), tied to pint's installed files;
- ``results/``: the report of each ``verify`` and ``extract`` run, keyed on all it depends on
  (:mod:`claimcheck.resultcache`).

A CI job keeps the folder between runs with its cache step (docs/ci.md).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar, cast

__all__ = [
    "configure",
    "current",
    "folder",
    "load_or_build",
    "on_configure",
    "package_file",
    "read_marshal",
    "read_table",
    "save_table",
    "tied_file",
    "write_marshal",
]

T = TypeVar("T")

#: set by :func:`configure` (``--cache-dir``, ``--no-cache``): (folder or None, enabled)
_SETTING: tuple[str | None, bool] = (None, True)
_LISTENERS: list[Callable[[], None]] = []


def configure(path: str | None = None, *, enabled: bool = True) -> None:
    """Use ``path`` as the cache folder (None: the default), or no cache (``enabled=False``)."""
    global _SETTING
    _SETTING = (path, enabled)
    for listener in _LISTENERS:
        listener()


def current() -> tuple[str | None, bool]:
    """The setting in force, as :func:`configure` takes it (to hand to a worker process)."""
    return _SETTING


def on_configure(listener: Callable[[], None]) -> None:
    """Call ``listener`` whenever the cache folder changes (a cache drops what it loaded)."""
    _LISTENERS.append(listener)


def folder() -> Path | None:
    """The cache folder in force, or None with ``--no-cache``."""
    path, enabled = _SETTING
    if not enabled:
        return None
    base = (
        path
        or os.environ.get("CLAIMCHECK_CACHE_DIR")
        or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "claimcheck")
    )
    return Path(base)


def load_or_build(name: str, sources: Sequence[str | os.PathLike[str]], build: Callable[[], T]) -> T:
    """``build()``, kept in the cache folder as ``NAME-TAG.marshal`` and read from there while
    the ``sources`` (the installed data files it is made from) and Python stay the same.

    ``build`` must return plain data (dicts, lists, sets, strings, numbers); a missing,
    damaged or unwritable file only means building again."""
    path = tied_file(name, sources)
    if path is None:  # no cache folder, or a data file not where it was: nothing to tie a cache to
        return build()
    kept = read_marshal(path)
    if kept is not _MISSING:
        return cast(T, kept)
    value = build()
    write_marshal(path, value)  # a read-only folder, or data marshal cannot write: no cache, same answers
    return value


def tied_file(name: str, sources: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The cache file ``NAME-TAG.marshal`` for what is made from the ``sources`` (the
    installed files it depends on): the tag changes with Python and with each source's
    size and time, so a new package version starts a new file. None with no cache folder
    or a source that cannot be found."""
    import hashlib
    import sys

    base = folder()
    if base is None:
        return None
    stamp = [sys.version]
    for source in sources:
        try:
            st = os.stat(source)
        except OSError:
            return None
        stamp.append(f"{os.fspath(source)}|{st.st_size}|{st.st_mtime_ns}")
    tag = hashlib.sha1("\n".join(stamp).encode()).hexdigest()[:12]
    return base / f"{name}-{tag}.marshal"


#: what :func:`read_marshal` gives for a missing or damaged file
_MISSING: Any = object()


def read_marshal(path: Path | None) -> Any:
    """The value kept in the cache file ``path`` (written by :func:`write_marshal`), or
    :data:`_MISSING` when there is no such file or it cannot be read (damaged, or written by
    another Python)."""
    if path is None:
        return _MISSING
    import marshal

    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return _MISSING


def read_table(path: Path | None) -> dict[Any, Any]:
    """The dict kept in the cache file ``path``; an empty one when there is none."""
    value = read_marshal(path)
    return value if isinstance(value, dict) else {}


def write_marshal(path: Path, value: Any) -> bool:
    """Keep ``value`` (plain data or code) in the cache file ``path``, atomically and without
    waiting for the disk (:func:`claimcheck.fileio.write_atomic`); False when it cannot be
    written (a read-only folder, data marshal cannot write): the cache is then simply off."""
    import marshal

    from claimcheck.fileio import write_atomic

    try:
        write_atomic(path, marshal.dumps(value), create_folders=True, durable=False)
    except (OSError, ValueError):
        return False
    return True


def save_table(path: Path | None, kept: dict[Any, Any], new: dict[Any, Any], max_entries: int) -> bool:
    """Write the table ``kept`` with the ``new`` entries to the cache file ``path``, starting
    afresh when the two would hold more than ``max_entries``. True when written."""
    if path is None or not new:
        return False
    table = dict(kept) if len(kept) + len(new) <= max_entries else {}
    table.update(new)
    return write_marshal(path, table)


def package_file(package: str, *parts: str) -> str | None:
    """The path of a data file installed with ``package``, found without importing it
    (importing pycountry or currency_converter costs more than the cache saves), or None."""
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.join(list(spec.submodule_search_locations)[0], *parts)


def package_text(package: str, *parts: str) -> str:
    """The text (UTF-8) of a data file installed with ``package`` (a dotted name such as
    ``claimcheck.data``), as ``importlib.resources.files(package).joinpath(*parts)`` reads
    it. Read as a plain file when the package is installed as files: importing
    :mod:`importlib.resources` pulls in ``tempfile``, ``shutil``, ``zipfile``, ``bz2`` and
    ``lzma``, about 1% of a short run; :mod:`importlib.resources` reads it otherwise (a
    package in a zip file)."""
    path = package_file(package, *parts)
    if path is not None and os.path.isfile(path):
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    from importlib.resources import files

    return files(package).joinpath(*parts).read_text(encoding="utf-8")
