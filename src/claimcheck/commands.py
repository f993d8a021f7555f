"""What ``claimcheck claims …`` and ``claimcheck status`` do (``cli.py`` parses the flags).

Each function returns the exit status: 0 done, 1 (status only never fails), 2 a problem
reported on standard error as ``error[E3xx]: path:line:column: …`` with the line and a
caret under it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

import click

from claimcheck.claims.models import CHECKABLE_KINDS
from claimcheck.errors import RegistryError

if TYPE_CHECKING:
    from claimcheck.document import Document
    from claimcheck.registry.store import Registry

__all__ = ["check", "export", "init", "schema", "status", "registry_for"]

DEFAULT = "claims"


def registry_for(settings: Any, given: str | None) -> str:
    """The registry folder: the one given, else ``registry`` from the settings, else claims/."""
    from claimcheck.registry.store import registry_path

    return registry_path(settings, given) or DEFAULT


def _load_or_fail(path: str) -> Registry | None:
    from claimcheck.registry.store import load_registry

    reg = load_registry(path)
    if reg.errors:
        for err in reg.errors:
            click.echo(err.render(), err=True)
        n = len(reg.errors)
        click.echo(
            f"{n} problem{'s' if n != 1 else ''} in the registry {path} (`claimcheck claims check` lists them all)",
            err=True,
        )
        return None
    return reg


def check(path: str | None, settings: Any) -> int:
    """Validate every file of the registry; print each problem, exit 2 if there is one."""
    from claimcheck.registry.store import load_registry

    root = registry_for(settings, path)
    reg = load_registry(root)
    for err in reg.errors:
        click.echo(err.render(), err=True)
    files = len(reg.files)
    n_entries = len(reg.entries)
    summary = f"{root}: {n_entries} entr{'ies' if n_entries != 1 else 'y'} in {files} file{'s' if files != 1 else ''}"
    if reg.errors:
        n = len(reg.errors)
        click.echo(f"{summary}; {n} problem{'s' if n != 1 else ''}", err=True)
        return 2
    counts: dict[str, int] = {}
    for e in reg.entries:
        counts[e.status] = counts.get(e.status, 0) + 1
    detail = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    examples = sum(1 for e in reg.entries if e.example)
    if examples:
        detail += f"; {examples} of them example{'s' if examples != 1 else ''}, not verified by anyone"
    click.echo(f"{summary}, no problems" + (f" ({detail})" if detail else ""))
    return 0


def _load_draft(draft: str, reader: str | None, publication_date: Any) -> Document:
    from claimcheck.document import Metadata
    from claimcheck.ingest import load_document

    meta = Metadata(publication_date=publication_date) if publication_date else None
    return load_document(draft, reader=reader, metadata=meta)


def status(draft: str, claims: str | None, fmt: str, reader: str | None, settings: Any, output: str | None) -> int:
    """Every checkable claim of ``draft`` with its registry entry, status and reviewer."""
    from claimcheck.extract import extract
    from claimcheck.registry.review import claim_statuses
    from claimcheck.report.status import render_status
    from claimcheck.registry.store import registry_path

    root = registry_path(settings, claims)  # the same default as `verify`: no implicit folder
    if root is None:
        here = f" ({DEFAULT}/ is here: `--claims {DEFAULT}`)" if Path(DEFAULT).is_dir() else ""
        raise RegistryError(
            "no registry of reviewed claims to compare the draft with",
            path=draft,
            code="E313",
            hint=f"pass --claims FOLDER, or set `registry` in the settings as for `verify`{here}",
        )
    reg = _load_or_fail(root)
    if reg is None:
        return 2
    doc = _load_draft(draft, reader or settings.reader, settings.publication_date)
    claimset = extract(doc, list(CHECKABLE_KINDS))
    statuses = claim_statuses(claimset, reg)
    width = None
    try:
        width = os.get_terminal_size().columns if output is None and os.isatty(1) else None
    except OSError:
        width = None
    text = render_status(doc.path, root, statuses, fmt, width=width)
    _emit(text, output, [draft])
    return 0


def _emit(text: str, output: str | None, inputs: Iterable[str] = ()) -> None:
    if output:
        from claimcheck.fileio import write_output

        write_output(output, text, inputs=inputs)
    else:
        click.echo(text, nl=False)


def _schema_ref(target: Path) -> str | None:
    """The schema's path relative to ``target``'s folder, when docs/claims.schema.json is
    found in the current folder or above."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        cand = folder / "docs" / "claims.schema.json"
        if cand.is_file():
            try:
                return Path(os.path.relpath(cand, target.resolve().parent)).as_posix()
            except ValueError:  # pragma: no cover - another drive
                return cand.as_posix()
    return None


def init(draft: str, output: str | None, claims: str | None, reader: str | None, settings: Any) -> int:
    """Propose unverified entries for the draft's checkable claims, in a new file."""
    from claimcheck.extract import extract
    from claimcheck.registry.review import propose_entries, refuse_existing, write_proposals
    from claimcheck.registry.store import load_registry

    root = registry_for(settings, claims)
    registry = None
    if Path(root).exists():
        registry = _load_or_fail(root)
        if registry is None:
            return 2
    doc = _load_draft(draft, reader or settings.reader, settings.publication_date)
    claimset = extract(doc, [*CHECKABLE_KINDS, "citation"])
    entries, skipped = propose_entries(doc, claimset, registry)
    target = Path(output) if output else Path(root) / f"{Path(draft).stem}.yml"
    refuse_existing(target)
    note = f" ({skipped} claim{'s' if skipped != 1 else ''} could not be proposed)" if skipped else ""
    if not entries:
        click.echo(f"nothing to propose: every checkable claim of {draft} has a registry entry{note}")
        return 0
    write_proposals(target, entries, draft=draft, schema=_schema_ref(target))
    check = load_registry(target)  # what was written must pass `claims check`
    if check.errors:  # pragma: no cover - a bug: say so plainly
        raise RegistryError(
            f"the proposals do not pass `claims check`: {check.errors[0].message}", path=str(target), code="E302"
        )
    click.echo(
        f"wrote {target}: {len(entries)} proposed entr{'ies' if len(entries) != 1 else 'y'}, all unverified{note}"
    )
    from claimcheck.registry.store import registry_path

    if registry_path(settings, claims) is None:
        import shlex

        inside = target.resolve().is_relative_to(Path(root).resolve())
        where = root if inside else str(target)
        click.echo(
            f"next: `claimcheck status {shlex.quote(draft)} --claims {shlex.quote(where)}` shows each claim with its entry"
        )
    return 0


def export(path: str | None, fmt: str, output: str | None, base_url: str | None, settings: Any) -> int:
    """The registry's verdicts as schema.org ClaimReview JSON-LD."""
    from claimcheck.registry.claimreview import claimreview_json

    root = registry_for(settings, path)
    reg = _load_or_fail(root)
    if reg is None:
        return 2
    text = claimreview_json(reg.entries, base_url=base_url)
    _emit(text, output)
    if output:
        n = sum(1 for e in reg.entries if e.verdict)
        click.echo(f"wrote {output}: {n} ClaimReview{'s' if n != 1 else ''}", err=True)
    return 0


def schema(output: str | None) -> int:
    """The JSON Schema of registry files (docs/claims.schema.json)."""
    from claimcheck.registry.store import json_schema

    _emit(json_schema(), output)
    return 0
