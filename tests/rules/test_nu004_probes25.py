"""NU004 probes (session 25, the lead's own words, written before reading any miss): a
figure in the text that contradicts the same figure in the title of the note it cites, in
the ways titles write figures (words, "m"/"bn" abbreviations, currency signs, per cent
words, fractions, ranks) and the ways the sentence cites the note (a note after a clause,
two notes, the figure in the sentence before the note mark); traps of the same shapes
that agree or count another thing."""

from __future__ import annotations

from tests.rules._variants import variant_tests


def note(sentence: str, title: str) -> str:
    return (
        f'{sentence}[^1]\n\n[^1]: Harbour Office, "{title}", 3 February 2025, https://port.example.org/2025/02/03/note'
    )


DEFECTS = {
    "abbreviated million": note(
        "Container traffic reached 4.8 million boxes in 2024.", "Port handles 4.2m boxes in 2024"
    ),
    "abbreviated billion": note("The state spent $2.7 billion on dredging.", "State dredging bill hits $3.1bn"),
    "number as word in title": note("The port hired 1,200 staff last year.", "Port hires 1,500 workers"),
    "title figure as words": note("Seven terminals closed during the strike.", "Strike shuts five terminals"),
    "per cent word": note("Tariffs rose by 14% in March.", "Harbour tariffs up 11 per cent in March"),
    "currency code": note("Fees came to EUR 45 million in 2024.", "Port fees total €52 million"),
    "note after a clause": note(
        "The queue fell to 38 ships, the lowest since 2019, according to the harbour office", "Queue falls to 31 ships"
    ),
    "figure earlier in the sentence": note(
        "With 96 berths now in use, the port says congestion has eased", "Port opens 90th berth as congestion eases"
    ),
    "thousands": note("Some 62,000 vehicles crossed the bridge each day.", "Bridge traffic hits 58,000 a day"),
    "decimal percentage": note("Unemployment in the port city stood at 7.4%.", "Port city jobless rate at 6.9%"),
}
DEFECTS.update(
    {
        "a fiscal year and its second year": note(
            "Councils filled about 1.6 million potholes in 2024-25.", "Road survey 2025: 1.4 million potholes filled"
        ),
    }
)
TRAPS = {
    "agrees abbreviated": note(
        "Container traffic reached 4.2 million boxes in 2024.", "Port handles 4.2m boxes in 2024"
    ),
    "agrees words": note("Five terminals closed during the strike.", "Strike shuts five terminals"),
    "another year in title": note(
        "Container traffic reached 4.8 million boxes in 2024.", "Port handles 4.2m boxes in 2023"
    ),
    "another thing counted": note("The port hired 1,200 staff last year.", "Port plans 1,500 new berths by 2030"),
    "rounded title": note("The state spent $3.07 billion on dredging.", "State dredging bill hits $3.1bn"),
    "a rank": note("The port moved 4.8 million boxes, ranking it 3rd in Africa.", "Port climbs to 5th in league table"),
    "a change and a level": note("Tariffs rose by 14% to 61 euros a box.", "Harbour tariffs rise 14 per cent"),
}

TRAPS.update(
    {
        "metres agree": note("The new quay wall is 4.8m high.", "Port builds 4.8m quay wall"),
        "another year in title, written out": note(
            "Container traffic reached 4.8 million boxes in 2024.", "Port handles 4.2 million boxes in 2023"
        ),
        "abbreviated thousands agree": note(
            "Some 58,000 people use the ferry each day.", "Ferry carries 58k people a day"
        ),
    }
)
#: not found yet, by cause: the same count named by another noun ("staff" / "workers",
#: "vehicles" / "traffic"); an ordinal in the title that gives the count ("opens 90th berth")
MISSED = {"number as word in title", "thousands", "figure earlier in the sentence"}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS, missed=MISSED)
