"""LS001 and AR005 on causes of misses (session 24), our own sentences in
``benchmarks/cases/ls24-own.yml``: a list against the same list in the note that is its
source (the note its sentence cites, or the note the first sentence after a bulleted list
cites), two lists of one size that differ by one name. Each defect gives one finding of
its rule, each trap none of its family."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.extract.linking import swapped_run
from tests.rules.test_cases import run_rule

_CASES = yaml.safe_load((Path(__file__).parents[2] / "benchmarks" / "cases" / "ls24-own.yml").read_text("utf-8"))
_ITEMS = {item["id"]: item for item in _CASES["items"]}
_CODES = {"LS": ("LS001",), "AR": ("AR004", "AR005"), "NU": ("NU004",)}


def _run(item: dict, tmp_path: Path) -> list:
    text = item["text"]
    if item.get("publication_date"):  # the draft's own date, as a front matter says it
        text = f"---\npublication_date: {item['publication_date']}\n---\n{text}"
    found = []
    for code in _CODES[item["kind"]]:
        found += [(f, text) for f in run_rule(code, text, "markdown", tmp_path)]
    return found


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "defect"))
def test_defect_found(case: str, tmp_path: Path) -> None:
    item = _ITEMS[case]
    found = [(f, text) for f, text in _run(item, tmp_path) if f.rule == item["rule"]]
    assert len(found) == 1, [f.message for f, _ in found]
    f, text = found[0]
    assert f.location.line == text[: text.index(item["at"])].count("\n") + 1


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "trap"))
def test_trap_silent(case: str, tmp_path: Path) -> None:
    found = _run(_ITEMS[case], tmp_path)
    assert found == [], [f.message for f, _ in found]


@pytest.mark.parametrize(
    ("text", "members", "name", "member"),
    [
        ('"Talks of Ghana, Benin and Togo on tariffs"', ["Ghana", "Mali", "Togo"], "Benin", "Mali"),
        (
            "(Dame Ada Lee, Professor Ian Moss and Sir Ed Park)",
            ["Ada Lee", "Ian Moss", "Kim Roe"],
            "Sir Ed Park",
            "Kim Roe",
        ),
        (
            '"Fines for Acme Ltd, Borel, Corvo and Delta Feeds"',
            ["Acme Ltd", "Borel", "Corvo", "Omega"],
            "Delta Feeds",
            "Omega",
        ),
    ],
)
def test_swapped_run(text: str, members: list[str], name: str, member: str) -> None:
    found = swapped_run(text, [[m] for m in members])
    assert found is not None
    (x, y), k = found
    assert (text[x:y], members[k]) == (name, member)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ('"Talks of Ghana, Benin, Chad and Togo"', ["Ghana", "Mali", "Togo"]),  # another count
        ('"Talks of Ghana, Benin and Chad"', ["Ghana", "Mali", "Togo"]),  # one shared
        ('"Talks including Ghana, Benin and Togo"', ["Ghana", "Mali", "Togo"]),  # partial
        ('"Ghana and Togo"', ["Ghana", "Togo"]),  # two members: too few
    ],
)
def test_no_swapped_run(text: str, members: list[str]) -> None:
    assert swapped_run(text, [[m] for m in members]) is None
