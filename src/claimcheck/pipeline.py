"""The one place the stages are wired: ingest → extract → rules → findings.

``verify(paths, settings)`` reads every draft, runs the selected rules (extracting the
claims they need, once per document), applies per-file ignores and inline suppressions,
reports unused suppressions (CC001) and returns a :class:`Result` in a deterministic
order. A draft that cannot be read is recorded as an error and the others still run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence, cast

from claimcheck.config import Settings, load_settings
from claimcheck.document import Document, Metadata
from claimcheck.errors import ClaimcheckError, ConfigError
from claimcheck.findings.linking import link_related
from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.findings.suppressions import apply_suppressions
from claimcheck.ingest import find_drafts, load_document
from claimcheck.rules.base import CheckContext, Rule
from claimcheck.rules.index import RULE_INDEX, RuleEntry, load_rule

if TYPE_CHECKING:
    from claimcheck.registry.store import Registry

__all__ = ["Result", "build_rules", "check_document", "effective_jobs", "verify"]


def build_rules(settings: Settings, *, with_registry: bool = True) -> list[Rule]:
    """The rules ``settings`` select, in catalogue order, each with its options.

    Only the selected rules' modules are imported. ``with_registry=False`` (a run with no
    registry configured) leaves the modules of the registry rules that would only be
    skipped unimported too: each stands in as an :class:`AwaitingRegistry` (one with
    options of its own, or that reports something without a registry, is built as usual,
    so its options are checked as before)."""
    out: list[Rule] = []
    for entry in RULE_INDEX:
        if not settings.runs(entry):
            continue
        raw = settings.rules.get(entry.code) or settings.rules.get(entry.name) or {}
        severity = settings.severity.get(entry.code) or settings.severity.get(entry.name)
        if entry.requires_registry and not with_registry and not raw and not entry.reports_without_registry:
            out.append(AwaitingRegistry(entry, severity))
            continue
        cls = load_rule(entry)
        out.append(cls(_options(cls, raw, settings), severity))
    return out


def _options(cls: type[Rule], raw: dict[str, Any], settings: Settings) -> Any:
    """``raw`` (the rule's table in the settings) validated by its options model; none
    given, the defaults (:meth:`Rule.default_options`: the model is not built)."""
    if not raw:
        return cls.default_options()
    from pydantic import ValidationError

    try:
        return cls.Options.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(
            f"invalid option for {cls.code} `{'.'.join(map(str, err['loc']))}`: {err['msg']}",
            path=settings.origin,
            hint=f"see `claimcheck rule {cls.code}` for its options",
            code="E204",
        ) from None


class AwaitingRegistry(Rule):
    """A selected registry rule in a run without a registry, standing in for itself: it is
    skipped like the rule (``requires_registry``), reports nothing, and its module is not
    imported (:func:`build_rules`)."""

    requires_registry = True

    def __init__(self, entry: RuleEntry, severity: Any = None) -> None:
        self.code = entry.code  # type: ignore[misc]  # the rule's own, per instance
        self.name = entry.name  # type: ignore[misc]
        super().__init__(None, severity)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        raise RuntimeError(f"{self.code} runs only with a registry: it was built for a run without one")


def check_document(
    doc: Document, rules: Sequence[Rule], settings: Settings, registry: Registry | None = None
) -> tuple[list[Finding], list[Finding]]:
    """Run ``rules`` on one document: ``(kept, suppressed)`` findings.

    ``registry`` is the loaded registry of reviewed claims; without one the rules that
    read it (``requires_registry``) are skipped, and so is the extraction they need.
    """
    skipped = [r for r in rules if r.requires_registry] if registry is None else []
    rules = [r for r in rules if r not in skipped]
    needs = tuple(sorted({k for r in rules for k in r.needs}))
    ctx = CheckContext(document=doc, settings=settings, claim_kinds=needs, registry=registry)
    raw: list[Finding] = [f for r in skipped for f in r.without_registry(ctx)]
    for rule in rules:
        raw.extend(rule.check(ctx))
    raw = [f for f in raw if not settings.ignored_for(f.location.path, f.rule, f.name)]
    kept, suppressed, used = apply_suppressions(doc, raw)
    kept = link_related(kept)  # findings of one slip name each other
    for rule in rules:
        if rule.code == "CC001":  # CC001 reads what the others left
            from claimcheck.rules.cc001_unused_suppression import UnusedSuppression

            kept.extend(cast(UnusedSuppression, rule).report(doc, used))
    return kept, suppressed


def verify(
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
    keep_documents: bool = True,
    registry: Any = None,
    stdin: tuple[str, bytes] | None = None,
) -> Result:
    """Check the drafts at ``paths`` (files or directories) with the selected rules.

    ``settings`` None (the default) reads the settings as the ``claimcheck verify`` command
    does: the nearest ``claimcheck.toml``, or ``pyproject.toml`` with a ``[tool.claimcheck]``
    table, from the current folder upwards (:func:`claimcheck.config.load_settings`), so the
    library and the CLI report the same findings. Pass ``Settings()`` for the built-in
    defaults whatever the project says, or ``load_settings(path, select=[...])`` for more.

    ``jobs`` > 1 checks files in that many worker processes; the result is the same, in
    the same order, whatever ``jobs`` is. ``progress`` is called with each file's path
    once it is done (in completion order). ``keep_documents=False`` leaves
    ``Result.documents`` empty (only the HTML report reads them; with ``jobs`` > 1 it
    saves sending every document back from the workers).

    ``registry`` is the registry of reviewed claims (a path, or a loaded
    :class:`~claimcheck.registry.store.Registry`); by default ``registry`` from the
    settings, relative to the settings file. It is loaded once for the whole run; a registry
    with errors stops the run before any draft is read (its errors are in ``Result.errors``).
    """
    if settings is None:
        settings = load_settings()
    result = Result()
    # ``stdin``: (the name to report, the bytes) of a draft piped in (``-`` on the command line)
    rules = build_rules(settings, with_registry=registry is not None or bool(getattr(settings, "registry", None)))
    result.rules = [(r.code, r.name) for r in rules]
    registry = _registry_for(settings, rules, registry)
    if registry is not None and registry.errors:
        result.errors.extend(registry.errors)
        return result
    drafts = find_drafts(paths, **settings.discovery()) if paths or stdin is None else []
    jobs = effective_jobs(jobs, len(drafts))
    if jobs > 1:
        outcomes = _check_parallel(drafts, settings, jobs, progress, keep_documents, registry, rules)
    else:
        outcomes = []
        for path in drafts:
            outcomes.append(_check_path(path, settings, rules, keep_documents, registry))
            if progress:
                progress(str(path))
    if stdin is not None:
        name, data = stdin
        drafts = [*drafts, Path(name)]
        outcomes.append(_check_path(Path(name), settings, rules, keep_documents, registry, data=data))
    for path, (doc, kept, suppressed, error) in zip(drafts, outcomes):
        result.files.append(str(path))
        if error is not None:
            result.errors.append(error)
            continue
        if doc is not None:
            result.documents.append(doc)
        result.findings.extend(kept)
        result.suppressed.extend(suppressed)
    result.findings.sort(key=lambda f: f.sort_key)
    result.suppressed.sort(key=lambda f: f.sort_key)
    return result


def effective_jobs(jobs: int, drafts: int) -> int:
    """Worker processes for ``jobs`` asked and ``drafts`` to check: never more than the
    machine's cores or the drafts (``--jobs 100`` on two cores starts two workers)."""
    return max(1, min(jobs, os.cpu_count() or 1, drafts))


def _registry_for(settings: Settings, rules: Sequence[Rule], registry: Any) -> Registry | None:
    """The registry for this run, loaded once; None when none is configured or no selected
    rule reads it."""
    if not any(getattr(r, "requires_registry", False) for r in rules):
        return None
    if registry is None and not getattr(settings, "registry", None):
        return None  # none configured: the registry module (and its models) is not imported
    # imported here, not at the top: a run without a registry never loads it (start-up time)
    from claimcheck.registry import store

    if isinstance(registry, store.Registry):
        return registry
    path = store.registry_path(settings, str(registry) if registry is not None else None)
    return store.load_registry(path) if path else None


#: what checking one draft gives: (document or None, kept, suppressed, error or None)
_Outcome = tuple[Document | None, list[Finding], list[Finding], ClaimcheckError | None]


def _check_path(
    path: Path,
    settings: Settings,
    rules: Sequence[Rule],
    keep_document: bool,
    registry: Any = None,
    data: bytes | None = None,
) -> _Outcome:
    """Read and check one draft: ``(document or None, kept, suppressed, error or None)``;
    ``data``: its bytes when they were piped in.

    Whatever goes wrong with this one draft is its error, and the run goes on with the
    others: a draft that cannot be read, one that takes longer than the time budget
    (E114), one that exhausts memory (E115), and a bug in claimcheck (E999, the traceback
    with ``CLAIMCHECK_DEBUG=1``)."""
    from claimcheck.errors import InputError, InternalError

    meta = Metadata(publication_date=settings.publication_date) if settings.publication_date else None
    max_bytes = int(settings.max_size_mb * 1024 * 1024)
    budget = getattr(settings, "time_budget", 0) or 0
    try:
        with _time_budget(budget), _fewer_collections():
            doc = load_document(path, reader=settings.reader, max_bytes=max_bytes, metadata=meta, data=data)
            kept, suppressed = check_document(doc, rules, settings, registry)
    except ClaimcheckError as exc:
        return None, [], [], exc
    except OutOfTime:
        return (
            None,
            [],
            [],
            InputError(
                f"gave up on this draft after {budget:g} s",
                path=str(path),
                hint="split the draft into smaller files, or raise --time-budget (`time-budget` in the settings); "
                "a small draft that takes this long is a bug: please report it",
                code="E114",
            ),
        )
    except MemoryError:
        return (
            None,
            [],
            [],
            InputError(
                "ran out of memory reading or checking this draft",
                path=str(path),
                hint="split the draft into smaller files, or lower --max-size to refuse drafts this large",
                code="E115",
            ),
        )
    except Exception as exc:  # a bug in claimcheck: this draft's error, the others still run
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        return (
            None,
            [],
            [],
            InternalError(
                f"internal error in claimcheck while checking this draft: {type(exc).__name__}: {exc}",
                path=str(path),
                hint="please report it; set CLAIMCHECK_DEBUG=1 to see the traceback",
            ),
        )
    return (doc if keep_document else None), kept, suppressed, None


class _fewer_collections:
    """Run Python's cycle collector less often while a draft is read and checked (after
    every 10,000 new objects rather than 700), then as before: checking a draft makes
    hundreds of thousands of objects and next to no cycles, and each full collection walks
    every object alive, which took a tenth of a long draft's time."""

    def __enter__(self) -> "_fewer_collections":
        import gc

        self.old = gc.get_threshold()
        if self.old[0] < GC_THRESHOLD:
            gc.set_threshold(GC_THRESHOLD, *self.old[1:])
        return self

    def __exit__(self, *exc: Any) -> None:
        import gc

        gc.set_threshold(*self.old)


#: new objects between two runs of the cycle collector while a draft is checked (Python's default: 700)
GC_THRESHOLD = 10_000


class OutOfTime(BaseException):
    """Raised into a draft's check when its time budget is spent (a BaseException, so the
    ``except Exception`` of a rule cannot swallow it)."""


class _time_budget:
    """Raise :class:`OutOfTime` in the block after ``seconds`` of wall time (SIGALRM; only
    in the main thread of a process, where signals arrive; elsewhere, and with 0, no limit)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.old: Any = None
        self.armed = False

    def __enter__(self) -> "_time_budget":
        import threading

        signal = _signal()
        if self.seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self.old = signal.signal(signal.SIGALRM, _out_of_time)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.armed:
            signal = _signal()
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)


def _signal() -> Any:
    """The C module :mod:`signal` wraps (the same functions and constants, taking and giving
    plain ints): importing :mod:`signal` builds its three enum classes, about 3 M
    instructions of a short run (docs/speed.md, sixteenth pass)."""
    import importlib

    return importlib.import_module("_signal")


def _out_of_time(_signum: int, _frame: Any) -> None:
    raise OutOfTime


_WORKER: dict[str, Any] = {}


def _init_worker(
    settings: Settings, registry: Any = None, cache_setting: tuple[str | None, bool] | None = None
) -> None:
    from multiprocessing import util

    from claimcheck import cache, lazyre
    from claimcheck.claims import units

    if cache_setting is not None:  # the parent's --cache-dir / --no-cache (a spawned worker starts afresh)
        cache.configure(cache_setting[0], enabled=cache_setting[1])
    # a worker leaves through multiprocessing, not the interpreter's exit: keep the patterns
    # it compiled and the unit factors it found
    util.Finalize(None, lazyre.save_cache, exitpriority=10)
    util.Finalize(None, units.save_bases, exitpriority=10)
    _WORKER["settings"] = settings
    _WORKER["rules"] = build_rules(settings, with_registry=registry is not None)
    _WORKER["registry"] = registry


def _check_in_worker(path: Path, keep_document: bool) -> _Outcome:
    return _check_path(path, _WORKER["settings"], _WORKER["rules"], keep_document, _WORKER.get("registry"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _check_parallel(
    drafts: Sequence[Path],
    settings: Settings,
    jobs: int,
    progress: Callable[[str], None] | None,
    keep_documents: bool,
    registry: Any = None,
    rules: Sequence[Rule] | None = None,
) -> list[_Outcome]:
    """Check ``drafts`` in ``jobs`` processes; outcomes come back in ``drafts`` order.

    Where processes can be forked (Linux), the workers are forked from this process once it
    has checked the smallest draft of each kind (suffix) itself: they start with what that
    loaded (the reader, the extractors, the models' schemas, the compiled patterns and the
    data tables), which each worker would otherwise load again."""
    import gc
    from concurrent.futures import ProcessPoolExecutor, as_completed

    outcomes: list[Any] = [None] * len(drafts)  # every slot is filled below
    sizes = [_size(d) for d in drafts]
    # the largest drafts first, so no worker is left with a long one while the others idle
    # (the outcomes still come back in ``drafts`` order)
    order = sorted(range(len(drafts)), key=lambda i: -sizes[i])
    context = _fork_context()
    if context is not None and rules is not None:
        first: dict[str, int] = {}
        for i in reversed(order):  # the smallest draft of each suffix
            first.setdefault(drafts[i].suffix.lower(), i)
        if len(drafts) >= len(first) + 2 * jobs:  # few drafts: the workers share them all
            for i in sorted(first.values()):
                outcomes[i] = _check_path(drafts[i], settings, rules, keep_documents, registry)
                if progress:
                    progress(str(drafts[i]))
            order = [i for i in order if outcomes[i] is None]
    workers = min(jobs, len(order))
    from claimcheck import cache

    frozen = context is not None and hasattr(gc, "freeze")
    if frozen:  # the workers' collections skip what they inherit (its pages stay shared)
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(settings, registry, cache.current()),
        ) as pool:
            futures = {pool.submit(_check_in_worker, drafts[i], keep_documents): i for i in order}
            for future in as_completed(futures):
                i = futures[future]
                try:
                    outcomes[i] = future.result()
                except Exception as exc:  # the worker died (killed, out of memory): this draft's error
                    from claimcheck.errors import InternalError

                    outcomes[i] = (
                        None,
                        [],
                        [],
                        InternalError(
                            f"the process checking this draft stopped: {type(exc).__name__}: {exc}",
                            path=str(drafts[i]),
                            hint="check it alone with --jobs 1; please report it",
                        ),
                    )
                if progress:
                    progress(str(drafts[i]))
    finally:
        if frozen:
            gc.unfreeze()
    return outcomes


def _fork_context() -> Any:
    """The ``fork`` start method where it is safe (Linux, no other thread running), else
    None (the platform's default: ``spawn`` on macOS and Windows, where workers start
    afresh)."""
    import multiprocessing
    import sys

    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return None
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return None
    return multiprocessing.get_context("fork")
