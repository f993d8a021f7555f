"""Reading parity across formats: the same draft as Word, as LibreOffice's PDF, as that
PDF's ``pdftotext`` text and as LibreOffice's HTML export should give the same findings.

The evaluation drafts (``benchmarks/evalset/sources/*.md``) are turned into ``.docx`` by
pandoc (real Word footnotes), into PDF by LibreOffice (``soffice --convert-to pdf``:
footnotes at the foot of each page, bullets drawn as a column) and into text by
``pdftotext`` (default options), and into HTML by LibreOffice (``soffice --convert-to
html``: its ``sdfootnote`` notes, as a Word user's "Save as web page" gives). Each is checked with ``claimcheck verify``; the script
prints, per draft, the findings the PDF, the text and the HTML lose or add against the ``.docx``,
and the totals. Footnote-numbering rules (FN) are left out of the comparison, since pandoc
renumbers notes (the planted numbering slips do not survive into Word), and so are reading
notices (CC).

The evaluation set's own PDFs are printed by Chromium from HTML with endnotes; this script
covers the other common way a draft becomes a PDF: a word processor with page-bottom
notes. Needs pandoc, soffice and pdftotext on the PATH; builds into a temporary folder
(or ``--keep DIR``) and writes nothing in the repository.

    python benchmarks/cross_format.py            # every source
    python benchmarks/cross_format.py --only 17-desalination 25-groundwater
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "evalset" / "sources"
_CODE = re.compile(r"\b(?:error|warning|info) ([A-Z]{2}\d{3})\b")


def _build(src: Path, out: Path) -> tuple[Path, Path, Path, Path] | None:
    docx = out / f"{src.stem}.docx"
    pdf = out / f"{src.stem}.pdf"
    txt = out / f"{src.stem}.txt"
    page = out / f"{src.stem}.html"
    if not txt.exists() or not page.exists():
        subprocess.run(["pandoc", "-s", str(src), "-o", str(docx)], check=True, capture_output=True)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        subprocess.run(["pdftotext", str(pdf), str(txt)], check=True, capture_output=True)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "html", "--outdir", str(out), str(docx)],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return (docx, pdf, txt, page) if pdf.exists() and txt.exists() and page.exists() else None


def _codes(claimcheck: list[str], path: Path) -> Counter[str]:
    proc = subprocess.run([*claimcheck, "verify", str(path), "--no-cache"], capture_output=True, text=True)
    if proc.returncode == 2:
        print(f"  {path.name}: exit 2: {proc.stderr.strip()[:200]}", file=sys.stderr)
    return Counter(c for c in _CODE.findall(proc.stdout) if not c.startswith(("FN", "CC")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", help="source names (without .md)")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it")
    ap.add_argument("--claimcheck", default=f"{sys.executable} -m claimcheck", help="command to run")
    args = ap.parse_args(argv)
    missing = [tool for tool in ("pandoc", "soffice", "pdftotext") if shutil.which(tool) is None]
    if missing:
        print(f"cross_format: needs {', '.join(missing)} on the PATH", file=sys.stderr)
        return 2
    sources = sorted(SOURCES.glob("*.md"))
    if args.only:
        sources = [s for s in sources if s.stem in set(args.only)]
    claimcheck = args.claimcheck.split()
    out = args.keep or Path(tempfile.mkdtemp(prefix="claimcheck-xformat-"))
    out.mkdir(parents=True, exist_ok=True)
    totals: Counter[str] = Counter()
    print(f"{'draft':<28} {'docx':>4}  pdf: lost / added      text: lost / added     html: lost / added")
    for src in sources:
        built = _build(src, out)
        if built is None:
            print(f"{src.stem:<28} (could not build)")
            continue
        docx, pdf, txt, page = (_codes(claimcheck, p) for p in built)
        totals["docx"] += sum(docx.values())
        row = []
        for name, got in (("pdf", pdf), ("text", txt), ("html", page)):
            lost, added = docx - got, got - docx
            totals[f"{name} lost"] += sum(lost.values())
            totals[f"{name} added"] += sum(added.values())
            row.append(f"{' '.join(sorted(lost.elements())) or '-'} / {' '.join(sorted(added.elements())) or '-'}")
        print(f"{src.stem:<28} {sum(docx.values()):>4}  {row[0]:<22} {row[1]:<22} {row[2]}")
    print(
        f"\ntotal: {totals['docx']} findings from the .docx; the PDF loses {totals['pdf lost']} and adds "
        f"{totals['pdf added']}; its text loses {totals['text lost']} and adds {totals['text added']}; "
        f"the HTML loses {totals['html lost']} and adds {totals['html added']}"
    )
    if args.keep is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
