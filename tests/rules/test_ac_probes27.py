"""AC probes (session 27, mix27's own words): a body's name given in English with its name
in its own language and the acronym in one parenthesis ("the State Meteorological Agency
(Agencia Estatal de Meteorología, AEMET)") defines the acronym, whose letters are those of
the own-language name: a use in the summary before it is a use before the definition
(AC004), and the English name's initials are no mismatch (AC002) nor a name cut short
(AC003). Traps: the definition read first, a parenthesis that gives a place and another
body's letters, the definitions alone."""

from __future__ import annotations

import pytest

from tests.rules._variants import variant_tests

DEFINITIONS = {
    "German": "The German Academic Exchange Service (Deutscher Akademischer Austauschdienst, DAAD) pays the grants.",
    "French": "The French National Railway Company (Société nationale des chemins de fer français, SNCF) cut the routes.",
    "Spanish": "The State Meteorological Agency (Agencia Estatal de Meteorología, AEMET) issued the warnings.",
    "Italian": "The Italian National Institute of Statistics (Istituto Nazionale di Statistica, ISTAT) counts the people.",
}
USES = {
    "German": "Grants are paid by the DAAD to 140,000 students.",
    "French": "The SNCF cut 40 regional routes in two years.",
    "Spanish": "The AEMET issued 12 red warnings last summer.",
    "Italian": "ISTAT counted 58.9 million residents at the start of 2024.",
}


def summary_first(lang: str) -> str:
    return f"## Summary\n\n{USES[lang]}\n\n## Background\n\n{DEFINITIONS[lang]} {USES[lang]}"


AC004 = {f"{lang}: used in the summary first": summary_first(lang) for lang in DEFINITIONS}
AC004_TRAPS = {
    **{
        f"{lang}: defined before its use": f"## Background\n\n{DEFINITIONS[lang]} {USES[lang]}"
        for lang in ("German", "Spanish")
    },
    "a place and another body's letters": (
        "## Summary\n\nGrants are paid by the DAAD.\n\n## Background\n\n"
        "Anna Weber (Bonn, DAAD) said the grants were paid on time."
    ),
}

test_ac004_found, test_ac004_trap = variant_tests("AC004", AC004, AC004_TRAPS)


@pytest.mark.parametrize("lang", sorted(DEFINITIONS))
def test_the_own_language_name_gives_the_letters(lang: str, tmp_path) -> None:
    from tests.rules.test_cases import run_rule

    text = f"# Report\n\n{DEFINITIONS[lang]}\n"
    assert [f.message for c in ("AC002", "AC003") for f in run_rule(c, text, "markdown", tmp_path)] == []
