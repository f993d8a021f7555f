"""NM001 on a word that opens clauses ("While", "When", "After") capitalised where a line
break or a template tag before it hides the sentence start, as text taken from a PDF reads
(session 22): it is no form of a name one letter away ("Whale 311", "Wren 24"). Defects are
the near misses: two forms of one name. Our own text, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = (
    'content__news__apps\n2014-04-22 10:00:01 -0400\n\n{{{{< legacy-img src="a.jpg" alt="A pier" caption="" >}}}}\n{}\n'
)
DEFECTS = [
    "While the Coastal Pilots Association met, the crews waited at the pier for news\n"
    "of the storm. Later the Coastal Pilot Association said the pier would reopen.",
    "Anna Kowalczyk ran the survey for the port and wrote the report in the spring\n"
    "of that year. Later, Anna Kowalcyk sent it to the board.",
]
TRAPS = [
    "While the ferry ran late, crews waited at the pier for news of the storm and\n"
    "said the port would post updates.\n"
    "While boats waited, the port posted updates on its site for the families.\n"
    "The coast guard says the Whale 311 app has a report button that sends the position\n"
    "of a sighting. While it rained, few people came to the pier that evening.",
    "When the tide turned, the crews left the pier for the night and the harbour\n"
    "closed early.\n"
    "When boats came back, the port posted updates on its site for the families.\n"
    "The council says the Wren 24 app has a button that reports a stranded bird\n"
    "to the wardens. When it rained, few people came to the pier that evening.",
]

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS, reader="text", wrap=WRAP)
