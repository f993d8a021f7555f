#!/usr/bin/env python3
"""claimcheck's extractors behind the peer-suite protocol (``../shared/peers/README.md``).

Reads one JSON object per line on stdin -- ``{"id", "text", "reference_date", "locale"}``
-- and writes one line per case, flushed at once so a scorer can stream cases:
``{"id", "predictions": [PRED, ...], "elapsed_ms"}``, where PRED has ``kind`` (quantity |
money | count | date), ``surface``, ``start``/``end`` (offsets in the case text),
``value``, ``low``/``high`` (ranges), ``unit`` (pint string; ISO 4217 code for money) and,
for dates, ``date`` (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``START/END``).

Each case is read the way a draft is: a :class:`~claimcheck.document.Source` holding the
text goes through ``read_pdf_text`` and ``claimcheck.extract.extract``. Claims carry
offsets in their block's normalised text, so they are mapped back to case offsets through
the block's source map (``Document.locate``), which also covers cases the reader
normalises (leading spaces, several lines). A claim whose mapped span does not hold its
text is reported on stderr and dropped rather than guessed.

Dates come from ``claimcheck.extract.dates:extract_dates`` when that module exists; until
then no dates are predicted.

    python benchmarks/peer_adapter.py < cases.jsonl > predictions.jsonl
"""

from __future__ import annotations

import datetime as dt

import importlib.util
import json
import sys
import time
from typing import Any

from claimcheck.document import Document, Source
from claimcheck.extract import extract
from claimcheck.document import Metadata
from claimcheck.ingest.pdftext import read_pdf_text

NUMERIC_KINDS = ("quantity", "money", "count")


def _kinds() -> list[str]:
    kinds = list(NUMERIC_KINDS)
    try:
        if importlib.util.find_spec("claimcheck.extract.dates") is not None:
            kinds.append("date")
    except (ImportError, ValueError):
        pass
    return kinds


def _file_offset(doc: Document, claim: Any, offset: int) -> int | None:
    """Offset in the case text of ``offset`` in the claim's block or footnote text."""
    src = doc.source
    if src is None:
        return None
    article = doc.articles[claim.article]
    if claim.block is not None:
        owner = article.blocks[claim.block]
    else:
        owner = next((f for f in article.footnotes if f.label == claim.footnote), None)
        if owner is None:
            return None
    return owner.source_map.to_file(offset)


def _date_string(claim: Any) -> str | None:
    if getattr(claim, "date", None) is None:
        return None
    if getattr(claim, "end_date", None) is not None:
        from claimcheck.extract.dates import range_iso

        return range_iso(claim.date, claim.end_date)
    return claim.date.iso()


def predict(
    text: str,
    kinds: list[str],
    errors: list[str],
    reference_date: str | None = None,
    locale: str | None = None,
) -> list[dict[str, Any]]:
    if not text.strip():
        return []
    # the case's reference date anchors relative dates; its locale decides day-first
    meta = Metadata(
        publication_date=dt.date.fromisoformat(reference_date[:10]) if reference_date else None,
        locale=locale,
    )
    doc = read_pdf_text(Source("case.txt", text), metadata=meta)
    try:
        claims = extract(doc, kinds=kinds)
    except ImportError:
        claims = extract(doc, kinds=[k for k in kinds if k != "date"])
    out: list[dict[str, Any]] = []
    for claim in claims:
        start = _file_offset(doc, claim, claim.start)
        if start is None:
            continue
        # map the last character too: a span the reader joined across lines ("2023" /
        # "January") is longer in the case text than in the block
        last = _file_offset(doc, claim, claim.start + len(claim.text) - 1)
        end = None if last is None else last + 1
        if end is None or " ".join(text[start:end].split()) != " ".join(claim.text.split()):
            errors.append(f"span of {claim.text!r} not found at {start}")
            continue
        pred: dict[str, Any] = {
            "kind": claim.kind,
            "surface": text[start:end],
            "start": start,
            "end": end,
        }
        if claim.kind == "date":
            date = _date_string(claim)
            if date is None:
                continue
            pred["date"] = date
        else:
            pred["value"] = claim.value
            if claim.low is not None and claim.high is not None:
                pred["low"] = claim.low
                pred["high"] = claim.high
            if claim.kind == "money":
                pred["unit"] = claim.currency
            elif claim.kind == "quantity":
                pred["unit"] = claim.unit
            else:
                pred["unit"] = None
        out.append(pred)
    if NUMBERS:
        out.extend(_bare_numbers(text, out))
    return out


#: Also report the number recogniser's bare numbers (``--numbers``): Recognizers-Text's
#: number suite (rt_number) scores that layer. claimcheck's own count claims need a
#: counted thing, so bare numbers are never claims; they are reported as "count" with no
#: unit only here, where they do not count against the other suites' scopes.
NUMBERS = "--numbers" in sys.argv


def _bare_numbers(text: str, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from claimcheck.extract.numbers import find_numbers

    # a number inside a numeric claim is that claim's ("$5 million" satisfies 5000000); one
    # that reaches beyond it is a number of its own ("3 hundred and 21" before "21 yuan",
    # "two out of five hundred" before "five hundred tvs"). Dates do not hide numbers: the
    # digits of "5/17/2018" are numbers all the same.
    taken = [(p["start"], p["end"]) for p in claims if p["kind"] in NUMERIC_KINDS]
    out = []
    for n in find_numbers(text):
        if any(s <= n.start and n.end <= e for s, e in taken):
            continue
        out.append(
            {
                "kind": "count",
                "surface": text[n.start : n.end],
                "start": n.start,
                "end": n.end,
                "value": n.value,
                "unit": None,
            }
        )
    return out


def main() -> int:
    kinds = _kinds()
    errors: list[str] = []
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        case = json.loads(line)
        t0 = time.perf_counter()
        try:
            preds = predict(case.get("text") or "", kinds, errors, case.get("reference_date"), case.get("locale"))
        except Exception as exc:  # one bad case must not stop the run
            errors.append(f"{case.get('id')}: {type(exc).__name__}: {exc}")
            preds = []
        elapsed = (time.perf_counter() - t0) * 1000
        sys.stdout.write(
            json.dumps(
                {"id": case.get("id"), "predictions": preds, "elapsed_ms": round(elapsed, 3)}, ensure_ascii=False
            )
            + "\n"
        )
        sys.stdout.flush()
        for err in errors:
            print(f"peer_adapter: {err}", file=sys.stderr)
        errors.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
