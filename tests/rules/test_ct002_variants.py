"""CT002 on URLs broken by a character or a space no URL holds (issue 12, session 8): a comma
typed for a dot in the host, a space inside the path before the rest of a path or a file name;
and traps: words after a URL (an access date, a page, a host named after it), two URLs,
an internationalised host. Our own notes, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "# Report\n\nThe figures are in the annual report.[^1]\n\n[^1]: {}\n"
DEFECTS = [
    "Observatory Trust, Annual Report 2024, https://www,example-observatory.org/reports/2024.html.",
    "City of Lyon, Tram statistics, 2025, https://www.tramways,example.fr/lignes/statistiques.",
    "Opera House, Season brochure, 2025, https://opera-house.example.at/programme/season brochure.pdf.",
    "Chess Federation, Rating list, May 2025, https://chess.example.org/files/rating list may 2025.pdf.",
    "Glacier Survey, Mass balance 2024, https://glaciers.example.ch/news /2024/05/mass-balance.html.",
    "Beekeepers' Association, Winter losses, 2024, https://bees.example.org.uk/surveys/winter losses.html.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Maritime Museum, Collections, 2023, https://www.example,museum.org/collections/ships.",
    "Customs Office, Tariff schedule, 2025, https://customs.example.gov/downloads/tariff schedule 2025.xlsx.",
    "Met Office, Briefing note, March 2025, https://weather.example.org/briefings/ 2025/03/note.html.",
    "Lighthouse Board, Lamps, 2024, https://www.lighthouses'example.org/lamps.",
    "Rainfall Agency, Monthly rainfall, https://rain.example.org/data/rainfall by month.csv.",
    "Rowing Club, Minutes, 2024, https://rowing.example;org.uk/minutes/2024.html.",
]
TRAPS = [
    "Observatory Trust, Annual Report 2024, https://example-observatory.org/report accessed 3 May 2025.",
    "Opera House, Programme, https://opera.example.at/a and https://opera.example.at/b.",
    "Chess Federation, Rating list, https://chess.example.org/annual-report-2024.pdf, p. 12.",
    "Glacier Survey, Data, https://glaciers.example.ch/data (see table 3).",
    "Ministry, Report, 2024, https://例子.中国/报告.",
    "Tram Authority, Report, https://tram.example.fr/report, archived at https://web.archive.org/web/2024/https://tram.example.fr/report.",
    "Beekeepers' Association, Report, https://bees.example.org/files/report.pdf (PDF, 2.3 MB).",
    # the held-back set (session 8), written before the build and run once, at the end
    "Customs Office, Tariffs, https://customs.example.gov/tariffs, table 4 in the annex.",
    "Rainfall Agency, Report, https://rain.example.org/report (accessed 4 June 2025).",
    "Met Office, Notes, https://weather.example.org/a; https://weather.example.org/b.",
    "Lighthouse Board, Report, https://lights.example.org/report via archive.org.",
    "Maritime Museum, Guide, https://museum.example.org/guide in its 2024 edition, vol.3.",
    "Rowing Club, Rules, https://rowing.example.org.uk/rules as amended in 2024.",
]

MISSED = {8}


test_defect_found, test_trap_silent = variant_tests("CT002", DEFECTS, TRAPS, MISSED, wrap=WRAP)
