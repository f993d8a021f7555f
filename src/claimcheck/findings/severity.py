"""How grave a finding is: :class:`Severity` (its own module, so the settings can name it
without loading the finding models; :mod:`claimcheck.findings.model` re-exports it)."""

from __future__ import annotations

from enum import Enum

__all__ = ["Severity"]


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    def fails(self, fail_on: str) -> bool:
        """Whether a finding of this severity fails a run at ``--fail-on`` (``error``,
        ``warning``, ``info``, or ``never``: nothing fails)."""
        return fail_on != "never" and self.rank >= Severity(fail_on).rank
