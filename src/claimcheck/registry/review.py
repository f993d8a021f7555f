"""The review workflow: where each checkable claim of a draft stands in the registry
(``claimcheck status``), and registry entries proposed for a draft's claims
(``claimcheck claims init``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from claimcheck.claims.kinds import (
    CHECKABLE_KINDS,
    is_checkable,
    registry_fields,
    slug_text,
)
from claimcheck.claims.models import Claim, MemberListClaim
from claimcheck.errors import RegistryError
from claimcheck.fileio import write_atomic
from claimcheck.registry.matching import (
    best_match,
    format_claim_value,
    match_claim,
    normalise,
    under_review,
)
from claimcheck.registry.store import Entry, dump_entries

__all__ = [
    "STATES",
    "ClaimStatus",
    "claim_statuses",
    "propose_entries",
    "refuse_existing",
    "totals_line",
    "write_proposals",
]

#: The states a checkable claim can be in, in the order totals list them.
STATES = ("verified", "unverified", "disputed", "false", "outdated", "contradicting", "without entry")


@dataclass(frozen=True)
class ClaimStatus:
    claim: Any
    state: str
    entry: Any | None = None
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        c, e = self.claim, self.entry
        out: dict[str, Any] = {
            "path": c.location.path,
            "line": c.location.line,
            "column": c.location.column,
            "kind": c.kind,
            "text": c.text,
            "value": format_claim_value(c),
            "state": self.state,
            "entry": None,
        }
        if e is not None:
            out["entry"] = {
                "id": e.id,
                "path": e.path,
                "line": e.location().line,
                "status": e.status,
                "reviewed_by": e.reviewed_by,
                "reviewed_on": e.reviewed_on.isoformat() if e.reviewed_on else None,
                "as_of": e.as_of.iso(),
            }
            if getattr(e, "example", False):
                out["entry"]["example"] = True
            if self.detail:
                out["entry"]["detail"] = self.detail
        return out


def claim_statuses(claims: Iterable[Any], registry: Any) -> list[ClaimStatus]:
    """Every checkable claim with its entry and state, in reading order."""
    index = registry.index
    out = []
    for claim in claims:
        if claim.kind not in CHECKABLE_KINDS:
            continue
        matches = match_claim(index, claim)
        if not under_review(claim, matches):
            continue
        best = best_match(matches)
        if best is None:
            out.append(ClaimStatus(claim, "without entry"))
        elif best.agrees:
            out.append(ClaimStatus(claim, best.entry.status, best.entry))
        else:
            detail = f"the draft has {best.draft_value}; the entry {best.entry_value}"
            if best.missing or best.extra:
                bits = []
                if best.extra:
                    bits.append("adds " + ", ".join(best.extra))
                if best.missing:
                    bits.append("leaves out " + ", ".join(best.missing))
                detail = "the draft's list " + "; ".join(bits)
            out.append(ClaimStatus(claim, "contradicting", best.entry, detail))
    return out


def totals(statuses: list[ClaimStatus]) -> dict[str, int]:
    counts = {s: 0 for s in STATES}
    for st in statuses:
        counts[st.state] += 1
    return counts


def totals_line(statuses: list[ClaimStatus]) -> str:
    """``"31 verified, 4 unverified, 1 disputed, 3 without entry"``."""
    counts = totals(statuses)
    parts = [f"{n} {state}" for state, n in counts.items() if n]
    if not parts:
        return "no checkable claims"
    return ", ".join(parts)


# --------------------------------------------------------------------------- claims init
def _slug(text: str, limit: int = 60) -> str:
    words = normalise(text).split()
    out = "-".join(w for w in words if re.fullmatch(r"[a-z0-9]+", w))
    return out[:limit].strip("-") or "claim"


def _value_slug(claim: Claim) -> str:
    return _slug(slug_text(claim))


def _nearest_labels(claim: Any, doc: Any) -> tuple[str, ...]:
    """The footnote referenced right after the claim in its sentence ("580 billion euros in
    2023,[^1] and … 6.6 trillion yuan in 2029.[^2]"), else every one of the sentence."""
    if claim.footnote or not claim.footnotes or claim.block is None:
        return (claim.footnote,) if claim.footnote else tuple(claim.footnotes)
    article = next((a for a in doc.articles if a.index == claim.article), None)
    if article is None:
        return tuple(claim.footnotes)
    after = [r for r in article.refs if r.block == claim.block and r.offset >= claim.end and r.label in claim.footnotes]
    if after:
        return (min(after, key=lambda r: r.offset).label,)
    return tuple(claim.footnotes)


def _sources_for(claim: Any, citations: list[Any], doc: Any) -> list[dict[str, Any]]:
    """The sources a claim's footnote cites (the footnote's own citation for a claim in a note)."""
    labels = _nearest_labels(claim, doc)
    out = []
    for c in citations:
        if c.article != claim.article or c.footnote not in labels:
            continue
        if not (c.title or c.url):
            continue
        src: dict[str, Any] = {}
        if c.title:
            src["title"] = c.title
        if c.outlet:
            src["outlet"] = c.outlet
        if c.date is not None:
            src["date"] = c.date.iso()
        if c.url and re.match(r"^https?://\S+$", c.url):
            src["url"] = c.url
        if "title" in src or "url" in src:
            out.append(src)
    return out


def _as_of(claim: Any, sources: list[dict[str, Any]], publication: dt.date | None) -> str:
    if isinstance(claim, MemberListClaim) and claim.as_of is not None:
        return claim.as_of.iso()
    dates: list[str] = sorted(s["date"] for s in sources if "date" in s)
    if dates:
        return dates[-1]
    return (publication or dt.date.today()).isoformat()


_value_fields = registry_fields


def _alias_candidates(claim: Any) -> list[str]:
    """Words of the claim's own sentence that name its subject, best first: the counted
    thing or named places and bodies of its clause, then its other content words (never
    the number or unit itself)."""
    from claimcheck.registry.matching import normalise

    subject = getattr(claim, "subject", None)
    found: list[str] = []
    sentence = f" {normalise(claim.sentence or claim.text)} "
    at = sentence.find(f" {normalise(claim.text)} ")
    if subject is not None:
        what = re.sub(r"^(of|the|a|an)\s+", "", subject.what or "")
        # nearest first, short words (often verbs: "runs", "holds") after longer ones
        words = sorted(subject.words, key=lambda w: (len(w) < 5, abs(sentence.find(f" {normalise(w)} ") - at)))
        found += [what, *subject.scope, *words]
    event = getattr(claim, "event", None)
    if event:
        found.insert(0, event)
    # last, any other word of the sentence that is not a number (nearest first)
    rest = [w for w in sentence.split() if w.isalpha() and len(w) > 3]
    found += sorted(rest, key=lambda w: (len(w) < 5, abs(sentence.find(f" {w} ") - at)))
    value_words = set(normalise(claim.text).split())
    out: list[str] = []
    for text in found:
        key = normalise(text or "")
        if key and f" {key} " in sentence and not set(key.split()) <= value_words and key not in out:
            out.append(key)
    return out


def _matches_its_claim(data: dict[str, Any], claim: Any, adapter: Any) -> bool:
    """Does the entry ``data`` describes match ``claim`` (so `status` shows the claim with
    it and a second `init` does not propose it again)?"""
    from pydantic import ValidationError

    from claimcheck.registry.matching import RegistryIndex

    try:
        entry = adapter.validate_python(data)
    except ValidationError:
        return False
    return any(m.agrees for m in match_claim(RegistryIndex([entry]), claim))


def _with_aliases(data: dict[str, Any], claim: Any, adapter: Any) -> dict[str, Any]:
    """``data``, with the fewest aliases from the claim's sentence that make the entry match
    the claim (matching a quantity, a date or an amount of money by its subject needs one)."""
    if _matches_its_claim(data, claim, adapter):
        return data
    aliases = list(data.get("aliases", ()))
    for alias in _alias_candidates(claim)[:12]:
        if alias in aliases:
            continue
        trial = {**data, "aliases": [*aliases, alias]}
        if _matches_its_claim(trial, claim, adapter):
            return trial
    return data


def propose_entries(doc: Any, claims: Any, registry: Any | None) -> tuple[list[Any], int]:
    """Unverified entries for the draft's checkable claims that the registry does not hold
    yet: ``(entries, skipped)``, ``skipped`` counting claims no valid entry could be made for."""
    from pydantic import TypeAdapter, ValidationError

    adapter = TypeAdapter(Entry)
    citations = [c for c in claims if c.kind == "citation"]
    index = registry.index if registry is not None else None
    taken = {e.id for e in registry.entries} if registry is not None else set()
    stem = _slug(Path(doc.path).stem, 30)
    publication = doc.metadata.publication_date
    out: list[Any] = []
    proposed: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    skipped = 0
    for claim in claims:
        if not is_checkable(claim):
            continue
        if index is not None and any(m.agrees or m.about for m in match_claim(index, claim)):
            continue
        key = (claim.kind, format_claim_value(claim))
        if key in proposed:  # the same value said twice: one entry, when it can match both
            at, data = proposed[key]
            data = _with_aliases(data, claim, adapter)
            if _matches_its_claim(data, claim, adapter):
                proposed[key] = (at, data)
                out[at] = adapter.validate_python(data)
                continue
        base = f"{stem}-{_value_slug(claim)}"[:100].strip("-")
        ident, n = base, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        sources = _sources_for(claim, citations, doc)
        loc = claim.location
        data = {
            "id": ident,
            "statement": (claim.sentence or claim.text).strip(),
            "kind": claim.kind,
            **{k: v for k, v in _value_fields(claim).items() if v is not None},
            "as_of": _as_of(claim, sources, publication),
            "sources": sources,
            "status": "unverified",
            "notes": f"Proposed by claimcheck claims init from {loc.path}:{loc.line}:{loc.column} "
            f"(“{claim.text}”). Check it against the source, add aliases (other ways drafts name "
            f"the subject) and set status and reviewed_by/reviewed_on.",
        }
        data = _with_aliases(data, claim, adapter)
        try:
            entry = adapter.validate_python(data)
        except ValidationError:
            skipped += 1
            continue
        taken.add(ident)
        proposed[key] = (len(out), data)
        out.append(entry)
    return out, skipped


def refuse_existing(target: Path) -> None:
    """E311 when ``target`` exists: proposals never overwrite a file."""
    if target.exists():
        raise RegistryError(
            "will not overwrite an existing file",
            path=str(target),
            code="E311",
            hint="name a new file with --output, or merge the proposals by hand",
        )


def write_proposals(path: str | Path, entries: list[Any], *, draft: str, schema: str | None) -> None:
    """Write proposed entries to a new file, atomically; never over an existing one."""
    target = Path(path)
    refuse_existing(target)
    header = (
        f"Entries proposed by `claimcheck claims init {draft}` on {dt.date.today().isoformat()}.\n"
        "Every entry is unverified: check each against its source before marking it verified."
    )
    text = dump_entries(entries, schema=schema, header=header)
    try:
        write_atomic(target, text, overwrite=False, create_folders=True)
    except FileExistsError as exc:
        if target.exists():
            raise RegistryError(
                "will not overwrite an existing file", path=str(path), code="E311", hint="name a new file with --output"
            ) from None
        raise RegistryError(  # a file stands where a folder of the path should be
            f"cannot write the proposals: {exc.strerror or exc}",
            path=str(path),
            code="E312",
            hint="check the folders on the path",
        ) from None
    except OSError as exc:
        raise RegistryError(
            f"cannot write the proposals: {exc.strerror or exc}",
            path=str(path),
            code="E312",
            hint="check the folder exists and is writable",
        ) from None
