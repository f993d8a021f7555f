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
    # the held-back set (session 8), written before the build and run once, at the end
    'The lifeboat coxswain, Morag Baird, said after the rescue: "The sea gave us one chance and we took it before it changed its mind."\n\n"The sea gave us one chance and we took it before it could change its mind." — Morag Baird, coxswain',
    'Piotr Nowak, who runs the rowing club, told us: "A river club lives on volunteers, and volunteers live on thanks."\n\nThe council could start with the thanks Mr Nowak asks for: "a river club lives on volunteers, and volunteers live on gratitude".',
    'The salt mine\'s safety officer said: "Every tunnel we close is a tunnel nobody can get lost in."\n\nHer fellow safety manager, Elif Demir, told the inspectors: "Every tunnel we seal is a tunnel nobody can get lost in."',
    'Ottavio Reni, the opera house\'s music director, said the orchestra was "playing better than ever in a hall that is falling apart".\n\n"Playing better than ever in a hall that is coming apart." — the music director',
    'The bakery co-operative\'s founder, Hanne Lund, said: "We bake for the street, not for the supermarket shelf, and the street pays on time."\n\nThe report ends where Ms Lund began: "we bake for the street, not for the supermarket, and the street pays on time".',
    'Beekeeper Joan Carrow said: "A hive tells you in spring what you did wrong in autumn."\n\n"A hive tells you in spring what you got wrong in autumn." — Joan Carrow',
]
TRAPS = [
    'The observatory director, Dr Lena Farrow, told us: "We can see further than ever, but we cannot pay for the night shifts."\n\nThe trust\'s case rests on the line Dr Farrow gave us: "we can see further than ever, but we cannot pay for the night shifts".',
    'Marek Duda, who chairs the chess federation, said: "Every club that closes takes a generation of players with it."\n\n"Every club that closes takes a generation of players with it." — the chair of the chess federation',
    'The vineyard\'s cellar master said after the frost: "We lost the grapes, not the vines, and the vines will come back."\n\nA neighbouring grower, Ana Prieto, told us later: "We lost the harvest, not the roots, and nothing will come back this year."',
    'Ingrid Solberg, the tram operator\'s chief engineer, said the line was "ready for trams but not for the crowds that will ride them".\n\nThe city council\'s slogan for the opening was "ready for trams and ready for the crowds".',
    '"The glacier is losing a metre a year and nobody up here is surprised any more," said Tomas Wyss, a mountain guide.\n\n"The snow line moves up every year and nobody in the valley talks about it." — Anna Kessler, hotelier',
    'Dr Ruth Imbert said: "Paper forgives almost anything except damp and neglect."\n\nThe museum\'s motto, printed on every box, is "paper forgives anything but neglect".',
    # the held-back set (session 8), written before the build and run once, at the end
    'The lifeboat coxswain, Morag Baird, said: "The sea gave us one chance and we took it before it changed its mind."\n\n"The sea gave us one chance and we took it before it changed its mind." — Morag Baird, coxswain',
    'Piotr Nowak, who runs the rowing club, told us: "A river club lives on volunteers, and volunteers live on thanks."\n\nThe national federation\'s slogan is "a club lives on its volunteers".',
    'The salt mine\'s safety officer said: "Every tunnel we close is a tunnel nobody can get lost in."\n\nThe mine\'s owner, Elif Demir, told investors: "Every tunnel we reopen is a tunnel that can earn money again."',
    'Ottavio Reni said the orchestra was "playing better than ever in a hall that is falling apart".\n\n"Playing better than ever in a hall that is falling apart." — the music director',
    'Hanne Lund said: "We bake for the street, not for the supermarket shelf, and the street pays on time."\n\nA rival chain advertises that "we bake for the supermarket shelf, and the shelf pays on time".',
    'Beekeeper Joan Carrow said: "A hive tells you in spring what you did wrong in autumn."\n\n"An orchard tells you in summer what the bees did in spring." — Tom Aske, fruit grower',
]

# 'the lead conservator' / 'its conservation chief': the role's words and the sentence's differ
MISSED = {5}


test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS, MISSED)
