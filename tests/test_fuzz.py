"""Fuzzing the whole command (issue 18): drafts, front matter, registry files and settings
made of the characters and constructs that broke claimcheck before. Whatever the input,
the exit status is 0, 1 or 2 and there is never an internal error (E999).

The examples are few and, under the CI profile (tests/conftest.py), the same on every run;
``benchmarks/fuzz.py`` runs the same targets with many more examples.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_in_process

#: pieces that broke a pattern, a rule or a reader before (see issue 18), and plain words
PIECES = [
    "1",
    "1,",
    "1.",
    "2024-",
    "[^1]",
    "[^99999999999999999999]",
    "[",
    "[a](",
    "](",
    "AB ",
    "A",
    "中国",
    "航天",
    "https://x[y/2022_04_16",
    "https://example.org/a/b.html",
    "www.",
    "a@b.c",
    "\\",
    "::",
    "->",
    "_",
    "<",
    ">",
    "{",
    "}",
    "=",
    "*",
    "**",
    "`",
    "#",
    "# ",
    "- ",
    "1. ",
    "| a | b |\n",
    "---\n",
    "+++\n",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\x00",
    "\u00ad",
    "\u200b",
    "\ufeff",
    "%",
    "$",
    "€",
    "million",
    "billion",
    "per cent",
    "about ",
    "more than ",
    "In 2019, ",
    "on 3 March 2021",
    "Jan-5-2020",
    "5/7/2020",
    "the 1990s",
    "(ILRS)",
    "International Lunar Research Station",
    "Egypt, Serbia and Thailand",
    "members of the pact: ",
    "Wang Wei",
    "Wei",
    "“",
    "”",
    '"',
    "'",
    "said ",
    "the harbour",
    " opened",
    " launched",
    "Tianwen-3",
    ".",
    "!",
    "?",
    ":",
    ";",
    "(",
    ")",
    "-\n",
    "–",
]
text_pieces = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=60).map("".join)

YAML_PIECES = [
    "id: x\n",
    "- ",
    "  ",
    "kind: count\n",
    "kind: money\n",
    "kind: date\n",
    "kind: member_list\n",
    "value: ",
    ".inf",
    ".nan",
    "1e400",
    "9" * 400,
    "!!int ",
    "!!float ",
    "!!binary ",
    "!!timestamp ",
    "!!str ",
    "2025-02-30",
    "2025-13-01",
    "0000-01-01",
    "&a ",
    "*a",
    "<<: *a\n",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\n",
    "statement: s\n",
    "thing: containers\n",
    "unit: '2**2**2'\n",
    "unit: km\n",
    "as_of: 2024-01-01\n",
    "status: verified\n",
    "sources:\n",
    "  - title: t\n",
    "members: [A, B]\n",
    "currency: EUR\n",
    "'",
    '"',
    "#",
    "title: ",
    "date: ",
    "status: ",
    "T25:00",
    "x",
    "\t",
    "\x00",
    "? ",
    "|",
    ">",
]
yaml_text = st.lists(st.sampled_from(YAML_PIECES) | st.text(max_size=4), max_size=40).map("".join)

TOML_PIECES = [
    "[tool]\n",
    "[tool.claimcheck]\n",
    "tool = 5\n",
    "claimcheck = 5\n",
    "max-size-mb = ",
    "inf",
    "nan",
    "-1",
    "0",
    "1e400",
    "time-budget = ",
    "select = ",
    "ignore = ",
    '["FN"]',
    '["ZZ9"]',
    '"ALL"',
    "[",
    "]",
    "\n",
    "fail-on = ",
    '"never"',
    '"bogus"',
    "publication-date = ",
    "2025-02-30",
    "1979-05-27",
    "reader = ",
    '"markdown"',
    "[tool.claimcheck.rules.FN004]\n",
    "x = 1\n",
    '"',
    "'",
    "=",
    "#",
    "{",
    "}",
    ",",
]
toml_text = st.lists(st.sampled_from(TOML_PIECES) | st.text(max_size=3), max_size=30).map("".join)

FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def check_draft(folder: Path, name: str, data: bytes, *extra: str, capsys=None) -> tuple[int, str]:
    (folder / name).write_bytes(data)
    code, _, err = run_in_process(
        "verify", str(folder / name), "--no-cache", "--time-budget", "60", *extra, capsys=capsys
    )
    return code, err


def assert_clean(code: int, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    assert "E999" not in err and "Traceback" not in err, err


def _keep_env(monkeypatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_DEBUG", raising=False)


@FUZZ
@given(text=text_pieces, suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_fuzz_drafts(tmp_path, capsys, monkeypatch, text, suffix):
    _keep_env(monkeypatch)
    code, err = check_draft(tmp_path, "draft" + suffix, text.encode("utf-8", "surrogatepass"), capsys=capsys)
    assert_clean(code, err)


@FUZZ
@given(front=yaml_text, body=text_pieces, toml=st.booleans())
def test_fuzz_front_matter(tmp_path, capsys, monkeypatch, front, body, toml):
    _keep_env(monkeypatch)
    fence = "+++" if toml else "---"
    data = f"{fence}\n{front}\n{fence}\n\n# Title\n\n{body}\n".encode("utf-8", "surrogatepass")
    code, err = check_draft(tmp_path, "draft.md", data, "--publication-date", "2024-01-01", capsys=capsys)
    assert_clean(code, err)
    assert code != 2 or "error[E1" in err, err  # front matter never refuses a draft


@FUZZ
@given(registry=yaml_text)
def test_fuzz_registry(tmp_path, capsys, monkeypatch, registry):
    _keep_env(monkeypatch)
    (tmp_path / "reg.yml").write_bytes(registry.encode("utf-8", "surrogatepass"))
    code, _, err = run_in_process("claims", "check", str(tmp_path / "reg.yml"), capsys=capsys)
    assert_clean(code, err)
    (tmp_path / "a.md").write_text("# T\n\nThe port handled 12 million containers in 2023.\n", encoding="utf-8")
    code, _, err = run_in_process(
        "verify", str(tmp_path / "a.md"), "--claims", str(tmp_path / "reg.yml"), "--no-cache", capsys=capsys
    )
    assert_clean(code, err)


@FUZZ
@given(config=toml_text, pyproject=st.booleans())
def test_fuzz_settings(tmp_path, capsys, monkeypatch, config, pyproject):
    _keep_env(monkeypatch)
    name = "pyproject.toml" if pyproject else "claimcheck.toml"
    (tmp_path / name).write_bytes(config.encode("utf-8", "surrogatepass"))
    (tmp_path / "a.md").write_text("# T\n\nThe harbour opened in 2019.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run_in_process("verify", "a.md", "--no-cache", capsys=capsys)
    assert_clean(code, err)
    os.chdir(tmp_path)  # monkeypatch restores the folder
