"""The HTML report in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

``.ci/run`` installs the browser; without it (or without the ``playwright`` package) the
test is skipped, saying why. Screenshots go to ``test-artifacts/`` (ignored by git):
``report.png`` (the example), ``report-1400.png`` / ``report-1000.png`` (a made-up
1,000-line draft at both widths, its top) and ``report-WIDTH-finding.png`` (after clicking
its last finding), and ``corpus-WIDTH.png`` / ``corpus-WIDTH-finding.png`` for the real
issue when ``../shared/corpus`` is there.

What an editor needs from the page (issue #15), checked at 1400 and 1000 px: the claims
panel is readable (a line of a long value holds at least 30 characters, URLs are not clipped)
and nothing of the findings column lies under it; a clicked finding's target stands below
the sticky header; every footnote reference mark is on the page, linked to its note or
marked as missing; each finding's own words are marked; four-digit line numbers are whole.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ISSUE_TXT, ROOT, requires_corpus

from claimcheck.config import Settings
from claimcheck.pipeline import verify
from claimcheck.report import render

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason=f"no Chromium at {CHROMIUM}: install Debian's `chromium` package (`.ci/run` does, as root)",
)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the `playwright` package is not installed (pip install '.[test]')"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def test_report_page_filters_and_links(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    drafts = [EXAMPLE.relative_to(ROOT).as_posix()]
    result = verify(drafts, Settings())
    page_file = tmp_path / "report.html"
    page_file.write_text(render(result, "html", base=ROOT), encoding="utf-8")

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_file.as_uri())

    rows = page.locator("#findings-table tr.finding")
    total = rows.count()
    assert total == len(result.findings) >= 2
    assert page.locator("#shown-count").inner_text() == f"{total} of {total} findings shown"
    inline = page.locator(".finding.inline")
    assert inline.count() == total
    assert page.locator(".finding.inline.sev-error").first.is_visible()
    assert page.locator("mark.claim.kind-date").count() >= 1
    assert page.locator("li.claim-row").count() >= 5

    # untick "error": every error row and box hides, the others stay
    errors_n = page.locator("#findings-table tr.finding[data-severity=error]").count()
    assert errors_n >= 2
    page.locator("input[name=severity][value=error]").uncheck()
    assert page.locator("#findings-table tr.finding[data-severity=error]").first.is_hidden()
    assert all(el.is_hidden() for el in page.locator(".finding[data-severity=error]").all())
    visible = [r for r in rows.all() if r.is_visible()]
    assert len(visible) == total - errors_n
    assert page.locator("#shown-count").inner_text() == f"{total - errors_n} of {total} findings shown"

    # a rule filter: only FN001 rows
    page.locator("input[name=severity][value=error]").check()
    page.locator("#filter-rule").select_option("FN001")
    assert [r.get_attribute("data-rule") for r in rows.all() if r.is_visible()] == ["FN001"]
    page.locator("#filter-rule").select_option("")

    # a related place links to its footnote, which exists on the page
    link = page.locator(".finding.inline.sev-error .related a").first
    target = link.get_attribute("href")
    assert target.startswith("#") and page.locator(target).count() == 1

    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#filter-family").select_option("")
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    assert not errors, errors
    assert all(u.startswith(("file:", "data:", "about:")) for u in requests), requests  # works offline
    page.close()


def test_xss_draft_shows_as_text(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(
        'Issue <script>window.hacked = 1</script> with <img src=x onerror="window.hacked = 2"> text.\n',
        encoding="utf-8",
    )
    page_file = tmp_path / "r.html"
    page_file.write_text(render(verify(["draft.txt"], Settings()), "html"), encoding="utf-8")
    page = browser.new_page()
    page.goto(page_file.as_uri())
    assert page.evaluate("window.hacked === undefined")
    assert "<script>window.hacked = 1</script>" in page.locator("p.block").first.inner_text()
    assert page.locator("main img").count() == 0
    page.close()


def test_chromium_binary_is_the_debian_one():
    assert shutil.which("chromium") or CHROMIUM.is_file()


# ------------------------------------------------------------ what an editor needs (issue #15)

FILLER = [
    "The harbour log records calm water, a steady westerly wind and a quiet quay on most mornings.",
    "Crews repainted the bollards along the eastern pier while the ferries kept their usual timetable.",
    "Inspectors walked the breakwater at dawn and found the lamps, rails and ladders in good order.",
    "Fishing boats came back early on most days, and the fish market closed before noon each time.",
]


def ledger(paragraphs: int = 340) -> str:
    """A made-up draft of more than 1,000 lines: an acronym that does not fit (AC002) at the
    top, a long citation URL, a reference with no note past line 1,000 (FN002) and a note
    defined twice (FN001, whose related places are the first note and that reference)."""
    out = [
        "---",
        'title: "Harbour Ledger, Issue Forty-One"',
        "publication_date: 2025-03-01",
        "---",
        "",
        "# Ports and Partners",
        "",
    ]
    out += [
        (
            "The Northern River Basin Authority (NBRA) opened two gauges in April 2024, and the pilots' office now "
            "answers to the harbour board.[^1] Dredging of the inner basin resumed in May 2024.[^2]"
        ),
        "",
    ]
    for i in range(paragraphs):
        words = FILLER[i % len(FILLER)].split(" ")
        out += [" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :]), ""]
    out += ["The last entry of the ledger cites a note that the draft numbered wrongly.[^3]", ""]
    out += [
        (
            "[^1]: Port Authority, “Annual throughput and pilotage report for the northern harbours,” March 12, 2024, "
            "https://example.org/harbours/annual-reports/2024/03/12/throughput-and-pilotage-report-for-the-northern-harbours-final.html."
        ),
        "[^2]: Harbour Board, “Minutes of the spring meeting,” May 3, 2024, https://example.org/board/minutes/2024-05-03.html.",
        "[^2]: River Office, “Gauge readings for the inner basin,” June 1, 2024, https://example.org/river/gauges/2024-06-01.html.",
        "",
    ]
    return "\n".join(out)


def _open(browser, page_file: Path, width: int, height: int = 900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.requests, page.errors = [], []
    page.on("request", lambda req: page.requests.append(req.url))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(page_file.as_uri())
    return page


LAYOUT = """() => {
  const aside = document.querySelector("aside").getBoundingClientRect();
  const wrap = document.querySelector(".findings-wrap");
  const covered = [...document.querySelectorAll("#findings-table, .finding.inline, main p.block, main li.note, main h2, main h3")]
    .map(e => [e, e.getBoundingClientRect()])
    .filter(([e, r]) => r.width > 0 && r.right > aside.left + 0.5 && r.left < aside.right && r.bottom > aside.top)
    .map(([e, r]) => e.tagName + "." + e.className + " right=" + r.right);
  // how many characters of its own text a line of the element holds
  const capacity = el => {
    const range = document.createRange(); range.selectNodeContents(el);
    const drawn = [...range.getClientRects()].reduce((w, r) => w + r.width, 0);
    return el.clientWidth / (drawn / el.textContent.length);
  };
  const values = [...document.querySelectorAll("li.claim-row .claim-value, li.claim-row .claim-url")]
    .filter(e => e.textContent.trim().length >= 30).slice(0, 60)
    .map(e => ({text: e.textContent.trim(), perLine: capacity(e),
                clipped: e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > aside.right + 0.5}));
  const panel = document.querySelector("aside");
  return {aside: [aside.left, aside.right, aside.top], covered, values,
          panelOverflow: panel.scrollWidth > panel.clientWidth + 1,
          tableOverflow: wrap.scrollWidth > wrap.clientWidth + 1,
          stacked: aside.top >= document.querySelector("main").getBoundingClientRect().bottom - 1};
}"""

TARGET = """(id) => {
  const t = document.getElementById(id);
  const r = t.getBoundingClientRect();
  const h = document.querySelector("header.top").getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, header: h.bottom, vh: window.innerHeight, tag: t.tagName,
          cls: t.className, text: t.textContent, hit: document.querySelectorAll("mark.hit").length};
}"""

GUTTER = """() => [...document.querySelectorAll("a.line-no")].filter(a => a.textContent.length >= 4).map(a => {
  const range = document.createRange(); range.selectNodeContents(a);
  const t = range.getBoundingClientRect();
  const p = a.parentElement, pr = p.getBoundingClientRect();
  const textStart = pr.left + parseFloat(getComputedStyle(p).paddingLeft);
  const main = document.querySelector("main").getBoundingClientRect();
  return {text: a.textContent, label: a.getAttribute("aria-label"), left: t.left, right: t.right, textStart,
          mainLeft: main.left, clipped: a.scrollWidth > a.clientWidth + 1};
})"""


def check_panel_and_columns(page, width: int) -> dict:
    got = page.evaluate(LAYOUT)
    assert not got["covered"], f"at {width} px these lie under the claims panel: {got['covered'][:5]}"
    assert not got["tableOverflow"] and not got["panelOverflow"], got
    assert not got["stacked"], "at this width the panel stands beside the text"
    values = got["values"]
    assert values, "no long claim value to measure"
    squeezed = [v for v in values if v["perLine"] < 30 or v["clipped"]]
    assert not squeezed, f"at {width} px the panel squeezes or clips: {squeezed[:3]}"
    return got


def check_finding_targets(page, result) -> None:
    rows = page.locator("#findings-table tr.finding a")
    assert rows.count() == len(result.findings)
    for i in range(rows.count()):
        page.evaluate("window.scrollTo(0, 0)")
        link = rows.nth(i)
        target = link.get_attribute("href")[1:]
        link.click()
        page.wait_for_function("(id) => location.hash === '#' + id", arg=target)
        t = page.evaluate(TARGET, target)
        assert t["top"] >= t["header"] - 0.5 and t["bottom"] <= t["vh"], (target, t)  # below the header, in view
        # the target is the finding's own words (or its reference mark), highlighted
        assert t["tag"] in ("MARK", "SPAN") and t["text"].strip(), (target, t)
        assert t["tag"] == "SPAN" or ("finding-span" in t["cls"] and t["hit"] >= 1), (target, t)


def check_reference_marks(page, doc) -> None:
    refs = [(a.index, r.label) for a in doc.articles for r in a.refs]
    sups = page.locator("sup.ref")
    assert sups.count() == len(refs) > 0
    assert [s.inner_text() for s in sups.all()] == [label for _, label in refs]
    for s in sups.all():
        link = s.locator("a")
        if link.count():
            assert page.locator(link.get_attribute("href")).count() == 1
        else:
            assert "missing" in s.get_attribute("class")
    assert all(s.bounding_box()["width"] > 0 for s in sups.all()[:20])


def check_line_numbers(page) -> list:
    numbers = page.evaluate(GUTTER)
    for n in numbers:
        assert n["label"] == f"line {n['text']}" and not n["clipped"], n
        assert n["left"] >= n["mainLeft"] - 0.5 and n["right"] <= n["textStart"] + 0.5, n
    return numbers


@pytest.fixture(scope="module")
def ledger_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ledger")
    (folder / "ledger.md").write_text(ledger(), encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = verify(["ledger.md"], Settings())
        page_file = folder / "report.html"
        page_file.write_text(render(result, "html"), encoding="utf-8")
    finally:
        os.chdir(cwd)
    assert sorted(f.rule for f in result.findings) == ["AC002", "FN001", "FN002"]
    return result, page_file


@pytest.mark.parametrize("width", [1400, 1000])
def test_editor_checks_at_two_widths(browser, ledger_page, width):
    result, page_file = ledger_page
    page = _open(browser, page_file, width)
    assert page.title() == "Harbour Ledger, Issue Forty-One — claimcheck report"
    assert page.locator("h1").inner_text() == "Harbour Ledger, Issue Forty-One"
    got = check_panel_and_columns(page, width)
    assert any("throughput-and-pilotage" in v["text"] for v in got["values"])  # the long URL, whole
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-{width}.png"))
    check_reference_marks(page, result.documents[0])
    numbers = check_line_numbers(page)
    assert "1030" in [n["text"] for n in numbers]
    check_finding_targets(page, result)
    # FN002 past line 1,000: its mark is the missing reference 3, and FN001's related places are marked
    fn002 = next(i for i, f in enumerate(result.findings) if f.rule == "FN002")
    assert page.locator(f"#x{fn002} sup.ref.missing").inner_text() == "3"
    assert page.locator("mark.finding-span.f-related").count() >= 2
    ac002 = next(i for i, f in enumerate(result.findings) if f.rule == "AC002")
    assert page.locator(f"#x{ac002}").inner_text() == "Northern River Basin Authority (NBRA)"
    # the other links stop below the header too: a claim in the panel, a reference mark, a line number
    for selector in ("li.claim-row a[href^='#f0-c']", "sup.ref a", "p.block a.line-no"):
        page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
        link = page.locator(selector).last
        target = link.get_attribute("href")[1:]
        link.click()
        page.wait_for_function("(id) => location.hash === '#' + id", arg=target)
        t = page.evaluate(TARGET, target)
        assert t["top"] >= t["header"] - 0.5 and t["bottom"] <= t["vh"], (selector, t)
    page.locator(f"#findings-table a[href='#x{fn002}']").click()
    page.screenshot(path=str(ARTIFACTS / f"report-{width}-finding.png"))
    assert not page.errors, page.errors
    assert all(u.startswith(("file:", "data:", "about:")) for u in page.requests), page.requests
    page.close()


def test_narrow_window_puts_the_panel_after_the_text(browser, ledger_page):
    _, page_file = ledger_page
    page = _open(browser, page_file, 800)
    got = page.evaluate(LAYOUT)
    assert got["stacked"] and not got["covered"] and not got["tableOverflow"], got
    page.close()


CONTRAST = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const bg = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; const v = rgb(c); if (v.length === 3 || (v.length === 4 && v[3] > 0.5)) return c; } return "rgb(255, 255, 255)"; };
  const bad = [];
  for (const el of document.querySelectorAll("body *")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const r = el.getBoundingClientRect();
    if (!r.width || r.bottom < 0 || r.top > window.innerHeight) continue;
    const s = getComputedStyle(el);
    const a = lum(s.color), b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(s.fontSize) >= 18.66 || (parseFloat(s.fontSize) >= 14 && parseInt(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) bad.push(el.tagName + "." + el.className + " " + ratio.toFixed(2) + " " + el.textContent.slice(0, 30));
  }
  return bad;
}"""


def test_accessible_contrast_landmarks_and_keyboard(browser, ledger_page):
    result, page_file = ledger_page
    page = _open(browser, page_file, 1400)
    assert page.evaluate(CONTRAST) == []
    page.locator(f"#findings-table a[href='#x{len(result.findings) - 1}']").click()
    assert page.evaluate(CONTRAST) == []  # the highlighted finding too
    for landmark in ("banner", "main", "complementary"):
        assert page.get_by_role(landmark).count() >= 1, landmark
    # the first Tab reaches the skip link, visibly; Enter jumps to the findings
    page.goto(page_file.as_uri())
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "(() => { const a = document.activeElement; const r = a.getBoundingClientRect(); "
        "return [a.className, r.left >= 0 && r.width > 0, getComputedStyle(a).outlineStyle]; })()"
    )
    assert focused == ["skip", True, "solid"], focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#overview"
    page.close()


def test_other_formats_work_too(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    for draft in (
        "docs/examples/issue-23.md",
        "tests/fixtures/html/pandoc.html",
        "tests/fixtures/pdf/two_articles.pdf",
        "tests/fixtures/text/two_articles.pdf.txt",
    ):
        result = verify([draft], Settings())
        page_file = tmp_path / (Path(draft).name + ".report.html")
        page_file.write_text(render(result, "html"), encoding="utf-8")
        page = _open(browser, page_file, 1000)
        doc = result.documents[0]
        check_reference_marks(page, doc)
        if doc.metadata.title:
            assert page.locator("h1").inner_text() == doc.metadata.title
        check_finding_targets(page, result)
        assert not page.evaluate(LAYOUT)["covered"]
        assert not page.errors, (draft, page.errors)
        page.close()


@requires_corpus
def test_the_real_issue_at_two_widths(browser, tmp_path, monkeypatch):
    from conftest import run_in_process

    monkeypatch.chdir(ROOT)
    page_file = tmp_path / "corpus.html"
    code, _, _ = run_in_process(
        "verify",
        ISSUE_TXT,
        "--publication-date",
        "2025-02-18",
        "--claims",
        "claims",
        "--format",
        "html",
        "-o",
        page_file,
    )
    assert code == 1 and page_file.is_file()
    from claimcheck import load_document

    doc = load_document(str(ISSUE_TXT))
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1400, 1000):
        page = _open(browser, page_file, width)
        got = check_panel_and_columns(page, width)
        assert any(len(v["text"]) > 60 for v in got["values"])
        page.screenshot(path=str(ARTIFACTS / f"corpus-{width}.png"))
        check_reference_marks(page, doc)
        assert page.locator("sup.ref.missing", has_text="6").count() >= 1  # "reference 6 has no footnote"
        assert {"1046", "1066"} <= {n["text"] for n in check_line_numbers(page)}
        # the path is named once (the folder in the header), rows give line:column
        assert page.locator("#findings-table tr.finding a").first.inner_text() == "157:33"
        html = page_file.read_text(encoding="utf-8")
        assert html.count(str(ISSUE_TXT.parent)) == 1
        link = page.locator("#findings-table a", has_text="157:33")
        target = link.get_attribute("href")[1:]
        link.click()
        t = page.evaluate(TARGET, target)
        assert t["top"] >= t["header"] and t["bottom"] <= t["vh"] and t["text"] == "6", t
        page.screenshot(path=str(ARTIFACTS / f"corpus-{width}-finding.png"))
        assert not page.errors, page.errors
        assert all(u.startswith(("file:", "data:", "about:")) for u in page.requests)
        page.close()


def test_hostile_draft_name_title_and_url(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = 'x" onmouseover="window.hacked=3"><img src=x onerror=window.hacked=4>.md'
    (tmp_path / name).write_text(
        '---\ntitle: "<script>window.hacked = 5</script> & \\"quotes\\""\n---\n\n'
        'A line with <script>window.hacked = 6</script> and "quotes".[^1] A reference with no note.[^2]\n\n'
        '[^1]: "A <i onclick=\'window.hacked=7\'>title</i>," Outlet, May 2, 2024, https://example.org/"><script>window.hacked=8</script>.\n',
        encoding="utf-8",
    )
    page_file = tmp_path / "r.html"
    page_file.write_text(render(verify([name], Settings()), "html"), encoding="utf-8")
    page = _open(browser, page_file, 1000)
    page.mouse.move(300, 300)
    for link in page.locator("#findings-table a").all():
        link.click()
    assert page.evaluate("window.hacked === undefined")
    assert page.locator("h1").inner_text() == '<script>window.hacked = 5</script> & "quotes"'
    assert name in page.locator("#findings-table tr.file-row").inner_text()
    assert page.locator("main img, main i, main script").count() == 0
    assert not page.errors, page.errors
    page.close()
