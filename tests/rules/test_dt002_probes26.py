"""DT002 probes of session 26 (the lead's own words): a relative window said from the
publication ("in the past six months", "last year", "this spring", "in recent weeks",
"so far this year", "within the last 18 months", "last month's decision") against the
date of the note it cites, far outside the window, varied one way at a time: the window's
words, where it stands (opening the sentence, inside it, after the verb), the note's date
written in another form, and the window said of the cited thing ("the report published
last month"). Traps: a note inside the window, a window not counted from publication, a
point in the past ("two years ago" said of an older event), a note that dates only its
access."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "---\npublication_date: 2025-10-20\n---\n# Brief\n\n{}\n"


def note(date: str) -> str:
    return f'\n\n[^1]: Coastal Ferries Board, "Annual timetable review", {date}, https://cfb.example.org/review.\n'


OLD = note("12 March 2022")
FRESH = note("2 September 2025")

DEFECTS = {
    "in the past six months": "In the past six months the board has cut four winter sailings.[^1]" + OLD,
    "over the last year": "Over the last year, fares on the island routes rose by a fifth.[^1]" + OLD,
    "last year": "Last year the board retired its two oldest ferries.[^1]" + OLD,
    "this spring": "This spring the board moved its booking system online.[^1]" + OLD,
    "in recent weeks": "In recent weeks several crews have refused overtime.[^1]" + OLD,
    "so far this year": "So far this year, 14 sailings have been cancelled for lack of crew.[^1]" + OLD,
    "within the last 18 months": "Within the last 18 months, two new berths have opened.[^1]" + OLD,
    "last month's decision": "The board's decision last month to close the Tarn route angered islanders.[^1]" + OLD,
    "window after the verb": "The board has cut four winter sailings in the past six months.[^1]" + OLD,
    "window mid-sentence": "Fares on the island routes, over the last year, rose by a fifth.[^1]" + OLD,
    "report published last month": "A review published last month found the fleet unreliable.[^1]" + OLD,
    "earlier this month": "Earlier this month the board confirmed a new timetable.[^1]" + OLD,
    "in the past two years, ISO note date": "In the past two years, the board has bought three vessels.[^1]"
    + note("2021-06-30"),
    "last year, a note of the year before": "Last year the board added a night sailing.[^1]" + note("2023"),
    "last year, a note of December before": "Last year the board added a night sailing.[^1]" + note("December 2023"),
    "recently, old source": "The board recently added a night sailing to the Tarn route.[^1]" + OLD,
    "in the last quarter": "In the last quarter, punctuality on the Tarn route fell below 80 per cent.[^1]" + OLD,
    "a fortnight ago": "A fortnight ago the board published its safety review.[^1]" + OLD,
}
TRAPS = {
    "a note inside the window": "In the past six months the board has cut four winter sailings.[^1]" + FRESH,
    "last year, a note of last year": "Last year the board retired its two oldest ferries.[^1]"
    + note("14 November 2024"),
    "a point long ago": "Three years ago the board retired its two oldest ferries.[^1]" + OLD,
    "a window of another time": "In the year before the strike, the board had cut four sailings.[^1]" + OLD,
    "a trend": "Over the past decade, fares on the island routes have doubled.[^1]" + OLD,
    "the previous season of a survey": "Crews surveyed in 2022 said overtime had risen in the previous season.[^1]"
    + OLD,
    "recently, a fresh source": "The board recently added a night sailing to the Tarn route.[^1]" + FRESH,
    "this year, bare (an anniversary or a plan)": "This year the board added a night sailing.[^1]" + note("June 2023"),
    "last year, a note of January after": "Last year the board retired its two oldest ferries.[^1]"
    + note("January 2025"),
    "since a year written": "Since 2022 the board has cut four winter sailings.[^1]" + OLD,
}

#: not found yet, by cause: a point in the past ("a fortnight ago") is not checked (a
#: source may be of any date after it; one older than the point would be); a quarter
#: ("in the last quarter") and a season ("this spring") are not read as windows
MISSED = {"a fortnight ago", "in the last quarter", "this spring"}

test_defect_found, test_trap_silent = variant_tests("DT002", DEFECTS, TRAPS, missed=MISSED, wrap=WRAP)

#: a relative time written with the date it stands for, which the publication date
#: (2025-10-20) puts outside it; no note needed
SAID = {
    "earlier this year, in a month of the year before": "Earlier this year, in November 2024, the board cut two sailings.",
    "last month, on a day months before": "The board voted last month, on 12 May 2025, to close the Tarn route.",
    "last month's vote, held on": "Last month's vote, held on 3 June 2025, closed the Tarn route.",
    "two weeks ago, in brackets": "Two weeks ago (2 August 2025) the ferry ran aground off Tarn.",
    "the past six months, since a launch": "In the past six months, since the launch in March 2024, bookings doubled.",
    "last year, a year too early": "Last year, in 2022, the island routes carried a record 1.2 million passengers.",
    "three years ago, a year too late": "Three years ago, in 2025, the board bought its first electric ferry.",
}
SAID_TRAPS = {
    "a budget approved the year before": "Last year's budget, approved in December 2023, cut ferry grants.",
    "a harvest sold later": "This year's harvest, sold in March, was small.",
    "two years ago, agreeing": "Two years ago, in 2023, the board cut two sailings.",
    "earlier this year, a month of it": "Earlier this year, in January, fares rose by a tenth.",
    "the past year since a launch inside it": "Over the past year, since the October 2024 launch, bookings doubled.",
    "a comparison year": "Last year, compared with 2019, fewer ships sailed.",
    "last week, a day of it": "Last week, on 14 October, the ferry ran 40 minutes late.",
    "a decade ago, loosely": "A decade ago, in 2013, the board ran six ferries.",
    "a compound number of years": "The ferry tax was set thirty-two years ago, in 1993.",
    "counted from the time told": "The strike began in May 2019. Two weeks earlier, on 2 May 2019, talks had failed.",
}

test_said_defect_found, test_said_trap_silent = variant_tests("DT002", SAID, SAID_TRAPS, wrap=WRAP)
