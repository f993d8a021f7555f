"""A draft piped in: `claimcheck verify - --stdin-filename NAME`, as editors' tools and
pre-commit hooks pass unsaved text; the name picks the reader and is what findings carry."""

from __future__ import annotations

import io
import json
import sys

from conftest import run_in_process


def _pipe(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_piped_draft_is_checked_under_its_name(monkeypatch, capsys):
    _pipe(monkeypatch, b"Costs fell.[^1] Exports rose.[^2]\n\n[^1]: Ministry of Ports, 2024.\n")
    code, out, _ = run_in_process(
        "verify", "-", "--stdin-filename", "drafts/piped.md", "--format", "json", capsys=capsys
    )
    report = json.loads(out)
    assert code == 1
    assert [(f["rule"], f["path"]) for f in report["findings"]] == [("FN002", "drafts/piped.md")]


def test_the_name_picks_the_reader(monkeypatch, capsys):
    _pipe(monkeypatch, b"<p>Costs fell.<sup><a href='#fn1'>1</a></sup></p><ol><li id='fn1'>Note.</li></ol>")
    code, out, _ = run_in_process("verify", "-", "--stdin-filename", "page.html", "--select", "FN", capsys=capsys)
    assert code == 0 and "0 findings" in out


def test_an_empty_pipe_is_one_clear_error(monkeypatch, capsys):
    _pipe(monkeypatch, b"")
    code, _, err = run_in_process("verify", "-", capsys=capsys)
    assert code == 2 and "E105" in err and "stdin.md" in err


def test_stdin_filename_without_a_dash_is_a_usage_error(capsys):
    code, _, err = run_in_process("verify", "docs/examples/issue-23.md", "--stdin-filename", "x.md", capsys=capsys)
    assert code == 2 and "E419" in err
