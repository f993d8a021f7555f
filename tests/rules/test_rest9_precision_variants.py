"""False alarms of session 9 (issue 12) made into variants, in our own sentences and in domains
outside the evaluation set: names of bodies in other languages (elided articles, connectives,
accented initials, a syllable from the first word) for AC002; a record number that starts with
a date and a monthly bulletin filed under the month it covers for CT001; a short reference to a
page for CT004; a deadline after a relative clause for CT003; "three of X's 14 stations, A, B
and C" for LS002. Each trap has a defect of the same shape beside it that must still be found."""

from __future__ import annotations

from tests.rules._variants import variant_tests

AC_DEFECTS = {
    "fr elided, letters swapped": "The Direction générale de l'aviation civile (DGCA) licenses pilots.",
    "pt connective, letters swapped": "The Instituto Brasileiro de Geografia e Estatística (IBEG) runs the census.",
    "nl articles, letters swapped": "The Centraal Bureau voor de Statistiek (CSB) counts births.",
    "it elided, a word swapped": "The Ente Nazionale per l'Aviazione Civile (ENAV) certifies airports.",
    "tr connective, a letter wrong": "Bilgi Teknolojileri ve İletişim Kurumu (BTTK) regulates telecoms.",
    "es connective, letters swapped": "The Ministerio de Agricultura, Pesca y Alimentación (MPAA) sets quotas.",
}
AC_TRAPS = {
    "fr elided article": "The Direction générale de l'aviation civile (DGAC) licenses pilots.",
    "pt connective": "The Instituto Brasileiro de Geografia e Estatística (IBGE) runs the census.",
    "nl articles": "The Centraal Bureau voor de Statistiek (CBS) counts births.",
    "it elided article": "The Ente Nazionale per l'Aviazione Civile (ENAC) certifies airports.",
    "tr connective": "Bilgi Teknolojileri ve İletişim Kurumu (BTK) regulates telecoms.",
    "es connective": "The Ministerio de Agricultura, Pesca y Alimentación (MAPA) sets quotas.",
    "fr elided, accented initial": "The Office national d'études et de recherches aérospatiales (ONERA) tests engines.",
    "fr aux, lower case": "Under the contrat d'accès aux réseaux (CAR) each grid operator pays a fee.",
    "tr syllable of the first word": "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD) coordinates relief.",
    "de article": "The Bundesamt für Sicherheit in der Informationstechnik (BSI) certifies smart meters.",
}

test_ac002_defect_found, test_ac002_trap_silent = variant_tests("AC002", AC_DEFECTS, AC_TRAPS)

CT_WRAP = "# Report\n\nThe council agreed the plan.[^1]\n\n[^1]: {}\n"
CT001_DEFECTS = {
    "date in the path, two days off": 'Regional Assembly, "Vote on the harbour plan," press release, 13 March 2024, https://assembly.example.eu/news/2024/03/11/harbour-plan.',
    "month folder, bulletin of another month": 'Statistics Office, "Monthly bulletin, March 2024," 20 April 2024, https://stats.example.org/bulletin/2024-01/overview.',
}
CT001_TRAPS = {
    "a record number that starts with a date": 'Regional Assembly, "Vote on the harbour plan," press release, 13 March 2024, https://assembly.example.eu/press-room/20240311IPR19402/harbour-plan.',
    "a monthly bulletin under its month": 'Statistics Office, "Monthly bulletin, March 2024," 20 April 2024, https://stats.example.org/bulletin/2024-03/overview.',
}
test_ct001_defect_found, test_ct001_trap_silent = variant_tests("CT001", CT001_DEFECTS, CT001_TRAPS, wrap=CT_WRAP)

CT004_WRAP = (
    "# Report\n\nThe harbour grew.[^1] Its dues rose.[^2]\n\n"
    '[^1]: Harbour Board, "Annual review 2024," Chamber of Shipping, 2 May 2025, https://harbour.example.org/review-2024.\n'
    "[^2]: {}\n"
)
CT004_DEFECTS = {
    # an outlet whose name starts like a locator ("Ch…", "Art…") is no short reference
    "an outlet like a locator, left out": 'Harbour Board, "Annual review 2024," 2 May 2025, https://harbour.example.org/review-2024.',
    "a page, and another date": 'Harbour Board, "Annual review 2024," 9 May 2025, p. 14, https://harbour.example.org/review-2024.',
}
CT004_TRAPS = {
    "a page range, no date": 'Harbour Board, "Annual review 2024," pp. 12-15, https://harbour.example.org/review-2024.',
    "a section, no date": 'Harbour Board, "Annual review 2024," section 3, https://harbour.example.org/review-2024.',
}
test_ct004_defect_found, test_ct004_trap_silent = variant_tests("CT004", CT004_DEFECTS, CT004_TRAPS, wrap=CT004_WRAP)

CT003_WRAP = (
    "# Report\n\n{}[^1]\n\n"
    '[^1]: Council of Ministers, "Directive on river quality," Official Journal, 3 March 2023, https://law.example.eu/river.\n'
)
CT003_DEFECTS = {
    "a state reached after a date, past verb": "By the end of 2024, according to the register, 41 river basins had met the standard.",
}
CT003_TRAPS = {
    "a deadline after a relative clause": "The directive, which entered into force in May 2023, requires that by the end of 2030 member states restore 30 per cent of their rivers.",
    "a deadline after a relative clause with who": "The commissioner, who visited the delta in 2022, insists that by mid-2029 every basin publish its data.",
}
test_ct003_defect_found, test_ct003_trap_silent = variant_tests("CT003", CT003_DEFECTS, CT003_TRAPS, wrap=CT003_WRAP)

LS002_DEFECTS = {
    "an owner's counted group": "The museum reopened its five galleries, the Atrium, the Loggia, the Vault and the Cloister, in June.",
}
LS002_TRAPS = {
    "some of an owner's counted group": "The museum reopened three of the Old Mint's 11 galleries, the Atrium, the Loggia and the Vault, in June.",
    "some of its counted group": "The water board closed two of its nine pumping stations, Alder Marsh and Brook End, in the drought.",
}
test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)

# NM001 on a cited source's authors: a body, not a person, and a hyphen are no slips
NM001_DEFECTS = {
    "a person's surname one letter off": 'Rosalind Pennington ran the survey.[^1]\n\n[^1]: Rosalind Penington, "Provincial theatres," Stage Review, 2023, https://stage.example.co.uk/provincial.',
}
NM001_TRAPS = {
    "a body's name with a hyphen": 'The Organisation for Economic Cooperation and Development published the survey.[^1]\n\n[^1]: Organisation for Economic Co-operation and Development, "Fisheries outlook," 2024, https://oecd.example.org/fish.',
    "a brand before a country": 'PostNord Denmark carried fewer letters.[^1]\n\n[^1]: PostNord Danmark, "Annual report 2024," 2025, https://postnord.example.dk/report.',
    "a hyphenated surname written closed": 'Anna Lund-Berg chaired the panel.[^1]\n\n[^1]: Anna Lundberg, "Panel notes," 2024, https://panel.example.se/notes.',
}
test_nm001_defect_found, test_nm001_trap_silent = variant_tests("NM001", NM001_DEFECTS, NM001_TRAPS)
