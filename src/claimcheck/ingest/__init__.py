"""Read drafts into :class:`~claimcheck.document.Document` objects.

``load_document(path)`` picks a reader by suffix (``.md``, ``.txt``, ``.html``, ``.pdf``, ``.docx``)
or, for other names, by content; ``reader=`` forces one. Every failure to read is an
:class:`~claimcheck.errors.InputError` that names the file and says what to do. Files are
only ever opened for reading. Markdown and text drafts must be UTF-8 (E107); HTML pages
are decoded as browsers decode them (:func:`read_html_text`), with a reading notice for
anything guessed.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
from claimcheck import lazyre as re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from claimcheck.errors import InputError

if TYPE_CHECKING:  # loaded where a draft is read: finding drafts does not need the document model
    from claimcheck.document import Document, Metadata, Notice

__all__ = [
    "DEFAULT_EXCLUDE",
    "DEFAULT_MAX_BYTES",
    "READERS",
    "detect_reader",
    "find_drafts",
    "load_document",
    "read_html_text",
    "read_text",
]

#: Largest draft read by default: far above any real issue, small enough to bound memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
READERS = ("markdown", "text", "html", "pdf", "docx")
#: folders and files not searched for drafts unless the settings' ``exclude`` says otherwise
DEFAULT_EXCLUDE: tuple[str, ...] = ("node_modules", "__pycache__", "site-packages", "venv", ".venv")


def detect_reader(path: Path, head: bytes) -> str:
    """The reader for ``path``: by suffix, else by the first bytes of the file."""
    by_suffix = SUFFIXES.get(path.suffix.lower())
    if by_suffix:
        return by_suffix
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # a zip (.docm, .dotx) or an encrypted Word file
        return "docx"
    start = head.lstrip()[:512].lower()
    if start.startswith(b"%pdf-"):
        return "pdf"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in start:
        return "html"
    if start.startswith(b"---") or b"[^" in head:
        return "markdown"
    return "text"


def find_drafts(
    paths: Iterable[str | os.PathLike[str]],
    *,
    exclude: Sequence[str] | None = None,
    extend_exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
) -> list[Path]:
    """Expand directories into the drafts they hold.

    In a folder: files with a draft suffix, regular files only (a FIFO or a device named
    ``*.md`` would block a read), hidden files and folders skipped, and skipped too what
    ``exclude`` names (default :data:`DEFAULT_EXCLUDE`; ``extend_exclude`` adds to it) and,
    inside a git checkout with ``respect_gitignore``, what ``.gitignore`` ignores. Patterns
    are shell globs matched against a name or a path relative to the folder searched
    (``drafts/archive/*``). A file named directly is always read.

    Raises :class:`InputError` for a missing path or a directory with no drafts in it.
    """
    patterns = [*(DEFAULT_EXCLUDE if exclude is None else exclude), *extend_exclude]
    out: list[Path] = []
    for raw in paths:
        if str(raw) == "":
            raise InputError(
                "an empty path names no draft",
                path='""',
                hint="name the drafts or their folder (`.` for the current folder)",
                code="E101",
            )
        path = Path(raw)
        if not path.exists():
            if _is_loop(path):  # read as a draft, so that it is that draft's error (E103)
                out.append(path)
                continue
            _raise_missing(path, str(raw))
        if path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                raise InputError(
                    "folder cannot be read (permission denied)",
                    path=str(raw),
                    hint="check the folder's permissions",
                    code="E103",
                )
            unreadable: list[Path] = []
            found = sorted(_walk(path, patterns, unreadable))
            if unreadable:
                raise InputError(
                    "folder cannot be read (permission denied): the drafts in it would go unchecked",
                    path=str(unreadable[0]),
                    hint="check its permissions, or leave it out with --extend-exclude",
                    code="E103",
                )
            if respect_gitignore:
                found = _not_ignored(path, found)
            if not found:
                raise InputError(
                    "directory holds no drafts (.md, .markdown, .txt, .html, .htm, .pdf, .docx)",
                    path=str(raw),
                    hint="name the draft files, or force a reader with --reader; `exclude` and "
                    ".gitignore leave some out",
                    code="E102",
                )
            out.extend(found)
        else:
            out.append(path)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = _resolved(p)  # a link loop: read (and refused) as it is named
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _excluded(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(
        fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel, pat.rstrip("/") + "/*")
        for pat in patterns
    )


def _is_loop(path: Path) -> bool:
    import errno

    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _raise_missing(path: Path, shown: str) -> None:
    """Raise the error for a path that does not exist: a link loop and a link to nothing
    are said as such, not "no such file" (:func:`_missing`)."""
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as exc:
            import errno

            if exc.errno == errno.ELOOP:
                raise InputError(
                    "is a symbolic link loop (the link leads back to itself)",
                    path=shown,
                    hint="point the link at the draft, or name the draft itself",
                    code="E103",
                ) from None
        raise InputError(
            f"is a symbolic link to nothing ({os.readlink(path)} does not exist)",
            path=shown,
            hint="point the link at the draft, or name the draft itself",
            code="E101",
        )
    try:
        os.stat(path)
    except OSError as exc:
        import errno

        if exc.errno == errno.ELOOP:  # a loop further up the path
            raise InputError(
                "the path goes through a symbolic link loop",
                path=shown,
                hint="check the links on the way to the draft",
                code="E103",
            ) from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise InputError(
                "cannot be reached (permission denied on a folder on the way)",
                path=shown,
                hint="check the folders' permissions",
                code="E103",
            ) from None
    raise _missing(shown)


def _walk(
    root: Path, patterns: Sequence[str] = DEFAULT_EXCLUDE, unreadable: list[Path] | None = None
) -> Iterator[Path]:
    """The drafts under ``root``; folders that cannot be listed go to ``unreadable``."""

    def failed(exc: OSError) -> None:
        if unreadable is not None and exc.filename:
            unreadable.append(Path(exc.filename))

    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        rel = (lambda n: n) if rel_dir == "." else (lambda n, d=rel_dir: f"{d}/{n}")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not _excluded(rel(d), d, patterns))
        for name in filenames:
            if name.startswith((".", "~$")) or _excluded(rel(name), name, patterns):  # ~$: Word's lock files
                continue
            p = here / name
            if p.suffix.lower() not in SUFFIXES:
                continue
            try:
                if not stat.S_ISREG(os.stat(p).st_mode):
                    continue  # a FIFO, a socket or a device: never opened
            except OSError as exc:
                import errno

                if exc.errno == errno.ELOOP:
                    yield p  # a link loop: reported as that draft's error, never skipped silently
                continue  # a dangling link
            yield p


def _not_ignored(root: Path, files: list[Path]) -> list[Path]:
    """``files`` less those git ignores (``.gitignore``, ``.git/info/exclude``); all of them
    outside a git checkout or without git."""
    import shutil
    import subprocess

    git = shutil.which("git")
    if git is None or not files:
        return files
    try:
        proc = subprocess.run(
            [git, "check-ignore", "-z", "--stdin"],
            cwd=root,
            input="\0".join(str(_resolved(p)) for p in files),
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
        )
    except (OSError, subprocess.SubprocessError):
        return files
    if proc.returncode not in (0, 1):  # 128: not a git checkout
        return files
    ignored = {Path(n) for n in proc.stdout.split("\0") if n}
    return [p for p in files if _resolved(p) not in ignored]


def _resolved(p: Path) -> Path:
    """``p.resolve()``, or ``p`` made absolute for a link loop (``resolve`` raises on one)."""
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return p.absolute()


def _too_big(path: Path, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"file is {size / 2**20:.1f} MiB, over the {max_bytes / 2**20:.0f} MiB limit for a draft",
        path=str(path),
        hint="split the issue into one file per article, or raise --max-size",
        code="E104",
    )


def _missing(path: str | os.PathLike[str]) -> InputError:
    """The one error for a draft that is not there, whichever command was given it."""
    return InputError(
        "no such file or directory",
        path=str(path),
        hint="check the path; claimcheck reads .md, .txt, .html, .pdf and .docx drafts",
        code="E101",
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        import errno

        if exc.errno == errno.ELOOP:
            raise InputError(
                "is a symbolic link loop (the link leads back to itself)",
                path=str(path),
                hint="point the link at the draft, or remove it",
                code="E103",
            ) from None
        raise InputError(f"cannot read file: {exc.strerror}", path=str(path), code="E103") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory", path=str(path), code="E103")
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise InputError(
            "is not a regular file (a pipe, a socket or a device)",
            path=str(path),
            hint="save the draft to a file, or pipe it with `-` and --stdin-filename",
            code="E103",
        )
    if st.st_size > max_bytes:
        raise _too_big(path, st.st_size, max_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(
            f"cannot read file: {exc.strerror}",
            path=str(path),
            hint="check that the file exists and is readable",
            code="E103",
        ) from None
    return _check_bytes(path, data, max_bytes)


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    """The line and column (in characters, from 1) of byte ``offset`` of a file's bytes."""
    before = data[:offset]
    return before.count(b"\n") + 1, len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1


def _check_bytes(path: Path, data: bytes, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise _too_big(path, len(data), max_bytes)
    if not data.strip():
        raise InputError(
            "file is empty",
            path=str(path),
            hint="there is nothing to check; save the draft first",
            code="E105",
        )
    return data


def read_text(path: Path, data: bytes) -> str:
    """Decode a text draft as UTF-8; binary files and other encodings are input errors."""
    if b"\x00" in data[:8192]:
        raise InputError(
            "file is binary, not a text draft",
            path=str(path),
            hint="pass a .md, .txt, .html or .pdf draft, or force a reader with --reader",
            code="E106",
        )
    nul = data.find(b"\x00")
    if nul >= 0:  # a text file with a NUL byte further on: say where
        line, col = _line_column(data, nul)
        raise InputError(
            "file holds a NUL byte, which no text draft has",
            path=str(path),
            line=line,
            column=col,
            hint="remove it (a damaged save, or a binary file named as a draft)",
            code="E106",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_column(data, exc.start)
        raise InputError(
            f"file is not UTF-8 (byte 0x{data[exc.start]:02x} cannot be decoded)",
            path=str(path),
            line=line,
            column=col,
            hint="save the draft as UTF-8 and run claimcheck again",
            code="E107",
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">,
# looked for in the first bytes of the file as a browser does (its prescan reads 1024)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# labels browsers decode differently from their name (WHATWG Encoding Standard)
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gbk",
    "gb_2312-80": "gbk",
    "x-gbk": "gbk",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
}
_UTF8_LABELS = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"}


def _c1_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Bytes windows-1252 leaves undefined decode to the C1 control of the same value,
    as browsers decode them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error("claimcheck-c1", _c1_bytes)


def _declared_charset(data: bytes) -> tuple[str, int] | None:
    """The charset an HTML file declares in a ``<meta>`` near its start, and its offset."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    return m.group(1).decode("ascii", "replace").lower(), m.start(1)


def read_html_text(path: Path, data: bytes) -> tuple[str, list[Notice]]:
    """Decode an HTML file as a browser would, with notices for what was guessed.

    A byte-order mark decides first; then a file that is valid UTF-8 is read as UTF-8
    (whatever it declares: saved pages are often re-encoded without their declaration
    being changed, and text in a legacy encoding is almost never valid UTF-8); otherwise
    the ``<meta>`` charset is used, with ``iso-8859-1`` and ``us-ascii`` read as
    ``windows-1252`` as browsers do. A legacy file that declares nothing is read as
    ``windows-1252``, the browsers' default, with a notice (CC002) instead of a refusal.
    """
    from claimcheck.document import Location, Notice

    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return read_text(path, data), []
    notices: list[Notice] = []
    declared = _declared_charset(data)

    def notice(message: str, help: str) -> None:
        where = declared[1] if declared else 0
        before = data[:where]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("latin-1")) + 1
        notices.append(
            Notice(
                location=Location(path=str(path), line=line, column=col),
                message=message,
                help=help,
                subject=f"encoding {declared[0] if declared else 'none'}",
            )
        )

    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", "replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        try:
            text = data.decode("utf-8")
            if declared and declared[0] not in _UTF8_LABELS and not data.isascii():
                notice(
                    f"the page declares charset {declared[0]} but its bytes are UTF-8; read as UTF-8",
                    "correct the <meta charset> to utf-8",
                )
        except UnicodeDecodeError as exc:
            label = declared[0] if declared else None
            codec = None
            if label and label not in _UTF8_LABELS:
                codec = _CHARSET_ALIASES.get(label, label)
                try:
                    codec = codecs.lookup(codec).name
                except LookupError:
                    notice(
                        f"the page declares charset {label}, which claimcheck does not know; read as windows-1252",
                        "save the page as UTF-8",
                    )
                    codec = None
            if codec is None and label in _UTF8_LABELS:
                before = data[: exc.start]
                line = before.count(b"\n") + 1
                notice(
                    f"the page declares UTF-8 but byte 0x{data[exc.start]:02x} on line {line} is not "
                    "UTF-8; read with replacement characters (U+FFFD), as browsers do",
                    "save the page again as UTF-8, or correct its <meta charset>",
                )
                codec = "utf-8"
            if codec is None:
                codec = "cp1252"
                if not declared:
                    notice(
                        "the page is not UTF-8 and declares no charset; read as windows-1252, as browsers do",
                        'declare the encoding (<meta charset="windows-1252">) or save the page as UTF-8',
                    )
            errors = "claimcheck-c1" if codec == "cp1252" else "replace"
            text = data.decode(codec, errors)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, notices


def _reader(name: str) -> Callable[..., Document]:
    if name == "markdown":
        from claimcheck.ingest.markdown import read_markdown

        return read_markdown
    if name == "html":
        from claimcheck.ingest.html import read_html

        return read_html
    if name == "text":
        from claimcheck.ingest.pdftext import read_pdf_text

        return read_pdf_text
    raise ValueError(name)


def load_document(
    path: str | os.PathLike[str],
    *,
    reader: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    metadata: Metadata | None = None,
    data: bytes | None = None,
) -> Document:
    """Read one draft. ``reader`` forces ``markdown``, ``text``, ``html``, ``pdf`` or ``docx``.

    ``data``: the draft's bytes when they come from elsewhere (standard input); ``path``
    then only names the draft (its suffix chooses the reader, locations carry it)."""
    from claimcheck import collector
    from claimcheck.document import Source

    collector.resume()  # the command paused the cycle collector while it started
    p = Path(path)
    if reader is not None and reader not in READERS:
        raise InputError(
            f"unknown reader {reader!r}",
            hint=f"choose one of: {', '.join(READERS)}",
            code="E108",
        )
    if data is None:
        data = _read_bytes(p, max_bytes)
    else:
        data = _check_bytes(p, data, max_bytes)
    name = reader or detect_reader(p, data[:2048])
    if name == "pdf":
        from claimcheck.ingest.pdf import read_pdf

        doc = read_pdf(p, data, metadata=metadata)
        _check_digit_runs(p, doc.source.text if doc.source is not None else "")
        return doc
    if name == "docx":
        from claimcheck.ingest.docx import read_docx

        doc = read_docx(str(path), data, metadata=metadata)
        _check_digit_runs(p, doc.source.text if doc.source is not None else "")
        return doc
    if name == "html":
        from claimcheck.ingest.html import read_html

        text, notices = read_html_text(p, data)
        _check_digit_runs(p, text)
        return read_html(Source(str(path), text), metadata=metadata, notices=tuple(notices))
    text = read_text(p, data)
    _check_digit_runs(p, text, _front_matter_end(text) if name == "markdown" else 0)
    source = Source(str(path), text)
    return _reader(name)(source, metadata=metadata)


#: the longest run of digits read: Python refuses to turn a longer one into a number (its
#: guard against quadratic conversions), and no figure in a draft comes near it
MAX_DIGITS = 4000
# from a run's first digit only (linear); the digit first, so the scan skips other
# characters at the speed of a character class, then "not after a digit"
_DIGIT_RUN = re.compile(rf"\d(?<!\d\d)\d{{{MAX_DIGITS}}}")


_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.|\+\+\+)[ \t]*$", re.M)


def _front_matter_end(text: str) -> int:
    """Where a Markdown draft's front matter ends (0: none): metadata never refuses a draft,
    the Markdown reader turns a bad value into a reading notice."""
    head = text.lstrip("\ufeff")
    if not head.startswith(("---\n", "+++\n")):
        return 0
    m = _FRONT_CLOSE.search(text, text.index("\n") + 1)
    return m.end() if m else 0


#: every 100th character from ``start`` on: a run of more than MAX_DIGITS digits covers
#: (MAX_DIGITS + 1) // 100 places of it in a row, so a sample without that many digits in a
#: row (:data:`_SAMPLED_RUN`) has no such run, and the text is not scanned
_SAMPLE_STEP = 100
_SAMPLED_RUN = re.compile(rf"\d{{{(MAX_DIGITS + 1) // _SAMPLE_STEP}}}")


def _check_digit_runs(path: Path, text: str, start: int = 0) -> None:
    if not _SAMPLED_RUN.search(text[start::_SAMPLE_STEP]):
        return
    m = _DIGIT_RUN.search(text, start)
    if m is None:
        return
    before = text[: m.start()]
    raise InputError(
        f"a run of more than {MAX_DIGITS:,} digits, which no figure has",
        path=str(path),
        line=before.count("\n") + 1,
        column=m.start() - (before.rfind("\n") + 1) + 1,
        hint="remove it (a damaged file, or data pasted into the draft)",
        code="E116",
    )
