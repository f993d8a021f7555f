"""Variant sentences, in our own words, for member-list shapes read since session 20: a
count that "the following" points at after an earlier count; a verb of what a body is made
of and its counted object with words of its own ("comprises four depots with 300 staff
between them:"); a counted group in brackets after a list ("(the guild's three workshops)");
a firm's legal form with a slash ("Fjordline A/S"); a person named in full and then by
surname, a body by the first word of its name; a count pointing back from the next
sentence ("All five of them", "Between them the four founding schools"); "both of" and "all
three of" a group (the whole of it); a participle with "for" after a counted noun; a count
set off after its noun ("the member towns — four in all —"). Traps: counts that agree,
shares of a group ("two of the three"), partial lists, a change the text tells, two people
of one surname, "together with them"."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

LS001_DEFECTS = {
    "surname after full name, colon then parenthesis": apart(
        "The audit panel has four members: Ilse Marr, Colm Daly, Rana Idris and Piet Joosten.",
        "A memo from the audit panel (Marr, Daly, Idris and Okafor) set the fee scale.",
    ),
    "surname after full name, apposition": apart(
        "The three wardens, Greta Lund, Yusuf Aydin and Maeve Carr, patrol the reserve.",
        "Lund, Aydin and Brennan, the reserve's three wardens, asked for a new boat.",
    ),
    "surname after full name, bullets": apart(
        "The jury was made up of three judges:\n\n- Tove Berg\n- Omar Said\n- Lena Fisk\n",
        "In their report the three judges (Berg, Said and Kowalski) praised the shortlist.",
    ),
    "first word of a name, founding schools": apart(
        "The federation was formed by Larchfield Primary, Moss Bank Infants and Nettleby Junior School.",
        "The federation's three founding schools, Larchfield, Moss Bank and Quarry Hill, share a head.",
    ),
    "first word of a name, bullets with an aside": apart(
        "The group now comprises four depots with 310 staff between them:\n\n- Ashby Depot (120 staff)\n"
        "- Brill Depot (80 staff)\n- Cole Depot (60 staff)\n- Dunmow Depot (50 staff)\n",
        "Across all four depots of the group (Ashby, Brill, Cole and Epping), sickness fell.",
    ),
    "a slash in a firm's legal form": apart(
        "The ferry venture has three owners: Halvard Shipping, the Norwegian firm Fjordline A/S and Oxley Capital.",
        "Halvard Shipping, Fjordline A/S and Tessel Holdings, the venture's three owners, put in more equity.",
    ),
    "a brought-together count with a purpose": apart(
        "The compact brings together five towns pledged to cut landfill by 2030:\n\n- Ebbe\n- Farley\n"
        "- Gask\n- Orle\n- Penrick\n",
        "| Member town | Recycling rate |\n|---|---|\n| Ebbe | 41% |\n| Farley | 38% |\n| Gask | 35% |\n"
        "| Orle | 33% |\n| Quenby | 30% |\n\nThe table covers the compact's five member towns.",
    ),
    # a counted noun with a participle after it, then the same noun alone
    "a participle after the noun, then the noun": apart(
        "The basin is run by three wardens appointed for six-year terms in 2021: Ada Roe, Bea Lund and Cai Moss.",
        "In a letter of May 2024 the three wardens, Ada Roe, Bea Lund and Dara Finn, asked for more staff.",
    ),
    "a participle with an agent, then the noun": apart(
        "Four auditors chosen by the Harbour Authority, Ilse Marr, Colm Daly, Rana Idris and Piet Joosten, "
        "checked the books.",
        "The four auditors (Ilse Marr, Colm Daly, Rana Idris and Sven Aho) signed the report.",
    ),
    "a participle with a place, then the noun": apart(
        "The three mills built along the Calder Navigation (Ashworth, Brook and Cragg) closed in 1960.",
        "The three mills, Ashworth, Brook and Dean, were listed in 1985.",
    ),
    # a run of names that "joined in" a year (a time, no group), against a counted list
    "joined in a year, short names of two words": apart(
        "Three clubs joined the Fenland League in August 2022: Marsh Lane Rovers, Old Leake United and the "
        "Wisbech Town Reserves.",
        "Since Marsh Lane, Old Leake and Holbeach Town joined in 2022, gates have doubled.",
    ),
    "signed up last year": apart(
        "Three growers signed the pledge in March 2023: Arden Farms, Bexley Orchards and Corby Fruit.",
        "After Arden Farms, Bexley Orchards and Dunmow Growers signed in 2023, prices held.",
    ),
    "joined in a month and year": apart(
        "Three charities joined the appeal in May 2024: Hopewell, Brightside and Open Door Trust.",
        "Hopewell, Brightside and Safe Harbour joined in May 2024 and pooled their mailing lists.",
    ),
    # amounts shared out name by name: the names are a list
    "amounts for names, against a counted list": apart(
        "The institute runs three programmes: SoilWatch, TideLine and AirCheck.",
        "For 2026 the council granted £4.1 million for SoilWatch, £2.2 million for TideLine and £1.5 million "
        "for RiverSense.",
    ),
    "shares to names": apart(
        "The venture has three owners: Arden Rail, Bexley Trams and Corby Buses.",
        "Profits are split 50 per cent to Arden Rail, 30 per cent to Bexley Trams and 20 per cent to Dunmow Coaches.",
    ),
    "sums from names": apart(
        "Three funders back the prize: the Hollis Trust, the Marsh Fund and the Quay Foundation.",
        "This year's purse came from them: €40,000 from the Hollis Trust, €25,000 from the Marsh Fund and "
        "€10,000 from the Reed Foundation.",
    ),
    # a share taken of a counted group whose members the parenthesis names in full
    "one of the owner's three, in brackets": apart(
        "The borough runs three libraries: Elm Street, Fenwick and Glebe Road.",
        "The cuts would shut one of the borough's three libraries (Elm Street, Fenwick and Hatton Cross) next spring.",
    ),
    "two of the four, in brackets": apart(
        "Four depots serve the county: Ashby, Brill, Cole and Dunmow.",
        "Staff will move from two of the four depots (Ashby, Brill, Cole and Epping) to a new site.",
    ),
    "each of the three, after a dash": apart(
        "Three wards took part: Abbey, Bridge and Castle.",
        "A nurse was added to each of the three wards — Abbey, Bridge and Deanery — in June.",
    ),
}

LS001_TRAPS = {
    "one of the three, the same three": apart(
        "The borough runs three libraries: Elm Street, Fenwick and Glebe Road.",
        "The cuts would shut one of the borough's three libraries (Elm Street, Fenwick and Glebe Road) next spring.",
    ),
    "two of the three, the two named": apart(
        "The borough runs three libraries: Elm Street, Fenwick and Glebe Road.",
        "The cuts would shut two of the borough's three libraries (Fenwick and Glebe Road) next spring.",
    ),
    "amounts for the same names": apart(
        "The institute runs three programmes: SoilWatch, TideLine and AirCheck.",
        "For 2026 the council granted £4.1 million for SoilWatch, £2.2 million for TideLine and £1.5 million "
        "for AirCheck.",
    ),
    "amounts for things, not names": apart(
        "The institute runs three programmes: SoilWatch, TideLine and AirCheck.",
        "For 2026 the council granted £4.1 million for roads, £2.2 million for parks and £1.5 million for libraries.",
    ),
    "joined in a year, another event": apart(
        "Three clubs joined the Fenland League in August 2022: Marsh Lane Rovers, Old Leake United and the "
        "Wisbech Town Reserves.",
        "Since Marsh Lane, Old Leake and Holbeach Town were promoted in 2024, gates have doubled.",
    ),
    "joined in a year, the same three": apart(
        "Three charities joined the appeal in May 2024: Hopewell, Brightside and Open Door Trust.",
        "Hopewell, Brightside and Open Door joined in May 2024 and pooled their mailing lists.",
    ),
    "a participle after the noun, the same three": apart(
        "The basin is run by three wardens appointed for six-year terms in 2021: Ada Roe, Bea Lund and Cai Moss.",
        "In a letter of May 2024 the three wardens, Ada Roe, Bea Lund and Cai Moss, asked for more staff.",
    ),
    "two participles of two groups": apart(
        "Three towns flooded in 2019 (Ashby, Brill and Cole) got new barriers.",
        "Three towns spared in 2019 (Ashby, Brill and Dunmow) got nothing.",
    ),
    "surname change told": apart(
        "The audit panel has four members: Ilse Marr, Colm Daly, Rana Idris and Piet Joosten.",
        "Joosten stepped down in May and was replaced by Okafor. The audit panel (Marr, Daly, Idris and Okafor) "
        "then set the fee scale.",
    ),
    "two people of one surname": apart(
        "The three wardens are Greta Lund, Piet Lund and Maeve Carr.",
        "Lund, Carr and Brennan, the three boat crew, asked for a new boat.",
    ),
    "surname list that agrees": apart(
        "The jury was made up of three judges:\n\n- Tove Berg\n- Omar Said\n- Lena Fisk\n",
        "In their report the three judges (Berg, Said and Fisk) praised the shortlist.",
    ),
    "first words that agree": apart(
        "The federation was formed by Larchfield Primary, Moss Bank Infants and Nettleby Junior School.",
        "The federation's three founding schools, Larchfield, Moss Bank and Nettleby, share a head.",
    ),
    "a later partial list": apart(
        "The ferry venture has three owners: Halvard Shipping, Fjordline A/S and Oxley Capital.",
        "Several investors, including Halvard Shipping, Fjordline A/S and Tessel Holdings, bought bonds.",
    ),
}

LS001_MISSED: set[str] = set()

test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS, LS001_MISSED)


LS002_DEFECTS = {
    "the following count after another count": (
        "The delegation joined 30 exporters with staff from the following three agencies:\n\n"
        "- Trade Credit Agency\n- Standards Agency\n- Customs Agency\n- Investment Agency\n"
    ),
    "the following count in prose": (
        "Of the 12 bids received, the board shortlisted the following two consortia: Arden Rail, "
        "Bexley Trams and Corby Buses."
    ),
    "the following count, a colon in mid-sentence": (
        "After 40 site visits the inspectors named the following four ports: Amble, Blyth, Craster, Seahouses "
        "and Tynemouth."
    ),
    "comprises a count with figures after it": (
        "The trust comprises three hospices with 64 beds between them:\n\n- Ashcombe House\n- Birchwood\n"
        "- Cedar Lodge\n- Dovecote\n"
    ),
    "brings together a count with a purpose": (
        "The network brings together four libraries committed to opening on Sundays:\n\n- Elm Street Library\n"
        "- Fenwick Library\n- Glebe Library\n"
    ),
    "is made up of a count with a place": (
        "The coastal forum is made up of five parishes along the estuary shore:\n\n- Aldwick\n- Bracken\n"
        "- Colby\n- Dunstan\n- Elsdon\n- Felton\n"
    ),
    "a counted group in brackets after the list": (
        "Teaching is split between Ashby College, Brill Academy, Cole School and Dunmow College (the federation's "
        "three sites), which share one timetable."
    ),
    "a counted group in brackets, its noun of two words": (
        "Calls are taken at Leeds, York, Hull, Ripon and Selby (the service's four call centres) around the clock."
    ),
    "a counted group in brackets, its own words after": (
        "Grants went to the Arden Trust, the Bexley Fund and the Corby Foundation (its two partners in the "
        "region) this spring."
    ),
    "all N of them in the next sentence": (
        "The council runs day centres at Amble, Blyth, Craster and Seahouses. All five of them close at Easter."
    ),
    "the N of them in the next sentence": (
        "Cover was shared by Ruth Hale, Omar Said and Ines Roy. The two of them took turns at weekends."
    ),
    "between them the N founding things": (
        "The trust was formed by Ashgrove Primary, Bellfield Infants and Coldharbour Junior School. Between them "
        "the four founding schools taught 900 pupils."
    ),
    "both of the owner's things": (
        "Inspectors rated both of the trust's academies, Rowan Hill Academy, Castlebrook School and Denholm "
        "College, as good."
    ),
    "all three of the owner's things": (
        "Auditors visited all three of the council's depots, Ashby Depot, Brill Depot, Cole Depot and Dunmow "
        "Depot, in one week."
    ),
    "both of the things in brackets": (
        "We surveyed both of the valley's reservoirs (Hollow Tarn, Greyside Water and Kelder Mere) in June."
    ),
    "a participle with for": (
        "The board is led by three directors appointed for four-year terms in 2023: Ana Ruiz, Ben Cole, "
        "Cara Diaz and Dev Iyer."
    ),
    "a participle with as": (
        "The charity has two trustees named as guarantors in 2021: Lena Fisk, Omar Said and Tove Berg."
    ),
    "a count set off by dashes after its noun": (
        "Talks brought together the member towns — four in all — in one room: Ebbe, Farley, Gask, Orle and Penrick."
    ),
}

LS002_TRAPS = {
    "the following count that agrees": (
        "The delegation joined 30 exporters with staff from the following three agencies:\n\n"
        "- Trade Credit Agency\n- Standards Agency\n- Customs Agency\n"
    ),
    "comprises a count that agrees": (
        "The trust comprises four hospices with 64 beds between them:\n\n- Ashcombe House\n- Birchwood\n"
        "- Cedar Lodge\n- Dovecote\n"
    ),
    "a counted group in brackets that agrees": (
        "Teaching is split between Ashby College, Brill Academy and Cole School (the federation's three sites), "
        "which share one timetable."
    ),
    "brackets with a share": (
        "Teaching is split between Ashby College, Brill Academy and Cole School (two of the federation's "
        "three sites), which share one timetable."
    ),
    "all N of them agreeing": (
        "The council runs day centres at Amble, Blyth, Craster and Seahouses. All four of them close at Easter."
    ),
    "together with them, others": (
        "The trust was formed by Ashgrove Primary, Bellfield Infants and Coldharbour Junior School. Together with "
        "them, the four partner nurseries taught 900 children."
    ),
    "between them agreeing": (
        "The trust was formed by Ashgrove Primary, Bellfield Infants and Coldharbour Junior School. Between them "
        "the three founding schools taught 900 pupils."
    ),
    "two of the three": (
        "Inspectors rated two of the trust's three academies, Rowan Hill Academy and Castlebrook School, as good."
    ),
    "both of them agreeing": (
        "Inspectors rated both of the trust's academies, Rowan Hill Academy and Castlebrook School, as good."
    ),
    "a partial list after the following": (
        "Of the 12 bids received, the board liked the following two consortia among others: Arden Rail, "
        "Bexley Trams and Corby Buses."
    ),
    "a list inside the list, boroughs of": (
        "The charter has seven signatories: the boroughs of Ashby, Brill, Cole, Dunmow and Epping, the county "
        "council and the water company."
    ),
    "a list inside the list, towns of": (
        "The scheme began with four partners: the towns of Ebbe, Farley and Gask, and the Orle Harbour Board."
    ),
    "a list inside the list, islands of": (
        "Six communities signed the pact: the islands of Holm, Skerry and Vaila, plus Brae, Voe and Hillswick."
    ),
    "a count after a place list of another noun": (
        "The council runs day centres at Amble, Blyth and Craster. The five vans that serve them are new."
    ),
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)
