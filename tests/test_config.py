"""Settings from [tool.claimcheck] / claimcheck.toml, selection, and located errors."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Settings, find_config, load_settings, matches
from claimcheck.errors import ConfigError
from conftest import run_cli


@pytest.mark.parametrize(
    ("selector", "hit"),
    [
        ("ALL", True),
        ("FN", True),
        ("fn", True),
        ("FN001", True),
        ("FN002", False),
        ("AC", False),
        ("duplicate-footnote-number", True),
        ("unreferenced-footnote", False),
    ],
)
def test_matches(selector, hit):
    assert matches(selector, "FN001", "duplicate-footnote-number") is hit


def test_select_and_ignore():
    s = Settings(select=["FN"], ignore=["FN003"])
    assert s.is_selected("FN001", "x") and not s.is_selected("FN003", "y") and not s.is_selected("AC001", "z")


def test_pyproject_table_is_found_upwards(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimcheck]\nselect = ["FN001"]\nfail-on = "error"\npublication-date = 2025-02-18\n'
    )
    sub = tmp_path / "drafts"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert find_config() == tmp_path / "pyproject.toml"
    s = load_settings()
    assert s.select == ["FN001"] and s.fail_on == "error" and s.publication_date == dt.date(2025, 2, 18)


def test_claimcheck_toml_wins_and_flags_override(tmp_path, monkeypatch):
    (tmp_path / "claimcheck.toml").write_text('fail-on = "error"\n')
    monkeypatch.chdir(tmp_path)
    assert load_settings(fail_on="never").fail_on == "never"


def test_unknown_key_is_located(tmp_path):
    cfg = tmp_path / "claimcheck.toml"
    cfg.write_text('select = ["FN"]\nfial-on = "error"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert err.value.line == 2 and "fial-on" in err.value.message


def test_bad_toml_is_located(tmp_path):
    cfg = tmp_path / "claimcheck.toml"
    cfg.write_text('select = ["FN"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert err.value.code == "E203" and err.value.line is not None


def test_per_file_ignores(tmp_path):
    s = Settings(**{"per-file-ignores": {"old/*.md": ["FN"]}})
    assert s.ignored_for("old/a.md", "FN001", "x") and not s.ignored_for("new/a.md", "FN001", "x")


def test_config_error_exits_2(tmp_path):
    (tmp_path / "claimcheck.toml").write_text("fail-on = 3\n")
    (tmp_path / "d.md").write_text("Text.\n")
    res = run_cli("verify", "d.md", cwd=tmp_path)
    assert res.returncode == 2 and res.stderr.startswith("error[E201]:") and "claimcheck.toml:1" in res.stderr
