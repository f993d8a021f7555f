"""Items printed one a line under a lead-in closed by a colon, their bullets lost (PDF text
and plain text; session 24): an item may open with "the" and a name ("the Netherlands");
the first item under a lead-in is no run-in heading; items that run straight on into the
next paragraph, with no blank line, end where a full line of prose opens a sentence."""

from __future__ import annotations

from claimcheck.ingest import load_document

_PROSE = (
    "The regional grid operators have argued for years that the interconnectors are too small for the winter\n"
    "peaks, and the regulators in each country have so far agreed with them on every occasion it came up.\n"
)


def _blocks(tmp_path, body: str, name: str = "page.pdf.txt") -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text("Grid Review\n\n" + _PROSE + "\n" + body + "\n" + _PROSE, encoding="utf-8")
    return [(b.kind.value, b.text) for b in load_document(path).iter_blocks()]


def test_items_opening_with_the_and_a_name(tmp_path) -> None:
    body = (
        "The pooling agreement now has four members:\n\nthe Netherlands\nBelgium\nthe Gambia\nDenmark\n\n"
        "Its record is modest but real, and the members have renewed it for another five years after a long\n"
        "review of what it had achieved in its first decade of joint purchasing.\n"
    )
    items = [t for k, t in _blocks(tmp_path, body) if k == "list_item"]
    assert items == ["the Netherlands", "Belgium", "the Gambia", "Denmark"]


def test_first_item_under_a_lead_in_is_no_heading(tmp_path) -> None:
    body = (
        "Four towns founded the cycling network. The founding towns are:\n\nArnhem\nZwolle\nDeventer, host of the office\n"
        "Apeldoorn, whose bridge opened in 2021\n\n"
        "The network has asked the ministry for a standard design guide to shorten the approval of new routes.\n"
    )
    blocks = _blocks(tmp_path, body)
    assert ("heading", "Arnhem") not in blocks
    assert [t for k, t in blocks if k == "list_item"][:2] == ["Arnhem", "Zwolle"]


def test_items_running_on_into_prose_end_at_the_full_line(tmp_path) -> None:
    body = (
        "The three ports with shore power are:\nBergen\nKiel\nGdansk\n"
        "Their experience suggests the cables are affordable for the largest ferry lines, but smaller operators\n"
        "with older ships will need a longer period to refit their vessels before the rules apply to them.\n"
    )
    for name in ("page.pdf.txt", "page.txt"):
        blocks = _blocks(tmp_path, body, name)
        assert [t for k, t in blocks if k == "list_item"] == ["Bergen", "Kiel", "Gdansk"], name
        assert any(k == "paragraph" and t.startswith("Their experience suggests") for k, t in blocks), name


def test_a_wrapped_paragraph_under_a_colon_stays_prose(tmp_path) -> None:
    body = (
        "The review found three things:\n"
        "Ferries that carry freight at night pay less for their berths than those that sail by day, and the\n"
        "discount has grown every year since the harbour board introduced it to spread the load on the quays.\n"
    )
    blocks = _blocks(tmp_path, body)
    assert not [t for k, t in blocks if k == "list_item"]


def test_phrases_a_line_under_a_lead_in_are_not_cut_before_a_full_line(tmp_path) -> None:
    # a page of short lines (headings and items alike): a list of phrases, not of names,
    # does not end at the first full line, which would take the heading after it for an item
    body = (
        "We are running three trials:\n"
        "Night buses on the coastal route in May and June\n"
        "Extra ticket machines at the harbour station\n"
        "We are testing some changes to the timetable format\n"
        "Fares Review\n"
        "The fares team has finished its survey of season ticket holders on the two commuter lines and will report\n"
        "to the board in the autumn with a proposal for the zones.\n"
    )
    items = [t for k, t in _blocks(tmp_path, body) if k == "list_item"]
    assert "Fares Review" not in items


def test_a_table_heading_under_a_lead_in_stays_a_heading(tmp_path) -> None:
    body = (
        "The survey counted birds along 210 routes, by habitat:\n\n"
        "Habitat Routes Mean birds per visit\nWoodland 90 41\nFarmland 70 18\nWetland 50 66\n\n"
        "Most routes were walked twice a season by volunteers who had been trained in the spring by the local group.\n"
    )
    blocks = _blocks(tmp_path, body)
    assert ("list_item", "Habitat Routes Mean birds per visit") not in blocks


def test_clauses_opening_with_the_under_a_lead_in_stay_one_paragraph(tmp_path) -> None:
    body = (
        "The volunteers are spread across four services:\n"
        "the Coastguard (Küstenwache), including the new river units;\n"
        "the Fire Service (Feuerwehr);\n"
        "the Mountain Rescue (Bergwacht);\n\n"
        "the Ambulance Service (Rettungsdienst).\n"
        "The government's target, set out in the interior ministry's strategy, is 40,000 trained volunteers by 2030.\n"
    )
    items = [t for k, t in _blocks(tmp_path, body) if k == "list_item"]
    assert "the Fire Service (Feuerwehr);" not in items
