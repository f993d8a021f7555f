"""ECB reference rates: the values the number rules use, and their cache file."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.rules import _rates


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    _rates.rate.cache_clear()
    _rates._disk_cache.cache_clear()
    yield tmp_path
    _rates.rate.cache_clear()
    _rates._disk_cache.cache_clear()


def test_year_average_matches_the_ecb_published_average(fresh):
    # ECB: 2023 annual average 7.6600 CNY and 1.0813 USD per euro
    cny, which = _rates.rate("CNY", "EUR", year=2023)
    assert which == "the ECB average for 2023"
    assert 1 / cny == pytest.approx(7.66, abs=0.005)
    usd, _ = _rates.rate("USD", "EUR", year=2023)
    assert 1 / usd == pytest.approx(1.0813, abs=0.001)


def test_a_day_and_a_future_year(fresh):
    day, which = _rates.rate("EUR", "CNY", date=dt.date(2024, 6, 3))
    assert which == "the ECB reference rate of 2024-06-03" and 7.7 < day < 8.0
    _, which = _rates.rate("CNY", "EUR", year=2099, fallback=dt.date(2025, 2, 18))
    assert which == "the ECB reference rate of 2025-02-18 (publication date)"


def test_unknown_currency():
    assert _rates.rate("XXX", "EUR", year=2023) is None


def test_answers_are_cached_on_disk_and_reused_without_the_data(fresh, monkeypatch):
    first = _rates.rate("CNY", "EUR", year=2022)
    files = list(fresh.glob("ecb-rates-*.json"))
    assert len(files) == 1
    _rates.rate.cache_clear()
    _rates._disk_cache.cache_clear()

    def no_data():
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(_rates, "_converter", no_data)
    assert _rates.rate("CNY", "EUR", year=2022) == first


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocked / "cache"))
    _rates.rate.cache_clear()
    _rates._disk_cache.cache_clear()
    assert _rates.rate("USD", "EUR", year=2021) is not None


def _nu001(text: str, tmp_path):
    from claimcheck.config import Settings
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import build_rules, check_document

    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    settings = Settings(select=["NU001"])
    kept, _ = check_document(load_document(path), build_rules(settings), settings)
    return kept


def test_an_undated_conversion_says_which_rate_and_is_information(tmp_path):
    found = _nu001("The grid upgrade costs $12 billion (€15 billion).\n", tmp_path)
    assert len(found) == 1
    assert found[0].severity.value == "info"
    assert found[0].message.startswith("the text gives no year for this amount; 12 billion USD is")
    assert "(latest rate available)" in found[0].message


def test_a_dated_conversion_stays_a_warning(tmp_path):
    found = _nu001("In 2014, the port authority paid 1 billion rubles (about 16 million dollars).\n", tmp_path)
    assert [f.severity.value for f in found] == ["warning"]
    assert "the ECB average for 2014" in found[0].message


def test_cache_dir_and_no_cache_from_the_command_line(tmp_path, capsys, monkeypatch):
    from conftest import run_in_process

    from claimcheck.rules import _rates

    draft = tmp_path / "d.md"
    draft.write_text("In 2023 the fund held 7.66 billion yuan (1 billion euros).\n", encoding="utf-8")
    cache = tmp_path / "ci-cache"
    cache.mkdir()
    _rates.rate.cache_clear()
    run_in_process("verify", draft, "--select", "NU001", "--cache-dir", cache, capsys=capsys)
    assert [p.name for p in cache.iterdir() if p.name.startswith("ecb-rates-")]
    off = tmp_path / "off"
    off.mkdir()
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(off))
    _rates.rate.cache_clear()
    code, _, _ = run_in_process("verify", draft, "--select", "NU001", "--no-cache", capsys=capsys)
    assert list(off.iterdir()) == []
    _rates.configure_cache()
