"""schema.org ClaimReview JSON-LD for the registry's verdicts.

Every entry whose status is a verdict (verified, false, disputed, outdated) becomes one
``ClaimReview``: ``claimReviewed`` is the entry's statement, ``reviewRating`` carries the
verdict as ``alternateName`` ("True", "False", "Disputed", "Outdated") and as a rating from
1 (false) to 5 (true), ``itemReviewed`` is the ``Claim`` with each source as an
``appearance``, ``author`` the reviewer and ``datePublished`` the review date. Unverified
entries are not reviews yet and are left out, and so are examples (``example: true``):
nobody reviewed them, so nothing may be published as a review of them.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

__all__ = ["RATINGS", "claimreview", "claimreview_json"]

#: status -> (alternateName, ratingValue on a 1-5 scale)
RATINGS: dict[str, tuple[str, int]] = {
    "verified": ("True", 5),
    "outdated": ("Outdated", 3),
    "disputed": ("Disputed", 2),
    "false": ("False", 1),
}


def _review(entry: Any, base_url: str | None) -> dict[str, Any]:
    name, value = RATINGS[entry.status]
    appearances = []
    for s in entry.sources:
        work: dict[str, Any] = {"@type": "CreativeWork"}
        if s.url:
            work["url"] = s.url
        if s.title:
            work["headline"] = s.title
        if s.date is not None:
            work["datePublished"] = s.date.iso()
        if s.outlet:
            work["publisher"] = {"@type": "Organization", "name": s.outlet}
        appearances.append(work)
    item: dict[str, Any] = {"@type": "Claim", "datePublished": entry.as_of.iso()}
    if appearances:
        item["appearance"] = appearances
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": entry.id,
        "claimReviewed": " ".join(entry.statement.split()),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": name,
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
        },
    }
    if base_url:
        review["url"] = f"{base_url.rstrip('#')}#{entry.id}"
    if entry.reviewed_by:
        review["author"] = {"@type": "Organization", "name": entry.reviewed_by}
    if entry.reviewed_on:
        review["datePublished"] = entry.reviewed_on.isoformat()
    return review


def claimreview(entries: Iterable[Any], *, base_url: str | None = None) -> dict[str, Any]:
    """A JSON-LD document (``@graph``) of ClaimReviews, in id order."""
    reviews = [
        _review(e, base_url)
        for e in sorted(entries, key=lambda e: e.id)
        if e.status in RATINGS and not getattr(e, "example", False)
    ]
    return {"@context": "https://schema.org", "@graph": reviews}


def claimreview_json(entries: Iterable[Any], *, base_url: str | None = None) -> str:
    return json.dumps(claimreview(entries, base_url=base_url), indent=2, ensure_ascii=False) + "\n"
