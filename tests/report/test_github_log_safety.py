"""A hostile draft cannot drive the GitHub runner: every line claimcheck prints to a GitHub
log (the github format, stderr notes, other formats under GITHUB_ACTIONS) is replayed through
the runner's two command grammars, and only claimcheck's own annotations are commands."""

from __future__ import annotations

import pytest

from claimcheck.report.github import log_safe
from conftest import run_in_process

OWN = ("error", "warning", "notice")


def runner_commands(line: str) -> list[str]:
    """The workflow commands the runner would read in ``line``: ``::name ...::data`` after
    leading whitespace (current grammar), and ``##[name ...]`` anywhere (the older one)."""
    found = []
    stripped = line.lstrip()
    if stripped.startswith("::"):
        end = stripped.find("::", 2)
        if end > 2:
            found.append(stripped[2:end].split(" ")[0].lower())
    at = line.find("##[")
    if at >= 0 and line.find("]", at) > at:
        found.append("v1:" + line[at + 3 : line.find("]", at)].split(" ")[0].lower())
    return found


HOSTILE = (
    "---\n"
    'title: "::add-mask::Quarterly"\n'
    'status: ["::stop-commands::tok", "##[add-mask]secret"]\n'
    "---\n\n"
    "Costs fell.[^1] Exports rose.[^2]\n\n"
    '[^1]: "##[stop-commands]abc" and ::set-env name=X::1, 2024, https://www.example.com/a.\n'
)


@pytest.fixture()
def hostile(tmp_path, monkeypatch):
    name = "::stop-commands::tok.md"
    (tmp_path / name).write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return name


def _check(text: str) -> None:
    for line in text.splitlines():
        cmds = runner_commands(line)
        if cmds:
            assert len(cmds) == 1 and cmds[0] in OWN and line.startswith(f"::{cmds[0]} "), line


def test_log_safe_breaks_both_grammars():
    for text in ("::add-mask::x", "  ::stop-commands::t", "a ##[set-env name=A]1", "ok ::inside:: is data"):
        assert not runner_commands(log_safe(text)) or text == "ok ::inside:: is data"


def test_github_format_and_its_notes(capsys, hostile, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = run_in_process("verify", hostile, "--format", "github", capsys=capsys)
    assert code == 1 and out
    assert any(line.startswith("::error ") for line in out.splitlines())
    _check(out)
    _check(err)


def test_baseline_notes_and_text_output_in_github_actions(capsys, hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, _, _ = run_in_process("verify", hostile, "--write-baseline", "base.json", capsys=capsys)
    assert code == 0
    (tmp_path / hostile).write_text("Nothing to see.\n", encoding="utf-8")  # every entry is stale now
    code, out, err = run_in_process("verify", hostile, "--baseline", "base.json", capsys=capsys)
    assert "no longer occur" in err
    _check(out)
    _check(err)
    code, out, err = run_in_process("extract", hostile, capsys=capsys)
    _check(out)
    _check(err)


def test_outside_github_actions_text_is_left_as_written(capsys, hostile, monkeypatch):
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, out, _ = run_in_process("verify", hostile, "--format", "concise", capsys=capsys)
    assert "##[add-mask]" in out
