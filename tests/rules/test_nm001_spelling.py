"""The spelling-variant reader behind NM001 and the happening reader behind DT001."""

from claimcheck.extract.happenings import happening
from claimcheck.rules._spelling import fold, one_edit


def test_fold_drops_accents_and_stroked_letters():
    assert fold("Kovács") == "Kovacs"
    assert fold("Łęczyca") == "Leczyca"
    assert fold("Søndergaard") == "Sondergaard"


def test_one_edit_kinds():
    assert one_edit("nwachukwu", "nwachuwku") == ("swap", 6)
    assert one_edit("lindqvist", "lindqvest") == ("change", 6)
    assert one_edit("cassolla", "cassola") == ("drop", 6)
    assert one_edit("korea", "korean") == ("drop", 5)
    assert one_edit("berger", "burgher") is None
    assert one_edit("same", "same") is None


def test_happening_phrasings():
    assert happening("The harbour tunnel, opened in 2012, is busy.", "2012") == ("opening", ("harbour", "tunnel"))
    assert happening("Since the 2013 opening of the tunnel, trips are shorter.", "2013") == ("opening", ("tunnel",))
    assert happening("Since its founding in 1998, the choir has toured.", "1998") == ("creation", ("choir",))
    assert happening("The council's adoption in 2019 was late.", "2019") == ("adoption", ("council",))
    assert happening("When the night service started in 2021, few rode it.", "2021") == ("start", ("night", "service"))


def test_happening_thing_before_a_relative_clause_or_a_parenthesis():
    said = "Last but not least, the crewed orbital lab, which was launched in 2021, is busy."
    assert happening(said, "2021") == ("launch", ("crewed", "orbital", "lab"))
    said = "Two options: lasers and missiles such as the KX-19 (first launched in 2007) and others."
    assert happening(said, "2007") == ("launch", ("kx-19",))


def test_happening_is_silent_when_doubtful():
    assert happening("It began in 2019.", "2019") is None
    assert happening("Its rival says the firm was founded in 2012.", "2012") is None
    assert happening("Prices rose in 2019.", "2019") is None


def test_german_prose_is_judged_for_each_list_of_blocks_asked():
    """capitalises_nouns keeps its answer for the list it was asked about, never for
    another list of as many blocks (the next document's prose)."""
    from typing import cast

    from claimcheck.document import Block
    from claimcheck.rules._spelling import capitalises_nouns

    german = "Die Stadt und der Hafen sind nicht mit dem Land verbunden, auch wird die Brücke nicht gebaut. " * 6
    english = "The town and the harbour are not linked to the land, and the bridge will not be built. " * 6

    def prose(text: str) -> list[tuple[Block, str]]:
        return [(cast(Block, None), text)]  # only the text is read

    first, second = prose(german), prose(english)
    assert capitalises_nouns(first) is True
    assert capitalises_nouns(first) is True
    assert capitalises_nouns(second) is False
    assert capitalises_nouns(first) is True
