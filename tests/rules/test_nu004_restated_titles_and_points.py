"""NU004 on two shapes: a sentence that restates every other figure of the cited title
(the same money, the same counts of the same nouns), whose count of the title's noun is the
title's count whatever words qualify each ("$2.1 billion for more than 5,200 electric trucks
at 48 depots" / "$2.1 billion for 4,870 heavy goods trucks at 48 depots"); and a title in
German, Dutch or Spanish that sets thousands apart with points ("12.570 Einsätze"), read as
thousands, not as a decimal. Defects must be found; traps (right figures, a sentence that
restates nothing, the same title with the text's own figure) must stay silent. Our own
sentences and titles."""

from __future__ import annotations

from tests.rules._variants import variant_tests


def _cited(sentence: str, title: str) -> str:
    return f'{sentence}[^1]\n\n[^1]: Transport Agency, "{title}", 3 March 2025.\n'


DEFECTS = {
    "restated: lamps": _cited(
        "The ministry granted €48 million to 126 towns for some 1,900 street lamps.",
        "€48 million for 1,640 LED street lamps in 126 towns",
    ),
    "restated: trucks": _cited(
        "The fund paid $2.1 billion for more than 5,200 electric trucks at 48 depots.",
        "Fund pays $2.1 billion for 4,870 heavy goods trucks at 48 depots",
    ),
    "restated: loans": _cited(
        "Regulators fined 14 banks £310 million for 2,300 loans.",
        "14 banks fined £310 million for 2,030 mis-sold mortgage loans",
    ),
    "points: German": _cited(
        "The volunteer crews answered 12,750 callouts in 2024.", "Jahresbericht 2024: 12.570 Einsätze auf See"
    ),
    "points: Dutch": _cited(
        "The museum welcomed 1,430,000 visitors in 2023.", "Meer dan 1.340.000 bezoekers voor het museum"
    ),
    "points: Spanish": _cited("The hospitals treated 23,150 patients.", "Los hospitales atendieron a 21.350 pacientes"),
}
TRAPS = {
    "restated, right": _cited(
        "The fund paid $2.1 billion for more than 4,800 electric trucks at 48 depots.",
        "Fund pays $2.1 billion for 4,870 heavy goods trucks at 48 depots",
    ),
    "nothing restated": _cited(
        "The fund has paid for more than 5,200 electric trucks.",
        "Fund pays $2.1 billion for 4,870 heavy goods trucks at 48 depots",
    ),
    "points, right": _cited(
        "The volunteer crews answered 12,570 callouts in 2024.", "Jahresbericht 2024: 12.570 Einsätze auf See"
    ),
    "points, Dutch right": _cited(
        "The museum welcomed 1.34 million visitors in 2023.", "Meer dan 1.340.000 bezoekers voor het museum"
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS)


def test_points_group_thousands_only_in_another_language() -> None:
    from claimcheck.extract.numbers import in_english

    assert in_english("Jahresbericht 2023: 8.940 Einsätze") == "Jahresbericht 2023: 8,940 Einsätze"
    assert in_english("Bundesliga: 1.200 Tore und 3,5 Millionen Zuschauer") == (
        "Bundesliga: 1,200 Tore und 3.5 million Zuschauer"
    )
    # English: a decimal stays one; a title grouping the English way is left as it is
    assert in_english("Version 1.400 released") == "Version 1.400 released"
    assert in_english("Über 12,500 Patienten, 1.250 Betten") == "Über 12,500 Patienten, 1.250 Betten"
