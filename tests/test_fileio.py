"""Atomic writes: whole files or nothing, with ordinary permissions."""

from __future__ import annotations

import os

import pytest

from claimcheck.fileio import write_atomic


def test_writes_whole_file_with_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        p = tmp_path / "sub" / "report.html"
        write_atomic(p, "<p>ok</p>", create_folders=True)
    finally:
        os.umask(old)
    assert p.read_text() == "<p>ok</p>"
    assert p.stat().st_mode & 0o777 == 0o644
    assert [x.name for x in p.parent.iterdir()] == ["report.html"]


def test_never_overwrites_when_asked_not_to(tmp_path):
    p = tmp_path / "claims.yaml"
    p.write_text("original")
    with pytest.raises(FileExistsError):
        write_atomic(p, "new", overwrite=False)
    assert p.read_text() == "original"
    assert [x.name for x in tmp_path.iterdir()] == ["claims.yaml"]


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    p = tmp_path / "baseline.json"
    p.write_text("old")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(p, "new")
    assert p.read_text() == "old"
    assert [x.name for x in tmp_path.iterdir()] == ["baseline.json"]


def test_a_cache_file_is_written_whole_without_fsync_and_a_report_with_it(tmp_path, monkeypatch):
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    write_atomic(tmp_path / "cache" / "results" / "k.json", b"{}", create_folders=True, durable=False)
    assert synced == []
    assert (tmp_path / "cache" / "results" / "k.json").read_bytes() == b"{}"
    write_atomic(tmp_path / "report.json", "{}")
    assert len(synced) == 1
