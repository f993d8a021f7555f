"""The variant-sentence harness of the rule tests (defect sentences must give one
finding of the rule, trap sentences none)."""

from __future__ import annotations

from typing import Callable, Sequence

import pytest


def variant_tests(
    code: str | tuple[str, ...],
    defects: Sequence[str],
    traps: Sequence[str],
    missed: set[int] | frozenset[int] = frozenset(),
    reader: str = "markdown",
    wrap: str = "# Report\n\n{}\n",
) -> tuple[Callable[..., None], Callable[..., None]]:
    """``test_defect_found, test_trap_silent`` for a module of variant sentences: each
    defect (wrapped in ``wrap``) gives exactly one finding of ``code`` (of the codes, when a
    tuple), each trap none; a
    defect listed in ``missed`` is a strict expected failure (not found yet)."""
    from tests.rules.test_cases import run_rule

    codes = (code,) if isinstance(code, str) else code

    def run(text: str, tmp_path) -> list:
        return [f for c in codes for f in run_rule(c, wrap.format(text), reader, tmp_path)]

    def param(i: int):
        mark = pytest.mark.xfail(strict=True, reason="not found yet (see MISSED)") if i in missed else ()
        return pytest.param(i, marks=mark, id=str(i))

    @pytest.mark.parametrize("i", [param(i) for i in range(len(defects))])
    def test_defect_found(i: int, tmp_path) -> None:
        found = run(defects[i], tmp_path)
        assert len(found) == 1, [f.message for f in found]

    @pytest.mark.parametrize("i", range(len(traps)))
    def test_trap_silent(i: int, tmp_path) -> None:
        found = run(traps[i], tmp_path)
        assert found == [], [f.message for f in found]

    return test_defect_found, test_trap_silent
