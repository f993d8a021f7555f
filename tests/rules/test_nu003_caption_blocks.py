"""NU003 on a table's or a figure's caption block (HTML ``<caption>``, ``<figcaption>``) that
restates the body's total (issue 12, session 10): claim extraction leaves captions out as no
prose, so the rule reads their figures itself, as it reads a summary's; also in another unit.
Traps: the caption agrees (rounded, or in another unit), another year, another thing counted.
Our own sentences, in domains outside the evaluation set, none run before the code was
written (the first run is in HELD_BACK)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

F = "<p>The inspectors visited each site twice and wrote to every operator. Their notes were checked by a second team.</p>"


def _page(body: str, caption: str) -> str:
    return (
        "<html><head><title>A report</title></head><body><main><h1>A report</h1>"
        f"<h2>1. The figures</h2><p>{body}</p>{F}<h2>2. Other matters</h2>{F}{caption}"
        f"<h2>3. Money</h2>{F}</main></body></html>"
    )


def _table(caption: str) -> str:
    return f"<table><caption>{caption}</caption><tr><th>Area</th><th>Value</th></tr><tr><td>North</td><td>12</td></tr></table>"


def _figure(caption: str) -> str:
    return f'<figure><img src="chart.png" alt="chart"><figcaption>{caption}</figcaption></figure>'


DEFECTS = {
    "table1": _page(
        "The lighthouse service kept 214 lighthouses lit in 2024, most of them automated.",
        _table("Lighthouses lit by coast, 2024 (all 241 lighthouses)"),
    ),
    "table2": _page(
        "The orchards of the valley covered 3,850 hectares in 2023.",
        _table("Orchard area by village, 2023 (total 4,600 hectares)"),
    ),
    "figure1": _page(
        "Cyclists made 1.9 million trips on the river bridge in 2024.",
        _figure("Figure 2: Trips on the river bridge by month, 2024 (2.4 million trips in all)"),
    ),
    "figure2": _page(
        "The ferry line is 118 kilometres long and calls at nine islands.",
        _figure("Map 1: The ferry line, 93 miles from end to end"),
    ),
}
TRAPS = {
    "table1": _page(
        "The lighthouse service kept 214 lighthouses lit in 2024, most of them automated.",
        _table("Lighthouses lit by coast, 2024 (all 214 lighthouses)"),
    ),
    "table2": _page(
        "The orchards of the valley covered 3,850 hectares in 2023.",
        _table("Orchard area by village, 2023 (total 38.5 km²)"),
    ),
    "table3": _page(
        "The orchards of the valley covered 3,850 hectares in 2023.",
        _table("Orchard area by village, 2013 (total 4,600 hectares)"),
    ),
    "figure1": _page(
        "Cyclists made 1.9 million trips on the river bridge in 2024.",
        _figure("Figure 2: Trips on the river bridge by month, 2024 (about 1.9 million trips in all)"),
    ),
    "figure2": _page(
        "The ferry line is 118 kilometres long and calls at nine islands.",
        _figure("Map 1: The ferry line, 73 miles from end to end"),
    ),
    "figure3": _page(
        "Cyclists made 1.9 million trips on the river bridge in 2024.",
        _figure("Figure 2: Trips on the old road bridge by month, 2024 (2.4 million car trips in all)"),
    ),
}

HELD_BACK = "first run: 3 of 4 defects found (figure1 not), 6 of 6 traps silent; main: 0 of 4, 6 of 6"
# figure1: a caption's "by month" is read as a rate a month, another period than the year's total
MISSED = {"figure1"}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED, reader="html", wrap="{}")
