"""The one place the stages are wired: ingest → extract → rules → findings.

``verify(paths, settings)`` reads every draft, runs the selected rules (extracting the
claims they need, once per document), applies per-file ignores and inline suppressions,
reports unused suppressions (CC001) and returns a :class:`Result` in a deterministic
order. A draft that cannot be read is recorded as an error and the others still run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from claimcheck.config import Settings, matches
from claimcheck.document import Document
from claimcheck.errors import ClaimcheckError, ConfigError
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule

__all__ = ["Result", "build_rules", "check_document", "verify"]


@dataclass
class Result:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    errors: list[ClaimcheckError] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def count(self, at_least: Severity) -> int:
        return sum(1 for f in self.findings if f.severity.rank >= at_least.rank)

    def exit_code(self, fail_on: str) -> int:
        if self.errors:
            return 2
        if fail_on == "never":
            return 0
        return 1 if self.count(Severity(fail_on)) else 0


def build_rules(settings: Settings) -> list[Rule]:
    from pydantic import ValidationError

    from claimcheck.rules.catalogue import RULES

    out = []
    for cls in RULES:
        if not settings.is_selected(cls.code, cls.name):
            continue
        raw = settings.rules.get(cls.code) or settings.rules.get(cls.name) or {}
        try:
            options = cls.Options.model_validate(raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise ConfigError(
                f"invalid option for {cls.code} `{'.'.join(map(str, err['loc']))}`: {err['msg']}",
                path=settings.origin,
                hint=f"see `claimcheck rule {cls.code}` for its options",
                code="E204",
            ) from None
        severity = settings.severity.get(cls.code) or settings.severity.get(cls.name)
        out.append(cls(options, severity))
    return out


def check_document(doc: Document, rules: Sequence[Rule], settings: Settings) -> tuple[list[Finding], list[Finding]]:
    """Run ``rules`` on one document: ``(kept, suppressed)`` findings."""
    needs = tuple(sorted({k for r in rules for k in r.needs}))
    ctx = CheckContext(document=doc, settings=settings, claim_kinds=needs)
    raw: list[Finding] = []
    for rule in rules:
        raw.extend(rule.check(ctx))
    raw = [f for f in raw if not settings.ignored_for(f.location.path, f.rule, f.name)]
    kept, suppressed, used = _apply_suppressions(doc, raw)
    if settings.is_selected("CC001", "unused-suppression"):
        kept.extend(_unused_suppressions(doc, used, settings))
    return kept, suppressed


def _apply_suppressions(doc: Document, findings: Iterable[Finding]):
    kept, suppressed = [], []
    used: set[int] = set()
    sups = doc.suppressions
    for f in findings:
        hit = None
        for i, s in enumerate(sups):
            if s.start_line <= f.location.line <= s.end_line and any(
                matches(code, f.rule, f.name) for code in s.codes
            ):
                hit = i
                break
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
            suppressed.append(f)
    return kept, suppressed, used


def _unused_suppressions(doc: Document, used: set[int], settings: Settings) -> list[Finding]:
    out = []
    for i, s in enumerate(doc.suppressions):
        if i in used:
            continue
        codes = ", ".join(s.codes)
        out.append(
            Finding(
                rule="CC001",
                name="unused-suppression",
                severity=settings.severity.get("CC001", Severity.warning),
                message=f"suppression of {codes} matches no finding",
                location=s.location,
                related=(),
                help="remove the comment, or fix the codes it names",
                subject=f"suppression {codes} {s.scope}",
            )
        )
    return out


def verify(paths: Sequence[str | Path], settings: Settings | None = None) -> Result:
    """Check the drafts at ``paths`` (files or directories) with the selected rules."""
    from claimcheck.document import Metadata
    from claimcheck.ingest import find_drafts, load_document

    settings = settings or Settings()
    result = Result()
    rules = build_rules(settings)
    drafts = find_drafts(paths)
    meta = Metadata(publication_date=settings.publication_date) if settings.publication_date else None
    max_bytes = int(settings.max_size_mb * 1024 * 1024)
    for path in drafts:
        result.files.append(str(path))
        try:
            doc = load_document(path, reader=settings.reader, max_bytes=max_bytes, metadata=meta)
        except ClaimcheckError as exc:
            result.errors.append(exc)
            continue
        result.documents.append(doc)
        kept, suppressed = check_document(doc, rules, settings)
        result.findings.extend(kept)
        result.suppressed.extend(suppressed)
    result.findings.sort(key=lambda f: f.sort_key)
    result.suppressed.sort(key=lambda f: f.sort_key)
    return result

