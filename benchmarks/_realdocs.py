"""Shared by the benchmarks that read ``../shared/realdocs``: where it is, its manifest, and
the default catalogue run in process over its documents, as ``survey.py`` runs it (paths
relative to the collection, its empty ``claimcheck.toml`` pinning the defaults)."""

from __future__ import annotations

import json
import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _shared() -> Path:
    """The shared folder beside the checkout (``../shared``): $CLAIMCHECK_SHARED, else the
    first ``shared`` folder beside the checkout or beside one of its parents (a worktree
    at ``/work/wt/NAME`` finds ``/work/shared``), else ``../shared`` (absent)."""
    if os.environ.get("CLAIMCHECK_SHARED"):
        return Path(os.environ["CLAIMCHECK_SHARED"])
    for up in ROOT.parents:
        if (up / "shared").is_dir():
            return up / "shared"
    return ROOT.parent / "shared"


#: the folder of shared material (the collection, the corpus issue)
SHARED = _shared()
#: the collection; CLAIMCHECK_REALDOCS overrides it
REALDOCS = Path(os.environ.get("CLAIMCHECK_REALDOCS", SHARED / "realdocs"))

_WORD = re.compile(r"\w+")


def available() -> bool:
    return (REALDOCS / "manifest.jsonl").is_file()


def manifest(formats: set[str] | None = None, sources: set[str] | None = None) -> list[dict]:
    out = []
    with (REALDOCS / "manifest.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            entry = json.loads(line)
            if formats and entry["format"] not in formats:
                continue
            if sources and entry["source"] not in sources:
                continue
            out.append(entry)
    return out


@contextmanager
def in_collection() -> Iterator[Path]:
    """Run with the collection as working directory, so paths in findings are relative."""
    old = Path.cwd()
    os.chdir(REALDOCS)
    try:
        yield REALDOCS
    finally:
        os.chdir(old)


@dataclass
class Checked:
    file: str
    format: str
    source: str
    words: int = 0
    findings: list = field(default_factory=list)
    error: str | None = None
    document: object = None


def words_of(doc) -> int:
    """Words a reader reads: prose blocks and note bodies."""
    n = sum(len(_WORD.findall(b.text)) for b in doc.iter_blocks(prose_only=True))
    return n + sum(len(_WORD.findall(f.text)) for f in doc.iter_footnotes())


def check_all(entries: list[dict], select: list[str] | None = None, keep_documents: bool = False) -> Iterator[Checked]:
    """Read and check each manifest entry with the default catalogue (or ``select``)."""
    from claimcheck.config import Settings
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import build_rules, check_document

    settings = Settings(select=select) if select else Settings()
    rules = build_rules(settings)
    with in_collection():
        for entry in entries:
            out = Checked(entry["file"], entry["format"], entry["source"])
            try:
                doc = load_document(entry["file"])
            except ClaimcheckError as exc:
                out.error = f"{getattr(exc, 'code', 'E???')} {exc}"
                yield out
                continue
            out.words = words_of(doc)
            out.findings, _ = check_document(doc, rules, settings)
            if keep_documents:
                out.document = doc
            yield out
