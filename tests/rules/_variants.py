"""The variant-sentence harness of the rule tests (defect sentences must give one
finding of the rule, trap sentences none)."""

from __future__ import annotations

from typing import Callable, Collection, Mapping, Sequence

import pytest


def variant_tests(
    code: str | tuple[str, ...],
    defects: Sequence[str] | Mapping[str, str],
    traps: Sequence[str] | Mapping[str, str],
    missed: Collection[int | str] = frozenset(),
    reader: str = "markdown",
    wrap: str = "# Report\n\n{}\n",
) -> tuple[Callable[..., None], Callable[..., None]]:
    """``test_defect_found, test_trap_silent`` for a module of variant sentences: each
    defect (wrapped in ``wrap``) gives exactly one finding of ``code`` (of the codes, when a
    tuple), each trap none; a
    defect listed in ``missed`` is a strict expected failure (not found yet). Sentences
    given by name (a mapping) are run in the names' order, with the names as test ids and
    in ``missed``; a list's are numbered."""
    from tests.rules.test_cases import run_rule

    codes = (code,) if isinstance(code, str) else code

    def run(text: str, tmp_path) -> list:
        return [f for c in codes for f in run_rule(c, wrap.format(text), reader, tmp_path)]

    def keyed(sentences: Sequence[str] | Mapping[str, str]) -> dict[int | str, str]:
        if isinstance(sentences, Mapping):
            return {name: sentences[name] for name in sorted(sentences)}
        return dict(enumerate(sentences))

    defect_of, trap_of = keyed(defects), keyed(traps)

    def param(key: int | str):
        mark = pytest.mark.xfail(strict=True, reason="not found yet (see MISSED)") if key in missed else ()
        return pytest.param(key, marks=mark, id=str(key))

    @pytest.mark.parametrize("key", [param(k) for k in defect_of])
    def test_defect_found(key: int | str, tmp_path) -> None:
        found = run(defect_of[key], tmp_path)
        assert len(found) == 1, [f.message for f in found]

    @pytest.mark.parametrize("key", [pytest.param(k, id=str(k)) for k in trap_of])
    def test_trap_silent(key: int | str, tmp_path) -> None:
        found = run(trap_of[key], tmp_path)
        assert found == [], [f.message for f in found]

    return test_defect_found, test_trap_silent


#: a page of unrelated prose to set two places of a probe apart (the context linker weighs
#: words by their rarity in the document), ending under a heading of its own
FILLER = (
    "\n\nThe harbour authority was reorganised twice in ten years, and its managers say the "
    "second change worked better than the first. Staff were consulted at every step, and the "
    "unions agreed the new rota in the spring.\n\nFreight volumes recovered slowly after the "
    "storms of the previous winter; the quays were repaired with money from the regional "
    "budget, and the ferries kept running throughout.\n\n## Later\n\n"
)


def apart(first: str, second: str) -> str:
    """``first`` and ``second`` with :data:`FILLER` between them."""
    return first + FILLER + second
