"""AC001, AC003 and AC005 on acronyms written before their expansion and names missing an
inner word (issue 12): our own sentences; each defect gives one finding of its rule, each
trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "AC001 acronym first, then the name first, expanded two ways": (
        "AC001",
        "IRENA (the International Renewable Energy Agency) tracks capacity.\n\n"
        "The International Renewable Electricity Agency (IRENA) publishes costs.\n",
    ),
    "AC001 both acronym first": (
        "AC001",
        "WMO (the World Meteorological Organization) sets the standards.\n\n"
        "Later, WMO (World Maritime Organization) rules were cited.\n",
    ),
    "AC003 an inner word missing: Safety": (
        "AC003",
        "Inspections are run by the European Maritime Agency (EMSA) in Lisbon.\n",
    ),
    "AC003 an inner word missing: Gas": (
        "AC003",
        "Nine states joined the Regional Greenhouse Initiative (RGGI) to trade allowances.\n",
    ),
    "AC003 an inner word missing, after a colon": (
        "AC003",
        "Two checks are planned: the International Atomic Agency (IAEA) will inspect the site.\n",
    ),
    "AC003 an inner word missing: Regulatory": (
        "AC003",
        "The Federal Energy Commission (FERC) approved the tariff.\n",
    ),
    "AC001 an apposition, then a parenthesis": (
        "AC001",
        "The International Energy Agency, or IEA, publishes outlooks.\n\n"
        "The International Electricity Association (IEA) disagreed.\n",
    ),
    "AC001 a quoted acronym, then the acronym first": (
        "AC001",
        "The European Central Bank (“ECB”) sets rates.\n\nECB (the European Clearing Bank) settles trades.\n",
    ),
    "AC003 a two-word name missing its last word (Owner)": (
        "AC003",
        "Under the Offshore Transmission (OFTO) regime an investor buys the finished cable.\n",
    ),
    "AC003 a last word lost after a country word": (
        "AC003",
        "Spectrum licences are granted by the US Federal Communications (FCC) in Washington.\n",
    ),
    "AC003 a last word lost after a country code": (
        "AC003",
        "Last winter the UK Civil Aviation (CAA) grounded two of the airline's jets.\n",
    ),
    "AC003 a last word lost after a function word": (
        "AC003",
        "The vaccine was cleared by the Food and Drug (FDA) within a month.\n",
    ),
    "AC003 a two-word name missing its last word (Administration)": (
        "AC003",
        "The carrier was fined by the Federal Aviation (FAA) for late inspections.\n",
    ),
    "AC003 a two-word name, a letter of the last word doubled": (
        "AC003",
        "Grid tariffs are set by the Electricity Council (ECC) each spring.\n",
    ),
    "AC002 the first word swapped in a lower-case name": (
        "AC002",
        "Northern heat storage (SHS) keeps summer heat for the winter.\n",
    ),
    "AC002 a name ending a longer run of capitals, its last word swapped": (
        "AC002",
        "Tom Reyes, the Press Officer for the U.S. National Weather Office (NWS), spoke first.\n",
    ),
    "AC002 letters swapped after 'hereafter'": (
        "AC002",
        "The National Statistics Office (hereafter NOS) counts arrivals.\n",
    ),
    "AC003 the last word after the bracket: a lower-case name": (
        "AC003",
        "Every adult prison joined the prison drug testing (PDTS) scheme in 2019.\n",
    ),
    "AC003 the last word after the bracket: a capitalised name": (
        "AC003",
        "Boats must report catches under the Fisheries Data Programme (FDPA) Agreement.\n",
    ),
    "AC003 the last word after the bracket: Register": (
        "AC003",
        "Shipments are logged in the Textile Import Monitoring (TIMR) Register each month.\n",
    ),
    "AC003 the last word after the bracket: plan": (
        "AC003",
        "Ministers funded the animal vaccine stockpile (AVSP) plan for a second year.\n",
    ),
    "AC003 the last word after the bracket: entitlement": (
        "AC003",
        "Rural homes gained a broadband universal service (BUSE) entitlement in 2020.\n",
    ),
    "AC003 the last word after the bracket: Statement": (
        "AC003",
        "The vote was praised in the Election Observation Mission (EOMS) Statement.\n",
    ),
    "AC003 the last word after the bracket: review": (
        "AC003",
        "Two launches were cancelled after the satellite launch programme (SLPR) review.\n",
    ),
    "AC003 the last word after the bracket, after a country word": (
        "AC003",
        "Towns applied to the UK canal restoration grant (CRGT) trust for the locks.\n",
    ),
    "AC002 two letters swapped in the acronym of a lower-case name": (
        "AC002",
        "Most ferries now burn liquefied natural gas (LGN) in port.\n",
    ),
    "AC002 the last two letters swapped, lower-case name": (
        "AC002",
        "Farms applied to the rural broadband voucher (RVB) scheme.\n",
    ),
    "AC002 letters swapped, lower-case name after a verb": (
        "AC002",
        "Inspectors reported that prison drug testing (PTD) found fewer positive samples.\n",
    ),
}

TRAPS = {
    "AC003 a letter doubled from inside a word (co-coa)": (
        "AC003",
        "Roasters quote the Atlantic Cocoa Exchange (ACCE) prices every morning.\n",
    ),
    "AC001 the same name with and without an article": (
        "AC001",
        "IEA (the International Energy Agency) publishes outlooks.\n\n"
        "The International Energy Agency (IEA) also tracks oil stocks.\n",
    ),
    "AC003 a compound word gives two letters": (
        "AC003",
        "The Association of Southeast Asian Nations (ASEAN) met in Jakarta.\n",
    ),
    "AC003 the whole name": (
        "AC003",
        "Visitors apply through the European Travel Information and Authorisation System (ETIAS).\n",
    ),
    "AC003 a two-word name with a letter from inside a word": (
        "AC003",
        "Most stateowned enterprises (SOEs) report late.\n",
    ),
    "AC003 the whole two-word name with its last word": (
        "AC003",
        "Under the Offshore Transmission Owner (OFTO) regime an investor buys the cable.\n",
    ),
    "AC003 the whole name after a country word": (
        "AC003",
        "Spectrum licences are granted by the US Federal Communications Commission (FCC).\n",
    ),
    "AC003 a syllable acronym of a two-word name": (
        "AC003",
        "Most nodes on the network run Core Lightning (CLN) or a fork of it.\n",
    ),
    "AC003 a company's short form leaves most letters out": (
        "AC003",
        "The plant's operator, Tokyo Electric (TEPCO), paid the fishermen.\n",
    ),
    "AC003 a two-letter prefix of one word": (
        "AC003",
        "Anti-satellite (ASAT) tests leave long-lived debris.\n",
    ),
    "AC003 a lower-case word starting the name": (
        "AC003",
        "Troops based in the contiguous United States (CONUS) were moved.\n",
    ),
    "AC002 a lower-case phrase that fits": (
        "AC002",
        "Seasonal heat storage (SHS) keeps summer heat for the winter.\n",
    ),
    "AC002 a person's affiliation after a role": (
        "AC002",
        "Tom Reyes, the Press Officer for the Harbour Board (NOAA), spoke first.\n",
    ),
    "AC002 a lower-case phrase whose words are not the acronym's": (
        "AC002",
        "The plant uses the process described above (DAC) at scale.\n",
    ),
    "AC005 an acronym then its expansion with an article is a definition": (
        "AC005",
        "UNHCR (the United Nations High Commissioner for Refugees) counts arrivals.\n\n"
        "UNHCR later revised the count.\n",
    ),
    "AC004 an apposition defines": (
        "AC004",
        "The International Energy Agency, or IEA, publishes outlooks.\n\nThe IEA also tracks oil stocks.\n",
    ),
    "AC001 an apposition of another name is no definition": (
        "AC001",
        "Rates are set by the Federal Reserve, or ECB, in turn.\n\nThe European Central Bank (ECB) met.\n",
    ),
    "AC001 the same name, once with 'hereafter'": (
        "AC001",
        "The European Central Bank (hereafter ECB) sets rates.\n\nThe European Central Bank (ECB) met.\n",
    ),
    "AC003 the whole name before the bracket, a noun after": (
        "AC003",
        "Every adult prison joined the prison drug testing (PDT) scheme in 2019.\n",
    ),
    "AC003 a function word after the bracket": (
        "AC003",
        "Money came from the canal restoration grant (CRGT) to the towns.\n",
    ),
    "AC003 a lower-case word after a capitalised name": (
        "AC003",
        "The Hydrogen Storage Programme (HSPR) rarely met its targets.\n",
    ),
    "AC003 a verb after the bracket": (
        "AC003",
        "The Election Observation Mission (EOMS) said the count was fair.\n",
    ),
    "AC003 a verb in -s after a lower-case name": (
        "AC003",
        "The animal vaccine stockpile (AVSP) provides doses to farms.\n",
    ),
    "AC003 a letter from inside the last word, another letter after": (
        "AC003",
        "The Library Lending Network (LLNW) catalogue lists every branch.\n",
    ),
    "AC003 the word after gives a letter the acronym does not need": (
        "AC003",
        "The satellite data relay (SDR) review found no faults.\n",
    ),
    "AC003 a past participle after the name": (
        "AC003",
        "The prison drug testing (PDTS) started in May.\n",
    ),
    "AC002 the letters of a lower-case name in order": (
        "AC002",
        "Most ferries now burn liquefied natural gas (LNG) in port.\n",
    ),
    "AC002 a foreign acronym of a lower-case name, another first letter": (
        "AC002",
        "Growers in France pay value added tax (TVA) on seed.\n",
    ),
    "AC002 letters in another order but more than two moved": (
        "AC002",
        "The agency runs satellite weather data relay (DRWS) from Darmstadt.\n",
    ),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_defect_found(name: str, tmp_path) -> None:
    code, draft = DEFECTS[name]
    found = run_rule(code, draft, "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_silent(name: str, tmp_path) -> None:
    code, draft = TRAPS[name]
    found = run_rule(code, draft, "markdown", tmp_path)
    assert found == [], [f.message for f in found]
