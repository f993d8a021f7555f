from __future__ import annotations

import calendar
import dataclasses
import collections
import datetime as dt
import functools
import itertools
from claimcheck import lazyre as re
from typing import Iterable, Iterator, NamedTuple

from claimcheck.claims.models import DateClaim
from claimcheck.document import Block, Document
from claimcheck.data.event_classes import COARSE_CLASS
from claimcheck.data.numbered_names import NOT_EVENT_NAMES
from claimcheck.extract.dates import SEASONS, find_dates, heading_dates, part_months, table_row_dates
from claimcheck.extract import participants
from claimcheck.extract.dated_objects import (
    DatedObject,
    aliases_of,
    as_stage,
    dated_object,
)
from claimcheck.extract.dated_event import DatedEvent, dated_event, ongoing_since
from claimcheck.extract.forms import form_lines
from claimcheck.extract.linking import (
    DocumentWords,
    document_weights,
    events_agree,
    qualified_apart,
    same_happening,
    same_object,
    same_statement,
    same_theme,
    things_apart,
)
from claimcheck.findings.model import Finding, Severity
from claimcheck.extract.happenings import (
    Happening,
    Statement,
    Mention,
    ThingKeys,
    bare_event,
    content,
    does_event,
    event_class,
    fact_of,
    generic_head,
    happening,
    happening_kind,
    mention,
    statement,
    stem,
    tokens,
)
from claimcheck.rules.base import CheckContext, Rule

# names that carry a number: "Tianwen-3", "Tianwen 3", "Chang'e-6", "Shenzhou 19"
_NAMED = re.compile(r"\b([A-Z][A-Za-z'’]+)[- ]?(\d{1,3})\b")


# how far before its date a name may stand and still be what the date is about
_NEAR = 90


def _keys_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of the names with a number in ``text`` that can have events."""
    out = []
    for m in _NAMED.finditer(text):
        word = m.group(1)
        if re.sub(r"['’]s$", "", word.lower()) in NOT_EVENT_NAMES:
            continue
        out.append((m.start(), m.end(), f"{word.lower().replace('’', chr(39))}{m.group(2)}"))
    return out


def _event_keys(claim: DateClaim) -> set[str]:
    """Names in the date's own event phrase ("the Tianwen-3 mission (2028–2031)")."""
    return {k for _, _, k in _keys_in(claim.event or "")}


def _name_keys(claim: DateClaim) -> set[str]:
    """The named things the date is about: in its event phrase, or the nearest name before
    it in its clause ("Tianwen 3 is slated for launch in 2033"). A name elsewhere in the
    sentence dates nothing here."""
    keys = _event_keys(claim)
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return keys
    before = sentence[:at]
    clause = max(before.rfind(";"), before.rfind(" but "), before.rfind(" while "), before.rfind(" whereas "))
    near = [
        (s, e, k) for s, e, k in _keys_in(before) if s > clause and at - e <= _NEAR and not _crosses_date(before[e:])
    ]
    if near:
        keys.add(near[-1][2])
    elif _ITS_EVENT_FRONTED.match(before):
        # "Since its launch in October 2021, Auk-1 has …": "its" is the name the main
        # clause opens with, right after the comma
        after = sentence[at + len(claim.text) :]
        opening = re.match(r"\s*,\s*(?:the\s+)?", after)
        named = _keys_in(after[opening.end() : opening.end() + 40]) if opening else []
        if named and named[0][0] == 0:
            keys.add(named[0][2])
    return keys


#: a fronted clause whose event is "its" (or "their") noun, the date right after it: "Since
#: its launch in", "After their merger on", "Following its opening"
_ITS_EVENT_FRONTED = re.compile(
    r"^\s*(?:since|after|following|until|before|when|upon|at|on|with)\s+(?:its|their)\s+[a-z][a-z-]*\s+(?:in|on|of|at)?\s*$",
    re.IGNORECASE,
)


def _crosses_date(gap: str) -> bool:
    """Another year stands between the name and this date: the name belongs to that one."""
    return bool(re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", gap))


#: what happens to a thing with a number (a mission, a craft, a station): of the event
#: classes, those a version's number does not name ("Harbor 2.1 released …" / "Harbor 2.2
#: released …" are two releases)
_NUMBERED_CLASSES = {"launch", "return", "landing", "creation", "abolition"}


def _numbered_class(words: str) -> str | None:
    found = event_class(words)
    return found if found in _NUMBERED_CLASSES else None


def _what(claim: DateClaim) -> str | None:
    """The event class (``happenings.EVENT_CLASSES``) of the date's event phrase or of a
    verb or noun just before it ("slated for launch in 2033"), else its happening's kind."""
    found = _numbered_class(claim.event or "")
    if found:
        return found
    before = claim.sentence[: claim.sentence.find(claim.text)]
    tail = before[-60:].rsplit(".", 1)[-1]
    # a word of a class ending at most 25 characters before the date, or 45 when what it is
    # of stands between ("the start of Tranche 1 services in January 2025")
    for m in reversed(list(re.finditer(r"[A-Za-z]+(?:\s+(?:back|up|off|place|live))?", tail))):
        if len(tail) - m.end() > (45 if tail[m.end() :].startswith(" of ") else 25):
            if len(tail) - m.end() > 45:
                break
            continue
        found = _numbered_class(m.group(0))
        if found:
            return found
    # the other happenings (an approval, an entry into force …) as read for unnumbered things
    h = happening(claim.sentence, claim.text)
    return h.kind if h else None


def _span(claim: DateClaim) -> tuple[dt.date, dt.date]:
    """The days a dated claim spans (only claims with a date are compared): a year's
    season, quarter or part ("the autumn of 2023", "Q3 2024", "late 2019") only its
    months, a season's with a month either side (the hemisphere is not known)."""
    assert claim.date is not None
    end = claim.end_date or claim.date
    if claim.end_date is None and claim.date.precision == "month" and claim.qualifier in _MONTH_PARTS:
        first_day, last_day = claim.date.first_day(), claim.date.last_day()
        lo, hi = _MONTH_PARTS[claim.qualifier]
        return first_day.replace(day=lo), last_day.replace(day=min(hi, last_day.day))
    months = part_months(claim.qualifier) if claim.end_date is None and claim.date.precision == "year" else None
    if months is None:
        return claim.date.first_day(), end.last_day()
    first, last = months
    if claim.qualifier and claim.qualifier.split()[-1] in SEASONS:
        first, last = first - 1, last + 1
    return _month_day(claim.date.year, first, start=True), _month_day(claim.date.year, last, start=False)


#: the days of a month its part names ("early September 2024": the 1st to the 15th), each
#: a little wider than a third, so that only a day plainly outside it disagrees
_MONTH_PARTS = {"early": (1, 15), "mid": (8, 23), "late": (16, 31)}


def _month_day(year: int, month: int, *, start: bool) -> dt.date:
    """The first (``start``) or last day of ``month`` of ``year``, months below 1 and above
    12 in the years before and after."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if start:
        return dt.date(year, month, 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_HELP = "check the dates: one of the two places is wrong"

#: a date that opens its line and a colon or a dash after it: a timeline's item ("- 9
#: September 2024: recall launched with the consumer authority")
_DATE_THEN_CLAUSE = re.compile(r"\s*[:\u2013\u2014]\s*|\s+-\s+")


#: a list entry's own label: the words before a colon that opens it ("Disk filling from
#: invalid blocks: This bug …", "Remote crash on 32-bit systems:"), no year in them and no
#: figure first (a timeline's "9 September 2024:" or "2019:" is a date)
_ENTRY_LABEL = re.compile(r"(?!\d)(?![^:]*\b(?:1[5-9]|20)\d\d\b)([^:.!?;]{3,120}?):\s")


def _list_items(document: Document) -> Iterator[tuple[int, int, Block]]:
    """Each list item with its article's index and the first block of its run of list items."""
    for article in document.articles:
        run = -1
        for i, block in enumerate(article.blocks):
            if block.kind.value != "list_item":
                run = -1
                continue
            if run < 0:
                run = i
            yield article.index, run, block


def _item_lines(document: Document, block: Block) -> Iterator[tuple[object, int]]:
    """The (path, line) of each line a list item stands on; none when it cannot be placed."""
    try:
        first = document.locate(block, 0)
        last = document.locate_end(block, len(block.text))
    except (ValueError, IndexError, AttributeError):
        return
    for line in range(first.line, (last.line if last is not None else first.line) + 1):
        yield first.path, line


def _list_entries(document: Document) -> dict[tuple[object, int], tuple[tuple[int, int], str]]:
    """The lines of each list item that opens with its own label, as (path, line) → ((article,
    first block of its list), label): items of one run of list items with different labels
    are parallel entries ("- Disk filling from spoofed self connections: …", "- Highly
    unlikely remote crash: …")."""
    out: dict[tuple[object, int], tuple[tuple[int, int], str]] = {}
    for article, run, block in _list_items(document):
        m = _ENTRY_LABEL.match(block.text)
        if m is None or len(m.group(1).split()) > 14:
            continue
        for where in _item_lines(document, block):
            out[where] = ((article, run), m.group(1).strip().lower())
    return out


def _dated_steps(document: Document) -> dict[tuple[object, int], tuple[int, int]]:
    """The lines of each list item that opens with its own date, as (path, line) → (article,
    first block of its list): the steps of a plan or the rows of a timeline ("2. **2023-11-20:**
    return a migration error", "3. **2023-12-18:** return a 404"), each a happening of its
    own day. Two steps of one list are two happenings, however alike their words; a step
    and the prose around the list may still be one."""
    out: dict[tuple[object, int], tuple[int, int]] = {}
    for article, run, block in _list_items(document):
        head = re.match(r"[\W_]{0,4}(?:on\s+)?", block.text, re.IGNORECASE)
        start = head.end() if head else 0
        first = next((a for a in find_dates(block.text[start : start + 40]) if a.date is not None), None)
        if first is None or first.start != 0:
            continue
        for where in _item_lines(document, block):
            out[where] = (article, run)
    return out


#: a participle set off before a date with no preposition: "(signed 3 March 2011)", ",
#: held 9 June 2019,"
_BARE_PARTICIPLE = re.compile(r"[(,\u2014]\s*(?:[a-z]+ed|held|built|begun|shut|won|set\s+up)\s+$")


def _as_clause(claim: DateClaim) -> DateClaim:
    """A timeline item that opens with its date, then a colon and what happened then ("9
    September 2024: recall launched with the consumer authority", "12 May 2021 – the
    tunnel reopened"), read as that clause dated by it ("recall launched with the consumer
    authority on 9 September 2024"), as a sentence would say it; a participle set off before
    its date with no preposition ("The Tarn water treaty (signed 3 March 2011) …") read with
    one ("signed on 3 March 2011"); any other claim as it is."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at > 0 and claim.end_date is None and _BARE_PARTICIPLE.search(sentence, 0, at):
        assert claim.date is not None
        word = "on " if claim.date.precision == "day" else "in "
        return claim.model_copy(update={"sentence": f"{sentence[:at]}{word}{sentence[at:]}"})
    if not sentence.startswith(claim.text) or claim.end_date is not None:
        return claim
    m = _DATE_THEN_CLAUSE.match(sentence, len(claim.text))
    rest = sentence[m.end() :].rstrip(" .;") if m else ""
    if not m or len(rest.split()) < 2 or not rest[:1].isalpha():
        return claim
    return claim.model_copy(update={"sentence": f"{rest} on {claim.text}"})


class EventDatedDifferently(Rule):
    """The same event is dated differently in two places.

    Whether two dates are of one event is decided in one place,
    ``claimcheck.extract.linking`` (``same_happening``, ``same_statement``,
    ``same_object`` and what keeps two apart); this rule reads the dates, pairs those
    of one numbered name itself (below), and decides whether they differ at the
    precision both are written to.

    Events are matched by the named thing with a number they concern ("Tianwen-3",
    "Tianwen 3" and "Tianwen3" are one mission) and by what happens (launch, return,
    creation …). The thing must be what the date is about: named in the date's event
    phrase or right before it in its clause, not merely somewhere in the sentence; parts
    of a document ("Figure 3", "Section 230"), months and diseases ("COVID-19") are no
    such things; a fronted clause of "its" happening names the thing the main clause opens
    with ("Since its launch in October 2021, Auk-1 has …"). A range dates every happening of a thing only when it dates the thing
    itself ("the Tianwen-3 mission (2028–2031)"), and then agrees with any date inside
    it given elsewhere ("launch in 2028").

    Things without a number are matched in a few plain phrasings of one happening
    (an opening, a launch, an adoption, an entry into force, a signing, a ratification,
    a recommendation, an approval, a start, a founding …), named by a verb in one place
    and a noun in the other: "the tramway, opened in 2018" and "since the 2019 opening
    of the tramway" date one opening; "the Council adopted the pact on 14 May 2024" and
    "the Council's adoption of the pact in May 2023" one adoption; "a ban on trawling
    came into force on 1 July 2020" and "since May 2019, when the trawling ban took
    effect" one entry into force; "the states signed the framework in Oslo on 4 May
    2016" and "the May 2015 Oslo agreement" one signing (a framework, an accord, a
    treaty are all agreements; a law or an agreement named by its date, "the 2022
    housing law", "the law of May 2023", dates its adoption or its signing). The thing
    is the subject of the dating verb, its object in the active voice ("it" only for
    the name that opens the sentence), the "of" after the happening's noun, a
    possessive, or the subject after "since its creation in …"; one side must name it
    in two words or more (or both by one name: "Velorix"), the other's words must all
    be in it, and a head noun written with different qualifiers in the document
    ("northern" and "southern tramway") matches nothing less qualified. A launch and a
    start are one happening ("the scheme was launched in 2021" / "since the scheme began
    in 2020"), and "launched in 2021 as a pilot" dates the scheme's pilot.

    Events that a noun names by itself are matched too: an election, a referendum, a
    summit, a census, a collision, a merger, an earthquake … in "the general election of 9
    December 2024", "Ghana's general election, held on 7 December 2024", "the 2024 general
    election", "December 2024's general election", "the referendum took place on …", and,
    for what two named parties do together, in either order: "In February 2009, Iridium 33
    and Cosmos 2251 collided" / "the 2008 collision of Cosmos 2251 and Iridium 33", "A and
    B merged in 2016" / "the 2017 merger of B and A"; with what it is about or where ("the
    referendum on the lake charter", "the general election in Norland", "the census,
    conducted in March 2022"). An event that comes by the calendar (an election, a summit,
    a census) is compared only within one year: the 2020 and the 2024 presidential
    election are two elections, 7 and 9 December 2024 one; one that comes by chance (an
    eruption, a crash) only when its parties name it.

    Any other date is read as a clause with its event and its participants, so that a
    happening said in other words the second time is still one happening: "missed a
    coupon payment on its eurobonds in November 2020" and "since it stopped paying its
    bondholders in October 2020" (a stop, the same country, paying); "restored the
    tariff on 12 March" and "since the tariff came back on 12 April" (a return);
    "published on 7 October 2022" and "the October 17, 2022 rules" (a thing the date
    names, and its publication); "on the heritage register since 1974" and "since its
    registration in 1976" (a state since a date, and the noun of its start); "was
    appointed chair in March 2019" and "since her appointment in March 2020" (a verb and
    its noun); "In March 2019, the commission adopted the charter" (the clause after a
    date that opens it); "The alarm sounded on 2 March 2017, when the tailings wall
    burst" (a clause of no class, then "when" and what happened that day). "Began closing
    its depots" dates the start of the closing, not a closure ("the last of its depots"
    counts no edition either). A law is made when it "becomes law" or "receives Royal
    Assent", as when it is passed, approved or enacted: "the Harbour Safety Act 2019
    received Royal Assent in March 2019" and "since the 2019 Act became law in May of that
    year" date one adoption (a year in a law's name that the date's own year names is no
    second date of its clause; an entry into force is another stage). An event a date
    names that a verb then says did something to a thing ("the storm of March 2020
    flattened the Carrick pier") has that thing among its participants, so that "the
    Carrick pier was destroyed on 4 February 2020" dates it too. Passing, approving or enacting a law (a law, an act, a
    decree, a statute …, not a bill, which passes each chamber in turn) is its adoption:
    "parliament passed a law on 12 March 2021" and "The law Marovia adopted in March 2020"
    (the law a named subject adopted, a capital read as its country) date one adoption,
    "a law on dog shelters" and "a law on dog licences" two; "On 30 July 2025, a year
    after the law was adopted, …" dates no adoption. A law named by its year and its
    owner ("Chile's 2013 decree") is the one approved elsewhere ("Chile's Decree
    40/2012, approved on 12 August 2012": a document's number holds no date of the
    clause), unless another dated clause of such a law agrees with the year ("A further
    decree, approved in March 2009"). The event is one of a few classes, each said by several verbs
    and nouns, the same classes the phrasings above compare their kinds by: start, begin,
    launch, open, a debut, roll out (a rollout, a roll-out), come on stream; return, resume, restore, come back, reopen, regain; stop, cease, suspend, halt,
    miss, default; end, lift, expire; publish, issue, announce, release; adopt, agree,
    conclude; sign; hold, convene, meet, take place; take effect, come into force, become effective; join,
    accede, a member since; leave, withdraw, depart; appoint, take office; close, shut, switch off,
    decommission; fail, give way,
    burst; buy,
    acquire, take over; found, establish, create; dissolve, abolish, repeal, scrap (and
    their nouns: suspension, resumption, signature …). What says a start with its verb
    is no participant: "the hub started work", "began service", "began operating"; nor is
    the kind of a service entered ("entered commercial service" / "the start of commercial
    operation on the line"). A budget, a fiscal statement, a spending review or a speech a
    measure is announced in dates the announcement: "the levy was announced in the March
    2016 Budget" and "when the levy was first announced in the 2017 Budget" date one
    announcement (not a summit or a congress, an event of its own). A body's vote is one
    happening said by its verb or by its noun with who voted ("the assembly voted on 3
    March" / "the May 2023 assembly vote", "the clubs' February 2017 vote to cap …"), and
    what a body that votes approved, passed or adopted is its vote ("the harbour board
    approved the fares on 3 March" / "since the board's vote of May"; "senators voted" is
    the Senate's); what the vote decided ("to close the route") tells two votes of one
    body apart, and two bodies' votes (a lower and an upper house, a committee and the
    full council) are two; voters and voting rights are no vote, nor is a department a
    departure, a publisher a publication or the founders a founding. A start and a return, an adoption
    and a signing are two happenings, but a text "concluded" (said of the text: "the protocol
    was concluded") is the one signed, and an ending is a stop for good of what both name
    ("ended all peat harvesting" / "because harvesting stopped in 2020"; not a pause,
    "suspended" or "halted", nor "the ban on fishing ended" against "fishing stopped"). A
    clause opening with a gerund before its verb ("because harvesting stopped in …, a
    number of sites …") has the gerund as its subject, not the main clause's. A verb of no class and its noun are one event when
    they share a stem ("moved" / "since their move"), two verbs of no class never. The
    participants are the nouns and names of the date's clause, as light stems ("listing",
    "listed" and "List" are one; "payment", "paying" and "paid"), hyphen and closed
    compounds split ("eurobonds", "bondholders": bonds), not a noun phrase that frames an
    event's noun ("The reasons for the keepers' departure from Skerry Point in 2002":
    the keepers and Skerry Point, not the reasons), weighted by how rare each is in
    the document: the words of the side with fewer must mostly be the other's, and when
    it has one word only ("the tariff"), the other must have more. Never linked:
    different names as subjects ("Norland stopped paying …", "Estavia stopped paying
    …") or things of one name ("the Korrin port", "the Korrin mine": a generic head noun,
    "the Kelso facility", "the Orrin site", is the one thing the document's dated clauses
    give that name, "the Kelso desalination plant", and no thing when they give it two), a subject said by
    a personal pronoun ("He joined the team in 2018"), different places, other numbers
    ("the parser 1.2", "the parser 1.3"), two verbs one of which acts on what the other's
    clause never names ("started in 2015" / "started accepting donations in 2019"), a first and a second edition, another year's edition of a
    recurring event (a forum, a summit, a congress, an election, an annual survey),
    unless "the first" one is dated after it ("the first forum, held in December 2019" /
    "the 2018 forum"), a plan and a happening ("is due to resume"), "since" and "until",
    a deadline ("by June 2024"), a window of starts ("the services launched since 2018"), a range, a denied or repeated happening ("again in 2016",
    "three times since 2012"), a clause that holds another date, and two dates the
    phrasings above read both of.

    A table's row that names something in its first cell and gives one date in another
    ("| Landing | 22 March 2024 |") dates that label's happening, as "the landing on 22
    March 2024" would, and a timeline's item that opens with its date ("- 9 September
    2024: recall launched with the consumer authority") dates the clause after it: a
    milestone table or a timeline is compared with the text like any sentence; a column
    headed by an event ("| Line | Opened |", "| Treaty | Entry into force |") dates that
    event of each row's label ("the Ravel Line was opened in 2011"). A sentence led by a
    participle and its date ("Born in 1869, Rielle …", "Founded in 1952, the trust …") dates
    the subject after the comma. A decision or a promise to act ("agreed to buy the dairy in
    2015", "decided to close", "pledged to open") is a plan, not the act. A
    participle set off before its date with no preposition ("The Tarn water treaty (signed
    3 March 2011) …", "The Brenna Choir, founded 1987, …") is read with one.

    A part of a month ("early September 2024", "mid-March", "late August") spans about
    half of it (the 1st to the 15th, the 8th to the 23rd, the 16th to its end), so that
    "began on 30 September 2024" and "since the recall started in early September 2024"
    disagree and "late September" does not.

    The items of one list that each open with their own label ("- Disk filling from
    invalid blocks: … disclosed by N. in May 2022", "- Remote crash on 32-bit systems: …
    disclosed by P. in April 2025") are parallel entries, each about its own thing: what
    two of them date are two happenings, however alike the words (the same person
    disclosing, the same two people merging). A label with a year, or a date as the label
    (a timeline's "- 2019: …"), makes no such entry.

    A date need not be a day, a month or a year: a season, a quarter, a half or a part of
    a year ("the autumn of 2023", "spring 2022", "Q3 2024", "the third quarter of 2024",
    "the first half of 2024", "late 2019", "at the very end of 2021") is compared by its months, a season with a month either side (the hemisphere is
    not known), so that "approved in November 2022" and "since the plan's approval in the
    autumn of 2023" disagree and "… in the autumn of 2022" does not; "last spring", "this
    autumn" are counted from the publication date, "the following year", "a year later",
    "two years earlier", "the year before", "that autumn", "later that year", "two months
    later", "the following month" from the date before them in the paragraph (a month only
    from a date with its month; never a window: "over the following year"); "last autumn, on 29 October" is one date.
    A clause's event may be a verb's noun after a name or before what it is of ("since the
    Skarven grounding last spring", "the approval of the rural clinic plan in 2014"), a
    phrasal verb or an idiom of its class ("pulled out of", "walked away from", "put their
    names to"), or a label before a colon ("- Automation of the Sorrel lighthouse: autumn
    2022"); in coordinated clauses each date is its own verb's ("was proposed in 2023 and
    approved by the agency on 22 October 2024": the approval is dated 22 October 2024).
    Two more links, each only when nothing else in the document competes: a happening
    named by its noun alone ("The approval of November 22, 2024 gave …", "The May 2025
    announcement will …", "since the 2019 closure") is the one
    other date of that event ("approved … on 22 October 2024"), within a year, unless that
    date's sentence names several ("the two meetings in June") or names a kind of it the
    noun alone does not ("a design meeting on 3 March" / "the 17 March meeting": one meeting
    of a kind, perhaps of several). A noun that names a happening by itself, of no class
    (a fire, a flood, an explosion, a collapse, a strike: ``HAPPENING_NOUNS`` in
    ``claimcheck.data.event_classes``, each with its synonyms: "the blaze" is a fire), is
    that link's too: "A fire in the tunnel on 8 August 2023 closed …" and "Since the blaze
    of 18 August 2023, …", "the stores flooded in June 2018" and "since the flood of June
    2019", "began a strike on 4 October" and "the walkout of 11 October" (its start dates
    it), unless another clause naming it agrees with the bare noun's date; an action noun is read as written ("the 19 April 2021 separation", whose stem
    "separ" is no noun's), a verb of its stem then says it ("separated … on 12 April
    2021"); and two
    events of one class done to one thing ("the signing of the contract on 19 November
    2019" / "when ministers put their names to the NBI contract in December 2019"), one
    naming it as fully as the other or more, are one event when they lie within a year of
    each other and no other event of that class in the document is done to it.

    Without any table of events, two dated clauses state one event when they share a
    rare participant (a name, or a word rare in the document) that no other dated clause
    shares with them under another date, their dates lie at most a year apart, and the
    happening is the same: one verb or noun or a derivation of it ("the research trawler
    Kittiwake entered service on 2 June 2019" / "since Kittiwake entered service on 6
    February 2019"; "the Marrow footbridge collapsed on 8 January 2016" / "the collapse of
    the Marrow footbridge in January 2017"; "entry" and "entered", "retirement" and
    "retired"), or, with other verbs, a name on its own when one of the two names the
    event by a noun or refers back to it ("Intruders wiped the ledgers of the Quenby credit
    union on 3 May 2021" / "since the April 2021 hack at Quenby"; "the Bundestag passed the
    law in June 2016" / "the Bundestag's vote on the law the following year"). A label and
    its colon say whose event follows ("Brevik quarry: flooded on 14 June 2017"), and a
    date in parentheses names the noun before it ("the Olen refinery fire (August 2013)").
    The event tables only keep apart what they know to differ, and so do a timeline (one
    participant dated for several happenings: "founded in 1931 … floated in 1987 … bought
    in 1988"), one verb years apart ("repainted in 1996 … in 2012"), two events both named
    by nouns ("the flooding of the valley in March 2020" / "the October 2020 flooding of
    the valley"), an event and a verb acting on it ("the 2019 merger" / "announced the
    merger in 2018"), different named things it is done to, two owners of the one common
    noun the clauses share (each names one the other never names, by name or initials: "a
    parser was merged into Hollis in November" / "the Quarry parser was merged in
    August"), and another date of the same sentence ("paid the first tranche in March 2020
    and the second in March 2021"). A sentence that opens with "Its" or "Their" owns its
    thing by the name the sentence before opens with ("Sweden came later. Its bridge toll
    began in June 2012"): one owner's thing is not another owner's ("Norway's bridge toll
    began in March 2010"), unless the names are one ("Norway moved first. Its bridge toll
    …"). A title's complement after "of the", "on the" or "for the" is part of its name
    ("the Act on the Protection of Moorland", no bare "Act"). A relative clause is about
    the noun before "which" ("blinded paths, which were added to the specification in
    April" is no addition of the onion messages added in August).

    A back-reference, a clause that presupposes the event it dates ("Since / When / Once /
    After / Following … <date>", "In the months after …, in March 2024", "the March 2022
    shutdown at Kessel", "the sighting of September 2021", "The barrier's consent, granted
    in June 2020", a relative clause of a thing already named: "the chair, who set up the
    review last autumn, on 29 September", a key-facts label and its colon: "- Quarrel Hill
    gallery shut: autumn 2020"), is compared with the one dated clause it can
    point at, whatever its verb or noun: "The Tolvern glassworks shut its furnaces on 18
    August 2021" / "Since Tolvern went dark in June 2021". That clause shares a rare
    participant with it (a name, a rare word, a word of a title-case name: "the renewal
    plan" for "the Upland Footpath Renewal Plan"), or is a pronoun's ("It became binding on
    12 February 2024" after a sentence that names the regulation once); of several, the
    ones that name all its participants ("the amber alert", not "the alert") and, of those,
    the one whose event is done to the same thing ("announced the review", not "the
    review's findings, published …") are meant. It stays silent when it agrees with any
    of them, when they date different days (a timeline: "sold in 2020 … shut in 2021"),
    when a sentence dates two happenings, when they lie more than a year apart, and for
    stages known to differ (announced / in force, approved / started, closed / reopened,
    signed / ratified, one party's signing / the accord's; a return, "rebuilt" or
    "reopened", is never what it undoes, whatever the other verb). Any link stays silent
    when another clause of the participant, or another date of the candidate's sentence
    that may date the same happening, agrees with the date ("a second fire … on 2
    December"; "bought the Fenwick marsh on … and the Orford marsh on 3 March 2023"). One
    that names its event by a
    noun alone ("The approval, granted in October 2022, …", in a note's own prose too)
    points at the one dated clause of that verb or noun ("approved the study on 27 October
    2021"), unless a possessive makes it someone's ("Its report, published in August 2023"
    is the report of whatever "its" stands for, not what an agency "reported" elsewhere);
    a date without a year ("in late August") is read in the year of the clause it
    points at. A back-reference may name its event otherwise: a verb with the subject's
    own action noun says that noun's happening ("The Commission tabled its proposal on
    11 July 2023" / "Since the regulation was proposed in July 2022"; "was proposed in" is
    a proposing, not a plan), and of several candidates the one that says its happening
    is meant; a past verb before "its" or "their" makes the noun its object ("the guild
    adopted its charter in May 2020"); "since" or "after" with a clause of its own after
    the main one ("complaints have dropped since overnight parking was banned in May
    2020") and a gerund's phrase that is the sentence's subject ("Scrapping tolls in the
    spring of 2018 moved lorries off …") point back too; one shared rare word is enough
    when the one candidate is of the same known stage (an ending: "Abolishing quotas" /
    "milk quotas ended") and names all the back-reference names. A date in a reporting
    clause dates the saying: "The authority said in May 2024 that the quay opened in 2021"
    dates the opening 2021 and compares nothing with May 2024; "announced that the banks
    would reopen" is an announcing that happened, and "announced the reopening of the
    banks in November 2022" dates the announcing; "According to a report published in
    March 2023, the quay opened in 2021" dates the opening 2021. "The following spring", "the previous winter", "the summer after," are the
    first such season after or before the date before them; "in the last week of
    November 2020" dates November 2020; "In the early hours of 11 September 2024, …" dates
    the clause after it; "a month later than planned" is no date.

    Last, one class of event of one dated object: a start (began, took effect, was
    introduced, came in, switched on, commissioned, in service, in use or in operation since, has run, operated,
    carried passengers since (a start, not a founding: "set up in February, operating since
    June" is two stages), in place or existed since (a start or a founding, whichever the
    document dates for the thing, not when it agrees with the other), has applied
    since, became applicable), a publication
    (published, came out, reported, handed down its report, a plan's or a strategy's
    launch), a signing (signed, an agreement reached, shook hands on, "the accord of
    October 2022"), a handover (took over, the handover of), an ending, a closure, a
    founding, an abolition, done to one thing: what an active verb acts on ("Allwyn took
    over the licence"), unless it is the doer's own report or approval; what a noun is of
    ("the strategy's launch"); else the subject, set off by a comma ("North Sea Link,
    commissioned in 2020", "the Royal Commission, which reported in …", the noun phrase
    after "is" in "The exception is the Kelso line, which opened in …", and the one before a
    participle set off by a single comma, "Critics note that the Kelso line, running since
    …"), before a
    parenthesis ("The premium, worth £50 …, began on …"), or said by "it" ("… has
    changed little since it was introduced in April 2024": the main clause's subject;
    "It was published on …": what the sentence before opens with). One thing is one head
    noun (an accord is an agreement) whose qualifiers on one side are all on the other
    ("the review" / "Transport Scotland's review of the criteria"; a name's possessive
    says whose it is, like a doer: "Halden's monitoring unit" is the one "the Halden water
    board set up", not "Arden's", nor a thing whose owner the other clause never names:
    "Arden's levy" is not "the Wenlow health levy"), a name and the
    description the document sets beside it counted as one ("Ofcom, the broadcasting
    regulator, …": "Ofcom's review" is "the regulator's review"; not a description the
    document gives two names), an acronym and the name it is defined for too ("the Coastal
    Ferry Safety Code (CFSC)" / "since the CFSC began to apply"), with no two different
    names, doers ("Bolt Energy took over the licence" / "Varta Power took over the
    licence", "the council took over the centre" / "the trust took over …"), places ("opened in Leeds" / "in York"), numbers ("the parser 1.2") or
    ordinals ("the first tranche" / "the second tranche"); a year in a name later than
    its date is the name's target, not a number ("the Clean Water 2035 roadmap" / "the
    roadmap"), and a plan, a strategy or a roadmap "unveiled" is published, as it is
    "launched" (a scheme unveiled is announced); an amount after "of" between the event and
    its date ("introduced its levy of one peso per litre on …") is the measure's number
    (figures only), not a reason to leave the event unread; a place that "began carrying
    passengers" or "started taking patients" starts itself, as when it "opened" (not
    "began taking patients from Wales": a widening). The two dates are compared
    when they are the only dates of that class of that thing, do not overlap, lie within
    400 days of each other, and no other date of either sentence agrees in the date's clause (not past a
    semicolon) ("The new patient
    premium began on 1 March 2024" / "the premium has brought little change since it was
    introduced in April 2024"; "The review of the criteria, published on 6 June 2023" /
    "The review that came out last summer", counted from the publication date). Never: a
    date written twice in its sentence ("on 1 January 2025 … in 2025": which is meant), a
    clause with another year between its event and its date, a
    plan ("will become mandatory from 2028"), a denied happening, a deadline or the end
    of a state ("until", "by"), an announcement (an announced plan is published later), a
    bill introduced (proposed, not started), an edition of something annual, another's
    own ("Nottingham issued its own notice"), a meeting, a joining, an appointment, a stop
    or a return (they happen to one thing again and again). In every link of this page, a
    happening said to be a stage ("began as a pilot in 2019", "on a trial basis") is
    kept apart from one that is not ("since the scheme began in September 2020"), and
    so are two things of one kind as the dated objects read them: one head noun
    qualified otherwise on each side ("the northern tramway" / "since the southern
    tramway opened"), other names ("the Kessel Line" / "the Varn Line"), numbers,
    ordinals, doers ("the council" / "the trust took over the centre"), or what follows
    the event ("opened to pedestrians" / "opened to
    cars").

    A contract (a concession, a franchise, a licence) is awarded, then signed: when the
    document awards one and signs one, a signing dated wholly before the award, at most
    two years before, is one of the two dated wrongly ("awarded the ferry contract to
    Nordline in March 2020" / "The ferry contract signed in late 2019"); not a signing
    after it, however long after, nor when two contracts are awarded or signed.

    A deadline of one obligation is compared with the one other deadline that says it in
    the same words or fewer ("Member states had to bring the packaging rules into national
    law by 18 March 2016" / "since the packaging rules had to be in national law by 18
    March 2017"), never when the deadline moved ("extended", "postponed", "originally"), is
    one of several stages ("the first phase"), or one of a series of the thing's deadlines
    ("register by …, insure by …"). "She" opening a sentence is the name the sentence before
    gives ("The harbour's newest tug is Marit, … She entered service on …"); "Its" or
    "Their" opening a sentence owns its thing by the name the sentence before opens with
    ("Zelna followed. Its plant, with …, was switched on in November 2017" is the Zelna
    plant that "came online" elsewhere), not when the date stands in a clause set off after
    it ("Its councillors say that, since the campus opened …", "…, and the board gave its
    approval in …"); and a capital
    that acts for its country ("Accra's emergency declaration", "Moscow walked away")
    is the country, not when it is the city ("the Accra city council"). A start of
    operation said by a phrase the date dates ("was switched on in", "entered service on",
    "came online in") or by "commissioned" or "energised" is a start, so that a
    back-reference to a later change or end of the thing ("Since the plant was expanded in
    …", "since the farm was switched off in …") dates another happening.

    Kept apart: two happenings of one thing (adopted, then in force; signed, then
    ratified; announced, then launched; an election and the inauguration after it); a
    first and a second round; another country's election; two doers ("Norway ratified …", "Iceland
    ratified …"), and for a signing or a ratification, one named party against the
    whole; "the new agreement" and "the agreement"; two documents named by their dates
    side by side or in the same words ("the 2019 energy law …, the 2021 energy law"),
    and a dated happening of a document named with that date elsewhere; a first and a
    second thing an event is done to ("signed the first dredging contract" / "signed a
    second dredging contract"); two things of one kind ("the Pell Creek mine" / "the Varn
    Hill mine"); two names of one family ending in other nouns ("the Quiet Streets
    Directive" / "its first Quiet Streets Plan"); a thing and a part of it ("the museum
    opened" / "the museum's east wing opened"); a year that says which edition a noun is
    ("published the results of its 2021 census": not the date of the publishing); a clause
    that says "another" of its thing ("is another veteran of the study group, starting
    in …"); and after a date that opens its sentence, the second of two coordinated clauses
    ("In 2015 a tariff code was added for ferries and the port still uses it": the port is
    no participant). A form line, a short block the document writes three times or more with
    only its dates, figures or handles changed ("Comment by @ana posted on 2025-03-14:"
    over each comment of a thread), dates an item of a series, not an event: left out.

    Last of all, a scored link reads each dated clause as one event word and its
    participants. The word's class comes from its base word and what morphology derives
    from it, so that a verb and its noun are one event ("prohibited" / "the prohibition",
    "founded" / "its foundation", "closed" / "the closure", "approved" / "its approval"),
    and near-synonyms of one happening share a class ("lowered" / "cut", "published" /
    "presented", "adopted" / "approved", "completed" / "went up"). The participants are the
    clause's nouns and names; "it", "its", "their" stand for the thing the paragraph named
    last before them ("the Commission decided to phase the waiver out, and it ended on 1
    March 2023": the waiver). Two mentions of one class score by the participants they
    share, weighted by how rare each is in the document (a name counts more), when those
    make at least half of the shorter one's: "On 3 March 2024 Moody's lowered Belgium
    from Aa3 to A1" / "After Moody's cut of Belgium to A1 in April 2024"; "the ministry
    published its erosion strategy on 9 June 2022" / "Since the Norlund strategy was
    presented in September 2022". A date is reported when the one mention that scores
    high enough with it (or several that agree with each other) disagrees with it, within
    two years; a back-reference ("since …", "after …", "the June 2023 prohibition on …")
    needs less when it is alike one mention of its class only. Never: a clause with no
    word of a class or words of two ("the opening and closure of the berth"), a plan, a
    decision ("voted to create"), an announcement or a proposal, a repeated or denied
    happening ("again", "not"), a deadline or a window ("by", "until", "over"), a part of
    a period ("the end of 2024"), an edition of something recurring, a series (a third
    mention alike that agrees with neither: "lowered its rate in February, cut it in
    November, reduced it in June"), one noun qualified otherwise on each side ("banned
    exports of yellow maize" / "prohibited exports of white maize"), other ordinals or
    other figures ("from AA- to A+" / "to BBB"), and stages apart.

    Last, what the document holds decides. Each date is read in its own clause, not its
    sentence (``claimcheck.extract.dated_event``): the verb or noun of that clause ("the
    court ruled on 3 May", "since the crossing's opening in October"), the noun the date
    qualifies ("the November 2016 groundbreaking", "the tribunal's June 2020 decision"),
    the verb after a date that opens its clause ("on 3 May 2023 the court ruled", a
    timeline's "- 3 March 2022: the banks announce …"), a state since a start ("in force
    since 1 April 2022"), the noun before a participle set off by a comma ("the ruling,
    delivered on 13 May"), what happened "when" a clause of no class says it, and the end
    of a range of works for their completion ("built between 2014 and 2018" / "the works
    were completed in 2019"); a clause set off by "before", "after", "when", "that" or a
    comma is its own ("sales fell in the years before the merger was made public in April
    2022" dates the making public), and "all but" opens none ("ended the quotas on all but
    two crops on 1 July" dates the ending). Its happening is named by a class that takes the
    writer's other words for it: an opening and an inauguration, a start, a launch and
    "got under way", a completion and a deal that closed, an announcement and "made
    public", a publication and a release, a ruling, a judgment and a tribunal's
    decision, an election, "won the seat" and a vote, "took effect", "in force since" and
    "has applied since" (not "applied since March for a licence"), a recall and "withdrawn from shelves", a founding and a foundation, a fire and a
    blaze, a closure and "shut down", a sinking and "capsized", a collapse and "the
    breakdown of the talks", an approval and "authorisation came", a strike's start and
    "walked out", an ending and "called off", a ballot and a vote (``PRIOR_CLASSES`` in
    ``claimcheck.data.event_classes``); a relative clause's happening is its antecedent's
    ("a ballot that closed on …"), named as the phrase before ", which" names it when that
    holds a name ("the Velm speed regulation, which took effect on …" is no "Orrin
    anchoring rule"), and a happening's noun after a preposition is dated
    apart from the verb before it ("no rule has appeared since the sinking in April"
    denies no sinking). The items of one list that each open with their own date (a
    plan's steps: "2. **2024-04-01:** return an error") are happenings in turn, never one
    told twice. Two dates of one
    class, in a document that dates no third happening of it, are one happening told
    twice, unless a clause of the two keeps them apart: an ordinal one has and the other
    has not ("first elected" and "first won the seat" are alike), "another", "new",
    "again", a plan, a phase or a pilot, an appeal, another year, a number the other has
    not, an announcement or a decision about it, a deadline; unless they name different
    things (different names, one head noun qualified otherwise: "the Pell road bridge" /
    "the Pell rail bridge", a thing and a part of it: "the gallery's north wing", names
    of a series in their sentences: "Orla-1" / "Orla-2", a thing its owner's name owns
    beside one another party did: "Estavia's seed vault, opened in …" / "Marovia opened
    a seed vault"); and unless neither shares a
    participant with the other, names it by a pronoun ("its inauguration", "she set
    off"), or describes what the other names ("the crossing's opening" beside "the
    Kellmore Estuary Bridge … opened"). A publication and an announcement, of which a
    document holds many (its own byline, its sources), pair only when their clauses share
    what is published. A verb that acts on an event's noun dates the act ("upheld the
    ruling on 27 June"), and "Since November 2012, the volunteers have been working on the
    app" dates ongoing work, no happening, for this link and every other.

    The classes take a writer's second wording of one happening: a binding measure (a
    rule, a ban, a curfew, a freeze, a quota, a charge, fares) that "began" or "started"
    came into force ("the curfew took effect on 1 May" / "since the music curfew began in
    August"; not "enforcement of the charge began", the start of another action, nor a
    change made to it later: "was tightened", "was raised", "was extended", a stage of its
    own for every link); services that began, unqualified, or a line that "began carrying
    passengers" opened ("freight services began" did not); an agreement "was concluded",
    or someone "put his name to" it, when it was signed (not "the talks concluded");
    "abolished", "scrapped", "did away with" are one abolition. "New" after "on" or "to"
    is what a measure bears on ("a moratorium on new permits"), not a second thing. A
    description that names a kind of its thing ("the insulation scheme") is not a thing
    named with another kind ("the Ellery boiler-replacement programme"), though it may be
    one named with none ("the licensing regime" / "the Act"); a participle set off after a noun phrase keeps the phrase's name ("The
    Carrow road bridge, opened in May 2013" is not the Pellmore bridge). "Since 2015 the
    estate has …" opens a window, no back-reference to an event, and "ratified" is a
    ratification, never a signing. Adopting a revised or an amended thing is a change
    ("adopted a revised ordinance" / "since it tightened its rules").

    ## Why is this bad?
    A launch in 2028 in one article and in 2030 in another: one of them is wrong, and
    readers who compare will notice.

    ## Example
    ```markdown
    The Tianwen-3 mission (2028–2031) will return samples.

    Tianwen 3 is slated for launch in 2033.
    ```

    Use instead:
    ```markdown
    The Tianwen-3 mission (2028–2031) will return samples.

    Tianwen 3 is slated for launch in 2028.
    ```
    """

    code = "DT001"
    name = "event-dated-differently"
    severity = Severity.warning
    needs = ("date",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        # a form line's date is one item's ("Comment by @ana posted on 2025-03-14:" over each
        # comment of a thread), not one event dated twice (extract/forms.py)
        forms = form_lines(ctx.document)
        every = [
            _as_clause(c)
            for c in ctx.claims.of_kind("date")
            if c.date is not None and (c.footnote is not None or (c.article, c.block) not in forms)
        ]
        # a milestone table's rows date their labels' happenings ("| Landing | 22 March 2024 |")
        rows = [c for c in table_row_dates(ctx.document) if (c.article, c.block) not in forms]
        if rows:
            every = sorted([*every, *rows], key=lambda c: (c.location.line, c.location.column))
        # the entries of a list, each opening with its own label ("- Disk filling from invalid
        # blocks: … disclosed by N. in May 2022 …"), are parallel items: what two entries
        # date are two happenings, whoever did them
        entries = _list_entries(ctx.document)
        steps = _dated_steps(ctx.document)
        # the start of ongoing work is no happening ("Since November 2012, the volunteers have
        # been working on the app" is not the app's release)
        ongoing = {(c.location.line, c.location.column) for c in every if ongoing_since(c.sentence, c.text)}
        # a heading's date of the noun after it ("## Three years on from the 2022 vote") is
        # read only by the last link, which reads each date in its own clause
        headings = [c for c in heading_dates(ctx.document) if (c.article, c.block) not in forms]
        for f in self._findings(ctx, every, headings):
            if (f.location.line, f.location.column) in ongoing or (
                f.related and (f.related[0].location.line, f.related[0].location.column) in ongoing
            ):
                continue
            related = f.related[0].location if f.related else None
            one = entries.get((f.location.path, f.location.line))
            other = entries.get((related.path, related.line)) if related is not None else None
            if one is not None and other is not None and one[0] == other[0] and one[1] != other[1]:
                continue
            step = steps.get((f.location.path, f.location.line))
            if step is not None and related is not None and step == steps.get((related.path, related.line)):
                continue  # two steps of one dated list: two happenings in turn
            yield f

    def _findings(self, ctx: CheckContext, every: list[DateClaim], headings: list[DateClaim]) -> Iterable[Finding]:
        """Every link's findings among the dates ``every``, in the order of the links."""
        names = [_name_keys(c) for c in every]  # read once: both comparisons below need them
        # a happening plainly said in a note is one in the text ("[^2]: Turnout in the
        # referendum of 6 May 2021 …"); a named thing's date in a note is its source's
        told = set()  # dates already reported as a happening of their parties
        # the happening each single date is about, read once (both _things and _linked ask)
        haps = [happening(c.sentence, c.text) if c.end_date is None else None for c in every]
        for f in self._things(every, names, haps, ctx.document):
            told.add((f.location.line, f.location.column))
            yield f
        for f in self._numbered(every, names, told):
            told.add((f.location.line, f.location.column))
            yield f
        yield from self._linked(ctx, every, names, haps, told)
        yield from self._by_object(ctx.document, every, names, told)
        yield from self._deadlines(every, told)
        yield from self._scored(ctx.document, every, names, told)
        yield from self._sole_pair(
            sorted([*every, *headings], key=lambda c: (c.location.line, c.location.column)), told, ctx.document
        )

    def _sole_pair(self, every: list[DateClaim], told: set[tuple[int, int]], document: Document) -> Iterable[Finding]:
        """Two dates whose own clauses say one class of happening (an opening and an
        inauguration, a start and a launch: ``claimcheck.extract.dated_event``), when the
        document dates no other happening of that class: one happening, told twice, unless
        either clause keeps it apart (an ordinal, "another", "again", a plan, a phase, a
        number, another year, an announcement of it) or the two name different things."""
        groups: dict[str, list[tuple[DateClaim, DatedEvent]]] = collections.defaultdict(list)
        for c in every:
            if c.footnote is not None:
                continue
            e = dated_event(c.sentence, c.text)
            if e is not None:
                groups[e.cls].append((c, e))
        for cls, group in groups.items():
            if len(group) != 2:
                continue  # no happening, one, or several of the class: the other links decide
            (a, ea), (b, eb) = group
            if a.sentence == b.sentence or (b.location.line, b.location.column) in told:
                continue
            if (a.location.line, a.location.column) in told or ea.ordinals != eb.ordinals:
                continue
            if (a.end_date is not None and not ea.end) or (b.end_date is not None and not eb.end):
                continue
            if ea.apart or eb.apart or a.qualifier in _OPEN_BOUNDS or b.qualifier in _OPEN_BOUNDS:
                continue
            sa, sb = _end_span(a, ea), _end_span(b, eb)
            if _overlaps(sa, sb) or abs((sb[0] - sa[0]).days) > 800:
                continue
            if ea.numbers != eb.numbers and ea.numbers and eb.numbers:
                continue
            ka, kb = set(_MARKED.findall(a.sentence)), set(_MARKED.findall(b.sentence))
            if cls in _MANY_OF_A_KIND and not ea.words & eb.words:
                continue  # a document cites many publications: one names the other's thing
            if cls in _MANY_OF_A_KIND and (ea.names or eb.names) and not ea.names & eb.names:
                continue  # "Ofcom's review" / "the regulator's review": a description may fit another body
            if any(
                _PERSON.match(x.clause) and not _NAMED_IN.search(y_claim.sentence[1:])
                for x, y_claim in ((ea, b), (eb, a))
            ):
                continue  # "She began work on …" is a person's, not the trust's that "began work"
            if any(_IT_OPENS.match(x.clause) and y.names and not x.words & y.words for x, y in ((ea, eb), (eb, ea))):
                continue  # "It came into force …" after two schemes: which one is not said
            if _owner_apart(document, b, ea.owners | ea.names) or _owner_apart(document, a, eb.owners | eb.names):
                continue  # "Scotland's charge began …" / "England was last. Its charge began …"
            oa, ob = _pronoun_owned(document, a, ea), _pronoun_owned(document, b, eb)
            if (ka and kb and not ka & kb) or not _one_thing(oa, ob):
                continue  # "Kittiwake-1 … launched" / "Since its launch …, Kittiwake-2 has …"
            yield self._restated(b, a, f"{eb.word} / {ea.word}", f"the {cls}", subject=cls)
            told.add((b.location.line, b.location.column))

    def _restated(
        self, b: DateClaim, a: DateClaim, gist: str, event: str = "an event", *, subject: str | None = None
    ) -> Finding:
        """``b`` dates again, otherwise, the event ``a`` dates; ``gist`` says what ties them."""
        return self.finding(
            b,
            f"'{b.text}' dates {event} that line {a.location.line} dates '{a.text}' ({gist})",
            related=[(a.location, f"dated '{a.text}' here")],
            help=_HELP,
            subject=f"{subject or gist} {b.text} / {a.text}",
        )

    def _numbered(self, every: list[DateClaim], names: list[set[str]], told: set[tuple[int, int]]) -> Iterable[Finding]:
        """Dates of one happening of one thing named with a number ("Tianwen-3")."""
        kept = [j for j, c in enumerate(every) if c.footnote is None]
        dated = [every[j] for j in kept]
        keys = [names[j] for j in kept]
        # the earlier dates that share a name key with each date, by key: only those are
        # compared (all pairs made the rule quadratic in the number of dates)
        by_key: dict[str, list[int]] = {}
        whats: dict[int, str | None] = {}  # _what of each date compared, read once

        def what(i: int) -> str | None:
            if i not in whats:
                whats[i] = _what(dated[i])
            return whats[i]

        for j, b in enumerate(dated):
            kb = keys[j]
            earlier = sorted({i for k in kb for i in by_key.get(k, ())})
            for k in kb:
                by_key.setdefault(k, []).append(j)
            if not kb or (b.location.line, b.location.column) in told:
                continue
            for i in earlier:
                a = dated[i]
                common = kb & keys[i]
                if not common or a.sentence == b.sentence:
                    continue
                (a0, a1), (b0, b1) = _span(a), _span(b)
                if a0 <= b1 and b0 <= a1:
                    continue  # overlapping: a date inside a range, or the same date
                wa, wb = what(i), what(j)
                # a range covers every happening only when it dates the thing itself
                a_span = a.end_date is not None and bool(common & _event_keys(a))
                b_span = b.end_date is not None and bool(common & _event_keys(b))
                if not (a_span or b_span) and (wa is None or wb is None or fact_of(wa) != fact_of(wb)):
                    continue  # two different happenings of one thing
                name = sorted(common)[0]
                yield self.finding(
                    b,
                    f"'{b.text}' dates {_label(b, name, what(j))}, but line {a.location.line} gives '{a.text}'",
                    related=[(a.location, f"dated '{a.text}' here")],
                    help=_HELP,
                    subject=f"{name} {b.text} / {a.text}",
                )
                break

    def _deadlines(self, every: list[DateClaim], told: set[tuple[int, int]]) -> Iterable[Finding]:
        """One obligation's deadline given twice ("Member states had to bring the packaging
        rules into national law by 18 March 2016" / "since the packaging rules had to be in
        national law by 18 March 2017"): the clause of each says what must be done by the
        date, and the words of the shorter (two at least) are all the longer's. Never: a
        deadline moved ("extended", "postponed", "the original deadline"), a stage or a
        phase of several ("the first phase had to be finished by …"), another sentence's
        date that agrees, or a word said by a third deadline under another date."""
        read: list[tuple[DateClaim, frozenset[str], tuple[dt.date, dt.date]]] = []
        for c in every:
            if c.footnote is not None or c.end_date is not None:
                continue
            words = _deadline_words(c)
            if words is not None:
                read.append((c, words, _span(c)))
        for j, (b, wb, sb) in enumerate(read):
            if (b.location.line, b.location.column) in told:
                continue
            for a, wa, sa in read[:j]:
                if a.sentence == b.sentence or _overlaps(sa, sb) or abs(sa[0].year - sb[0].year) > 2:
                    continue
                small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
                if len(small) < 2 or not small <= large:
                    continue
                if any(
                    c is not a and c is not b and small & w and not (_overlaps(sc, sa) or _overlaps(sc, sb))
                    for c, w, sc in read
                ):
                    continue  # a series of deadlines of the thing: "register by …, report by …, pay by …"
                if any(_MOVED.search(c.sentence) and small & set(content(tokens(c.sentence))) for c in every):
                    continue  # the deadline moved, said in a sentence of its own
                shown = dict.fromkeys(t.lower() for t in tokens(b.sentence) if stem(t) in small)
                yield self._restated(b, a, ", ".join(shown), "a deadline")
                told.add((b.location.line, b.location.column))
                break

    def _things(
        self, dated: list[DateClaim], names: list[set[str]], haps: list[Happening | None], document: Document
    ) -> Iterable[Finding]:
        """Dates of one happening of one unnumbered thing ("the rail link, opened in 2019" /
        "since the 2020 opening of the rail link"): see ``claimcheck.extract.happenings``.
        ``names`` are the dates' :func:`_name_keys`, ``haps`` their happenings, in order."""
        # a thing with a numbered name is compared by its name, below, unless the date is of
        # an event its parties name ("the collision of Iridium 33 and Cosmos 2251")
        found = [(c, h) for c, named, h in zip(dated, names, haps) if h and (h.together or not named)]
        # the things of each head noun, as written: "the line" is ambiguous beside "the
        # northern line" and "the southern line"
        keys_of_head: dict[str, ThingKeys] = {}
        for _, h in found:
            keys_of_head.setdefault(h.head, ThingKeys()).add(h)
        # only happenings of one kind and one head noun are compared, and of those only the
        # ones whose words could contain or be contained in the other's (same_happening): a
        # thing named only by its head noun, or one sharing a word besides the head
        # (every pair of a bucket was quadratic in the number of dates)
        buckets: dict[tuple[str, str], _Bucket] = {}
        for j, (b, hb) in enumerate(found):
            bucket = buckets.setdefault((hb.fact, hb.head), _Bucket())
            earlier = bucket.candidates(hb)
            bucket.add(j, hb)
            for a, ha in (found[i] for i in earlier):
                if a.sentence == b.sentence:
                    continue
                (a0, a1), (b0, b1) = _span(a), _span(b)
                if a0 <= b1 and b0 <= a1:
                    continue
                if not same_happening(ha, hb, keys_of_head[hb.head], years=(a0.year, b0.year)):
                    continue
                if _named_apart(a, ha, b, hb, found):
                    continue
                if _owner_apart(document, b, ha.names) or _owner_apart(document, a, hb.names):
                    continue  # "Scotland's charge began …" / "England was last. Its charge began …"
                thing = ha.shown if len(ha.words) >= len(hb.words) else hb.shown
                if thing[:1].isupper() and thing.split()[0].lower() not in ha.names | hb.names:
                    thing = thing[0].lower() + thing[1:]
                named = " " not in thing and thing.lower() in ha.names | hb.names  # "R21", not "the R21"
                what = "" if hb.kind == hb.head else f"{hb.kind} of {'' if named else 'the '}"  # an event's noun
                yield self.finding(
                    b,
                    f"'{b.text}' dates the {what}{thing}, but line {a.location.line} gives '{a.text}'",
                    related=[(a.location, f"dated '{a.text}' here")],
                    help=_HELP,
                    subject=f"{thing} {b.text} / {a.text}",
                )
                break

    def _linked(
        self,
        ctx: CheckContext,
        every: list[DateClaim],
        names: list[set[str]],
        haps: list[Happening | None],
        told: set[tuple[int, int]],
    ) -> Iterable[Finding]:
        """Dates of one happening said in other words ("missed a coupon payment on its
        eurobonds in November 2020" / "since it stopped paying its bondholders in October
        2020"): each date's clause read as its event and participants
        (:func:`~claimcheck.extract.happenings.statement`), two clauses compared by
        :func:`~claimcheck.extract.linking.events.same_statement`, the participants weighted by
        how rare each is in the document. Two dates the phrasings of :meth:`_things` both
        read are not compared again, nor dates of things with a numbered name."""
        rows: list[_Row] = []
        for c, named, h in zip(every, names, haps):
            if c.footnote is not None or c.end_date is not None or named:
                continue
            st = statement(c.sentence, c.text)
            if st is not None:
                rows.append(_Row(c, st, h is not None, _span(c)))
        if len(rows) < 2:
            return
        # how rare each word is in the document (shared with NU003: extract/linking); a
        # word in most sentences still weighs a little: "since the tariff came back" names
        # the tariff the whole document is about
        # the document's words are counted only when two dates come that close
        weight = _Weights(ctx.document)
        by_sentence = _by_sentence(every)
        row_of = {id(r.claim): r for r in rows}
        # the earlier statements by each participant, those the phrasings did not read
        # apart: only those sharing one of a new one's rarest words so far are compared, and
        # only the latest few of each (a word in every sentence links nothing)
        unread: dict[str, list[int]] = {}
        every_row: dict[str, list[int]] = {}
        for j, row in enumerate(rows):
            rare = sorted(row.st.words, key=lambda w: (len(every_row.get(w, ())), w))[:3]
            index = unread if row.read else every_row
            earlier = sorted({i for w in rare for i in index.get(w, ())[-_LATEST:]})
            for w in row.st.words:
                every_row.setdefault(w, []).append(j)
                if not row.read:
                    unread.setdefault(w, []).append(j)
            b = row.claim
            if (b.location.line, b.location.column) in told:
                continue
            (b0, b1) = row.span
            for i in earlier:
                a, sa, (a0, a1) = rows[i].claim, rows[i].st, rows[i].span
                if a.sentence == b.sentence or (a0 <= b1 and b0 <= a1):
                    continue  # one sentence; overlapping: a date inside a range, or the same date
                if (a.location.line, a.location.column) in told:
                    continue
                if not events_agree(sa, row.st):
                    continue
                if _stage_apart(a, b):
                    continue
                if not same_statement(sa, row.st, weight, years=(a0.year, b0.year), vocabulary=weight.vocabulary):
                    continue
                if _agrees_beside(a, sa, row.span, by_sentence, row_of):
                    continue  # another date of its sentence agrees ("… on 28 February 2022 and the Orford marsh on 3 March 2023")
                if _named_elsewhere(rows, rows[i], row):
                    continue  # "Spain's 2009 decree" when a decree approved in March 2009 is dated too
                if _generic_unsure(rows, sa, row.st):
                    continue  # "the Kelso facility" when the document dates two Kelso things
                gist = _gist(a, sa, row.st)
                event = _EVENT_SHOWN.get(sa.event or row.st.event or "", "an event")
                yield self._restated(b, a, gist, event)
                told.add((b.location.line, b.location.column))
                break
        yield from self._bare(rows, told, every)
        yield from self._by_theme(rows, told, by_sentence, row_of)
        yield from self._signed_before_award(rows, told)
        yield from self._by_participant(every, rows, told, weight)

    def _by_participant(
        self, every: list[DateClaim], rows: list["_Row"], told: set[tuple[int, int]], weight: "_Weights"
    ) -> Iterable[Finding]:
        """Two dated clauses that share a rare participant no other dated clause shares
        under another date, and the same happening said by the same verb or noun or a
        derivation of it ("MV Glen Sanda entered service on 3 April 2024" / "since MV Glen
        Sanda entered service on 4 March 2024"), or a name on its own for two dates within
        a year, one naming the event by its noun ("Ransomware shut the terminal at Valdora
        on 11 March 2023" / "since the February 2023 attack on Valdora"):
        :class:`~claimcheck.extract.participants.Participants`."""
        # the dates of each sentence that date a happening ("… and the second tranche in
        # March 2021"; not a period: "lobbied through 2016")
        spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
        for c in every:
            spans.setdefault(c.sentence, [])
            at = c.sentence.find(c.text)
            if at >= 0 and _ON_DATE.search(c.sentence, max(0, at - 8), at):
                spans[c.sentence].append(_span(c))
        read = [
            participants.dated(
                r.st,
                r.span,
                r.claim.sentence,
                stem,
                r.claim.text,
                tuple(s for s in spans[r.claim.sentence] if s != r.span),
                _sentence_before(weight.document, r.claim) if participants.opens_with_pronoun(r.claim.sentence) else "",
            )
            for r in rows
        ]
        index = participants.Participants(read, weight, weight.name_stems, weight.titled_stems)
        for j, row in enumerate(rows):
            b = row.claim
            if (b.location.line, b.location.column) in told:
                continue
            (b0, b1) = row.span
            for i in index.candidates(j)[-_LATEST:]:
                a, (a0, a1) = rows[i].claim, rows[i].span
                if a.sentence == b.sentence or (a0 <= b1 and b0 <= a1):
                    continue
                if (a.location.line, a.location.column) in told:
                    continue
                shared = index.link(i, j, weight.vocabulary)
                if not shared or _stage_apart(a, b) or _generic_unsure(rows, rows[i].st, row.st):
                    continue
                gist = _gist(a, rows[i].st, row.st, shared)
                yield self._restated(b, a, gist)
                told.add((b.location.line, b.location.column))
                break
        # back-references ("Since the plan got under way in January 2023"): the one dated
        # clause each can point at
        sentences = [r.claim.sentence for r in rows]
        for j, row in enumerate(rows):
            b = row.claim
            if (b.location.line, b.location.column) in told:
                continue
            hit = index.pointed(j, sentences, b.year_inferred and not _YEAR_WRITTEN.search(b.text))
            if hit is None:
                continue
            i, shared = hit
            a = rows[i].claim
            if (a.location.line, a.location.column) in told or _stage_apart(a, b):
                continue
            if _generic_unsure(rows, rows[i].st, row.st):
                continue
            # the shared words as either writes them ("It became binding …": as the back-reference does)
            gist = _gist(a, rows[i].st, row.st, shared)
            if gist == _NO_GIST:
                gist = _gist(b, row.st, rows[i].st, shared)
            yield self._restated(b, a, gist)
            told.add((b.location.line, b.location.column))
        # a note's own prose may restate an event of the text ("[^4]: The approval, granted in
        # October 2022, …"); a note's other dates are its sources', never compared
        for c in every:
            if c.footnote is None or c.end_date is not None or (c.location.line, c.location.column) in told:
                continue
            at = c.sentence.find(c.text)
            if at < 0 or not participants.points_back(c.sentence[:at]):
                continue
            st = statement(c.sentence, c.text)
            if st is None:
                continue
            note = participants.dated(st, _span(c), c.sentence, stem, c.text)
            hit = index.pointed(note, sentences, c.year_inferred and not _YEAR_WRITTEN.search(c.text), c.sentence)
            if hit is None:
                continue
            i, shared = hit
            a = rows[i].claim
            if _stage_apart(a, c) or _generic_unsure(rows, rows[i].st, st):
                continue
            gist = _gist(a, rows[i].st, st, shared)
            yield self._restated(c, a, gist)
            told.add((c.location.line, c.location.column))

    def _by_object(
        self, document: Document, every: list[DateClaim], names: list[set[str]], told: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """One class of event of one thing (:mod:`~claimcheck.extract.dated_objects`:
        "The new patient premium began on 1 March 2024" / "since it was introduced in
        April 2024"), when the document dates that class of that thing at most twice and
        the two lie within :data:`_OBJECT_DAYS` of each other."""
        read: list[tuple[DateClaim, DatedObject, tuple[dt.date, dt.date]]] = []
        by_sentence = _by_sentence(every)
        for c, named in zip(every, names):
            if c.footnote is not None or c.end_date is not None or named:
                continue
            before = _sentence_before(document, c) if re.match(r"\s*(?:It|She)\s", c.sentence) else ""
            obj = dated_object(c.sentence, c.text, before)
            if obj is not None:
                read.append((c, obj, _span(c)))
        # only the dates of one class and one head noun are compared, and none of a class
        # and head dated more often than a thing's start is (a timeline, a series)
        # (a name and the description the document sets beside it are filed together)
        aliases = aliases_of(document) if read else None
        key = aliases.key if aliases else (lambda o: o.head)
        by_head: dict[tuple[str, str], list[tuple[DateClaim, DatedObject, tuple[dt.date, dt.date]]]] = {}
        # a state since a start ("has run since 2013") is a launch or a founding: filed as both
        variants = {id(c): _start_variants(o) for c, o, _ in read}
        for c, _, span in read:
            for v in variants[id(c)]:
                by_head.setdefault((v.event, key(v)), []).append((c, v, span))

        def same_as(c: DateClaim) -> list[tuple[DateClaim, DatedObject, tuple[dt.date, dt.date]]] | None:
            """The other dates of ``c``'s class(es) and thing (None: too many to tell)."""
            out = []
            for v in variants[id(c)]:
                bucket = by_head[(v.event, key(v))]
                if len(bucket) > _OBJECT_BUCKET:
                    return None
                out += [(a, oa, sa) for a, oa, sa in bucket if a is not c and same_object(oa, v, aliases)]
            return out

        for b, ob, sb in read:
            if (b.location.line, b.location.column) in told:
                continue
            same = same_as(b)
            if same is None:
                continue
            # the thing's other dates of that class: one only, not agreeing with this one
            others = [(a, oa, sa) for a, oa, sa in same if a.sentence != b.sentence]
            if len(others) != 1 or any(_overlaps(sa, sb) for _, _, sa in same):
                continue
            a, oa, sa = others[0]
            if (a.location.line, a.location.column) in told:
                continue
            if (sb[0] - sa[1]).days > _OBJECT_DAYS or (sa[0] - sb[1]).days > _OBJECT_DAYS:
                continue
            if _owner_apart(document, b, _named(oa)) or _owner_apart(document, a, _named(ob)):
                continue  # "Scotland's charge began …" / "England was last. Its charge began …"
            if len(variants[id(a)]) > 1 and any(_overlaps(sc, sa) for c, _, sc in same_as(a) or () if c is not b):
                continue  # a state since a start that agrees with the thing's other start ("began operating")
            if any(
                c is not x and _overlaps(_span(c), span) and _one_clause(x, c)
                for x, span in ((a, sb), (b, sa))
                for c in by_sentence.get(x.sentence, ())
            ):
                continue  # another date of one sentence agrees ("… and the Orford marsh on 3 March 2023")
            first, second = (
                (a, b) if (a.location.line, a.location.column) < (b.location.line, b.location.column) else (b, a)
            )
            if (second.location.line, second.location.column) in told:
                continue
            thing = oa.shown if len(oa.words) >= len(ob.words) else ob.shown
            yield self._restated(second, first, thing, _EVENT_SHOWN.get(ob.event, "an event"))
            told.add((second.location.line, second.location.column))
            told.add((first.location.line, first.location.column))

    def _scored(
        self, document: Document, every: list[DateClaim], names: list[set[str]], told: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """The scored event link: each dated clause read as a :class:`Mention` (the class of
        its one event word, by base word and morphology, so that a verb and its noun, or two
        near-synonyms, are one class; its participants, "it" and "its" resolved to what the
        paragraph named last), two mentions of one class scored by the participants they
        share, weighted by how rare each is in the document (:func:`_link_score`). A date is
        reported when one earlier or later mention only scores high enough with it, or
        several that all agree with each other, and none agrees with it; never when their
        dates lie more than :data:`_SCORED_DAYS` apart, when ordinals, figures or stages
        (:func:`_stage_apart`) tell them apart."""
        weight: _Weights | None = None
        rows: list[tuple[DateClaim, Mention, tuple[dt.date, dt.date]]] = []
        for c, named in zip(every, names):
            if c.footnote is not None or c.end_date is not None or named:
                continue
            m = mention(c.sentence, c.text, _sentence_before(document, c))
            if m is not None:
                rows.append((c, m, _span(c)))
        # a start and an entry into force are one happening of a thing ("the levy took
        # effect on 1 April" / "since the levy was introduced in April")
        by_event: dict[str, list[int]] = {}
        for j, (_, m, _) in enumerate(rows):
            by_event.setdefault(COARSE_CLASS.get(m.event, m.event), []).append(j)
        for group in by_event.values():
            if len(group) < 2 or len(group) > _LATEST:
                continue
            weight = weight or _Weights(document)
            for j in group:
                b, mb, sb = rows[j]
                if (b.location.line, b.location.column) in told:
                    continue
                alike = [
                    (score, i)
                    for i in group
                    if i != j
                    and rows[i][0].sentence != b.sentence
                    and (score := _link_score(rows[i][1], mb, weight)) > 0
                ]
                # a back-reference ("since its foundation in …", "the June 2023 prohibition
                # on …") presupposes one earlier happening: when one mention of its class
                # only is alike at all, a lower score names it
                enough = _BACK_ENOUGH if mb.back and len(alike) == 1 else _SCORED_ENOUGH
                scored = [(score, i) for score, i in alike if score >= enough]
                if not scored or any(_overlaps(rows[i][2], sb) for _, i in scored):
                    continue  # nothing alike, or a mention that agrees with it
                _, best = max(scored)
                a, ma, sa = rows[best]
                if any(not _overlaps(rows[i][2], sa) for _, i in scored):
                    continue  # two happenings dated apart (a timeline): which is meant?
                if any(
                    i not in (j, best)
                    and rows[i][0].sentence != a.sentence
                    and not _overlaps(rows[i][2], sa)
                    and not _overlaps(rows[i][2], sb)
                    and _link_score(ma, rows[i][1], weight) >= _SCORED_ENOUGH
                    for i in group
                ):
                    continue  # the other is alike a third date: a series of such happenings
                if (a.location.line, a.location.column) > (b.location.line, b.location.column):
                    continue  # reported at the later of the two
                if (sb[0] - sa[1]).days > _SCORED_DAYS or (sa[0] - sb[1]).days > _SCORED_DAYS:
                    continue
                if ma.ordinal != mb.ordinal or (ma.figures and mb.figures and not ma.figures & mb.figures):
                    continue
                if any(x.framed and x.framed not in y.words for x, y in ((ma, mb), (mb, ma))):
                    continue  # "enforcement of the levy began" is no start of the levy itself
                if _stage_apart(a, b):
                    continue
                shared = frozenset(ma.words & mb.words)
                gist = (
                    ", ".join(dict.fromkeys(t.lower() for t in _WORDS.findall(a.sentence) if stem(t) in shared))
                    or _NO_GIST
                )
                event = _EVENT_SHOWN.get(COARSE_CLASS.get(ma.event, ma.event), "an event")
                yield self._restated(b, a, f"{ma.word} / {mb.word}: {gist}", event)
                told.add((b.location.line, b.location.column))

    def _by_theme(
        self,
        rows: list["_Row"],
        told: set[tuple[int, int]],
        by_sentence: dict[str, list[DateClaim]],
        row_of: dict[int, "_Row"],
    ) -> Iterable[Finding]:
        """Two events of one class done to one thing that no other event of that class in
        the document is done to ("the signing of the contract on 19 November 2019" / "when
        ministers put their names to the NBI contract in December 2019"), dated within a
        year of each other (:func:`~claimcheck.extract.happenings.same_theme`)."""
        by_class: dict[str, list[_Row]] = {}
        for row in rows:
            if row.st.event and row.st.theme:
                by_class.setdefault(row.st.event, []).append(row)
        for group in by_class.values():
            if len(group) < 2 or len(group) > _LATEST:
                continue
            for j, b in enumerate(group):
                if (b.claim.location.line, b.claim.location.column) in told:
                    continue
                for a in group[:j]:
                    (a0, a1), (b0, b1) = a.span, b.span
                    if a.claim.sentence == b.claim.sentence or (a0 <= b1 and b0 <= a1):
                        continue
                    if (b0 - a1).days > _CLOSE_DAYS or (a0 - b1).days > _CLOSE_DAYS:
                        continue
                    if _agrees_beside(a.claim, a.st, b.span, by_sentence, row_of):
                        continue  # another date of its sentence agrees ("… and the Orford marsh on 3 March 2023")
                    if _stage_apart(a.claim, b.claim) or _generic_unsure(rows, a.st, b.st):
                        continue
                    shared = same_theme(a.st, b.st)
                    # no other event of the class done to it (another date of one of
                    # the two sentences is the same event said twice: "last autumn, on 29 October")
                    if not shared or any(
                        c.claim.sentence not in (a.claim.sentence, b.claim.sentence)
                        and (c.st.theme & shared or same_theme(c.st, a.st) & shared)
                        for c in group
                    ):
                        continue
                    gist = _gist(a.claim, a.st, b.st) if a.st.words & b.st.words else ", ".join(sorted(shared))
                    event = _EVENT_SHOWN.get(a.st.event or "", "an event")
                    yield self._restated(b.claim, a.claim, gist, event)
                    told.add((b.claim.location.line, b.claim.location.column))
                    break

    def _signed_before_award(self, rows: list["_Row"], told: set[tuple[int, int]]) -> Iterable[Finding]:
        """A contract is awarded, then signed: the document's one signing of a contract
        dated wholly before its one award of a contract, at most two years before
        ("awarded the second-generation contract to Bristow in July 2022" / "The helicopter
        contract signed in the summer of 2021"), is one of the two dated wrongly. Not when
        the document awards or signs more than one contract, when other named subjects,
        places or ordinals tell the two apart, nor for a signing after the award, however
        long after (negotiations take time)."""
        awards = [r for r in rows if r.st.event == "award" and r.st.theme & _CONTRACTS]
        signings = [r for r in rows if r.st.event == "signing" and r.st.theme & _CONTRACTS]
        if len(awards) != 1 or len(signings) != 1:
            return
        a, g = awards[0], signings[0]
        if a.claim.sentence == g.claim.sentence or (g.claim.location.line, g.claim.location.column) in told:
            return
        shared = a.st.theme & g.st.theme & _CONTRACTS
        if not shared or a.st.plan or g.st.plan or a.st.ordinal != g.st.ordinal:
            return
        if a.st.subject_names and g.st.subject_names and not a.st.subject_names & g.st.subject_names:
            return
        if a.st.places and g.st.places and not a.st.places & g.st.places:
            return
        (a0, _), (_, g1) = a.span, g.span
        if not g1 < a0 or (a0 - g1).days > 2 * _CLOSE_DAYS:
            return
        first, second = (
            (a, g)
            if (a.claim.location.line, a.claim.location.column) < (g.claim.location.line, g.claim.location.column)
            else (g, a)
        )
        noun = ", ".join(sorted(_as_written(g.claim.sentence, w) for w in shared))
        yield self.finding(
            second.claim,
            f"'{g.claim.text}' dates the signing of the {noun} before its award, which line "
            f"{a.claim.location.line} dates '{a.claim.text}'",
            related=[(first.claim.location, f"dated '{first.claim.text}' here")],
            help=_HELP,
            subject=f"{noun} {g.claim.text} / {a.claim.text}",
        )
        told.add((second.claim.location.line, second.claim.location.column))

    def _bare(self, rows: list["_Row"], told: set[tuple[int, int]], every: list[DateClaim]) -> Iterable[Finding]:
        """A happening named by its noun alone ("The approval of November 22, 2024 …") is
        the document's one happening of that event, when one other date only says it
        ("approved by the agency on 22 October 2024") and the two lie within a year; not
        when that date's sentence names several of them ("the two meetings in June"), or a
        kind of it the noun alone lacks ("a design meeting")."""
        bare = [(row, ev) for row in rows if (ev := bare_event(row.st))]
        once = {ev for ev, n in collections.Counter(ev for _, ev in bare).items() if n == 1}
        # the dates saying each event, read once per event (not once per bare noun)
        doers = {ev: [row for row in rows if does_event(row.st, ev)] for ev in once}
        for b, event in bare:
            if event not in once or (b.claim.location.line, b.claim.location.column) in told:
                continue
            if len(doers[event]) != 1:
                continue
            a = doers[event][0]
            if b.st.head and _kind_named(a.claim.sentence, b.claim.sentence, b.st.head):
                continue  # "there was a design meeting on 12 November" / "the 19 November meeting": one of a kind
            if b.st.head and re.search(rf"\b{re.escape(b.st.head)}\w*[^s\W]s\b", a.claim.sentence, re.IGNORECASE):
                continue  # "the two meetings in March": several of them, not the one "meeting on 1 April"
            (a0, a1), (b0, b1) = a.span, b.span
            if a.claim.sentence == b.claim.sentence or (a0 <= b1 and b0 <= a1) or abs(a0.year - b0.year) > 1:
                continue
            if _stage_apart(a.claim, b.claim):
                continue
            if any(
                c is not b.claim
                and c.sentence != b.claim.sentence
                and _overlaps(_span(c), b.span)
                and _names_event(c.sentence, b.st.head, event)
                for c in every
            ):
                continue  # another clause naming it agrees: "began the strike on 2 May" / "the walkout of 2 May"
            first, second = (
                (a, b)
                if (a.claim.location.line, a.claim.location.column)
                < (
                    b.claim.location.line,
                    b.claim.location.column,
                )
                else (b, a)
            )
            noun = _as_written(b.claim.sentence, b.st.head or "")
            event_shown = _EVENT_SHOWN.get(event, f"the {noun}")
            yield self._restated(
                second.claim, first.claim, f"the document's only {noun}", event_shown, subject=b.st.head
            )
            told.add((second.claim.location.line, second.claim.location.column))


#: a clause whose subject is a person's pronoun, and a sentence that names someone
_PERSON = re.compile(r"\s*(?:she|he)\b", re.IGNORECASE)
_NAMED_IN = re.compile(
    r"(?<=\s)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,}"
)
#: a clause that opens with a name: "Marovia opened a seed vault"
_NAMED_SUBJECT = re.compile(
    r"\s*(?!(?:The|A|An|In|On|At|Since|After|When|Its|Their|This|That|It|They|He|She)\b)[A-Z][a-z]+"
)
#: a clause that opens with "it" or "they": whatever the sentence before named
_IT_OPENS = re.compile(r"\s*(?:it|they)\b", re.IGNORECASE)

#: a name marked by a number or a letter: one of a series ("Kittiwake-2", "Skerry-B")
#: (not a month's day, "June 5", nor a word before a figure, "Around 6,800")
_MARKED = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][A-Za-z]+[- ](?:\d{1,3}|[A-Z])\b(?![-'’])(?![.,]\d)"
)

#: classes of happening a document holds many of, whether it dates them or not (its own
#: publication, its sources', what each party announced): two of them are one only when
#: their clauses share what is published or announced
_MANY_OF_A_KIND = frozenset({"publication", "announcement"})

#: bounds that date no happening: a deadline, the end of a state
_OPEN_BOUNDS = frozenset({"by", "until", "no later than", "as of"})


def _end_span(claim: DateClaim, e: DatedEvent) -> tuple[dt.date, dt.date]:
    """The days ``claim`` dates its happening ``e`` on: a range of works only its end's."""
    if e.end and claim.end_date is not None:
        return claim.end_date.first_day(), claim.end_date.last_day()
    return _span(claim)


def _one_thing(a: DatedEvent, b: DatedEvent) -> bool:
    """The two clauses can be about one thing: no different names on both sides, and a
    participant shared, or one side names none, or names its thing by reference ("its
    inauguration", "the crossing's opening") with no name the other lacks."""
    if a.names and b.names and a.names - b.names and b.names - a.names:
        return False  # "the Orla Museum" / "the Orla Library"
    if a.objects and b.objects and not a.objects & b.objects:
        return False  # "opened its cancer ward" / "opened its maternity wing"
    if a.brought and b.brought and not (a.brought <= b.brought or b.brought <= a.brought):
        return False  # "the withdrawal of a peanut sauce" / "the withdrawal of a frozen pie"
    if any(x.owners - (y.words | y.names) and _NAMED_SUBJECT.match(y.clause) for x, y in ((a, b), (b, a))):
        return False  # "Marovia opened a seed vault" / "Since Estavia's seed vault opened"
    if (a.part_of and a.part_of in b.words) or (b.part_of and b.part_of in a.words):
        return False  # a thing and a part of it: "the gallery opened" / "the gallery's north wing opened"
    if any(
        a.qualified[w]
        and b.qualified.get(w)
        and a.qualified[w] != b.qualified[w]
        and a.qualified[w] not in b.words | b.names
        and b.qualified[w] not in a.words | a.names
        for w in a.qualified
    ):
        # "the Selham road bridge" / "the Selham rail bridge" (not "the Tern satellite" /
        # "the Tern weather satellite": one more word on one side)
        return False
    if a.words & b.words or not a.words or not b.words:
        return True
    # a pronoun ("its inauguration", "she set off") is whatever the other names; a
    # description ("the crossing's opening") only a thing the other names by its name
    for x, y in ((a, b), (b, a)):
        if x.refers == "pronoun" and x.names <= y.names:
            return True
        if x.refers == "described" and not x.names and y.names and not _kinds_apart(x, y):
            return True
    return False


def _kind_words(x: DatedEvent) -> set[str]:
    """The words that say which kind of its thing a clause names: a qualifier of one of its
    participants, not a name nor a measure ("insulation" of "the insulation scheme",
    "boiler-replacement" of "the Ellery boiler-replacement programme"; not "7.4-kilometre")."""
    measures = {w for t in re.findall(r"\S*\d\S*", x.clause) for w in content(re.findall(r"[A-Za-z]+", t))}
    return {
        q
        for w, q in x.qualified.items()
        if q is not None and q in x.words and w in x.words and q not in measures and q not in x.names
    }


def _kinds_apart(x: DatedEvent, y: DatedEvent) -> bool:
    """Both clauses say which kind of thing they name, and neither kind is among the other's
    words: "the insulation scheme" is not "the Ellery boiler-replacement programme" (but "the
    licensing regime" may be "the Act", which says no kind)."""
    kx, ky = _kind_words(x), _kind_words(y)
    return bool(kx and ky and not kx & y.words and not ky & x.words)


def _names_event(sentence: str, head: str | None, event: str) -> bool:
    """``sentence`` names the event a bare noun (stem ``head``) names: its noun, or another
    of its kind ("began the strike" for "the walkout")."""
    stems = {stem(t) for t in tokens(sentence)}
    return head in stems or event in stems or any(happening_kind(s) == event for s in stems)


class _Row(NamedTuple):
    """A date compared by :meth:`EventDatedDifferently._linked`: its statement, whether the
    phrasings of ``happenings`` read it, and the days it spans."""

    claim: DateClaim
    st: Statement
    read: bool
    span: tuple[dt.date, dt.date]


#: what is awarded, then signed (as stems)
_CONTRACTS = frozenset({"contract", "concession", "franchis", "licenc", "licens", "tend"})

#: each event class as a message says it
_EVENT_SHOWN = {
    "launch": "a start",
    "return": "a return",
    "stop": "a stop",
    "publication": "a publication",
    "signing": "a signing",
    "adoption": "an adoption",
    "holding": "a meeting",
    "creation": "a founding",
    "abolition": "an abolition",
    "joining": "an accession",
    "leaving": "a withdrawal",
    "appointment": "an appointment",
    "closure": "a closure",
    "ending": "an end",
    "acquisition": "an acquisition",
    "landing": "a landing",
    "failure": "a failure",
    "award": "an award",
    "reduction": "a cut",
    "prohibition": "a ban",
    "completion": "a completion",
    "entry into force": "an entry into force",
}


class _Weights(dict[str, float]):
    """A word's rarity in the document (:meth:`DocumentWords.weight` of
    :func:`~claimcheck.extract.linking.document_weights`, counted on first need), at least
    :data:`_FLOOR`; and the document's words (:attr:`vocabulary`) whose parts a closed
    compound may be."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document

    @functools.cached_property
    def dw(self) -> DocumentWords:
        return document_weights(self.document)

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(w for w in self.dw.frequency if len(w) >= 4)

    @functools.cached_property
    def name_stems(self) -> frozenset[str]:
        """The stems of the words the document writes as names inside a sentence and never
        in lower case."""
        lowered = self.dw.lowered
        return frozenset(stem(w) for name in self.dw.names for w in name.split() if w.lower() not in lowered)

    @functools.cached_property
    def titled_stems(self) -> frozenset[str]:
        """The stems of the words the document capitalises inside a sentence, written in
        lower case elsewhere or not ("Upland Footpath Renewal Plan": the renewal plan)."""
        return frozenset(stem(w) for name in self.dw.names for w in name.split() if len(w) >= 3)

    def __missing__(self, word: str) -> float:
        value = self[word] = max(self.dw.weight(word), _FLOOR)
        return value

    def get(self, word: str, default: float | None = None) -> float:  # type: ignore[override]
        return self[word]


_FLOOR = 0.05
#: the word before a date that dates a happening then
_ON_DATE = re.compile(r"\b(?:in|on|at)\s+$")
#: how far apart two dates of one event done to one thing may lie (:meth:`_by_theme`)
_CLOSE_DAYS = 366
#: how far apart two dates of one class of event of one thing may lie (:meth:`_by_object`):
#: a year moved, from a day to the next year's month ("28 October 2020" / "November 2021")
_OBJECT_DAYS = 400
#: how many dates of one class and one head noun the dated-object link compares at most
_OBJECT_BUCKET = 8
#: how many of the latest statements holding a word a new one is compared with
_LATEST = 40
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")


_YEAR_WRITTEN = re.compile(r"\d{4}|\b(?:last|this|next|past|following|previous|same|that)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][)\]”’\"]*\s+(?=[A-Z“\"(])")


# a deadline: "by" (or "no later than") right before the date
_BY_DATE = re.compile(r"\b(?:by|no\s+later\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
# an obligation in the clause before it: "had to", "must", "was required to", "was due to"
_MUST = re.compile(
    r"\b(?:had|has|have)\s+to\s|\bmust\s|\b(?:was|were|is|are)\s+(?:required|obliged|due|supposed)\s+to\s",
    re.IGNORECASE,
)
# a deadline moved, one of several stages, or one said as a plan or a condition
_NOT_ONE_DEADLINE = re.compile(
    r"\b(?:extend|extended|extension|postpone|postponed|delay|delayed|pushed\s+back|moved|original|originally|"
    r"revised|new\s+deadline|later|phase|stage|tranche|first|second|third|final|if|unless|would)\b",
    re.IGNORECASE,
)
# a deadline moved
_MOVED = re.compile(r"\b(?:extend|extended|postponed|pushed\s+back|deferred|delayed)\b", re.IGNORECASE)
# where the clause of the deadline starts
_DEADLINE_CLAUSE = re.compile(r"[,;:()]|\b(?:since|when|after|because|although|while|whereas|but)\s", re.IGNORECASE)


#: how far apart two dates of one scored event may lie: a year written wrong, by one or two
_SCORED_DAYS = 731
#: the score two mentions of one class need (:func:`_link_score`)
_SCORED_ENOUGH = 2.5
#: the score a back-reference needs with the one mention of its class alike at all
_BACK_ENOUGH = 2.0


def _link_score(a: Mention, b: Mention, weight: "_Weights") -> float:
    """How surely two mentions of one class are one happening: the rarity of the
    participants they share (a name counts one more), when they make at least half of the
    participants of the one with fewer; 0 when they share none, or when a noun they share
    is qualified otherwise on each side (:func:`~claimcheck.extract.linking.events.qualified_apart`)."""
    shared = a.words & b.words
    if not shared or 2 * len(shared) < min(len(a.words), len(b.words)) or qualified_apart(a, b):
        return 0.0
    return sum(weight[w] + (1.0 if w in a.names | b.names else 0.0) for w in shared)


def _deadline_words(claim: DateClaim) -> frozenset[str] | None:
    """The participants of the clause that a deadline ends ("Member states had to bring the
    rules into national law by …": member, state, bring, rule, national, law), without its
    verb of obligation; None when the date is no single deadline of an obligation."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0 or sentence.count(claim.text) > 1 or not _BY_DATE.search(sentence[:at]):
        return None
    pre = _BY_DATE.sub("", sentence[:at])
    cuts = [m.end() for m in _DEADLINE_CLAUSE.finditer(pre)]
    clause = pre[cuts[-1] :] if cuts else pre
    if not _MUST.search(clause) or _NOT_ONE_DEADLINE.search(sentence) or re.search(r"\d", clause):
        return None
    return frozenset(w for w in content(tokens(_MUST.sub(" ", clause))) if len(w) >= 3)


def _sentence_before(document: Document, claim: DateClaim) -> str:
    """The sentence before ``claim``'s in its paragraph ("" when it opens it, or is in a
    note)."""
    if claim.footnote is not None or claim.block is None:
        return ""
    try:
        text = document.articles[claim.article].blocks[claim.block].text
    except (IndexError, AttributeError):
        return ""
    lo = max(0, claim.start - 1200)  # a bounded window: each date reads its own, not the whole paragraph
    head = text[lo : claim.start]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if not ends:
        return ""
    start = ends[-2] if len(ends) >= 2 else 0
    return head[start : ends[-1]]


_NO_GIST = "the same happening"


def _stage_apart(a: DateClaim, b: DateClaim) -> bool:
    """The two dates are of two things or two stages, as their dated objects read them:
    one of a stage of several and the other not ("began as a pilot in 2019" / "began in
    2020"), or two things of one kind (:func:`~claimcheck.extract.dated_objects.things_apart`:
    "the northern tramway" / "the southern tramway")."""
    if as_stage(a.sentence, a.text) != as_stage(b.sentence, b.text):
        return True
    oa, ob = dated_object(a.sentence, a.text, lenient=True), dated_object(b.sentence, b.text, lenient=True)
    return oa is not None and ob is not None and things_apart(oa, ob)


def _by_sentence(every: list[DateClaim]) -> dict[str, list[DateClaim]]:
    """The single dates (not ranges) of each sentence."""
    out: dict[str, list[DateClaim]] = {}
    for c in every:
        if c.end_date is None:
            out.setdefault(c.sentence, []).append(c)
    return out


def _one_clause(a: DateClaim, b: DateClaim) -> bool:
    """Do two dates of one sentence stand in one clause: no semicolon between them ("Its
    levy, in force since January 2013, …; the one peso of 2014 is worth …": the year after
    the semicolon dates something else)?"""
    i, j = a.sentence.find(a.text), b.sentence.find(b.text)
    if i < 0 or j < 0:
        return True
    lo, hi = sorted((i, j))
    return ";" not in a.sentence[lo:hi]


def _overlaps(x: tuple[dt.date, dt.date], y: tuple[dt.date, dt.date]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def _agrees_beside(
    a: DateClaim,
    sa: Statement,
    span: tuple[dt.date, dt.date],
    by_sentence: dict[str, list[DateClaim]],
    row_of: dict[int, "_Row"],
) -> bool:
    """Another date of ``a``'s sentence that may date the same happening (its clause says
    no event of its own, or the same one: "bought the Fenwick marsh on … and the Orford
    marsh on 3 March 2023", not "… and its first seeds arrived the following winter")
    overlaps ``span``."""
    for c in by_sentence.get(a.sentence, ()):
        if c is a or not _overlaps(_span(c), span):
            continue
        other = row_of.get(id(c))
        if other is None or other.st.event == sa.event:
            return True
    return False


def _named_elsewhere(rows: list["_Row"], a: "_Row", b: "_Row") -> bool:
    """One of ``a`` and ``b`` is a thing its date names ("Spain's 2009 decree") and another
    dated clause of that thing agrees with the date ("A further decree, approved in March
    2009, …"): the date names that one, not the other's."""
    for named, other in ((a, b), (b, a)):
        if named.st.relation != "named" or named.st.head is None:
            continue
        if any(
            c is not named
            and c is not other
            and c.st.relation != "named"
            and named.st.head in c.st.words
            and _overlaps(c.span, named.span)
            for c in rows
        ):
            return True
    return False


def _start_variants(obj: DatedObject) -> tuple[DatedObject, ...]:
    """The classes a dated object's event is compared in: its own, and for a state since a
    start that a founding may begin ("in place since June 2015") a founding too."""
    return (obj, *(dataclasses.replace(obj, event=c) for c in obj.since_start if c != obj.event))


def _generic_unsure(rows: list["_Row"], sa: Statement, sb: Statement) -> bool:
    """One of the two clauses names its thing by a generic head noun ("the Kelso facility")
    and the other by another ("the Kelso desalination plant"): they are one thing only
    when no dated clause of the document gives that name a third head ("the Kelso port")."""
    if not (sa.subject_head and sb.subject_head) or sa.subject_head & sb.subject_head:
        return False
    if not (generic_head(sa.subject_head) or generic_head(sb.subject_head)):
        return False
    names = sa.subject_names & sb.subject_names
    if not names:
        return True  # the head alone says what it is: nothing else ties a facility to a plant
    specific = sb.subject_head if generic_head(sa.subject_head) else sa.subject_head
    return any(
        r.st.subject_names & names
        and r.st.subject_head
        and not generic_head(r.st.subject_head)
        and not r.st.subject_head & specific
        for r in rows
    )


#: words before a noun that say whose or which one it is, not what kind
_NOT_KINDS = frozenset(
    """a an the its their his her our your my this that these those one another each every any
    same new first last next previous""".split()
) | frozenset(m.lower() for m in calendar.month_name[1:])


def _kind_named(doer: str, bare: str, head: str) -> bool:
    """Does the sentence ``doer`` name its event by the noun the ``bare`` one names alone,
    with a word before it saying what kind ("there was a design meeting on 12 November")
    that the bare noun lacks ("the 19 November meeting")? Then it is one meeting of a kind,
    perhaps of several, not the document's only one. Articles, possessives ("the board's"),
    dates and ordinals say which one, not what kind."""
    noun = _as_written(bare, head)

    def before(sentence: str) -> set[str]:
        found = re.finditer(rf"([A-Za-z][\w’'-]*)\s+{re.escape(noun)}\b", sentence, re.IGNORECASE)
        return {m.group(1).lower() for m in found}

    kinds = {w for w in before(doer) if w not in _NOT_KINDS and not w.endswith(("'s", "’s", "s'", "s’"))}
    return bool(kinds) and not kinds & before(bare)


def _as_written(sentence: str, head: str) -> str:
    """The word of ``sentence`` whose stem is ``head`` ("announcement" for "announc"), in
    lower case; ``head`` itself when none is."""
    return next((t.lower() for t in _WORDS.findall(sentence) if stem(t) == head), head)


def _gist(a: DateClaim, sa: Statement, sb: Statement, also: frozenset[str] | set[str] = frozenset()) -> str:
    """The words the two statements share (and ``also``), as ``a`` writes them ("tariff",
    "forum")."""
    shared = sa.words & sb.words | also
    seen: list[str] = []
    for t in _WORDS.findall(a.sentence):
        if stem(t) in shared and t.lower() not in seen:
            seen.append(t.lower())
    return ", ".join(seen[:4]) or _NO_GIST


class _Bucket:
    """The happenings of one kind and head noun seen so far, by their keys: only those whose
    key is a subset or a superset of a new one's can name one thing with it
    (:func:`~claimcheck.extract.linking.events.same_happening`), and those are looked up, not scanned
    (all the earlier ones sharing a word was quadratic when many things share a word:
    "port"). The supersets are found as :class:`ThingKeys` finds them."""

    #: subsets of a key with more words than this (a noun phrase has at most seven, and a
    #: place) are found by scanning the keys seen, not by looking each one up
    _SUBSETS_UP_TO = 8

    def __init__(self) -> None:
        self.by_key: dict[frozenset[str], list[int]] = {}
        self.things = ThingKeys()

    def candidates(self, h: Happening) -> list[int]:
        """The earlier happenings whose key is a subset or a superset of ``h``'s, in order."""
        keys = self._subsets(h) | self.things.containing(h.key, h.head)
        return sorted(i for k in keys for i in self.by_key[k])

    def _subsets(self, h: Happening) -> set[frozenset[str]]:
        """The keys seen whose words are all in ``h``'s (the bare head among them)."""
        words = h.key - {h.head}
        if len(words) > self._SUBSETS_UP_TO:
            return {k for k in self.by_key if k <= h.key}
        found = set()
        ordered = sorted(words)
        for size in range(len(ordered) + 1):
            for sub in itertools.combinations(ordered, size):
                if (k := frozenset(sub) | {h.head}) in self.by_key:
                    found.add(k)
        return found

    def add(self, j: int, h: Happening) -> None:
        if h.key not in self.by_key:
            self.by_key[h.key] = []
            self.things.add(h)
        self.by_key[h.key].append(j)


def _named_apart(
    a: DateClaim, ha: Happening, b: DateClaim, hb: Happening, found: list[tuple[DateClaim, Happening]]
) -> bool:
    """A date that is part of a document's name ("the 2022 housing law") names one
    document among several: two such names with different dates are two documents when
    written alike or side by side ("the 2019 energy law …, the 2021 energy law …"), and
    a dated happening of a thing named with that date elsewhere is that other document."""
    if ha.by_name and hb.by_name:
        if ha.words == hb.words or (a.article, a.block, a.footnote) == (b.article, b.block, b.footnote):
            return True
    for named, other in ((ha, b), (hb, a)):
        if not named.by_name:
            continue
        o0, o1 = _span(other)
        for c, hc in found:
            if c is a or c is b or not hc.by_name or hc.head != named.head or hc.kind != named.kind:
                continue
            if not (hc.key <= named.key or named.key <= hc.key):
                continue
            c0, c1 = _span(c)
            if c0 <= o1 and o0 <= c1:
                return True
    return False


def _named(o: DatedObject) -> frozenset[str]:
    """The names of a dated object's thing and its clause, its owner's among them
    ("Scotland's charge")."""
    return o.names | o.around | ({o.owner} if o.owner else frozenset())


def _pronoun_owned(document: Document, claim: DateClaim, e: DatedEvent) -> DatedEvent:
    """``e`` with the owner of the possessive pronoun its sentence opens with among its
    words, names and owners ("Zelna followed. Its solar plant opened in …": Zelna's plant,
    which "the Zelna plant" names)."""
    if not participants.opens_with_possessive(claim.sentence):
        return e
    owner = participants.pronoun_owner(claim.sentence, _sentence_before(document, claim), stem, claim.text)
    if not owner:
        return e
    return dataclasses.replace(e, words=e.words | owner, names=e.names | owner, owners=e.owners | owner)


def _owner_apart(document: Document, claim: DateClaim, other: frozenset[str]) -> bool:
    """Is ``claim``'s thing owned by a pronoun ("Its 5p charge began on …") whose owner, the
    name the sentence before opens with ("England was last."), is not the owner the other
    happening names (``other``, its names: "Scotland's 5p charge")? Then the two things are
    two owners'."""
    if not other or not participants.opens_with_possessive(claim.sentence):
        return False
    # "Colorado's experience …": Colorado; "In 2014 …": no name opens it
    owner = participants.pronoun_owner(claim.sentence, _sentence_before(document, claim), stem)
    others = {stem(w) for w in other}
    return bool(owner) and not owner & others


def _label(claim: DateClaim, name: str, what: str | None) -> str:
    """The happening ``what`` (:func:`_what`) of the named thing the date is about."""
    m = _NAMED.search(claim.sentence)
    shown = m.group(0) if m else name
    return f"the {what} of {shown}" if what else shown
