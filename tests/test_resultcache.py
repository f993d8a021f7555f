"""The result cache (claimcheck.resultcache, docs/speed.md): a run served from it prints
byte for byte what a run without it prints, and any change to what a report depends on
(the draft, the settings, the registry, the options, today's date, claimcheck itself)
misses it. In process; no timings."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from claimcheck import cache, resultcache
from conftest import ROOT, run_in_process

pytestmark = pytest.mark.result_cache

EXAMPLE = ROOT / "docs" / "examples" / "issue-23.md"
REGISTRY = ROOT / "docs" / "examples" / "claims" / "issue-23.yml"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with the example draft and an empty settings file; the cache in ``cache/``."""
    shutil.copyfile(EXAMPLE, tmp_path / "issue.md")
    (tmp_path / "claimcheck.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    yield tmp_path
    cache.configure()


def _kept(folder, quick: bool = False) -> list:
    """The reports kept under the full key (``quick``: under the key made before the
    settings are read; a run with named files keeps its report under both)."""
    found = sorted((folder / "cache" / "results").glob("*.json")) if (folder / "cache" / "results").is_dir() else []
    return [f for f in found if f.name.startswith("q") == quick]


def _run(capsys, *args):
    return run_in_process(*args, capsys=capsys)


def _served_from_cache(monkeypatch):
    """From now on, reading a draft fails the test: a run must come from the cache."""
    import claimcheck.pipeline

    def boom(*args, **kwargs):
        raise AssertionError("the draft was checked again")

    monkeypatch.setattr(claimcheck.pipeline, "verify", boom)


def test_a_warm_run_prints_what_a_cold_one_does(project, capsys, monkeypatch):
    cold = _run(capsys, "verify", "--no-cache", "issue.md")
    assert _kept(project) == []  # --no-cache keeps nothing
    first = _run(capsys, "verify", "issue.md")
    assert len(_kept(project)) == len(_kept(project, quick=True)) == 1
    _served_from_cache(monkeypatch)
    warm = _run(capsys, "verify", "issue.md")
    assert cold == first == warm
    assert warm[0] == 1 and "FN001" in warm[1]


@pytest.mark.parametrize("fmt", ["json", "sarif", "concise", "junit", "html"])
def test_every_report_format_is_kept_apart(project, capsys, monkeypatch, fmt):
    cold = _run(capsys, "verify", "--no-cache", "--format", fmt, "issue.md")
    _run(capsys, "verify", "issue.md")  # the text report, kept under another key
    _run(capsys, "verify", "--format", fmt, "issue.md")
    _served_from_cache(monkeypatch)
    assert _run(capsys, "verify", "--format", fmt, "issue.md") == cold
    assert len(_kept(project)) == 2


def test_statistics_and_output_file(project, capsys, monkeypatch):
    cold = _run(capsys, "verify", "--no-cache", "--statistics", "issue.md")
    _run(capsys, "verify", "--statistics", "issue.md")
    _served_from_cache(monkeypatch)
    assert _run(capsys, "verify", "--statistics", "issue.md") == cold
    status, out, _ = _run(capsys, "verify", "--statistics", "-o", "report.txt", "issue.md")
    assert (status, out) == (cold[0], "") and (project / "report.txt").read_text(encoding="utf-8") == cold[1]


def test_a_changed_draft_is_checked_again(project, capsys):
    first = _run(capsys, "verify", "issue.md")
    draft = project / "issue.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("[^4]", "[^3]"), encoding="utf-8")
    after = _run(capsys, "verify", "issue.md")
    assert after == _run(capsys, "verify", "--no-cache", "issue.md")
    assert after != first and len(_kept(project)) == 2


def test_changed_settings_miss_the_cache(project, capsys):
    first = _run(capsys, "verify", "issue.md")
    (project / "claimcheck.toml").write_text('ignore = ["FN001"]\n', encoding="utf-8")
    after = _run(capsys, "verify", "issue.md")
    assert after == _run(capsys, "verify", "--no-cache", "issue.md")
    assert "FN001" in first[1] and "FN001" not in after[1]
    # the same settings from a flag: another key, the same report as without a cache
    (project / "claimcheck.toml").write_text("", encoding="utf-8")
    flagged = _run(capsys, "verify", "--extend-ignore", "FN001", "issue.md")
    assert flagged == after
    assert _run(capsys, "verify", "--fail-on", "never", "issue.md")[0] == 0


def test_a_changed_registry_misses_the_cache(project, capsys):
    registry = project / "claims"
    registry.mkdir()
    shutil.copyfile(REGISTRY, registry / "issue-23.yml")
    first = _run(capsys, "verify", "--claims", "claims", "issue.md")
    assert first == _run(capsys, "verify", "--no-cache", "--claims", "claims", "issue.md")
    entry = registry / "issue-23.yml"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("value: 580000000000", "value: 590000000000", 1), encoding="utf-8"
    )
    after = _run(capsys, "verify", "--claims", "claims", "issue.md")
    assert after == _run(capsys, "verify", "--no-cache", "--claims", "claims", "issue.md")
    assert after != first
    # the registry named by the settings file counts as well
    (project / "claimcheck.toml").write_text('registry = "claims"\n', encoding="utf-8")
    assert _run(capsys, "verify", "issue.md") == after
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("value: 590000000000", "value: 580000000000", 1), encoding="utf-8"
    )
    assert _run(capsys, "verify", "issue.md") == first == _run(capsys, "verify", "--no-cache", "issue.md")
    # a folder named with --claims: every file in it counts
    extra = registry / "more.yml"
    extra.write_text(
        (REGISTRY.read_text(encoding="utf-8"))
        .replace("value: 580000000000", "value: 570000000000", 1)
        .replace("id: china-commercial-space-2023", "id: china-commercial-space-2023-b", 1),
        encoding="utf-8",
    )
    (project / "claimcheck.toml").write_text("", encoding="utf-8")
    assert _run(capsys, "verify", "--claims", "claims", "issue.md") == _run(
        capsys, "verify", "--no-cache", "--claims", "claims", "issue.md"
    )


def test_a_settings_file_in_a_parent_folder_counts(project, capsys, monkeypatch):
    (project / "claimcheck.toml").unlink()
    sub = project / "drafts"
    sub.mkdir()
    shutil.move(project / "issue.md", sub / "issue.md")
    monkeypatch.chdir(sub)
    (project / "pyproject.toml").write_text("[tool.claimcheck]\n", encoding="utf-8")
    first = _run(capsys, "verify", "issue.md")
    assert "FN001" in first[1]
    (project / "pyproject.toml").write_text('[tool.claimcheck]\nignore = ["FN001"]\n', encoding="utf-8")
    after = _run(capsys, "verify", "issue.md")
    assert after == _run(capsys, "verify", "--no-cache", "issue.md") and "FN001" not in after[1]
    # a settings file nearer the draft takes over
    (sub / "claimcheck.toml").write_text("", encoding="utf-8")
    assert _run(capsys, "verify", "issue.md") == first


def test_a_settings_file_naming_another_cache_folder_is_obeyed(project, capsys):
    (project / "claimcheck.toml").write_text('cache-dir = "elsewhere"\n', encoding="utf-8")
    first = _run(capsys, "verify", "issue.md")
    assert _kept(project) == []  # nothing in the default folder
    assert [f.name[0] for f in (project / "elsewhere" / "results").glob("*.json")] != ["q"]
    assert len(list((project / "elsewhere" / "results").glob("*.json"))) == 1  # no quick key there
    assert _run(capsys, "verify", "issue.md") == first


def test_a_run_with_an_error_is_not_kept(project, capsys):
    (project / "empty.pdf").write_bytes(b"not a pdf")
    status, _, err = _run(capsys, "verify", "issue.md", "empty.pdf")
    assert status == 2 and "empty.pdf" in err
    assert _kept(project) == []
    assert _run(capsys, "verify", "issue.md", "empty.pdf")[2] == err


def test_today_and_claimcheck_itself_are_in_the_key(project, monkeypatch):
    from claimcheck.config import Settings

    settings = Settings()
    base = resultcache.key("verify", settings, {}, ["issue.md"])
    assert base is not None and base == resultcache.key("verify", settings, {}, ["issue.md"])

    tomorrow = dt.date.today() + dt.timedelta(days=1)

    class Tomorrow(dt.date):
        @classmethod
        def today(cls):
            return tomorrow

    with monkeypatch.context() as m:
        m.setattr(resultcache.dt, "date", Tomorrow)
        assert resultcache.key("verify", settings, {}, ["issue.md"]) != base
    with monkeypatch.context() as m:
        m.setattr(resultcache, "__version__", "0.0.0-other")
        resultcache._code_stamp.cache_clear()  # computed once per process
        assert resultcache.key("verify", settings, {}, ["issue.md"]) != base
    resultcache._code_stamp.cache_clear()
    assert resultcache.key("verify", settings, {}, ["issue.md"]) == base
    # an edited source file of claimcheck (its size or time) is another claimcheck
    stamp = resultcache._code_stamp()
    assert any(line.startswith("resultcache.py|") for line in stamp)
    assert resultcache.key("verify", Settings(publication_date="2024-05-01"), {}, ["issue.md"]) != base
    assert resultcache.key("verify", settings, {"format": "json"}, ["issue.md"]) != base
    assert resultcache.key("verify", settings, {}, ["missing.md"]) is None  # the run reports it
    cache.configure(enabled=False)
    assert resultcache.key("verify", settings, {}, ["issue.md"]) is None


def test_a_damaged_entry_is_ignored_and_written_again(project, capsys):
    cold = _run(capsys, "verify", "issue.md")
    entries = _kept(project) + _kept(project, quick=True)
    for entry in entries:
        entry.write_bytes(b"{not json")
    assert _run(capsys, "verify", "issue.md") == cold
    assert all(resultcache.load(entry.stem) is not None for entry in entries)


def test_extract_warm_and_cold_agree(project, capsys, monkeypatch):
    cold = _run(capsys, "extract", "--no-cache", "--format", "json", "issue.md")
    assert _kept(project) == []
    first = _run(capsys, "extract", "--format", "json", "issue.md")
    import claimcheck.ingest

    with monkeypatch.context() as m:
        m.setattr(claimcheck.ingest, "load_document", lambda *a, **k: pytest.fail("read again"))
        assert _run(capsys, "extract", "--format", "json", "issue.md") == first == cold
    other = _run(capsys, "extract", "--no-cache", "--format", "json", "--kind", "date", "issue.md")
    assert _run(capsys, "extract", "--format", "json", "--kind", "date", "issue.md") == other != cold


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_as_a_draft_is_not_read_for_the_key(project):
    import os

    from claimcheck.config import Settings

    os.mkfifo(project / "pipe.md")
    assert resultcache.key("verify", Settings(), {}, ["pipe.md"]) is None  # and it does not block


def _walked(folder):
    """What the stamp of claimcheck's files held when it was read with ``os.walk``."""
    import os

    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            st = os.stat(os.path.join(root, name))
            out.append(f"{os.path.relpath(os.path.join(root, name), folder)}|{st.st_size}|{st.st_mtime_ns}")
    return out


def test_the_stamp_of_the_package_files_is_what_os_walk_reads(tmp_path):
    """The files of the package (size and time) are read with one scandir a folder, in
    os.walk's order: a folder's files, then its folders by name; __pycache__, byte code and
    links to folders left out."""
    tree = tmp_path / "pkg"
    for rel in ["b.py", "a.py", "Z.txt", "sub/x.py", "sub/deeper/y.json", "sub/__pycache__/x.cpython.pyc",
                "a_sub/m.py", "__pycache__/b.cpython.pyc", "data/t.pyo", "data/table.tsv"]:  # fmt: skip
        (tree / rel).parent.mkdir(parents=True, exist_ok=True)
        (tree / rel).write_text(rel * 3)
    (tree / "linked").symlink_to(tree / "sub", target_is_directory=True)
    (tree / "link.py").symlink_to(tree / "a.py")
    out: list[str] = []
    resultcache._stamp_folder(str(tree), "", out)
    assert out == _walked(tree)
    assert "sub/deeper/y.json|" in "\n".join(out) and not any("linked" in line for line in out)
    real: list[str] = []
    resultcache._stamp_folder(str(resultcache._PACKAGE), "", real)
    assert real == _walked(resultcache._PACKAGE)
