"""NU003: a summary's figure whose period is said otherwise than the body's: a rate by an
adjective or adverb ("the annual levy", "spend ... annually") against "a year", and "the
last year for which figures exist", which is a year the sentence names, not the year before
publication. Our own drafts (pilgrimages, ferry subsidies, orchards, lighthouse keepers);
each defect has traps of the same shape."""

from __future__ import annotations

import pytest

from tests.rules.test_nu003_summary import _FILLER, _HEAD, _nu003

DEFECTS = {
    "a fiscal year said as twelve months and as a split year": _HEAD
    + "## Summary\n\nThe harbour trust's grants to sailing clubs came to £2.9m in the twelve months to "
    + "March 2024.\n\n## Grants\n\n"
    + _FILLER
    + "Sailing clubs received £2.45 million from the trust in 2023-24, and £3.1 million in 2019-20.\n",
    "a source named in one only": _HEAD
    + "## Summary\n\nShipbuilders delivered some $0.61 trillion of vessels last year.\n\n## Orders\n\n"
    + _FILLER
    + "In 2024 the world's yards turned out vessels worth $530 billion, according to Clarkson Research.\n",
    "annually against a year": _HEAD
    + "## Summary\n\nThe islands now pay ferry operators some €41 million annually.\n\n## Subsidies\n\n"
    + _FILLER
    + "Under the 2021 contract the ministry pays the ferry companies €52 million a year in subsidy.\n",
    "the annual bill against a year": _HEAD
    + "## Key findings\n\n- The £6.3m annual bill for orchard grafting falls on growers.\n\n## Orchards\n\n"
    + _FILLER
    + "Grafting the county's orchards costs about £4.9 million a year, nearly all of it paid by growers.\n",
    "an annual survey's year against the same year": _HEAD
    + "## Summary\n\nMuseums in the region sold 4.2 million tickets in 2023, according to the annual survey "
    + "of the visitor board.\n\n## Visitors\n\n"
    + _FILLER
    + "Museums in the region sold 3.6 million tickets in 2023, most of them to school groups.\n",
    "an annual budget against a year's budget": _HEAD
    + "## Summary\n\nThe lighthouse board's budget for 2025 is €38.5 million.\n\n## Budget\n\n"
    + _FILLER
    + "A board whose annual budget is €33 million cannot keep every light manned.\n",
    "the last year for which figures exist": _HEAD
    + "## Key findings\n\n- Pilgrims spent €2.6 billion along the Camino in 2022, the last year for which "
    + "figures exist.\n\n## Spending\n\n"
    + _FILLER
    + "Spending by walkers on the Camino reached €2.1 billion in 2022, the regional office says.\n",
}

TRAPS = {
    "a fiscal year said as twelve months, another year in the body": _HEAD
    + "## Summary\n\nThe harbour trust's grants to sailing clubs came to £2.9m in the twelve months to "
    + "March 2024.\n\n## Grants\n\n"
    + _FILLER
    + "Sailing clubs received £2.45 million from the trust in 2021-22, and £2.9 million in 2023-24.\n",
    "a source named in one only, another place in the other": _HEAD
    + "## Summary\n\nKorean shipbuilders delivered some $0.61 trillion of vessels last year.\n\n## Orders\n\n"
    + _FILLER
    + "In 2024 Chinese yards turned out vessels worth $530 billion, according to Clarkson Research.\n",
    "annually against a one-off sum": _HEAD
    + "## Summary\n\nThe islands now pay ferry operators some €41 million annually.\n\n## Subsidies\n\n"
    + _FILLER
    + "In 2023 the ministry paid the ferry companies a one-off grant of €52 million for new hulls.\n",
    "the annual bill restated rounded": _HEAD
    + "## Key findings\n\n- The £4.9m annual bill for orchard grafting falls on growers.\n\n## Orchards\n\n"
    + _FILLER
    + "Grafting the county's orchards costs about £4.9 million a year, nearly all of it paid by growers.\n",
    "in the last year is the year before publication": _HEAD
    + "## Key findings\n\n- Pilgrims spent €2.6 billion along the Camino in the last year.\n\n## Spending\n\n"
    + _FILLER
    + "Spending by walkers on the Camino reached €2.1 billion in 2022, the regional office says.\n",
    "the last year for which figures exist, another year": _HEAD
    + "## Key findings\n\n- Pilgrims spent €2.6 billion along the Camino in 2023, the last year for which "
    + "figures exist.\n\n## Spending\n\n"
    + _FILLER
    + "Spending by walkers on the Camino reached €2.1 billion in 2022, the regional office says.\n",
}


@pytest.mark.parametrize("text", list(DEFECTS.values()), ids=list(DEFECTS))
def test_summary_period_said_otherwise_found(text: str) -> None:
    assert len(_nu003(text)) == 1


@pytest.mark.parametrize("text", list(TRAPS.values()), ids=list(TRAPS))
def test_summary_period_said_otherwise_trap_silent(text: str) -> None:
    assert _nu003(text) == []


#: more of a report's other sentences, so that rare words are rare
_MORE = (
    "Tides and weather set the working day at every port on the coast.\n\n"
    "The harbour boards meet each quarter to agree the charges.\n\n"
    "A new training centre opened near the ferry terminal in the autumn.\n\n"
    "Insurers asked for better records of near misses in the channels.\n\n"
    "Most boards publish their accounts in the summer.\n\n"
)

#: a summary's count of another noun than the body's ("practitioners" / "veterinarians"):
#: held to the one body count of its years within a quarter
OTHER_NOUN_DEFECTS = {
    "keepers said as staff": _HEAD
    + "## Key findings\n\n- Some 1,340 staff kept Norway's lighthouses running last year.\n\n## Keepers\n\n"
    + _FILLER
    + "Norway employed 1,120 lighthouse keepers in 2024, most of them on the northern coast.\n",
    "journeys said as crossings": _HEAD
    + "## Summary\n\nNearly 52,000 crossings were made on the Lake Garda ferries in 2023.\n\n## Ferries\n\n"
    + _FILLER
    + "The Lake Garda ferry service carried travellers on 44,600 trips in 2023, its records show.\n",
    "a label and its figure, farther than a quarter": _HEAD
    + "## Key figures\n\n- Withdrawals from the Irish pilots' register in 2023: about 640.\n\n## Pilots\n\n"
    + _FILLER
    + _MORE
    + "In 2023, 870 harbour pilots left the Irish register, most of them to retire.\n",
    "the body counts the summary's noun only at another scale": _HEAD
    + "## Key findings\n\n- Visitors spent close to 9 million guest nights on the Frisian islands in 2024.\n\n"
    + "## Visitors\n\n"
    + _FILLER
    + "Guests may book a ferry berth for up to 14 nights in a row.\n\n"
    + _MORE
    + "On the Frisian islands, hotel stays reached 7.6 million in 2024, the tourist board says.\n",
}

OTHER_NOUN_TRAPS = {
    "the body counts the summary's noun at its own scale too": _HEAD
    + "## Key findings\n\n- Visitors spent close to 9 million guest nights on the Frisian islands in 2024.\n\n"
    + "## Visitors\n\n"
    + _FILLER
    + "Campsites on the islands sold 2.4 million nights in 2024.\n\n"
    + _MORE
    + "On the Frisian islands, hotel stays reached 7.6 million in 2024, the tourist board says.\n",
    "a label and its figure, farther than a quarter, two counts it could be": _HEAD
    + "## Key figures\n\n- Withdrawals from the Irish pilots' register in 2023: about 640.\n\n## Pilots\n\n"
    + _FILLER
    + _MORE
    + "In 2023, 870 harbour pilots left the Irish register, and 910 trainee pilots joined it in 2023.\n",
    "one verb's two objects": _HEAD
    + "## Key findings\n\n- The Royal Mint struck 41 million commemorative coins in 2024.\n\n## Output\n\n"
    + _FILLER
    + "In 2024 the Royal Mint struck 36 million bullion bars for its vaults.\n",
    "two body counts of that year it could be": _HEAD
    + "## Key findings\n\n- Some 1,340 staff kept Norway's lighthouses running last year.\n\n## Keepers\n\n"
    + _FILLER
    + "Norway employed 1,120 lighthouse keepers in 2024, and 1,210 harbour pilots worked on the same coast in 2024.\n",
    "another year": _HEAD
    + "## Key findings\n\n- Some 1,340 staff kept Norway's lighthouses running last year.\n\n## Keepers\n\n"
    + _FILLER
    + "Norway employed 1,120 lighthouse keepers in 2019, most of them on the northern coast.\n",
    "the body gives it of another noun": _HEAD
    + "## Key findings\n\n- Some 1,340 staff kept Norway's lighthouses running last year.\n\n## Keepers\n\n"
    + _FILLER
    + "Norway employed 1,120 lighthouse keepers in 2024 and about 1,340 people in all at its lights.\n",
    "another place": _HEAD
    + "## Key findings\n\n- Some 1,340 staff kept Norway's lighthouses running last year.\n\n## Keepers\n\n"
    + _FILLER
    + "Sweden employed 1,120 lighthouse keepers in 2024, most of them on the northern coast.\n",
    "a part of the body's whole": _HEAD
    + "## Key findings\n\n- Some 1,340 staff kept Norway's lighthouses running last year.\n\n## Keepers\n\n"
    + _FILLER
    + "In 2024, 1,120 of Norway's lighthouse keepers worked on islands without a road, including Røst.\n",
    "a forecast against a record": _HEAD
    + "## Key findings\n\n- Some 1,340 staff will keep Norway's lighthouses running in 2026.\n\n## Keepers\n\n"
    + _FILLER
    + "Norway employed 1,120 lighthouse keepers in 2026, the budget assumes.\n",
    "no year in the summary": _HEAD
    + "## Key findings\n\n- Some 1,340 staff keep Norway's lighthouses running.\n\n## Keepers\n\n"
    + _FILLER
    + "Norway employed 1,120 lighthouse keepers in 2024, most of them on the northern coast.\n",
}


@pytest.mark.parametrize("text", list(OTHER_NOUN_DEFECTS.values()), ids=list(OTHER_NOUN_DEFECTS))
def test_summary_count_of_another_noun_found(text: str) -> None:
    assert len(_nu003(text)) == 1


@pytest.mark.parametrize("text", list(OTHER_NOUN_TRAPS.values()), ids=list(OTHER_NOUN_TRAPS))
def test_summary_count_of_another_noun_trap_silent(text: str) -> None:
    assert _nu003(text) == []
