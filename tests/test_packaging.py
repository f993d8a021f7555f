"""Packaging: the licence ships, the version is written once, dependencies we rely on
privately are bounded."""

from __future__ import annotations

import tomllib

import claimcheck
from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_an_spdx_licence_and_the_licence_file():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_version_is_written_once():
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "claimcheck.__version__"}
    assert claimcheck.__version__.count(".") == 2


def test_pytest_bdd_is_bounded_below_its_next_major():
    deps = PYPROJECT["project"]["dependencies"]
    assert any(d.replace(" ", "").startswith("pytest-bdd>=9.0,<10") for d in deps)


def test_docs_never_install_claimcheck_by_name():
    for path in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        text = path.read_text(encoding="utf-8")
        assert "pip install claimcheck\n" not in text and "pip install claimcheck " not in text, path
