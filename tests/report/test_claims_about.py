"""`claimcheck extract` shows what each numeric claim is about (its subject) in the table."""

from __future__ import annotations

from pathlib import Path

from claimcheck.extract import extract
from claimcheck.ingest import load_document
from claimcheck.report.claims import render_claims


def test_table_shows_subject(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        "Visa applications at the Tallinn office reached 2.05 million in 2024, down from 2.3 million in 2023.\n\n"
        "The 104-municipality zone received 3,200 complaints in the first year.\n",
        encoding="utf-8",
    )
    table = render_claims(extract(load_document(path)), "table")
    lines = table.splitlines()
    assert any("2.05 million" in ln and "about: visa application / 2024 / Tallinn" in ln for ln in lines), table
    # each figure of a clause keeps its own period: the first year is the complaints'
    assert any("104" in ln and "about: municipality" in ln and "first year" not in ln for ln in lines), table
    assert any("3,200" in ln and "first year" in ln for ln in lines), table
