"""AR001 on a whole that opens the sentence with "of" and no determiner ("Of 48 appeals
lodged …, 19 were upheld, or 52 per cent"; "…: of 64 permits sought since 2020, twenty
were issued, or 45 per cent"), session 23. Traps: the same shapes when the share is right,
and a whole after "of" that no punctuation sets off ("In a sample of 500 firms, …"). Our own
sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "opens the sentence": "Of 48 appeals lodged between 2019 and 2023, nineteen were upheld, or 52 per cent.",
    "opens the sentence, a year": "Of 250 trainees who started in 2022, 180 finished the course, or 80 per cent.",
    "after a colon": "The board approves slowly: of 64 permits sought since 2020, twenty were issued, or 45 per cent.",
}
TRAPS = {
    "opens the sentence": "Of 48 appeals lodged between 2019 and 2023, nineteen were upheld, or 40 per cent.",
    "opens the sentence, a year": "Of 250 trainees who started in 2022, 180 finished the course, or 72 per cent.",
    "after a colon": "The board approves slowly: of 64 permits sought since 2020, twenty were issued, or 31 per cent.",
    "no lead": "In a sample of 500 firms, 120 had cut jobs, or 24 per cent.",
}


test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS)
