"""One place decides whether two claims state the same fact.

A rule that compares two mentions (NU003 two figures, DT001 two dates) asks this package
whether they are one fact, and keeps for itself only what "the same value" means. The
decision prefers silence to a doubtful link. Three families of evidence, one module each:

* **context** (:mod:`claimcheck.extract.linking.context`), for every family: what surrounds
  a mention (its sentence's rare words, names, periods, heading), read by
  :func:`context_of`; :func:`conflict` says why two mentions cannot be one fact (other
  periods, other names, a change, a forecast, a part, two flows or groups, other
  dimensions, a range), :func:`pointer_conflict` the same for a figure the writer points
  back to (:func:`pointed_back`: "those 44 schools"), which takes the earlier figure as it
  was said; :func:`same_fact` links two contexts with no conflict whose shared
  rare words reach :data:`STRONG` (a caller that found the two alone of their measure and
  period says ``alone``).
* **figures** (:mod:`claimcheck.extract.linking.figures`), for counts, money and
  quantities: :func:`same_figure` (the subjects agree: one measure of one thing, for one
  scope and period), :func:`restated` (the same fact in other words), :func:`group_size_alike`
  (a group's size and its members counted), each behind the gates of :func:`comparable`
  (no part, hypothetical, two named things, clause that sets them apart) and
  :func:`other_times`.
* **lists** (:mod:`claimcheck.extract.linking.lists`), for member lists:
  :func:`restated_run` (the earlier list a list that says it repeats one restates) and
  :func:`swapped_run` (the list in a note that names the members of a list but one).
* **events** (:mod:`claimcheck.extract.linking.events`), for dates:
  :func:`same_happening` (one happening of one thing by one doer), :func:`same_statement`
  (two dated clauses whose event and participants agree), :func:`same_theme`,
  :func:`same_object` and what keeps two apart (:func:`kept_apart`, :func:`acts_apart`,
  :func:`things_apart`, :func:`qualified_apart`, :func:`events_agree`, :func:`heads_apart`).

The evidence each takes is read elsewhere, by the extractors: a figure's subject
(:mod:`claimcheck.extract.subjects`), a date's happening, statement and mention
(:mod:`claimcheck.extract.happenings`), its dated object
(:mod:`claimcheck.extract.dated_objects`); the word stems all share are
:func:`claimcheck.extract.stems.stem`.

A new rule that compares two claims imports its decision from here (``from
claimcheck.extract.linking import same_fact, context_of, ...``), reads a
:class:`Context` of each mention and, for figures or dates, the family's own evidence, and
adds no "same fact" test of its own: a missing distinction belongs in the family's module,
with its tests under ``tests/extract/``. Every decision is symmetric (``a`` with ``b`` as
``b`` with ``a``, up to the order of what a finding names) and no mention is in conflict
with itself (``tests/extract/test_linking_api.py``).
"""

from __future__ import annotations

from claimcheck.extract.linking.context import (
    ALONE,
    CHANGE,
    IRREGULAR,
    IRREGULAR_ADJECTIVES,
    POINTED_BACK,
    POINTED_TAKES,
    STRONG,
    Context,
    DocumentWords,
    Link,
    comparison_base,
    conflict,
    conflicts,
    content_stems,
    context_of,
    described_alike,
    outlets_of,
    document_weights,
    equivalent_nouns,
    noun_sets,
    ordinal_period,
    own_names,
    subjects_apart,
    periods_of,
    definite_given,
    pointed_back,
    restated_back,
    pointed_to,
    pointer_conflict,
    same_fact,
    same_measure,
    same_name,
    same_noun_set,
    shared_weight,
    stem,
    taken_as_given,
)
from claimcheck.extract.linking.events import (
    acts_apart,
    events_agree,
    heads_apart,
    kept_apart,
    qualified_apart,
    same_happening,
    same_object,
    same_statement,
    same_theme,
    things_apart,
)
from claimcheck.extract.linking.lists import restated_run, swapped_run
from claimcheck.extract.linking.figures import (
    comparable,
    group_size_alike,
    other_times,
    restated,
    same_figure,
)

__all__ = [
    "ALONE",
    "CHANGE",
    "IRREGULAR",
    "IRREGULAR_ADJECTIVES",
    "POINTED_BACK",
    "POINTED_TAKES",
    "STRONG",
    "Context",
    "DocumentWords",
    "Link",
    "acts_apart",
    "comparable",
    "comparison_base",
    "conflict",
    "conflicts",
    "content_stems",
    "context_of",
    "described_alike",
    "outlets_of",
    "document_weights",
    "equivalent_nouns",
    "events_agree",
    "group_size_alike",
    "heads_apart",
    "kept_apart",
    "noun_sets",
    "ordinal_period",
    "other_times",
    "own_names",
    "subjects_apart",
    "periods_of",
    "definite_given",
    "pointed_back",
    "restated_back",
    "pointed_to",
    "pointer_conflict",
    "qualified_apart",
    "restated",
    "restated_run",
    "swapped_run",
    "same_fact",
    "same_figure",
    "same_happening",
    "same_measure",
    "same_name",
    "same_noun_set",
    "same_object",
    "same_statement",
    "same_theme",
    "shared_weight",
    "stem",
    "taken_as_given",
    "things_apart",
]
