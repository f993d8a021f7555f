"""Control characters in a draft (terminal escapes, a carriage return in a note) never
reach the terminal and never vanish when piped: every command shows them as text."""

from __future__ import annotations

import pytest

from conftest import run_in_process

DRAFT = "The \x1b[31mred\x1b[0m team met.[^1] A bell\x07 rang.\n\n[^1]: Report\x1b]0;title\x07, 2024.\n"


@pytest.mark.parametrize(
    "command", [["show", "--blocks"], ["extract", "--format", "table"], ["verify", "--select", "ALL"]]
)
def test_control_characters_are_shown_not_sent(tmp_path, capsys, command):
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code, out, err = run_in_process(command[0], draft, *command[1:], capsys=capsys)
    assert code in (0, 1), err
    assert "\x1b" not in out and "\x07" not in out
    if command[0] == "show":
        assert "\\x1b[31mred" in out
