"""The ``claimcheck`` pytest plugin (entry point ``pytest11``): the checklist step library.

pytest loads it in every project of the environment, so it must never get in the way:

* the steps and the ``claimcheck_review`` fixture are registered only when pytest-bdd can
  be imported; without it this module defines nothing but a report hook that only acts on
  claimcheck's own exceptions;
* the pytest-bdd hooks below are ``optionalhook``: a run with ``-p no:pytest-bdd`` does not
  fail pluggy's check for unknown hooks;
* nothing heavy is imported until a claimcheck step runs (the step fixtures are tiny
  markers; the pipeline is imported inside the steps);
* feature files are not collected here: a project binds them with pytest-bdd's
  ``scenarios(...)`` as usual, and ``claimcheck checklist`` brings its own collector.

``@known-defect`` on a scenario (or a feature) marks it ``xfail(strict=True)`` for the
check failures only: a known defect fails as expected; the run fails if the scenario
passes (the defect was fixed: remove the tag) or fails for another reason (a missing
draft, a typo in a step).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimcheck.bdd import KNOWN_DEFECT_TAG, CheckFailed, StepPlace, shown_path
from claimcheck.errors import ClaimcheckError

try:
    import pytest_bdd  # noqa: F401  (only to know whether the steps can be registered)
except ImportError:  # pragma: no cover - exercised by tests/bdd with pytest_bdd blocked
    HAVE_PYTEST_BDD = False
else:
    HAVE_PYTEST_BDD = True

#: the feature file of the scenario an item runs (set before its first step)
FEATURE_FILE = pytest.StashKey[str]()
#: what checking found, per draft, settings and registry: one dict per pytest session
CHECKED = pytest.StashKey[dict[Any, Any]]()

if HAVE_PYTEST_BDD:
    from claimcheck.bdd import steps as _steps

    # pytest registers the fixtures it finds on a plugin module: the step definitions are
    # fixtures pytest-bdd put into claimcheck.bdd.steps; make them this plugin's.
    globals().update({name: value for name, value in vars(_steps).items() if name.startswith("pytestbdd_")})

    @pytest.fixture
    def claimcheck_review(request: pytest.FixtureRequest) -> Any:
        """The state one scenario's claimcheck steps share: draft, registry, publication
        date and what checking found. Paths resolve against the feature file's folder,
        then the rootdir."""
        feature = request.node.stash.get(FEATURE_FILE, None)
        checked = request.config.stash.setdefault(CHECKED, {})
        return _steps.Review(
            rootdir=request.config.rootpath,
            feature_dir=Path(feature).parent if feature else None,
            checked=checked,
        )


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_before_scenario(request: Any, feature: Any, scenario: Any) -> None:
    request.node.stash[FEATURE_FILE] = feature.filename


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_step_error(request: Any, feature: Any, step: Any, exception: BaseException) -> None:
    """Tell a claimcheck failure which step it belongs to (for the report and messages)."""
    if not isinstance(exception, (CheckFailed, ClaimcheckError)):
        return
    place = StepPlace(shown_path(feature.filename), step.line_number, step.keyword, step.name)
    if isinstance(exception, CheckFailed):
        exception.place = place
        return
    exception.step_place = place  # type: ignore[attr-defined]  # our own attribute on pytest-bdd's exception
    if exception.path is None:
        exception.path, exception.line, exception.column = place.path, place.line, None


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_bdd_apply_tag(tag: str, function: Any) -> Any:
    if tag != KNOWN_DEFECT_TAG:
        return None
    return pytest.mark.xfail(
        raises=CheckFailed,
        strict=True,
        reason="known defect (tagged @known-defect): it should fail until the draft is fixed; "
        "once it passes, remove the tag",
    )(function)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A failed check reads as a review note, not as a traceback through the step library."""
    outcome = yield
    report = outcome.get_result()
    if not report.failed or call.excinfo is None:
        return
    exc = call.excinfo.value
    if isinstance(exc, CheckFailed) and exc.place is not None:
        report.longrepr = f"check failed: {exc.place}\n{exc.note}"
    elif isinstance(exc, ClaimcheckError) and getattr(exc, "step_place", None) is not None:
        report.longrepr = f"checklist error: {exc.step_place}\n{exc.render()}"  # type: ignore[attr-defined]  # our own attribute on pytest-bdd's exception
