"""The registry commands as editors and CI run them: ``claims check|init|export``,
``status`` and ``verify --claims``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLE, ISSUE_TXT, ROOT, requires_corpus, run_cli

EXAMPLE_CLAIMS = ROOT / "docs" / "examples" / "claims"


def _copy_example(tmp_path: Path) -> Path:
    draft = tmp_path / "issue-23.md"
    shutil.copy(EXAMPLE, draft)
    return draft


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the example draft no longer says {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _rg(res) -> list[dict]:
    return [f for f in json.loads(res.stdout)["findings"] if f["rule"].startswith("RG")]


# --------------------------------------------------------------------------- claims check
def test_the_repository_registry_checks_clean():
    res = run_cli("claims", "check", subprocess_=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("claims: ") and "no problems" in res.stdout
    assert "8 verified; 8 of them examples, not verified by anyone" in res.stdout
    assert run_cli("claims", "check", "docs/examples/claims").returncode == 0


BAD_FILES = {
    "E301": "- id: a\n  statement: [oops\n  kind: count\n",
    "E302": "- id: a\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n  colour: red\n",
    "E304": "- id: a\n  statement: s\n  kind: quantity\n  value: 1\n  unit: smoots per blink\n  as_of: 2024\n",
    "E305": "- id: a\n  statement: s\n  kind: money\n  value: 1\n  currency: EUX\n  as_of: 2024\n",
    "E306": "- id: a\n  statement: s\n  kind: date\n  date: 2024-02-30\n  as_of: 2024\n",
    "E307": "- id: a\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n  status: verified\n",
}


@pytest.mark.parametrize("code", sorted(BAD_FILES))
def test_each_registry_error_is_located_and_exits_2(tmp_path, code):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bad.yml").write_text(BAD_FILES[code], encoding="utf-8")
    res = run_cli("claims", "check", "claims", cwd=tmp_path)
    assert res.returncode == 2
    lines = res.stderr.splitlines()
    assert lines[0].startswith(f"error[{code}]: claims/bad.yml:")
    place = lines[0].split(": ")[1]
    _, line, column = place.split(":")
    assert lines[1].startswith(f" {line} | ")
    assert lines[2].index("^") == lines[1].index("|") + 2 + int(column) - 1
    assert lines[-1] == "claims: 0 entries in 1 file; 1 problem"
    assert "Traceback" not in res.stderr and res.stdout == ""


def test_duplicate_ids_across_files_name_both_places(tmp_path):
    entry = "id: same\nstatement: s\nkind: count\nvalue: 1\nthing: x\nas_of: 2024\n"
    (tmp_path / "claims" / "a").mkdir(parents=True)
    (tmp_path / "claims" / "a" / "one.yml").write_text(entry)
    (tmp_path / "claims" / "two.yml").write_text("# second\n" + entry)
    res = run_cli("claims", "check", cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.splitlines()[0] == (
        "error[E303]: claims/two.yml:2:5: duplicate id `same`: first defined at claims/a/one.yml:1:5 "
        "(ids must be unique across the registry; rename one)"
    )


def test_missing_registry_exits_2(tmp_path):
    res = run_cli("claims", "check", "nowhere", cwd=tmp_path)
    assert res.returncode == 2 and res.stderr.startswith("error[E308]: nowhere: no such registry")


# --------------------------------------------------------------------------- verify --claims
def test_verify_with_the_example_registry_reports_only_real_problems(tmp_path):
    draft = _copy_example(tmp_path)
    res = run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG", "--format", "json")
    found = _rg(res)
    # the example's list adds Senegal to the registry's list of July 2024
    assert any(f["rule"] == "RG003" and "names Senegal, not in the registry's list" in f["message"] for f in found)
    for f in found:
        assert f["rule"] in ("RG001", "RG003"), f
        if f["rule"] == "RG001":  # only the seeded conversion error of the example, if it is still there
            assert (
                "858 billion EUR in 2029" in f["message"]
                and "6.6 trillion yuan (858 billion euros)" not in draft.read_text()
            )


def test_a_changed_figure_is_reported_with_both_places(tmp_path):
    draft = _copy_example(tmp_path)
    _replace(draft, "580 billion euros in 2023", "680 billion euros in 2023")
    res = run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG001", "--format", "json")
    assert res.returncode == 1
    hits = [f for f in _rg(res) if "china-commercial-space-2023" in f["message"]]
    assert len(hits) == 1
    f = hits[0]
    line = next(i for i, t in enumerate(draft.read_text().splitlines(), 1) if "680 billion euros" in t)
    assert (f["path"], f["line"]) == (str(draft), line)
    assert f["message"] == (
        "680 billion EUR in 2023 contradicts the registry: verified entry 'china-commercial-space-2023' "
        "has 580 billion EUR in 2023 (as of 2024-04-20)"
    )
    [rel] = f["related"]
    reg_file = EXAMPLE_CLAIMS / "issue-23.yml"
    value_line = next(i for i, t in enumerate(reg_file.read_text().splitlines(), 1) if t == "  value: 580000000000")
    assert (Path(rel["path"]).resolve(), rel["line"]) == (reg_file.resolve(), value_line)
    text = run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG001").stdout
    assert f"{draft}:{line}:" in text and f"issue-23.yml:{value_line}:3: note: verified entry" in text


def test_a_changed_count_is_reported(tmp_path):
    draft = _copy_example(tmp_path)
    _replace(draft, "more than 4 million 5G base stations", "more than 6 million 5G base stations")
    found = _rg(run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG001", "--format", "json"))
    assert [f["message"] for f in found if "5g" in f["message"].lower()] == [
        "more than 6 million 5G base stations contradicts the registry: verified entry "
        "'china-5g-base-stations-2024-09' has 4 million 5G base stations (as of 2024-09-25)"
    ]


def test_a_changed_ilrs_list_names_the_difference(tmp_path):
    draft = _copy_example(tmp_path)
    _replace(draft, "Pakistan, Belarus, Egypt, Thailand,", "Pakistan, Belarus, Thailand, Mongolia,")
    found = _rg(run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG003", "--format", "json"))
    assert len(found) == 1
    msg = found[0]["message"]
    assert msg.startswith("the list of the ILRS differs from the registry's as of 2024-07 ('ilrs-members-2024-07'): ")
    assert "names Mongolia and Senegal, not in the registry's list" in msg and msg.endswith("it leaves out Egypt")
    assert found[0]["related"][0]["path"].endswith("docs/examples/claims/issue-23.yml")


def test_a_broken_registry_stops_verify_with_exit_2(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bad.yml").write_text(BAD_FILES["E305"])
    res = run_cli("verify", EXAMPLE, "--claims", tmp_path / "claims")
    assert res.returncode == 2
    assert res.stderr.startswith(f"error[E305]: {tmp_path}/claims/bad.yml:5:13:") and "Traceback" not in res.stderr


def test_registry_setting_is_relative_to_the_config_file(tmp_path):
    project = tmp_path / "desk"
    shutil.copytree(EXAMPLE_CLAIMS, project / "registry")
    (project / "claimcheck.toml").write_text('registry = "registry"\nselect = ["RG003"]\n')
    draft = _copy_example(project)
    sub = project / "drafts"
    sub.mkdir()
    res = run_cli("verify", draft, "--format", "json", cwd=sub)
    found = _rg(res)
    assert [f["rule"] for f in found] == ["RG003"]
    assert found[0]["related"][0]["path"] == "../registry/issue-23.yml"


def test_ready_draft_with_unverified_claims_fails(tmp_path):
    draft = _copy_example(tmp_path)
    _replace(draft, "status: draft", "status: ready")
    res = run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG006", "--format", "json")
    assert res.returncode == 1
    found = _rg(res)
    assert found and all(f["rule"] == "RG006" and f["severity"] == "error" for f in found)
    assert any("2028–2031" in f["message"] and "it has no registry entry" in f["message"] for f in found)
    # durations ("Twelve months") and small counts ("three phone makers") are not checkable
    assert not any("months" in f["message"] or "“three”" in f["message"] for f in found)
    verified_line = next(i for i, t in enumerate(draft.read_text().splitlines(), 1) if "580 billion euros" in t)
    assert not any(f["line"] == verified_line and "580 billion" in f["message"] for f in found)
    assert run_cli("verify", EXAMPLE, "--claims", EXAMPLE_CLAIMS, "--select", "RG006").returncode == 0


def test_unregistered_claims_only_when_selected_by_code():
    assert _rg(
        run_cli(
            "verify", EXAMPLE, "--claims", EXAMPLE_CLAIMS, "--select", "RG", "--format", "json", "--fail-on", "never"
        )
    ) == [
        f
        for f in _rg(run_cli("verify", EXAMPLE, "--claims", EXAMPLE_CLAIMS, "--select", "RG", "--format", "json"))
        if f["rule"] != "RG005"
    ]
    found = _rg(run_cli("verify", EXAMPLE, "--claims", EXAMPLE_CLAIMS, "--select", "RG005", "--format", "json"))
    assert found and {f["rule"] for f in found} == {"RG005"} and {f["severity"] for f in found} == {"info"}


# --------------------------------------------------------------------------- status
def test_status_table_and_json_agree(tmp_path):
    table = run_cli("status", EXAMPLE, "--claims", EXAMPLE_CLAIMS)
    assert table.returncode == 0 and "china-commercial-space-2023" in table.stdout
    data = json.loads(run_cli("status", EXAMPLE, "--claims", EXAMPLE_CLAIMS, "--format", "json").stdout)
    states = [c["state"] for c in data["claims"]]
    assert sum(data["totals"].values()) == len(states) > 0
    assert table.stdout.splitlines()[-1] == f"{len(states)} checkable claims: {data['summary']}"
    money = next(c for c in data["claims"] if c["text"] == "580 billion euros")
    assert money["state"] == "verified"
    assert money["entry"]["id"] == "china-commercial-space-2023"
    assert money["entry"]["reviewed_by"] is None and money["entry"]["example"] is True
    assert "(example)" in table.stdout
    ilrs = next(c for c in data["claims"] if c["kind"] == "member_list")
    assert ilrs["state"] == "contradicting" and "Senegal" in ilrs["entry"]["detail"]
    assert "without entry" in data["summary"]


def test_status_with_a_broken_registry_exits_2(tmp_path):
    (tmp_path / "bad.yml").write_text(BAD_FILES["E306"])
    res = run_cli("status", EXAMPLE, "--claims", tmp_path / "bad.yml")
    assert res.returncode == 2 and "error[E306]" in res.stderr and "Traceback" not in res.stderr


# --------------------------------------------------------------------------- claims init
def test_init_proposes_entries_that_pass_check_and_never_overwrites(tmp_path):
    draft = _copy_example(tmp_path)
    res = run_cli("claims", "init", draft.name, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    out = tmp_path / "claims" / "issue-23.yml"
    assert res.stdout.startswith("wrote claims/issue-23.yml: ") and out.is_file()
    text = out.read_text()
    assert "status: unverified" in text and "status: verified" not in text
    assert "url: https://www.globaltimes.cn/page/202404/1311504.shtml" in text
    check = run_cli("claims", "check", cwd=tmp_path)
    assert check.returncode == 0 and "no problems" in check.stdout
    again = run_cli(
        "claims", "init", draft.name, "--output", "claims/issue-23.yml", "--claims", "elsewhere", cwd=tmp_path
    )
    assert again.returncode == 2 and again.stderr.startswith("error[E311]: claims/issue-23.yml: will not overwrite")
    assert out.read_text() == text


def test_init_skips_what_the_registry_holds(tmp_path):
    draft = _copy_example(tmp_path)
    res = run_cli("claims", "init", draft, "--claims", EXAMPLE_CLAIMS, "--output", tmp_path / "new.yml")
    assert res.returncode == 0
    text = (tmp_path / "new.yml").read_text()
    assert "580000000000" not in text and "5G base stations" not in text
    assert run_cli("claims", "check", tmp_path / "new.yml").returncode == 0


def test_init_into_an_impossible_place_is_one_error(tmp_path):
    draft = _copy_example(tmp_path)
    (tmp_path / "afile").write_text("x")
    res = run_cli("claims", "init", draft, "--output", tmp_path / "afile" / "new.yml", "--claims", tmp_path / "none")
    assert res.returncode == 2 and "error[E312]" in res.stderr and "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "issue-23.md"]


def test_status_right_after_init_shows_every_proposal_and_a_second_init_proposes_nothing(tmp_path):
    draft = _copy_example(tmp_path)
    first = run_cli("claims", "init", draft.name, cwd=tmp_path)
    assert first.returncode == 0 and "next: `claimcheck status issue-23.md --claims claims`" in first.stdout
    data = json.loads(run_cli("status", draft.name, "--claims", "claims", "--format", "json", cwd=tmp_path).stdout)
    assert data["claims"] and {c["state"] for c in data["claims"]} == {"unverified"}
    proposed = int(first.stdout.split(": ")[1].split()[0])
    assert len({c["entry"]["id"] for c in data["claims"]}) == proposed
    again = run_cli("claims", "init", draft.name, "--output", "claims/again.yml", cwd=tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("nothing to propose")
    assert not (tmp_path / "claims" / "again.yml").exists()


def test_init_proposes_no_durations_and_an_alias_for_a_quantity(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(
        "In the past 12 months the bridge grew to 1,200 metres and the tunnel runs 30 km under the bay.\n",
        encoding="utf-8",
    )
    res = run_cli("claims", "init", draft.name, cwd=tmp_path)
    text = (tmp_path / "claims" / "d.yml").read_text(encoding="utf-8")
    assert res.returncode == 0 and "unit: month" not in text and text.count("- id:") == 2
    assert "aliases:\n    - bridge" in text and "aliases:\n    - tunnel" in text
    status = run_cli("status", draft.name, "--claims", "claims", cwd=tmp_path)
    assert status.stdout.splitlines()[-1] == "2 checkable claims: 2 unverified"


def test_status_without_a_registry_says_so(tmp_path):
    draft = _copy_example(tmp_path)
    (tmp_path / "claims").mkdir()
    res = run_cli("status", draft.name, cwd=tmp_path)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.startswith("error[E313]: issue-23.md: no registry of reviewed claims")
    assert "`--claims claims`" in res.stderr


def test_status_and_verify_help_state_the_same_default():
    from claimcheck.cli import cli

    def claims_help(cmd):
        return next(p.help for p in cli.commands[cmd].params if p.name == "claims_path")

    for cmd in ("status", "verify"):
        assert "[default: `registry` in the settings; without one," in claims_help(cmd)


def test_a_registry_problem_is_summarised_as_one(tmp_path):
    (tmp_path / "bad.yml").write_text(BAD_FILES["E306"])
    res = run_cli("verify", EXAMPLE, "--claims", tmp_path / "bad.yml")
    assert res.returncode == 2
    assert res.stdout == (
        "no draft checked: 1 problem in the registry of reviewed claims (`claimcheck claims check` lists them)\n"
    )


def test_status_table_piped_cuts_nothing(tmp_path):
    res = run_cli("status", EXAMPLE, "--claims", EXAMPLE_CLAIMS)
    flat = "".join(line.strip("│ ") for line in res.stdout.splitlines())
    assert "…" not in res.stdout and "Kazakhstan and Senegal" in " ".join(res.stdout.split())
    assert "💯" not in flat


# --------------------------------------------------------------------------- claims export
def test_export_leaves_out_examples_nobody_reviewed(tmp_path):
    data = json.loads(run_cli("claims", "export").stdout)
    assert data["@graph"] == []  # the repository's entries are examples: no review to publish


def test_export_claimreview(tmp_path):
    out = tmp_path / "reviews.jsonld"
    # a real record: the example entry, verified by a named reviewer on a date
    text = (ROOT / "claims" / "china-trends-22" / "telecom.yml").read_text(encoding="utf-8")
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "telecom.yml").write_text(
        text.replace("example: true\n", "reviewed_by: Desk fact-checker\nreviewed_on: 2026-11-22\n"), encoding="utf-8"
    )
    (tmp_path / "reg" / "tianwen.yml").write_text(
        (ROOT / "claims" / "china-trends-22" / "tianwen-3.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    res = run_cli(
        "claims",
        "export",
        tmp_path / "reg",
        "--format",
        "claimreview",
        "-o",
        out,
        "--base-url",
        "https://desk.example/claims",
    )
    assert res.returncode == 0 and res.stdout == ""
    data = json.loads(out.read_text())
    assert data["@context"] == "https://schema.org"
    reviews = {r["identifier"]: r for r in data["@graph"]}
    assert "tianwen-3-launch" not in reviews  # unverified: no verdict yet
    r = reviews["china-5g-base-stations-2024-09"]
    assert r["@type"] == "ClaimReview" and r["reviewRating"]["alternateName"] == "True"
    assert r["url"] == "https://desk.example/claims#china-5g-base-stations-2024-09"
    assert r["itemReviewed"]["appearance"][0]["publisher"]["name"] == "Government of the People's Republic of China"
    assert r["datePublished"] == "2026-11-22" and r["author"]["name"] == "Desk fact-checker"


def test_export_rates_each_verdict(tmp_path):
    (tmp_path / "r.yml").write_text(
        "".join(
            f"- id: e-{s}\n  statement: s\n  kind: count\n  value: 1\n  thing: x\n  as_of: 2024\n"
            f"  status: '{s}'\n  sources: [{{title: t}}]\n"
            for s in ("verified", "false", "disputed", "outdated", "unverified")
        )
    )
    data = json.loads(run_cli("claims", "export", tmp_path / "r.yml").stdout)
    got = {
        r["identifier"]: (r["reviewRating"]["alternateName"], r["reviewRating"]["ratingValue"]) for r in data["@graph"]
    }
    assert got == {
        "e-verified": ("True", 5),
        "e-false": ("False", 1),
        "e-disputed": ("Disputed", 2),
        "e-outdated": ("Outdated", 3),
    }


# --------------------------------------------------------------------------- the real issue
@requires_corpus
def test_corpus_registry_findings_are_the_ones_an_editor_accepts():
    res = run_cli("verify", ISSUE_TXT, "--claims", "claims/", "--select", "RG", "--format", "json")
    found = [(f["rule"], f["line"], f["message"]) for f in _rg(res)]
    assert found == [
        (
            "RG003",
            165,
            "the list of the ILRS differs from the registry's as of 2024-07 ('ilrs-members-2024-07'): "
            "it names Senegal, not in the registry's list",
        ),
    ]
    # the same run with every rule exits as the other rules decide, and no registry error
    full = run_cli("verify", ISSUE_TXT, "--claims", "claims/")
    assert full.returncode in (0, 1) and "error[E3" not in full.stderr and "RG003" in full.stdout


@requires_corpus
def test_corpus_status_uses_the_issue_registry():
    data = json.loads(run_cli("status", ISSUE_TXT, "--claims", "claims/", "--format", "json").stdout)
    by_entry = {c["entry"]["id"]: c["state"] for c in data["claims"] if c["entry"]}
    assert by_entry["china-commercial-space-2023"] == "verified"
    assert by_entry["china-commercial-space-2029-forecast"] == "verified"
    assert by_entry["china-5g-base-stations-2024-09"] == "verified"
    assert by_entry["ilrs-members-2024-07"] == "verified"  # footnote 20's list
    assert by_entry["ilrs-partners-joined-issue-text"] == "unverified"  # the text's list, with Senegal
    assert by_entry["tianwen-3-sample-return"] == "unverified"
    assert by_entry["pla-new-forces-2024-04"] == "verified"


def test_registry_messages_are_plain_text_without_markdown_backticks(tmp_path):
    draft = _copy_example(tmp_path)
    _replace(draft, "status: draft", "status: ready")
    res = run_cli("verify", draft, "--claims", EXAMPLE_CLAIMS, "--select", "RG", "--format", "json")
    found = _rg(res)
    assert {f["rule"] for f in found} >= {"RG003", "RG006"}
    for f in found:
        assert "`" not in f["message"], f["message"]
        assert all("`" not in r["message"] for r in f["related"]), f["related"]
    assert any("'ilrs-members-2024-07'" in f["message"] for f in found)
