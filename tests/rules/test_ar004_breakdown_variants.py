"""AR004 on the common ways of writing a total and its parts (issues #12 and #14, family AR,
session 11): a whole with a year ("Of the 52,400 claims settled in 2023, …"), a first part
after its subject and verb ("…, Poland received €8.1 billion, …"), "Of those," / "Of that,"
pointing back to the one figure of the sentence before, "made up of" / "split as" after a
comma, "out of a total of" after the parts, two parts of one dimension that nearly make the
whole, and a hedged total read to its own digits ("roughly 6.2 million"). Traps: the same
shapes with parts that add up or are a selection ("including"), parts of another total, and
rounding inside the written precision. Our own sentences, in domains outside the evaluation
set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "whole with its year": "Of the 52,400 insurance claims settled in 2023, 31,900 were paid in full, "
    "14,100 in part and 3,600 were refused for other reasons.",
    "whole with a split year": "Of the 7,150 planning appeals decided in 2022/23, 2,480 were allowed, "
    "4,010 dismissed and 360 withdrawn or settled otherwise.",
    "first part after its subject": "Of the €27 billion of cohesion money paid out in 2021, Poland received "
    "€8.1 billion, Italy €5.2 billion and the other member states €11.9 billion.",
    "Of those": "Last season the club sold 18,300 season tickets. Of those, 9,800 went to adults, "
    "5,100 to pensioners and 2,600 to the remaining junior members.",
    "Of that": "The region harvested roughly 6.2 million tonnes of grapes in 2022. Of that, white varieties "
    "made up 3.1 million tonnes, red 2.4 million and the rest 0.3 million.",
    "made up of": "Rail freight reached 94 million tonnes in 2023, a new high, made up of 61 million tonnes "
    "of bulk goods and 29 million tonnes of containers.",
    "split as": "The lottery paid out £640 million, split as £310 million to sport, £190 million to the arts "
    "and £120 million to heritage.",
    "two parts of one dimension": "Of the 18,450 nurses who qualified this year, 11,200 went to work in "
    "hospitals and 6,400 in community care.",
    "of which": "The port handled 3,450 cruise calls in 2024, of which 1,720 were in summer, 960 in spring "
    "and 570 in the rest of the year.",
    "; of these,": "The agency cleared 860 wrecks from the harbour; of these, 410 were fishing boats, 250 "
    "yachts and 120 barges.",
    "out of N in total": "Pike made up 310 of the fish counted, perch 240 and carp 130, out of 760 in total.",
}
TRAPS = {
    "whole with its year": "Of the 52,400 insurance claims settled in 2023, 31,900 were paid in full, "
    "16,900 in part and 3,600 were refused for other reasons.",
    "whole with a split year": "Of the 7,150 planning appeals decided in 2022/23, 2,480 were allowed, "
    "4,310 dismissed and 360 withdrawn or settled otherwise.",
    "first part after its subject": "Of the €27 billion of cohesion money paid out in 2021, Poland received "
    "€8.1 billion, Italy €5.2 billion and the other member states €13.7 billion.",
    "Of those": "Last season the club sold 18,300 season tickets. Of those, 9,800 went to adults, "
    "5,900 to pensioners and 2,600 to the remaining junior members.",
    "Of that": "The region harvested roughly 6.2 million tonnes of grapes in 2022. Of that, white varieties "
    "made up 3.1 million tonnes, red 2.4 million and the rest 0.7 million.",
    "made up of": "Rail freight reached 94 million tonnes in 2023, a new high, made up of 61 million tonnes "
    "of bulk goods and 33 million tonnes of containers.",
    "split as": "The lottery paid out £620 million, split as £310 million to sport, £190 million to the arts "
    "and £120 million to heritage.",
    "two parts of one dimension": "Of the 18,450 nurses who qualified this year, 11,200 went to work in "
    "hospitals and 7,250 in community care.",
    # a selection, not the whole breakdown
    "including": "Of the 52,400 insurance claims settled in 2023, including 31,900 paid in full, 14,100 were "
    "paid in part and 3,600 refused.",
    "two parts that are two facts": "Of the 18,450 nurses who qualified this year, 11,200 were women and "
    "6,400 were over 30.",
    "two parts far from the whole": "Of the 18,450 nurses who qualified this year, 9,200 went to work in "
    "hospitals and 4,400 in community care.",
    # parts that overlap
    "counted twice": "Of the 52,400 insurance claims settled in 2023, 31,900 were paid in full, 14,100 in part "
    "and 3,600 were refused for other reasons, some of them counted twice.",
    # the sentence before has two figures: "those" is a guess
    "Of those, two counts before": "Last season the club sold 18,300 season tickets and 40,000 day passes. "
    "Of those, 9,800 went to adults, 5,100 to pensioners and 2,600 to the remaining junior members.",
    "of which": "The port handled 3,450 cruise calls in 2024, of which 1,720 were in summer, 960 in spring "
    "and 770 in the rest of the year.",
    "; of these,": "The agency cleared 860 wrecks from the harbour; of these, 410 were fishing boats, 250 "
    "yachts and 200 barges.",
    "out of N in total": "Pike made up 310 of the fish counted, perch 240 and carp 130, out of 680 in total.",
    "of which, facts of their own": "The agency cleared 860 wrecks from the harbour, of which 410 were "
    "fishing boats, 250 were sold for scrap and 120 sank again.",
    "of which, a selection": "The port handled 3,450 cruise calls in 2024, of which 1,720 were in summer "
    "and 960 in spring.",
    # rounding inside the written precision
    "rounding": "Of the 4.1 million visitors in 2024, 2.3 million came from abroad, 1.2 million from "
    "the rest of the country and 0.7 million from the city itself.",
}

MISSED: set[str] = set()


test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS, MISSED)
