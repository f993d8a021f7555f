"""The step library as a pytest plugin, tested with pytester in throw-away projects."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import textwrap

import pytest
from conftest import EXAMPLE, ROOT

import claimcheck.extract  # noqa: F401
import claimcheck.pipeline  # noqa: F401

# Imported here, before any in-process pytester run: pytester drops the modules a run
# imports, and PyYAML cannot be imported twice in one process (its C extension keeps the
# first import's node classes), so the registry must be loaded once and for all.
import claimcheck.registry.store  # noqa: F401

pytest_plugins = ["pytester"]

EXAMPLE_CLAIMS = ROOT / "docs" / "examples" / "claims"

BACKGROUND = """\
Feature: Review of the example draft
  Background:
    Given the draft "draft.md"
    And the claims registry "claims"
    When the draft is checked
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project holding the example draft, its registry and a module binding review.feature."""
    shutil.copy(EXAMPLE, pytester.path / "draft.md")
    shutil.copytree(EXAMPLE_CLAIMS, pytester.path / "claims")
    pytester.makepyfile(test_review='from pytest_bdd import scenarios\n\nscenarios("review.feature")\n')
    return pytester


def assert_shows(result: pytest.RunResult, *texts: str) -> None:
    """Each text stands in the output as written (no fnmatch: codes are in brackets)."""
    out = result.stdout.str()
    for text in texts:
        assert text in out, f"{text!r} not in the output:\n{out}"


def write_feature(pytester: pytest.Pytester, body: str, name: str = "review") -> None:
    pytester.makefile(".feature", **{name: BACKGROUND + "\n" + textwrap.dedent(body)})


def test_a_written_checklist_passes(project):
    write_feature(
        project,
        """\
          Scenario: The notes and figures hold
            Then every footnote is referenced
            And every acronym is defined once
            And every footnote link is complete
            And there is a "FN001" finding on line 42
            And there are 2 "FN" findings
            And there are no "RG002" findings
            And the draft states "4 million" "5G base stations"
            And the draft states "580 billion" "euros"
            And the draft states the claim "china-5g-base-stations-2024-09" with a source

          Scenario Outline: The reviewed claims are stated with their sources
            Then the draft states the claim "<claim>" with a source

            Examples:
              | claim                          |
              | china-commercial-space-2023    |
              | pla-reorganisation-2024-04     |
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_failed_check_reads_like_a_review_note(project):
    write_feature(
        project,
        """\
          Scenario: The footnotes hold together
            Then there are no "FN" findings
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            'check failed: review.feature:8: Then there are no "FN" findings',
            "2 FN findings:",
            "  draft.md:33:22: FN002 reference 4 has no footnote in article 2 ('Satellites for Everyone')",
            "  draft.md:42:1: FN001 footnote 3 is defined twice in article 2 ('Satellites for Everyone')",
        ]
    )
    # a note, not a traceback through the step library
    assert "def no_selected_findings" not in result.stdout.str()
    assert "steps.py" not in result.stdout.str()


def test_an_expected_claim_shows_what_was_found_instead_and_where(project):
    write_feature(
        project,
        """\
          Scenario: The network figure
            Then the draft states "5 million" "5G base stations"

          Scenario: The forecast
            Then the draft states the claim "china-commercial-space-2029-forecast"
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            'check failed: review.feature:8: Then the draft states "5 million" "5G base stations"',
            "draft.md does not state 5 million 5G base stations",
            "found instead, the nearest count claims:",
            "  draft.md:27:11: count more than 4 million 5G base stations (“4 million”)",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "*does not state `china-commercial-space-2029-forecast` (6.6 trillion CNY (858 billion EUR) in 2029, verified, claims/issue-23.yml:*",
            "found instead, about the same subject:",
            "  draft.md:11:48: money 6.6 trillion CNY in 2029 (“6.6 trillion yuan”): the draft has 806 billion EUR in 2029; the entry 858 billion EUR in 2029",
        ]
    )


def test_member_lists_are_compared_with_the_verified_entry(project):
    write_feature(
        project,
        """\
          Scenario: The ILRS
            Then the members of "ILRS" match the claims registry
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            'the members of "ILRS" differ from the claims registry:',
            "  draft.md:15:9: the list of the ILRS (11 members: Venezuela, *, Senegal) differs from verified entry"
            " `ilrs-members-2024-07` (as of 2024-07, claims/issue-23.yml:57:3): adds Senegal",
        ]
    )


def test_a_source_that_is_not_the_registrys_is_named(project):
    (project.path / "draft.md").write_text(
        EXAMPLE.read_text(encoding="utf-8")
        .replace(
            "https://english.www.gov.cn/archive/statistics/202409/25/content_WS66f40117c6d0868f4e8eb416.html",
            "https://example.org/other-page",
        )
        .replace('"China home to 4 million 5G base stations,"', '"Another page,"'),
        encoding="utf-8",
    )
    write_feature(
        project,
        """\
          Scenario: The network figure cites its source
            Then the draft states the claim "china-5g-base-stations-2024-09" with a source
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "the draft states `china-5g-base-stations-2024-09` * without citing its source",
            "the registry's sources: “China home to 4 million 5G base stations”, *",
        ]
    )
    assert_shows(
        result,
        "  draft.md:27:11: more than 4 million 5G base stations (“4 million”): footnote 1 cites “Another page”, "
        "Government of the People's Republic of China, https://example.org/other-page;",
    )


def test_a_typo_in_a_phrase_gives_pytest_bdds_own_error(project):
    write_feature(
        project,
        """\
          Scenario: A typo
            Then there are no finding
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['*Step definition is not found: Then "there are no finding"*'])


def test_known_defects_fail_as_expected_and_a_fixed_one_fails_the_run(project):
    write_feature(
        project,
        """\
          @known-defect
          Scenario: Every reference has its note
            Then every reference has a footnote

          @known-defect
          Scenario: Fixed already
            Then every footnote is referenced
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider", "-rxX", "--strict-markers")
    result.assert_outcomes(xfailed=1, failed=1)
    result.stdout.fnmatch_lines(["*XPASS(strict)*known defect*remove the tag*"])


def test_a_known_defect_does_not_hide_an_input_error(project):
    project.makefile(
        ".feature",
        review="""\
Feature: Broken
  @known-defect
  Scenario: The draft is missing
    Given the draft "drafts/missing.md"
    Then every reference has a footnote
""",
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    assert_shows(
        result,
        'checklist error: review.feature:4: Given the draft "drafts/missing.md"\n'
        'error[E435]: review.feature:4: the draft "drafts/missing.md" does not exist (looked for drafts/missing.md)',
    )


def test_checks_that_could_not_fail_are_errors(project):
    write_feature(
        project,
        """\
          Scenario: A selector that names no rule
            Then there are no "XY123" findings

          Scenario: An id the registry does not have
            Then the draft states the claim "china-5g-base-station"
        """,
    )
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    assert_shows(
        result,
        'error[E436]: review.feature:8: no rule is called "XY123"',
        'error[E436]: review.feature:11: the claims registry claims has no entry "china-5g-base-station" '
        "(did you mean china-5g-base-stations-2024-09?)",
    )


def test_registry_checks_without_a_registry_are_errors(pytester):
    shutil.copy(EXAMPLE, pytester.path / "draft.md")
    pytester.makefile(
        ".feature",
        review="""\
Feature: No registry
  Scenario: Registry rules
    Given the draft "draft.md"
    Then there are no "RG001" findings

  Scenario: Claims
    Given the draft "draft.md"
    Then the members of "ILRS" match the claims registry
""",
    )
    pytester.makepyfile(test_review='from pytest_bdd import scenarios\n\nscenarios("review.feature")\n')
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    assert_shows(
        result,
        'error[E437]: review.feature:4: the "RG001" rules compare the draft with the claims registry, and none is given',
        "error[E437]: review.feature:8: this step needs the claims registry",
    )


def test_paths_resolve_against_the_feature_folder_then_the_rootdir(pytester):
    pytester.makeini("[pytest]\n")  # the rootdir
    shutil.copy(EXAMPLE, pytester.path / "draft.md")
    checklists = pytester.mkdir("checklists")
    # the feature folder's own draft wins over the rootdir's: it has no footnote defect
    clean = EXAMPLE.read_text(encoding="utf-8").replace("[^3]: Echo Huang", "[^4]: Echo Huang")
    (checklists / "draft.md").write_text(clean, encoding="utf-8")
    shutil.copytree(EXAMPLE_CLAIMS, pytester.path / "claims")
    (checklists / "review.feature").write_text(
        """\
Feature: Paths
  Scenario: The feature folder first
    Given the draft "draft.md"
    Then there are no "FN" findings

  Scenario: Then the rootdir
    Given the draft "claims/../draft.md"
    And the claims registry "claims"
    Then there is a "FN001" finding on line 42
""",
        encoding="utf-8",
    )
    (checklists / "test_paths.py").write_text('from pytest_bdd import scenarios\n\nscenarios("review.feature")\n')
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


# --------------------------------------------------------------------------- other projects
def test_an_unrelated_project_is_unaffected(pytester):
    """A plain pytest project: the plugin loads, registers nothing that warns or fails, and
    imports none of claimcheck's pipeline (also with pytest-bdd's plugin disabled)."""
    pytester.makepyfile(
        test_plain="""\
            import sys

            def test_arithmetic():
                assert 1 + 1 == 2

            def test_claimcheck_stays_unloaded(pytestconfig):
                assert pytestconfig.pluginmanager.get_plugin("claimcheck") is not None
                heavy = [m for m in ("claimcheck.pipeline", "claimcheck.extract", "claimcheck.registry.store") if m in sys.modules]
                assert heavy == []
        """
    )
    for extra in ((), ("-p", "no:pytest-bdd")):
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "error", "--strict-markers", *extra)
        result.assert_outcomes(passed=2)
        assert result.ret == 0
        assert "PluginValidationError" not in result.stderr.str()


def test_an_unrelated_pytest_bdd_project_is_unaffected(pytester):
    """Its own steps and feature files work as before; nothing collects its .feature files
    a second time."""
    pytester.makefile(
        ".feature",
        cucumbers="""\
Feature: Cucumbers
  @slow
  Scenario: Eating
    Given there are 5 cucumbers
    When I eat 2 cucumbers
    Then I should have 3 cucumbers
""",
    )
    pytester.makepyfile(
        test_cucumbers="""\
            from pytest_bdd import given, parsers, scenarios, then, when

            scenarios("cucumbers.feature")

            @given(parsers.parse("there are {n:d} cucumbers"), target_fixture="basket")
            def basket(n):
                return {"n": n}

            @when(parsers.parse("I eat {k:d} cucumbers"))
            def eat(basket, k):
                basket["n"] -= k

            @then(parsers.parse("I should have {n:d} cucumbers"))
            def left(basket, n):
                assert basket["n"] == n
        """
    )
    pytester.makeini("[pytest]\nmarkers =\n    slow: slow\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers", "-W", "error")
    result.assert_outcomes(passed=1)


def test_without_pytest_bdd_the_plugin_registers_nothing(monkeypatch):
    """The guard: with pytest_bdd not importable the plugin imports, and defines no steps."""
    monkeypatch.setitem(sys.modules, "pytest_bdd", None)  # makes `import pytest_bdd` fail
    spec = importlib.util.spec_from_file_location(
        "claimcheck_bdd_plugin_without_bdd", ROOT / "src" / "claimcheck" / "bdd" / "plugin.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.HAVE_PYTEST_BDD is False
    assert not [name for name in vars(module) if name.startswith("pytestbdd_")]
    assert not hasattr(module, "claimcheck_review")
    # its hooks are optional: pluggy accepts them with pytest-bdd's hookspecs absent
    for name in ("pytest_bdd_before_scenario", "pytest_bdd_step_error", "pytest_bdd_apply_tag"):
        assert getattr(module, name).pytest_impl["optionalhook"] is True


def test_the_installed_plugin_defines_every_step():
    import claimcheck.bdd.plugin as plugin
    from claimcheck.bdd.steps import STEPS

    assert plugin.HAVE_PYTEST_BDD
    defined = [name for name in vars(plugin) if name.startswith("pytestbdd_stepdef_")]
    assert len(defined) == len(STEPS)
