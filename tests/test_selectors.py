"""A CI gate never passes by accident: selectors that name no rule are errors, commas and
family names work as ruff users expect, a broken settings file is never skipped, and a bad
command-line value names its flag."""

from __future__ import annotations

import pytest

from claimcheck.config import Settings, load_settings, matches, split_selectors
from claimcheck.errors import ConfigError, UsageError
from conftest import EXAMPLE, run_in_process


def test_commas_split_like_ruff():
    assert split_selectors(["FN,AC", "NM"]) == ["FN", "AC", "NM"]
    assert split_selectors("FN, AC001") == ["FN", "AC001"]


@pytest.mark.parametrize("selector", ["footnotes", "Footnotes", "FN", "numbers-and-units", "numbers and units"])
def test_family_names_select_their_family(selector):
    family = "NU" if "number" in selector else "FN"
    assert matches(selector, f"{family}001", "x")
    assert not matches(selector, "CT001", "x")


@pytest.mark.parametrize("flag", ["--select", "--ignore", "--extend-select", "--extend-ignore"])
@pytest.mark.parametrize("value", ["ZZ", "FN999", "no-such-rule", "FN,ZZ"])
def test_an_unknown_selector_on_the_command_line_is_exit_2(capsys, flag, value):
    code, out, err = run_in_process("verify", EXAMPLE, flag, value, capsys=capsys)
    assert code == 2 and out == ""
    assert "E418" in err and flag in err and "names no rule" in err


def test_comma_and_family_forms_check_what_they_say(capsys):
    code, out, _ = run_in_process("verify", EXAMPLE, "--select", "FN,AC", "--output-format", "concise", capsys=capsys)
    assert code == 1 and " FN001 " in out and " FN002 " in out
    code2, out2, _ = run_in_process("verify", EXAMPLE, "--select", "footnotes", "--format", "concise", capsys=capsys)
    assert (code2, out2) == (code, out)


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ('select = ["ZZ"]', "select"),
        ('ignore = ["FN999"]', "ignore"),
        ('extend-select = ["footnotez"]', "extend-select"),
        ('[severity]\nFN = "error"', "severity"),
        ("[rules.NU999]\ntolerance = 0.1", "rules"),
        ('[per-file-ignores]\n"old/*.md" = ["QQ"]', "per-file-ignores"),
    ],
)
def test_an_unknown_selector_in_the_settings_file_is_located(tmp_path, table, key):
    cfg = tmp_path / "claimcheck.toml"
    cfg.write_text(f'fail-on = "error"\n{table}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert err.value.code == "E205" and key in err.value.message and err.value.line is not None


def test_a_broken_pyproject_found_by_search_is_an_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nfail-on = "error\n', encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("Costs fell.[^1]\n\n[^1]: A.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_in_process("verify", draft, capsys=capsys)
    assert code == 2 and "E203" in err and "pyproject.toml" in err


def test_an_unrelated_broken_pyproject_is_left_alone(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.other]\nx = "\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings().origin is None


def test_a_bad_flag_value_names_the_flag_not_the_settings_file(capsys):
    code, _, err = run_in_process("verify", EXAMPLE, "--publication-date", "2025-13-01", capsys=capsys)
    assert code == 2 and "--publication-date" in err and "pyproject" not in err
    with pytest.raises(UsageError):
        load_settings(None, search=False, max_size_mb=-1)


def test_extend_select_adds_to_the_default_set_and_extend_ignore_removes():
    s = Settings.model_validate({"extend-select": ["RG005"], "extend-ignore": ["FN003"]})
    assert s.is_selected("RG005", "unregistered-claim", default=False)
    assert s.is_selected("FN001", "duplicate-footnote-number")
    assert not s.is_selected("FN003", "unreferenced-footnote")
    narrowed = Settings(select=["FN"], extend_select=["CT002"])
    assert narrowed.is_selected("CT002", "malformed-url") and not narrowed.is_selected("AC001", "x")


def test_statistics_and_show_settings(capsys, tmp_path):
    code, out, _ = run_in_process("verify", EXAMPLE, "--statistics", capsys=capsys)
    assert code == 1
    assert out.splitlines()[0].split()[:2] == ["1", "FN001"] and out.rstrip().endswith("in 1 file")
    code, out, _ = run_in_process("verify", EXAMPLE, "--show-settings", "--ignore", "NM", capsys=capsys)
    assert code == 0 and 'ignore = ["NM"]' in out


def test_output_format_from_the_settings_file(tmp_path, capsys):
    cfg = tmp_path / "claimcheck.toml"
    cfg.write_text('output-format = "concise"\n', encoding="utf-8")
    code, out, _ = run_in_process("verify", EXAMPLE, "--config", cfg, capsys=capsys)
    assert code == 1 and len(out.splitlines()) == 2 and "help:" not in out


def test_select_on_the_command_line_replaces_the_files_selection(tmp_path):
    cfg = tmp_path / "claimcheck.toml"
    cfg.write_text('extend-select = ["AC005"]\n', encoding="utf-8")
    assert load_settings(cfg).extend_select == ["AC005"]
    assert load_settings(cfg, select=["FN"]).extend_select == []
    assert load_settings(cfg, select=["FN"], extend_select=["CT"]).extend_select == ["CT"]
