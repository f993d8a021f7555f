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
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Iterable, Literal, Protocol, cast, get_args, get_origin

from pydantic import BaseModel, ConfigDict
from typing_extensions import TypeVar

from claimcheck.document import Document, Location
from claimcheck.extract import extract
from claimcheck.findings.model import Finding, Related, Severity

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.claims.models import ClaimSet
    from claimcheck.config import Settings
    from claimcheck.registry.store import Registry

__all__ = ["CheckContext", "NoOptions", "Rule", "RuleOptions", "Spanned"]


class Spanned(Protocol):
    """Something written in the draft with a start and an end: a claim, a reference mark,
    a :class:`~claimcheck.document.Span`."""

    @property
    def location(self) -> Location: ...

    @property
    def end_location(self) -> Location | None: ...


class RuleOptions(BaseModel):
    """The base of a rule's options model (its ``[tool.claimcheck.rules.CODE]`` table).

    The model's validator is built when a run first validates a table against it
    (``defer_build``): a run whose settings give the rule no options takes the defaults
    (:meth:`Rule.default_options`) and builds none."""

    model_config = ConfigDict(extra="forbid", defer_build=True)


class NoOptions(RuleOptions):
    pass


@dataclass
class CheckContext:
    """What a rule may look at: the document, its claims (extracted once, on demand)."""

    document: Document
    settings: "Settings | None" = None
    claim_kinds: tuple[str, ...] = ()
    #: the registry of reviewed claims (``claimcheck.registry.store.Registry``), loaded once
    #: per run; None when no registry is configured
    registry: "Registry | None" = None
    #: per-document results rules share (e.g. claims matched to registry entries)
    shared: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def claims(self) -> "ClaimSet":
        return extract(self.document, self.claim_kinds or None)


#: A rule's options model. Covariant with ``BaseModel`` as its default, so ``Rule`` alone
#: (``type[Rule]`` in the catalogue) accepts every ``Rule[SomeOptions]``.
OptionsT = TypeVar("OptionsT", bound=BaseModel, covariant=True, default=BaseModel)


class Rule(Generic[OptionsT]):
    """One lint rule: reads a checked document's claims and yields findings.

    A rule is a subclass with a ``code`` (``FN001``), a kebab-case ``name``, a default
    ``severity``, the claim kinds it ``needs`` (extracted once per document), an ``Options``
    pydantic model (its ``[tool.claimcheck.rules.CODE]`` table) and a ``check(ctx)``
    method yielding findings made with ``self.finding(at, message, ...)``, where ``at`` is
    the claim, reference mark or ``doc.span(...)`` the finding is about (the finding then
    knows where those words end) or a bare location. A rule
    with options subclasses ``Rule[Options]`` and sets ``Options = Options``, so
    ``self.options`` is typed as its own options model. Its docstring is its documentation
    (``claimcheck rule CODE``, docs/rules.md): a summary line, then ``## Why is this bad?``,
    ``## Example`` / ``Use instead:``; ``## Options`` is generated from the options model
    (and, for registry rules, ``## Registry`` from ``example_registry``: see
    :class:`claimcheck.rules._registry.RegistryRule`).
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

    options: OptionsT

    def __init__(self, options: BaseModel | None = None, severity: Severity | None = None) -> None:
        # ``options`` is an instance of ``self.Options`` (validated by build_rules)
        self.options = cast(OptionsT, options if options is not None else self.default_options())
        if severity is not None:
            # a per-instance override of the class default (``severity`` in the settings)
            self.severity = severity  # type: ignore[misc]  # ClassVar set on the instance on purpose

    @classmethod
    def default_options(cls) -> BaseModel:
        """The options model with its defaults, as validating an empty table gives them,
        made without building the model's validator (``model_construct``; an options model
        with a required field or a validator of the whole model is validated instead)."""
        model = cls.Options
        decorators = model.__pydantic_decorators__
        if decorators.model_validators or any(
            f.is_required() or f.validate_default for f in model.model_fields.values()
        ):
            return model.model_validate({})
        return model.model_construct()

    # -- documentation -----------------------------------------------------------------
    @classmethod
    def doc(cls) -> str:
        """The docstring, followed by the sections generated from the class
        (:meth:`generated_docs`)."""
        text = inspect.cleandoc(cls.__doc__ or "")
        return "\n\n".join(part for part in (text, *cls.generated_docs()) if part)

    @classmethod
    def generated_docs(cls) -> list[str]:
        """The documentation sections written from the class, not by hand: ``## Options``
        (empty without options)."""
        return [cls.options_doc()]

    @classmethod
    def options_doc(cls) -> str:
        """``## Options``: each field of the options model with its default, its
        description and, for a choice, the values it takes (empty without options)."""
        if not cls.Options.model_fields:
            return ""
        lines = ["## Options"]
        for key, field_info in cls.Options.model_fields.items():
            default = field_info.get_default(call_default_factory=True)
            line = f"- `{key}` (default {_shown_default(default)}): {field_info.description or ''}".rstrip()
            choices = _choices(field_info.annotation)
            if choices:
                line += " Values: " + ", ".join(f"`{c}`" for c in choices) + "."
            lines.append(line)
        return "\n".join(lines)

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
        at: Location | Spanned,
        message: str,
        *,
        related: Iterable[tuple[Location, str]] = (),
        help: str | None = None,
        subject: str = "",
        end: Location | None = None,
    ) -> Finding:
        """A finding of this rule. ``at`` is where it stands: a claim, a reference mark or
        a :class:`~claimcheck.document.Span` (``doc.span(block, start, end)``) gives the
        finding the end of its words too; a bare :class:`Location` gives none, unless
        ``end`` is passed."""
        if isinstance(at, Location):
            location = at
        else:
            location = at.location
            if end is None:
                end = at.end_location
        if end is not None and (end.path != location.path or end.sort_key < location.sort_key):
            end = None  # an end must follow its start in the same file
        return Finding(
            rule=self.code,
            name=self.name,
            severity=self.severity,
            message=message,
            location=location,
            end=end,
            related=tuple(Related(location=loc, message=msg) for loc, msg in related),
            help=help,
            subject=subject,
        )


def _shown_default(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(f"`{v}`" for v in value) if value else "none"
    return f"`{value}`"


def _choices(annotation: object) -> tuple[str, ...]:
    """The values of a ``Literal`` option, or of a list of them."""
    args = get_args(annotation)
    if get_origin(annotation) is Literal:
        return tuple(str(a) for a in args)
    if args and get_origin(args[0]) is Literal:
        return tuple(str(a) for a in get_args(args[0]))
    return ()


def _fenced(text: str) -> str | None:
    m = re.search(r"```[a-z]*\n(.*?)```", text, re.S)
    return m.group(1) if m else None
