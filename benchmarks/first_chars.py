"""Write ``src/claimcheck/data/first_chars.json``: the first characters of the matches of the
package's constant patterns, kept with the package (:mod:`claimcheck.lazyre`).

    python benchmarks/first_chars.py          # writes the sets of the running Python
    python benchmarks/first_chars.py --check  # exits 1 when the file is not what it would write

A run that builds its patterns from their text (``--no-cache``, or a new cache folder) took
a sixth of each pattern's building to work out the characters a match can open with; the
file holds :func:`claimcheck.lazyre._charset`'s answer for every pattern the package holds as
a constant, so such a run reads them. The patterns, in a fresh process:

- the libraries' own, compiled at import under ``lazyre.patterns_of_imports_cached`` (pydantic
  with the modules it imports, tomllib, PyYAML, markdown-it), imported here first as a run
  imports them;
- every lazy pattern that exists once every module of the package is imported (module and
  class constants, tables of patterns, patterns built at import from word lists);
- every pattern written as a string literal at a ``re.compile``/``re.search``-style call of
  a module that imports ``lazyre as re``, with its flags when they are constants.

The file keeps one table per Python (``lazyre.python_stamp()``: its minor version and
``_sre.MAGIC``); writing keeps the others. ``tests/test_lazyre.py`` runs :func:`table` and
compares.
"""

from __future__ import annotations

import argparse
import ast
import gc
import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

#: the ``re`` functions whose first argument is a pattern, and where their flags stand
_CALLS = {
    "compile": 1,
    "search": 2,
    "match": 2,
    "fullmatch": 2,
    "findall": 2,
    "finditer": 2,
    "split": 3,
    "sub": 4,
    "subn": 4,
}


def library_patterns() -> set[tuple[str, int]]:
    """The patterns the libraries compile at import through lazyre (see the module's
    docstring); call first in a fresh process, before the package's modules import them."""
    from claimcheck import lazyre

    seen: set[tuple[str, int]] = set()
    compile_of_imports = lazyre._compile_of_imports

    def record(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is str:
            seen.add((pattern, int(flags)))
        return compile_of_imports(pattern, flags)

    lazyre._compile_of_imports = record  # type: ignore[assignment]
    try:
        with lazyre.patterns_of_imports_cached():
            import pydantic  # noqa: F401  (as claimcheck.config imports it)
            import tomllib  # noqa: F401
            import yaml  # noqa: F401
            from markdown_it import MarkdownIt  # noqa: F401
            from markdown_it.rules_core import StateCore  # noqa: F401
    finally:
        lazyre._compile_of_imports = compile_of_imports  # type: ignore[assignment]
    return seen


def package_patterns() -> set[tuple[str, int]]:
    """Every constant pattern of the package: its lazy patterns once all its modules are
    imported, and the string literals at its ``re.*`` calls (see the module's docstring)."""
    import claimcheck
    from claimcheck import lazyre

    found: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    for obj in gc.get_objects():
        if isinstance(obj, lazyre.LazyPattern):
            found.add((obj.pattern, int(obj._flags)))
    for path in sorted((SRC / "claimcheck").rglob("*.py")):
        found |= _literal_patterns(path.read_text(encoding="utf-8"), lazyre)
    return found


def _literal_patterns(source: str, lazyre: Any) -> set[tuple[str, int]]:
    if "lazyre as re" not in source:
        return set()
    out: set[tuple[str, int]] = set()
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _CALLS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        at = _CALLS[node.func.attr]
        flag_node = node.args[at] if len(node.args) > at else None
        flag_node = next((k.value for k in node.keywords if k.arg == "flags"), flag_node)
        try:
            flags = (
                0
                if flag_node is None
                else int(eval(compile(ast.Expression(flag_node), "<flags>", "eval"), {"re": lazyre}))
            )
        except Exception:  # noqa: BLE001  (flags of the caller's own: not a constant)
            continue
        out.add((node.args[0].value, flags))
    return out


def table(patterns: set[tuple[str, int]]) -> dict[str, Any]:
    """The file's table for the running Python: ``patterns``, digest -> the index of its class
    in ``classes`` or None (:func:`claimcheck.lazyre._charset`'s answer), for each pattern that
    reaches it (the others are settled by :func:`claimcheck.lazyre._build`'s first tests);
    ``classes``, each class once (:func:`claimcheck.lazyre.stored_class`)."""
    from re import _compiler, _constants as c, _parser  # type: ignore[attr-defined]

    from claimcheck import lazyre

    out: dict[str, int | None] = {}
    classes: dict[str, int] = {}
    for pattern, flags in sorted(patterns):
        try:
            parsed = _parser.parse(pattern, flags)
            code = _compiler._code(parsed, flags)
        except Exception:  # noqa: BLE001  (not a pattern this Python compiles)
            continue
        all_flags = int(flags | parsed.state.flags)
        if all_flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII) or not all_flags & c.SRE_FLAG_UNICODE:
            continue
        if code[0] != c.INFO or code[2] != 0 or code[3] == 0:
            continue
        data = parsed.data
        if data and data[0][0] is c.AT and data[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            continue
        charset = lazyre._charset(parsed, all_flags)
        stored = None if charset is None else lazyre.stored_class(charset)
        out[lazyre._table_key(pattern, flags)] = None if stored is None else classes.setdefault(stored, len(classes))
    return {"patterns": dict(sorted(out.items())), "classes": list(classes)}


def current() -> dict[str, Any]:
    """The table of the running Python, for every pattern above (a fresh process: see
    :func:`library_patterns`)."""
    libraries = library_patterns()
    return table(libraries | package_patterns())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the file differs from what would be written")
    args = ap.parse_args()
    from claimcheck import lazyre

    path = SRC / "claimcheck" / "data" / lazyre.FIRST_CHARS_FILE
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        old = {}
    sets = dict(old.get("sets", {}))
    sets[lazyre.python_stamp()] = current()
    new = {
        "about": "written by benchmarks/first_chars.py: per Python, a digest of (flags, pattern) -> "
        "the index of the compiled class of a match's first characters (claimcheck.lazyre.stored_class)",
        "sets": dict(sorted(sets.items())),
    }
    text = json.dumps(new, indent=0) + "\n"
    if args.check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{path} differs: run benchmarks/first_chars.py")
        sys.exit(0 if same else 1)
    path.write_text(text, encoding="utf-8")
    mine = sets[lazyre.python_stamp()]
    print(
        f"{path}: {len(mine['patterns'])} patterns, {len(mine['classes'])} classes for Python {lazyre.python_stamp()}"
    )


if __name__ == "__main__":
    main()
