"""The step library: plain functions registered with pytest-bdd's ``given``/``when``/``then``
and ``parsers.parse``, sharing one :class:`Review` per scenario (the ``claimcheck_review``
fixture of :mod:`claimcheck.bdd.plugin`).

Every phrase is recorded in :data:`STEPS` as it is defined, so docs/checklists.md and
``claimcheck checklist --steps`` are generated from the definitions themselves.

Outcomes of a step:

* it passes;
* :class:`~claimcheck.bdd.CheckFailed`: the check found something (a review note);
* a :class:`~claimcheck.errors.ClaimcheckError`: the checklist itself is wrong or its input
  cannot be read (a missing draft, an unknown rule code, a claim id the registry does not
  have). ``claimcheck checklist`` exits 2 for these.

Only pytest-bdd and the light :mod:`claimcheck.errors` are imported here; the pipeline,
extractors and registry are imported when a step first needs them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import inspect
import itertools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from pytest_bdd import given, parsers, then, when

from claimcheck.bdd import CheckFailed, shown_path
from claimcheck.errors import UsageError

if TYPE_CHECKING:
    from claimcheck.claims.models import MemberListClaim
    from claimcheck.registry.matching import Match

__all__ = [
    "NAMED_CHECKS",
    "STEPS",
    "Review",
    "StepDoc",
    "steps_json",
    "steps_markdown",
    "steps_text",
]

#: Most lines a note lists before it says how many more there are.
MAX_LINES = 25


# --------------------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class StepDoc:
    """One phrase of the library, as docs/checklists.md lists it."""

    keyword: str  # Given, When, Then
    phrase: str  # the parse pattern: 'the draft "{path}"'
    section: str
    doc: str
    example: str

    @property
    def display(self) -> str:
        """``Given the draft "PATH"``: placeholders as upper-case words."""
        text = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: m.group(1).upper(), self.phrase)
        return f"{self.keyword} {text}"


STEPS: list[StepDoc] = []

_DECORATORS = {"Given": given, "When": when, "Then": then}


def _step(
    keyword: str, phrase: str, *, section: str, example: str, doc: str | None = None
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``func`` for ``keyword phrase`` (with ``parsers.parse`` when the phrase has
    placeholders) in the calling module, and record it in :data:`STEPS`."""

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        text = doc or inspect.getdoc(func) or ""
        STEPS.append(StepDoc(keyword, phrase, section, " ".join(text.split()), example))
        name = parsers.parse(phrase) if "{" in phrase else phrase
        # stacklevel 2: the step fixture goes into the module that calls _step(...)(func)
        step: Callable[..., Any] = _DECORATORS[keyword](name, stacklevel=2)(func)
        return step

    return wrap


def _by_section() -> Iterator[tuple[str, list[StepDoc]]]:
    """The phrases in runs of the same section, in the order they were declared."""
    for section, steps in itertools.groupby(STEPS, key=lambda s: s.section):
        yield section, list(steps)


def steps_text() -> str:
    """Every phrase, one per line, with what it checks (``claimcheck checklist --steps``)."""
    out: list[str] = []
    for section, steps in _by_section():
        out.append(("\n" if out else "") + f"{section}:")
        for s in steps:
            out.append(f"  {s.display}")
            out.append(f"      {s.doc}")
    return "\n".join(out) + "\n"


def steps_json() -> str:
    """Every phrase as JSON (``claimcheck checklist --steps --format json``): a list of
    ``{"keyword", "phrase", "display", "section", "doc", "example"}`` objects."""
    import json

    rows = [
        {
            "keyword": s.keyword,
            "phrase": s.phrase,
            "display": s.display,
            "section": s.section,
            "doc": s.doc,
            "example": s.example,
        }
        for s in STEPS
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def steps_markdown() -> str:
    """The phrase tables of docs/checklists.md (between its ``steps:begin``/``end`` markers)."""
    out: list[str] = []
    for section, steps in _by_section():
        if out:
            out.append("")
        out += [f"### {section}", "", "| Phrase | What it does | Example |", "| --- | --- | --- |"]
        for s in steps:
            cells = (f"`{s.display}`", s.doc, f"`{s.example}`")
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- the state
def _finding_line(f: Any) -> str:
    return f"{f.location}: {f.rule} {f.message}"


def _cap(lines: list[str], limit: int = MAX_LINES) -> list[str]:
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [f"… and {len(lines) - limit} more"]


def _indent(lines: Iterable[str]) -> str:
    return "\n".join(f"  {line}" for line in lines)


def _findings_text(found: Sequence[Any]) -> str:
    """The findings, one an indented line (at most ``MAX_LINES``)."""
    return _indent(_cap([_finding_line(f) for f in found]))


def _failure(found: Sequence[Any], what: str) -> CheckFailed:
    """A step's failure that counts and lists what was found (``2 FN findings:`` …)."""
    return CheckFailed(f"{_plural(len(found), what)}:\n" + _findings_text(found))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class Review:
    """What one scenario has been told (draft, registry, publication date) and found.

    ``feature_dir`` is the folder of the feature file and ``rootdir`` pytest's rootdir:
    a path in a step is looked up in the first, then in the second.
    """

    def __init__(self, rootdir: Path, feature_dir: Path | None = None, checked: dict[Any, Any] | None = None) -> None:
        self.rootdir = Path(rootdir)
        #: what checking found, shared by the scenarios of one pytest session (the
        #: plugin passes one dict per session): keyed on the draft's and the registry's
        #: files as they are now and the settings, so a draft is checked once per run
        self._checked = checked if checked is not None else {}
        self.feature_dir = Path(feature_dir) if feature_dir is not None else None
        self.draft: Path | None = None
        self.registry_dir: Path | None = None
        self.publication_date: dt.date | None = None
        self._settings: Any = None
        self._result: Any = None
        self._document: Any = None
        self._claims: Any = None
        self._registry: Any = None

    # -- paths ---------------------------------------------------------------------------
    def resolve(self, raw: str, what: str) -> Path:
        """``raw`` relative to the feature file's folder, else to the rootdir."""
        path = Path(raw)
        if path.is_absolute():
            candidates = [path]
        else:
            candidates = [d / path for d in (self.feature_dir, self.rootdir) if d is not None]
            candidates = list(dict.fromkeys(candidates))
        for cand in candidates:
            if cand.exists():
                return cand
        looked = " and ".join(_shown(c) for c in candidates)
        raise UsageError(
            f'the {what} "{raw}" does not exist (looked for {looked})',
            hint="paths in steps are relative to the feature file's folder, then to the rootdir",
            code="E435",
        )

    def _reset(self) -> None:
        self._settings = self._result = self._document = self._claims = None

    def set_draft(self, raw: str) -> None:
        path = self.resolve(raw, "draft")
        if path.is_dir():
            raise UsageError(f'the draft "{raw}" is a folder: name one draft file', code="E436")
        self.draft = path
        self._reset()

    def set_registry(self, raw: str) -> None:
        self.registry_dir = self.resolve(raw, "claims registry")
        self._registry = None
        self._reset()

    def set_publication_date(self, raw: str) -> None:
        text = raw.strip()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            self.publication_date = dt.date.fromisoformat(text)
        except ValueError:
            raise UsageError(
                f"the publication date {raw!r} is not a date", hint="write it as YYYY-MM-DD", code="E436"
            ) from None
        self._reset()

    # -- what the checks read ------------------------------------------------------------
    def draft_path(self) -> Path:
        if self.draft is None:
            raise UsageError(
                'this step needs a draft: start the scenario (or the Background) with `Given the draft "PATH"`',
                code="E437",
            )
        return self.draft

    def settings(self) -> Any:
        """``[tool.claimcheck]`` or claimcheck.toml nearest the feature file, with the
        publication date given in the scenario on top."""
        if self._settings is None:
            from claimcheck.config import find_config, load_settings

            config = find_config(self.feature_dir or self.rootdir)
            overrides = {"publication_date": self.publication_date} if self.publication_date else {}
            self._settings = load_settings(config, search=False, **overrides)
        return self._settings

    def registry_location(self) -> str | None:
        if self.registry_dir is not None:
            return _shown(self.registry_dir)
        from claimcheck.registry.store import registry_path

        return registry_path(self.settings(), None)

    def registry(self, *, required: bool = True) -> Any:
        """The loaded registry; a registry with problems is an input error (its first one)."""
        if self._registry is None:
            where = self.registry_location()
            if where is None:
                if not required:
                    return None
                raise UsageError(
                    'this step needs the claims registry: add `Given the claims registry "PATH"` '
                    "(or set `registry` in [tool.claimcheck])",
                    code="E437",
                )
            from claimcheck.registry.store import load_registry

            reg = load_registry(where)
            if reg.errors:
                raise reg.errors[0]
            self._registry = reg
        return self._registry

    def check(self) -> Any:
        """Run the whole catalogue on the draft (once per scenario): the pipeline's Result."""
        if self._result is None:
            from claimcheck.pipeline import verify

            draft = self.draft_path()
            key = self._check_key(draft)
            result = self._checked.get(key)
            if result is None:
                result = verify([_shown(draft)], self.settings(), registry=self.registry(required=False))
                if result.errors:
                    raise result.errors[0]
                self._checked[key] = result
            self._result = result
            if result.documents:
                self._document = result.documents[0]
        return self._result

    def _check_key(self, draft: Path) -> tuple[Any, ...]:
        """What a check of ``draft`` depends on: the draft's and the registry's files (path,
        size, time) and the settings in force."""

        def stamp(path: Path) -> tuple[str, int, int]:
            st = path.stat()
            return (str(path.resolve()), st.st_size, st.st_mtime_ns)

        where = self.registry_location()
        registry: tuple[Any, ...] = ()
        if where is not None and Path(where).is_dir():
            registry = tuple(stamp(f) for f in sorted(Path(where).rglob("*")) if f.is_file())
        elif where is not None and Path(where).is_file():
            registry = (stamp(Path(where)),)
        return (stamp(draft), where, registry, self.settings().model_dump_json())

    def document(self) -> Any:
        if self._document is None:
            from claimcheck.document import Metadata
            from claimcheck.ingest import load_document

            settings = self.settings()
            meta = Metadata(publication_date=settings.publication_date) if settings.publication_date else None
            self._document = load_document(
                _shown(self.draft_path()),
                reader=settings.reader,
                max_bytes=int(settings.max_size_mb * 1024 * 1024),
                metadata=meta,
            )
        return self._document

    def claims(self, *kinds: str) -> list[Any]:
        if self._claims is None:
            from claimcheck.extract import extract

            self._claims = extract(self.document())
        return self._claims.of_kind(*kinds) if kinds else list(self._claims)

    def rule_findings(self, codes: Sequence[str]) -> list[Any]:
        """Findings of exactly these rules, run even when the settings leave them out
        (inline suppressions and per-file ignores still apply)."""
        from claimcheck.pipeline import build_rules, check_document

        settings = self.settings().model_copy(update={"select": list(codes), "ignore": []})
        rules = build_rules(settings)
        kept, _ = check_document(self.document(), rules, settings)
        return sorted((f for f in kept if f.rule in codes), key=lambda f: f.sort_key)


_shown = shown_path


# --------------------------------------------------------------------------- selectors
def _known_rules() -> list[tuple[str, str, bool]]:
    from claimcheck.rules.catalogue import RULES

    return [(cls.code, cls.name, bool(getattr(cls, "requires_registry", False))) for cls in RULES]


def _check_selector(review: Review, selector: str) -> None:
    """A selector that names no rule, or only rules that did not run, would make a check
    that cannot fail: both are errors in the checklist."""
    from claimcheck.config import matches

    known = [r for r in _known_rules() if matches(selector, r[0], r[1])]
    if not known:
        codes = [c for c, _, _ in _known_rules()] + sorted({c[:2] for c, _, _ in _known_rules()})
        close = difflib.get_close_matches(selector.upper(), codes, n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "`claimcheck rules` lists the codes"
        raise UsageError(f'no rule is called "{selector}"', hint=hint, code="E436")
    result = review.check()
    ran = [r for r in known if any(matches(selector, c, n) for c, n in result.rules)]
    if not ran:
        origin = review.settings().origin or "the settings"
        raise UsageError(
            f'the "{selector}" rules do not run: {origin} leaves them out',
            hint="select them in [tool.claimcheck], or name the check another way",
            code="E436",
        )
    if all(needs_registry for _, _, needs_registry in ran) and review.registry(required=False) is None:
        raise UsageError(
            f'the "{selector}" rules compare the draft with the claims registry, and none is given',
            hint='add `Given the claims registry "PATH"`',
            code="E437",
        )


def _matching(findings: Iterable[Any], selector: str) -> list[Any]:
    from claimcheck.config import matches

    return [f for f in findings if matches(selector, f.rule, f.name)]


# --------------------------------------------------------------------------- Given / When
@_step("Given", 'the draft "{path}"', section="Setting up", example='Given the draft "drafts/issue-23.md"')
def given_draft(claimcheck_review: Review, path: str) -> None:
    """The draft the scenario checks: a Markdown, text, HTML or PDF file, relative to the
    feature file's folder, else to the rootdir."""
    claimcheck_review.set_draft(path)


@_step("Given", 'the claims registry "{path}"', section="Setting up", example='Given the claims registry "claims"')
def given_registry(claimcheck_review: Review, path: str) -> None:
    """The registry of reviewed claims (a folder or one YAML file): the RG rules and the
    claim steps compare the draft with it. Without this step, `registry` from the settings."""
    claimcheck_review.set_registry(path)


@_step(
    "Given", "the publication date is {date}", section="Setting up", example="Given the publication date is 2025-02-18"
)
def given_publication_date(claimcheck_review: Review, date: str) -> None:
    """The date the issue appears (YYYY-MM-DD), for drafts whose front matter has none:
    relative windows ("in the past 12 months") and stale entries are judged against it."""
    claimcheck_review.set_publication_date(date)


@_step("When", "the draft is checked", section="Setting up", example="When the draft is checked")
def when_checked(claimcheck_review: Review) -> None:
    """Run every selected rule on the draft (as `claimcheck verify` does, with the registry
    when one is given). The finding steps check the draft themselves if this step is left out."""
    claimcheck_review.check()


# --------------------------------------------------------------------------- findings
@_step("Then", "there are no findings", section="Findings", example="Then there are no findings")
def no_findings(claimcheck_review: Review) -> None:
    """No rule found anything, at any level."""
    found = claimcheck_review.check().findings
    if found:
        raise _failure(found, "finding")


@_step("Then", 'there are no "{selector}" findings', section="Findings", example='Then there are no "FN" findings')
def no_selected_findings(claimcheck_review: Review, selector: str) -> None:
    """No finding of these rules: a code (`FN001`), a family (`FN`) or a rule name
    (`duplicate-footnote-number`). A selector that names no rule is an error, not a pass."""
    _check_selector(claimcheck_review, selector)
    found = _matching(claimcheck_review.check().findings, selector)
    if found:
        raise _failure(found, f"{selector} finding")


@_step(
    "Then",
    "there are no findings at {level} level",
    section="Findings",
    example="Then there are no findings at error level",
)
def no_findings_at_level(claimcheck_review: Review, level: str) -> None:
    """No finding at this level or above (`error`, `warning` or `info`), as `--fail-on`
    counts them: "at warning level" rules out warnings and errors."""
    from claimcheck.findings.model import Severity

    try:
        floor = Severity(level.strip().lower())
    except ValueError:
        raise UsageError(f"unknown level {level!r}", hint="write error, warning or info", code="E436") from None
    found = [f for f in claimcheck_review.check().findings if f.severity.rank >= floor.rank]
    if found:
        word = f"finding at {floor.value} level" + (" or above" if floor.value != "error" else "")
        raise _failure(found, word)


@_step(
    "Then",
    'there is a "{selector}" finding on line {line:d}',
    section="Findings",
    example='Then there is a "CT001" finding on line 42',
)
def finding_on_line(claimcheck_review: Review, selector: str, line: int) -> None:
    """A known finding is where the proofs show it: a finding of this rule on this line of
    the draft (for a checklist that pins a defect down until it is fixed)."""
    _check_selector(claimcheck_review, selector)
    result = claimcheck_review.check()
    of_rule = _matching(result.findings, selector)
    if any(f.location.line == line for f in of_rule):
        return
    draft = _shown(claimcheck_review.draft_path())
    if of_rule:
        note = f"no {selector} finding on line {line} of {draft}; the {selector} findings are elsewhere:\n"
        note += _findings_text(of_rule)
    else:
        note = f"no {selector} finding on line {line} of {draft}: the draft has no {selector} findings"
    here = [f for f in result.findings if f.location.line == line]
    if here:
        note += f"\nfindings on line {line}:\n" + _indent(_finding_line(f) for f in here)
    raise CheckFailed(note)


@_step(
    "Then",
    'there are {count:d} "{selector}" findings',
    section="Findings",
    example='Then there are 3 "FN" findings',
)
def count_findings(claimcheck_review: Review, count: int, selector: str) -> None:
    """Exactly this many findings of these rules (a code, a family or a name)."""
    _check_selector(claimcheck_review, selector)
    found = _matching(claimcheck_review.check().findings, selector)
    if len(found) != count:
        note = f"expected {count}, found {_plural(len(found), f'{selector} finding')}"
        raise CheckFailed(note + (":\n" + _findings_text(found) if found else ""))


# --------------------------------------------------------------------------- named checks
#: Checks an editor names in words: the phrase and the rules that decide it. They run
#: these rules on the draft even when the settings leave them out.
NAMED_CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "every footnote is referenced",
        ("FN003",),
        "Every footnote body is referenced from the text of its article (FN003).",
    ),
    (
        "every reference has a footnote",
        ("FN002",),
        "Every footnote reference in the text has a footnote body in its article (FN002).",
    ),
    ("no footnote number is used twice", ("FN001",), "No article defines the same footnote number twice (FN001)."),
    ("every acronym is defined once", ("AC001",), "No acronym is expanded in two different ways in the issue (AC001)."),
    (
        "every acronym fits its expansion",
        ("AC002", "AC003"),
        "Every acronym's letters fit the name it stands for, and no expansion stops short (AC002, AC003).",
    ),
    ("every footnote link is complete", ("CT002",), "No URL in a footnote is malformed or cut off (CT002)."),
)


def _named_check(codes: tuple[str, ...]) -> Callable[[Review], None]:
    def check(claimcheck_review: Review) -> None:
        found = claimcheck_review.rule_findings(codes)
        if found:
            label = "/".join(codes) + " finding"
            raise _failure(found, label)

    return check


for _phrase, _codes, _doc in NAMED_CHECKS:
    _step("Then", _phrase, section="Named checks", example=f"Then {_phrase}", doc=_doc)(_named_check(_codes))


# --------------------------------------------------------------------------- claims
_FIGURE_KINDS = ("count", "money", "quantity")


def _claim_place(claim: Any) -> str:
    return str(claim.location)


def _claim_summary(claim: Any) -> str:
    from claimcheck.registry.matching import format_claim_value

    value = format_claim_value(claim)
    written = " ".join(claim.text.split())
    return f"{value} (“{written}”)" if written and written != value else value


def _expected_figure(value: str, thing: str) -> Any:
    """Read ``"4 million" "5G base stations"`` with the draft's own extractor."""
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    text = f"It has {value.strip()} {thing.strip()}.\n"
    doc = read_markdown(Source("<checklist step>", text))
    found = extract(doc, list(_FIGURE_KINDS)).claims
    if not found:
        raise UsageError(
            f'cannot read "{value}" "{thing}" as a figure',
            hint='write the number as the draft does and what it counts, e.g. "4 million" "5G base stations" or "580 billion" "euros"',
            code="E436",
        )
    return found[0]


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _subject_agrees(claim: Any, expected: Any) -> bool:
    from claimcheck.registry.matching import thing_key

    if claim.kind != expected.kind:
        return False
    if claim.kind == "count":
        a, b = thing_key(claim.thing or ""), thing_key(expected.thing or "")
        return bool(a and b) and (a == b or (" " + a).endswith(" " + b) or (" " + b).endswith(" " + a))
    if claim.kind == "money":
        return claim.currency == expected.currency or (
            claim.equivalent is not None and claim.equivalent.currency == expected.currency
        )
    if claim.kind == "quantity":
        return _same_dimension(claim.unit, expected.unit)
    return False


def _same_dimension(a: str, b: str) -> bool:
    from claimcheck.claims.units import parse_unit

    try:
        return bool(parse_unit(a).dimensionality == parse_unit(b).dimensionality)
    except ValueError:
        return a == b


def _base_value(value: float, claim: Any) -> float:
    if claim.kind == "quantity":
        from claimcheck.claims.units import to_base

        try:
            return to_base(value, claim.unit)[0]
        except ValueError:
            return value
    return value


def _states(claim: Any, expected: Any) -> bool:
    """The draft's claim states the expected figure: same subject and the same number
    (a qualifier in the step must be the draft's too)."""
    if not _subject_agrees(claim, expected):
        return False
    if expected.qualifier and claim.qualifier != expected.qualifier:
        return False
    if claim.kind == "money" and claim.currency != expected.currency:
        return claim.equivalent is not None and _same_number(claim.equivalent.amount, expected.value)
    return _same_number(_base_value(claim.value, claim), _base_value(expected.value, expected))


def _distance(value: float, target: float) -> float:
    if value > 0 and target > 0:
        return abs(math.log10(value / target))
    return math.inf if value != target else 0.0


def _nearest(claims: Sequence[Any], target: float | None, subject: Callable[[Any], bool], n: int = 3) -> list[Any]:
    """The claims most like the one expected: same subject first, then closest value."""

    def key(c: Any) -> tuple[Any, ...]:
        value = getattr(c, "value", None)
        dist = _distance(value, target) if value is not None and target is not None else math.inf
        return (not subject(c), dist, c.location.line, c.location.column)

    return sorted(claims, key=key)[:n]


@_step(
    "Then",
    'the draft states "{value}" "{thing}"',
    section="Claims",
    example='Then the draft states "4 million" "5G base stations"',
)
def states_figure(claimcheck_review: Review, value: str, thing: str) -> None:
    """The draft states this figure: the number as written and what it counts (or its
    currency or unit), read by claimcheck's own extractor ("580 billion" "euros", "2.5"
    "meters"). A conversion in parentheses counts."""
    expected = _expected_figure(value, thing)
    claims = claimcheck_review.claims(expected.kind)
    if any(_states(c, expected) for c in claims):
        return
    draft = _shown(claimcheck_review.draft_path())
    note = f"{draft} does not state {_claim_summary(expected).split(' (“')[0]}"
    if not claims:
        raise CheckFailed(note + f"\nthe draft has no {expected.kind} claims at all")
    nearest = _nearest(claims, _base_value(expected.value, expected), lambda c: _subject_agrees(c, expected))
    lines = [f"{_claim_place(c)}: {c.kind} {_claim_summary(c)}" for c in nearest]
    raise CheckFailed(note + f"\nfound instead, the nearest {expected.kind} claims:\n" + _indent(lines))


def _entry(review: Review, claim_id: str) -> Any:
    reg = review.registry()
    entry = reg.get(claim_id)
    if entry is None:
        close = difflib.get_close_matches(claim_id, [e.id for e in reg.entries], n=3)
        hint = (
            f"did you mean {', '.join(close)}?" if close else "`claimcheck status DRAFT` shows the entries a draft uses"
        )
        raise UsageError(
            f'the claims registry {review.registry_location()} has no entry "{claim_id}"', hint=hint, code="E436"
        )
    return entry


def _entry_label(entry: Any) -> str:
    from claimcheck.registry.matching import format_entry_value

    return f"`{entry.id}` ({format_entry_value(entry)}, {entry.status}, {entry.place()})"


def _stating(review: Review, entry: Any) -> tuple[list[tuple[Any, Any]], list[tuple[Any, Any]]]:
    """``(agreeing, contradicting)``: the draft's claims that state the entry, and those
    about its subject with another value (each with its Match)."""
    from claimcheck.registry.matching import match_claim

    index = review.registry().index
    agreeing, contradicting = [], []
    for claim in review.claims(entry.kind):
        for m in match_claim(index, claim):
            if m.entry.id != entry.id:
                continue
            if m.agrees:
                agreeing.append((claim, m))
            elif m.about:
                contradicting.append((claim, m))
    return agreeing, contradicting


def _stated(review: Review, claim_id: str) -> tuple[Any, list[tuple[Any, Any]]]:
    """The entry with this id and the draft's claims that state it (each with its Match);
    the step fails when none does."""
    entry = _entry(review, claim_id)
    agreeing, contradicting = _stating(review, entry)
    if not agreeing:
        raise _not_stated(review, entry, contradicting)
    return entry, agreeing


def _not_stated(review: Review, entry: Any, contradicting: list[tuple[Any, Any]]) -> CheckFailed:
    draft = _shown(review.draft_path())
    note = f"{draft} does not state {_entry_label(entry)}"
    if contradicting:
        lines = []
        for claim, m in contradicting:
            detail = f"the draft has {m.draft_value}; the entry {m.entry_value}"
            if m.extra or m.missing:
                bits = (["adds " + ", ".join(m.extra)] if m.extra else []) + (
                    ["leaves out " + ", ".join(m.missing)] if m.missing else []
                )
                detail = "the draft's list " + "; ".join(bits)
            lines.append(f"{_claim_place(claim)}: {claim.kind} {_claim_summary(claim)}: {detail}")
        return CheckFailed(note + "\nfound instead, about the same subject:\n" + _indent(lines))
    claims = review.claims(entry.kind)
    if not claims:
        return CheckFailed(note + f"\nthe draft has no {entry.kind} claims at all")
    target = getattr(entry, "value", None)
    if entry.kind == "date":
        target = None
    nearest = _nearest(claims, target, lambda c: False)
    lines = [f"{_claim_place(c)}: {c.kind} {_claim_summary(c)}" for c in nearest]
    return CheckFailed(note + f"\nfound instead, the nearest {entry.kind} claims:\n" + _indent(lines))


@_step(
    "Then",
    'the draft states the claim "{claim_id}"',
    section="Claims",
    example='Then the draft states the claim "china-5g-base-stations-2024-09"',
)
def states_claim(claimcheck_review: Review, claim_id: str) -> None:
    """The draft states the registry entry with this id, with a value that agrees with it
    (as `claimcheck status` matches claims to entries)."""
    _stated(claimcheck_review, claim_id)


def _url_key(url: str) -> str:
    u = url.strip().lower().split("#", 1)[0]
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/").rstrip(".")


def _cites(citation: Any, entry: Any) -> bool:
    """A footnote's citation names one of the entry's sources (by URL or by title); any
    citation counts for an entry that records no source."""
    from claimcheck.registry.matching import normalise

    if not entry.sources:
        return bool(citation.url or citation.title)
    for src in entry.sources:
        if src.url and citation.url and _url_key(src.url) == _url_key(citation.url):
            return True
        if src.title and citation.title and normalise(src.title) == normalise(citation.title):
            return True
    return False


def _source_label(src: Any) -> str:
    bits = [f"“{src.title}”" if src.title else None, src.outlet, src.url]
    return ", ".join(b for b in bits if b)


@_step(
    "Then",
    'the draft states the claim "{claim_id}" with a source',
    section="Claims",
    example='Then the draft states the claim "china-5g-base-stations-2024-09" with a source',
)
def states_claim_with_source(claimcheck_review: Review, claim_id: str) -> None:
    """As above, and a footnote referenced in the same sentence cites one of the sources the
    entry records (same URL or same title); for an entry without sources, any citation."""
    entry, agreeing = _stated(claimcheck_review, claim_id)
    doc = claimcheck_review.document()
    citations = claimcheck_review.claims("citation")
    problems = []
    for claim, _ in agreeing:
        labels = (claim.footnote,) if claim.footnote else tuple(claim.footnotes)
        where = f"{_claim_place(claim)}: {_claim_summary(claim)}"
        if not labels:
            problems.append(f"{where}: no footnote in its sentence")
            continue
        cited = [c for c in citations if c.article == claim.article and c.footnote in labels]
        if any(_cites(c, entry) for c in cited):
            return
        notes = [n for n in doc.iter_footnotes() if n.article == claim.article and n.label in labels]
        if not notes:
            problems.append(f"{where}: its footnote {', '.join(labels)} has no note in its article")
        elif not cited:
            problems.append(f"{where}: footnote {', '.join(labels)} cites no source claimcheck can read")
        else:
            shown = "; ".join(f"footnote {c.footnote} cites {_source_label(c)}" for c in cited)
            problems.append(f"{where}: {shown}")
    sources = "; ".join(_source_label(s) for s in entry.sources) or "(none recorded)"
    note = f"the draft states {_entry_label(entry)} without citing its source\n"
    note += f"the registry's sources: {sources}\n" + _indent(problems)
    raise CheckFailed(note)


@_step(
    "Then",
    'the members of "{group}" match the claims registry',
    section="Claims",
    example='Then the members of "ILRS" match the claims registry',
)
def members_match(claimcheck_review: Review, group: str) -> None:
    """Every list of this group's members in the draft names the same members as a
    verified registry entry for the group (its name or an alias). A draft that lists no
    members of the group fails."""
    from claimcheck.registry.matching import group_key, match_claim

    reg = claimcheck_review.registry()
    key = group_key(group)
    entries = [e for e in reg.of_kind("member_list") if key in {group_key(e.group), *(group_key(a) for a in e.aliases)}]
    if not entries:
        groups = sorted({e.group for e in reg.of_kind("member_list")})
        raise UsageError(
            f'the claims registry {claimcheck_review.registry_location()} has no member list of "{group}"',
            hint=("it has lists of: " + "; ".join(groups)) if groups else "it has no member lists",
            code="E436",
        )
    ids = {e.id for e in entries}
    draft = _shown(claimcheck_review.draft_path())
    lists = []
    for claim in claimcheck_review.claims("member_list"):
        ms = [m for m in match_claim(reg.index, claim) if m.entry.id in ids]
        if ms:
            lists.append((claim, ms))
    if not lists:
        others = [
            f"{_claim_place(c)}: members of {c.group}: {', '.join(c.members)}"
            for c in claimcheck_review.claims("member_list")
        ]
        note = f'{draft} lists no members of "{group}"'
        raise CheckFailed(note + ("\nmember lists it has:\n" + _indent(_cap(others)) if others else ""))
    any_verified = any(e.status == "verified" for e in entries)
    problems = [line for claim, ms in lists if (line := _members_problem(claim, ms, any_verified, group))]
    if problems:
        raise CheckFailed(f'the members of "{group}" differ from the claims registry:\n' + _indent(problems))


def _members_problem(claim: MemberListClaim, ms: list[Match], any_verified: bool, group: str) -> str | None:
    """What is wrong with a list of the group's members, or ``None`` when a verified entry
    agrees with it."""
    if any(m.agrees and m.entry.status == "verified" for m in ms):
        return None
    where = f"{_claim_place(claim)}: the list of {claim.group} ({_plural(len(claim.members), 'member')}: {', '.join(claim.members)})"
    against = [m for m in ms if m.entry.status == "verified"]
    if not any_verified:
        line = f"{where}: the registry has no verified list of {group}"
    elif against:
        m = against[0]
        bits = (["adds " + ", ".join(m.extra)] if m.extra else []) + (
            ["leaves out " + ", ".join(m.missing)] if m.missing else []
        )
        line = f"{where} differs from verified entry `{m.entry.id}` (as of {m.entry.as_of.iso()}, {m.entry.place()}): {'; '.join(bits)}"
    else:
        line = f"{where}: no verified entry to compare it with"
    agreeing_other = [m.entry for m in ms if m.agrees and m.entry.status != "verified"]
    if agreeing_other:
        e = agreeing_other[0]
        line += f"; it agrees with {e.status} entry `{e.id}` ({e.place()}): review that entry"
    return line
