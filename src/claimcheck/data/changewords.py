"""English verbs of rise and fall, written once with their forms: a rule that reads a
stated change ("surged 40% to 7,000", "has shrunk by 15%", "slipped from 60% to 57%")
takes the words it reads from these tables, as regular-expression alternations.

Only the forms that cannot be read as something else before a figure are given: the
third person, the past, the participle and the ``-ing`` form of each verb, never the bare
form ("a narrow 51% majority", "the fall 2024 term", "ease 5 rules"). Verbs of change that
take an object ("raised the fee by 10%") are given as passives ("fees were raised by 10%"),
since their active form has its own object between the verb and the figure.
"""

from __future__ import annotations

__all__ = ["CUT", "FALL_FORMS", "FALL_NOUNS", "RAISED", "RISE_FORMS", "RISE_NOUNS", "alternation"]


def _forms(*verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Every form of the verbs given as (third person, past, participle, -ing), in order,
    each once."""
    out: list[str] = []
    for verb in verbs:
        for form in verb:
            if form not in out:
                out.append(form)
    return tuple(out)


#: verbs of a value that goes up, of itself ("rose", "has surged", "rebounding")
RISE_FORMS: tuple[str, ...] = _forms(
    ("rises", "rose", "risen", "rising"),
    ("grows", "grew", "grown", "growing"),
    ("increases", "increased", "increased", "increasing"),
    ("climbs", "climbed", "climbed", "climbing"),
    ("jumps", "jumped", "jumped", "jumping"),
    ("gains", "gained", "gained", "gaining"),
    ("surges", "surged", "surged", "surging"),
    ("soars", "soared", "soared", "soaring"),
    ("rockets", "rocketed", "rocketed", "rocketing"),
    ("leaps", "leapt", "leaped", "leaping"),
    ("swells", "swelled", "swollen", "swelling"),
    ("expands", "expanded", "expanded", "expanding"),
    ("widens", "widened", "widened", "widening"),
    ("rebounds", "rebounded", "rebounded", "rebounding"),
    ("balloons", "ballooned", "ballooned", "ballooning"),
)

#: verbs of a value that goes down, of itself ("fell", "has shrunk", "slipping")
FALL_FORMS: tuple[str, ...] = _forms(
    ("falls", "fell", "fallen", "falling"),
    ("drops", "dropped", "dropped", "dropping"),
    ("declines", "declined", "declined", "declining"),
    ("decreases", "decreased", "decreased", "decreasing"),
    ("shrinks", "shrank", "shrunk", "shrinking"),
    ("slips", "slipped", "slipped", "slipping"),
    ("slides", "slid", "slid", "sliding"),
    ("sinks", "sank", "sunk", "sinking"),
    ("dips", "dipped", "dipped", "dipping"),
    ("plunges", "plunged", "plunged", "plunging"),
    ("plummets", "plummeted", "plummeted", "plummeting"),
    ("tumbles", "tumbled", "tumbled", "tumbling"),
    ("slumps", "slumped", "slumped", "slumping"),
    ("contracts", "contracted", "contracted", "contracting"),
    ("narrows", "narrowed", "narrowed", "narrowing"),
    ("eases", "eased", "eased", "easing"),
    ("dwindles", "dwindled", "dwindled", "dwindling"),
)

#: nouns of a change up ("a surge of 40%", "a 40% increase")
RISE_NOUNS: tuple[str, ...] = (
    "rise",
    "increase",
    "jump",
    "gain",
    "growth",
    "surge",
    "climb",
    "hike",
    "uplift",
    "expansion",
    "rebound",
    # a measure that grows in one dimension ("a deepening of 50%": a water table's depth)
    "deepening",
    "widening",
    "lengthening",
    "upswing",
)
#: nouns of a change down ("a slide of nearly half", "a 20% drop")
FALL_NOUNS: tuple[str, ...] = (
    "fall",
    "drop",
    "decline",
    "decrease",
    "cut",
    "reduction",
    "loss",
    "contraction",
    "dip",
    "slump",
    "slide",
    "plunge",
    "narrowing",
    "shortening",
    "shrinkage",
)

#: verbs that raise or cut their object, read as passives ("was raised", "were cut")
RAISED = ("raised", "increased", "lifted", "boosted", "hiked", "expanded")
CUT = ("cut", "reduced", "lowered", "slashed", "trimmed")
#: the auxiliaries of those passives
_BE = r"(?:is|are|was|were|be|been|being)"


def alternation(forms: tuple[str, ...], passives: tuple[str, ...] = ()) -> str:
    """A regular-expression alternation (no group) of ``forms`` and of the passives of
    ``passives`` ("was cut", "have been reduced"), longest first so that no form stops
    short of a longer one."""
    words = "|".join(sorted(forms, key=len, reverse=True))
    if not passives:
        return words
    done = "|".join(sorted(passives, key=len, reverse=True))
    return rf"{_BE}[ \t]+(?:{done})|{words}"
