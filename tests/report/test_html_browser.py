"""The HTML report in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

``.ci/run`` installs the browser; without it (or without the ``playwright`` package) the
test is skipped, saying why. The screenshot goes to ``test-artifacts/report.png``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.pipeline import verify
from claimcheck.report import render
from conftest import ROOT

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
    sync_api = pytest.importorskip("playwright.sync_api", reason="the `playwright` package is not installed (pip install '.[test]')")
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
        "Issue <script>window.hacked = 1</script> with <img src=x onerror=\"window.hacked = 2\"> text.\n",
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
