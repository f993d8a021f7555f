"""What a run gives: the files read, the findings kept and suppressed, the errors.

Built by :func:`claimcheck.pipeline.verify` (and importable from there, as before); read
by every reporter under :mod:`claimcheck.report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimcheck.document import Document
from claimcheck.errors import ClaimcheckError
from claimcheck.findings.model import Finding, Severity

if TYPE_CHECKING:
    from claimcheck.findings.baseline import BaselineOutcome

__all__ = ["Result"]


@dataclass
class Result:
    """What :func:`claimcheck.pipeline.verify` found: the outcome of one run over one or
    more drafts.

    ``files`` the drafts checked (as given or found in folders); ``findings`` what the
    rules report, sorted by file, line and column; ``suppressed`` the findings silenced by
    suppression comments; ``errors`` the drafts (or the registry) that could not be read,
    as :class:`~claimcheck.errors.ClaimcheckError` (each renders to one line);
    ``documents`` the documents read (unless ``keep_documents=False``).
    ``exit_code(fail_on)`` is the CLI's exit status for the run.
    """

    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    errors: list[ClaimcheckError] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    #: (code, name) of the rules that ran, in catalogue order (JUnit and SARIF list them)
    rules: list[tuple[str, str]] = field(default_factory=list)
    #: set by :func:`claimcheck.findings.baseline.apply_baseline` when ``--baseline`` is used
    baseline: BaselineOutcome | None = None

    def count(self, at_least: Severity) -> int:
        return sum(1 for f in self.findings if f.severity.rank >= at_least.rank)

    def exit_code(self, fail_on: str) -> int:
        if self.errors:
            return 2
        return 1 if any(f.severity.fails(fail_on) for f in self.findings) else 0
