"""NU003 probes of session 27 (nu27b): a figure in a table cell against the prose, when the
cell writes the figure in a form of its own, in other domains than the drafts they stand for.

Sibling names: a row named by a number or a letter and digit ("Hornsea One", "Line T1",
"Terminal 5") is not named by a sentence about its sibling ("Hornsea Two"), a false alarm
of tables whose header gives the unit too.

1. A cell's amount that carries its own rate ("€22.50 per visit", "£3.80 a trip", "$45 per
   night"): the cell was left unread, because its figure did not span the whole cell; the
   rate is read with the figure, as a sentence's would be.
2. A cell's measure written with a unit's symbol ("1,218 MW", "42 km", "1,450 ha"): the
   cell was left unread, because only tonnes' symbols were taken for a unit.

Traps of the same shapes: another row (another named thing), another column's period,
another rate (a day against a week), a correct restatement, a part of the row's thing."""

from __future__ import annotations

from tests.rules._variants import FILLER, variant_tests


def table(header: str, rows: list[str], prose: str) -> str:
    """A Markdown table (``header`` and ``rows``, cells parted by ``|``) and, a page later,
    ``prose``."""
    width = header.count("|") + 1
    lines = [f"| {header} |", "|" + "---|" * width, *(f"| {r} |" for r in rows)]
    return "The figures below come from the operators' returns.\n\n" + "\n".join(lines) + FILLER + prose


RATES = {
    "museum entry per visit, a bullet": table(
        "Museum | Entry charge for adults | Concession",
        ["Rijksmuseum (Amsterdam) | €22.50 per visit | €0", "Louvre (Paris) | €22 per visit | €0"],
        "- The Rijksmuseum now charges adults €25.00 per visit.",
    ),
    "ferry fare a trip, a sentence": table(
        "Route | Adult single fare | Sailings",
        ["Oban to Mull | £3.80 a trip | 84", "Uig to Tarbert | £7.25 a trip | 21"],
        "On the Uig to Tarbert crossing an adult pays £7.55 a trip in the summer timetable.",
    ),
    "hostel bed per night, a conclusion": table(
        "Hostel | Dormitory bed | Private room",
        ["Lake Bled hostel | $45 per night | $120 per night", "Ljubljana Central | $38 per night | $95 per night"],
        "## Conclusion\n\nA dormitory bed at the Ljubljana Central hostel costs $32 per night.",
    ),
}

RATES_TRAPS = {
    "another row": table(
        "Museum | Entry charge for adults | Concession",
        ["Rijksmuseum (Amsterdam) | €22.50 per visit | €0", "Louvre (Paris) | €22 per visit | €0"],
        "- The Prado in Madrid charges adults €15.00 per visit.",
    ),
    "another rate": table(
        "Route | Adult single fare | Sailings",
        ["Oban to Mull | £3.80 a trip | 84", "Uig to Tarbert | £7.25 a trip | 21"],
        "On the Oban to Mull crossing a weekly commuter ticket costs £21.",
    ),
    "another column": table(
        "Hostel | Dormitory bed | Private room",
        ["Lake Bled hostel | $45 per night | $120 per night", "Ljubljana Central | $38 per night | $95 per night"],
        "A private room at the Lake Bled hostel costs $120 per night.",
    ),
    "a correct restatement": table(
        "Museum | Entry charge for adults | Concession",
        ["Rijksmuseum (Amsterdam) | €22.50 per visit | €0", "Louvre (Paris) | €22 per visit | €0"],
        "- The Rijksmuseum charges adults €22.50 per visit.",
    ),
    "another year": table(
        "Route | Adult single fare, 2023 | Sailings",
        ["Oban to Mull | £3.80 a trip | 84", "Uig to Tarbert | £7.25 a trip | 21"],
        "In 2025 an adult paid £4.20 a trip from Oban to Mull.",
    ),
}

SYMBOLS = {
    "wind farm megawatts": table(
        "Farm | Capacity | Turbines",
        ["Hornsea One | 1,218 MW | 174", "Walney Extension | 659 MW | 87"],
        "Hornsea One, with its 1,318 MW of capacity, was the largest in the world when it opened.",
    ),
    "tram line kilometres": table(
        "Line | Length | Stops",
        ["Line T1 (Bobigny–Noisy) | 42 km | 56", "Line T3a (Pont du Garigliano) | 12 km | 25"],
        "Line T1, 44 km of track from end to end, is the longest tram line in the region.",
    ),
    "nature reserve hectares": table(
        "Reserve | Area | Wardens",
        ["Minsmere | 1,450 ha | 12", "Abernethy | 13,700 ha | 9"],
        "## Conclusion\n\nMinsmere covers 1,540 ha of reedbed, heath and woodland.",
    ),
}

SYMBOLS_TRAPS = {
    "another row": table(
        "Farm | Capacity | Turbines",
        ["Hornsea One | 1,218 MW | 174", "Walney Extension | 659 MW | 87"],
        "Hornsea Two, with its 1,320 MW of capacity, overtook it in 2022.",
    ),
    "a part of the row's thing": table(
        "Line | Length | Stops",
        ["Line T1 (Bobigny–Noisy) | 42 km | 56", "Line T3a (Pont du Garigliano) | 12 km | 25"],
        "The extension of Line T1 will add 8 km of track to the east.",
    ),
    "a correct restatement": table(
        "Reserve | Area | Wardens",
        ["Minsmere | 1,450 ha | 12", "Abernethy | 13,700 ha | 9"],
        "Minsmere covers 1,450 ha of reedbed, heath and woodland.",
    ),
    "a sibling's name, the unit in the header": table(
        "Farm | Capacity (MW) | Turbines",
        ["Hornsea One | 1,218 | 174", "Walney Extension | 659 | 87"],
        "Hornsea Two, with its 1,320 MW of capacity, overtook it in 2022.",
    ),
    "a sibling's number": table(
        "Terminal | Gates | Stands",
        ["Terminal 5 | 60 | 52", "Terminal 3 | 28 | 30"],
        "Terminal 4 has 25 gates, most of them for long-haul flights.",
    ),
    "a date in a cell": table(
        "Reserve | Opened | Wardens",
        ["Minsmere | 12 May | 12", "Abernethy | 3 June | 9"],
        "Minsmere opened on 14 May, a week before the visitor centre.",
    ),
}

#: misses by cause (the harness marks them strict xfail)
RATES_MISSED: dict[str, str] = {}
SYMBOLS_MISSED: dict[str, str] = {}

test_rate_cell_found, test_rate_cell_trap_silent = variant_tests("NU003", RATES, RATES_TRAPS, RATES_MISSED)
test_symbol_cell_found, test_symbol_cell_trap_silent = variant_tests("NU003", SYMBOLS, SYMBOLS_TRAPS, SYMBOLS_MISSED)
