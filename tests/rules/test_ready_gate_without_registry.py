"""The ready gate never passes by accident: a `status: ready` draft checked without a
registry of reviewed claims is reported (RG006), a draft in progress is not."""

from __future__ import annotations

from conftest import ROOT, run_in_process


def test_a_ready_draft_without_a_registry_fails_the_gate(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no settings file, so no registry
    draft = tmp_path / "ready.md"
    draft.write_text("---\nstatus: ready\n---\n\nExports rose to 12 million tonnes in 2024.\n", encoding="utf-8")
    code, out, _ = run_in_process("verify", draft, capsys=capsys)
    assert code == 1 and "RG006" in out and "no registry of reviewed claims" in out
    code, out, _ = run_in_process("verify", draft, "--claims", ROOT / "claims", capsys=capsys)
    assert "no registry of reviewed claims" not in out


def test_a_draft_in_progress_without_a_registry_is_not_reported(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text("---\nstatus: draft\n---\n\nExports rose to 12 million tonnes in 2024.\n", encoding="utf-8")
    code, out, _ = run_in_process("verify", draft, capsys=capsys)
    assert code == 0 and "RG006" not in out
