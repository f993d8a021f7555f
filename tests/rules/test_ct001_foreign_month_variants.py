"""CT001 on a note citing a source in its own language's date form ("14. März 2024", "3
juillet 2023", "5 de mayo de 2024") against the date in its URL. Our own notes; traps: the
same dates agreeing with the URL, a month name of another language inside a title."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "# Report\n\nThe lock reopened.[^1]\n\n[^1]: {}\n"
DEFECTS = {
    "German, day with a full stop": (
        'Hafenamt, "Schleuse wieder in Betrieb", Lokalzeitung, 14. März 2024, '
        "https://zeitung.example.de/lokales/2024/04/14/schleuse.html"
    ),
    "French, month in lower case": (
        'Mairie, "Réouverture du port", Le Journal, 3 juillet 2023, https://journal.example.fr/2023/08/03/port.html'
    ),
    "Spanish, with 'de'": (
        'Autoridad Portuaria, "Reapertura", El Diario, 5 de mayo de 2024, '
        "https://diario.example.es/2024/06/05/reapertura.html"
    ),
    "Dutch": ('Havenbedrijf, "Sluis open", De Krant, 9 oktober 2022, https://krant.example.nl/2022/10/19/sluis.html'),
}
TRAPS = {
    "German, agreeing": (
        'Hafenamt, "Schleuse wieder in Betrieb", Lokalzeitung, 14. März 2024, '
        "https://zeitung.example.de/lokales/2024/03/14/schleuse.html"
    ),
    "Spanish, agreeing": (
        'Autoridad Portuaria, "Reapertura", El Diario, 5 de mayo de 2024, '
        "https://diario.example.es/2024/05/05/reapertura.html"
    ),
    "Italian, agreeing": (
        'Comune, "Riapertura del porto", Il Giornale, 21 settembre 2021, '
        "https://giornale.example.it/2021/09/21/porto.html"
    ),
}

test_defect_found, test_trap_silent = variant_tests("CT001", DEFECTS, TRAPS, wrap=WRAP)
