"""Writing files safely: every file claimcheck writes is written atomically, and never
over a draft it reads.

:func:`write_output` is what commands use for ``--output``/``-o``: it refuses to write over
an input file (also through a link to it), writes through a symbolic link to the file the
link names, writes a device or a pipe in place (``-o /dev/null`` never replaces
``/dev/null``), never creates folders, and turns every failure into one
:class:`~claimcheck.errors.OutputError` (E312). :func:`write_atomic` is the layer below.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import Iterable

from claimcheck.errors import OutputError

__all__ = ["write_atomic", "write_output"]


def write_atomic(
    path: str | os.PathLike[str],
    text: str | bytes,
    *,
    overwrite: bool = True,
    create_folders: bool = False,
    durable: bool = True,
) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename.

    A crash or a full disk leaves either the old file or the new one, never half of one;
    an interrupted write removes its temporary file. With ``overwrite=False`` an existing
    file is an error (``FileExistsError``). Folders are made only with ``create_folders``.
    The temporary name is short (``.cc-XXXXXXXX.tmp``) so a target name at the length
    limit still works. ``bytes`` are written as they are (a cache file).

    ``durable=False`` leaves out the ``fsync`` before the rename (4 to 12 ms of a run's wall
    time on a busy disk): for the cache folder's files, which a crash may leave out of date
    or damaged (each reader then ignores them), never for a report or a draft's annotations.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if create_folders:
        folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".cc-{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the mode a new file gets
    try:
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as fb:
                fb.write(text)
                fb.flush()
                if durable:
                    os.fsync(fb.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                if durable:
                    os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails if target exists, atomically
            os.unlink(tmp)
    except BaseException:
        if os.path.lexists(tmp):
            os.unlink(tmp)
        raise


def write_output(
    path: str | os.PathLike[str], text: str | bytes, *, inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Write a report (text, or bytes such as an annotated .docx) to ``path`` safely (see the
    module docstring); E312 on any failure."""
    raw = str(path)
    target = Path(os.path.realpath(raw))  # through symbolic links, to the file they name
    for inp in inputs:
        try:
            same = target.exists() and os.path.samefile(target, inp)
        except OSError:
            same = False
        if same:
            raise OutputError(
                f"will not write the report over {inp}, a file this command reads",
                path=raw,
                hint="name another file with --output",
            )
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=raw, hint="check the path") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError("is a folder, not a file", path=raw, hint="name a file inside it")
    if not target.parent.is_dir():
        raise OutputError(
            f"the folder {target.parent} does not exist",
            path=raw,
            hint="create the folder first; claimcheck does not make folders for reports",
        )
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            with open(target, "wb") as fh:  # a device or a pipe: in place
                fh.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        else:
            write_atomic(target, text)
    except OSError as exc:
        raise OutputError(
            f"cannot write: {exc.strerror or exc}",
            path=raw,
            hint="check the folder exists, is writable and has space, and the name is not too long",
        ) from None
