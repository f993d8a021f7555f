"""The cache folder's marshal files (claimcheck.cache): one reader and writer for the data
tables, the pattern cache (lazyre) and the code cache (codecache)."""

from __future__ import annotations

from pathlib import Path

from claimcheck import cache


def test_a_missing_or_damaged_table_reads_empty(tmp_path: Path) -> None:
    assert cache.read_table(None) == {}
    assert cache.read_table(tmp_path / "none.marshal") == {}
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00not marshal")
    assert cache.read_table(damaged) == {}
    other = tmp_path / "list.marshal"
    assert cache.write_marshal(other, [1, 2])
    assert cache.read_table(other) == {}  # kept, but not a table
    assert cache.read_marshal(other) == [1, 2]


def test_save_table_adds_the_new_entries_and_starts_afresh_when_full(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "table.marshal"
    assert cache.save_table(path, {}, {"a": 1}, max_entries=3)
    kept = cache.read_table(path)
    assert cache.save_table(path, kept, {"b": 2}, max_entries=3)
    assert cache.read_table(path) == {"a": 1, "b": 2}
    kept = cache.read_table(path)
    assert cache.save_table(path, kept, {"c": 3, "d": 4}, max_entries=3)
    assert cache.read_table(path) == {"c": 3, "d": 4}  # 2 + 2 > 3: the old entries go


def test_nothing_to_save_or_nowhere_to_save_it(tmp_path: Path) -> None:
    assert not cache.save_table(None, {}, {"a": 1}, max_entries=3)
    assert not cache.save_table(tmp_path / "t.marshal", {}, {}, max_entries=3)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert not cache.save_table(blocker / "t.marshal", {}, {"a": 1}, max_entries=3)
    assert not cache.write_marshal(tmp_path / "x.marshal", object())  # marshal cannot write it
