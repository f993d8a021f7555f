"""benchmarks/reader_losses.py: each draft against its own Markdown source. The test checks
the comparison's accounting on one PDF draft, not the figures (the script reports them)."""

from __future__ import annotations

from tests.benchmarks._bench import bench_module as _module


def test_a_markdown_draft_is_its_own_source_and_others_point_at_theirs():
    losses = _module("reader_losses")
    scorer = losses._scorer()
    md, pdf = scorer.load_answers(only={"01-baltic-storage", "13-critical-minerals"})
    assert losses.as_source(md) is None
    source = losses.as_source(pdf)
    assert source["_draft"].name == "13-critical-minerals.md" and source["format"] == "md"
    assert all(e["line"] is None for e in source["defects"] + source["traps"])
    assert pdf["defects"][0]["line"] is not None  # the draft's answers are left as they were


def test_lost_and_gained_defects_are_those_found_on_one_side_only(capsys):
    losses = _module("reader_losses")
    res = losses.compare(losses._scorer().load_answers(only={"13-critical-minerals"}))
    (row,) = res["drafts"]
    assert row["format"] == "pdf"
    assert row["found_source"] - len(row["lost"]) + len(row["gained"]) == row["found_draft"]
    assert res["per_format"]["pdf"]["planted"] == row["planted"]
    assert losses.main(["--only", "13-critical-minerals"]) == 0
    assert "found(source)" in capsys.readouterr().out
