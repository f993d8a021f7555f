"""NU003: false alarms of the counts path, one mended and one known, kept as tests.

Two counts of one noun and year where one is of a named part (a district the other never
names) or one of a series of three were silent only because the first figure took "per
month" from its source's name ("according to its monthly bulletin"); once a figure's
clause ends at ", according to …" (the source's cadence is no period of the figure), the
counts path (``_counts``, not the "alone" path, which has both vetoes) linked them. The
counts path now has the part veto (``_part_named``: a named part against a sentence that
names nothing). A series veto (a third count of the noun and year within twice either
value) was tried and dropped: it silenced real slips beside a cap or quota of the same noun
("a quota of 45,000 visas" beside 36,280 issued and "about 32,000" restated), so the series
case stays a strict expected failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.pipeline import verify

_HEAD = """# Beekeeping in the county

The county keeps a register of beekeepers and inspects apiaries for foulbrood.

Beekeepers registered 5,820 hives with the county in 2022, according to its monthly bulletin.

Most keepers are hobbyists with one or two apiaries.

"""

_DRAFTS = {
    "a series of three values of one year": _HEAD
    + "Inspectors counted 7,400 hives in 2022 once swarms caught in the spring were added.\n\n"
    "## Inspections\n\nThe 6,900 hives on the county's books in 2022 were each visited at least once.\n",
    "a named district the other never names": _HEAD + "Winter losses were lower than in the previous decade.\n\n"
    "## Inspections\n\nThe 6,900 hives on the books of the Weald district in 2022 were each visited at least once.\n",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            "a series of three values of one year",
            marks=pytest.mark.xfail(strict=True, reason="the counts path has no series veto"),
        ),
        "a named district the other never names",
    ],
)
def test_known_false_alarm_stays_silent(tmp_path: Path, name: str) -> None:
    path = tmp_path / "draft.md"
    path.write_text(_DRAFTS[name], encoding="utf-8")
    result = verify([path], Settings(select=["NU003"]))
    assert [f.message for f in result.findings] == []
