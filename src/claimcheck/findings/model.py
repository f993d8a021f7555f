"""The :class:`Finding` record every rule produces."""

from __future__ import annotations

import hashlib
import re

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.document import Location
from claimcheck.findings.severity import Severity

__all__ = ["Finding", "Related", "Severity"]


class Related(BaseModel):
    """Another place involved in a finding, with a label ("first defined here")."""

    model_config = ConfigDict(frozen=True)

    location: Location
    message: str


class Finding(BaseModel):
    """One problem a rule found, at one place, with every other place involved."""

    model_config = ConfigDict(frozen=True)

    rule: str = Field(description="Rule code, e.g. FN001.")
    name: str = Field(description="Rule name, e.g. duplicate-footnote-number.")
    severity: Severity
    message: str
    location: Location
    end: Location | None = Field(
        default=None,
        description="Where the words the finding is about end (exclusive: the place just "
        "after their last character), in the same file; None when the finding names no "
        "span of text (a front-matter setting, a registry entry). Not part of the fingerprint.",
    )
    related: tuple[Related, ...] = ()
    help: str | None = None
    subject: str = Field(
        default="",
        description="The normalised text the finding is about; with the rule and path it "
        "makes the fingerprint, so a finding keeps its identity when lines move.",
    )

    @property
    def family(self) -> str:
        return self.rule[:2]

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (
            self.location.path,
            self.location.line,
            self.location.column,
            self.rule,
            self.message,
        )

    @property
    def fingerprint(self) -> str:
        subject = re.sub(r"\s+", " ", (self.subject or self.message)).strip().lower()
        raw = f"{self.rule}\x1f{self.location.path}\x1f{subject}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
