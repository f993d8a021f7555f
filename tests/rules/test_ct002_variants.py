"""CT002 on URLs broken by a character or a space no URL holds (issue 12, session 8): a comma
typed for a dot in the host, a space inside the path before the rest of a path or a file name;
and traps: words after a URL (an access date, a page, a host named after it), two URLs,
an internationalised host. Our own notes, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = '# Report\n\nThe figures are in the annual report.[^1]\n\n[^1]: {}\n'
DEFECTS = [
    'Observatory Trust, Annual Report 2024, https://www,example-observatory.org/reports/2024.html.',
    'City of Lyon, Tram statistics, 2025, https://www.tramways,example.fr/lignes/statistiques.',
    'Opera House, Season brochure, 2025, https://opera-house.example.at/programme/season brochure.pdf.',
    'Chess Federation, Rating list, May 2025, https://chess.example.org/files/rating list may 2025.pdf.',
    'Glacier Survey, Mass balance 2024, https://glaciers.example.ch/news /2024/05/mass-balance.html.',
    "Beekeepers' Association, Winter losses, 2024, https://bees.example.org.uk/surveys/winter losses.html.",
]
TRAPS = [
    'Observatory Trust, Annual Report 2024, https://example-observatory.org/report accessed 3 May 2025.',
    'Opera House, Programme, https://opera.example.at/a and https://opera.example.at/b.',
    'Chess Federation, Rating list, https://chess.example.org/annual-report-2024.pdf, p. 12.',
    'Glacier Survey, Data, https://glaciers.example.ch/data (see table 3).',
    'Ministry, Report, 2024, https://例子.中国/报告.',
    'Tram Authority, Report, https://tram.example.fr/report, archived at https://web.archive.org/web/2024/https://tram.example.fr/report.',
    "Beekeepers' Association, Report, https://bees.example.org/files/report.pdf (PDF, 2.3 MB).",
]

MISSED: set[int] = set()


test_defect_found, test_trap_silent = variant_tests("CT002", DEFECTS, TRAPS, MISSED, wrap=WRAP)
