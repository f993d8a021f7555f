"""The state a scenario's steps share (:class:`claimcheck.bdd.steps.Review`): a draft is
checked once per pytest session, and again as soon as the draft, the registry or the
settings differ."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

pytest.importorskip("pytest_bdd")

from claimcheck.bdd.steps import Review  # noqa: E402

DRAFT = """---
title: Test
---

# Ports

Three ports handle the trade.[^1]

[^1]: A port authority, "Annual report", 2024.
"""


@pytest.fixture
def calls(monkeypatch):
    import claimcheck.pipeline as pipeline

    seen: list[str] = []
    real = pipeline.verify

    def counting(paths, *args, **kwargs):
        seen.append(str(paths[0]))
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(pipeline, "verify", counting)
    return seen


def _review(tmp_path: Path, checked: dict, registry: Path | None = None, date: dt.date | None = None) -> Review:
    review = Review(rootdir=tmp_path, checked=checked)
    review.draft = tmp_path / "draft.md"
    review.registry_dir = registry
    review.publication_date = date
    return review


def _bump(path: Path, text: str) -> None:
    """Write ``text`` and move the file's time on, as an editor's save does."""
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


def test_scenarios_of_one_session_check_a_draft_once(tmp_path, calls):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    checked: dict = {}
    first = _review(tmp_path, checked).check()
    second = _review(tmp_path, checked).check()
    assert len(calls) == 1 and second is first


def test_an_edited_draft_is_checked_again(tmp_path, calls):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    checked: dict = {}
    _review(tmp_path, checked).check()
    _bump(draft, DRAFT.replace("Three", "Four"))
    _review(tmp_path, checked).check()
    assert len(calls) == 2


def test_other_settings_or_registry_files_check_again(tmp_path, calls):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    registry = tmp_path / "claims"
    registry.mkdir()
    entry = registry / "ports.yml"
    entry.write_text("[]\n", encoding="utf-8")
    checked: dict = {}
    _review(tmp_path, checked, registry).check()
    _review(tmp_path, checked, registry).check()
    assert len(calls) == 1
    _review(tmp_path, checked, registry, date=dt.date(2025, 3, 1)).check()  # settings differ
    assert len(calls) == 2
    _bump(entry, "[]\n# reviewed again\n")
    _review(tmp_path, checked, registry).check()
    assert len(calls) == 3


def test_without_a_shared_dict_each_review_checks_for_itself(tmp_path, calls):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    for _ in range(2):
        review = Review(rootdir=tmp_path)
        review.draft = tmp_path / "draft.md"
        review.check()
    assert len(calls) == 2
