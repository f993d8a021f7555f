"""Words that take a number without naming a thing that has events of its own.

A "Tianwen-3" or a "Shenzhou 19" is launched, lands and returns, so its dates can be
compared; "Figure 3", "Section 230", "March 5" or "COVID-19" are not such things: dates
near them belong to other events. Sources: the parts of a work as the Chicago Manual of
Style names them (chapter, section, figure, table, appendix …), the English month names,
and the WHO names of diseases written with a number.
"""

from __future__ import annotations

from claimcheck.data.calendar import MONTHS

#: parts of a document, a law or a dataset, and their abbreviations
DOCUMENT_PARTS = frozenset(
    """
    figure figures fig table tables section sections sec chapter chapters chap appendix annex
    exhibit box panel plate map chart graph page pages pp part parts article articles art
    clause paragraph para item items line lines note notes footnote endnote equation eq
    step steps stage level tier phase round question slide volume vol issue no number
    edition version release rule rules title schedule amendment proposition prop measure
    """.split()
)

#: diseases written with a number (WHO names)
DISEASES = frozenset({"covid", "sars", "mers", "h1n1", "h5n1"})

#: words that never name a thing with events of its own, lower case
NOT_EVENT_NAMES = frozenset(MONTHS) | DOCUMENT_PARTS | DISEASES
