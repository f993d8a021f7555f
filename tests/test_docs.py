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


def _console_blocks(text: str):
    for m in re.finditer(r"```console\n\$ (claimcheck [^\n]+)\n(.*?)```", text, re.S):
        yield m.group(1), m.group(2)


def test_readme_examples_show_real_output():
    """Every README console example on the bundled example draft prints what it shows."""
    import shlex

    from conftest import run_cli

    checked = 0
    for command, shown in _console_blocks((ROOT / "README.md").read_text(encoding="utf-8")):
        args = shlex.split(command)[1:]
        if "docs/examples/issue-23.md" not in args or "…" in shown:
            continue  # examples on the real issue, or shortened ones, are not compared
        res = run_cli(*args)
        assert res.stdout == shown, f"README example drifted: {command}"
        checked += 1
    assert checked >= 2
