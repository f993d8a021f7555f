"""Finding messages and help lines are plain text: editors read them in terminals, Word
comments and CI annotations, where Markdown backticks show as they are (#19)."""

from __future__ import annotations

from pathlib import Path

from claimcheck import verify
from claimcheck.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_no_markdown_backticks_in_any_message_or_help():
    drafts = sorted((ROOT / "benchmarks" / "evalset").glob("*.*[dlft]"))  # .md .html .txt .pdf
    drafts = [p for p in drafts if p.suffix in {".md", ".html", ".txt", ".pdf"}]
    drafts.append(ROOT / "docs" / "examples" / "issue-23.md")
    result = verify(drafts, Settings(preview=True))
    assert len(result.findings) > 100  # every rule family has findings here
    bad = [(f.rule, text) for f in result.findings for text in (f.message, f.help or "") if "`" in text]
    assert bad == []
