"""What a rule is: a class with a code, a name, a docstring page and a ``check`` method.

A rule's docstring is its documentation (``claimcheck rule CODE``, ``docs/rules.md``): a
one-line summary, then ``## Why is this bad?``, ``## Example`` (a draft that fires the
rule, in a fenced block), ``Use instead:`` (one that does not), optional ``## Options``.
A test runs both examples through the rule.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from pydantic import BaseModel, ConfigDict

from claimcheck.document import Document, Location
from claimcheck.findings.model import Finding, Related, Severity

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.claims.models import ClaimSet
    from claimcheck.config import Settings

__all__ = ["CheckContext", "NoOptions", "Rule"]


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass
class CheckContext:
    """What a rule may look at: the document, its claims (extracted once, on demand)."""

    document: Document
    settings: "Settings | None" = None
    claim_kinds: tuple[str, ...] = ()
    _claims: Any = field(default=None, repr=False)
    #: the registry of reviewed claims (``claimcheck.claims.registry.Registry``), loaded once
    #: per run; None when no registry is configured
    registry: Any = None
    #: per-document results rules share (e.g. claims matched to registry entries)
    shared: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def claims(self) -> "ClaimSet":
        from claimcheck.extract import extract

        return extract(self.document, self.claim_kinds or None)


class Rule:
    """One lint rule: reads a checked document's claims and yields findings.

    A rule is a subclass with a ``code`` (``FN001``), a kebab-case ``name``, a default
    ``severity``, the claim kinds it ``needs`` (extracted once per document), an ``Options``
    pydantic model (its ``[tool.claimcheck.rules.CODE]`` table) and a ``check(ctx)``
    method yielding findings made with ``self.finding(location, message, ...)``. Its
    docstring is its documentation (``claimcheck rule CODE``, docs/rules.md): a summary
    line, then ``## Why is this bad?``, ``## Example`` / ``Use instead:``, ``## Options``.
    ``default_enabled``, ``preview`` and ``requires_registry`` say when it runs. Rules are
    listed in :data:`claimcheck.rules.catalogue.RULES`.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.warning
    #: Claim kinds the rule reads (extraction runs only for what selected rules need).
    needs: ClassVar[tuple[str, ...]] = ()
    Options: ClassVar[type[BaseModel]] = NoOptions
    #: False for rules that run only when selected by code or name (not by ALL or family)
    default_enabled: ClassVar[bool] = True
    #: True for rules whose judged precision on real published writing is under the bar
    #: of the default set (see ``claimcheck rules`` and docs/precision.md): they run with
    #: ``--preview`` (``preview = true``) or when selected by code or name.
    preview: ClassVar[bool] = False
    #: True for rules that read the registry of reviewed claims (skipped without one)
    requires_registry: ClassVar[bool] = False

    def __init__(self, options: BaseModel | None = None, severity: Severity | None = None) -> None:
        self.options = options if options is not None else self.Options()
        if severity is not None:
            self.severity = severity  # type: ignore[misc]

    # -- documentation -----------------------------------------------------------------
    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().split("\n", 1)[0].strip()

    @classmethod
    def family(cls) -> str:
        return cls.code[:2]

    @classmethod
    def examples(cls) -> tuple[str | None, str | None]:
        """The draft under ``## Example`` (fires) and under ``Use instead:`` (does not)."""
        doc = cls.doc()
        bad = good = None
        m = re.search(r"## Example\s*\n(.*?)(?:Use instead:|\n## |\Z)", doc, re.S)
        if m:
            bad = _fenced(m.group(1))
        m = re.search(r"Use instead:\s*\n(.*?)(?:\n## |\Z)", doc, re.S)
        if m:
            good = _fenced(m.group(1))
        return bad, good

    # -- checking ------------------------------------------------------------------------
    def check(self, ctx: CheckContext) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def without_registry(self, ctx: CheckContext) -> Iterable[Finding]:
        """For rules that read the registry: what to report when the run has none (by
        default nothing; the ready gate says it could not run)."""
        return ()

    def finding(
        self,
        location: Location,
        message: str,
        *,
        related: Iterable[tuple[Location, str]] = (),
        help: str | None = None,
        subject: str = "",
    ) -> Finding:
        return Finding(
            rule=self.code,
            name=self.name,
            severity=self.severity,
            message=message,
            location=location,
            related=tuple(Related(location=loc, message=msg) for loc, msg in related),
            help=help,
            subject=subject,
        )


def _fenced(text: str) -> str | None:
    m = re.search(r"```[a-z]*\n(.*?)```", text, re.S)
    return m.group(1) if m else None
