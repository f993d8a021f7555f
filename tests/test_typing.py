"""The package ships ``py.typed``: what a library user writes against it must type-check.

A downstream snippet reads ``.currency`` from money claims (``of_kind("money")`` and
``of_type(MoneyClaim)`` give ``MoneyClaim`` objects, not the eight-way claim union) and a
rule's options through ``Rule[Options]``; reading ``.currency`` from count claims must fail.
The whole package is checked by ``mypy --strict src/claimcheck`` in ``.ci/run``.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

SNIPPET = textwrap.dedent(
    '''
    from typing import Iterable

    from pydantic import BaseModel

    from claimcheck.claims.models import ClaimSet, MoneyClaim, NumericClaim
    from claimcheck.findings.model import Finding
    from claimcheck.rules.base import CheckContext, Rule


    def currencies(claims: ClaimSet) -> set[str]:
        return {c.currency for c in claims.of_kind("money")}


    def amounts(claims: ClaimSet) -> list[tuple[float, str]]:
        return [(m.value, m.currency) for m in claims.of_type(MoneyClaim)]


    def values(claims: ClaimSet) -> list[float]:
        return [n.value for n in claims.of_type(NumericClaim)]


    class Options(BaseModel):
        limit: float = 1e9


    class LargeAmount(Rule[Options]):
        """Amounts over a limit."""

        code = "XX001"
        name = "large-amount"
        Options = Options

        def check(self, ctx: CheckContext) -> Iterable[Finding]:
            for m in ctx.claims.of_kind("money"):
                if m.value > self.options.limit:
                    yield self.finding(m.location, f"{m.value} {m.currency}")


    def wrong(claims: ClaimSet) -> list[str]:
        return [c.currency for c in claims.of_kind("count")]  # the one expected error
    '''
)


def test_downstream_code_type_checks(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is not installed (pip install 'claimcheck[dev]')")
    snippet = tmp_path / "downstream.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    config = tmp_path / "mypy.ini"  # not the project's settings: only the snippet is checked
    config.write_text(f"[mypy]\nmypy_path = {SRC}\n", encoding="utf-8")
    limit = sys.getrecursionlimit()
    try:
        out, err, status = api.run(
            [
                "--strict",
                "--config-file",
                str(config),
                "--cache-dir",
                str(tmp_path / "cache"),
                "--follow-imports",
                "silent",
                "--no-error-summary",
                "--show-error-codes",
                str(snippet),
            ]
        )
    finally:
        # mypy raises the interpreter's recursion limit and leaves it raised: a later test
        # in this process (deeply nested TOML must fail to parse, E203) would then pass
        # through the parser
        sys.setrecursionlimit(limit)
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1, out + err
    assert '"CountClaim" has no attribute "currency"' in errors[0], out
    line = int(errors[0].split(":")[1])
    assert "the one expected error" in SNIPPET.splitlines()[line - 1]
    assert status == 1
