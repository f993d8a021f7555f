"""Settings from [tool.claimcheck] / claimcheck.toml, selection, and located errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from claimcheck import config as config_module
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


# ------------------------------------------------- plain values taken without the model
_KEYS = [
    *(n for n in Settings.model_fields),
    *(f.alias for f in Settings.model_fields.values() if f.alias),
    "unknown",
    "fail_on ",
]
_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-5, 100_000),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(["error", "warning", "info", "never", "FN", "ALL", "https://example.org/d/", "ftp://x", "20"]),
        st.text(max_size=5),
        st.dates(),
        st.datetimes(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["FN001", "NU001", "*.md", "x"]), inner, max_size=2),
    ),
    max_leaves=6,
)


def _same(a: Settings, b: Settings) -> None:
    assert a.__dict__ == b.__dict__
    assert {k: type(v) for k, v in a.__dict__.items()} == {k: type(v) for k, v in b.__dict__.items()}
    assert a.model_fields_set == b.model_fields_set
    assert a == b


@given(st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=4))
@hyp_settings(max_examples=400, deadline=None)
def test_plain_settings_are_what_the_model_validates(data):
    """A table of plain values is taken as it is (the model is not built for it): it must
    give the very settings pydantic's validation gives, and anything else goes to it."""
    plain = config_module._plain_settings(data)
    try:
        validated = Settings.model_validate(data)
    except Exception:  # noqa: BLE001  (the model refuses it: then no plain settings either)
        assert plain is None
        return
    if plain is not None:
        _same(plain, validated)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"select": ["FN", "AC001"], "fail-on": "error", "max-size-mb": 5, "time-budget": 0},
        {"extend-select": ["NU"], "respect-gitignore": False, "preview": True, "max_size_mb": 4096},
        {"publication-date": dt.date(2025, 2, 18), "rules": {"NU001": {"tolerance": 0.05}}},
        {"per-file-ignores": {"old/*.md": ["FN"]}, "exclude": ["x"], "docs-url": "https://example.org/d/"},
    ],
)
def test_plain_settings_of_a_usual_table(data):
    plain = config_module._plain_settings(data)
    assert plain is not None
    _same(plain, Settings.model_validate(data))


@given(st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=4))
@hyp_settings(max_examples=300, deadline=None)
def test_the_settings_json_data_is_pydantic_s_json_dump(data):
    try:
        settings = Settings.model_validate(data)
        want = settings.model_dump(mode="json")
    except Exception:  # noqa: BLE001  (no settings, or none pydantic writes as JSON)
        return
    try:
        got = settings.json_data()
    except TypeError:  # a rule option written in pydantic's own form: the key takes its dump
        return
    assert got == want


def test_a_run_of_plain_settings_does_not_build_the_settings_model(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from conftest import ROOT

    draft = tmp_path / "d.md"
    draft.write_text("# Notes\n\nThe board met twice in 2024.\n", encoding="utf-8")
    (tmp_path / "claimcheck.toml").write_text('select = ["FN", "DT"]\nfail-on = "error"\n', encoding="utf-8")
    code = (
        "import atexit, json, sys\n"
        "def report():\n"
        "    from claimcheck.config import Settings\n"
        "    print(json.dumps(Settings.__pydantic_complete__))\n"
        "atexit.register(report)\n"
        f"sys.argv = ['claimcheck', 'verify', '--preview', {str(draft)!r}]\n"
        "from claimcheck.cli import main\nmain()"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert json.loads(out.stdout.strip().splitlines()[-1]) is False
