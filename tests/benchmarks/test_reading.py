"""The reading benchmark's floor: references and notes counted by a person in real
documents (benchmarks/reading/counts-*.yml) are found, and none are invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import _realdocs  # noqa: E402
import bench_reading  # noqa: E402

pytestmark = pytest.mark.skipif(
    not _realdocs.available(), reason="needs ../shared/realdocs (real published documents), absent here"
)


def test_the_counts_cover_every_format_with_at_least_24_documents():
    entries = bench_reading.load_counts()
    assert len(entries) >= 24
    formats = {("pdf-text" if e["file"].startswith("pdf-text/") else e["file"].split("/")[0]) for e in entries}
    assert formats == {"markdown", "html", "pdf", "pdf-text"}
    assert all(str(e.get("how", "")).strip() for e in entries), "say how each document was counted"


def test_references_and_notes_are_found_and_none_invented():
    rows = bench_reading.measure(bench_reading.load_counts())
    counted, hit, invented = bench_reading.totals(rows)
    wrong = [
        f"{r.file}: refs {r.found_refs}/{r.refs}, notes {r.found_notes}/{r.notes}"
        for r in rows
        if r.hit < r.refs + r.notes or r.invented
    ]
    assert hit >= 0.95 * counted, wrong
    assert invented == 0, wrong
