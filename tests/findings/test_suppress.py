"""Inline suppression comments and CC001 for those that suppress nothing."""

from __future__ import annotations

import pytest

from claimcheck.config import Settings
from claimcheck.errors import InputError
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document


def _run(tmp_path, text, **settings):
    p = tmp_path / "d.md"
    p.write_text(text)
    s = Settings(**settings)
    return check_document(load_document(p), build_rules(s), s)


@pytest.mark.parametrize("codes", ["FN001", "FN", "FN001, FN003"])
def test_ignore_suppresses_the_next_block(tmp_path, codes):
    text = f"Costs fell.[^1]\n\n[^1]: A.\n\n<!-- claimcheck: ignore[{codes}] -->\n[^1]: B.\n"
    kept, suppressed = _run(tmp_path, text)
    assert [f.rule for f in suppressed] == ["FN001"]
    assert [f.rule for f in kept] == []


def test_file_ignore(tmp_path):
    text = "<!-- claimcheck: file-ignore[FN] -->\nCosts fell.[^1] Rose.[^2]\n\n[^1]: A.\n[^1]: B.\n"
    kept, suppressed = _run(tmp_path, text)
    assert kept == [] and {f.rule for f in suppressed} == {"FN001", "FN002"}


def test_disable_enable_range(tmp_path):
    text = (
        "<!-- claimcheck: disable[FN003] -->\n\n[^7]: lost.\n\n<!-- claimcheck: enable[FN003] -->\n\n[^8]: also lost.\n"
    )
    kept, suppressed = _run(tmp_path, text)
    assert [(f.rule, f.location.line) for f in suppressed] == [("FN003", 3)]
    assert [(f.rule, f.location.line) for f in kept] == [("FN003", 7)]


def test_unused_suppression_is_reported(tmp_path):
    text = "Costs fell.[^1]\n\n<!-- claimcheck: ignore[FN001] -->\n[^1]: A.\n"
    kept, _ = _run(tmp_path, text)
    assert [(f.rule, f.location.line, f.message) for f in kept] == [
        ("CC001", 3, "suppression of FN001 matches no finding")
    ]


def test_unused_suppression_can_be_ignored(tmp_path):
    text = "Costs fell.[^1]\n\n<!-- claimcheck: ignore[FN001] -->\n[^1]: A.\n"
    kept, _ = _run(tmp_path, text, ignore=["CC001"])
    assert kept == []


def test_codes_are_required(tmp_path):
    p = tmp_path / "d.md"
    p.write_text("Text.\n<!-- claimcheck: ignore[] -->\n")
    with pytest.raises(InputError) as err:
        load_document(p)
    assert (err.value.line, err.value.code) == (2, "E111")
