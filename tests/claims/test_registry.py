"""The registry of reviewed claims: file format, located errors, matching, safe writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from claimcheck.claims.models import (
    CountClaim,
    DateClaim,
    MemberListClaim,
    MoneyClaim,
    MoneyValue,
    PartialDate,
    QuantityClaim,
)
from claimcheck.config import Settings
from claimcheck.document import Location
from claimcheck.registry.matching import (
    match_claim,
    member_key,
    normalise,
    stems,
    thing_key,
)
from claimcheck.registry.store import dump_entries, json_schema, load_registry

CLAIMS = ROOT / "claims"
EXAMPLE_CLAIMS = ROOT / "docs" / "examples" / "claims"

GOOD = """\
- id: five-g
  statement: China had four million 5G base stations.
  kind: count
  value: 4000000
  thing: 5G base stations
  as_of: 2024-09-25
  sources:
    - title: China home to 4 million 5G base stations
  status: verified
  tolerance: 5%
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the repository's registries
def test_repository_registry_is_valid_and_holds_the_issue_claims():
    reg = load_registry(CLAIMS)
    assert reg.errors == [], [e.render() for e in reg.errors]
    ids = {e.id for e in reg}
    assert {
        "china-commercial-space-2023",
        "china-commercial-space-2029-forecast",
        "china-5g-base-stations-2024-09",
        "ilrs-members-2024-07",
        "ilrs-partners-joined-issue-text",
        "tianwen-3-launch",
        "tianwen-3-sample-return",
        "pla-reorganisation-2024-04",
    } <= ids
    for e in reg:
        if e.status == "verified":
            assert e.sources and all(s.url for s in e.sources), e.id
            # nobody opened these sources: the entries say they are examples, and name no reviewer
            assert e.example and e.reviewed_by is None and e.reviewed_on is None, e.id
    ilrs = reg.get("ilrs-members-2024-07")
    assert len(ilrs.members) == 12 and set(ilrs.founders) == {"China", "Russia"}
    assert "Senegal" in reg.get("ilrs-partners-joined-issue-text").members
    assert reg.get("ilrs-partners-joined-issue-text").status == "unverified"


def test_example_registry_copies_the_repository_entries():
    example = load_registry(EXAMPLE_CLAIMS)
    root = load_registry(CLAIMS)
    assert example.errors == [] and len(example) >= 4
    for entry in example:
        assert entry.model_dump() == root.get(entry.id).model_dump(), entry.id


def test_json_schema_is_current():
    assert (ROOT / "docs" / "claims.schema.json").read_text(encoding="utf-8") == json_schema(), (
        "regenerate: claimcheck claims schema -o docs/claims.schema.json"
    )


def test_json_schema_accepts_the_registry_files_and_rejects_bad_entries():
    jsonschema = pytest.importorskip("jsonschema")
    from claimcheck.registry.store import _Loader

    schema = json.loads(json_schema())
    validator = jsonschema.Draft202012Validator(schema)
    files = list(CLAIMS.rglob("*.yml")) + list(EXAMPLE_CLAIMS.rglob("*.yml"))
    assert files
    for path in files:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        assert list(validator.iter_errors(data)) == [], path
    entry = yaml.load(GOOD, Loader=_Loader)[0]
    assert validator.is_valid(entry) and validator.is_valid([entry])
    assert not validator.is_valid({**entry, "colour": "red"})
    assert not validator.is_valid({**entry, "status": "maybe"})
    assert not validator.is_valid({k: v for k, v in entry.items() if k != "thing"})


def test_docs_name_the_schema_line():
    text = (ROOT / "docs" / "registry.md").read_text(encoding="utf-8")
    assert "# yaml-language-server: $schema=" in text
    for path in CLAIMS.rglob("*.yml"):
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


# --------------------------------------------------------------------------- the format
def test_one_entry_a_list_and_nested_folders(tmp_path):
    write(tmp_path, "a.yml", GOOD)
    write(tmp_path, "deep/er/b.yaml", GOOD.replace("- id: five-g", "id: five-g-again").replace("\n  ", "\n"))
    write(tmp_path, ".hidden/c.yml", "not: [valid")
    write(tmp_path, "notes.txt", "ignored")
    reg = load_registry(tmp_path)
    assert reg.errors == []
    assert [e.id for e in reg] == ["five-g", "five-g-again"]
    assert reg.files == [f"{tmp_path}/a.yml", f"{tmp_path}/deep/er/b.yaml"]
    e = reg.get("five-g")
    assert e.as_of == PartialDate(year=2024, month=9, day=25)
    assert e.location().line == 1 and e.location("value").line == 4 and e.location("value").column == 3
    assert e.tolerance_for(4_000_000) == pytest.approx(200_000)


def test_partial_dates_units_and_currencies_are_normalised(tmp_path):
    write(
        tmp_path,
        "a.yml",
        """\
- id: q
  statement: s
  kind: quantity
  value: 3000
  unit: kilometres
  as_of: 2019
- id: m
  statement: s
  kind: money
  value: 6.6e12
  currency: CNY
  equivalent: {amount: 858000000000, currency: EUR}
  year: 2029
  as_of: 2024-12
- id: d
  statement: s
  kind: date
  date: 2028
  end_date: 2031-06
  event: launch
  as_of: 2024-11-01
""",
    )
    reg = load_registry(tmp_path)
    assert reg.errors == []
    assert reg.get("q").unit == "kilometer" and reg.get("q").as_of.precision == "year"
    assert reg.get("m").equivalent == MoneyValue(amount=858e9, currency="EUR")
    d = reg.get("d")
    assert (d.date.iso(), d.end_date.iso(), d.as_of.iso()) == ("2028", "2031-06", "2024-11-01")


BAD = [
    # (file text, code, line, column, message fragment)
    ("- id: a\n  statement: [unclosed\n  kind: count\n", "E301", 3, 7, "malformed YAML"),
    ('id: a\nstatement: "open\n', "E301", 2, 12, "malformed YAML"),
    (
        "- id: a\n  statement: s\n  kind: count\n  value: 3\n  as_of: 2024\n",
        "E302",
        1,
        3,
        "entry `a` is missing `thing`",
    ),
    (
        "- id: a\n  statement: s\n  kind: count\n  value: 3\n  thing: x\n  as_of: 2024\n  colour: red\n",
        "E302",
        7,
        3,
        "unknown key `colour`",
    ),
    ("- id: a\n  statement: s\n  kind: rumour\n  as_of: 2024\n", "E302", 3, 9, "unknown kind 'rumour'"),
    ("- id: a\n  statement: s\n  as_of: 2024\n", "E302", 1, 3, "has no `kind`"),
    ("- id: a\n  statement: s\n  kind: count\n  value: many\n  thing: x\n  as_of: 2024\n", "E302", 4, 10, "`value`"),
    (
        "- id: a\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n  status: maybe\n",
        "E302",
        7,
        11,
        "`status`",
    ),
    (
        "- id: Not A Slug\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n",
        "E302",
        1,
        7,
        "must be a slug",
    ),
    ("- just a string\n", "E302", 1, 3, "must be a mapping"),
    (
        "- id: a\n  statement: s\n  kind: quantity\n  value: 1\n  unit: parsecs per fortnightly\n  as_of: 2024\n",
        "E304",
        5,
        9,
        "unknown unit 'parsecs per fortnightly'",
    ),
    (
        "- id: a\n  statement: s\n  kind: money\n  value: 1\n  currency: EUX\n  as_of: 2024\n",
        "E305",
        5,
        13,
        "unknown currency 'EUX'",
    ),
    (
        "- id: a\n  statement: s\n  kind: money\n  value: 1\n  currency: EUR\n  equivalent: {amount: 2, currency: ABC}\n  as_of: 2024\n",
        "E305",
        6,
        15,
        "unknown currency 'ABC'",
    ),
    (
        "- id: a\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024-02-30\n",
        "E306",
        6,
        10,
        "2024-02-30 is not a date",
    ),
    ("- id: a\n  statement: s\n  kind: date\n  date: 2024-13\n  as_of: 2024\n", "E306", 4, 9, "no month 13"),
    (
        "- id: a\n  statement: s\n  kind: date\n  date: 2031\n  end_date: 2028\n  as_of: 2024\n",
        "E306",
        1,
        3,
        "end_date 2028 is before date 2031",
    ),
    (
        "- id: a\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n  reviewed_on: 2025-04-31\n",
        "E306",
        7,
        16,
        "2025-04-31 is not a date",
    ),
    (
        "- id: a\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n  status: verified\n",
        "E307",
        7,
        3,
        "verified but names no source",
    ),
    (
        "id: a\nid: b\nstatement: s\nkind: count\nvalue: 1\nthing: x\nas_of: 2024\n",
        "E310",
        2,
        1,
        "key `id` is written twice",
    ),
    (
        "- id: a\n  statement: s\n  kind: member_list\n  group: G\n  members: [X]\n  founders: [Y]\n  as_of: 2024\n",
        "E302",
        1,
        3,
        "founder 'Y' is not in members",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "line", "column", "fragment"), BAD, ids=[f"{b[1]}-{i}" for i, b in enumerate(BAD)]
)
def test_each_problem_is_one_located_error_with_a_caret(tmp_path, text, code, line, column, fragment):
    path = write(tmp_path, "bad.yml", text)
    reg = load_registry(path)
    assert len(reg.errors) == 1, [e.render() for e in reg.errors]
    err = reg.errors[0]
    assert (err.code, err.path, err.line, err.column) == (code, str(path), line, column)
    assert fragment in err.message
    rendered = err.render().splitlines()
    assert rendered[0].startswith(f"error[{code}]: {path}:{line}:{column}: ")
    assert rendered[1] == f" {line} | {text.splitlines()[line - 1]}"
    assert rendered[2].index("^") == rendered[1].index("|") + 2 + column - 1


def test_duplicate_ids_name_both_places(tmp_path):
    write(tmp_path, "a.yml", GOOD)
    write(tmp_path, "sub/b.yml", GOOD.replace("kind: count", "kind: count\n  notes: again"))
    reg = load_registry(tmp_path)
    [err] = reg.errors
    assert err.code == "E303" and err.path == f"{tmp_path}/sub/b.yml" and (err.line, err.column) == (1, 7)
    assert f"first defined at {tmp_path}/a.yml:1:7" in err.message
    assert [e.id for e in reg] == ["five-g"]


def test_every_problem_of_a_file_is_reported_and_valid_entries_kept(tmp_path):
    text = GOOD + BAD[10][0] + BAD[11][0].replace("id: a", "id: b")
    reg = load_registry(write(tmp_path, "mixed.yml", text))
    assert [e.code for e in reg.errors] == ["E304", "E305"]
    assert [e.id for e in reg] == ["five-g"]


def test_missing_registry_and_unreadable_files(tmp_path):
    reg = load_registry(tmp_path / "nope")
    assert [(e.code, e.path) for e in reg.errors] == [("E308", str(tmp_path / "nope"))]
    path = tmp_path / "latin1.yml"
    path.write_bytes(b"id: caf\xe9\n")
    [err] = load_registry(path).errors
    assert (err.code, err.line, err.column) == ("E309", 1, 8)


def test_dumped_entries_load_back_identical(tmp_path):
    reg = load_registry(CLAIMS)
    text = dump_entries(reg.entries, schema="../docs/claims.schema.json")
    assert text.startswith("# yaml-language-server: $schema=../docs/claims.schema.json\n")
    again = load_registry(write(tmp_path, "all.yml", text))
    assert again.errors == []
    assert [e.model_dump() for e in again] == [e.model_dump() for e in reg]


def test_uses_the_c_parser_when_available():
    from claimcheck.registry import store as registry

    if yaml.__with_libyaml__:
        assert issubclass(registry._Loader, yaml.CSafeLoader)


# --------------------------------------------------------------------------- matching
def _loc():
    return Location(path="d.md", line=1, column=1)


def _count(value, thing, written, scale=None, qualifier=None, sentence=""):
    return CountClaim(
        text=written,
        location=_loc(),
        start=0,
        end=1,
        sentence=sentence,
        value=value,
        written=written,
        scale=scale,
        thing=thing,
        qualifier=qualifier,
    )


def _registry(tmp_path, text):
    reg = load_registry(write(tmp_path, "r.yml", text))
    assert reg.errors == [], [e.render() for e in reg.errors]
    return reg


def test_normalisation_and_stems():
    assert normalise("China’s Tianwen-3") == "china tianwen 3" == normalise("China's Tianwen 3")
    assert stems("reorganisation") == stems("reorganized") == stems("reorganised")
    assert stems("sample return") <= stems("to return rock samples")
    assert thing_key("the 5G base stations") == thing_key("5G base station")
    assert member_key("Russia") == member_key("the Russian Federation")


@pytest.mark.parametrize(
    ("value", "written", "scale", "qualifier", "agrees"),
    [
        (4e6, "4 million", "million", None, True),  # rounds 4.049 million
        (4.5e6, "4.5 million", "million", None, False),
        (3e6, "3 million", "million", "more than", True),  # a lower bound the entry meets
        (5e6, "5 million", "million", "more than", False),
        (4.2e6, "4.2 million", "million", "about", True),  # about: 10%
        (4.3e6, "4.3 million", "million", None, True),  # within the entry's 5% tolerance
        (4.4e6, "4.4 million", "million", None, False),
    ],
)
def test_counts_compare_by_rounding_qualifier_and_tolerance(tmp_path, value, written, scale, qualifier, agrees):
    reg = _registry(tmp_path, GOOD.replace("value: 4000000", "value: 4049000"))
    [m] = match_claim(reg.index, _count(value, "5G base stations", written, scale, qualifier))
    assert m.about and m.agrees is agrees


def test_counted_things_must_match(tmp_path):
    reg = _registry(tmp_path, GOOD)
    assert match_claim(reg.index, _count(2, "countries", "two")) == []
    assert match_claim(reg.index, _count(4e6, "mobile users", "4 million", "million")) == []
    [m] = match_claim(reg.index, _count(4e6, "new 5G base stations", "4 million", "million"))
    assert m.about  # a two-word thing may end a longer one


def test_quantities_convert_through_pint(tmp_path):
    reg = _registry(
        tmp_path,
        "- id: p\n  statement: s\n  kind: quantity\n  value: 3000\n  unit: km\n  as_of: 2019\n  aliases: [Power of Siberia]\n",
    )

    def q(value, unit, written, sentence="The Power of Siberia runs far."):
        return QuantityClaim(
            text=written, location=_loc(), start=0, end=1, sentence=sentence, value=value, written=written, unit=unit
        )

    [m] = match_claim(reg.index, q(3_000_000, "meter", "3,000,000"))
    assert m.agrees
    [m] = match_claim(reg.index, q(1864, "mile", "1,864"))
    assert m.agrees
    [m] = match_claim(reg.index, q(2000, "mile", "2,000"))
    assert m.about and not m.agrees and m.draft_value == "2,000 miles" and m.entry_value == "3,000 kilometers"
    assert match_claim(reg.index, q(3000, "kilogram", "3,000")) == []  # another dimension
    assert match_claim(reg.index, q(3000, "kilometer", "3,000", "Another pipeline.")) == []  # no alias


def test_money_compares_in_a_currency_both_give(tmp_path):
    reg = _registry(
        tmp_path,
        "- id: m\n  statement: s\n  kind: money\n  value: 6.6e12\n  currency: CNY\n"
        "  equivalent: {amount: 858000000000, currency: EUR}\n  year: 2029\n  as_of: 2024-12\n  aliases: [space economy]\n",
    )

    def money(value, currency, written, scale, year=2029, eq=None, sentence="The space economy grows."):
        return MoneyClaim(
            text=written,
            location=_loc(),
            start=0,
            end=1,
            sentence=sentence,
            value=value,
            written=written,
            scale=scale,
            currency=currency,
            year=year,
            equivalent=eq,
        )

    [m] = match_claim(reg.index, money(858e9, "EUR", "858 billion", "billion"))
    assert m.about and m.agrees
    [m] = match_claim(
        reg.index, money(6.6e12, "CNY", "6.6 trillion", "trillion", eq=MoneyValue(amount=958e9, currency="EUR"))
    )
    assert not m.agrees and m.draft_value == "958 billion EUR in 2029"
    assert match_claim(reg.index, money(6.6e12, "CNY", "6.6 trillion", "trillion", year=2030)) == []
    assert match_claim(reg.index, money(100e9, "USD", "100 billion", "billion")) == []
    # the same figure without the alias is still used, a different one is not compared
    [m] = match_claim(reg.index, money(6.6e12, "CNY", "6.6 trillion", "trillion", sentence="It will grow."))
    assert m.agrees and not m.about
    assert match_claim(reg.index, money(8e12, "CNY", "8 trillion", "trillion", sentence="It will grow.")) == []
    [m] = match_claim(reg.index, money(7e12, "CNY", "7 trillion", "trillion", sentence="It will grow."))
    assert m.agrees  # "7 trillion" is 6.6 trillion rounded


def test_dates_compare_by_period_event_and_qualifier(tmp_path):
    reg = _registry(
        tmp_path,
        "- id: launch\n  statement: s\n  kind: date\n  date: 2028\n  event: launch\n  as_of: 2024\n  aliases: [Tianwen-3]\n"
        "- id: back\n  statement: s\n  kind: date\n  date: 2031\n  event: sample return\n  as_of: 2024\n  aliases: [Tianwen-3]\n",
    )

    def date(
        d,
        event=None,
        qualifier=None,
        end=None,
        sentence="Tianwen 3 is slated for launch in 2028 and a sample return by 2031.",
    ):
        return DateClaim(
            text="x",
            location=_loc(),
            start=0,
            end=1,
            sentence=sentence,
            date=PartialDate.parse(d),
            end_date=PartialDate.parse(end) if end else None,
            event=event,
            qualifier=qualifier,
        )

    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, date("2028", "launch"))] == [("launch", True)]
    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, date("2030", "launch"))] == [("launch", False)]
    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, date("2031", "sample return", "by"))] == [
        ("back", True)
    ]
    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, date("2032", "sample return", "by"))] == [
        ("back", True)
    ]
    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, date("2030", "sample return", "by"))] == [
        ("back", False)
    ]
    rng = match_claim(
        reg.index,
        date("2028", "Tianwen-3 mission", end="2031", sentence="The Tianwen-3 mission (2028–2031) returns samples."),
    )
    assert sorted((m.entry.id, m.agrees) for m in rng) == [("back", True), ("launch", True)]
    assert match_claim(reg.index, date("2028", "launch", sentence="Another rocket is slated for launch in 2028.")) == []


def test_a_date_matches_an_entry_by_the_happening_it_dates(tmp_path):
    """Issue 12: "took effect" dates the entry's "entry into force" (the same kinds as DT001)."""
    from claimcheck.claims.models import DateHappening

    reg = _registry(
        tmp_path,
        "- id: ban\n  statement: s\n  kind: date\n  date: 2021-03\n  event: entry into force\n  as_of: 2024\n"
        "  aliases: [well moratorium]\n",
    )
    sentence = "Since March 2020, when the well moratorium took effect, wells were sealed."

    def date(d, kind):
        return DateClaim(
            text="x",
            location=_loc(),
            start=0,
            end=1,
            sentence=sentence,
            date=PartialDate.parse(d),
            happening=DateHappening(kind=kind, what="well moratorium") if kind else None,
        )

    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, date("2020-03", "entry into force"))] == [
        ("ban", False)
    ]
    assert match_claim(reg.index, date("2020-03", None)) == []  # without the happening: not linked
    assert match_claim(reg.index, date("2020-03", "adoption")) == []  # another happening of the ban


def test_a_start_dates_an_entry_of_a_launch_as_dt001_compares_them(tmp_path):
    """Issue 12: "began" dates an entry whose event is "launched" (happenings.fact_of)."""
    from claimcheck.claims.models import DateHappening

    reg = _registry(
        tmp_path,
        "- id: scheme\n  statement: s\n  kind: date\n  date: 2021\n  event: launched\n  as_of: 2024\n"
        "  aliases: [meal scheme]\n",
    )
    claim = DateClaim(
        text="2020",
        location=_loc(),
        start=0,
        end=1,
        sentence="Since the meal scheme began in 2020, pupils have eaten free.",
        date=PartialDate.parse("2020"),
        happening=DateHappening(kind="start", what="meal scheme"),
    )
    assert [(m.entry.id, m.agrees) for m in match_claim(reg.index, claim)] == [("scheme", False)]


def test_member_lists_name_what_differs_and_read_founders(tmp_path):
    reg = _registry(
        tmp_path,
        "- id: ilrs\n  statement: s\n  kind: member_list\n  group: International Lunar Research Station\n"
        "  members: [China, Russia, Venezuela, Egypt]\n  founders: [China, Russia]\n  as_of: 2024-07\n  aliases: [ILRS]\n",
    )

    def members(group, *names):
        return MemberListClaim(text="x", location=_loc(), start=0, end=1, group=group, members=names)

    [m] = match_claim(reg.index, members("the ILRS", "Venezuela", "Egypt"))
    assert m.agrees  # the joiners, founders left out
    [m] = match_claim(reg.index, members("the ILRS", "China", "Venezuela", "Senegal"))
    assert (m.agrees, m.missing, m.extra) == (False, ("Russia", "Egypt"), ("Senegal",))
    [m] = match_claim(
        reg.index,
        members("the International Lunar Research Station", "China", "Russian Federation", "Venezuela", "Egypt"),
    )
    assert m.agrees
    assert match_claim(reg.index, members("the Artemis Accords", "Venezuela")) == []


# --------------------------------------------------------------------------- writes are atomic
def test_a_dump_that_fails_midway_leaves_no_file(tmp_path, monkeypatch):
    from claimcheck.registry import review

    reg = load_registry(CLAIMS)
    target = tmp_path / "claims" / "new.yml"

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("claimcheck.registry.review.dump_entries", broken)
    with pytest.raises(RuntimeError):
        review.write_proposals(target, reg.entries, draft="d.md", schema=None)
    assert not target.exists()


def test_a_write_interrupted_midway_leaves_no_half_file(tmp_path, monkeypatch):
    from claimcheck.errors import RegistryError
    from claimcheck.registry import review

    reg = load_registry(CLAIMS)
    target = tmp_path / "new.yml"
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()
            return False

        def write(self, text):
            self.fh.write(text[: len(text) // 2])
            self.fh.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k)))
    with pytest.raises(RegistryError) as exc:
        review.write_proposals(target, reg.entries, draft="d.md", schema=None)
    assert exc.value.code == "E312" and "No space left" in exc.value.message
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one


def test_proposals_never_overwrite(tmp_path):
    from claimcheck.errors import RegistryError
    from claimcheck.registry import review

    target = tmp_path / "keep.yml"
    target.write_text("precious\n")
    with pytest.raises(RegistryError) as exc:
        review.write_proposals(target, load_registry(CLAIMS).entries, draft="d.md", schema=None)
    assert exc.value.code == "E311" and target.read_text() == "precious\n"


# --------------------------------------------------------------------------- rules off by default, loading once
def test_rules_off_by_default_need_an_explicit_selector():
    def on(*select):
        return Settings(select=list(select)).is_selected("RG005", "unregistered-claim", default=False)

    assert not on() and not on("ALL") and not on("RG")
    assert on("RG005") and on("unregistered-claim") and on("RG00")
    assert not Settings(select=["RG005"], ignore=["RG005"]).is_selected("RG005", "unregistered-claim", default=False)
    assert Settings().is_selected("RG001", "contradicts-registry")


def test_the_pipeline_loads_the_registry_once_per_run(tmp_path, monkeypatch):
    from claimcheck import pipeline
    from claimcheck.registry import store as registry_module

    for i in range(3):
        write(tmp_path / "drafts", f"d{i}.md", "China counted 3 million 5G base stations.\n")
    calls = []
    real = registry_module.load_registry

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(registry_module, "load_registry", counting)
    result = pipeline.verify([tmp_path / "drafts"], Settings(select=["RG"]), registry=str(EXAMPLE_CLAIMS))
    assert len(calls) == 1
    assert [f.rule for f in result.findings] == ["RG001"] * 3


def test_a_broken_registry_stops_the_run_with_its_errors(tmp_path):
    from claimcheck import pipeline

    write(tmp_path / "reg", "bad.yml", BAD[13][0])
    draft = write(tmp_path, "d.md", "Costs fell.\n")
    result = pipeline.verify([draft], Settings(), registry=str(tmp_path / "reg"))
    assert [e.code for e in result.errors] == ["E306"] and result.exit_code("warning") == 2
    assert result.files == []


def test_without_a_registry_the_registry_rules_do_not_run(tmp_path):
    from claimcheck import pipeline

    draft = write(tmp_path, "d.md", "---\nstatus: draft\n---\nChina counted 3 million 5G base stations.\n")
    result = pipeline.verify([draft], Settings(select=["RG"]))
    assert result.findings == [] and result.errors == []
    # a ready draft: the gate cannot run, and says so (tests/rules/test_ready_gate_without_registry.py)
    ready = write(tmp_path, "r.md", "---\nstatus: ready\n---\nChina counted 3 million 5G base stations.\n")
    result = pipeline.verify([ready], Settings(select=["RG"]))
    assert [f.rule for f in result.findings] == ["RG006"] and "no registry" in result.findings[0].message
