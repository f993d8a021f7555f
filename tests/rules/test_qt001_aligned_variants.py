"""QT001 on one speaker's quotation given again with a word swapped, added or dropped, its
punctuation changed, or its end reworded inside the writer's sentence: the two quotations
are aligned word by word (a short requote inside a long quotation, or a long requote of a
short one, finds its place), and what is not legitimate editing (a cut at either end, an
ellipsis, an insertion in square brackets) is a change. Three phrasings per shape in our own
words, in domains of their own; each defect gives one finding, each trap none (session 17)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # one word swapped for a near synonym, several small changes around it
    "swapped_word_bakery": """
Ines Carvalho, who runs a bakery in Braga, said: "The flour is cheap. What hurts is the night shift, when nobody wants to start the ovens at three on a Sunday."

## Staffing

Carvalho came back to it later: "The flour is affordable. What hurts is night shift, when no one will light the ovens at three at the weekend."
""",
    "swapped_word_ferry": """
Captain Ruth Obi told the inquiry: "Our crews are well trained. What fails is the winter timetable, when nobody tells the mate that the tide turned early on Friday."

## Timetables

Obi repeated that "our crews are well drilled. What fails is winter timetable, when no one tells the crew the tide turned early at the weekend."
""",
    "swapped_word_library": """
"Every branch we close costs the town a place where children read after school, and nobody counts that loss," said the librarian, Tomasz Wrona.

## The closures

Wrona warned that "each branch we shut costs the town a place where pupils read after lessons, and no one counts the loss."
""",
    # so many small words changed that few words are shared, the content words in order
    "many_swaps_barge": """
Hanna Kowal, who keeps the canal locks, said: "Every barge that crosses the lock can carry weed with it, and you cannot drain a canal."

## Weed

As Kowal put it to the trust, "any barge passing the lock may bring weed, and there is no draining a canal."
""",
    "many_swaps_pupil": """
The head teacher, Ola Sandvik, said: "Each pupil who walks the long road can arrive tired and wet, and you cannot teach a cold child."

## Transport

Sandvik told the council that "any pupil taking the long road will arrive tired, and there is no teaching a cold child."
""",
    "many_swaps_quarry": """
Resident Gwen Morgan said: "Every truck that leaves the quarry can shed dust along the lane, and you cannot sweep the air."

## Dust

In a letter, Morgan wrote that "any truck quitting the quarry will drop dust on the lane, and there is no sweeping air."
""",
    # a word added or dropped, with the punctuation between two sentences changed
    "word_added_orchard": """
Helga Brandt, a fruit grower near Hamburg, said: "An orchard is not a crop. You plant it for your grandchildren, and that is the whole idea."

## Succession

Brandt put it plainly: "An orchard is not a yearly crop: you plant it for your grandchildren, and that is the idea."
""",
    "word_added_choir": """
The conductor, Amara Nwosu, said: "A choir is not a band. Forty voices breathe at once, and that is the entire trick."

## Rehearsals

Nwosu told us again: "A choir is not a rock band: forty voices breathe at once, and that is the trick."
""",
    "word_added_clinic": """
Dr Sven Aalto said: "A clinic is not a shop. People come back for years, and that is the real test."

## Follow-up

Aalto repeated: "A clinic is not a corner shop; people come back for years, and that is the test."
""",
    # a part requoted inside the writer's own sentence, its end reworded
    "part_reworded_end_river": """
Marco Pellegrini, a river engineer, said: "We built a levee that runs from the old mill to the rail bridge, and then we act as if the water stops at the bridge."

## Recommendations

In Pellegrini's words, the town has a levee "running from the old mill to the rail bridge, while acting as if the water stops at the arch".
""",
    "part_reworded_end_warehouse": """
"A pallet of fresh lettuce and a pallet of spoiled lettuce look the same until you cut the wrap, and we cut very few," said Joy Mensah, a warehouse inspector.

## Inspections

As Mensah put it, "a pallet of fresh lettuce and one of rotten lettuce look alike until you cut it", so most spoilage is found late.
""",
    "part_reworded_end_court": """
Judge Elena Varga said: "We run a court that opens at nine and closes at four, and then we pretend the backlog clears itself overnight."

## Backlogs

Varga described a court "opening at nine and closing at four, while pretending the backlog clears itself by morning".
""",
    # the quotation given again without a verb of saying, under the summary or in a bullet
    "display_reworded_museum": """
# The museum's new wing

"A museum is not a warehouse: people return to the same room for years, and that is the point."

## Visitors

Lotte Jansen, the curator, said: "A museum is not a storeroom. People return to the same room for years, and that is the whole point."
""",
    "display_reworded_market": """
# Market hours

"A market is not a supermarket: traders know every customer by name, and that is the attraction."

## Traders

The market manager, Yusuf Demir, said: "A market is not a shop. Traders know every customer by name, and that is the whole attraction."
""",
    "display_reworded_school": """
# Small schools

"A village school is not a small academy: the teacher knows every family, and that is the strength."

## Teachers

Head teacher Aino Korhonen said: "A village school is not an academy. The teacher knows every family, and that is the real strength."
""",
    # words given as the speaker's without quotation marks, several small words changed
    "given_as_ferry": """
Marit Olsen, who runs the ferry to the island, said: "Every crossing we cancel in March costs the island a week of supplies, and nobody on the mainland notices the empty shelves."

## Supplies

As Olsen puts it, each crossing cancelled in spring costs the island a week of supplies, and no one on the mainland sees the bare shelves.
""",
    "given_as_bees": """
The beekeeper Tomas Lind said: "Every hive we lose in winter takes the valley a season of pollination, and nobody in the city counts the missing apples."

## Orchards

In Lind's words, each hive lost over winter takes the valley a season of pollination, and no one in town counts the lost apples.
""",
    "given_as_roads": """
Councillor Dana Reyes said: "Every pothole we leave in January costs the borough a month of repairs, and nobody at the ministry sees the broken axles."

## Roads

As Reyes put it, each pothole left until February costs the borough a month of repairs, and no one at the ministry notices the broken axles.
""",
    # a block quotation reworded in the text: one finding, not one per reading
    "block_quotation_once": """
Sofia Lindqvist coaches young swimmers in Uppsala.

> "Most of the swimmers I coach joined their first club at eleven, without a medical, in a pool where the club also paid for their kit and their travel."

## Safeguarding

Clubs have been slow to act. As Lindqvist told us, "most swimmers join their first club at ten, without a medical, and nobody asks."
""",
    # the speaker described, not named, the second time
    "described_speaker_charity": """
Rosa Klein, who runs the Dock Workers' Relief Fund, a small charity in Hull, said: "A fee that rises and falls with the tonnage of a few big ships is no basis for paying pensions every month of the year."

## Funding

The best case is the one made by the dock charity, that a fee "tied to the tonnage of a few large ships is no basis for paying pensions through the year".
""",
    "described_speaker_nurse": """
Abena Owusu, a senior nurse who leads the night team in Leeds, said: "A ward that staffs itself around the busiest winter weeks is no way of looking after patients in the quiet months."

## Rotas

The point was made best by the night nurse in Leeds, that a ward "staffed around the busiest winter weeks is no way of caring for patients in the quiet months".
""",
    "described_speaker_farmer": """
Pieter de Wit, a dairy farmer on the Frisian coast, said: "A subsidy that follows the price of milk on a few big markets is no basis for planning a herd over ten years."

## Planning

The objection raised by the Frisian farmer was that a subsidy "tied to the price of milk on a few large markets is no basis for planning a herd across ten years".
""",
}

TRAPS = {
    # two speakers making similar points
    "two_speakers_similar_point": """
Ines Carvalho, a baker, said: "The flour is cheap. What hurts is the night shift, when nobody wants to start at three."

## Another view

Jorge Matos, who bakes in Porto, said: "The flour is dear. What hurts is the rent, when nobody wants to pay for the shop."
""",
    # the same quotation repeated word for word, and cut with an ellipsis
    "repeated_exactly": """
Captain Ruth Obi told the inquiry: "Our crews are well trained. The trouble is the winter timetable, which leaves no slack for a late tide."

## Timetables

Obi repeated: "Our crews are well trained. The trouble is the winter timetable, which leaves no slack for a late tide."
""",
    "cut_with_ellipsis": """
Captain Ruth Obi told the inquiry: "Our crews are well trained. The trouble is the winter timetable, which leaves no slack for a late tide."

## Timetables

Obi said that "our crews are well trained … the winter timetable … leaves no slack for a late tide."
""",
    "bracket_insertion_and_capital_at_cut": """
Marco Pellegrini, a river engineer, said: "We built a levee that runs from the old mill to the rail bridge, and then we act as if the water stops there."

## Recommendations

Pellegrini said: "[The town] built a levee that runs from the old mill to the rail bridge … We act as if the water stops there."
""",
    "cut_at_both_ends": """
"A pallet of fresh lettuce and a pallet of spoiled lettuce look the same until you cut the wrap, and we cut very few," said Joy Mensah, a warehouse inspector.

## Inspections

As Mensah put it, a pallet of fresh lettuce and one of spoiled lettuce "look the same until you cut the wrap", so most spoilage is found late.
""",
    # a document's title quoted in two places
    "document_title": """
The ministry published a report called "A market is not a supermarket: traders and their customers in small towns" in May.

## Traders

Yusuf Demir said the report "A market is not a supermarket: traders and customers in small towns" was read by every stallholder.
""",
    # a slogan quoted by two people
    "slogan_two_people": """
Lotte Jansen, the curator, said the campaign's line was "every room a classroom, every visitor a pupil for a day."

## Schools

Pavel Novak, a teacher, said his class liked "every room a classroom, every visitor a student for one day."
""",
    # the writer's paraphrase without quotation marks, not given as the speaker's words
    "paraphrase_unmarked": """
Helga Brandt, a fruit grower near Hamburg, said: "An orchard is not a crop. You plant it for your grandchildren, and that is the whole idea."

## Succession

Brandt's view is that an orchard is no yearly crop, since it is planted for the grandchildren, and that is the idea behind it.
""",
    # one speaker, two different sayings that share a phrase
    "one_speaker_two_sayings": """
Dr Sven Aalto said: "A clinic is not a shop. People come back for years, and they bring their children."

## Staffing

Aalto added later: "Staff stay for years in a small clinic, and that is why patients come back to us."
""",
    # words given as the speaker's that make another point of the same speaker
    "given_as_other_point": """
Marit Olsen, who runs the ferry to the island, said: "Every crossing we cancel in March costs the island a week of supplies, and nobody on the mainland notices."

## Crews

As Olsen puts it, the crews on the island crossing need a week of training in March before the summer timetable starts.
""",
    # a transcript: two speakers read out lines in turn
    "transcript_dialogue": """
Ana Ruiz: I said to them, "The bus is late every morning, and nobody tells us why."

Ben Okoro: And they answered, "The bus is late on some mornings, and we tell you why."

Ana Ruiz: That was the whole meeting.

Ben Okoro: It was.
""",
}

test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS)
