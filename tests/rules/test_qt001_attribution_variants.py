"""QT001 on whose words a quotation is (issue 12, session 8): an attribution after a dash, a
sentence naming a person quoted before, a role sharing a word with the named person's description;
traps: the same words, another speaker, a motto or slogan. Our own sentences, in domains outside
the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    'The observatory director, Dr Lena Farrow, told us: "We can see further than ever, but we cannot pay for the night shifts." The board agreed.\n\nThe trust\'s case rests on the line Dr Farrow gave us: "we can see further than ever, but we cannot afford the night shifts".',
    'Marek Duda, who chairs the chess federation, said: "Every club that closes takes a generation of players with it." Clubs have closed in six towns.\n\n## Next steps\n\n"Every club that shuts takes a generation of players with it." — the chair of the chess federation',
    'The vineyard\'s cellar master said after the frost: "We lost the grapes, not the vines, and the vines will come back."\n\nIts head of the cellar, Ana Prieto, told growers later that spring: "We lost the harvest, not the vines, and the vines will come back."',
    'Ingrid Solberg, the tram operator\'s chief engineer, said the line was "ready for trams but not for the crowds that will ride them". Ridership doubled.\n\nThe city should heed Ms Solberg, for whom the line is "ready for trams but not for the crowds that will use them".',
    '"The glacier is losing a metre a year and nobody up here is surprised any more," said Tomas Wyss, a mountain guide.\n\n"The glacier loses a metre a year and nobody here is surprised any more." — Tomas Wyss, mountain guide',
    'The archive\'s lead conservator said: "Paper forgives almost anything except damp and neglect."\n\nAs its conservation chief, Dr Ruth Imbert, put it to the committee: "Paper forgives almost everything except damp and neglect."',
]
TRAPS = [
    'The observatory director, Dr Lena Farrow, told us: "We can see further than ever, but we cannot pay for the night shifts."\n\nThe trust\'s case rests on the line Dr Farrow gave us: "we can see further than ever, but we cannot pay for the night shifts".',
    'Marek Duda, who chairs the chess federation, said: "Every club that closes takes a generation of players with it."\n\n"Every club that closes takes a generation of players with it." — the chair of the chess federation',
    'The vineyard\'s cellar master said after the frost: "We lost the grapes, not the vines, and the vines will come back."\n\nA neighbouring grower, Ana Prieto, told us later: "We lost the harvest, not the roots, and nothing will come back this year."',
    'Ingrid Solberg, the tram operator\'s chief engineer, said the line was "ready for trams but not for the crowds that will ride them".\n\nThe city council\'s slogan for the opening was "ready for trams and ready for the crowds".',
    '"The glacier is losing a metre a year and nobody up here is surprised any more," said Tomas Wyss, a mountain guide.\n\n"The snow line moves up every year and nobody in the valley talks about it." — Anna Kessler, hotelier',
    'Dr Ruth Imbert said: "Paper forgives almost anything except damp and neglect."\n\nThe museum\'s motto, printed on every box, is "paper forgives anything but neglect".',
]

# 'the lead conservator' / 'its conservation chief': the role's words and the sentence's differ
MISSED = {5}


test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS, MISSED)
