"""Everything that could drift from the code is generated or checked here."""

from __future__ import annotations

import re

import claimcheck
from claimcheck.rules.docs import catalogue_markdown
from conftest import ROOT


def test_rules_md_is_generated_from_the_docstrings():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == catalogue_markdown(), (
        "regenerate: claimcheck rules --format markdown > docs/rules.md"
    )


def test_every_error_code_is_documented():
    documented = set(re.findall(r"^\| (E\d{3}) \|", (ROOT / "docs" / "errors.md").read_text(), re.M))
    used = set()
    for path in (ROOT / "src" / "claimcheck").rglob("*.py"):
        used |= set(re.findall(r'code="(E\d{3})"', path.read_text(encoding="utf-8")))
    assert used - documented == set()


def test_public_api_is_sorted_and_importable():
    assert claimcheck.__all__ == sorted(claimcheck.__all__)
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None


def test_readme_opens_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S).group(1).strip().splitlines()
    assert block[0].endswith("claimcheck verify docs/examples/issue-23.md")
    assert block[1].endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install --quiet --disable-pip-version-check '.[test]'" in ci and "python -m pytest" in ci
