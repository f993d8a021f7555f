"""NU004 probes (session 26, prec26's own words, after reading an unexplained finding of
the development set): a span of time counted to the time of writing ("nearly three decades
ago", "Twenty Years After the Flood", "ten years on") is measured to the day each was
written; a source written in another year than the text may give another span and both be
right. Traps: three domains, the elapsed span in the text, in the title or in both; near
misses: the source written the year of the text, and a span that is a duration, not an
elapsed time, stay flagged."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-06-10\n---\n\n# Report\n\n"


def note(sentence: str, title: str, dated: str) -> str:
    return f'{FRONT}{sentence}[^1]\n\n[^1]: River Office, "{title}", {dated}, https://river.example.org/notes/flood\n'


TRAPS = {
    "ago in the text, after in the title": note(
        "The dam burst in 1996, almost thirty years ago, and flooded forty villages.",
        "Twenty Years After the Flood",
        "3 March 2016",
    ),
    "ago in the text, on in the title": note(
        "The dock strike began in 2005, two decades ago.",
        "Ten years on: the strike that changed the docks",
        "9 May 2015",
    ),
    "later in both": note(
        "Twelve years later the reactor site is still idle.", "Five years later, reactor site still idle", "1 July 2018"
    ),
}
DEFECTS = {
    "source written the same year": note(
        "The dam burst in 1996, almost thirty years ago, and flooded forty villages.",
        "Twenty Years After the Flood",
        "3 March 2025",
    ),
    "a duration, not an elapsed span": note(
        "The inquiry into the flood took 14 months.", "Flood inquiry that took 11 months reports", "3 March 2016"
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS, wrap="{}")
