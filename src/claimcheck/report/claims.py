"""Output for ``claimcheck extract``: the claim records as JSON, YAML or a table."""

from __future__ import annotations

import json
from typing import Any, Iterable

from claimcheck.claims.kinds import summary_text
from claimcheck.claims.models import (
    Claim,
    ClaimSet,
)


def one_based(data: Any) -> Any:
    """``data`` with every ``article`` number counted from 1, as the text output and the
    messages count them ("article 2"); the document model counts from 0 (docs/json-output.md)."""
    if isinstance(data, dict):
        return {k: (v + 1 if k == "article" and isinstance(v, int) else one_based(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [one_based(v) for v in data]
    return data


def _records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    return [one_based(c.model_dump(mode="json", exclude_none=True)) for c in claims]


def _value(c: Claim) -> str:
    """A claim's value as an editor reads it ("580 billion EUR in 2023")."""
    return summary_text(c)


def _about(c: Claim) -> str:
    """What a numeric claim is about, as read (its subject: what is measured, its period and
    the names of its clause), for the table: "  about: asylum application / 2024 / EU"."""
    s = getattr(c, "subject", None)
    if s is None:
        return ""
    parts = [p for p in (s.what, ", ".join(s.period), ", ".join(s.scope)) if p]
    if s.part:
        parts.append(f"part ({s.part})")
    if s.hypothetical:
        parts.append("hypothetical")
    if s.measures and s.measures not in s.what.split():  # (a count's noun is its measure already)
        parts.append(f"measures {s.measures}")
    return f"  about: {' / '.join(parts)}" if parts else ""


def render_claims(claims: ClaimSet, fmt: str) -> str:
    records = list(claims)
    if fmt == "json":
        return json.dumps({"path": claims.path, "claims": _records(records)}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "yaml":
        import yaml

        return yaml.safe_dump({"path": claims.path, "claims": _records(records)}, allow_unicode=True, sort_keys=False)
    lines = []
    for c in records:
        loc = c.location
        where = f"{loc.line}:{loc.column}"
        src = f" [{', '.join(c.footnotes)}]" if c.footnotes else ""
        lines.append(f"{where:>9}  {c.kind:<11}  {_value(c)}{src}{_about(c)}")
    lines.append(f"{len(records)} claims in {claims.path}")
    return "\n".join(lines) + "\n"
