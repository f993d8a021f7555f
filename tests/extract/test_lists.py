"""Member lists: group, normalised members, asides stripped, declared count, as-of date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import Claim
from claimcheck.document import Source
from claimcheck.extract.lists import country_name, extract_member_lists, find_member_lists, parse_list, recognise
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown


def lists_of(body: str, front: str = ""):
    text = (f"---\n{front}\n---\n\n" if front else "") + body
    d = read_markdown(Source("draft.md", text))
    return list(extract_member_lists(list(iter_units(d))))


def test_list_before_joined():
    (c,) = lists_of(
        "So far, Chile (hosting a tracking antenna), Laos, Mongolia, and Russia have joined the Lunar Alliance.\n"
    )
    assert c.group == "the Lunar Alliance"
    assert c.raw_members == ("Chile", "Laos", "Mongolia", "Russia")
    assert c.members == ("Chile", "Laos", "Mongolia", "Russian Federation")
    assert c.declared_count is None
    assert c.as_of_text == "So far" and c.as_of is None


def test_so_far_takes_the_publication_date():
    (c,) = lists_of("So far, Peru, Chad, and Oman have joined the pact.\n", front="publication_date: 2025-03-01")
    assert c.as_of.iso() == "2025-03-01"


def test_group_before_list_with_count_and_as_of():
    (c,) = lists_of(
        "As of March 2023, the satellite consortium included five member countries (Brazil, Iran, Turkey, Viet Nam, and Bolivia).\n"
    )
    assert c.group == "the satellite consortium"
    assert c.declared_count == 5
    assert c.members == ("Brazil", "Iran", "Türkiye", "Vietnam", "Bolivia")
    assert c.as_of.iso() == "2023-03"
    assert c.text.startswith("the satellite consortium") and c.text.endswith("Bolivia)")


def test_organisations_count_as_members():
    (c,) = lists_of(
        "ESA, JAXA, the Canadian Space Agency and the Korea Aerospace Research Institute are partners of the programme.\n"
    )
    assert c.members == ("ESA", "JAXA", "Canadian Space Agency", "Korea Aerospace Research Institute")
    assert c.group == "the programme"


def test_list_in_footnote_prose_counts():
    body = "Text.[^1]\n\n[^1]: By 2022 the forum comprised four states: Fiji, Samoa, Tonga and Nauru. “A title,” Outlet, 2022, https://x.example/a.\n"
    (c,) = lists_of(body)
    assert c.footnote == "1" and c.declared_count == 4
    assert c.members == ("Fiji", "Samoa", "Tonga", "Nauru")


@pytest.mark.parametrize(
    "text",
    [
        "Companies such as Huawei, Xiaomi, and Oppo sell phones.",
        "France and Spain have joined the pact.",  # fewer than three
        "Red, green, and blue teams have joined the exercise.",
    ],
)
def test_not_member_lists(text):
    # a partial list ("such as") may be read, but never as a whole group
    assert [r for r in find_member_lists(text) if r["complete"]] == []


def test_country_names():
    assert country_name("Russia") == "Russian Federation"
    assert country_name("the United Kingdom") == "United Kingdom"
    assert country_name("UK") == "United Kingdom"
    assert country_name("Venezuela") == "Venezuela"
    assert country_name("CAN") is None  # a code, not a name in text
    assert recognise("Atlantis") is None
    assert recognise("Bosnia and Herzegovina") == ("country", "Bosnia and Herzegovina")


def test_json_round_trip():
    adapter = TypeAdapter(Claim)
    for c in lists_of("As of June 2021, Kenya, Ghana, and Angola have joined the network.\n"):
        assert adapter.validate_json(adapter.dump_json(c)) == c


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Chile", "Peru", "Mali", ", ", " and ", "have joined", " the ", "Union", "(", ")", "x", "."]),
        max_size=25,
    ).map("".join)
)
def test_never_raises_and_spans_hold(text):
    d = read_markdown(Source("d.md", text + "\n"))
    units = list(iter_units(d))
    for c in extract_member_lists(units):
        unit = next(u for u in units if u.block == c.block and u.footnote == c.footnote)
        assert c.text == unit.text[c.start : c.end]
        assert len(c.members) >= 3


# ----------------------------------------------------------------------------- every common phrasing
@pytest.mark.parametrize(
    ("text", "group", "members", "count", "role"),
    [
        # after a colon, the count on the subject
        (
            "Five mills supply the region: Arden, Bexley, Corby, Dunmore and Ely.",
            "mills that supply the region",
            ("Arden", "Bexley", "Corby", "Dunmore", "Ely"),
            5,
            "members",
        ),
        # in parentheses after a counted group, with its owner
        (
            "The league's three founders (Norway, Chile and Kenya) met in Oslo.",
            "founders of the league",
            ("Norway", "Chile", "Kenya"),
            3,
            "founders",
        ),
        # namely
        (
            "The two sponsors, namely Acme Rail and Borealis Freight, pay for the study.",
            "sponsors",
            ("Acme Rail", "Borealis Freight"),
            2,
            "members",
        ),
        # between dashes
        (
            "The grid joins four utilities — Nordvolt, Ostkraft, Sudwerk and Westnetz — in one market.",
            "utilities of the grid",
            ("Nordvolt", "Ostkraft", "Sudwerk", "Westnetz"),
            4,
            "members",
        ),
        # are / were after a named group
        (
            "The founders of the league were Norway, Chile and Kenya.",
            "founders of the league",
            ("Norway", "Chile", "Kenya"),
            None,
            "founders",
        ),
        # the subject of a verb
        (
            "Acme, Globex and Initech have since signed the Harbour Accord.",
            "the Harbour Accord",
            ("Acme", "Globex", "Initech"),
            None,
            "signatories",
        ),
        # semicolons between items that hold commas
        (
            "The fund has three offices: Lyon, France; Porto, Portugal; and Turin, Italy.",
            "offices of the fund",
            ("Lyon, France", "Porto, Portugal", "Turin, Italy"),
            3,
            "members",
        ),
        # a dozen, an "and" inside a country's name
        (
            "A dozen states signed the charter: Chile, Peru, Ghana, Kenya, Fiji, Samoa, Tonga, Nauru, Oman, Qatar, Laos and Bosnia and Herzegovina.",
            "states that signed the charter",
            None,
            12,
            "signatories",
        ),
        # a second verb of the sentence's subject, after an apposition and a first predicate
        (
            "The Harbour League, one of three such leagues, is the body that sets the dues, and comprises Arden, Bexley, Corby and Ely.",
            "the Harbour League",
            ("Arden", "Bexley", "Corby", "Ely"),
            None,
            "members",
        ),
    ],
)
def test_phrasings(text, group, members, count, role):
    (r,) = [r for r in find_member_lists(text) if r["complete"]]
    assert r["group"] == group
    if members:
        assert r["members"] == members
    assert r["declared_count"] == count
    assert r["role"] == role
    assert r["items_span"][0] < r["items_span"][1] <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bloc's 12 members, including Norway, Chile and Kenya, met in Oslo.",
        "The accord has six signatories, among them Chile, Peru and Ghana.",
        "Ports like Rotterdam, Antwerp and Hamburg handle most of the trade.",
        "The founders (Peru, Chile, Ghana, etc.) met in Lima.",
        "The founders were Peru, Chile, Ghana and others.",
        "More than five countries (Chile, Peru and Ghana) have asked to join.",
        "Two of the three ports — Rotterdam and Antwerp — use the new cranes.",
        "Chile, Peru and Ghana have also joined the pact.",
    ],
)
def test_partial_lists_are_never_whole(text):
    got = find_member_lists(text)
    assert all(not r["complete"] or r["declared_count"] is None and "Two of" in text for r in got)
    assert not [r for r in got if r["complete"] and r["declared_count"]]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose in 2019, 2020 and 2021.",
        "The flag has three colours: red, green and blue.",
        "Smith, Jones and Brown (2020) found three effects: scale, scope and timing.",
        "As shown before (Smith, Jones and Brown, 2020), prices rise.",
        "Four cities bid for the games: Austin, Denver and Boise, Idaho.",
        "The two islands (the North Island, or Te Ika, and the South Island, or Te Wai) are far apart.",
        "We met on Monday, Tuesday and Friday.",
    ],
)
def test_things_that_are_not_member_lists(text):
    assert [
        r for r in find_member_lists(text) if r["complete"] and r["declared_count"] not in (None, len(r["members"]))
    ] == []
    assert not any(
        r["complete"] and len(r["members"]) >= 3 and any(ch.isdigit() for m in r["members"] for ch in m)
        for r in find_member_lists(text)
    )


def test_an_and_inside_a_name_leaves_the_count_open():
    (r,) = find_member_lists(
        "Five agencies took part: the Department of Health and Human Services, the Department of Energy, GSA and OPM."
    )
    assert r["members"][0] == "Department of Health and Human Services"
    assert r["declared_count"] is None and r["ambiguous"]


def test_bullet_list_under_a_lead_in():
    body = "Intro.\n\nThe consortium has four members:\n\n- Acme Rail\n- Borealis Freight, which runs the depots\n  - a nested note\n- Cobalt Shipping\n\nEach pays a fee.\n"
    (c,) = lists_of(body)
    assert c.members == ("Acme Rail", "Borealis Freight", "Cobalt Shipping")
    assert c.declared_count == 4 and c.group == "members of the consortium"
    assert c.text == "The consortium has four members"


def test_bullet_list_of_steps_is_not_a_member_list():
    assert lists_of("There are three steps:\n\n- Open the file\n- Save it\n- Close it\n") == []


def test_bullet_list_in_html():
    from claimcheck.ingest.html import read_html

    page = (
        "<html><body><article><p>The corridor has three partner ports:</p><ul><li>Rotterdam</li>"
        "<li><a href='https://example.org/a'>Antwerp</a>, the second largest</li><li>Hamburg</li></ul>"
        "<p>Each pays a fee.</p></article></body></html>"
    )
    d = read_html(Source("p.html", page))
    (c,) = list(extract_member_lists(list(iter_units(d))))
    assert c.members == ("Rotterdam", "Antwerp", "Hamburg") and c.declared_count == 3


def test_in_year_dates_the_list():
    (c,) = lists_of("In 2021, the pact counted three members: Peru, Chile and Ghana.\n")
    assert c.as_of.iso() == "2021"


def test_parse_list_shapes():
    text = "Austin, Denver and Boise, where prices rose"
    r = parse_list(text, 0, len(text), closed=False)
    assert [text[a:b] for a, b, _ in r["items"]] == ["Austin", "Denver", "Boise"]
    text = "Austin, Denver, and Boise in Idaho"
    r = parse_list(text, 0, len(text), closed=False)
    assert [text[a:b] for a, b, _ in r["items"]] == ["Austin", "Denver", "Boise"]
    assert parse_list("Austin, Denver, a shared drive and Boise", 0, 40, closed=False) is None
    text = "Austin, Denver and Boise, among others"
    assert parse_list(text, 0, len(text), closed=True)["partial"]


@pytest.mark.parametrize(
    ("text", "group", "members", "count"),
    [
        # a subject list closed by a counted apposition
        (
            "Arden, Bexley and Corby, the three mills of the valley, share one weir.",
            "mills of the valley",
            ("Arden", "Bexley", "Corby"),
            3,
        ),
        # a lead count over a parenthesis that no nearer plural noun can take
        (
            "Four states have cut their grants since 2023 (Austria, Denmark, Finland and Norway).",
            "states that have cut their grants since 2023",
            ("Austria", "Denmark", "Finland", "Norway"),
            4,
        ),
        # "those of"
        (
            "The pilot linked three central banks: those of Chile, Peru and Ghana.",
            "central banks of the pilot",
            ("Chile", "Peru", "Ghana"),
            3,
        ),
        # the passive
        (
            "The Pacific Pact was founded by Chile, Peru and Ghana in 1990.",
            "the Pacific Pact",
            ("Chile", "Peru", "Ghana"),
            None,
        ),
        # a counted apposition between commas
        (
            "The Pacific Pact has three members, Chile, Peru and Ghana, and meets yearly.",
            "members of the Pacific Pact",
            ("Chile", "Peru", "Ghana"),
            3,
        ),
        # what a counted subject did is its group
        (
            "Three countries (France, Germany and Italy) voted against the motion.",
            "countries that voted against the motion",
            ("France", "Germany", "Italy"),
            3,
        ),
        # names in other alphabets' capitals
        (
            "Poznań, Kraków and Łódź, the cities with tram orders, rebuilt their depots.",
            "cities with tram orders",
            ("Poznań", "Kraków", "Łódź"),
            None,
        ),
    ],
)
def test_more_phrasings(text, group, members, count):
    (r,) = [r for r in find_member_lists(text) if r["complete"]]
    assert (r["group"], r["members"], r["declared_count"]) == (group, members, count)


@pytest.mark.parametrize(
    "text",
    [
        "Three firms make chips for phones (Apple, Samsung and Xiaomi).",  # the parenthesis is the phones'
        "Over the last 18 months, HTTPS and HSTS use among parent domains has gone up.",
        "Most people live in the four largest cities of Auckland, Christchurch, Wellington, and Hamilton.",
        "The release fixes CVE-2016-6304, CVE-2016-2183 and CVE-2016-2178 in three modules: Core, Net and TLS.",
    ],
)
def test_no_false_count(text):
    assert [
        r for r in find_member_lists(text) if r["complete"] and r["declared_count"] not in (None, len(r["members"]))
    ] == []


def test_remark_after_the_url_of_a_note_is_read():
    body = 'Text.[^1]\n\n[^1]: Grain Desk, "Members," 2024, https://grain.example.org/members. The alliance\'s members are Spain, Italy and Cyprus.\n'
    (c,) = lists_of(body)
    assert c.footnote == "1" and c.members == ("Spain", "Italy", "Cyprus")
    assert c.group == "members of the alliance"


@pytest.mark.parametrize(
    "text",
    [
        "The firm has three offices (Washington, D.C., New York and Boston).",
        "The firm has three offices: Portland, Oregon, Austin, Texas, and Denver.",
    ],
)
def test_a_place_and_its_state_leave_the_count_open(text):
    assert [r for r in find_member_lists(text) if r["declared_count"] not in (None, len(r["members"]))] == []


def test_dotted_country_names():
    (r,) = find_member_lists("Three partners (the U.S., Japan and India) signed the pact.")
    assert r["members"] == ("United States", "Japan", "India")


@pytest.mark.parametrize(
    ("text", "group", "members", "count"),
    [
        # a body named by a collective noun, then "of"
        (
            "The smelter is owned by a consortium of Acme Metals, Borealis Mining and Cobalt Works.",
            "the consortium",
            ("Acme Metals", "Borealis Mining", "Cobalt Works"),
            None,
        ),
        (
            "Power comes from a joint venture between Nordvolt, Ostkraft and Sudwerk.",
            "the joint venture",
            ("Nordvolt", "Ostkraft", "Sudwerk"),
            None,
        ),
        # a counted group inside a consortium is no part of a counted group
        (
            "The terminal is run by a consortium of three firms, Acme Ports, Borealis Logistics and Cobalt Shipping.",
            "firms",
            ("Acme Ports", "Borealis Logistics", "Cobalt Shipping"),
            3,
        ),
        # a counted subject, then a share of a whole, then the parenthesis
        (
            "Four airlines hold most of the peak slots (Skyline, Nordair, Baltic Wings and Aerovia).",
            "airlines that hold most of the peak slots",
            ("Skyline", "Nordair", "Baltic Wings", "Aerovia"),
            4,
        ),
        # a named body before a parenthesis of countries
        (
            "Ministers from the Quad (Australia, India, Japan and the United States) met in Tokyo.",
            "Quad",
            ("Australia", "India", "Japan", "United States"),
            None,
        ),
        (
            "Leaders of the G7 (Canada, France, Germany, Italy, Japan, the UK and the US) met in June.",
            "G7",
            ("Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"),
            7,  # the G7 counts its countries (issue 12)
        ),
        # an owned group noun in apposition, no count
        (
            "The line's owners, Statnett, Energinet and Fingrid, agreed the tariff.",
            "owners of the line",
            ("Statnett", "Energinet", "Fingrid"),
            None,
        ),
        # the passive subject owns the counted group
        (
            "The fund is backed by three banks: Alpha Bank, Beta Capital and Gamma Trust.",
            "banks of the fund",
            ("Alpha Bank", "Beta Capital", "Gamma Trust"),
            3,
        ),
        # the subject of an ownership verb: the verb names the role
        (
            "Acme Metals, Borealis Mining and Cobalt Works jointly own the smelter.",
            "owners of the smelter",
            ("Acme Metals", "Borealis Mining", "Cobalt Works"),
            None,
        ),
        # an adverb before the group is not the group
        (
            "Later the pact countries, namely Chile, Peru and Ghana, met again.",
            "pact countries",
            ("Chile", "Peru", "Ghana"),
            None,
        ),
    ],
)
def test_bodies_and_appositions(text, group, members, count):
    (r,) = [r for r in find_member_lists(text) if r["complete"]]
    assert (r["group"], r["members"], r["declared_count"]) == (group, members, count)


@pytest.mark.parametrize(
    "text",
    [
        "The smelter is owned by a consortium of Acme Metals, Borealis Mining, Cobalt Works and others.",
        "A group of Harvard, Yale and Stanford researchers wrote the study.",
        "The web speaks HTTP (GET, POST and PUT) over TLS.",
        "Visitors from Northern Europe (Norway, Sweden and Finland) doubled.",
        "Some of the G7 (Canada, France and Japan) objected.",
        "Our partners, such as Statnett, Energinet and Fingrid, agreed.",
        "Apple, Google and Microsoft also run the largest clouds.",
    ],
)
def test_bodies_that_are_not_whole_lists(text):
    assert [r for r in find_member_lists(text) if r["complete"]] == []


@pytest.mark.parametrize(
    ("text", "group", "members", "count"),
    [
        # a count written into a compound, then "in", "signed by", a parenthesis
        (
            "The four-nation pilot in Chile, Peru and Ghana began in 2019.",
            "nations of the pilot",
            ("Chile", "Peru", "Ghana"),
            4,
        ),
        (
            "In the four-party deal signed by the EU, the United Kingdom, Norway and Iceland, the parties agreed.",
            "parties of the deal",
            ("EU", "United Kingdom", "Norway", "Iceland"),
            4,
        ),
        (
            "The three-member panel (Acme Rail, Borealis Freight and Cobalt Lines) reports in May.",
            "members of the panel",
            ("Acme Rail", "Borealis Freight", "Cobalt Lines"),
            3,
        ),
        # a subject list closed by a named apposition, or by an owned count
        (
            "Chile, Peru and Ghana, the coastal states known as the Pacific Three, asked for a vote.",
            "Pacific Three",
            ("Chile", "Peru", "Ghana"),
            None,
        ),
        (
            "Acme Rail, Borealis Freight and Cobalt Lines, the pact's three sponsors, met in May.",
            "sponsors of the pact",
            ("Acme Rail", "Borealis Freight", "Cobalt Lines"),
            3,
        ),
        # a named body before a dash
        (
            "Third, the MED5 — Italy, Greece, Spain, Malta and Cyprus — want change.",
            "MED5",
            ("Italy", "Greece", "Spain", "Malta", "Cyprus"),
            None,
        ),
    ],
)
def test_counts_in_compounds_and_named_groups(text, group, members, count):
    (r,) = [r for r in find_member_lists(text) if r["complete"]]
    assert (r["group"], r["members"], r["declared_count"]) == (group, members, count)


def test_described_members_under_a_counted_lead_in():
    (c,) = lists_of("The harbour's three-member board is made up of:\n\n- the port authority;\n- the city council.\n")
    assert c.declared_count == 3 and c.members == ("port authority", "city council")
    # described items under a lead-in that counts no members: no list
    assert lists_of("The plan has three steps:\n\n- open the file;\n- save it.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "A two-party system (Labour and the Conservatives) has ruled since 1945, said Ana Ruiz, Tom Lee and others.",
        "Two of the five-nation bloc's members (Chile and Peru) objected.",
    ],
)
def test_compound_counts_that_govern_no_whole_list(text):
    assert [
        r for r in find_member_lists(text) if r["complete"] and r["declared_count"] not in (None, len(r["members"]))
    ] == []


# session 14: a list goes on after its last conjunction only inside a name


@pytest.mark.parametrize(
    "text",
    [
        "We audited four grocers: Marks & Spencer, Tesco, Aldi and Lidl.",
        "Four agencies signed: the Food and Agriculture Organization of the United Nations (FAO), UNEP, WHO and UNICEF.",
        "The four yards bid: Harland & Wolff, Babcock, Ferguson Marine and Appledore.",
    ],
)
def test_a_name_with_an_ampersand_or_its_acronym_keeps_the_count(text):
    (r,) = find_member_lists(text)
    assert r["declared_count"] == 4 and len(r["members"]) == 4 and not r["ambiguous"]


def test_an_and_inside_a_name_without_its_acronym_leaves_the_count_open():
    (r,) = find_member_lists(
        "Five agencies took part: the Department of Health and Human Services, the Department of Energy, GSA and OPM."
    )
    assert r["declared_count"] is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "In 2020 the river compact, which brings together Acme Water, Borea Ports, Castor Freight and Delta Rail, launched a plan.",
            "the river compact",
        ),
        (
            "The harbour forum, which unites Acme Water, Borea Ports and Castor Freight, published its report.",
            "the harbour forum",
        ),
    ],
)
def test_a_relative_clause_lists_the_members_of_the_noun_before_it(text, group):
    (r,) = find_member_lists(text)
    assert r["group"] == group and r["role"] == "members"


@pytest.mark.parametrize(
    ("lead", "items", "count", "n"),
    [
        (
            "Four bridges were rebuilt after the floods:",
            ["the old packhorse bridge at Kettlewell;", "Grinton Bridge;", "a timber footbridge below the weir."],
            4,
            3,
        ),
        ("Two ferries were chartered for the summer:", ["MV Skerry;", "a small landing craft from the Clyde."], 2, 2),
    ],
)
def test_bullets_under_a_counted_lead_in_mix_names_and_descriptions(lead, items, count, n):
    from claimcheck.ingest import load_document

    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "d.md"
        path.write_text("# T\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items), encoding="utf-8")
        claims = list(extract_member_lists(iter_units(load_document(path))))
    (c,) = claims
    assert c.declared_count == count and len(c.members) == n


@given(
    st.lists(
        st.sampled_from(["Acme Rail", "Borea Ports", "Castor Freight", "Delta Air", "Elm Bank"]),
        min_size=3,
        max_size=5,
        unique=True,
    ),
    st.sampled_from(["&", "and"]),
)
@settings(max_examples=30, deadline=None)
def test_an_ampersand_name_first_never_changes_how_many_members_are_read(names, conj):
    first = "Marks & Spencer"
    text = f"We audited {len(names) + 1} firms: {first}, " + ", ".join(names[:-1]) + f" {conj} {names[-1]}."
    (r,) = find_member_lists(text)
    assert r["members"][0] == first and len(r["members"]) == len(names) + 1


@pytest.mark.parametrize(
    "body, last",
    [
        # text taken from a web page can lose the space after a full stop: the list ends there
        (
            "In 2023 two new bodies were set up under the ministry: the Harbour Board and the Canal Trust."
            "Its first chair was appointed in May.\n",
            "Canal Trust",
        ),
        (
            "The fund has three partners: the Kelso Mutual, the Wren Bank and the Orchard Credit Union."
            "The union joined last.\n",
            "Orchard Credit Union",
        ),
        (
            "Four ports signed the charter: Aberfal, Penmor, Castrick and Dunhallow.Talks with a fifth continue.\n",
            "Dunhallow",
        ),
    ],
)
def test_a_sentence_end_without_its_space_ends_the_list(body, last):
    (c,) = [c for c in lists_of(body) if c.declared_count]
    assert c.raw_members[-1].removeprefix("the ") == last


def test_a_full_stop_inside_a_name_or_abbreviation_is_no_sentence_end():
    # "St.Kilda" (a short word with its capital before the stop) is no glued sentence end
    (c,) = [c for c in lists_of("The survey covered three islands: Harris, Barra and St.Kilda.\n") if c.declared_count]
    assert c.raw_members[-1] == "St.Kilda"


@pytest.mark.parametrize(
    "body",
    [
        "Last spring we interviewed 1,250 dairy farmers in the counties of Cork, Kerry and Limerick.\n",
        "The fund lent to 2,300 small firms in the towns of Aberfal, Penmor and Castrick last year.\n",
        "Inspectors visited 1.5 thousand sites in the regions of Nordland, Troms and Finnmark.\n",
    ],
)
def test_a_figure_with_thousands_is_no_count_of_the_list_after_it(body):
    # the "250" of "1,250" is no declared count of "Cork, Kerry and Limerick"
    assert all(c.declared_count is None or c.declared_count > 999 for c in lists_of(body))


def test_a_small_count_before_its_list_is_still_read():
    (c,) = [c for c in lists_of("The three counties (Cork, Kerry and Limerick) share one board.\n") if c.declared_count]
    assert c.declared_count == 3
    (d,) = [c for c in lists_of("The 3 counties (Cork, Kerry and Limerick) share one board.\n") if c.declared_count]
    assert d.declared_count == 3


# session 19: lists that were not read at all


@pytest.mark.parametrize(
    "text, group, members",
    [
        # a run of names as the subject of any verb, after a preposition, after "the councils of"
        ("Brackley, Hume and Ottery asked for more money.", "", ("Brackley", "Hume", "Ottery")),
        ("The grant went to Brackley, Hume and Ottery in May.", "", ("Brackley", "Hume", "Ottery")),
        ("The scheme is run by the councils of Garth, Lowick and Renby.", "councils", ("Garth", "Lowick", "Renby")),
        ("Rents rose in Garth, Lowick and Renby counties.", "counties", ("Garth", "Lowick", "Renby")),
        (
            "The plan was agreed by Ana Ruiz, Ben Cole and Cara Diaz of the board.",
            "the board",
            ("Ana Ruiz", "Ben Cole", "Cara Diaz"),
        ),
        # members written with what they are, or joined by "plus" / "as well as"
        (
            "The pool is backed by the Swiss insurer Alpina Re, the German bank Nordkredit and Halvard Mutual.",
            "",
            ("Alpina Re", "Nordkredit", "Halvard Mutual"),
        ),
        ("Costs fall on Ebbe, Farley plus the market town of Orle.", "", ("Ebbe", "Farley", "Orle")),
        (
            "Kestrel Bank and Harbour Mutual as well as the Rowan Trust sponsor it.",
            "",
            ("Kestrel Bank", "Harbour Mutual", "Rowan Trust"),
        ),
    ],
)
def test_a_run_of_names_is_read_uncounted(text, group, members):
    (r,) = [r for r in find_member_lists(text) if r["complete"]]
    assert (r["group"], r["members"], r["declared_count"]) == (group, members, None)


@pytest.mark.parametrize(
    "text",
    [
        "A team of Oxford, Leeds and Bristol economists wrote it.",  # names of what the noun after them is of
        "The rules come from the Board for Roads, Rivers and Rail (BRRR).",  # one body's name
        "Several states, including Arnia, Belsk and Corvo, asked for a review.",
        "Brackley and Hume signed it.",  # two names: no list
        "The grant is run by the Ministry of Roads, Rivers and Rural Affairs.",  # one body's name
        "Advice came from the Office for Ports, Harbours and Coastal Trade.",
        # one person and the posts she holds
        "Speaking in May, Ada Lum, Vice President and Chief Engineer of the relay firm Skyvane, said demand had doubled.",
        "Tomas Brek, Director of Operations, Head of Safety and Lead Pilot at Northwing, signed the report.",
        "Rosa Vidal, Deputy Minister for Ports and Chair of the harbour board, opened the quay.",
    ],
)
def test_runs_of_names_that_are_no_whole_list(text):
    assert [r for r in find_member_lists(text) if r["complete"]] == []


@pytest.mark.parametrize(
    "text, count, members",
    [
        ("The Fen Group (four docks: Abbot Quay, Brill Wharf and Caxton Pier) bought a dredger.", 4, 3),
        ("The Marsh Alliance, a five-member body made up of Ely, Soham, Wisbech and Chatteris, buys grit.", 5, 4),
        ("The cup has been played by the same six clubs since 2012: Ashgate, Brindle, Corbin, Delph and Esk.", 6, 5),
        ("Corran Bank, Mistral Credit and the Pell Mutual, four lenders in all, share the book.", 4, 3),
        ("The inspectors were Ruth Hale, Omar Said and Ines Roy. All four of them came in May.", 4, 3),
        ("Halden Bank, Crofton Savings and the Marsh Mutual fund it; the two funders meet yearly.", 2, 3),
    ],
)
def test_counts_read_around_a_list(text, count, members):
    (r,) = [r for r in find_member_lists(text) if r["complete"]]
    assert (r["declared_count"], len(r["members"])) == (count, members)


def test_a_count_of_another_noun_in_the_next_sentence_counts_nothing():
    (r,) = find_member_lists(
        "Halden Bank, Crofton Savings and the Marsh Mutual fund it. The four branches open at nine."
    )
    assert r["declared_count"] is None


def test_a_table_whose_header_names_the_members_kind():
    body = (
        "The five partners share the budget as shown below.\n\n"
        "| Partner | Budget |\n|---|---|\n| Arden Labs | 2.0 |\n| Brill Institute | 1.5 |\n| Cole University | 1.0 |\n"
        "| Total | 4.5 |\n"
    )
    (c,) = lists_of(body)
    assert (c.group, c.members, c.declared_count) == (
        "partners",
        ("Arden Labs", "Brill Institute", "Cole University"),
        5,
    )


def test_a_table_of_years_is_no_member_list():
    body = "| Year | Output |\n|---|---|\n| 2021 | 4 |\n| 2022 | 5 |\n| 2023 | 6 |\n"
    assert lists_of(body) == []


def test_bullets_under_a_plain_lead_in_and_a_counted_heading():
    (c,) = lists_of(
        "## The four pilot schools\n\nThe trust chose these:\n\n- Ashby Primary\n- Beck Lane School\n- Cole Green\n"
    )
    assert c.declared_count == 4 and c.members == ("Ashby Primary", "Beck Lane School", "Cole Green")
    (d,) = lists_of("The steering group is made up of:\n\n- Rana Idris, chair\n- Colm Daly\n- Petra Voss\n")
    assert d.group == "the steering group" and d.declared_count is None


def test_people_named_with_titles_are_still_a_run_of_names():
    (r,) = [
        r
        for r in find_member_lists("Professor Ann Lee, Professor Bo Lin and Dr Cy Wu signed the letter.")
        if r["complete"]
    ]
    # the title is no part of the name ("Ann Lee" in another list is the same person); the
    # written form keeps it
    assert r["members"][0] == "Ann Lee" and r["raw_members"][0] == "Professor Ann Lee" and len(r["members"]) == 3


def _segments_char_by_char(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The reading _segments had when it looked at every character: its answer is the oracle."""
    depth = 0
    semis: list[int] = []
    commas: list[int] = []
    for i in range(a, b):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif depth == 0 and ch == ";":
            semis.append(i)
        elif depth == 0 and ch == "," and not (i + 1 < b and text[i + 1].isdigit() and text[i - 1 : i].isdigit()):
            commas.append(i)
    out, pos = [], a
    for c in [*(semis or commas), b]:
        x, y = pos, c
        while x < y and text[x] in " \u00a0\n":
            x += 1
        while y > x and text[y - 1] in " \u00a0\n":
            y -= 1
        out.append((x, y))
        pos = c + 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 2\u00a0\n,;()[]x")), max_size=40), st.data())
def test_segments_reads_the_marks_as_every_character_was_read(text: str, data: st.DataObject) -> None:
    from claimcheck.extract.lists import _segments

    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert _segments(text, a, b) == _segments_char_by_char(text, a, b)


@pytest.mark.parametrize(
    "text",
    ["Oslo, Bergen (and Tromsø, Bodø), and Trondheim", "1,200 fans; 3,400 guests; a few, (more]; x", ")], ;,"],
)
def test_segments_on_written_lists(text: str) -> None:
    from claimcheck.extract.lists import _segments

    for a in range(len(text) + 1):
        assert _segments(text, a, len(text)) == _segments_char_by_char(text, a, len(text))


@pytest.mark.parametrize(
    ("text", "count", "first"),
    [
        ("Four reasons explain the fall: weaker demand, higher costs and a strong currency.", 4, "weaker demand"),
        (
            "Two agencies share the work, namely the port authority, the customs service and the coast guard.",
            2,
            "the port authority",
        ),
        ("Three pressures lengthened the queues: staff shortages, bed blocking and winter flu.", 3, "staff shortages"),
    ],
)
def test_a_count_leading_the_clause_counts_the_things_after_its_verb_and_object(text, count, first):
    (r,) = find_member_lists(text)
    assert r["declared_count"] == count and r["members"][0] == first


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Four farms grow crops: wheat, barley and oats.", 4),  # the list may name the object
        ("Three lenders cut their rates: the fixed rate, the tracker and the offset loan.", 3),  # the subject's own
        ("Three things happened: prices rose, wages fell and rents doubled.", 3),  # clauses
        ("Two ports lost three berths: the oil jetty, the ro-ro ramp and the fish quay.", 2),  # another count
        ("Four firms sent 12 trucks: flour, sugar and salt.", 4),  # a count of something else
    ],
)
def test_no_count_read_from_a_leading_count_that_may_not_be_the_lists(text, lead):
    assert all(r["declared_count"] != lead for r in find_member_lists(text))


def test_a_body_of_two_fields_is_one_name_in_a_run_of_names():
    (r,) = find_member_lists(
        "Grants went to Ashdown Water, the Ministry of Health and Welfare, Bellmoor Trust and Kestrel Farms."
    )
    assert list(r["members"]) == ["Ashdown Water", "Ministry of Health and Welfare", "Bellmoor Trust", "Kestrel Farms"]


def test_no_tail_of_an_ambiguous_run_is_read():
    # "the Port of Leith and Granton": one port or two? The run is not read, nor its tail
    assert (
        find_member_lists(
            "The review went to Calder Rail, the Port of Leith and Granton, Wexley Ferries and Dunmore Coaches."
        )
        == []
    )
