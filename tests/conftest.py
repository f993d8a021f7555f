"""Shared test helpers: repository paths, the real corpus (skipped when absent), the CLI."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLE = ROOT / "docs" / "examples" / "issue-23.md"


def _shared_folder() -> Path:
    """``../shared`` as the benchmarks find it (benchmarks/_realdocs.py: $CLAIMCHECK_SHARED,
    else the first ``shared`` folder beside the checkout or one of its parents), so that a
    worktree at ``/work/wt/NAME`` runs the corpus tests instead of skipping them."""
    module = sys.modules.get("_realdocs")
    if module is None:  # the benchmarks import it by this name too
        spec = importlib.util.spec_from_file_location("_realdocs", ROOT / "benchmarks" / "_realdocs.py")
        assert spec is not None and spec.loader is not None
        module = sys.modules["_realdocs"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return Path(module.SHARED)


SHARED = _shared_folder()
CORPUS = SHARED / "corpus" / "china-trends-22"
ISSUE_TXT = CORPUS / "issue.pdf.txt"
WEB_TXT = CORPUS / "web.txt"

# Hypothesis: in CI (``CI`` set, as .ci/run and GitHub Actions do) a fixed profile, the
# same examples on every run (derandomize), a bounded number of them, no deadline (the
# machine may be loaded) and no example database written; elsewhere hypothesis's default
# (random search, which finds new examples over time).
try:
    from hypothesis import HealthCheck
    from hypothesis import settings as hypothesis_settings
except ImportError:  # pragma: no cover - the test extras are not installed
    pass
else:
    hypothesis_settings.register_profile(
        "ci",
        derandomize=True,
        max_examples=100,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    hypothesis_settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "default"))

requires_corpus = pytest.mark.skipif(
    not ISSUE_TXT.is_file(),
    reason=f"the real issue is not here: {ISSUE_TXT} (../shared/corpus beside the repository)",
)


#: options whose value is a file claimcheck writes (everything else it only reads)
_WRITES = {"-o", "--output", "--write-baseline"}


def _input_hashes(args, cwd: Path) -> dict[Path, str]:
    """Digests of the files a command is given to read (drafts, registries, settings,
    baselines), so every end-to-end test proves claimcheck never modified one."""
    import hashlib

    out: dict[Path, str] = {}
    skip = False
    for a in map(str, args):
        if skip:
            skip = False
            continue
        if a in _WRITES:
            skip = True
            continue
        p = Path(a) if Path(a).is_absolute() else cwd / a
        try:
            if p.is_file():
                out[p] = hashlib.sha256(p.read_bytes()).hexdigest()
        except OSError:
            continue
    return out


def _assert_unchanged(before: dict[Path, str]) -> None:
    import hashlib

    for p, digest in before.items():
        if p.is_file():  # a test may have removed it on purpose
            assert hashlib.sha256(p.read_bytes()).hexdigest() == digest, f"claimcheck modified an input file: {p}"


def run_cli(
    *args: str, cwd: Path | None = None, input: str | None = None, subprocess_: bool = False
) -> subprocess.CompletedProcess:
    """Run ``claimcheck ARGS`` as a user would, in ``cwd`` (default: the repository),
    capturing its output; the files it was given to read are hashed before and after and
    must be unchanged.

    It runs in this process through the same ``main`` the installed command calls (with
    stdin, stdout and stderr swapped for pipes-like streams, so nothing is a terminal), which
    is as faithful as a new process for everything but start-up; ``subprocess_=True`` starts
    ``python -m claimcheck`` instead, for the few smoke tests that must see a whole process.
    """
    before = _input_hashes(args, cwd or ROOT)
    if subprocess_:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", *map(str, args)],
            cwd=cwd or ROOT,
            capture_output=True,
            text=True,
            input=input,
            timeout=120,
        )
    else:
        proc = _run_in_this_process([str(a) for a in args], cwd or ROOT, input)
    _assert_unchanged(before)
    return proc


def _run_in_this_process(argv: list[str], cwd: Path, input: str | None) -> subprocess.CompletedProcess:
    from click.testing import CliRunner

    from claimcheck.cli import main

    here = os.getcwd()
    modules = dict(sys.modules)
    os.chdir(cwd)
    try:
        with CliRunner().isolation(input=input) as (out, err, _):
            try:
                main(argv)
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            sys.stdout.flush()
            sys.stderr.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        os.chdir(here)
        # a checklist run may import a draft folder's own conftest.py under the name
        # ``conftest``: give the test suite its own modules back
        for name, module in modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
    return subprocess.CompletedProcess(
        ["claimcheck", *argv], code, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace")
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Keep the test run's caches (ECB rate look-ups) out of the user's cache folder."""
    import os

    os.environ["CLAIMCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _no_result_cache(request, monkeypatch):
    """Runs in this process neither read nor keep reports in the result cache: a test may
    patch claimcheck's insides, which the cache's key cannot see. The tests of the cache
    itself are marked ``result_cache``."""
    if request.node.get_closest_marker("result_cache") is None:
        from claimcheck import resultcache

        monkeypatch.setattr(resultcache, "load", lambda run_key: None)
        monkeypatch.setattr(resultcache, "store", lambda run_key, text, status: None)


def run_in_process(*args: str, capsys=None) -> tuple[int, str, str]:
    """Run ``claimcheck ARGS`` in this process (fast): ``(exit status, stdout, stderr)``.

    ``capsys`` is pytest's fixture; the CLI's ``main`` turns every error into a message and
    an exit status, exactly as the installed command does."""
    from claimcheck.cli import main

    before = _input_hashes(args, Path.cwd())
    try:
        main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    _assert_unchanged(before)
    out, err = capsys.readouterr() if capsys is not None else ("", "")
    return code, out, err
