"""QT001 on a quotation given again with a word or two changed where the second time is
not framed by a verb of saying ("The curator's claim that the hall can "…"", "… repeats
the promise that "…""): the first statement made it someone's words, so the second,
nearly the same words, is that quotation restated; and a part of a quotation quoted again
with a word added inside it ("… and not …" for "…, not …", "not yet even described").

Our own sentences in domains the evaluation set does not cover; each defect gives one
finding, each trap none. The ``held`` entries were written with the others but run only
once the mechanisms were built (issue 12, session 10)."""

from __future__ import annotations

import pytest

from tests.rules._variants import variant_tests

DEFECTS = {
    # the second statement of the quotation borrows the first one's framing
    "unframed_claim_that": """
The curator described the new wing as proof that "the museum can finally show every painting it owns to the public."

The curator's claim that the museum can now "show each painting it owns to the public" will be tested next spring.
""",
    "unframed_promise_noun": """
The league's chair told members that "no club will be relegated for a debt it cannot see on its own books."

That promise, that "no club will be demoted for a debt it cannot see on its own books", is already under strain.
""",
    "unframed_in_conclusion": """
The beekeepers' federation argued that "a colony lost in winter takes three full seasons to replace at the same strength."

## Conclusion

The view that "a colony lost in winter takes three whole seasons to replace at the same strength" explains the subsidy.
""",
    "unframed_bullet": """
The orchard's manager warned that "one night of frost in April can take half of the year's harvest with it."

Key points:

- "one night of frost in May can take half of the year's harvest with it"
- the insurance scheme closes in June
""",
    "held_unframed_note_restated": """
The glassworks' owner wrote that "a furnace that goes cold loses a week of work before it can blow a single bottle."

The owner's fear that "a furnace that goes cold loses a month of work before it can blow a single bottle" shaped the energy contract.
""",
    "held_unframed_parenthesis": """
The ferry captain said that "the crossing is safe in any weather the harbour office allows us to sail in."

His assurance (that "the crossing is safe in all weather the harbour office allows us to sail in") did not reassure the council.
""",
    "held_unframed_the_line": """
The archivist put it simply: "every box we scan today is a box nobody has to carry upstairs tomorrow."

The line that "every box we scan now is a box nobody has to carry upstairs tomorrow" appears on the project's website.
""",
    # a part quoted again with a word added inside it
    "part_word_added": """
"A weather balloon is a thermometer, not a forecast," said Dr Ilse Varga, who leads the station.

For Dr Varga, the instrument "is a thermometer and not a forecast" and should be read as one.
""",
    "part_word_added_and_changed": """
"We are being told to insure the loss of vineyards we have not yet even surveyed," said Marta Oliveira, who farms near Porto.

Oliveira says growers must "insure the ruin of vineyards we have not yet surveyed" before the frost season.
""",
    "part_word_added_in_note": """
"Each lighthouse we automate is one keeper fewer on a coast that needs people," said Owen Pryce, the union's secretary.

The union's case rests on Pryce's point that each automated light is "one keeper fewer on a coast that still needs people".
""",
    "held_part_adverb_added": """
"The violin is finished when the varnish has dried for six months," said the maker, Karel Novotny.

Novotny insists the instrument "is only finished when the varnish has dried for six months" and not before.
""",
    "held_part_word_added_split": """
"A rescue team is a promise to the climber, not a guarantee," said Lena Brauer, who leads the mountain service.

Brauer's phrase that a team "is a promise to the climber and never a guarantee" appears in the annual report.
""",
    # a part quoted after the writer's own wording of the words before it
    "lead_in_changed": """
"No diver who surfaces in a storm should wait an hour for the boat," said Ruth Okafor, who runs the reef survey.

Okafor's rule is that no diver who surfaces in a storm "should ever wait a whole hour for the boat".
""",
    "lead_in_short_part": """
"Without a buyer for recycled glass, quotas are just figures on a page," said Henrik Dahl, the bottlers' chairman.

As Dahl put it in June, without demand for the glass, "quotas remain figures on a page".
""",
    "lead_in_note": """
"Every hive we lose in March is a hive we cannot replace before the clover flowers," said the keeper, Ana Ribeiro.

Ribeiro warned that every hive lost in March "is one we cannot replace before the heather flowers".
""",
    "held_lead_in_changed_verb": """
"Any bridge that has not been inspected in five years should be closed to lorries," said the engineer, Tomas Hale.

Hale's advice is that any bridge not inspected in five years "ought to be shut to lorries".
""",
    "held_lead_in_number": """
"Each tonne of salt we spread saves roughly four tonnes of broken tarmac in spring," said Greta Lund, the depot manager.

Lund says each tonne of salt spread "saves about three tonnes of broken tarmac in spring".
""",
    "held_lead_in_conclusion": """
"No child who signs up for the choir should be turned away for want of a robe," said the director, Paul Amsel.

## Conclusion

The choir's promise that no child who signs up "should ever be refused for want of a robe" needs money behind it.
""",
}

TRAPS = {
    # the same quotation given again word for word, or as an excerpt
    "unframed_same_words": """
The curator described the new wing as proof that "the museum can finally show every painting it owns to the public."

The curator's claim that the museum can "finally show every painting it owns to the public" will be tested next spring.
""",
    "unframed_excerpt": """
The league's chair told members that "no club will be relegated for a debt it cannot see on its own books."

That promise, that no club will go down "for a debt it cannot see on its own books", is already under strain.
""",
    "unframed_different_sentence": """
The beekeepers' federation argued that "a colony lost in winter takes three full seasons to replace at the same strength."

The ministry's leaflet says only that "a colony lost to disease takes two seasons to rebuild in most valleys."
""",
    "unframed_title_pair": """
The orchard's manager warned that "one night of frost in April can take half of the year's harvest with it."

The manager's report was titled "Frost in April and the harvest that follows".
""",
    "held_unframed_ellipsis": """
The glassworks' owner wrote that "a furnace that goes cold loses a week of work before it can blow a single bottle."

The owner's fear that "a furnace that goes cold loses a week of work ... a single bottle" shaped the energy contract.
""",
    "held_unframed_short": """
The ferry captain said that "the crossing is safe in any weather the harbour office allows us to sail in."

The "safe in all weather" slogan on the ferry's side was painted over last year.
""",
    "held_unframed_two_rules": """
The club's rule book says that "a member may bring two guests to any match played on a weekday."

The rule book also says that "a member may bring one guest to any match played on a weekend."
""",
    "part_same_words": """
"A weather balloon is a thermometer, not a forecast," said Dr Ilse Varga, who leads the station.

For Dr Varga, the instrument "is a thermometer, not a forecast" and should be read as one.
""",
    "part_with_ellipsis": """
"We are being told to insure the loss of vineyards we have not yet surveyed," said Marta Oliveira, who farms near Porto.

Oliveira says growers must "insure the loss of vineyards ... not yet surveyed" before the frost season.
""",
    "part_bracketed_insertion": """
"Each lighthouse we automate is one keeper fewer on a coast that needs people," said Owen Pryce, the union's secretary.

Pryce says each light automated is "one keeper fewer on a coast that [still] needs people".
""",
    "held_part_two_speakers": """
"The violin is finished when the varnish has dried for six months," said the maker, Karel Novotny.

His rival, Jana Horakova, says an instrument "is really finished when the varnish has dried for a year".
""",
    "held_part_excerpt_of_excerpt": """
"A rescue team is a promise to the climber, not a guarantee," said Lena Brauer, who leads the mountain service.

Brauer calls a team "a promise to the climber" and says the service needs more volunteers.
""",
    "lead_in_same_words": """
"No diver who surfaces in a storm should wait an hour for the boat," said Ruth Okafor, who runs the reef survey.

Okafor's rule is that no diver who surfaces in a storm "should wait an hour for the boat".
""",
    "lead_in_other_speaker": """
"Without a buyer for recycled glass, quotas are just figures on a page," said Henrik Dahl, the bottlers' chairman.

Without a buyer for the glass, the minister, Eva Holm, replied, "quotas will be enforced on every page".
""",
    "lead_in_own_words_only": """
"Every hive we lose in March is a hive we cannot replace before the clover flowers," said the keeper, Ana Ribeiro.

Beekeepers lost many hives in March, and Ribeiro says the "clover flowers" too late for them.
""",
    "held_lead_in_excerpt": """
"Any bridge that has not been inspected in five years should be closed to lorries," said the engineer, Tomas Hale.

Hale's advice is that any bridge not inspected in five years "should be closed to lorries".
""",
    "held_lead_in_unrelated": """
"Each tonne of salt we spread saves roughly four tonnes of broken tarmac in spring," said Greta Lund, the depot manager.

The council's budget says each tonne of grit costs "more than it did in spring".
""",
    "held_lead_in_gist_marked": """
"No child who signs up for the choir should be turned away for want of a robe," said the director, Paul Amsel.

In effect, Amsel says no child who signs up "should be refused for lack of a robe".
""",
}

# held back and missed at the end: a restatement whose owner is named by a pronoun and a
# noun of saying the first sentence does not use ("His assurance (that …)", "The line that …")
MISSED = {"held_unframed_parenthesis", "held_unframed_the_line"}
# held back and violated at the end, as on main before this work: two rules of one book on
# one pattern, both framed ("says that"), read as one quotation with two words changed
KNOWN_TRAP = "held_unframed_two_rules"

test_defect_found, test_trap_silent = variant_tests(
    "QT001", DEFECTS, {k: v for k, v in TRAPS.items() if k != KNOWN_TRAP}, MISSED
)


@pytest.mark.xfail(strict=True, reason="two framed quotations on one pattern read as one reworded")
def test_known_trap_two_rules_on_one_pattern(tmp_path) -> None:
    from tests.rules.test_cases import run_rule

    assert run_rule("QT001", "# Report\n\n{}\n".format(TRAPS[KNOWN_TRAP]), "markdown", tmp_path) == []
