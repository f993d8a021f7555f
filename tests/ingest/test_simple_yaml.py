"""The front matter read without PyYAML (``_simple_yaml``) is what PyYAML reads, or is
left to PyYAML: never a different value."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.ingest.markdown import _loaders, _simple_yaml


def _pyyaml(body: str) -> object:
    return yaml.load(body, Loader=_loaders()[0])  # noqa: S506 - a safe loader


def test_common_front_matter_is_read_without_pyyaml():
    body = 'title: "Ports and Partners #4 — a review"\npublication_date: 2025-06-30\nstatus: draft\nauthor: J. Doe'
    data = _simple_yaml(body)
    assert data == {
        "title": "Ports and Partners #4 — a review",
        "publication_date": dt.date(2025, 6, 30),
        "status": "draft",
        "author": "J. Doe",
    }
    assert data == _pyyaml(body)


def test_what_yaml_reads_otherwise_is_left_to_pyyaml():
    for body in (
        "draft: yes",  # a boolean in YAML 1.1
        "on: 2025-01-01",  # a boolean key
        "status: null",
        "version: 3",
        "date: 2025-02-30",  # not a date: PyYAML reports it
        "date: 2025-06-30 10:00",
        "title: a: b",
        "title: x # a comment",
        'title: "a \\" b"',
        "title: 'it''s'",
        "tags: [a, b]",
        "title: two  spaces",
        "title: trailing ",
        "a: x\na: y",  # a key written twice: PyYAML's reading and the notice
        "",
        "title: x\n",
        "title: x\r",
        "title: \x85x",
        "title: *anchor",
        "title: !!str x",
        "- a",
    ):
        assert _simple_yaml(body) is None, body


_KEYS = st.sampled_from(["title", "status", "on", "No", "null", "a_b", "x-y", "date", "Yes", "y"])
_VALUE_CHARS = st.sampled_from(list("aZé—1 :#'\"\\-[]{}.,!&*|>%@`?~=\t") + ["\x85", "\u2028", "\x07"])
_NICE = st.text(st.sampled_from(list("aZé—1 .,-/")), min_size=1, max_size=10)
_VALUES = st.one_of(
    _NICE,
    _NICE.map(lambda t: f'"{t}"'),
    st.text(_VALUE_CHARS, max_size=12),
    st.sampled_from(["yes", "Off", "NULL", "2024-02-29", "2023-02-29", "0000-01-01", "1999-12-31", "~", ".inf"]),
    st.text(_VALUE_CHARS, max_size=8).map(lambda t: f'"{t}"'),
    st.text(_VALUE_CHARS, max_size=8).map(lambda t: f"'{t}'"),
)
_LINES = st.tuples(_KEYS, st.sampled_from([": ", ": ", ":  ", ":", " : "]), _VALUES).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=4).map("\n".join))
def test_simple_reading_agrees_with_pyyaml(body: str):
    data = _simple_yaml(body)
    if data is None:
        return
    assert data == _pyyaml(body)
    assert all(type(v) in (str, dt.date) for v in data.values())
