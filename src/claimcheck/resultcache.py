"""The result cache: a command run again on the same drafts with the same settings prints
what it printed the first time, without reading the drafts again.

As ruff keeps each file's diagnostics, claimcheck keeps the report of a ``verify`` (or
an ``extract``) in the cache folder (:mod:`claimcheck.cache`, ``results/``), keyed on
everything the report depends on:

- the command and the options that shape its output (format, ``--statistics``, ...);
- the settings in force, resolved (file and flags merged), and the file they came from;
- each draft's path as given and a hash of its bytes;
- the registry of reviewed claims, when one is named (a hash of every file in it);
- claimcheck itself: its version and the size and time of every file of the installed
  package (so an edited checkout never reuses a report of its old code), and the
  distributions installed beside it (a new pint or dateparser may read differently);
- the Python version, the current folder, and today's date (dates without a year, and
  "so far", are read against it).

A run with an error (a draft that cannot be read, a time budget spent) is never kept, nor
one whose report has side effects (``--baseline``, ``--write-baseline``,
``--changed-since``, a draft on standard input, the GitHub step summary). ``--no-cache``
reads and writes nothing. A damaged or unreadable entry is ignored and written again;
the folder may be deleted at any time.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any, Sequence

from claimcheck import __version__, cache
from claimcheck.registry.paths import registry_path

__all__ = ["Entry", "key", "load", "quick_key", "store"]

#: bump when the layout of an entry changes
_LAYOUT = 1
#: the package folder whose files make up "claimcheck itself"
_PACKAGE = Path(__file__).resolve().parent


class Entry:
    """A kept report: the text printed, and the exit status."""

    __slots__ = ("text", "status")

    def __init__(self, text: str, status: int) -> None:
        self.text = text
        self.status = status


@functools.cache
def _code_stamp() -> tuple[str, ...]:
    """The version and every file of the installed package (size and time), and the
    names of the distributions installed beside it."""
    out = [__version__, sys.version]
    _stamp_folder(str(_PACKAGE), "", out)
    for entry in sys.path:
        if os.path.basename(entry) in ("site-packages", "dist-packages") and os.path.isdir(entry):
            out.extend(sorted(n for n in os.listdir(entry) if n.endswith((".dist-info", ".egg-info", ".pth"))))
    return tuple(out)


def _stamp_folder(folder: str, prefix: str, out: list[str]) -> None:
    """Add ``relative path|size|mtime`` of each file under ``folder`` to ``out``, in the
    order of ``os.walk`` with sorted names (a folder's files, then each folder in turn;
    ``__pycache__`` and links to folders not entered, a folder that cannot be read left
    out): one ``scandir`` a folder and no ``os.path.relpath`` a file, a third of the time."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    folders = []
    for e in entries:
        try:
            is_folder = e.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            if e.name != "__pycache__":
                folders.append(e)
        elif not e.name.endswith((".pyc", ".pyo")):
            st = os.stat(e.path)
            out.append(f"{prefix}{e.name}|{st.st_size}|{st.st_mtime_ns}")
    for e in folders:
        if not e.is_symlink():
            _stamp_folder(e.path, f"{prefix}{e.name}{os.sep}", out)


def _hash_file(path: str | os.PathLike[str], into: Any) -> None:
    """Add the bytes of a regular file to ``into``; anything else (a FIFO, a device: a
    read could block) raises OSError, so the run is not cached and reports it itself."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{os.fspath(path)} is not a regular file")
        digest = hashlib.sha256()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    into.update(digest.digest())


def _hasher(**fields: Any) -> hashlib._Hash:
    """A hash started with ``fields`` and what every key holds: the entry layout, the
    current folder, today's date and claimcheck's own files."""
    head = {"layout": _LAYOUT, "cwd": os.getcwd(), "today": dt.date.today().isoformat(), "code": _code_stamp()}
    h = hashlib.sha256()
    h.update(json.dumps({**head, **fields}, sort_keys=True, default=str).encode())
    return h


def _hash_drafts(drafts: Sequence[str | os.PathLike[str]], into: hashlib._Hash) -> None:
    """Each draft's path as given and its bytes."""
    for draft in drafts:
        into.update(b"\0draft\0" + os.fsencode(draft) + b"\0")
        _hash_file(draft, into)


def _settings_data(settings: Any) -> Any:
    """The settings as ``model_dump(mode="json")`` gives them, without building the settings'
    model when they hold only plain values (:meth:`claimcheck.config.Settings.json_data`)."""
    if settings is None:
        return None
    try:
        return settings.json_data()
    except TypeError:  # a rule option pydantic writes in its own form
        return settings.model_dump(mode="json")


def key(
    command: str,
    settings: Any,
    options: dict[str, Any],
    drafts: Sequence[str | os.PathLike[str]],
    registry: str | None = None,
) -> str | None:
    """The key of a run, or None when it must not be cached (no cache folder, a draft or
    registry file that cannot be read now: the run itself reports that)."""
    if cache.folder() is None:
        return None
    h = _hasher(
        command=command,
        options=options,
        settings=_settings_data(settings),
        origin=getattr(settings, "origin", None),
    )
    try:
        if getattr(settings, "origin", None):
            _hash_file(settings.origin, h)
        _hash_drafts(drafts, h)
        reg = registry_path(settings, registry)
        if reg is not None:
            h.update(b"\0registry\0" + os.fsencode(reg) + b"\0")
            if os.path.isdir(reg):
                for root, dirs, files in os.walk(reg):
                    dirs.sort()
                    for name in sorted(files):
                        full = os.path.join(root, name)
                        h.update(os.fsencode(os.path.relpath(full, reg)) + b"\0")
                        _hash_file(full, h)
            else:
                _hash_file(reg, h)
    except OSError:
        return None
    return h.hexdigest()[:32]


def quick_key(
    command: str, params: dict[str, Any], config: str | None, paths: Sequence[str], registry: str | None = None
) -> str | None:
    """A key made before the settings are read (reading them loads pydantic, most of what
    a run served from the cache would cost), or None when there is none to make.

    It covers what the settings are made of rather than the settings: the command's
    parameters as given, and the bytes of ``config`` or, without it, of every
    ``claimcheck.toml`` and ``pyproject.toml`` from the current folder up to the root (a
    superset of the one that applies, so any edit to the one that applies misses). Only
    for drafts named as regular files (a folder's drafts depend on the settings), and only
    in the cache folder of ``--cache-dir`` or the default one: a run whose settings file
    names another folder is looked up by :func:`key` alone."""
    if not paths or cache.folder() is None or registry is not None and not os.path.isfile(registry):
        return None
    h = _hasher(quick=command, params=params)
    try:
        if config is not None:
            _hash_file(config, h)
        else:
            here = Path.cwd().resolve()
            for folder in (here, *here.parents):
                for name in ("claimcheck.toml", "pyproject.toml"):
                    cand = folder / name
                    if cand.exists():
                        h.update(b"\0config\0" + os.fsencode(cand) + b"\0")
                        _hash_file(cand, h)
        _hash_drafts(paths, h)  # a folder, a FIFO: OSError, no quick key
        if registry is not None:
            _hash_file(registry, h)
    except OSError:
        return None
    return "q" + h.hexdigest()[:31]


def _path(run_key: str) -> Path | None:
    base = cache.folder()
    return None if base is None else base / "results" / f"{run_key}.json"


def load(run_key: str | None) -> Entry | None:
    """The kept report for ``run_key``, or None (none kept, unreadable or damaged)."""
    path = _path(run_key) if run_key else None
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        if data.get("layout") == _LAYOUT and isinstance(data.get("text"), str) and isinstance(data.get("status"), int):
            return Entry(data["text"], data["status"])
    except (OSError, ValueError, AttributeError):
        pass
    return None


def store(run_key: str | None, text: str, status: int) -> None:
    """Keep the report of a run (an unwritable folder only means no cache)."""
    path = _path(run_key) if run_key else None
    if path is None:
        return
    from claimcheck.fileio import write_atomic

    payload = json.dumps({"layout": _LAYOUT, "text": text, "status": status}, ensure_ascii=False)
    try:
        write_atomic(path, payload.encode("utf-8"), create_folders=True, durable=False)
    except (OSError, ValueError):
        pass
