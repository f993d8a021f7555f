"""QT001 on whose words a quotation is, session 21: the owner of a noun of someone's words in
the possessive ("Okafor's claim that …", "the stewards' view, that …"), a time or place fronted
before the subject of "she said", a role of a body before the person ("A former clerk to the
Board, Name, …"), a pull quote's attribution in brackets, a verb of three letters inflected
("add" / "adds"), and a short quotation with its terms swapped. Our own sentences, in domains
outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # a noun of someone's words in the possessive names the speaker
    "possessive_claim": 'The ferry captain, Ruth Okafor, told the inquiry: "We sailed with 212 passengers and a crew of nine."\n\nThe audit repeats Okafor\'s claim that the ferry "sailed with 240 passengers and a crew of nine".',
    "possessive_rule": 'The kitchen manager, Dev Sandhu, said: "No tray leaves this kitchen until it has been weighed twice."\n\nSandhu\'s rule, that no tray leaves "until it has been weighed three times", is pinned above the pass.',
    "possessive_view_is_that": 'Carla Moreno, who runs a courier firm, said: "We pay our riders for every hour they wait at the depot."\n\nMoreno\'s view is that couriers should "pay our riders for every minute they wait at the depot".',
    # a time, place or adverb fronted before the subject of "she said"
    "fronted_rally": 'The union rep, Nadia Brook, said before the vote: "Half of our members earn less than £20,000 a year."\n\nAt a rally outside the town hall on 3 May, the rep returned to her figures. "Half of our members earn less than £18,000 a year," she said.',
    "fronted_month_role_name": 'The harbour was busy that spring.\n\nIn April 2024 the pilot of the Grey Gull, Aled Morgan, gave evidence to the inquiry. "We waited 14 hours at the bar and were paid for 9," he said.\n\nThe inquiry cites Morgan\'s complaint that his crew "waited 14 hours at the bar and were paid for 6".',
    "fronted_two_phrases": 'At one of the depots, on the edge of a small town in Fife, the yard manager Iona Baird runs two shifts. "Nothing leaves the yard until it has been checked twice," she told us.\n\nBaird\'s rule, that nothing leaves "until it has been checked four times", is rare in the trade.',
    # a role of a body before the person
    "role_to_body": 'A former adviser to the Transport Committee, Gareth Ellis-Pryce, put it simply: "A timetable is a promise, not a plan. It tells riders when to stand at the stop."\n\nEllis-Pryce\'s words bear repeating: a timetable, he said, "is a promise, not a wish. It tells riders when to wait at the stop."',
    "role_for_body": 'A spokeswoman for the Canal Trust, Maya Lund, said: "Every lock we repair saves a boat two hours."\n\nLund has repeated that "every lock we repair saves a boat three hours".',
    # an attribution in brackets after a pull quote
    "bracket_attribution": 'The archivist Bram Claes told us: "Scanning did not end the backlog. It moved it from the shelves to the servers."\n\n## What next\n\n"Scanning didn\'t end the backlog; it just moved it to the servers." (Bram Claes, archivist)',
    # a plural possessive with a noun of words frames the quotation
    "plural_possessive": 'Tomas Ruiz, a steward at the stadium, told us: "The gates don\'t close, so neither do we."\n\nThe stewards\' view, that "the gates never close, so neither do we", sums up the job.',
    # three-letter verbs inflected stand where each other stands
    "three_letter_verb": '"A new bridge moves traffic around a town; it rarely adds to it," said Pia Hart, a planner.\n\nAs Hart put it to us: "New bridges move traffic around; they almost never add to it."',
    # terms swapped round in a short quotation
    "swapped_terms": 'The gallery\'s director, Leon Achebe-Ward, has a line for every donor: "The visitors are the gallery."\n\nA review for the board cites Achebe-Ward\'s line, "the gallery is the visitors", as the heart of the plan.',
    "swapped_verb": 'The coach, Ines Varga, told the squad: "Fitness wins matches."\n\nThe club\'s report gives Varga\'s phrase as "matches win fitness" in its summary.',
}
TRAPS = {
    "possessive_same_words": 'The ferry captain, Ruth Okafor, told the inquiry: "We sailed with 212 passengers and a crew of nine."\n\nThe audit repeats Okafor\'s claim that the ferry "sailed with 212 passengers and a crew of nine".',
    "possessive_other_speaker": 'The kitchen manager, Dev Sandhu, said: "No tray leaves this kitchen until it has been weighed twice."\n\nHis rival across town, Kim Toller, disagrees. Toller\'s rule is that "no tray leaves this kitchen until it has been weighed once".',
    "fronted_other_occasion": 'On 2 March, at the launch, the chair, Dawn Mercer, said: "Prices follow crowds and crowds follow winners."\n\nIn a radio interview on 14 November, Mercer said something else: "Prices follow costs and costs follow wages."',
    "bracket_exact_excerpt": 'The archivist Bram Claes told us: "Scanning did not end the backlog. It moved it from the shelves to the servers."\n\n## What next\n\n"Scanning did not end the backlog." (Bram Claes, archivist)',
    "bracket_source_year": 'The study found that "most tenants never see the inspection report" in the areas surveyed.\n\nAnother study found that "most tenants never read the inspection report" (Harlow 2021).',
    "swapped_same_order": 'The gallery\'s director, Leon Achebe-Ward, has a line for every donor: "The visitors are the gallery."\n\nA review cites Achebe-Ward\'s line, "the visitors are the gallery", as the heart of the plan.',
    "three_letter_new_news": '"We want news from every ward, every week," said the chief nurse, Ada Kerr.\n\nThe board\'s own slogan was "we want new wards, every week".',
}
# "wins" / "win": a verb of four letters inflected is not read as one word by the stems
MISSED = {"swapped_verb"}


test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS, MISSED)
