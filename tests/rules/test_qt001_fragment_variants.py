"""QT001 on a fragment of a quotation quoted again with a word changed (issue 12, session 11):
its last word reworded ("our oldest sea wall" / "… sea barrier"), a verb swapped inside
("will stay a niche" / "will remain a niche"), what a party "called" something (a speaker's
verb, not a title's). Our own sentences with filler between the two places; and traps: the
fragment as said, a fragment with an ellipsis, another party's words, a title, two
phrases nobody is said to have said."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests


_DUNES = (
    "The harbour master, Ilse Brouwer, told us: “These dunes are our oldest sea wall, and nobody "
    "has ever paid to keep them.”"
)
_FERRIES = "“Without cheaper batteries, electric ferries will stay a niche,” the operator's technical director said."
_TREATY = "The river ministry welcomed the treaty as “a turning point for river safety”."

DEFECTS = {
    "fragment, last word reworded": apart(_DUNES, "Brouwer has called the dunes “our oldest sea barrier”."),
    "fragment, verb swapped inside": apart(
        _FERRIES, "As the technical director put it, electric ferries “will remain a niche” without cheaper batteries."
    ),
    "what the party called it": apart(
        _TREATY,
        "Unless the budget follows, what the ministry called “a turning point for river protection” will change little.",
    ),
}

TRAPS = {
    "fragment as said": apart(_DUNES, "Brouwer has called the dunes “our oldest sea wall”."),
    "fragment with an ellipsis": apart(_DUNES, "Brouwer has called the dunes “our oldest … wall”."),
    "another party's words": apart(
        _TREATY, "The anglers' federation said the treaty was “a turning point for river protection”."
    ),
    "a title": apart(_TREATY, "A later report called “A turning point for river protection” reviewed the budget."),
    "two slogans in one sentence": (
        "During the first plan, the aim switched to “guarding coastal waters under conditions of heavy "
        "traffic”, while in 2015, the minister announced a focus on “guarding busy coastal waters”."
    ),
    "two phrases nobody said": apart(
        "Boats are cleaned at “the eastern quay near the fish market” every week.",
        "Nets are mended at “the western quay near the fish market” in winter.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS)
