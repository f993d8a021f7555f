"""DT001 (session 23): one happening dated twice in other words, by causes.

- a rule "has applied since" a date as it has been "in force since" it: one entry into
  force with "took effect" or "came into force" elsewhere (not "has applied since March
  2021 for a licence": an application);
- "all but" opens no clause ("ended the quotas on all but two crops on …": the ending is
  dated, not the two crops);
- a named doer and a thing another name owns are two parties' things ("Marovia opened a
  seed vault" / "Estavia's seed vault, opened in …"), and the owner of a noun set off
  before its participle is read with it ("Estavia's seed vault, opened in …").

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    # an entry into force, then a state since it
    "a01-took-effect-then-applied-since": apart(
        "Under the tenancy code, which took effect on 1 April 2019, deposits are capped at five weeks' rent.",
        "Letting agents say the cap has applied since 1 April 2020 without much change in rents.",
    ),
    "a02-came-into-force-then-applied-since": apart(
        "Night flights at Selby airport are limited by the noise rules, which came into force on 1 July 2018.",
        "Residents say the night limit has applied since July 2017 and is rarely enforced.",
    ),
    "a03-took-effect-then-duty-applied-since": apart(
        "The Pellow grain export duty took effect on 15 August 2022.",
        "Exporters complain that the duty has applied since 15 August 2021 with no exemption for seed.",
    ),
    # "all but" opens no clause: the verb before it dates the happening
    "b01-ended-all-but-routes": apart(
        "The ferry operator ended the night crossings on all but two routes on 31 October 2018.",
        "Islanders have lobbied for their return since the night crossings ended in October 2019.",
    ),
    "b02-ended-all-but-crops": apart(
        "The ministry ended the export quotas on all but two crops on 1 July 2019.",
        "Growers recall that the export quotas ended in July 2020, just before the harvest.",
    ),
    "b03-ended-all-but-tariffs": apart(
        "The regulator ended the price cap on all but the smallest tariffs on 1 January 2021.",
        "Bills have risen since the cap ended in January 2022.",
    ),
    # the doer's own thing, or the thing by its own name: still one happening
    "o01-doer-then-own-thing": apart(
        "Marovia opened a seed vault on 3 May 2019 in the northern hills.",
        "Marovia's seed vault, opened in May 2020, stores 40,000 varieties.",
    ),
    "o02-doer-then-thing-by-name": apart(
        "Marovia opened the Kestrel seed vault on 3 May 2019 in the northern hills.",
        "The Kestrel seed vault, opened in May 2020, stores 40,000 varieties.",
    ),
    "o03-founder-then-own-club": apart(
        "Grenlow founded a rowing club in 1972 on the lower river.",
        "Grenlow's rowing club, founded in 1974, races in the county league.",
    ),
}

TRAPS = {
    # an application, not a rule that applies
    "t01-applied-for-a-licence": apart(
        "Carvell's licence for the quarry took effect on 2 March 2020.",
        "The firm has applied since March 2021 for an extension of the quarry licence.",
    ),
    # a plan and a happening
    "t02-will-apply-then-applied-since": apart(
        "The Pellow grain export duty will apply from 15 August 2026.",
        "Exporters complain that the duty has applied since 15 August 2025 with no exemption for seed.",
    ),
    # two things closed, one of them at all but some sites
    "t03-all-but-two-things": apart(
        "The operator closed the ticket offices at all but four stations on 30 September 2021.",
        "Since the waiting rooms closed in September 2022, passengers wait on the platforms.",
    ),
    # a named doer and a thing another name owns
    "t04-doer-and-another-owner-vault": apart(
        "Marovia opened a seed vault on 3 May 2019 in the northern hills.",
        "Estavia's seed vault, opened in May 2020, stores 40,000 varieties.",
    ),
    "t05-doer-and-another-owner-club": apart(
        "Grenlow founded a rowing club in 1972 on the lower river.",
        "Ashby's rowing club, founded in 1974, races in the same league.",
    ),
    "t06-doer-and-another-owner-clinic": apart(
        "The Brisa trust opened a dental clinic on 9 June 2016.",
        "Norvale's dental clinic, opened in June 2017, treats 40 children a day.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap=FRONT + "# Report\n\n{}\n")
