"""Writers of Word drafts for the tests: python-docx, pandoc, LibreOffice headless, and a
part editor for packages those writers cannot make (custom marks, a lost note)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

__all__ = ["edit_part", "needs_pandoc", "needs_soffice", "pandoc", "python_docx_draft", "soffice_convert"]

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (Debian: pandoc)")
needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed (Debian: libreoffice-writer-nogui)"
)


def pandoc(md: Path, out: Path) -> Path:
    subprocess.run(["pandoc", str(md), "-o", str(out)], check=True, capture_output=True, timeout=120)
    return out


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """``soffice --headless --convert-to FMT`` with a private profile (sessions run side by side)."""
    profile = outdir / "lo-profile"
    proc = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
    assert proc.returncode == 0 and out.is_file(), f"LibreOffice failed: {proc.stdout} {proc.stderr}"
    return out


def edit_part(data: bytes, name: str, edit) -> bytes:
    """The package ``data`` with part ``name`` replaced by ``edit(old_text)``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == name:
                blob = edit(blob.decode("utf-8")).encode("utf-8")
            dst.writestr(info, blob)
    return out.getvalue()


def python_docx_draft(path: Path) -> Path:
    """A draft made with python-docx: styles, a list, quotes, a table, a hyperlink, a comment,
    and tracked changes (an insertion, a deletion, a move)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph("Canal Brief 2", style="Title")
    d.add_heading("Locks and barges", level=1)
    p = d.add_paragraph("The Inland Waterways Office (IWO) counted 412 barges in March. ")
    d.add_comment(p.runs[0], text="an editor's query", author="Editor", initials="ED")
    d.add_paragraph("Barge traffic is up for the third year.", style="List Bullet")
    d.add_paragraph("Two new locks open in 2026.", style="List Number")
    d.add_paragraph("A block quotation from the harbour master is prose.", style="Quote")
    d.add_paragraph("Locks are the new bridges", style="Intense Quote")
    d.add_paragraph("Figure 1: Barges per month", style="Caption")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Lock", "Barges"
    table.cell(1, 0).text, table.cell(1, 1).text = "North", "212"
    changed = d.add_paragraph("The office ")
    changed._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="91" w:author="Editor" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:t xml:space="preserve">now </w:t></w:r></w:ins>'
        )
    )
    changed._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="92" w:author="Editor" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:delText xml:space="preserve">still </w:delText></w:r></w:del>'
        )
    )
    changed._p.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">publishes the counts monthly.</w:t></w:r>')
    )
    changed._p.append(
        parse_xml(
            f'<w:moveFrom {nsdecls("w")} w:id="93" w:author="Editor" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:t xml:space="preserve"> Moved away.</w:t></w:r></w:moveFrom>'
        )
    )
    linked = d.add_paragraph("Counts are on the ")
    rid = d.part.relate_to(
        "https://waterways.example.org/counts", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    linked._p.append(
        parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>office site</w:t></w:r></w:hyperlink>')
    )
    linked.add_run(".")
    d.save(path)
    return path
