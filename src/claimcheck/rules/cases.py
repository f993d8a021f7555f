"""Rule case files: ``CODE.yml`` with drafts that must pass a rule and drafts that must fail
it, with the findings expected (the format of ``tests/rules/cases/``).

A case file holds ``pass:`` and ``fail:`` lists of cases and, for the registry rules, a
``claims:`` block of registry YAML shared by every case. A case has a ``name``, a
``draft`` (Markdown unless ``reader`` says otherwise), optional ``options`` for the rule
and optional ``claims``; a failing case lists its ``findings`` (``line``, ``message``,
optionally ``column`` and ``related`` as ``file:line:column: message``).

:func:`load_cases` reads one file and rejects any key it does not know, so a misspelt
``finding:`` or ``colum:`` is an error naming the file and the case, not a check that
silently never runs. Plug-in rule authors can use it for their own case files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.errors import ConfigError

__all__ = ["Case", "CaseFile", "ExpectedFinding", "load_cases"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedFinding(_Strict):
    """A finding a failing case must give, in order."""

    line: int = Field(ge=1)
    message: str
    column: int | None = Field(default=None, ge=1)
    related: tuple[str, ...] | None = Field(default=None, description="Related places as 'file:line:column: message'.")


class Case(_Strict):
    """One draft and what the rule must say about it."""

    name: str
    draft: str
    reader: Literal["markdown", "text", "html"] = "markdown"
    options: dict[str, Any] | None = None
    claims: str | None = Field(default=None, description="Registry YAML for the registry rules.")
    findings: tuple[ExpectedFinding, ...] = ()


class CaseFile(_Strict):
    """The cases of one rule: drafts that pass it and drafts that fail it."""

    code: str
    pass_: tuple[Case, ...] = Field(default=(), alias="pass")
    fail: tuple[Case, ...] = ()
    claims: str | None = None

    def cases(self) -> list[tuple[Literal["pass", "fail"], Case]]:
        """Every case with its outcome; the file's ``claims`` go to cases without their own."""
        out: list[tuple[Literal["pass", "fail"], Case]] = []
        for outcome, cases in (("pass", self.pass_), ("fail", self.fail)):
            for case in cases:
                if self.claims is not None and case.claims is None:
                    case = case.model_copy(update={"claims": self.claims})
                out.append((outcome, case))  # type: ignore[arg-type]  # outcome is one of the two literals
        return out


def load_cases(path: str | Path) -> CaseFile:
    """Read a case file (``CODE.yml``); ConfigError (E206) for invalid YAML or unknown keys."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path=str(path), code="E206") from None
    if not isinstance(data, dict):
        raise ConfigError("a case file is a mapping with `pass:` and `fail:` lists", path=str(path), code="E206")
    try:
        return CaseFile.model_validate({"code": path.stem, **data})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(
            f"{where}: {err['msg']}",
            path=str(path),
            hint="a case has name, draft, reader, options, claims and findings (line, column, message, related)",
            code="E206",
        ) from None
