"""No module of the package binds one top-level name twice.

A second ``_PARTICIPLE_AFTER = ...`` lower in a module silently replaces the first for every
function that reads it (the functions read the module's name when they run, not where
they stand): two branches merged in session 26 each added one to the NU003 module, and a
trap of one branch fired again. Four older shadowed patterns found with this test were
renamed, so that every function reads the pattern written for it; the names bound twice on
purpose are listed."""

from __future__ import annotations

import ast
from pathlib import Path

import claimcheck

#: (module, name): bound twice on purpose
KNOWN = {
    ("lazyre.py", "compile"),  # typing overloads of one function
    ("extract/acronym_letters.py", "FUNCTION_WORDS"),  # widened on purpose
}


def _bound_twice(path: Path) -> set[str]:
    seen: set[str] = set()
    twice: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            continue
        for name in names:
            (twice if name in seen else seen).add(name)
    return twice - {"__all__"}


def test_no_top_level_name_is_bound_twice() -> None:
    root = Path(claimcheck.__file__).parent
    found = {
        (path.relative_to(root).as_posix(), name) for path in sorted(root.rglob("*.py")) for name in _bound_twice(path)
    }
    assert found - KNOWN == set(), "a second binding replaces the first for every reader: rename one"
