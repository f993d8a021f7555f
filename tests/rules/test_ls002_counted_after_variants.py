"""LS002 on counts the unseen drafts wrote (issue 12, session 11): a counted noun with a
purpose after it before the colon ("four target groups for free transport:"), a counted noun
with a participle and a year before the parenthesis ("the three vaccines withdrawn in 2019
(…)"), a count after the lead-in's group over bullets ("(five in all):", "there are four of
them:"). Our own sentences; and traps: a partial list, the right count, a phrase that names
other things than those counted."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "purpose after the counted noun, colon": (
        "The charter named four target groups for free bus travel: pupils under ten, retired "
        "miners, and people living on remote farms."
    ),
    "participle and year, parenthesis": (
        "The three vaccines withdrawn in 2019 (alphavax, betavax, gammavax and deltavax) were "
        "licensed again a year later."
    ),
    "participle and adverb, parenthesis": (
        "The five dyes banned outright in 2021 (amaranth, tartrazine, erythrosine and "
        "quinoline yellow) still turn up in imported sweets."
    ),
    "count in brackets after the lead-in": (
        "Ferry lines that stopped running in winter (four in all):\n\n- Brest Ferries\n"
        "- Lorient Maritime\n- Vannes Shuttle\n"
    ),
    "a relative clause with its own plural object": (
        "The three mills that spin its yarns (Arden, Bolton, Calder and Dewsbury) have all cut shifts."
    ),
    "of them, over bullets": (
        "The coast has its own lifeboat stations. In Cornwall there are five of them:\n\n"
        "- Padstow\n- Newquay\n- St Ives\n- Penlee\n"
    ),
}

TRAPS = {
    "partial list after the count": (
        "The charter named four target groups for free bus travel, including pupils under ten and retired miners."
    ),
    "the right count": (
        "The three vaccines withdrawn in 2019 (alphavax, betavax and gammavax) were licensed again a year later."
    ),
    "a phrase naming other things": (
        "The inspectors made five visits to the sites (Alpha Quarry, Beta Quarry and Gamma Quarry) last year."
    ),
    "a short word ending like a participle, then the names": (
        "On the train she kept three tabs open at once for Mail, Maps, and Notes."
    ),
    "count in brackets, right count": (
        "Ferry lines that stopped running in winter (three in all):\n\n- Brest Ferries\n"
        "- Lorient Maritime\n- Vannes Shuttle\n"
    ),
    "some of them": (
        "The coast has its own lifeboat stations. In Cornwall some of them are:\n\n"
        "- Padstow\n- Newquay\n- St Ives\n- Penlee\n"
    ),
}

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS)
