"""``claimcheck diff OLD NEW``: claims matched by meaning, not by line."""

from __future__ import annotations

import json

from claimcheck.diff import diff_documents
from claimcheck.report.diff import render_diff
from claimcheck.ingest import load_document
from conftest import ISSUE_TXT, ROOT, WEB_TXT, requires_corpus, run_cli

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"


def _docs(tmp_path, old: str, new: str, suffix=".md"):
    a, b = tmp_path / f"old{suffix}", tmp_path / f"new{suffix}"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return load_document(a), load_document(b)


def test_identical_drafts_differ_in_nothing(tmp_path):
    old, new = _docs(tmp_path, EXAMPLE.read_text(), EXAMPLE.read_text())
    d = diff_documents(old, new)
    assert d.changes == [] and d.unchanged > 10 and d.scope == "all" and d.exit_code == 0


def test_moved_paragraphs_are_not_changes(tmp_path):
    text = EXAMPLE.read_text()
    para = "So far, Venezuela, South Africa"
    start = text.index(para)
    end = text.index("\n\n", start)
    moved = text[:start] + text[end + 2 :]
    moved = moved.replace("# Introduction\n\n", "# Introduction\n\n" + text[start:end] + "\n\n", 1)
    old, new = _docs(tmp_path, text, moved)
    assert diff_documents(old, new).changes == []


def test_value_date_list_and_citation_changes(tmp_path):
    text = EXAMPLE.read_text()
    edited = (
        text.replace("more than 4 million 5G base stations", "more than 3.9 million 5G base stations")
        .replace("in April 2024, and", "in May 2024, and")
        .replace("Belarus, ", "")
        .replace("September 25, 2024, https://english.www.gov.cn", "September 26, 2024, https://english.www.gov.cn")
        .replace("Launch providers\nsuch as", "The new Orbital Logistics Agency (OLA) and launch providers\nsuch as")
    )
    old, new = _docs(tmp_path, text, edited)
    d = diff_documents(old, new)
    got = {(c.status, c.kind, tuple(f.field for f in c.fields)) for c in d.changes}
    assert ("changed", "count", ("value",)) in got
    assert ("changed", "date", ("date",)) in got
    assert ("changed", "member_list", ("members",)) in got
    assert any(s == "changed" and k == "citation" and "date" in f for s, k, f in got)
    assert ("added", "acronym", ()) in got
    out = render_diff(d)
    assert "members: without Belarus" in out
    assert (
        "value: 4 million → 3.9 million" in out
        or "value: 4e+06 → 3.9e+06" in out
        or "value: 4,000,000 → 3,900,000" in out
    )
    assert out.strip().splitlines()[-1].startswith(f"{d.count('changed')} changed, 1 added, 0 removed")


def test_cli_text_json_and_errors(tmp_path):
    text = EXAMPLE.read_text()
    (tmp_path / "a.md").write_text(text)
    (tmp_path / "b.md").write_text(text.replace("in April 2024, and", "in May 2024, and"))
    same = run_cli("diff", "a.md", "a.md", cwd=tmp_path)
    assert same.returncode == 0 and "0 changed, 0 added, 0 removed" in same.stdout
    proc = run_cli("diff", "a.md", "b.md", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["summary"]["changed"] == 1
    change = data["changes"][0]
    assert change["kind"] == "date" and change["fields"][0]["old"] == {"year": 2024, "month": 4}
    assert change["new"]["line"] == change["old"]["line"]
    bad = run_cli("diff", "a.md", "b.md", "--article", "9", cwd=tmp_path)
    assert bad.returncode == 2 and "error[E415]" in bad.stderr and "has no article 9" in bad.stderr
    bad = run_cli("diff", "a.md", "b.md", "--article", "x", cwd=tmp_path)
    assert bad.returncode == 2 and "error[E415]" in bad.stderr
    missing = run_cli("diff", "a.md", "nope.md", cwd=tmp_path)
    assert missing.returncode == 2 and "error[E10" in missing.stderr and "nope.md" in missing.stderr
    (tmp_path / "other.md").write_text("# Other\n\nCompletely unrelated words about gardening and tulips.\n")
    none = run_cli("diff", "a.md", "other.md", "--scope", "overlap", cwd=tmp_path)
    assert none.returncode == 2 and "error[E416]" in none.stderr


@requires_corpus
def test_corpus_web_page_against_pdf_text():
    pdf, web = load_document(ISSUE_TXT), load_document(WEB_TXT)
    d = diff_documents(pdf, web)
    assert d.scope == "overlap"  # four articles with footnotes against one line of web text
    assert d.old_region.startswith("article 1 (Introduction)") and "without footnotes" in d.old_region
    assert any("footnotes not compared" in n for n in d.notes)
    # the introduction carries the same claims in both renditions
    assert d.changes == [] and d.unchanged >= 20


@requires_corpus
def test_corpus_edit_in_web_text_is_found(tmp_path):
    web = WEB_TXT.read_text(encoding="utf-8")
    assert "three new entities" in web and "In April 2024" in web
    edited = web.replace("three new entities", "four new entities").replace("In April 2024", "In March 2024")
    (tmp_path / "web.txt").write_text(edited, encoding="utf-8")
    proc = run_cli("diff", ISSUE_TXT, tmp_path / "web.txt")
    assert proc.returncode == 1, proc.stderr
    assert "changed  count" in proc.stdout and "value: 3 → 4" in proc.stdout
    assert "changed  date" in proc.stdout and "date: 2024-04 → 2024-03" in proc.stdout
    # the list after the colon now reads in the web text too (its sentence ends with no space
    # after the full stop), so the declared count of its members changes with the count
    assert "changed  member_list" in proc.stdout and "declared_count: 3 → 4" in proc.stdout
    assert "3 changed, 0 added, 0 removed" in proc.stdout


@requires_corpus
def test_corpus_article_option():
    proc = run_cli("diff", ISSUE_TXT, WEB_TXT, "--article", "1:1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 changed, 0 added, 0 removed" in proc.stdout


# --------------------------------------------------------------------------- as people write it
def _diff_text(tmp_path, old: str, new: str) -> str:
    from claimcheck.diff import diff_documents
    from claimcheck.report.diff import render_diff
    from claimcheck.ingest import load_document

    (tmp_path / "old.md").write_text(old, encoding="utf-8")
    (tmp_path / "new.md").write_text(new, encoding="utf-8")
    return render_diff(diff_documents(load_document(tmp_path / "old.md"), load_document(tmp_path / "new.md")))


def test_diff_shows_values_and_text_as_the_drafts_write_them(tmp_path):
    note = "\n\nThe study[^1] agrees.\n\n[^1]: Jane Roe, “{}”, Orbital Review, 2024-01-02.\n"
    out = _diff_text(
        tmp_path,
        "# A\n\nThe market was worth 580 billion euros in 2023." + note.format("Launch Markets"),
        "# A\n\nThe market was worth 612.5 billion euros in 2023." + note.format("Launch Markets Revisited"),
    )
    assert "    value: 580 billion → 612.5 billion" in out
    assert "    title: Launch Markets → Launch Markets Revisited" in out
    assert "e+" not in out and "launch markets" not in out


def test_a_quotation_whose_speaker_only_gained_a_title_is_unchanged(tmp_path):
    out = _diff_text(
        tmp_path,
        "# A\n\n“We will land by 2030,” said Xi Jinping.\n",
        "# A\n\n“We will land by 2030,” said President Xi Jinping.\n",
    )
    assert out.splitlines()[-1] == "0 changed, 0 added, 0 removed, 2 unchanged claims"  # the quotation and its date
    from claimcheck.diff import _same_person

    assert _same_person("president xi jinping", "xi jinping") and not _same_person("xi jinping", "li qiang")
    assert not _same_person("president xi", "xi jinping")
