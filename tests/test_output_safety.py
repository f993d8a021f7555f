"""Nothing is lost: a report is never written over a draft, through a link onto a draft,
over a device, or into a folder that does not exist; every failure is one E312 line."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from claimcheck.errors import OutputError
from claimcheck.fileio import write_atomic, write_output
from conftest import run_in_process

DRAFT = "Costs fell.[^1]\n\n[^1]: Ministry of Ports, annual report, 2024.\n"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def draft(tmp_path):
    p = tmp_path / "draft.md"
    p.write_text(DRAFT, encoding="utf-8")
    return p


@pytest.mark.parametrize("command", [["verify"], ["extract"], ["verify", "--write-baseline"]])
def test_the_report_never_replaces_the_draft(capsys, draft, command):
    before = _digest(draft)
    flag = [] if "--write-baseline" in command else ["-o"]
    args = [command[0], draft, *command[1:], *flag, draft] if flag else [command[0], draft, "--write-baseline", draft]
    code, _, err = run_in_process(*args, capsys=capsys)
    assert code == 2 and "E312" in err and "reads" in err
    assert _digest(draft) == before


def test_a_link_onto_the_draft_is_refused_too(capsys, draft, tmp_path):
    link = tmp_path / "report.txt"
    link.symlink_to(draft)
    code, _, err = run_in_process("verify", draft, "-o", link, capsys=capsys)
    assert code == 2 and "E312" in err
    assert link.is_symlink() and draft.read_text(encoding="utf-8") == DRAFT


def test_a_link_to_another_file_is_written_through(capsys, draft, tmp_path):
    real = tmp_path / "reports" / "r.txt"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.txt"
    link.symlink_to(real)
    code, _, _ = run_in_process("verify", draft, "-o", link, capsys=capsys)
    assert code in (0, 1)
    assert link.is_symlink() and "finding" in real.read_text(encoding="utf-8")


def test_a_device_is_written_in_place_not_replaced(capsys, draft):
    before = os.stat(os.devnull)
    code, _, _ = run_in_process("verify", draft, "-o", os.devnull, capsys=capsys)
    after = os.stat(os.devnull)
    assert code in (0, 1)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_missing_folder_is_an_error_not_created(capsys, draft, tmp_path):
    target = tmp_path / "no" / "such" / "report.txt"
    code, _, err = run_in_process("verify", draft, "-o", target, capsys=capsys)
    assert code == 2 and "E312" in err and "does not exist" in err
    assert not (tmp_path / "no").exists()


def test_a_folder_as_the_output_is_an_error(capsys, draft, tmp_path):
    code, _, err = run_in_process("extract", draft, "-o", tmp_path, capsys=capsys)
    assert code == 2 and ("E312" in err or "Error" in err)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_is_e312(capsys, draft, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        code, _, err = run_in_process("verify", draft, "-o", ro / "r.txt", capsys=capsys)
    finally:
        ro.chmod(0o700)
    assert code == 2 and "E312" in err


def test_a_name_at_the_length_limit_still_writes(tmp_path):
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    target = tmp_path / ("r" * limit)
    write_output(target, "ok\n")
    assert target.read_text() == "ok\n"
    with pytest.raises(OutputError):
        write_output(tmp_path / ("r" * (limit + 1)), "too long\n")


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def boom(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "r.txt", "x")
    assert list(tmp_path.iterdir()) == []
