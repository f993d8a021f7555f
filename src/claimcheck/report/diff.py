"""Output for ``claimcheck diff``: the claims two versions of a draft do not share, as text
or JSON (the comparison itself is :mod:`claimcheck.diff`)."""

from __future__ import annotations

import json
import re
from typing import Any

from claimcheck.claims.kinds import format_number
from claimcheck.claims.models import Claim, PartialDate
from claimcheck.diff import DiffResult, FieldChange

__all__ = ["render_diff"]


def _dump(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    return value


def _show(value: Any) -> str:
    if value is None or value == "" or value == ():
        return "-"
    if isinstance(value, PartialDate):
        return value.iso()
    if hasattr(value, "model_dump"):
        return " ".join(str(v) for v in value.model_dump(exclude_none=True).values())
    if isinstance(value, float):
        return f"{value:,.6g}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return str(value)


#: fields compared in normalised form; the text output shows them as each draft writes them
_TEXT_FIELDS = ("thing", "expansion", "authors", "title", "outlet", "quote", "speaker", "text")


def _written(claim: Any, fc: FieldChange, side: Any) -> Any:
    """A field's value as a draft writes it: the original text (not the lower-cased form
    compared), numbers as people write them ("580 billion", "4.2 million", "12.5")."""
    if fc.field in _TEXT_FIELDS and claim is not None and hasattr(claim, fc.field):
        return getattr(claim, fc.field)
    if isinstance(side, float):
        return format_number(side)
    return side


def _field_text(fc: FieldChange, old: Any = None, new: Any = None) -> str:
    if old is not None or new is not None:
        fc = FieldChange(fc.field, _written(old, fc, fc.old), _written(new, fc, fc.new))
    if fc.field == "members" and isinstance(fc.old, tuple) and isinstance(fc.new, tuple):
        gone = [m for m in fc.old if m not in fc.new]
        came = [m for m in fc.new if m not in fc.old]
        parts = []
        if gone:
            parts.append("without " + ", ".join(gone))
        if came:
            parts.append("with " + ", ".join(came))
        return "members: " + "; ".join(parts)
    return f"{fc.field}: {_show(fc.old)} → {_show(fc.new)}"


def _short(text: str, width: int = 70) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def _claim_json(c: Claim) -> dict[str, Any]:
    loc = c.location
    return {
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
        "text": c.text,
        "sentence": c.sentence,
        "claim": c.model_dump(mode="json", exclude={"location", "sentence", "text"}, exclude_none=True),
    }


def render_diff(diff: DiffResult, fmt: str = "text") -> str:
    if fmt == "json":
        data = {
            "version": 1,
            "old": {"path": diff.old_path, "compared": diff.old_region},
            "new": {"path": diff.new_path, "compared": diff.new_region},
            "scope": diff.scope,
            "changes": [
                {
                    "status": ch.status,
                    "kind": ch.kind,
                    "old": _claim_json(ch.old) if ch.old is not None else None,
                    "new": _claim_json(ch.new) if ch.new is not None else None,
                    "fields": [{"field": f.field, "old": _dump(f.old), "new": _dump(f.new)} for f in ch.fields],
                }
                for ch in diff.changes
            ],
            "summary": {
                "changed": diff.count("changed"),
                "added": diff.count("added"),
                "removed": diff.count("removed"),
                "unchanged": diff.unchanged,
            },
            "notes": diff.notes,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    out = [
        f"old: {diff.old_path} ({diff.old_region})",
        f"new: {diff.new_path} ({diff.new_region})",
    ]
    out += [f"note: {n}" for n in diff.notes]
    for ch in diff.changes:
        if ch.status == "changed":
            out.append(
                f"changed  {ch.kind:<11} {ch.old.location} → {ch.new.location}: "
                f"“{_short(ch.old.text, 40)}” → “{_short(ch.new.text, 40)}”"
            )
            out += [f"    {_field_text(f, ch.old, ch.new)}" for f in ch.fields]
        else:
            c = ch.old if ch.status == "removed" else ch.new
            out.append(f"{ch.status:<8} {ch.kind:<11} {c.location}: “{_short(c.text)}”")
        c = ch.new or ch.old
        out.append(f"    in: {_short(c.sentence or c.text, 110)}")
    out.append(
        f"{diff.count('changed')} changed, {diff.count('added')} added, {diff.count('removed')} removed, "
        f"{diff.unchanged} unchanged claims"
    )
    return "\n".join(out) + "\n"
