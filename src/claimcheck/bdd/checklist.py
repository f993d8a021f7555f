"""``claimcheck checklist``: run review checklists for editors who never call pytest.

The feature files need no Python test module. The command runs pytest in-process
(``pytest.main``) on the ``.feature`` files with a small collector plugin,
:class:`_Collector`, which

* collects each ``.feature`` file as a module whose tests pytest-bdd's ``scenarios(...)``
  generates (:class:`FeatureFile`), and nothing else (no ``test_*.py`` in the folder runs);
* records, through pytest-bdd's hooks, each step's outcome and the review note of a
  failed check, and through pytest's reports each scenario's outcome.

The project's own pytest settings apply (rootdir, markers) except ``addopts``, which is
emptied so that a project's coverage or parallel options do not get in the way; the cache
is not written. ``conftest.py`` files (a desk's own steps) are loaded only with
``--allow-local-python``: a checklist added by a pull request runs no Python of its own.

Exit status as ``verify``: 0 every check passed (known defects failing as expected), 1 a
check failed (or a known defect passed: remove its tag), 2 the checklist could not run: a
missing folder, no feature files, a file that is not Gherkin, a step phrase nobody defines,
a draft or registry a step names that cannot be read.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import json
import os
import re
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import pytest

from claimcheck.bdd import KNOWN_DEFECT_TAG, CheckFailed, shown_path
from claimcheck.errors import ClaimcheckError, UsageError

__all__ = [
    "ChecklistRun",
    "FeatureFile",
    "ScenarioOutcome",
    "StepOutcome",
    "find_feature_files",
    "render",
    "run_checklist",
]

# step statuses
PASSED, FAILED, ERROR, UNDEFINED, NOT_RUN = "passed", "failed", "error", "undefined", "not run"
# scenario outcomes
KNOWN, UNEXPECTED_PASS, SKIPPED = "known defect", "unexpected pass", "skipped"

_MARK = {PASSED: "✓", FAILED: "✗", ERROR: "!", UNDEFINED: "?", NOT_RUN: "·"}


@dataclass
class StepOutcome:
    keyword: str
    text: str
    line: int
    background: bool = False
    status: str = NOT_RUN
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "keyword": self.keyword,
            "text": self.text,
            "line": self.line,
            "background": self.background,
            "status": self.status,
            "note": self.note or None,
        }


@dataclass
class ScenarioOutcome:
    feature_path: str
    name: str
    line: int
    tags: tuple[str, ...] = ()
    example: str | None = None
    steps: list[StepOutcome] = field(default_factory=list)
    outcome: str = NOT_RUN
    note: str = ""
    index: int = 0  # collection order within its feature

    @classmethod
    def of(cls, feature: Any, scenario: Any, **more: Any) -> ScenarioOutcome:
        """The outcome of a pytest-bdd scenario of ``feature``, before it runs."""
        return cls(
            feature_path=shown_path(feature.filename),
            name=scenario.name,
            line=scenario.line_number,
            **more,
        )

    @property
    def title(self) -> str:
        return self.name + (f" [{self.example}]" if self.example else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "line": self.line,
            "example": self.example,
            "tags": list(self.tags),
            "outcome": self.outcome,
            "note": self.note or None,
            "steps": [s.as_json() for s in self.steps],
        }


@dataclass
class ChecklistRun:
    files: list[str] = field(default_factory=list)
    feature_names: dict[str, str] = field(default_factory=dict)
    scenarios: list[ScenarioOutcome] = field(default_factory=list)
    errors: list[ClaimcheckError] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for s in self.scenarios if s.outcome == outcome)

    @property
    def exit_code(self) -> int:
        if self.errors or any(s.outcome == ERROR for s in self.scenarios):
            return 2
        if any(s.outcome in (FAILED, UNEXPECTED_PASS) for s in self.scenarios):
            return 1
        return 0


# --------------------------------------------------------------------------- finding files
def find_feature_files(paths: Sequence[str]) -> list[Path]:
    """The ``.feature`` files at ``paths`` (files, or folders searched at any depth)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(
                "no such folder or file",
                path=raw,
                hint="name the folder of the checklists (default: features/) or a .feature file",
                code="E431",
            )
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*.feature")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise UsageError(
                    "the folder holds no .feature files",
                    path=raw,
                    hint="write a checklist (docs/checklists.md shows how) or name another folder",
                    code="E432",
                )
            out.extend(found)
        elif path.suffix != ".feature":
            raise UsageError(
                "not a .feature file",
                path=raw,
                hint="checklists are Gherkin files ending in .feature",
                code="E432",
            )
        else:
            out.append(path)
    return list(dict.fromkeys(p.resolve() for p in out))


def _parse_all(files: Iterable[Path]) -> dict[str, str]:
    """Parse every feature file up front: a Gherkin error is one clear message (E434)."""
    from pytest_bdd import feature as bdd_feature
    from pytest_bdd.exceptions import GherkinParseError
    from pytest_bdd.parser import FeatureParser

    names = {}
    for path in files:
        bdd_feature.features.pop(str(path), None)  # pytest-bdd's cache: read the file as it is now
        try:
            parsed = FeatureParser(str(path.parent), path.name).parse()
        except GherkinParseError as exc:
            raise UsageError(
                f"not a valid Gherkin feature file: {exc.message}",
                path=shown_path(path),
                line=exc.line or None,
                hint="see docs/checklists.md for the layout of a checklist",
                code="E434",
                source_line=exc.line_content or None,
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the feature file: {exc}", path=shown_path(path), code="E434") from None
        if not parsed.scenarios:
            raise UsageError(
                "the feature file has no scenarios",
                path=shown_path(path),
                hint="add a `Scenario:` with the checks to run",
                code="E432",
            )
        names[str(path)] = parsed.name
    return names


# --------------------------------------------------------------------------- the collector
class FeatureFile(pytest.Module):
    """A ``.feature`` file collected as a module of tests: ``scenarios(this file)`` runs in
    a fresh module namespace, as it would in a hand-written ``test_*.py``."""

    def _getobj(self) -> types.ModuleType:
        from pytest_bdd import scenarios

        module = types.ModuleType("claimcheck_checklist_" + re.sub(r"\W", "_", self.path.stem))
        module.__file__ = str(self.path)
        namespace = module.__dict__
        namespace.update(_scenarios=scenarios, _feature=str(self.path), _base=str(self.path.parent))
        # scenarios() binds the tests into its caller's module namespace: this code object is
        # that caller, run with the new module's dict as its globals and locals.
        exec(compile("_scenarios(_feature, features_base_dir=_base)\n", str(self.path), "exec"), namespace)
        return module


def _template_of(item: pytest.Item) -> Any:
    try:
        from pytest_bdd.scenario import scenario_wrapper_template_registry
    except ImportError:  # pragma: no cover - older pytest-bdd
        return None
    obj = getattr(item, "obj", None)
    return scenario_wrapper_template_registry.get(obj) if obj is not None else None


def _step_suggestion(text: str) -> str:
    from claimcheck.bdd.steps import STEPS

    examples = {s.example.split(" ", 1)[1]: s.display for s in STEPS}
    close = difflib.get_close_matches(text, list(examples), n=1, cutoff=0.6)
    if close:
        return f"did you mean `{examples[close[0]]}`? `claimcheck checklist --steps` lists the phrases"
    return "`claimcheck checklist --steps` lists the phrases"


def _not_run(outcome: ScenarioOutcome, what: str) -> ClaimcheckError:
    """E438: the scenario could not ``what`` (start, run), with the last line pytest gave."""
    return ClaimcheckError(
        f"the scenario could not {what}: {outcome.note}", path=outcome.feature_path, line=outcome.line, code="E438"
    )


class _Collector:
    """The plugin ``run_checklist`` gives pytest: collects feature files, records outcomes."""

    def __init__(self) -> None:
        self.by_node: dict[str, ScenarioOutcome] = {}
        self.steps: dict[str, dict[int, StepOutcome]] = {}
        self.errors: list[ClaimcheckError] = []
        self.config: Any = None

    # -- collection ----------------------------------------------------------------------
    def pytest_configure(self, config: Any) -> None:
        self.config = config

    def pytest_collect_file(self, file_path: Path, parent: Any) -> Any:
        if file_path.suffix == ".feature":
            return FeatureFile.from_parent(parent, path=file_path)
        return None

    def pytest_ignore_collect(self, collection_path: Path, config: Any) -> bool | None:
        # only the checklists run: test modules that happen to sit in the folder do not
        return True if collection_path.suffix == ".py" else None

    @pytest.hookimpl(optionalhook=True)
    def pytest_bdd_apply_tag(self, tag: str, function: Any) -> Any:
        if self.config is not None and tag != KNOWN_DEFECT_TAG:
            self.config.addinivalue_line("markers", f"{tag}: a checklist tag")
        return None

    def pytest_itemcollected(self, item: pytest.Item) -> None:
        template = _template_of(item)
        if template is None:
            return
        example: dict[str, Any] = {}
        callspec = getattr(item, "callspec", None)
        if callspec is not None:
            example = callspec.params.get("_pytest_bdd_example", {}) or {}
        scenario = template.render(example)
        n_background = len(getattr(template, "all_background_steps", ()))  # rendered steps start with them
        feature = template.feature
        tags = (
            set(template.tags)
            | set(feature.tags)
            | (set(template.rule.tags) if getattr(template, "rule", None) else set())
        )
        outcome = ScenarioOutcome.of(
            feature,
            scenario,
            tags=tuple(sorted(tags)),
            example=", ".join(f"{k}={v}" for k, v in example.items()) or None,
            steps=[
                StepOutcome(s.keyword.strip(), s.name, s.line_number, background=i < n_background)
                for i, s in enumerate(scenario.steps)
            ],
            index=len(self.by_node),
        )
        self.by_node[item.nodeid] = outcome

    # -- running -------------------------------------------------------------------------
    @pytest.hookimpl(optionalhook=True)
    def pytest_bdd_before_scenario(self, request: Any, feature: Any, scenario: Any) -> None:
        outcome = self.by_node.get(request.node.nodeid)
        if outcome is None:  # the scenario was not known at collection: take it as it runs
            outcome = ScenarioOutcome.of(
                feature,
                scenario,
                tags=tuple(sorted(set(scenario.tags) | set(feature.tags))),
                index=len(self.by_node),
            )
            self.by_node[request.node.nodeid] = outcome
        if len(outcome.steps) != len(scenario.steps):
            outcome.steps = [StepOutcome(s.keyword.strip(), s.name, s.line_number) for s in scenario.steps]
        self.steps[request.node.nodeid] = {id(s): o for s, o in zip(scenario.steps, outcome.steps, strict=True)}

    def _step(self, request: Any, step: Any) -> StepOutcome | None:
        return self.steps.get(request.node.nodeid, {}).get(id(step))

    @pytest.hookimpl(optionalhook=True)
    def pytest_bdd_after_step(self, request: Any, step: Any) -> None:
        outcome = self._step(request, step)
        if outcome is not None:
            outcome.status = PASSED

    @pytest.hookimpl(optionalhook=True, trylast=True)
    def pytest_bdd_step_error(self, request: Any, feature: Any, step: Any, exception: BaseException) -> None:
        outcome = self._step(request, step)
        if outcome is None:
            return
        if isinstance(exception, CheckFailed):
            outcome.status, outcome.note = FAILED, exception.note
            return
        outcome.status = ERROR
        if isinstance(exception, ClaimcheckError):
            error = exception
        elif isinstance(exception, pytest.skip.Exception):
            outcome.status, outcome.note = NOT_RUN, str(exception)
            return
        else:
            error = ClaimcheckError(
                f"internal error in a step: {type(exception).__name__}: {exception} "
                "(please report it; run the feature with pytest to see the traceback)",
                path=shown_path(feature.filename),
                line=step.line_number,
                code="E999",
            )
        outcome.note = error.one_line()
        self.errors.append(error)

    @pytest.hookimpl(optionalhook=True)
    def pytest_bdd_step_func_lookup_error(
        self, request: Any, feature: Any, scenario: Any, step: Any, exception: BaseException
    ) -> None:
        outcome = self._step(request, step)
        phrase = f"{step.keyword.strip()} {step.name}"
        error = UsageError(
            f'no step definition matches "{phrase}"',
            path=shown_path(feature.filename),
            line=step.line_number,
            hint=_step_suggestion(step.name),
            code="E433",
        )
        self.errors.append(error)
        if outcome is not None:
            outcome.status, outcome.note = UNDEFINED, error.one_line()

    def pytest_runtest_logreport(self, report: Any) -> None:
        outcome = self.by_node.get(report.nodeid)
        if outcome is None:
            return
        wasxfail = hasattr(report, "wasxfail")
        if report.when == "call":
            if report.passed:
                outcome.outcome = PASSED
            elif report.skipped and wasxfail:
                outcome.outcome = KNOWN
            elif report.skipped:
                outcome.outcome, outcome.note = SKIPPED, _skip_reason(report)
            elif wasxfail or "[XPASS(strict)]" in str(report.longrepr):
                outcome.outcome = UNEXPECTED_PASS
                outcome.note = "tagged @known-defect but every check passed: the defect is fixed, remove the tag"
            elif any(s.status == FAILED for s in outcome.steps) and not any(
                s.status in (ERROR, UNDEFINED) for s in outcome.steps
            ):
                outcome.outcome = FAILED
            else:
                outcome.outcome = ERROR
                if not any(s.status in (ERROR, UNDEFINED) for s in outcome.steps):
                    outcome.note = _last_line(report)
                    self.errors.append(_not_run(outcome, "run"))
        elif report.when == "setup" and not report.passed:
            if report.skipped:
                outcome.outcome, outcome.note = SKIPPED, _skip_reason(report)
            else:
                outcome.outcome, outcome.note = ERROR, _last_line(report)
                self.errors.append(_not_run(outcome, "start"))

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self.errors.append(
                UsageError(
                    f"cannot collect the checklist: {_last_line(report)}",
                    path=shown_path(report.nodeid) if report.nodeid else None,
                    code="E434",
                )
            )


def _skip_reason(report: Any) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr or "")


def _last_line(report: Any) -> str:
    text: str = getattr(report, "longreprtext", "") or str(report.longrepr or "")
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    for ln in reversed(lines):
        if ln.startswith("E "):
            return ln[1:].strip()
    return lines[-1] if lines else "unknown error"


# --------------------------------------------------------------------------- running
def run_checklist(paths: Sequence[str], *, local_python: bool = False) -> ChecklistRun:
    """Run the checklists at ``paths``; usage and input errors are in ``errors``.

    ``local_python``: also load the ``conftest.py`` files beside the checklists (their own
    steps). Off by default: a pull request that adds a checklist must not run its Python
    in CI; only the step library runs."""
    try:
        import pytest_bdd  # noqa: F401
    except ImportError:  # pragma: no cover - pytest-bdd is a dependency of claimcheck
        raise UsageError("checklists need pytest-bdd", hint="pip install pytest-bdd", code="E438") from None
    files = find_feature_files(paths)
    run = ChecklistRun(files=[shown_path(f) for f in files])
    run.feature_names = {shown_path(k): v for k, v in _parse_all(files).items()}
    collector = _Collector()
    args = [
        *map(str, files),
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=",
        "-W",
        "ignore::pytest.PytestUnknownMarkWarning",
    ]
    if not local_python:
        args.append("--noconftest")
    plugins: list[Any] = [collector]
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        import pytest_bdd.plugin

        import claimcheck.bdd.plugin

        plugins += [pytest_bdd.plugin, claimcheck.bdd.plugin]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = pytest.main(args, plugins=plugins)
    run.errors.extend(collector.errors)
    run.scenarios = sorted(
        collector.by_node.values(),
        key=lambda s: (run.files.index(s.feature_path) if s.feature_path in run.files else len(run.files), s.index),
    )
    if code in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR) and not run.errors:
        tail = [ln for ln in (out.getvalue() + err.getvalue()).strip().splitlines() if ln.strip()][-3:]
        run.errors.append(ClaimcheckError("pytest could not run the checklists: " + " / ".join(tail), code="E438"))
    if code == pytest.ExitCode.NO_TESTS_COLLECTED and not run.errors:
        run.errors.append(UsageError("the feature files hold no scenarios", code="E432"))
    return run


# --------------------------------------------------------------------------- reporting
#: a scenario's mark and what follows its title, by outcome (any other outcome: a failure,
#: "✗" and nothing; a skipped scenario also gives the reason)
_SCENARIO_LINE = {
    PASSED: ("✓", ""),
    KNOWN: ("✗", "  (known defect: fails as expected)"),
    UNEXPECTED_PASS: ("✗", "  (tagged @known-defect, but passed)"),
    ERROR: ("!", "  (could not run)"),
    NOT_RUN: ("·", "  (not run)"),
}


def _scenario_header(s: ScenarioOutcome) -> str:
    if s.outcome == SKIPPED:
        return f"– Scenario: {s.title}  (skipped{': ' + s.note if s.note else ''})"
    mark, tail = _SCENARIO_LINE.get(s.outcome, ("✗", ""))
    return f"{mark} Scenario: {s.title}{tail}"


def _step_lines(step: StepOutcome, indent: str) -> list[str]:
    suffix = "  (not checked: an earlier step did not pass)" if step.status == NOT_RUN else ""
    out = [f"{indent}{_MARK[step.status]} {step.keyword} {step.text}{suffix}"]
    if step.note:
        out.extend(f"{indent}    {line}" for line in step.note.splitlines())
    return out


def render_text(run: ChecklistRun) -> str:
    out: list[str] = []
    for path in run.files:
        scenarios = [s for s in run.scenarios if s.feature_path == path]
        name = run.feature_names.get(path) or ""
        out.append(f"{path}" + (f": {name}" if name else ""))
        background = next((s for s in scenarios if any(st.background for st in s.steps)), None)
        if background is not None:
            shown = [st for st in background.steps if st.background]
            out.append("  Background:")
            for st in shown:
                ok = all(o.status == PASSED for s in scenarios for o in s.steps if o.background and o.line == st.line)
                if ok:
                    out.append(f"    ✓ {st.keyword} {st.text}")
                else:
                    out.append(f"    {_MARK.get(st.status, '·')} {st.keyword} {st.text}  (see the scenarios below)")
        for s in scenarios:
            out.append(f"  {_scenario_header(s)}")
            for st in s.steps:
                if st.background and st.status == PASSED:
                    continue
                out.extend(_step_lines(st, "      "))
            if s.note and s.outcome in (UNEXPECTED_PASS, ERROR) and not any(st.note for st in s.steps):
                out.append(f"        {s.note}")
        out.append("")
    out.append(_summary(run))
    return "\n".join(out) + "\n"


def _summary(run: ChecklistRun) -> str:
    n = len(run.scenarios)
    parts = []
    for outcome, one, many in (
        (PASSED, "passed", "passed"),
        (KNOWN, "known defect (failing as expected)", "known defects (failing as expected)"),
        (FAILED, "failed", "failed"),
        (UNEXPECTED_PASS, "known defect that passed", "known defects that passed"),
        (ERROR, "could not run", "could not run"),
        (SKIPPED, "skipped", "skipped"),
        (NOT_RUN, "not run", "not run"),
    ):
        k = run.count(outcome)
        if k:
            parts.append(f"{k} {one if k == 1 else many}")
    checks = sum(1 for s in run.scenarios for st in s.steps if st.status != NOT_RUN)
    head = f"{n} scenario{'s' if n != 1 else ''} in {len(run.files)} checklist{'s' if len(run.files) != 1 else ''}, {checks} steps run"
    return head + (": " + ", ".join(parts) if parts else "")


def render_json(run: ChecklistRun) -> str:
    features = []
    for path in run.files:
        features.append(
            {
                "path": path,
                "name": run.feature_names.get(path),
                "scenarios": [s.as_json() for s in run.scenarios if s.feature_path == path],
            }
        )
    data = {
        "version": 1,
        "features": features,
        "errors": [
            {"code": e.code, "message": e.message, "path": e.path, "line": e.line, "hint": e.hint} for e in run.errors
        ],
        "summary": {
            "scenarios": len(run.scenarios),
            **{
                k.replace(" ", "_"): run.count(k)
                for k in (PASSED, KNOWN, FAILED, UNEXPECTED_PASS, ERROR, SKIPPED, NOT_RUN)
            },
            "text": _summary(run),
        },
        "exit_code": run.exit_code,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(run: ChecklistRun, fmt: str) -> str:
    return render_json(run) if fmt == "json" else render_text(run)


def command(paths: Sequence[str], fmt: str = "text", list_steps: bool = False, local_python: bool = False) -> int:
    """What ``claimcheck checklist`` does: print the checklist, return the exit status.

    Errors the run found (an undefined phrase, a missing draft) are printed on standard
    error after the checklist; errors that stop it before it runs are raised."""
    import click

    if list_steps:
        from claimcheck.bdd.steps import steps_json, steps_text

        click.echo(steps_json() if fmt == "json" else steps_text(), nl=False)
        return 0
    run = run_checklist(paths, local_python=local_python)
    click.echo(render(run, fmt), nl=False)
    seen = set()
    for error in run.errors:
        text = error.render()
        if text not in seen:
            seen.add(text)
            click.echo(text, err=True)
    return run.exit_code
