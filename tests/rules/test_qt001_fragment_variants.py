"""QT001 on a fragment of a quotation quoted again with a word changed (issue 12, session 11):
its last word reworded ("our oldest sea wall" / "… sea barrier"), a verb swapped inside
("will stay a niche" / "will remain a niche"), what a party "called" something (a speaker's
verb, not a title's). Our own sentences with filler between the two places; and traps: the
fragment as said, a fragment with an ellipsis, another party's words, a title, two
phrases nobody is said to have said."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_FILLER = (
    "\n\nThe harbour authority was reorganised twice in ten years, and its managers say the "
    "second change worked better than the first. Staff were consulted at every step, and the "
    "unions agreed the new rota in the spring.\n\nFreight volumes recovered slowly after the "
    "storms of the previous winter; the quays were repaired with money from the regional "
    "budget, and the ferries kept running throughout.\n\n## Later\n\n"
)


def _two(first: str, second: str) -> str:
    return first + _FILLER + second


_DUNES = (
    "The harbour master, Ilse Brouwer, told us: “These dunes are our oldest sea wall, and nobody "
    "has ever paid to keep them.”"
)
_FERRIES = "“Without cheaper batteries, electric ferries will stay a niche,” the operator's technical director said."
_TREATY = "The river ministry welcomed the treaty as “a turning point for river safety”."

DEFECTS = {
    "fragment, last word reworded": _two(_DUNES, "Brouwer has called the dunes “our oldest sea barrier”."),
    "fragment, verb swapped inside": _two(
        _FERRIES, "As the technical director put it, electric ferries “will remain a niche” without cheaper batteries."
    ),
    "what the party called it": _two(
        _TREATY,
        "Unless the budget follows, what the ministry called “a turning point for river protection” will change little.",
    ),
}

TRAPS = {
    "fragment as said": _two(_DUNES, "Brouwer has called the dunes “our oldest sea wall”."),
    "fragment with an ellipsis": _two(_DUNES, "Brouwer has called the dunes “our oldest … wall”."),
    "another party's words": _two(
        _TREATY, "The anglers' federation said the treaty was “a turning point for river protection”."
    ),
    "a title": _two(_TREATY, "A later report called “A turning point for river protection” reviewed the budget."),
    "two slogans in one sentence": (
        "During the first plan, the aim switched to “guarding coastal waters under conditions of heavy "
        "traffic”, while in 2015, the minister announced a focus on “guarding busy coastal waters”."
    ),
    "two phrases nobody said": _two(
        "Boats are cleaned at “the eastern quay near the fish market” every week.",
        "Nets are mended at “the western quay near the fish market” in winter.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS)
