"""CT002 on documentation placeholder hosts (session 22): a host holding a name that RFC 2606
and RFC 6761 reserve ("example", "test", "invalid") with a name of its own before it, or a
label after it, is a placeholder the writer chose, not a URL cut off before its top-level
domain. Traps are the placeholders; defects the near misses that stay cut off. Our own
notes, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "# Report\n\nThe figures are in the annual report.[^1]\n\n[^1]: {}\n"
DEFECTS = [
    "Ferry Office, Timetables, 2024, https://www.example/ferries/2024.",
    "Tea Board, Auction prices, 2025, https://www.teaboard/auctions/2025.",
    "Wine Council, Harvest notes, 2024, https://www.winecouncil.exampl/harvest.",
    "Orchard Trust, Apple varieties, 2023, https://www.test/apples.",
    "Rail Office, Timetables, 2024, https://www.rail.example..org/timetables.",
    "Ski Federation, Results, 2025, https://results..example.ch/2025.",
]
TRAPS = [
    "Wool Board, Export volumes, 2024, https://www.woolboard.example.za/2024/exports.",
    "Transit Office, Bus timetables, 2024, https://data.transit.example/buses/2024.",
    "Harbour Board, Tide tables, 2025, https://tides.harbour.test/tables/2025.",
    "Fisheries Agency, Catch report, 2024, https://www.pesca.example.gob/informes/captura-2024.",
    "Museum Trust, Loans, 2023, https://collections.example.za/loans.",
    "Ski Federation, Results, 2025, https://results.skiing.invalid/2025.",
]

test_defect_found, test_trap_silent = variant_tests("CT002", DEFECTS, TRAPS, wrap=WRAP)
