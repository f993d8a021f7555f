"""NM001 probes (session 26, the builder's own words, in the shapes blind writers used): a
person's or a body's name written two ways far apart in one draft, with traps of the same
shapes that must stay silent.

Shapes: letters changed inside a surname or a given name whose other part is the same
(vowels moved, a consonant of one sound voiced, a romanised syllable written two ways); a
plural inside a body's name that holds a plural possessive; an accent dropped on a short
word of a name after the same words, or on a particle; a hyphen against a space inside a
longer name or a firm's name."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    # letters changed inside a name whose other part is written the same both times
    "welsh surname, vowels moved": apart(
        "The choir's conductor, Rhodri Llewellyn, chose the programme.",
        "Rhodri Llywelyn later added two hymns to it.",
    ),
    "nordic surname, two vowels changed": apart(
        "Dr Solveig Amundsen runs the avalanche service.",
        "Dr Solveig Amondson warned that the slopes were unstable.",
    ),
    "korean given name, syllable romanised two ways": apart(
        "Kim Min-joon coaches the national archery squad.",
        "In April Kim Min-jun named six newcomers.",
    ),
    "given name, consonant voiced inside": apart(
        "The mill's owner, Brigida Santos, kept the old looms.",
        "Brigita Santos says the looms still earn their keep.",
    ),
    # a plural inside a body's name that holds a plural possessive
    "plural in a body's name with a possessive": apart(
        "The Regional Hospital Doctors' Forum opposed the rota.",
        "The Regional Hospitals Doctors' Forum has since softened its view.",
    ),
    "plural in a growers' body's name": apart(
        "The Coastal Fishery Owners' Association counts 300 boats.",
        "The Coastal Fisheries Owners' Association wants a longer season.",
    ),
    "plural in a suppliers' body's name": apart(
        "The Upland Creamery Milk Suppliers' Cooperative set a new price.",
        "The Upland Creameries Milk Suppliers' Cooperative met in May.",
    ),
    "doubled letter in a spanish body's name": apart(
        "The Federación Nacional de Cafeteros buys the harvest.",
        "The Federación Nacional de Caffeteros cut its price in May.",
    ),
    "plural in a portuguese body's name": apart(
        "The Confederação Nacional de Municípios met in Brasília.",
        "The Confederação Nacional de Município later changed its view.",
    ),
    "doubled letter in an english body's name": apart(
        "The Institute of Chartered Foresters trains surveyors.",
        "The Institute of Charttered Foresters has 1,800 members.",
    ),
    # an accent dropped on a short word of a name, after the same words, or on a particle
    "short word's accent after a lower-case particle": apart(
        "The Museu da Maré opened a new wing in 2023.",
        "Visitors to the Museu da Mare's new wing doubled.",
    ),
    "irish particle's accent dropped": apart(
        "Professor Máire Ní Bhroin chairs the language board.",
        "Professor Ni Bhroin's report is due in June.",
    ),
    "irish o particle's accent dropped": apart(
        "The harbour master, Dónal Ó Murchú, closed the slipway.",
        "Dr O Murchú reopened it a week later.",
    ),
    # a word of another language in lower case, some of its accents kept, some dropped
    "hungarian grant's name, one accent of three dropped": apart(
        "Families may claim the otthonfelújítási grant once.",
        "About 40,000 otthonfelujítási grants were paid in 2023.",
    ),
    "portuguese hearing's name, one accent of two dropped": apart(
        "Most claims go first to a conciliação hearing.", "A conciliacão hearing lasts about an hour."
    ),
    "turkish exam's name, one accent of two dropped": apart(
        "Graduates sit the öğretmenlik exam in July.", "The ögretmenlik exam was made harder in 2022."
    ),
    # a hyphen against a space inside a longer name or a firm's name
    "hyphen and space in a survey's name": apart(
        "The Skagit-Samish Eelgrass Survey mapped 40 beds.",
        "The Skagit Samish Eelgrass Survey found fewer beds in 2024.",
    ),
    "hyphen and space in a pilot's name": apart(
        "Farmers joined the Kerry-Cork Hill Farming Pilot in 2022.",
        "The Kerry Cork Hill Farming Pilot's payments rose.",
    ),
    "hyphen and space in a firm's name, its suffix dropped": apart(
        "The council hired Ashdown-Pryce Ltd to resurface the roads.",
        "Ashdown Pryce finished the work in March.",
    ),
    "hyphen and space in a nordic firm's name": apart(
        "The ferry was built by Halvard-Lunde AS in Bergen.",
        "Engineers at Halvard Lunde fitted new batteries.",
    ),
}
TRAPS = {
    # two people: another given name, another ending, another surname
    "given name's ending changed": apart("Louise Garnier founded the bakery.", "Louis Garnier runs its second shop."),
    "korean siblings": apart(
        "Kim Min-joon coaches the national archery squad.", "His sister Kim Min-ji competes for Busan."
    ),
    "another given name before a like surname": apart(
        "Dr Solveig Amundsen runs the avalanche service.", "Dr Harald Amondson, a geologist, disagreed."
    ),
    "romanised chinese given names": apart(
        "Li Xiaoming heads the seed bank.", "Li Xiaomeng, his cousin, runs the clinic."
    ),
    "two vowels moved in a place, no person": apart(
        "The road climbs to Salvatierra.", "It then drops to Salvetiarra on the plain."
    ),
    "two namesakes in one sentence": apart(
        "Ingrid Halvorsen and Ingrid Halverson both ran clinics.", "The clinics closed in 2020."
    ),
    "same person, one form": apart("Rhodri Llewellyn chose the programme.", "Llewellyn later added two hymns to it."),
    # bodies: two bodies, a plural used as a common noun
    "two doctors' bodies": apart(
        "The Regional Hospital Doctors' Forum opposed the rota.",
        "The Regional Hospital Nurses' Forum supported it.",
    ),
    "a body and the common plural": apart(
        "The Coastal Fishery Owners' Association counts 300 boats.",
        "Coastal fisheries owners' incomes fell in 2024.",
    ),
    "two bodies opening with their word": apart(
        "The Association des Maires de France met in Paris.", "The Association des Maires du Var met in Toulon."
    ),
    "two federations": apart(
        "The Federación Nacional de Cafeteros buys the harvest.",
        "The Federación Nacional de Ganaderos buys cattle.",
    ),
    "a body's possessive": apart(
        "The Institute of Chartered Foresters trains surveyors.",
        "The Institute of Chartered Foresters' guidance is short.",
    ),
    "a body's possessive, word last": apart(
        "The Regional Health Services budget grew.", "The Regional Health Services' staff grew too."
    ),
    # accents: the same form twice, a quotation in the source's letters, two places
    "accent kept": apart(
        "The Museu da Maré opened a new wing in 2023.", "Visitors to the Museu da Maré's new wing doubled."
    ),
    "a url in plain letters": apart(
        "Professor Máire Ní Bhroin chairs the language board.",
        "Her board's site is https://www.nibhroin.example.ie/ni-bhroin for now.",
    ),
    "two particles, two people": apart(
        "Professor Máire Ní Bhroin chairs the language board.",
        "Her brother, Ciarán Ó Broin, advises it.",
    ),
    "every accent dropped": apart(
        "Families may claim the otthonfelújítási grant once.",
        "About 40,000 otthonfelujitasi grants were paid in 2023.",
    ),
    "short english loanword written two ways": apart(
        "Send a résumé with the form.", "A resumé longer than two pages is not read."
    ),
    "accents kept": apart(
        "Graduates sit the öğretmenlik exam in July.", "The öğretmenlik exam was made harder in 2022."
    ),
    # hyphens: another name run on, places named apart
    "hyphened pair run on into another name": apart(
        "The Anglo-Irish Agreement was signed in 1985.", "The Anglo Irish Bank failed in 2009."
    ),
    "places named apart": apart(
        "Farmers joined the Kerry-Cork Hill Farming Pilot in 2022.",
        "Most farms are in Kerry, Cork and Clare.",
    ),
    "firm's name run on into another": apart(
        "The council hired Ashdown-Pryce Ltd to resurface the roads.",
        "Ashdown Pryce Holdings owns the quarry.",
    ),
}

#: not found yet, by cause
MISSED: set[str] = set()

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS, missed=MISSED)
