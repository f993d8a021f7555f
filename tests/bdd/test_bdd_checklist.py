"""``claimcheck checklist``: feature files run without a Python test module; ✓/✗ per step;
exit 0 / 1 / 2 as ``verify``."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, requires_corpus, run_cli

EXAMPLE_CLAIMS = ROOT / "docs" / "examples" / "claims"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """An editor's folder: the example draft, its registry, and a features/ folder."""
    shutil.copy(EXAMPLE, tmp_path / "draft.md")
    shutil.copytree(EXAMPLE_CLAIMS, tmp_path / "claims")
    (tmp_path / "features").mkdir()
    return tmp_path


def feature(desk: Path, body: str, name: str = "review.feature") -> Path:
    path = desk / "features" / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


PASSING = """\
    Feature: The example draft
      Background:
        Given the draft "draft.md"
        And the claims registry "claims"
        When the draft is checked

      Scenario: The notes
        Then every footnote is referenced
        And there is a "FN001" finding on line 42

      Scenario Outline: The sources
        Then the draft states the claim "<claim>" with a source

        Examples:
          | claim                          |
          | china-commercial-space-2023    |
          | china-5g-base-stations-2024-09 |

      @known-defect
      Scenario: Every reference has its note
        Then every reference has a footnote
"""


def test_a_passing_checklist_exits_0_with_a_tick_per_step(desk):
    feature(desk, PASSING)
    r = run_cli("checklist", cwd=desk)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    assert r.stdout.splitlines()[:16] == [
        "features/review.feature: The example draft",
        "  Background:",
        '    ✓ Given the draft "draft.md"',
        '    ✓ And the claims registry "claims"',
        "    ✓ When the draft is checked",
        "  ✓ Scenario: The notes",
        "      ✓ Then every footnote is referenced",
        '      ✓ And there is a "FN001" finding on line 42',
        "  ✓ Scenario: The sources [claim=china-commercial-space-2023]",
        '      ✓ Then the draft states the claim "china-commercial-space-2023" with a source',
        "  ✓ Scenario: The sources [claim=china-5g-base-stations-2024-09]",
        '      ✓ Then the draft states the claim "china-5g-base-stations-2024-09" with a source',
        "  ✗ Scenario: Every reference has its note  (known defect: fails as expected)",
        "      ✗ Then every reference has a footnote",
        "          1 FN002 finding:",
        "            draft.md:33:22: FN002 reference 4 has no footnote in article 2 ('Satellites for Everyone')",
    ]
    assert r.stdout.rstrip().endswith(
        "4 scenarios in 1 checklist, 17 steps run: 3 passed, 1 known defect (failing as expected)"
    )


def test_a_failed_check_exits_1_with_its_note_under_the_cross(desk):
    feature(
        desk,
        """\
        Feature: Failing
          Scenario: The figures
            Given the draft "../draft.md"
            Then the draft states "5 million" "5G base stations"
            And every footnote is referenced
        """,
    )
    r = run_cli("checklist", "features", cwd=desk)
    assert r.returncode == 1, r.stderr
    assert r.stderr == ""
    assert (
        "\n".join(
            [
                "  ✗ Scenario: The figures",
                '      ✓ Given the draft "../draft.md"',
                '      ✗ Then the draft states "5 million" "5G base stations"',
                "          draft.md does not state 5 million 5G base stations",
                "          found instead, the nearest count claims:",
                "            draft.md:27:11: count more than 4 million 5G base stations (“4 million”)",
                "            draft.md:35:29: count 3 phone makers (“three”)",
                "      · And every footnote is referenced  (not checked: an earlier step did not pass)",
            ]
        )
        in r.stdout
    )
    assert r.stdout.rstrip().endswith("1 scenario in 1 checklist, 2 steps run: 1 failed")


def test_a_known_defect_that_passes_fails_the_run(desk):
    feature(
        desk,
        """\
        Feature: Fixed
          @known-defect
          Scenario: Every note is cited
            Given the draft "draft.md"
            Then every footnote is referenced
        """,
    )
    r = run_cli("checklist", cwd=desk)
    assert r.returncode == 1
    assert "✗ Scenario: Every note is cited  (tagged @known-defect, but passed)" in r.stdout
    assert "the defect is fixed, remove the tag" in r.stdout


def test_feature_files_need_no_test_module_and_test_modules_beside_them_do_not_run(desk):
    feature(desk, PASSING)
    (desk / "features" / "test_stray.py").write_text("def test_fails():\n    assert False\n")
    # a project's addopts do not get in the way (an option pytest does not know would stop it)
    (desk / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "--no-such-option"\n')
    r = run_cli("checklist", "features/review.feature", cwd=desk)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "test_stray" not in r.stdout
    assert not (desk / ".pytest_cache").exists()


def test_steps_of_a_conftest_beside_the_checklists_are_used(desk):
    (desk / "features" / "conftest.py").write_text(
        textwrap.dedent(
            """\
            from pytest_bdd import then

            @then("the desk's own check passes")
            def own_check(claimcheck_review):
                assert claimcheck_review.draft is not None
            """
        )
    )
    feature(
        desk,
        """\
        Feature: Own steps
          Scenario: Mixed
            Given the draft "draft.md"
            Then the desk's own check passes
        """,
    )
    r = run_cli("checklist", "--allow-local-python", cwd=desk)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "✓ Then the desk's own check passes" in r.stdout


def test_a_conftest_beside_the_checklists_runs_no_code_by_default(desk, tmp_path):
    marker = tmp_path / "ran"
    (desk / "features" / "conftest.py").write_text(f"open({str(marker)!r}, 'w').write('pwned')\n")
    feature(
        desk,
        """\
        Feature: Plain
          Scenario: One
            Given the draft "draft.md"
            Then there are no findings
        """,
    )
    r = run_cli("checklist", cwd=desk)
    assert not marker.exists(), "a checklist's conftest.py ran without --allow-local-python"
    assert r.returncode in (0, 1), r.stderr


def test_json_output(desk):
    feature(desk, PASSING)
    r = run_cli("checklist", "--format", "json", cwd=desk)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["version"] == 1 and data["exit_code"] == 0 and data["errors"] == []
    [feat] = data["features"]
    assert feat["path"] == "features/review.feature" and feat["name"] == "The example draft"
    outcomes = [(s["name"], s["example"], s["outcome"]) for s in feat["scenarios"]]
    assert outcomes == [
        ("The notes", None, "passed"),
        ("The sources", "claim=china-commercial-space-2023", "passed"),
        ("The sources", "claim=china-5g-base-stations-2024-09", "passed"),
        ("Every reference has its note", None, "known defect"),
    ]
    known = feat["scenarios"][-1]
    assert known["tags"] == ["known-defect"]
    assert known["steps"][-1]["status"] == "failed"
    assert "draft.md:33:22: FN002 reference 4" in known["steps"][-1]["note"]
    assert known["steps"][0] == {
        "keyword": "Given",
        "text": 'the draft "draft.md"',
        "line": 3,
        "background": True,
        "status": "passed",
        "note": None,
    }
    assert data["summary"]["passed"] == 3 and data["summary"]["known_defect"] == 1


# --------------------------------------------------------------------------- exit 2
def one_error(r) -> str:
    """Exit 2, no traceback, and the error message (the last line of standard error)."""
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("error[")]
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_a_missing_folder(desk):
    assert one_error(run_cli("checklist", "nowhere", cwd=desk)) == (
        "error[E431]: nowhere: no such folder or file "
        "(name the folder of the checklists (default: features/) or a .feature file)"
    )


def test_the_default_folder_missing(tmp_path):
    assert one_error(run_cli("checklist", cwd=tmp_path)).startswith("error[E431]: features: no such folder or file")


def test_no_feature_files(desk):
    assert one_error(run_cli("checklist", cwd=desk)).startswith(
        "error[E432]: features: the folder holds no .feature files"
    )
    assert one_error(run_cli("checklist", "draft.md", cwd=desk)).startswith(
        "error[E432]: draft.md: not a .feature file"
    )


def test_a_file_that_is_not_gherkin(desk):
    feature(desk, 'Feature: Broken\n  Scenario: one\n    Given the draft "draft.md"\n  Scenaro: two\n    Then what\n')
    r = run_cli("checklist", cwd=desk)
    assert one_error(r).startswith("error[E434]: features/review.feature:4: not a valid Gherkin feature file")
    assert " 4 |   Scenaro: two" in r.stderr


def test_a_step_phrase_nobody_defines_names_the_phrase_and_its_place(desk):
    feature(
        desk,
        """\
        Feature: Typo
          Scenario: A typo
            Given the draft "draft.md"
            Then there are no finding
        """,
    )
    r = run_cli("checklist", cwd=desk)
    assert one_error(r) == (
        'error[E433]: features/review.feature:4: no step definition matches "Then there are no finding" '
        "(did you mean `Then there are no findings`? `claimcheck checklist --steps` lists the phrases)"
    )
    assert "? Then there are no finding" in r.stdout


def test_a_missing_draft(desk):
    feature(
        desk,
        """\
        Feature: Missing
          Scenario: Missing
            Given the draft "drafts/issue-24.md"
            Then there are no findings
        """,
    )
    r = run_cli("checklist", cwd=desk)
    assert one_error(r) == (
        'error[E435]: features/review.feature:3: the draft "drafts/issue-24.md" does not exist '
        "(looked for features/drafts/issue-24.md and drafts/issue-24.md) "
        "(paths in steps are relative to the feature file's folder, then to the rootdir)"
    )


def test_a_broken_registry_is_reported_with_its_own_error(desk):
    (desk / "claims" / "issue-23.yml").write_text("- id: x\n  kind: count\n", encoding="utf-8")
    feature(
        desk,
        """\
        Feature: Registry
          Scenario: Registry
            Given the draft "draft.md"
            And the claims registry "claims"
            When the draft is checked
        """,
    )
    assert one_error(run_cli("checklist", cwd=desk)).startswith("error[E302]: claims/issue-23.yml:1:")


# --------------------------------------------------------------------------- the catalogue
def test_steps_lists_every_phrase():
    from claimcheck.bdd.steps import STEPS

    r = run_cli("checklist", "--steps")
    assert r.returncode == 0
    for step in STEPS:
        assert f"  {step.display}\n" in r.stdout
    assert '  Then there is a "SELECTOR" finding on line LINE\n' in r.stdout


def test_each_documented_example_matches_exactly_one_phrase():
    from pytest_bdd import parsers

    from claimcheck.bdd.steps import STEPS

    matchers = [(s.keyword, parsers.parse(s.phrase) if "{" in s.phrase else parsers.string(s.phrase)) for s in STEPS]
    for step in STEPS:
        keyword, text = step.example.split(" ", 1)
        hits = [p for k, p in matchers if k == keyword and p.is_matching(text)]
        assert len(hits) == 1, step.example


def test_docs_list_every_phrase_as_generated():
    from claimcheck.bdd.steps import steps_markdown

    text = (ROOT / "docs" / "checklists.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- steps:begin[^>]*-->\n(.*?)<!-- steps:end -->", text, re.S)
    assert block is not None, "docs/checklists.md lost its steps:begin/steps:end markers"
    assert block.group(1) == steps_markdown(), (
        "regenerate the phrase tables: python -c 'from claimcheck.bdd.steps import steps_markdown; print(steps_markdown())'"
    )


# --------------------------------------------------------------------------- the repository's checklists
def test_the_example_checklist_as_the_readme_shows():
    r = run_cli("checklist", "features/issue-23.feature", subprocess_=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "✗ Scenario: The ILRS members match the registry  (known defect: fails as expected)" in r.stdout
    assert r.stdout.rstrip().endswith("3 known defects (failing as expected)")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "$ claimcheck checklist features/issue-23.feature" in readme
    # every line the README shows is in the real output
    shown = readme.split("$ claimcheck checklist features/issue-23.feature\n", 1)[1].split("```", 1)[0]
    for line in shown.splitlines():
        if line.strip() and line.strip() != "…":
            assert line in r.stdout.splitlines(), line


@requires_corpus
def test_the_corpus_checklist_passes_with_its_known_defects():
    r = run_cli("checklist", "features/china-trends-22.feature", "--format", "json")
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    outcomes = {
        s["name"] + (f" [{s['example']}]" if s["example"] else ""): s["outcome"]
        for s in data["features"][0]["scenarios"]
    }
    known = sorted(k for k, v in outcomes.items() if v == "known defect")
    assert known == [
        "Every acronym fits its expansion",
        "Every acronym is defined once",
        "Every list of ILRS members matches the registry",
        "Every name is written one way",
        "Every reference has its note",
        "Every source link is complete",
        "No note number is used twice",
    ]
    assert all(v in ("passed", "known defect") for v in outcomes.values()), outcomes
