"""NU004 compares a figure with its source title's at the digits each is written with,
not within 5% ("37.9 million tonnes" against "36.2 million"), and reads a headline written
in title case ("Cargo Hits 36.2 Million Tonnes"). Session 24, the lead's own words in
several domains. Traps: a title that rounds the text's figure, a hedged figure, a figure
inside the title's range, a title in title case that agrees."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "within five per cent": "Freight on the canal reached 37.9 million tonnes in 2024.[^1]\n\n"
    '[^1]: Canal Board, "Canal freight reaches 36.2 million tonnes in 2024", 3 February 2025, '
    "https://canal.example.org/2025/02/03/freight",
    "title case": "Freight on the canal reached 37.9 million tonnes in 2024.[^1]\n\n"
    '[^1]: Canal Board, "Canal Freight Reaches 36.2 Million Tonnes in 2024", 3 February 2025, '
    "https://canal.example.org/2025/02/03/freight",
    "title case, a count": "The registry listed 1,480 new charities in 2024.[^1]\n\n"
    '[^1]: Charity Office, "Registry Adds 1,560 New Charities in 2024", 9 January 2025, '
    "https://charity.example.org/2025/01/09/registry",
    "title case, a share": "Drought now affects 68 per cent of the basin's farms.[^1]\n\n"
    '[^1]: Water Unit, "Drought Affects 62 Per Cent of Basin Farms", 5 May 2025, '
    "https://water.example.org/2025/05/05/drought",
}
TRAPS = {
    "the title rounds": "Freight on the canal reached 36.24 million tonnes in 2024.[^1]\n\n"
    '[^1]: Canal Board, "Canal freight reaches 36.2 million tonnes in 2024", 3 February 2025, '
    "https://canal.example.org/2025/02/03/freight",
    "hedged": "Freight on the canal reached about 37 million tonnes in 2024.[^1]\n\n"
    '[^1]: Canal Board, "Canal Freight Reaches 36.2 Million Tonnes in 2024", 3 February 2025, '
    "https://canal.example.org/2025/02/03/freight",
    "inside the title's range": "The 2021 auction of 3.6 GHz spectrum raised £1.4 billion.[^1]\n\n"
    '[^1]: Spectrum Office, "Award of the 3.6–3.8 GHz Band: Results", 27 April 2021, '
    "https://spectrum.example.org/2021/04/27/award",
    "title case agrees": "The registry listed 1,560 new charities in 2024.[^1]\n\n"
    '[^1]: Charity Office, "Registry Adds 1,560 New Charities in 2024", 9 January 2025, '
    "https://charity.example.org/2025/01/09/registry",
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS)
