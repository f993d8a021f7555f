"""Build the evaluation drafts and their answer files from ``sources/``.

Every draft is written once, as Markdown with ``[^n]`` footnotes and YAML front matter
(``sources/NAME.md``), next to a spec of what was planted in it (``sources/NAME.spec.yml``:
format, domain, publication date, defects and traps, each placed by an ``at`` text
that occurs once in the draft). This script writes, for each source:

* ``md``: ``NAME.md``, the source itself;
* ``html``: ``NAME.html``, the source rendered by ``pandoc -s`` (footnote references
  written as ``<sup>n</sup>`` and the notes as a ``<section class="footnotes">`` of numbered
  paragraphs, so that the planted numbering slips survive: pandoc's own footnotes would
  renumber them);
* ``pdf``: ``NAME.pdf``, that HTML printed by headless Chromium (notes set small at the end);
* ``txt``: ``NAME.txt``, ``pdftotext`` (default options) of that PDF;

and ``NAME.answers.yml``: the spec with the 1-based ``line`` of every ``at`` text in the
draft (for ``.pdf``: in the text claimcheck extracts from it, pages joined, which is where
its findings' lines count; ``line_basis`` says which).

Run ``python benchmarks/evalset/build.py`` from the repository root (pandoc, Chromium and
pdftotext needed). The drafts and answer files are committed; rebuild only after editing a
source. The scorer (``benchmarks/eval_recall.py``) re-finds each ``at`` text when the
text moved (a reader change can move the lines of a PDF's extracted text).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"

NOTE_CSS = """
section.footnotes { margin-top: 2em; border-top: 1px solid #999; padding-top: 0.5em; }
p.fn { font-size: 0.75em; margin: 0 0 0.3em 0; }
"""

_REF = re.compile(r"\[\^(\d+)\](?!:)")
_NOTE = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
_URL = re.compile(r"(https?://[^\s<>\"]*[^\s<>\".,;:)])")


def to_pandoc_input(md: str) -> str:
    """Markdown with raw-HTML footnote references and notes (numbers kept as written)."""
    out: list[str] = []
    notes: list[str] = []

    def flush() -> None:
        if notes:
            out.append('<section class="footnotes">')
            out.extend(notes)
            out.append("</section>")
            out.append("")
            notes.clear()

    for line in md.split("\n"):
        m = _NOTE.match(line)
        if m:
            num, body = m.groups()
            body = html.escape(body, quote=False)
            body = _URL.sub(lambda u: f'<a href="{u.group(1)}">{u.group(1)}</a>', body)
            notes.append(f'<p class="fn" id="fn{num}">{num}&nbsp;&nbsp;{body}</p>')
            continue
        if notes and not line.strip():
            continue
        flush()
        out.append(_REF.sub(r"<sup>\1</sup>", line))
    flush()
    return "\n".join(out)


def render(name: str, md: str, fmt: str, workdir: Path) -> Path:
    target = HERE / f"{name}.{fmt}"
    if fmt == "md":
        target.write_text(md, encoding="utf-8")
        return target
    src = workdir / f"{name}.md"
    src.write_text(to_pandoc_input(md), encoding="utf-8")
    css = workdir / "notes.css"
    css.write_text(NOTE_CSS, encoding="utf-8")
    out_html = workdir / f"{name}.html"
    cmd = ["pandoc", "-s", "-f", "markdown-smart", str(src), "-o", str(out_html)]
    if fmt != "html":
        cmd[2:2] = ["-c", str(css)]
    subprocess.run(cmd, check=True)
    if fmt == "html":
        shutil.copy(out_html, target)
        return target
    pdf = workdir / f"{name}.pdf"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            out_html.as_uri(),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if fmt == "pdf":
        shutil.copy(pdf, target)
        return target
    subprocess.run(["pdftotext", str(pdf), str(target)], check=True)
    return target


def line_text(path: Path) -> str:
    """The text findings' lines count in: the file, or for a PDF the extracted text."""
    if path.suffix == ".pdf":
        from claimcheck.ingest import load_document

        return load_document(path).source.text
    return path.read_text(encoding="utf-8")


def find_line(text: str, needle: str) -> int | None:
    """1-based line of the only occurrence of ``needle`` (white space may differ)."""
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    hits = [m.start() for m in re.finditer(pattern, text)]
    if len(hits) != 1:
        return None
    return text.count("\n", 0, hits[0]) + 1


def answers_for(name: str, spec: dict, draft: Path) -> tuple[dict, list[str]]:
    text = line_text(draft)
    problems: list[str] = []
    out = {
        "draft": draft.name,
        "format": spec["format"],
        "domain": spec["domain"],
        "publication_date": spec["publication_date"],
        "line_basis": "claimcheck's extracted text (pages joined)" if draft.suffix == ".pdf" else "the draft file",
        "defects": [],
        "traps": [],
    }
    for section in ("defects", "traps"):
        for item in spec.get(section, []):
            entry = dict(item)
            line = find_line(text, item["at"])
            if line is None:
                problems.append(f"{name}: {item['id']} at {item['at']!r} not found once")
            also = []
            for a in item.get("also", []) or []:
                al = find_line(text, a)
                if al is None:
                    problems.append(f"{name}: {item['id']} also {a!r} not found once")
                also.append(al)
            entry["line"] = line
            if also:
                entry["also_lines"] = also
            out[section].append(entry)
    return out, problems


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    only = set(argv)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec_path in sorted(SOURCES.glob("*.spec.yml")):
            name = spec_path.name[: -len(".spec.yml")]
            if only and name not in only:
                continue
            spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
            md = (SOURCES / f"{name}.md").read_text(encoding="utf-8")
            draft = render(name, md, spec["format"], Path(tmp))
            answers, probs = answers_for(name, spec, draft)
            problems += probs
            header = (
                f"# Answers for {draft.name}: generated by build.py from sources/{name}.spec.yml.\n"
                "# line: 1-based line of `at` in the draft (for .pdf in claimcheck's extracted text).\n"
            )
            (HERE / f"{name}.answers.yml").write_text(
                header + yaml.safe_dump(answers, sort_keys=False, allow_unicode=True, width=100),
                encoding="utf-8",
            )
            words = len(re.sub(r"^---.*?---", "", md, flags=re.S).split())
            print(f"{draft.name}: {words} words, {len(answers['defects'])} defects, {len(answers['traps'])} traps")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
