"""The recall evaluation set is well-formed and its scorer runs.

These tests do not pin recall: ``benchmarks/eval_recall.py`` reports it. They check that
every answer file names an existing draft, places each defect and trap on a line that
holds its ``at`` text, uses the rule families and codes of the catalogue, and that the
set keeps the breadth it promises (drafts, domains, formats, three phrasings per kind).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.benchmarks._bench import bench_module

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
EVALSET = BENCH / "evalset"
FAMILIES = {"FN", "AC", "CT", "NU", "DT", "NM", "QT", "LS", "AR"}
EXT = {"md": ".md", "html": ".html", "txt": ".txt", "pdf": ".pdf"}


_module = bench_module


ANSWERS = sorted(EVALSET.glob("*.answers.yml"))


def _codes() -> set[str]:
    from claimcheck.rules.catalogue import RULES

    return {cls.code for cls in RULES}


def test_the_set_has_its_breadth():
    data = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in ANSWERS]
    assert len(data) >= 15
    assert len({d["domain"] for d in data}) >= 6
    assert {d["format"] for d in data} == set(EXT)
    defects = [x for d in data for x in d["defects"]]
    by_rule = Counter(x["rule"] for x in defects if x["rule"])
    # a rule blind writers chose too rarely (docs/evaluation.md) goes here: fewer than three
    # phrasings, so its recall is not reported per rule; planting more removes it here
    # (NM002 left it with drafts 522-545)
    under_planted: set[str] = set()
    assert all(n >= 3 for r, n in by_rule.items() if r not in under_planted), by_rule
    assert all(by_rule[r] < 3 for r in under_planted), "enough now: drop it from under_planted"
    by_family = Counter(x["kind"] for x in defects)
    assert set(by_family) == FAMILIES
    assert all(n >= 3 for n in by_family.values()), by_family
    assert sum(len(d["traps"]) for d in data) >= 30


@pytest.mark.parametrize("answers", ANSWERS, ids=lambda p: p.name)
def test_answer_file_is_well_formed(answers):
    data = yaml.safe_load(answers.read_text(encoding="utf-8"))
    draft = EVALSET / data["draft"]
    assert draft.is_file(), f"{answers.name}: no draft {draft.name}"
    assert draft.suffix == EXT[data["format"]]
    assert isinstance(data["publication_date"], dt.date)
    if draft.suffix == ".pdf":
        from claimcheck.ingest import load_document

        text = load_document(draft).source.text
    else:
        text = draft.read_text(encoding="utf-8")
    lines = text.split("\n")
    ids = [e["id"] for e in data["defects"] + data["traps"]]
    assert len(ids) == len(set(ids)), "ids repeat"
    codes = _codes()
    for entry in data["defects"] + data["traps"]:
        assert entry["kind"] in FAMILIES, entry
        assert isinstance(entry["line"], int) and 1 <= entry["line"] <= len(lines), entry
        first = entry["at"].split()[0]
        assert first in lines[entry["line"] - 1], f"{answers.name} {entry['id']}: {first!r} not on line {entry['line']}"
        for also, line in zip(entry.get("also") or [], entry.get("also_lines") or []):
            assert also.split()[0] in lines[line - 1], f"{answers.name} {entry['id']}: also {also!r}"
    for d in data["defects"]:
        assert d["rule"] is None or (d["rule"] in codes and d["rule"].startswith(d["kind"])), d
        assert d.get("phrasing"), d
    for t in data["traps"]:
        assert t.get("note"), t


def test_the_scorer_runs_and_matches_by_family_and_line():
    scorer = _module("eval_recall")
    answers = scorer.load_answers(only={"01-baltic-storage"})
    assert len(answers) == 1
    summary = scorer.summarise(scorer.run(answers, "all"))
    assert summary["planted"] == len(answers[0]["defects"])
    assert 0 <= summary["found"] <= summary["planted"]
    # the stricter count never exceeds the family count, and sums the per-rule table
    assert summary["found_by_rule"] <= summary["found"]
    assert summary["found_by_rule"] == sum(
        v["found"] if k.endswith("(no rule yet)") else v["found_by_rule"] for k, v in summary["per_rule"].items()
    )
    assert set(summary["per_family"]) <= FAMILIES
    # every finding is accounted for exactly once: a defect, a trap or unexplained
    res = scorer.run(answers, "default")
    d = res["drafts"][0]
    matched = {id(f) for fs in d["found"].values() for f in fs}
    trapped = {id(f) for fs in d["violated"].values() for f in fs}
    loose = {id(f) for f in d["unexplained"]}
    assert not (loose & (matched | trapped))


def test_the_scorer_writes_json(tmp_path, capsys):
    scorer = _module("eval_recall")
    out = tmp_path / "recall.json"
    assert scorer.main(["--only", "03-adriatic-ports", "--json", str(out), "--quiet-default"]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert set(data) == {"all", "default"}
    assert "family" in capsys.readouterr().out


def test_the_scorer_runs_a_range_of_drafts_by_number(tmp_path):
    scorer = _module("eval_recall")
    out = tmp_path / "recall.json"
    assert scorer.main(["--range", "3-4", "--json", str(out), "--quiet-default"]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert set(data["default"]["per_draft"]) == {"03-adriatic-ports.md", "04-pacific-shipyards.md"}


def test_mutations_skip_without_real_documents(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMCHECK_REALDOCS", str(tmp_path))
    mut = _module("mutate_realdocs")
    monkeypatch.setattr(mut._realdocs, "REALDOCS", tmp_path)
    assert mut.main([]) == 0
    assert "skipped" in capsys.readouterr().out


def test_a_renumbered_note_is_planted_and_found(tmp_path):
    mut = _module("mutate_realdocs")
    text = (
        "# A note\n\nFirst claim.[^1] Second claim.[^2] Third claim.[^3]\n\n"
        "[^1]: One, 2024, https://one.example.org/a.\n"
        "[^2]: Two, 2024, https://two.example.org/b.\n"
        "[^3]: Three, 2024, https://three.example.org/c.\n"
    )
    src = tmp_path / "a.md"
    src.write_text(text, encoding="utf-8")
    doc, before = mut._check(src)
    mutated, what = next(mut.m_renumber_note(text, doc, []))
    assert mutated.count("[^1]:") == 2 or mutated.count("[^2]:") == 2, what
    src.write_text(mutated, encoding="utf-8")
    _, after = mut._check(src)
    assert "FN001" in {f.rule for f in after} - {f.rule for f in before}


def test_a_cut_url_is_planted_and_found(tmp_path):
    mut = _module("mutate_realdocs")
    text = "# A note\n\nA claim.[^1]\n\n[^1]: One, 2024, https://www.example.org/a/b.\n"
    src = tmp_path / "a.md"
    src.write_text(text, encoding="utf-8")
    doc, _ = mut._check(src)
    mutated, _ = next(mut.m_break_url(text, doc, []))
    assert "https://www.example " not in mutated and "https://www.example" in mutated
    src.write_text(mutated, encoding="utf-8")
    _, after = mut._check(src)
    assert "CT002" in {f.rule for f in after}


def test_a_changed_expansion_is_planted_in_the_definition_not_an_earlier_mention(tmp_path):
    mut = _module("mutate_realdocs")
    from claimcheck.extract import extract

    text = (
        "# Analytics\n\nWe read the data the Digital Analytics Program publishes.\n\n"
        "The Digital Analytics Program (DAP) collects visits to federal sites.\n"
    )
    src = tmp_path / "a.md"
    src.write_text(text, encoding="utf-8")
    doc, _ = mut._check(src)
    mutated, what = next(mut.m_change_expansion(text, doc, list(extract(doc).claims)))
    assert "the Digital Analytics Program publishes" in mutated, what
    assert "(DAP)" in mutated and "Digital Analytics Program (DAP)" not in mutated
    src.write_text(mutated, encoding="utf-8")
    _, after = mut._check(src)
    assert "AC002" in {f.rule for f in after}


def _finding(rule: str, line: int, related: tuple[int, ...] = ()):
    from claimcheck.document import Location
    from claimcheck.findings.model import Finding, Related, Severity

    loc = Location(path="d.md", line=line, column=1)
    rel = tuple(Related(location=Location(path="d.md", line=r, column=1), message="here") for r in related)
    return Finding(
        rule=rule, name="x", severity=Severity.warning, message=f"{rule} at {line}", location=loc, related=rel
    )


def test_matching_by_family_line_related_place_accept_and_traps():
    scorer = _module("eval_recall")
    defects = [
        {"id": "d1", "kind": "NU", "line": 40, "also_lines": [10]},
        {"id": "d2", "kind": "LS", "line": 60, "accept": ["NU004"]},
    ]
    traps = [{"id": "t1", "kind": "NU", "line": 20}, {"id": "t2", "kind": "AC", "line": 80}]
    findings = [
        _finding("NU003", 11),  # near d1's other place
        _finding("NU003", 90, (41,)),  # its related place is d1's line
        _finding("NU004", 61),  # a consequence of d2 another rule reports
        _finding("NU003", 21),  # on a trap
        _finding("AC005", 80),  # an AC finding on an AC trap: violated
        _finding("FN002", 40),  # wrong family for d1: unexplained
    ]
    m = scorer.match(findings, defects, traps)
    assert [f.location.line for f in m["found"]["d1"]] == [11, 90]
    assert "d2" not in m["found"]
    assert set(m["violated"]) == {"t1", "t2"}
    assert [f.rule for f in m["unexplained"]] == ["FN002"]


def test_the_nu003_trace_counts_what_each_test_said_and_restores_the_rule(tmp_path, capsys):
    """The trace reruns a draft with the rule's tests wrapped, prints one signature per
    missed NU003 defect, and leaves the rule's module as it found it."""
    import claimcheck.rules.nu003_same_quantity_different_values as nu003

    before = dict(vars(nu003))
    trace = _module("nu003_trace")
    answers = EVALSET / "01-baltic-storage.answers.yml"
    data = yaml.safe_load(answers.read_text(encoding="utf-8"))
    defect = next(d for d in data["defects"] if d["rule"] == "NU003")
    recall = tmp_path / "recall.json"
    recall.write_text(
        '{"default": {"missed": [{"draft": "01-baltic-storage.md", "id": "%s"}]}}' % defect["id"], encoding="utf-8"
    )
    folder = tmp_path / "set"
    folder.mkdir()
    for f in (answers, EVALSET / "01-baltic-storage.md"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    assert trace.main(["--set", str(folder), "--recall", str(recall), "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"01-baltic-storage.md {defect['id']}: ")
    assert out[-1].split(maxsplit=1)[0] == "1"  # one defect traced, one signature counted
    assert all(vars(nu003)[k] is v for k, v in before.items())
