"""Hostile and huge input (issue 18): one clear error line per bad input, never an internal
error, a bad draft never sinks the run, and no work that grows faster than the input.

Most cases run the CLI in this process (``run_in_process``). Nothing here reads the clock:
growth is checked by counting the Python calls a check makes (``sys.setprofile``) at two
sizes; the seconds are in ``benchmarks/bench_growth.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from conftest import run_in_process

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_non_root = pytest.mark.skipif(AS_ROOT, reason="root reads every file: permissions cannot be tested as root")


def _draft(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = "# A title\n\nThe harbour opened in 2019 and handles 4 million containers a year.\n"


def _no_internal_error(code: int, err: str) -> None:
    assert code in (0, 1, 2)
    assert "E999" not in err and "Traceback" not in err, err


# ----------------------------------------------------------------------------- inputs
def test_empty_path_is_e101_not_the_current_folder(capsys):
    code, _, err = run_in_process("verify", "", capsys=capsys)
    assert code == 2
    assert "error[E101]" in err and "empty path" in err


def test_symlink_loop_given_as_a_path(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("b.md", tmp_path / "a.md")
    os.symlink("a.md", tmp_path / "b.md")
    code, _, err = run_in_process("verify", "a.md", capsys=capsys)
    assert code == 2
    assert "error[E103]" in err and "symbolic link loop" in err
    assert "no such file" not in err


def test_symlink_loop_in_a_folder_is_that_entrys_error_and_the_rest_is_checked(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "good.md", GOOD)
    os.symlink("loop2.md", tmp_path / "loop1.md")
    os.symlink("loop1.md", tmp_path / "loop2.md")
    for jobs in ("1", "2"):
        code, out, err = run_in_process("verify", ".", "--jobs", jobs, "--no-cache", capsys=capsys)
        assert code == 2
        assert err.count("symbolic link loop") == 2
        assert "in 3 files; 2 files could not be read" in out
        _no_internal_error(code, err)


def test_dangling_link_is_said_as_such(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("gone.md", tmp_path / "a.md")
    code, _, err = run_in_process("verify", "a.md", capsys=capsys)
    assert code == 2 and "error[E101]" in err and "symbolic link to nothing" in err


def test_fifo_given_directly_is_e103(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "pipe.md")
    code, _, err = run_in_process("verify", "pipe.md", capsys=capsys)
    assert code == 2 and "error[E103]" in err and "not a regular file" in err


def test_nul_byte_anywhere_is_e106_with_its_place(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_bytes(b"# T\n\n" + b"word " * 4000 + b"\nmore \x00 text\n")
    code, _, err = run_in_process("verify", "a.md", capsys=capsys)
    assert code == 2
    assert "error[E106]: a.md:4:6:" in err and "NUL byte" in err


@needs_non_root
def test_unreadable_file_in_a_folder_is_its_error_and_the_rest_is_checked(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "good.md", GOOD)
    bad = _draft(tmp_path, "secret.md", GOOD)
    bad.chmod(0)
    code, out, err = run_in_process("verify", ".", capsys=capsys)
    assert code == 2 and "error[E103]: secret.md" in err and "1 file could not be read" in out


@needs_non_root
def test_unreadable_folder_is_not_a_folder_without_drafts(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "locked").mkdir()
    _draft(tmp_path / "locked", "a.md", GOOD)
    (tmp_path / "locked").chmod(0)
    try:
        code, _, err = run_in_process("verify", "locked", capsys=capsys)
        assert code == 2 and "error[E103]" in err and "permission denied" in err
        _draft(tmp_path, "good.md", GOOD)
        code, _, err = run_in_process("verify", ".", capsys=capsys)
        assert code == 2 and "error[E103]: locked" in err
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_blank_pdf_is_not_called_scanned(tmp_path, capsys, monkeypatch):
    from pypdf import PdfWriter

    monkeypatch.chdir(tmp_path)
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(tmp_path / "blank.pdf")
    code, _, err = run_in_process("verify", "blank.pdf", capsys=capsys)
    assert code == 2 and "error[E112]" in err and "blank page" in err and "scanned" not in err


def test_aes_encrypted_pdf_is_e109(tmp_path, capsys, monkeypatch):
    from pypdf import PdfWriter

    monkeypatch.chdir(tmp_path)
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret", algorithm="AES-256")
    writer.write(tmp_path / "locked.pdf")
    code, _, err = run_in_process("verify", "locked.pdf", capsys=capsys)
    assert code == 2 and "error[E109]" in err and "encrypted" in err


def test_huge_footnote_number_costs_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", "# T\n\nText.[^99999999999999999999]\n\n[^99999999999999999999]: A note.\n")
    code, _, err = run_in_process("verify", "a.md", capsys=capsys)
    _no_internal_error(code, err)


@pytest.mark.parametrize(
    "name, make",
    [
        ("a.md", lambda z: f"# T\n\nIn 2024, the {z}th anniversary, {z} years ago.[^{z}]\n\n[^{z}]: Note.\n"),
        ("a.txt", lambda z: f"The port handled {z} containers in 2023.\n"),
        ("a.html", lambda z: f"<html><body><p>Text.<sup><a href='#n'>{z}</a></sup></p></body></html>"),
    ],
)
def test_a_run_of_thousands_of_digits_is_e116(tmp_path, capsys, monkeypatch, name, make):
    """Python refuses to read a number of more than 4,300 digits: checked before any work."""
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, name, make("9" * 5000))
    code, _, err = run_in_process("verify", name, capsys=capsys)
    assert code == 2 and f"error[E116]: {name}:" in err
    _draft(tmp_path, name, make("9" * 3000))  # long, but a number Python reads
    code, _, err = run_in_process("verify", name, capsys=capsys)
    _no_internal_error(code, err)


def test_invalid_ipv6_literal_in_a_url(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", "# T\n\nText.[^1]\n\n[^1]: Daily, see https://x[y/2022_04_16 here.\n")
    code, _, err = run_in_process("verify", "a.md", capsys=capsys)
    _no_internal_error(code, err)


# ----------------------------------------------------------------------- front matter
@pytest.mark.parametrize(
    "front",
    [
        "date: 2025-02-30",
        "date: 2025-13-01",
        "date: 0000-01-01",
        "date: 2025-01-01T25:00",
        "date: .inf",
        "date: 99999999999999",
        "count: !!int x",
        "f: !!float x",
        "b: !!binary aGVsbG8=",
        "t: !!timestamp 2025-02-30",
        "n: " + "9" * 5000,
        "x: " + "[" * 3000 + "]" * 3000,
        "title: {a: [1, 2]}",
        "!!timestamp id: x\n? ? id: x",  # found by benchmarks/fuzz.py: PyYAML's AttributeError
        "d: !!timestamp hello",
    ],
)
def test_front_matter_never_refuses_a_draft(tmp_path, capsys, monkeypatch, front):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", f"---\n{front}\n---\n\n{GOOD}")
    code, out, err = run_in_process("verify", "a.md", "--publication-date", "2024-01-01", capsys=capsys)
    _no_internal_error(code, err)
    assert code != 2, err


def test_front_matter_duplicate_key_is_a_notice(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", f"---\ntitle: One\nstatus: draft\ntitle: Two\n---\n\n{GOOD}")
    code, out, err = run_in_process("verify", "a.md", "--select", "CC002", capsys=capsys)
    assert "a.md:4:1: info CC002 front matter key 'title' is written twice (first at line 2)" in out


def _alias_bomb(levels: int = 9, indent: str = "") -> str:
    lines = [f'{indent}a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, levels):
        lines.append(f"{indent}a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_front_matter_alias_bomb_is_left_out(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", f"---\n{_alias_bomb()}title: *a8\n---\n\n{GOOD}")
    code, out, err = run_in_process(
        "verify", "a.md", "--publication-date", "2024-01-01", "--select", "CC002", capsys=capsys
    )
    _no_internal_error(code, err)
    assert "holds too much data" in out


# --------------------------------------------------------------------------- registry
REGISTRY_ENTRY = "- id: x\n  statement: s\n  kind: count\n  thing: containers\n  as_of: 2024-01-01\n  value: {value}\n"


@pytest.mark.parametrize(
    "value, code, words",
    [
        (".inf", "E302", "out of range"),
        ("1e400", "E302", "finite number"),
        ("9" * 5000, "E302", "cannot be read as int"),
        ("!!int x", "E302", "cannot be read as int"),
        ("!!float x", "E302", "cannot be read as float"),
        ("!!binary aGVsbG8=", "E302", "binary value"),
    ],
)
def test_registry_values_refused_with_a_located_error(tmp_path, capsys, monkeypatch, value, code, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reg.yml").write_text(REGISTRY_ENTRY.format(value=value), encoding="utf-8")
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    _no_internal_error(status, err)
    assert f"error[{code}]: reg.yml:6:" in err and words in err


def test_registry_inf_stops_verify_with_e302_not_an_overflow(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reg.yml").write_text(REGISTRY_ENTRY.format(value=".inf"), encoding="utf-8")
    _draft(tmp_path, "a.md", GOOD)
    status, _, err = run_in_process("verify", "a.md", "--claims", "reg.yml", capsys=capsys)
    assert status == 2 and "error[E302]" in err
    _no_internal_error(status, err)


def test_registry_bad_timestamp_tag(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reg.yml").write_text("- id: x\n  statement: s\n  kind: date\n  date: !!timestamp 2025-02-30\n")
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    _no_internal_error(status, err)
    assert "error[E302]: reg.yml:4:" in err and "timestamp" in err


def test_registry_alias_bomb_is_e314(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "- id: bomb\n  statement: s\n  kind: count\n  thing: x\n  value: 1\n  notes:\n" + _alias_bomb(9, "    ")
    (tmp_path / "reg.yml").write_text(text, encoding="utf-8")
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    assert status == 2 and "error[E314]" in err and "alias" in err


def test_registry_file_over_the_size_limit_is_e314(tmp_path, capsys, monkeypatch):
    from claimcheck.claims import registry

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(registry, "REGISTRY_MAX_BYTES", 1000)
    (tmp_path / "reg.yml").write_text(REGISTRY_ENTRY.format(value=1) + "# " + "x" * 2000 + "\n")
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    assert status == 2 and "error[E314]" in err and "limit" in err


def test_registry_merge_key_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reg.yml").write_text(
        REGISTRY_ENTRY.format(value=1).replace("- id: x", "- &b\n  id: x") + "- <<: *b\n  id: y\n"
    )
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    assert "error[E302]: reg.yml:8:3: YAML merge keys" in err


def test_registry_unit_power_refused_before_pint(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reg.yml").write_text(
        "- id: x\n  statement: s\n  kind: quantity\n  value: 1\n  as_of: 2024-01-01\n  unit: '2**2**2**2**2**2'\n"
    )
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    assert "error[E304]" in err and "2**2**2**2**2**2" in err


def test_registry_deep_nesting_is_e301(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reg.yml").write_text("a: " + "[" * 3000 + "]" * 3000 + "\n")
    status, _, err = run_in_process("claims", "check", "reg.yml", capsys=capsys)
    assert status == 2 and "error[E301]" in err


def test_registry_fifo_is_e309(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    os.mkfifo(tmp_path / "claims" / "pipe.yml")
    status, _, err = run_in_process("claims", "check", "claims", capsys=capsys)
    assert status == 2 and "error[E309]" in err and "not a regular file" in err


# ----------------------------------------------------------------------------- config
@pytest.mark.parametrize(
    "text, code",
    [
        ("[tool]\nclaimcheck = 5\n", "E201"),
        ("[tool.claimcheck]\nmax-size-mb = inf\n", "E201"),
        ("[tool.claimcheck]\nmax-size-mb = nan\n", "E201"),
        ("[tool.claimcheck]\ntime-budget = -1\n", "E201"),
        ("[tool.claimcheck]\nx = " + "[" * 3000 + "]" * 3000 + "\n", "E203"),
    ],
)
def test_bad_pyproject_is_one_e2xx_line(tmp_path, capsys, monkeypatch, text, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    _draft(tmp_path, "a.md", GOOD)
    status, _, err = run_in_process("verify", "a.md", capsys=capsys)
    assert status == 2 and f"error[{code}]" in err, err


def test_pyproject_whose_tool_is_not_a_table_is_not_ours(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("tool = 5\n", encoding="utf-8")
    _draft(tmp_path, "a.md", GOOD)
    status, _, err = run_in_process("verify", "a.md", capsys=capsys)
    _no_internal_error(status, err)
    status, _, err = run_in_process("verify", "a.md", "--config", "pyproject.toml", capsys=capsys)
    assert status == 2 and "error[E201]" in err and "not a table" in err


def test_max_size_inf_on_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", GOOD)
    status, _, err = run_in_process("verify", "a.md", "--max-size", "inf", capsys=capsys)
    assert status == 2 and "error[E419]" in err and "--max-size" in err


# ------------------------------------------------------------------ per-draft isolation
def _crash_on(monkeypatch, name: str, exc: BaseException) -> None:
    from claimcheck import pipeline

    real = pipeline.check_document

    def check(doc, *args, **kwargs):
        if doc.path.endswith(name):
            raise exc
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "check_document", check)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_draft_is_reported_and_the_others_are_checked(tmp_path, capsys, monkeypatch, jobs):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_DEBUG", raising=False)
    for name in ("a.md", "bad.md", "c.md"):
        _draft(tmp_path, name, GOOD + "\nA claim with a missing note.[^1]\n")  # FN002 in each
    _crash_on(monkeypatch, "bad.md", RuntimeError("boom"))  # forked workers inherit it
    code, out, err = run_in_process("verify", ".", "--jobs", jobs, "--no-cache", "--format", "concise", capsys=capsys)
    assert code == 2
    assert "error[E999]: bad.md: internal error in claimcheck while checking this draft: RuntimeError: boom" in err
    assert "a.md:" in out and "c.md:" in out, (out, err)  # both others checked and reported
    assert "bad.md:" not in out


def test_memory_error_is_that_drafts_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", GOOD)
    _draft(tmp_path, "big.md", GOOD)
    _crash_on(monkeypatch, "big.md", MemoryError())
    code, out, err = run_in_process("verify", ".", capsys=capsys)
    assert code == 2 and "error[E115]: big.md: ran out of memory" in err
    assert "in 2 files; 1 file could not be read" in out


def test_time_budget_gives_up_on_one_draft(tmp_path, capsys, monkeypatch):
    import threading

    from claimcheck import pipeline

    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", GOOD)
    _draft(tmp_path, "slow.md", GOOD)
    real = pipeline.check_document

    def check(doc, *args, **kwargs):
        if doc.path.endswith("slow.md"):
            threading.Event().wait(30)  # interrupted by the budget's alarm
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "check_document", check)
    code, out, err = run_in_process("verify", ".", "--time-budget", "0.2", capsys=capsys)
    assert code == 2 and "error[E114]: slow.md: gave up on this draft after 0.2 s" in err
    assert "in 2 files; 1 file could not be read" in out


def test_time_budget_setting_is_validated(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _draft(tmp_path, "a.md", GOOD)
    code, _, err = run_in_process("verify", "a.md", "--time-budget", "-3", capsys=capsys)
    assert code == 2 and "error[E419]" in err and "--time-budget" in err


def test_jobs_never_exceed_cores():
    from claimcheck.pipeline import effective_jobs

    assert effective_jobs(100, 1000) <= (os.cpu_count() or 1)


# ---------------------------------------------------------------------- linear work
#: shapes of issue 18 at a small size (their growth in seconds is benchmarks/bench_growth.py)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_growth  # noqa: E402

_COUNTED = [
    "commas 1,1,1",
    "digits 1111",
    "years 2024-2024",
    "refs [^1][^1]",
    "dots 1.1.1",
    "capitals AAAA (pdf text)",
    "CJK run (pdf text)",
    "brackets [[[[",
    "links [a](",
    "capitals AB AB",
    "many dates",
    "many quantities",
    "many names",
    "many references",
    "many member lists",
]


def _calls(text: str, suffix: str, folder: Path) -> int:
    """Python and C calls made while checking ``text`` (a deterministic measure of work)."""
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    path = folder / f"draft{suffix}"
    path.write_text(text, encoding="utf-8")
    settings = Settings(ignore=["RG"], time_budget=0)
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        verify([path], settings, keep_documents=False)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", _COUNTED)
def test_work_grows_linearly(tmp_path, shape):
    """Four times the text makes at most about four times the calls (generously: 6x).

    Quadratic loops in Python (every pair of claims, a scan to the next space for every
    digit, a copy of the text before every word) show here; a regular expression's
    backtracking happens inside one call and is what the pattern tests and the benchmark
    watch."""
    suffix, build = bench_growth.SHAPES[shape]
    # (from 5,000 characters: "many quantities" made 5.5-6x the calls from 2,500 to 10,000,
    # a small text's fixed costs, and 3.9x from 5,000 to 20,000, where growth is linear)
    small, large = 5000, 20000
    verify_warm = _calls(build(200), suffix, tmp_path)  # imports and caches out of the count
    assert verify_warm > 0
    a = _calls(build(small), suffix, tmp_path)
    b = _calls(build(large), suffix, tmp_path)
    assert b <= 6 * max(a, 1000), f"{shape}: {a} calls at {small} characters, {b} at {large}"
