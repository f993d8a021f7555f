"""LibreOffice page-bottom notes as `pdftotext` (default options) prints them when the notes
are short: each note's text, then its number alone on the next line, then a blank line; the
first note of a page is often glued under the page's last lines of text. The texts below
were written for these tests (the layout is the one `soffice --convert-to pdf` gives a
.docx made by pandoc)."""

from __future__ import annotations

from claimcheck.document import Source
from claimcheck.ingest.pdftext import read_pdf_text

_PAGE_ONE = """\
Harbour dues in the Baltic

Dues at the three largest ports rose by a fifth between 2021 and 2024.1 Most
of the rise came from the new environmental surcharge, which Gdansk
introduced first.2
Ship owners have asked the regulator to publish how the surcharge is spent,
and the regulator has promised a first account by the spring of
Port Authority of Gdansk, “Tariff of port dues 2024,” 3 January 2024,
https://port.example.pl/tariff-2024.
1

“Baltic ports add green surcharge,” Shipping Weekly, 14 May 2023,
https://shipping.example.com/2023/05/14/surcharge.
2

\f2026, with figures for each port.3

Maritime Regulator, “Annual plan 2025,” 9 December 2024,
https://regulator.example.eu/plan-2025.
3
"""


def _notes(text: str) -> list[tuple[int | None, str]]:
    doc = read_pdf_text(Source("t.txt", text))
    return [(n.number, n.text) for n in doc.iter_footnotes()]


def test_notes_after_their_text_with_the_first_glued_under_the_page():
    notes = _notes(_PAGE_ONE)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert (
        notes[0][1]
        == "Port Authority of Gdansk, “Tariff of port dues 2024,” 3 January 2024, https://port.example.pl/tariff-2024."
    )
    assert notes[1][1].startswith("“Baltic ports add green surcharge,”")
    assert notes[2][1].startswith("Maritime Regulator,")
    doc = read_pdf_text(Source("t.txt", _PAGE_ONE))
    body = " ".join(b.text for b in doc.iter_blocks())
    # the sentence cut by the page's notes reads on across the page break
    assert "promised a first account by the spring of 2026, with figures for each port." in body
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3]


def test_a_page_number_under_the_text_is_no_note():
    text = (
        "Dues at the ports rose by a fifth between 2021 and 2024, the regulator said,\n"
        "and owners want to know how the surcharge is spent.\n1\n\n"
        "\fThe regulator has promised an account by 2026.\n2\n"
    )
    assert _notes(text) == []


def test_text_below_the_numbers_is_no_page_foot():
    text = (
        "The surcharge was introduced in Gdansk.1 Owners objected.\n"
        "Port Authority, “Tariff,” 3 January 2024, https://port.example.pl/t.\n1\n\n"
        "The regulator answered in May, and the owners wrote again.\n"
    )
    assert _notes(text) == []


def test_a_mark_after_a_year_before_the_article_a():
    """ "in 2024.3 A rarer strain": the mark after a year's full stop, the next sentence
    opening with "A"; "2.5 A current" is no sentence."""
    notes = "".join(f"{n} Author {n}, “Title {n},” 202{n}, https://example.org/{n}.\n" for n in (1, 2, 3, 4))
    body = "The network began.1 It grew.2 Cases rose to 100 in 2024.3 A rarer strain rose tenfold. It ended.4\n\n"
    doc = read_pdf_text(Source("t.txt", body + notes))
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3, 4]


_NOTES_TWO = "\n1 Port Office, “Plants,” 3 May 2024, https://port.example.org/plants.\n2 Water Board, “Membranes,” 2025, https://wb.example.org/m.\n"


def _blocks(text: str) -> list[tuple[str, str]]:
    doc = read_pdf_text(Source("t.txt", text))
    return [(b.kind.value, b.text) for b in doc.iter_blocks()]


def test_a_bullet_list_is_read_as_its_items():
    text = (
        "Four plants are being built in the region:1\n\n"
        "• Tordesillas, on the river;\n• Cagliari East,\n  in Sardinia;\n• Lavrio, near Athens;\n• Paphos South.\n\n"
        "Of the 12 plants in operation, 7 are in Spain.2\n" + _NOTES_TWO
    )
    items = [t for k, t in _blocks(text) if k == "list_item"]
    assert items == [
        "Tordesillas, on the river;",
        "Cagliari East, in Sardinia;",
        "Lavrio, near Athens;",
        "Paphos South.",
    ]


def test_bullets_printed_as_a_column_before_their_items():
    """`pdftotext` prints a LibreOffice list's bullets as a column under the lead-in."""
    text = (
        "Four plants are being built in the region:1\n•\n•\n•\n•\n\n"
        "Tordesillas, on the river;\nCagliari East, in Sardinia;\nLavrio, near Athens;\nPaphos South.\n\n"
        "Of the 12 plants in operation, 7 are in Spain.2\n" + _NOTES_TWO
    )
    blocks = _blocks(text)
    assert ("paragraph", "Four plants are being built in the region:") in blocks
    assert [t for k, t in blocks if k == "list_item"] == [
        "Tordesillas, on the river;",
        "Cagliari East, in Sardinia;",
        "Lavrio, near Athens;",
        "Paphos South.",
    ]


def test_a_heading_in_sentence_case_stands_alone():
    text = (
        "Cities take most of the water.1\n\nWho uses the water\n\n"
        "Of the region's water, 48% goes to cities and 31% to farms.2\n" + _NOTES_TWO
    )
    blocks = _blocks(text)
    assert ("heading", "Who uses the water") in blocks
    assert ("paragraph", "Of the region's water, 48% goes to cities and 31% to farms.") in blocks


def test_a_line_cut_by_a_page_is_no_heading():
    text = "Cities take most of the water, and the farms of\n\n\fthe south take the rest.1 Prices rose.2\n" + _NOTES_TWO
    assert [k for k, _ in _blocks(text)] == ["paragraph"]


def test_a_number_level_with_the_text_is_no_mark_where_the_pdf_raises_its_marks():
    body = "The alliance pools research. 1 Of the 12 plants in operation, 7 are in Spain. Most use one membrane. 2\n"
    notes = "".join(f"{n}  Water Board, “Report {n},” 202{n}.\n" for n in range(1, 7))
    text = body + "\n" + notes
    raised = {body.index(" 1 ") + 1, body.rindex(" 2") + 1}
    doc = read_pdf_text(Source("t.txt", text), raised=raised)
    assert [r.number for r in doc.iter_refs()] == [1, 2]


def test_the_glued_first_note_opens_at_its_title_not_at_its_date_line():
    text = (
        "Each platform takes six years from order to power.1 The\n"
        "“Ministers agree on joint tenders,” Offshore Review,\n"
        "September 12, 2024, https://review.example.eu/2024/09/12/tenders.\n1\n\n"
        "\fBritish model leaves the cable to the developer.2\n\n"
        "“How the regime works,” Grid Journal, June 2024, https://grid.example.co.uk/regime.\n2\n"
    )
    notes = _notes(text)
    assert [n for n, _ in notes] == [1, 2]
    assert notes[0][1].startswith("“Ministers agree on joint tenders,”")


_ABBREVIATED_AND_ONE_LINE = """\
Ferry fares on the western isles

The operator's fares were frozen by the order of 2 March 2023,1 and a
one-line note follows a longer one on this page.2 The minister defended the
freeze in a radio interview.3
Islanders' groups had asked for the freeze since the winter of
Ministry of Transport, "Fares (Western Isles) Order," 88 Fed. Reg. 11204,
2 March 2023, https://transport.example.gov/orders/2023/fares.
1

Ferry Users' Council, "Fares review," Rev. Mar. Pol. 12, 4 May 2023,
https://ferryusers.example.org/review-2023.
2

3

Interview with the transport minister, Radio Isles, 9 May 2023.

\f2022, and welcomed it.
"""


def test_citation_abbreviations_and_a_number_above_a_one_line_note():
    """ "88 Fed. Reg. 11204" and "Rev. Mar. Pol." are a citation's abbreviations, not a sentence
    ending inside the note; and a one-line note whose raised number `pdftotext` printed
    above it ("3", "", "Interview with …") is a note of the same run."""
    notes = _notes(_ABBREVIATED_AND_ONE_LINE)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert notes[0][1].startswith('Ministry of Transport, "Fares (Western Isles) Order," 88 Fed. Reg. 11204')
    assert notes[2][1] == "Interview with the transport minister, Radio Isles, 9 May 2023."
    doc = read_pdf_text(Source("t.txt", _ABBREVIATED_AND_ONE_LINE))
    body = " ".join(b.text for b in doc.iter_blocks())
    assert "since the winter of 2022, and welcomed it." in body
    assert "Interview" not in body and "Fed. Reg." not in body


_GLUED_AND_SAYING = """\
Canal tolls

Tolls on the canal were raised twice in 2024.1 Barge operators say the
second rise was never explained.2 The locks closed for eleven days in May.3

"Who pays for the locks?," Inland Waterways Review, March 2025,
https://iwr.example.org/locks. The review counts 41 locks on the canal.
1

Barge Operators' Association, "Letter to the canal trust," 3 June 2024,
https://barges.example.org/letters/2024-06-03.
2

Canal Trust, "Lock closures 2024," 12 January 2025,
https://canaltrust.example.org/closures-report3

\fThe trust has promised a new schedule of tolls for 2026.
"""


def test_a_note_that_cites_then_says_and_a_number_glued_to_the_last_line():
    """A note set apart on its page may go on after its citation ("… https://…/locks. The
    review counts …"); the page's last note may have its number glued to the end of its
    last line ("…/closures-report3": note 3)."""
    notes = _notes(_GLUED_AND_SAYING)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert notes[0][1].endswith("The review counts 41 locks on the canal.")
    assert notes[2][1].endswith("https://canaltrust.example.org/closures-report")
    doc = read_pdf_text(Source("t.txt", _GLUED_AND_SAYING))
    assert all("locks on the canal" not in b.text for b in doc.iter_blocks())


_INSIDE_A_QUOTATION = """\
Ferries and the islands

The operator cut two winter sailings in 2024.1 A harbour master on the
island, who has worked there for thirty years, told us: “A ferry is the only
Ruth Callan, „Fährverbindungen und Inselgemeinden“, Küstenforschung 12,
no. 3 (2024): 45–61, https://kuestenforschung.example.de/2024/callan.
1

\fway anyone here gets to a hospital.”2
Interview with the harbour master, 3 March 2025.
2
"""


def test_a_note_under_an_open_quotation_starts_after_it():
    """The page's first note is glued under a line that opens a quotation ("told us: “A ferry
    is the only"): it starts where its citation opens, not at a name and a comma above
    ("A harbour master on the island, who …"), and a German title („…“) is a closed quotation."""
    notes = _notes(_INSIDE_A_QUOTATION)
    assert notes[0] == (
        1,
        "Ruth Callan, „Fährverbindungen und Inselgemeinden“, Küstenforschung 12, no. 3 (2024): 45–61, "
        "https://kuestenforschung.example.de/2024/callan.",
    )
    doc = read_pdf_text(Source("t.txt", _INSIDE_A_QUOTATION))
    body = " ".join(b.text for b in doc.iter_blocks())
    assert "told us: “A ferry is the only way anyone here gets to a hospital.”" in body


def test_a_mark_after_a_year_before_a_name_with_accented_letters():
    """ "by 2035.5 Wiśniewska’s team": the next note's mark after a year's full stop, before a
    capitalised name written with letters beyond ASCII (a decimal stays a number)."""
    text = (
        "The city wants a zero-emission fleet by 2035.1 Wiśniewska’s team tests buses that\n"
        "charge in six minutes and draw 2.5 Wh per kilometre less.\n"
        "City Transport Office, “Fleet plan,” 3 May 2024, https://city.example.pl/fleet.\n1\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [r.number for r in doc.iter_refs()] == [1]
    body = " ".join(b.text for b in doc.iter_blocks())
    assert "by 2035. Wiśniewska’s team" in body and "2.5 Wh" in body


def test_bullet_items_of_several_lines_cut_after_their_closing_punctuation():
    """Items that run over lines end where a line closes one, a note mark perhaps glued on
    ("…each winter;2"); the mark is a reference like any other."""
    text = (
        "The operator’s annual report gives no figure for cancelled sailings, and the\n"
        "ministry says it does not collect one. Islanders have counted them on a\n"
        "shared page since 2022, but the count has never been checked by anyone.\n\n"
        "3. Questions for the minister\nThe committee may wish to ask:\n•\n•\n\n"
        "whether the three ferries ordered in 2023 (Skye, Mull and Barra) will\n"
        "enter service before the 2027 season;1\n"
        "how many sailings were cancelled for lack of crew each\nwinter;2\n\n"
        "The operator has not answered either question in public.\n" + _NOTES_TWO
    )
    blocks = _blocks(text)
    assert blocks[1:3] == [
        ("heading", "3. Questions for the minister"),
        ("paragraph", "The committee may wish to ask:"),
    ]
    assert [t for k, t in blocks if k == "list_item"] == [
        "whether the three ferries ordered in 2023 (Skye, Mull and Barra) will enter service before the 2027 season;",
        "how many sailings were cancelled for lack of crew each winter;",
    ]
    assert [r.number for r in read_pdf_text(Source("t.txt", text)).iter_refs()] == [1, 2]


def test_label_lines_under_a_bullet_column_are_one_item_each():
    """Key-facts labels end in a figure, not punctuation: an item starts at each capitalised
    line whose line above does not run on (a comma, "and", "of" …)."""
    text = (
        "The port in brief:1\n•\n•\n•\n\n"
        "Berths in use: 14\nShips handled in 2024: 2,310\nLargest customers since 2019: Maersk, CMA CGM,\n"
        "Hapag-Lloyd and Evergreen\n\nDredging resumes in May.2\n" + _NOTES_TWO
    )
    assert [t for k, t in _blocks(text) if k == "list_item"] == [
        "Berths in use: 14",
        "Ships handled in 2024: 2,310",
        "Largest customers since 2019: Maersk, CMA CGM, Hapag-Lloyd and Evergreen",
    ]


def test_a_bullet_column_whose_items_cannot_be_told_apart_stays_one_paragraph():
    text = (
        "Two options remain:1\n•\n•\n\nrebuild the pier with public money and lease\nit to the operator\n"
        "in a single contract over thirty years\n\nNo decision is due before 2026.2\n" + _NOTES_TWO
    )
    assert not [t for k, t in _blocks(text) if k == "list_item"]


def test_a_mark_after_a_year_and_its_comma():
    """ "launched in 2024,2 more than": a year takes no decimals and a thousands group has
    three digits, so the digit after its comma is the next note's mark; "1,25" and "2024,
    12 ships" are not."""
    text = (
        "The yard launched 14 hulls in 2024,1 more than any yard in Europe. Its order book for\n"
        "2025, 12 ships, is full; each hull costs 1,25 times the 2019 price, the port says.2\n" + _NOTES_TWO
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    body = " ".join(b.text for b in doc.iter_blocks())
    assert "in 2024, more than" in body and "2025, 12 ships" in body and "1,25 times" in body


def test_a_glued_note_that_opens_with_a_title_in_another_script():
    """The page's first note glued under its text may open with a title in Arabic (after a
    direction mark), Cyrillic or Chinese rather than a name and a comma."""
    first = "Port Authority of Gdansk, “Tariff of port dues 2024,” 3 January 2024,"
    assert first in _PAGE_ONE
    for title in (
        "\u202b(هيئة الموانئ\u202c)، «تعرفة رسوم الموانئ 2024»،",
        "Управление порта, «Тарифы 2024»,",
        "港务局，《2024年港口收费》，",
    ):
        doc = read_pdf_text(Source("t.txt", _PAGE_ONE.replace(first, f"{title} 3 January 2024,")))
        notes = list(doc.iter_footnotes())
        assert [n.number for n in notes] == [1, 2, 3], title
        assert notes[0].text.startswith(title[:3]), (title, notes[0].text)
        assert [r.number for r in doc.iter_refs()] == [1, 2, 3]


def test_paragraphs_printed_without_a_blank_line_between_them():
    """A line that ends a sentence short of the margin, although the next line's first word
    would have fitted, closes its paragraph; a full line ending a sentence does not, nor a
    short line ending a decimal ("… and 1.78")."""
    text = (
        "The authority spent £628 million on its branches in 2023/24, a fall of almost\n"
        "two fifths in real terms since 2009/10, when the first round of cuts began in\n"
        "earnest.1\n"
        "The cuts were not spread evenly across the country. Five authorities cut by half\n"
        "or more, while the rest closed few branches and shortened hours instead. The\n"
        "largest fall was in the north, and the smallest was in London, at 12.5 and 1.78\n"
        "Volunteers now run one branch in six.2\n" + _NOTES_TWO
    )
    paras = [t for k, t in _blocks(text) if k == "paragraph"]
    assert len(paras) == 2, paras
    assert paras[0].endswith("began in earnest.") and paras[1].startswith("The cuts were not")
    assert [r.number for r in read_pdf_text(Source("t.txt", text)).iter_refs()] == [1, 2]


def test_a_mark_in_a_table_caption_keeps_the_marks_after_it_in_order():
    text = (
        "Spending rose by a third.1\n\n"
        "Table 1. Allocation by programme, 2025. Source: departmental estimates.2\n\n"
        "The Treasury approved the plan in 2022.3 It assumed costs would rise with prices.\n"
        "\n1 Office, “Plan,” 2025, https://o.example.org/p.\n2 Office, “Estimates,” 2025, https://o.example.org/e.\n"
        "3 Treasury, “Plan approved,” 2022, https://t.example.org/a.\n"
    )
    assert [r.number for r in read_pdf_text(Source("t.txt", text)).iter_refs()] == [1, 2, 3]


def test_a_paragraph_ending_in_a_bracketed_mark_is_not_continued_by_the_next():
    """A block ending "… on hold.[3]" ends its paragraph: the next block is no continuation
    across a page break."""
    text = (
        "Three cities have put their orders for hydrogen buses on hold.[3]\n\n"
        "Over the past year the cities ordered 700 battery buses.\n"
    )
    assert [t for k, t in _blocks(text) if k == "paragraph"] == [
        "Three cities have put their orders for hydrogen buses on hold.[3]",
        "Over the past year the cities ordered 700 battery buses.",
    ]


def test_a_glued_note_does_not_open_at_a_quotation_the_text_attributes():
    """Above a glued note, a line opening with a quotation that the text attributes to its
    speaker ("“…,” says Ama Owusu, who …") is the text's, not the note's cited title."""
    first = "Port Authority of Gdansk, “Tariff of port dues 2024,” 3 January 2024,"
    text = _PAGE_ONE.replace(
        "and the regulator has promised a first account by the spring of\n",
        "and the regulator has promised a first account by the spring.\n"
        "“Nobody can tell us where the money goes,” says Ewa Nowak, who chairs a\n",
    ).replace("\f2026, with figures for each port.3", "\fshipowners’ association.3")
    doc = read_pdf_text(Source("t.txt", text))
    notes = list(doc.iter_footnotes())
    assert [n.number for n in notes] == [1, 2, 3]
    assert notes[0].text.startswith(first)
    assert any("says Ewa Nowak" in b.text for b in doc.iter_blocks())


def test_a_mark_set_apart_after_a_full_stop_before_an_opening_quotation():
    """ "… local businesses. 5" and the next line "“Finance follows …": the next note's
    number between a sentence's end and a quotation that opens the next one."""
    text = (
        "The fund approved programmes in Fiji and Samoa.1 Each combines grants with loans to\n"
        "local businesses. 2\n"
        "“Finance follows the reef only when it can be measured,” says its director.3\n"
        + _NOTES_TWO
        + "3 Reef Fund, “Interview,” 2025, https://rf.example.org/i.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3]


def test_a_count_glued_to_its_noun_gets_its_hyphen_back():
    """`pdftotext` drops the hyphen of "three-" / "country" broken at a line end and glues the
    words ("threecountry"); the reader puts it back when the document writes the noun on its
    own, not inside URLs, and not in words that merely begin like a number ("tenants",
    "oneself", "tendency")."""
    text = (
        "The threecountry pilot in Ghana, Kenya, Malawi and Cameroon began in 2019; the\n"
        "countries share one supplier, and the fiveyear contract (https://x.example.org/fiveyear)\n"
        "covers tenants and oneself alike, with a tendency to renew each year.\n"
    )
    (block,) = [b.text for b in read_pdf_text(Source("t.txt", text)).iter_blocks()]
    assert block.startswith("The three-country pilot")
    assert "the five-year contract (https://x.example.org/fiveyear)" in block
    assert "tenants and oneself alike, with a tendency" in block


def test_a_heading_after_a_paragraph_ending_in_a_bracketed_mark_stands_alone():
    text = (
        "The nurses say the fourth dose is the hard one: “the clinic is close for the first\n"
        "three, and the road is long for the last.”[^5]\n\n"
        "The advice\n\n"
        "The expert group reviewed both vaccines in 2023 and kept the same schedule for them.\n"
    )
    blocks = _blocks(text)
    assert ("heading", "The advice") in blocks, blocks


def test_a_note_that_runs_over_to_the_next_page():
    """A long note's last words stand above the next page's first note (or end the
    document): they go back on the note when it stopped inside a URL or mid-sentence."""
    text = (
        "Lenders disagree on how to share the losses.1 The talks took four years.2\n\n"
        "1  Ministry of Finance, “Debt statistics,” 2024, https://mof.example.org/2024/03/debt-\n"
        "\fThe talks ended in June, when the last creditor signed.3\n\n"
        "statistics-annual.\n\n"
        "2  Debt Office, “Standstill clause,” policy paper, 3 March 2025, and the\n"
        "\fNo creditor has asked for better terms since.4\n\n"
        "annex on its use.\n\n"
        "3  Creditors’ Committee, “Signing,” 2 June 2025, https://cc.example.org/2025/06/sign-\n"
        "\fThe programme now runs to 2028.\n\n"
        "off.\n"
        "4  Creditors’ Committee, “Terms,” 2025, https://cc.example.org/terms.\n"
    )
    notes = {n.number: n.text for n in read_pdf_text(Source("t.txt", text)).iter_footnotes()}
    assert notes[1].endswith("https://mof.example.org/2024/03/debt-statistics-annual.")
    assert notes[2].endswith("policy paper, 3 March 2025, and the annex on its use.")
    assert notes[3].endswith("https://cc.example.org/2025/06/sign-off.")


def test_plain_numbered_notes_under_a_notes_heading_with_an_ibid():
    """ "Notes" and then "1 text", "2 text" … with one space: the run may stand right under
    its heading, and a note that points back ("Ibid., table 4.") is a note."""
    text = (
        "The canal's fees rose by a tenth.1 Transits fell in 2024.2 Most were feeders.3\n\n"
        "Notes\n"
        "1 Canal Authority, “Fees 2024,” 2 January 2024, https://canal.example.de/fees-2024.\n"
        "2 Canal Authority, “Traffic report 2024,” 28 January 2025.\n"
        "3 Ibid., table 4.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [n.number for n in doc.iter_footnotes()] == [1, 2, 3]
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3]


def test_plain_numbered_notes_ending_with_a_pointer_to_another_note():
    """A note that sends the reader to another ("See note 1.", "Cf. n. 2", "See above,
    note 1") is a note, so the plain run before it is read as notes; a short sentence of two
    words that points nowhere is not."""
    for pointer in ("See note 1.", "Cf. n. 2", "See above, note 1.", "See notes 1 and 2."):
        text = (
            "Ferry fares doubled in 2023.1 The operator blamed fuel.2 Islanders disagreed.3\n\n"
            "1 Island Transport Board, “Fares review 2023,” 4 May 2023, https://itb.example.no/fares.\n"
            "2 Harbour Lines, “Annual accounts 2023,” 30 March 2024.\n"
            f"3 {pointer}\n"
        )
        doc = read_pdf_text(Source("t.txt", text))
        assert [n.number for n in doc.iter_footnotes()] == [1, 2, 3], pointer
        assert [r.number for r in doc.iter_refs()] == [1, 2, 3], pointer
    text = (
        "Ferry fares doubled in 2023.1 The operator blamed fuel.2 Islanders disagreed.3\n\n"
        "1 Island Transport Board, “Fares review 2023,” 4 May 2023, https://itb.example.no/fares.\n"
        "2 Harbour Lines, “Annual accounts 2023,” 30 March 2024.\n"
        "3 See you.\n"
    )
    assert list(read_pdf_text(Source("t.txt", text)).iter_footnotes()) == []


def test_a_note_run_over_onto_a_line_that_starts_with_a_date():
    """ "9 Act No. 340/2015 on contracts, in force from" / "24 November 2015, https://…": the
    second line is note 9 run over, its date no note 24 out of sequence, so the run is read."""
    text = (
        "Tenders fell by a third.1 The register opened in 2015.2 Few firms used it.3\n\n"
        "1 Procurement Office, “Annual report 2016,” 3 May 2017, https://po.example.cz/2016.\n"
        "2 Act No. 340/2015 on the publication of contracts, in force from\n"
        "24 November 2015, https://laws.example.cz/2015-340.\n"
        "3 Procurement Office, “Register statistics,” 9 January 2018.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    notes = list(doc.iter_footnotes())
    assert [n.number for n in notes] == [1, 2, 3]
    assert notes[1].text.endswith("24 November 2015, https://laws.example.cz/2015-340.")
