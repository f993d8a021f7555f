"""NM001 probes (session 25, the lead's own words, written before reading any miss): a
person's, place's or body's name written in two forms far apart in one draft (letters
swapped, a letter dropped or doubled, an accent dropped, a hyphen or space added or
dropped, an apostrophe lost, a capital changed inside the name), with traps: two
different people or bodies with like names, a name and its possessive or plural, an
English exonym beside a quotation, a name in a title of a cited work."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    "surname letter swapped": apart(
        "Economist Adaeze Nwankwo leads the review.", "Critics of Nwnakwo say the review is late."
    ),
    "surname letter dropped": apart("The minister, Kwabena Asamoah, signed it.", "Asamoh later defended the plan."),
    "doubled letter": apart("Mayor Ingrid Sollberg opened the line.", "Solberg said the line would grow."),
    "accent dropped in body": apart(
        "The Régie autonome des transports parisiens runs the metro.",
        "The Regie autonome des transports parisiens bought 40 trains.",
    ),
    "accent dropped in person": apart("Chief engineer Zoë Lindqvist spoke.", "Zoe Lindqvist added a warning."),
    "hyphen added to surname": apart("Analyst Maria Lopez Garcia wrote the note.", "Lopez-Garcia expects a fall."),
    "apostrophe lost": apart("Commissioner Siobhan O'Dowd approved it.", "ODowd says the rules will change."),
    "capital inside name": apart("Senator Lisa McAllister tabled the bill.", "Mcallister withdrew it in June."),
    "place letters swapped": apart("Ferries sail from Tromsø to Svalbard.", "The Trosmø route lost money."),
    "body space dropped": apart(
        "The Port Authority of Jakarta runs the terminal.", "The PortAuthority of Jakarta raised fees."
    ),
    "compound hyphened with a capital": apart(
        "The Wasserverband Eifel-Rur manages six dams.", "The Wasser-Verband Eifel-Rur raised its fees."
    ),
    "short word's accent dropped, possessive": apart(
        "Bord Gáis Energy supplies 700,000 homes.", "Bord Gais Energy's customers paid more in 2024."
    ),
    "vowel changed": apart("The Okavango Delta Trust funds rangers.", "The Okavanga Delta Trust also funds boats."),
}
TRAPS = {
    "two people": apart("Economist Adaeze Nwankwo leads the review.", "Her colleague Chidi Nwankwa disagreed."),
    "possessive and plural": apart(
        "Senator Lisa McAllister tabled the bill.", "The McAllisters' farm is nearby; McAllister's bill failed."
    ),
    "exonym and native in a quote": apart(
        "Ferries sail from Tromsø to Svalbard.", 'A ticket reads "Tromso - Longyearbyen" in plain letters.'
    ),
    "two bodies": apart(
        "The Port Authority of Jakarta runs the terminal.", "The Port Authority of Jambi runs another."
    ),
    "same name twice": apart("Chief engineer Zoë Lindqvist spoke.", "Zoë Lindqvist added a warning."),
}

TRAPS.update(
    {
        "a hyphened pair once, no joined form": apart(
            "The Wasser-Verband Eifel-Rur manages six dams.", "The Ruhrverband manages others."
        ),
        "a place's double name": apart("Trains run from Baden-Baden to Stuttgart.", "Baden-Baden has 55,000 people."),
    }
)
#: not found yet, by cause: a vowel dropped before a final h ("Asamoah" / "Asamoh") and a
#: last vowel changed ("Okavango" / "Okavanga": given names change their last vowel for
#: another person, "Mario" / "Maria"); an apostrophe lost inside a surname ("O'Dowd" /
#: "ODowd"); a double surname spaced and hyphened after no given name ("Lopez Garcia" /
#: "Lopez-Garcia" written alone)
MISSED = {"surname letter dropped", "vowel changed", "apostrophe lost", "hyphen added to surname"}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS, missed=MISSED)
