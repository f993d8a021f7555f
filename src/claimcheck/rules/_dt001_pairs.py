"""The pairs of dates DT001 could in principle compare, and general properties of each pair.

A *candidate* is two dated claims of one document whose days do not overlap, that stand in
different sentences and lie at most :data:`MAX_DAYS` apart, and whose clauses each hold a
participant (a noun or a name): every pair of dates that could be one event dated twice.
:func:`candidates` yields them; :class:`PairReader` reads each date once (its clause as a
:class:`~claimcheck.extract.happenings.Statement`, a
:class:`~claimcheck.extract.happenings.Mention`, a happening, a dated object) and gives each
pair the vector :data:`FEATURES` names, in that order: where the two stand, how far apart and
how precise the dates are, whether either points back, is a plan or a deadline, whether their
events agree, what participants and names they share (weighted by rarity in the document,
:func:`~claimcheck.extract.linking.document_weights`), and each of the vetoes DT001's hand-made
links apply (other names, places, ordinals, numbers, stages) as a 0/1 property.

``benchmarks/train_dt001.py`` labels the candidates of the evaluation drafts from their answer
files, adds those of the real documents as negatives, and fits a logistic model on these
features with cross-validation grouped by writer batch (docs/evaluation.md has the numbers).
DT001 does not use it: as a second path it found more defects out of fold, but fired on many
of the rule's own-words traps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from claimcheck.claims.models import DateClaim
from claimcheck.data.event_classes import COARSE_CLASS
from claimcheck.document import Document
from claimcheck.extract import participants
from claimcheck.extract.dated_objects import DatedObject, as_stage, dated_object
from claimcheck.extract.happenings import (
    Happening,
    Mention,
    Statement,
    content,
    happening,
    mention,
    statement,
    tokens,
)
from claimcheck.extract.linking import DocumentWords, document_weights, events_agree, same_object, things_apart
from claimcheck.rules.dt001_event_dated_differently import _span

#: how far apart (in days, between the nearest days of their spans) two dates of one event
#: may lie and still be a candidate: three years
MAX_DAYS = 1096

#: the features of a pair, in the order :meth:`PairReader.features` computes them
FEATURES: tuple[str, ...] = (
    "same_block",
    "same_article",
    "block_distance",
    "either_note",
    "days_apart",
    "same_year",
    "min_precision",
    "same_precision",
    "either_range",
    "either_year_inferred",
    "either_points_back",
    "both_point_back",
    "either_plan",
    "either_since_or_until",
    "event_class_same",
    "event_class_conflict",
    "events_agree",
    "event_stems_shared",
    "mention_class_same",
    "mention_score",
    "shared_weight",
    "shared_fraction",
    "statement_shared_weight",
    "shared_names",
    "subject_names_conflict",
    "places_conflict",
    "subject_head_same",
    "subject_head_conflict",
    "ordinal_conflict",
    "numbers_conflict",
    "happening_same",
    "object_same",
    "competitors",
    "dates_in_document",
    "sentence_mate_agrees",
    "stage_apart",
    "names_disjoint",
    "object_names_conflict",
)


@dataclass
class _Read:
    """What one date's clause says, read once."""

    claim: DateClaim
    span: tuple[int, int]  # ordinal days
    words: frozenset[str]  # the sentence's participants' stems
    names: frozenset[str]  # the stems of the words it writes with a capital inside it
    st: Statement | None
    me: Mention | None
    hap: Happening | None
    obj: DatedObject | None
    back: bool
    stage: bool
    lenient: DatedObject | None


def _precision(claim: DateClaim) -> float:
    assert claim.date is not None
    return {"year": 0.0, "month": 0.5}.get(claim.date.precision, 1.0)


def _names(sentence: str) -> frozenset[str]:
    """The stems of the capitalised words of ``sentence`` after its first word."""
    words = tokens(sentence)[1:]
    return frozenset(content([w for w in words if w[:1].isupper()]))


class PairReader:
    """The dated claims of one document, each read once, and the features of their pairs."""

    def __init__(self, document: Document, dates: Sequence[DateClaim]) -> None:
        self.document = document
        self.dw: DocumentWords = document_weights(document)
        self.reads: list[_Read] = []
        for c in dates:
            lo, hi = _span(c)
            at = c.sentence.find(c.text)
            single = c.end_date is None
            self.reads.append(
                _Read(
                    claim=c,
                    span=(lo.toordinal(), hi.toordinal()),
                    words=frozenset(content(tokens(c.sentence))),
                    names=_names(c.sentence),
                    st=statement(c.sentence, c.text) if single else None,
                    me=mention(c.sentence, c.text) if single else None,
                    hap=happening(c.sentence, c.text) if single else None,
                    obj=dated_object(c.sentence, c.text) if single else None,
                    back=at >= 0 and participants.points_back(c.sentence[:at]),
                    stage=as_stage(c.sentence, c.text),
                    lenient=dated_object(c.sentence, c.text, lenient=True),
                )
            )
        self.by_sentence: dict[str, list[_Read]] = {}
        for r in self.reads:
            self.by_sentence.setdefault(r.claim.sentence, []).append(r)
        # how many dates' sentences hold each participant
        self.holders: dict[str, int] = {}
        for r in self.reads:
            for w in r.words:
                self.holders[w] = self.holders.get(w, 0) + 1

    def weight(self, word: str) -> float:
        return self.dw.weight(word)

    def candidates(self) -> list[tuple[int, int]]:
        """The candidate pairs (i, j), i < j: see the module's docstring."""
        return [(i, j) for i, j, why in self.all_pairs() if why is None]

    def all_pairs(self) -> list[tuple[int, int, str | None]]:
        """Every pair of dates, with why it is no candidate (None: it is one)."""
        out: list[tuple[int, int, str | None]] = []
        for j, b in enumerate(self.reads):
            for i in range(j):
                out.append((i, j, self.excluded(self.reads[i], b)))
        return out

    @staticmethod
    def excluded(a: _Read, b: _Read) -> str | None:
        if a.claim.sentence == b.claim.sentence:
            return "same sentence"
        if a.span[0] <= b.span[1] and b.span[0] <= a.span[1]:
            return "dates overlap"
        if max(a.span[0] - b.span[1], b.span[0] - a.span[1]) > MAX_DAYS:
            return "too far apart"
        if not a.words or not b.words:
            return "no participant"
        return None

    def features(self, i: int, j: int) -> list[float]:
        """The vector :data:`FEATURES` names for the pair of dates ``i`` and ``j``."""
        a, b = self.reads[i], self.reads[j]
        ca, cb = a.claim, b.claim
        note = ca.footnote is not None or cb.footnote is not None
        same_article = ca.article == cb.article
        same_block = same_article and not note and ca.block == cb.block
        if same_article and not note and ca.block is not None and cb.block is not None:
            blocks = math.log1p(abs(ca.block - cb.block)) / math.log(50)
        else:
            blocks = 1.0
        gap = max(a.span[0] - b.span[1], b.span[0] - a.span[1], 0)
        assert ca.date is not None and cb.date is not None
        pa, pb = _precision(ca), _precision(cb)
        sa, sb = a.st, b.st
        plan = any(s is not None and s.plan for s in (sa, sb)) or any(
            (c.qualifier or "") in ("by", "no later than", "before") for c in (ca, cb)
        )
        since_until = any(
            (c.qualifier or "") in ("since", "until") or (s is not None and s.relation in ("since", "until"))
            for c, s in ((ca, sa), (cb, sb))
        )
        ev_same = ev_conflict = agree = stems = 0.0
        st_weight = 0.0
        names_conflict = places_conflict = head_same = head_conflict = ordinal_conflict = numbers_conflict = 0.0
        if sa is not None and sb is not None:
            if sa.event and sb.event:
                ev_same = float(sa.event == sb.event)
                ev_conflict = 1.0 - ev_same
            agree = float(events_agree(sa, sb) is not None)
            stems = float(bool(sa.event_stems & sb.event_stems))
            st_weight = min(sum(self.weight(w) for w in sa.words & sb.words) / 10.0, 1.0)
            names_conflict = float(
                bool(sa.subject_names and sb.subject_names and not sa.subject_names & sb.subject_names)
            )
            places_conflict = float(bool(sa.places and sb.places and not sa.places & sb.places))
            if sa.subject_head and sb.subject_head:
                head_same = float(bool(sa.subject_head & sb.subject_head))
                head_conflict = 1.0 - head_same
            ordinal_conflict = float(sa.ordinal != sb.ordinal)
            numbers_conflict = float(bool(sa.numbers and sb.numbers and not sa.numbers & sb.numbers))
        me_same = me_score = 0.0
        if a.me is not None and b.me is not None:
            me_same = float(COARSE_CLASS.get(a.me.event, a.me.event) == COARSE_CLASS.get(b.me.event, b.me.event))
            shared_me = a.me.words & b.me.words
            score = sum(self.weight(w) + (1.0 if w in a.me.names | b.me.names else 0.0) for w in shared_me)
            me_score = min(score / 6.0, 1.0)
        shared = a.words & b.words
        weight = sum(self.weight(w) for w in shared)
        fraction = len(shared) / min(len(a.words), len(b.words))
        hap_same = 0.0
        if a.hap is not None and b.hap is not None:
            hap_same = float(a.hap.fact == b.hap.fact and a.hap.head == b.hap.head)
        obj_same = 0.0
        if a.obj is not None and b.obj is not None and a.obj.event == b.obj.event:
            obj_same = float(same_object(a.obj, b.obj))
        # the other dates whose sentence holds the pair's rarest shared participant
        rarest = min(shared, key=lambda w: (self.holders.get(w, 0), w)) if shared else None
        competitors = self.holders.get(rarest, 2) - 2 if rarest else 0
        mate = 0.0
        for x, y in ((a, b), (b, a)):
            for r in self.by_sentence[x.claim.sentence]:
                if r is not x and r.span[0] <= y.span[1] and y.span[0] <= r.span[1]:
                    mate = 1.0
        stage_apart = float(
            a.stage != b.stage
            or (a.lenient is not None and b.lenient is not None and things_apart(a.lenient, b.lenient))
        )
        return [
            float(same_block),
            float(same_article),
            blocks,
            float(note),
            math.log1p(gap) / math.log1p(MAX_DAYS),
            float(ca.date.year == cb.date.year),
            min(pa, pb),
            float(pa == pb),
            float(ca.end_date is not None or cb.end_date is not None),
            float(ca.year_inferred or cb.year_inferred),
            float(a.back or b.back),
            float(a.back and b.back),
            float(plan),
            float(since_until),
            ev_same,
            ev_conflict,
            agree,
            stems,
            me_same,
            me_score,
            min(weight / 15.0, 1.0),
            fraction,
            st_weight,
            min(len(a.names & b.names) / 3.0, 1.0),
            names_conflict,
            places_conflict,
            head_same,
            head_conflict,
            ordinal_conflict,
            numbers_conflict,
            hap_same,
            obj_same,
            min(math.log1p(max(competitors, 0)) / math.log(20), 1.0),
            min(math.log1p(len(self.reads)) / math.log(200), 1.0),
            mate,
            stage_apart,
            float(bool(a.names and b.names and not a.names & b.names)),
            float(
                a.lenient is not None
                and b.lenient is not None
                and bool(a.lenient.names and b.lenient.names and not a.lenient.names & b.lenient.names)
            ),
        ]
