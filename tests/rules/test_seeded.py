"""Seeded defects: one defect of each kind put into the example issue, one at a time.

Each seed edits a copy of ``docs/examples/issue-23.md`` (replacing text, never adding a
line above the baseline's findings) and must produce exactly one new finding, of the
expected rule and with the expected message; every finding the example already had must
stay as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document
from conftest import EXAMPLE

ALL = Settings(select=["ALL"], ignore=["RG"], preview=True)


@dataclass(frozen=True)
class Seed:
    name: str
    rule: str
    edits: tuple[tuple[str, str], ...]
    message: str  # a part of the expected message


SEEDS = [
    # arithmetic
    Seed(
        "a share that does not match its two figures",
        "AR001",
        (
            (
                "In just the past 12 months, three phone makers have put",
                "In just the past 12 months, three of the five phone makers, or 80%, have put",
            ),
        ),
        "three of five is 60%, not 80%",
    ),
    Seed(
        "a rise that does not follow from its two values",
        "AR002",
        (("market was worth 580 billion euros in 2023", "market grew from 500 to 580 billion euros in 2023, up 20%"),),
        "is a rise of 16%, not 20%",
    ),
    Seed(
        "a distance restated in miles that does not convert",
        "AR003",
        (("back from Mars.", "back from Mars, 225 million km (90 million miles) away."),),
        "is 139.8 million miles, not 90 million",
    ),
    Seed(
        "parts that do not add up to their total",
        "AR004",
        (
            (
                "market was worth 580 billion euros in 2023",
                "market was worth 580 billion euros in 2023, split into 300 billion for launches and 200 billion for satellites",
            ),
        ),
        "the parts add up to 500 billion",
    ),
    Seed(
        "an age that does not follow from the publication date",
        "AR005",
        (("In just the past 12 months, three phone makers", "In 2020, a decade ago, three phone makers"),),
        '2020 is 5 years before the publication date (2025-06-30), not "a decade ago"',
    ),
    # reading
    Seed(
        "front-matter value of the wrong type",
        "CC002",
        (("status: draft", "status: [draft, review]"),),
        "front matter 'status': ['draft', 'review'] is not understood",
    ),
    # footnotes
    Seed(
        "note defined twice",
        "FN001",
        (('[^3]: "China sets', '[^2]: Frank Chen, "A second note two," SCMP, 2024.\n[^3]: "China sets'),),
        "footnote 2 is defined twice in article 1",
    ),
    Seed(
        "reference without note",
        "FN002",
        (("back from Mars.", "back from Mars.[^4]"),),
        "reference 4 has no footnote in article 1",
    ),
    Seed(
        "note never referenced",
        "FN003",
        (("c90000-20222255.html.\n", "c90000-20222255.html.\n[^4]: A note left over from an earlier draft.\n"),),
        "footnote 4 is never referenced",
    ),
    Seed(
        "references out of order",
        "FN004",
        (("tracking network.[^2]", "tracking network.[^3]"), ('universe."[^3]', 'universe."[^2]')),
        "reference 2 comes after reference 3",
    ),
    # acronyms
    Seed(
        "acronym expanded two ways",
        "AC001",
        (("Lunar Research Station\n(ILRS) open", "Lunar Rover Station\n(ILRS) open"),),
        "'ILRS' is expanded as",
    ),
    Seed("acronym letters swapped", "AC002", (("(CNSA)", "(CNAS)"),), "'CNAS' does not fit"),
    Seed(
        "expansion cut short",
        "AC003",
        (
            (
                "the Strategic Support Force (SSF) once ran",
                "the State Administration for Science, Technology and Industry for National (SASTIND) once ran",
            ),
        ),
        "expansion of 'SASTIND' stops short",
    ),
    Seed(
        "acronym used before its definition",
        "AC004",
        (("Phone makers now sell", "Phone makers and CASC now sell"),),
        "'CASC' is used before it is defined",
    ),
    Seed(
        "acronym never defined",
        "AC005",
        (("plans the civil missions;", "plans the civil missions and OSAM work;"),),
        "'OSAM' is never defined",
    ),
    Seed(
        "acronym defined only in another article",
        "AC005",
        (("took over part of the work", "took over part of the SSF work"),),
        "'SSF' is not defined in this article (it is defined in article 3)",
    ),
    # lists
    Seed(
        "second list of members differs",
        "LS001",
        (
            (
                "(ILRS) open to new partners,",
                "(ILRS) open to new partners. Egypt, Serbia and Pakistan have joined the ILRS,",
            ),
        ),
        "members of ILRS differ from the list at line 15",
    ),
    Seed(
        "declared count differs from the list",
        "LS002",
        (
            (
                "[^2]: Marc Julienne,",
                "[^2]: As of January 2024, the station included four countries (Egypt, Serbia and Thailand): Marc Julienne,",
            ),
        ),
        "the list declares 4 members",
    ),
    # citations
    Seed(
        "citation year differs from its URL",
        "CT001",
        (("Guancha, November 1, 2024,", "Guancha, November 1, 2023,"),),
        "but its URL says 2024-11-01",
    ),
    Seed(
        "citation day differs from its URL",
        "CT001",
        (("Global Times, April 20, 2024,", "Global Times, May 20, 2024,"),),
        "but its URL says 2024-04",
    ),
    Seed(
        "URL cut off",
        "CT002",
        (("https://www.sohu.com/a/845896624_121798711.", "https://www."),),
        "has no top-level domain",
    ),
    Seed(
        "URL with an encoded space",
        "CT002",
        (("https://www.ithome.com/0/764/499.htm.", "https://www.ithome.com/0/764/499.htm%20."),),
        "ends with an encoded space",
    ),
    Seed(
        "as of later than the source",
        "CT003",
        (
            (
                "[^2]: Marc Julienne,",
                "[^2]: As of March 2024, the station included three countries (Egypt, Serbia and Thailand): Marc Julienne,",
            ),
        ),
        "'as of 2024-03' is later than the source cited for it (2024-01)",
    ),
    Seed(
        "same source described two ways",
        "CT004",
        (
            ('mysteries of the universe."\n\n', 'mysteries of the universe."[^4]\n\n'),
            (
                "c90000-20222255.html.\n",
                'c90000-20222255.html.\n[^4]: Qi Qian, "Mars samples ahead of schedule," Guancha, November 1, 2024, https://www.guancha.cn/internation/2024_11_01_753824.shtml.\n',
            ),
        ),
        "cites the same source as footnote 1 (same article) with different details: title",
    ),
    # numbers
    Seed("conversion off", "NU001", (("(806 billion euros)", "(906 billion euros)"),), "not 906 billion EUR"),
    Seed(
        "second conversion implies another rate",
        "NU002",
        (
            (
                "plans the civil missions;",
                "plans the civil missions, for a market put at 6.6 trillion yuan (756 billion euros) in 2029;",
            ),
        ),
        "this conversion implies",
    ),
    Seed(
        "one count stated two ways",
        "NU003",
        (("plans the civil missions;", "plans the civil missions for a country with 3 million 5G base stations;"),),
        "'3 million 5G base stations' here, but 'more than 4 million 5G base stations'",
    ),
    Seed(
        "figure contradicts its source's title",
        "NU004",
        (("more than 4 million 5G base stations", "more than 5 million 5G base stations"),),
        "the source cited in footnote 1 says '4 million 5G base stations'",
    ),
    # dates
    Seed(
        "launch year outside the mission's range",
        "DT001",
        (("slated for launch in 2028", "slated for launch in 2033"),),
        "'2033' dates the launch of",
    ),
    Seed(
        "source older than the window",
        "DT002",
        (("Sohu, January 6, 2025,", "Sohu, January 6, 2024,"),),
        "'In just the past 12 months' (from 2024-06-30",
    ),
    Seed(
        "window narrower than its source",
        "DT002",
        (("In just the past 12 months", "In just the past 3 months"),),
        "'In just the past 3 months' (from 2025-03-30",
    ),
    # names
    Seed(
        "mission name written two ways",
        "NM001",
        (("Tianwen-3 is\nslated", "Tianwen 3 is\nslated"),),
        "'Tianwen 3' is also written 'Tianwen-3'",
    ),
    Seed(
        "inner capital dropped",
        "NM001",
        (("plans the civil missions;", "plans the civil missions and the Beidou network;"),),
        "'Beidou' is also written 'BeiDou'",
    ),
    Seed(
        "given name used for a Chinese name",
        "NM002",
        (("Dai says the\nchips", "Zheng says the\nchips"),),
        "'Zheng' calls Dai Zheng by the given name",
    ),
    # quotations
    Seed(
        "quotation reworded",
        "QT001",
        (
            (
                'all nations to explore the mysteries of the universe."\n\n',
                'all nations to explore the secrets of the universe."\n\n',
            ),
        ),
        "'mysteries' → 'secrets'",
    ),
    # claimcheck itself
    Seed(
        "suppression that suppresses nothing",
        "CC001",
        (("# Missions and Partners\n", "# Missions and Partners\n\n<!-- claimcheck: ignore[NU001] -->"),),
        "suppression of NU001 matches no finding",
    ),
    Seed(
        "suppression with a stale code",
        "CC001",
        (("The engineer Dai Zheng", "<!-- claimcheck: ignore[AC002] --> The engineer Dai Zheng"),),
        "suppression of AC002 matches no finding",
    ),
]


def _findings(path: Path) -> list:
    doc = load_document(path)
    kept, _ = check_document(doc, build_rules(ALL), ALL)
    return kept


def _key(f) -> tuple[str, str]:
    return (f.rule, f.message)


@pytest.fixture(scope="module")
def baseline():
    return Counter(_key(f) for f in _findings(EXAMPLE))


def test_baseline_is_the_known_footnote_defect(baseline):
    assert sorted(r for r, _ in baseline) == ["FN001", "FN002"]


def test_there_are_at_least_thirty_seeds_covering_the_catalogue():
    from claimcheck.rules.catalogue import RULES

    assert len(SEEDS) >= 30
    covered = {s.rule for s in SEEDS}
    missing = {r.code for r in RULES if not r.code.startswith("RG")} - covered
    assert missing == set()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: f"{s.rule}-{s.name}")
def test_seeded_defect_gives_exactly_its_finding(seed, baseline, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in seed.edits:
        assert text.count(old) == 1, f"seed anchor not unique: {old!r}"
        text = text.replace(old, new)
    path = tmp_path / "issue-23.md"
    path.write_text(text, encoding="utf-8")
    found = Counter(_key(f) for f in _findings(path))
    added = found - baseline
    removed = baseline - found
    assert removed == Counter(), f"baseline findings changed: {removed}"
    assert len(added) == 1 and sum(added.values()) == 1, f"expected one new finding, got {added}"
    ((rule, message),) = added
    assert rule == seed.rule and seed.message in message, (rule, message)
