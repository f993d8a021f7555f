from __future__ import annotations

import dataclasses
import functools
import math
from collections import Counter
from claimcheck import lazyre as re
from typing import AbstractSet, Any, Callable, Iterable, Sequence, TypeVar

from claimcheck.claims.models import Claim, MoneyClaim, NumericClaim, QuotationClaim
from claimcheck.data.calendar import MONTH_NAMES, MONTHS
from claimcheck.document import BlockKind
from claimcheck.extract.forms import labelled_apart, sentence_form
from claimcheck.extract.linking import (
    ALONE,
    CHANGE,
    STRONG,
    Context,
    context_of,
    definite_given,
    described_alike,
    outlets_of,
    document_weights,
    noun_sets,
    ordinal_period,
    own_names,
    periods_of,
    pointed_back,
    pointed_to,
    restated_back,
    pointer_conflict,
    same_measure,
    same_name,
    same_noun_set,
    subjects_apart,
    taken_as_given,
)
from claimcheck.extract.linking import content_stems as linking_words
from claimcheck.extract.linking import same_fact as _same_fact
from claimcheck.extract.text import sentence_bounds
from claimcheck.extract.sections import caption_figures, is_caption, summary_blocks, table_cell_figures
from claimcheck.findings.model import Finding, Severity
from claimcheck.extract.linking.figures import (
    in_range,
    agree,
    aim_apart,
    measured_apart,
    comparable,
    other_times,
    per_unit_prices,
    present_against_stale,
    group_size_alike,
    hedged_alike,
    in_base_units,
    resolve_subjects,
    restated,
    specific_thing,
    rounded_alike,
    same_figure,
    same_thing,
    stated,
    thing_key,
    significant,
    transposed,
    written_before,
)
from claimcheck.rules._rates import human
from claimcheck.rules.base import CheckContext, Rule

_STOP = frozenset(
    "the a an of in to and or for by on at with from as is are was were be that this which it its "
    "their has have had will would could should than more less about over under up nearly "
    "billion million trillion thousand euros yuan dollars".split()
)


_N = TypeVar("_N", bound=NumericClaim)

#: the linker as NU003 asks it: what two figures count said in two nouns an editor takes for
#: one thing ("homes" / "households", ``data/equivalent_nouns.txt``) is a word they share
same_context = functools.partial(_same_fact, equivalents=True)


class SameQuantityDifferentValues(Rule):
    """The same quantity is stated with different values in different places.

    Counts of the same thing ("5G base stations"), measured quantities in the same unit
    ("4.2 GW" of one named plant's capacity) and amounts of money in the same currency for
    the same year and subject are compared. Scale words, rounding (5%) and qualifiers are
    allowed for: "more than 4 million" agrees with "4.2 million", "about 100" with
    "nearly 95"; two figures written to the same precision without a hedge must be
    equal ("61.6 million" and "64.1 million" are not one figure).

    Whether two figures state the same fact is decided in one place,
    ``claimcheck.extract.linking`` (their subjects: ``same_figure``; their context:
    ``same_fact``); this rule decides only whether their values agree. Two figures are
    compared only when they state the same fact: their subjects (see
    ``claimcheck extract``) must agree. Parts, rankings and other groups ("the top five",
    "57 of the 92", "other", "new"; but two additions said alike, "50 new silos" and "55
    new silos", are one fact), worked examples and hypotheticals, other periods
    ("in January" against "in a typical month", "per second" against a total), other
    named scopes, figures in one paragraph and bare nouns without a shared named context
    are left alone: silence is preferred to a doubtful link. Two counts of "people" near
    in size are one group only when their clauses share a name or a word of what the
    people did ("over 300 people came to the party" / "57 teams with 166 people" are two). A range or a bound that sets a
    class of things ("ships with 200 to 300 metres of length pay the upper toll") is a
    criterion, not compared with a value measured of those things ("the average ship was
    180 metres long"). Shares and spans of time
    ("12%", "10 years") are not compared as counts are: a percentage only in the ways said
    below (a share in words, two percentages of one named measure). A window written in full that runs to the last
    months before publication ("between May 2022 and the end of January 2025", published in
    March 2025) is one "since" its start. "Last year" and "this year" are read from the
    publication date ("2022, the last year for which figures exist" is 2022; "annually" is
    "a year"), and a count written after its noun ("orders came to 14,000") is
    compared like any other. A remark in a note ("The model we used has a resolution of
    about 100 km.") is compared like the text; a note's citation (its title, volume, pages)
    is not.

    A figure restated in another unit or scale is compared after conversion ("2,300 GWh" /
    "1.9 TWh"; "0.62 million tonnes" / "577,000 tonnes"; "a third of a million cubic
    metres" is 333,333, not a million), a hedged one at the precision it
    is written to ("some 900 thousand" is not 1.05 million, "about 1.2 billion" may be
    1.25). What a figure is about is read before it as well as after it ("the Q7 dose price
    of $3.90" / "each Q7 dose, at $3.40"; "the 104-municipality zone"), past a parenthesis
    ("a resolution (grid spacing) of 100 km"), and in a clause of several figures each
    keeps its own period and names ("... 104-municipality zone received 3,200 complaints in
    the first year": the first year is the complaints'). A bare noun after the qualified
    one ("asylum applications" ... "applications") is that thing when the document counts
    no other kind of it, and an undated figure takes the one date the document gives the
    same thing, unless it says "now" or "today". A figure said in the present with no date
    ("its fleet of 12,000 bikes does ...", "31 still run") is of another time than one
    dated in a year that ended two years or more before the publication year began (last
    year's figure may still be the latest, and stays compared). A target ("planned 400
    buses") or the value a change asked for goes to ("raise the reserve from 8 million to
    at least 15 million") is not compared with a record, nor a value a sentence sets
    against a threshold it names without its figure ("earnings of £14,000 are well above
    the trigger") with the threshold's figure, nor two prices of two named products, nor a figure narrowed
    to a group ("vaccinations to children", "in rural areas", "applications from men")
    with one the other sentence does not narrow so, nor a count of people narrowed by what
    they said of themselves ("nearly 3,000 people answered saying they cycle to work",
    beside the 4,512 who answered); the size of each of several ("two
    600 MW units") is not the whole's, a figure restated in another unit must give its
    period alike ("holds 4.1 km³" / "released 3,500 million m³ last year"), and "now"
    against "before the reform" are two times, and so are a sum set aside "per year" with no
    date and a sum said for no period at all ("$35k per year for moorings and meals" / "an
    additional $40,000 for moorings and meals").

    A figure the writer points back to ("That £45 million a year is not enough", "those 44
    schools", "the same 1,100 interpreters"; "that" at a sentence's start or after a
    preposition, not "found that 61 schools") is the nearest earlier figure of its measure
    in its section or the one before, unless another period, place, name, group, change or
    part sets them apart; one paragraph may hold both. Two sections or more after it, a
    definite restatement ("The roughly 14,100 tonnes brought ashore in 2021", "Of the
    charity's 34 stations") is the one earlier figure of its measure and of the period it
    says again, or, saying none, the one value of its measure within twice its own (undated
    or of the last two years), when they share a word of what they are about; two such
    figures leave it alone. A period picked out by its place in
    a series ("in its first twelve months" / "in its first year"; "the second half of 2024")
    dates a figure and differs from another of the series as two years do, and a fiscal or
    school year ("2023-24") is one year: "£7,600 a year in 2023-24" is that year's amount.
    Such a restatement in another noun ("Most of the 3,310 people seen at the clinic in
    2023" after "the clinic treated 2,940 patients in 2023") restates the one earlier count
    of the year it says again, within 35% of it, when the document counts its noun
    nowhere else and no earlier count of its own noun in that year, no other count of
    that year lies within twice its value, and the two share a word besides the year with
    no conflict of place, name, group or flow. A figure a supposing sentence names as
    known ("If even a quarter of the 1.52 million containers that passed through the port
    in 2024 moved by rail, ...", "The 2024 figure of 86 million trips would make ...") is
    linked as a record.

    A group's size written "the 164-strong mission" is compared with the one count of its
    members the document gives with the group named right before it ("the mission to West
    Africa: 146 observers", "the orchestra has 96 musicians"). A sentence's opening period
    dates its later clauses ("Of the 4.4 million tonnes of the 2023/24 season, A grew 1.8
    million, and B about 530,000 tonnes"); "this summer" is the publication year's; a
    count in words ("the twenty-four planes rescEU kept") is the qualified one of the same
    named programme ("22 firefighting planes" of rescEU); a supposition in a later clause
    ("...: with more rain it would have been larger") leaves the figure a record, and
    "Nine members of the board voted" is a part of the board, not its size; a count of
    "such" things ("40 such mills", the kind said in the sentence before) is compared with
    none: two of them may count two kinds. Two names that
    share a word ("the Port of Koper" / "the Port of Rijeka"), two doers of one verb ("the
    metro carried 92 million passengers" / "the buses carried 98 million"), and a figure
    "from abroad" against the whole are two things. A flow said with another verb or noun
    is one flow ("the plain pumps 1.2 billion m³ a year" / "the plain draws 1.5 km³ each
    year"; "imported" / "imports"), and two flows are two things ("imported" /
    "exports"). A capacity ("the stadium holds 14,000 fans") is not what came ("watched by
    41,000 fans"), and a length of the noun a hyphenated figure modifies ("the pipeline's
    621-km service road") is not the length of a thing the other clause names alone.
    People a place employs are its workers, as its staff and employees are. A figure
    restated with two digits swapped ("$820 million" / "$0.28 billion") is compared beyond
    the factor of two a restatement otherwise keeps to, when the clauses share a word
    besides their names; a group's size is compared only for the same period. A figure
    written before the named thing it sizes ("the €1.6 billion Krk bridge opened in 2020")
    takes no period from the verb after it. A rate said with its period ("3.2 cubic metres
    a second", "1.2 billion cubic metres a year") is compared with one in a rate unit
    ("4.1 m³ per second", "1.6 billion m³/year"). A noun the document counts in as a measure,
    with four values or more ("6 blocks", "600 blocks", "11,000 blocks", "200,000 blocks"),
    is not one thing sized twice because two of its values are large and near each other:
    those two need a name and words in common, as any bare noun does.

    A restatement whose subject is worded differently is linked by its context
    (``claimcheck.extract.linking``): the words of the two sentences, light-stemmed
    ("paid" / "payment", "imports" / "imported", "salmon-feed" split), weighted by how rare
    they are in the document (a word of two sentences in eighty says much, one of forty
    almost nothing), with the names and the periods each resolves to ("last year's" from
    the publication date; "the year to 30 June 2025" and "in 2024/25" are one fiscal year).
    "Zambia owed its bilateral creditors $6.3 billion" ... "the $6.8 billion Zambia owed to
    foreign governments"; "the 46 mobile X-ray units" ... "the fleet of 54 X-ray vans";
    "6.4 million tonnes" ... "6,900 kilotonnes". Such a link is never made across other
    periods, other places or bodies in the same role, a change or comparison ("rose to",
    "up from", "than"; but "deeper than the minimum of 30 cm" states the minimum, and
    "deeper than 30 cm" is a bound), a forecast against an outturn, a part against its whole, imports
    against exports, two groups of one thing ("rural" / "urban polling stations"), values
    more than half apart, or a count of a bare noun without a name both sentences give. Two
    counts of two nouns ("214 kennels for working dogs" / "more than 250 boarding houses for
    working dogs") are one fact when one of the nouns is counted nowhere else in the draft,
    the values are within a fifth (or two digits swapped), both sentences give the same year
    and no other, and the contexts share a name ("Cornwall") and a restatement's weight, or
    half as much again without a name; a draft that keeps count of both nouns keeps them
    apart. A
    unit the document seldom uses is context of its own and lowers the weight a link
    needs, but not for sentences that share one word alone ("the split adds 32 bytes to
    each branch" / "adding 30 bytes to 4 kB": two sizes, however rare bytes are); a
    speaker's fillers ("which is like 40 bytes", "actually", "basically") are no context,
    and "a 16-byte salt and …" measures the salt. "Every 30 minutes" is a period as "every
    day" is ("2,000,000 units every 30 minutes" is no limit of one upload's "200,000
    units"), and "three different types" and "two different types" name no one thing
    ("different" says that there are kinds, not which). Two figures whose paragraphs each
    name one source, and different ones ("4 out of 5 consumers use smartphones to shop.
    (Source: comScore, 2012)" / "74% of U.S. consumers use location-based services …
    (Source: Pew, 2012)"), are two findings, however close their words. Two figures each
    inside a quotation of another named person ("I see thirty patients a night," said one
    nurse; "I see forty," said another) are each one's account of their own work; one
    person quoted twice ("Lam Siu-fong" / "Lam") is compared.
    A share said in words ("more than nine in ten patients", "nearly half of the corals",
    "two in five", "roughly one rural household in six", "fewer than one donor in twenty")
    is compared with the one percentage of the same group its context links
    best, only when the two clearly disagree: "nearly half" is not 30%, "about a third"
    may be 32%. Such a share may go on with "of" or a verb and its object ("one tonne in
    every twenty of the world's soot", "two flats in five show any"), "half" needs no "of"
    before a determiner ("half its revenue"; not "half the time"), homes and households,
    people and the population, firms and companies are one group, and a percentage that is
    a level beside an earlier one ("61%, compared with more than four in five before") is
    compared as that level. A change by a share in words ("the levy's yield rose by almost a
    quarter last year") is compared with a change by a percentage of what the same doer
    changed ("it rose by 18 per cent in 2024"), never with a level; "nearly" and "almost"
    allow a share in words to fall short by an eighth of it ("nearly half" may be 44%,
    "almost a quarter" 22%, not 18%).

    A whole number in words is written to its last figure like digits ("six hundred and
    ten circuit judges" is not the 640 of another section; "some five and a half million" is
    5.5 million give or take a step of 100,000), while "dozens" or "hundreds of" are no
    figure; "instead" says what is relied on, not a supposition ("The plan instead relies on
    ..."), and "a year" after another figure's days ("recorders who sit 15 to 30 days a
    year") is that rate's, not the count's period.

    Structure decides where words do not. A count can follow its noun in apposition ("the
    company's drivers, all 3,300 of them"). A group pointed back to before the verb ("the fund's grants to
    those stations totalled £3.8 million") is the group already named, not a part of it. A figure dated to a past year is a record even
    in a sentence whose only supposition is a modal ("a fee would be small against the £2.7
    million the firms took in 2023"), but not after "if", "for example" or "would have".
    In a sentence of change, the level it reached keeps its own period ("451,000 passengers
    in 2024, up from 412,000 in 2022" is 2024's; "rose from 9.1 million tickets in 2019 to 12.4
    million in 2023" is 2023's; "fell by 12, to 57" gives the count now; "rose from 80 to 98 in
    ten years", with no date for the level, stays a change),
    and the present value of a change to come ("from its present 10.5 metres to 13") is the
    value now. An amount or a measure of one unit, with the same year said for both and
    values within a fifth of each other (or two digits swapped), needs half the shared
    context of a count; a close count whose qualifiers the other sentence says in its own
    words ("the 610-strong volunteer-run network" / "volunteers now run 520 libraries")
    counts the same things.

    A section that by convention restates the body (a summary, key findings, an "at a
    glance" box or a lead-in such as "At a glance:", a conclusion) is expected to repeat
    the body's figures, however it words them: a figure there that the body never gives
    (as written, rounded or hedged, or as an open bound the body's figure keeps to within a
    quarter: "more than two thousand" for 2,400, "fewer than 30" for 28) is held to the one body figure of its dimension (a
    count of the same thing; money of one currency; one unit) within a quarter of it or
    with two digits swapped, and with no conflict of period, names, flow, change, forecast
    or part. When several body figures could be the one it restates, the one whose
    context it clearly shares most is taken, and none if none clearly is ("Cities spent
    €1.29 billion on bike paths last year" in the summary; "spending on cycle lanes reached
    €1.92 billion in 2024" in the body). A table's cell is compared only with a sentence that
    names its row, in another unit too ("the first round" is not the AR5 row). A table's
    caption restates the body's total the
    same way ("Table 1: Dredging by reach, 2024 (total 2.6 million m³)" against "dredged 2.1
    million cubic metres in 2024"), with the caption's period; a parenthesis that gives the
    whole ("total", "all", "in all", "shares of") is no detail of something else, and one
    value the body gives twice is one candidate, not two. A body figure of another year does
    not give the summary's ("some five and a half million passengers ... in 2023" against
    "4.9 million passengers ... in 2023, compared with 5.3 million in 2019": the 2023 level
    is the one restated, up to "compared with"); one fiscal year said two ways ("in the
    twelve months to March 2024" / "in 2023-24") is one year, and the source a figure is
    attributed to ("according to Clarkson Research") is no name of what it counts. A
    summary's count of a noun the body never counts ("some 23,500 practitioners held a
    licence in France last year" / "France had 20,180 registered veterinarians in 2024") is
    held to the one body count of the same years within a quarter of it, when the body gives
    the summary's value nowhere, under no noun, and the two contexts have no conflict and
    share half the context of a restatement ("Departures from the register in 2023: about
    1,100" / "In 2023, 1,420 vets left the register" is within half, when no other count of
    2023 is); two such body counts, or a summary count with no year, are left alone. A body
    count of the summary's noun more than ten times off ("up to 14 nights" against "close to
    9 million guest nights") is another fact, not the body counting that noun.

    A table's cell whose column header gives its unit ("2025 (£ million)" over "3,700" is
    £3,700 million of 2025; "Fleet (bikes)" over "1,200" counts bikes, "Passengers (m)"
    over "3.1" 3.1 million passengers; a row a block or a cell a block) restates the text
    the same way, held to the one text figure of its dimension within a quarter of it whose
    sentence names what the cell's row alone names ("Submarine enterprise | 3,700" / "the
    submarine enterprise was allocated £4.1 billion in 2025"; "Glasgow | Nextbike | 1,200"
    / "the city's 1,500-bike fleet is run by Nextbike"): a word every row shares ("Type 40
    frigates" / "Type 26 frigates") ties no row to the text. A cell that carries its own
    unit, currency or scale is read the same way, its column header giving the period or
    the thing counted ("Sprat | 201,000 t | 180,000 t" under "Stock | 2024 TAC | 2025 TAC"
    is 180,000 tonnes of sprat in 2025, held to "the 2025 sprat limit of 196,000 tonnes";
    "Ethiopia | March 2024 | 4.9 million" under "Children vaccinated"); the other year's
    column is another year, and a cell of a share (12%) is not read. A cell's own rate
    ("€22.50 per visit", "£3.80 a trip") is read with its amount, and a unit's symbol
    ("1,218 MW", "42 km") with its figure; another column's figure is no part of a row's
    label. A row named by a mark that tells it from a sibling ("Hornsea One", "Line T1",
    "Terminal 5") is named only by a sentence with that mark ("Hornsea Two" is another
    farm), and by its words and mark without the parenthesis after them ("Line T1
    (Bobigny–Noisy)" / "Line T1").

    Such a section is known by where it stands as well as by its name, so a box headed
    "Numbers that matter", or none, counts: the short blocks (bullets, a standfirst, a label
    and its figure) before the first section that has a body paragraph, when at least two
    sections follow; the closing section of an article of three or more headings, when it is
    a few blocks long; a section of nothing but short bullets (or the list after a short
    lead-in ending with a colon) when one of its figures recurs, as written, in the rest of
    the article; a box's heading a text reader ran into its paragraph ("In brief The levy
    ..."). A summary's figure farther than a quarter from the body's (within half, and of
    100 or more: "some COP 1,600 billion" / "COP 2.1 trillion") is held to it only when
    that body figure is the one candidate its context links; a count of "people" ("some
    1,650 people became organ donors") is held to the body's count of whoever the clause
    says they are ("1,512 donors") when the two sentences share a word besides that noun
    and the period (not "interviewed 17 people" / "worked at about fifteen companies"), and a share in words in a summary ("roughly a fifth of
    the cost") needs half the shared context of one in the body to find its percentage, as
    does a share in words in the body to find the summary's percentage. A share that names
    no group takes it from the sentence before it in its paragraph ("We visited 310 rural
    clinics. Only 41 per cent had a working fridge" is of rural clinics). A
    share's group is the noun phrase after its "of": "62 per cent of the green leaf
    processed" and "just under half of Kenya's leaf" are of one group, "rural" and "urban
    households" of two. A count that leaves out its noun after the count before and a year
    ("delivered 1.4 billion letters in 2000 and 110 million in 2024") counts the same thing,
    each with its own year. A note's own remark that restates a figure of the paragraph
    citing it ("holds 86,500 accessions" / note: "The collection numbers some 68,500
    accessions") is held to it when it is the one figure of that dimension there, within a
    quarter or two digits swapped, the years said alike; not one that opens on another
    circumstance ("In a dry year it holds ...") or adds ("The list also names ...").

    A rate said "a month" ("131,000 donations a month last year", "monthly exports of
    350,000 m³ in 2024") is held to the year's total of the same thing ("1.42 million
    whole-blood donations in 2024"): twelve times the rate within 8% (a bound, "up to £6
    billion a month", only as a bound), when both periods are said and the contexts state
    one fact; a single month ("in December alone"), another year, a target and a part said
    by a superlative ("the busiest line alone") are left alone. A key-facts label gives the
    figure after its colon its period ("Glass collected each month in 2024: 9,400 tonnes").

    The currency a word alone cannot say is the document's: a crown ("17.7 trillion
    kroner") is the one of its kind whose code the document writes ("NOK 19,742 billion"),
    or whose country its paragraph names, and no amount when the document has two; a bare
    cent ("54.8 cents") is a hundredth of the currency the other amounts are in. A price of
    a unit of a measure is compared per base unit of it ("58.4 euros per 100 kilograms" is
    0.584 euros a kilogram, against "54.8 cents per kilogram"), and never with an amount
    that prices nothing or another unit ("€38 a tonne" / "€41 a megawatt hour"); a price
    per unit of time is a rate, as before. What a clause reports is another statement: a
    figure before "found that", "showed that", "said that" ("The 36-insurer survey found
    that few clients could say ...") takes no supposition, change or period from the
    reported words. A clause that gives its own year is not dated by the sentence's opening
    ("Since the 2019 cut ..., and a fund of 17.7 trillion kroner at the close of 2024 ...").
    A country and the adjective its name does not spell are one name ("recyclers in the
    Netherlands closed eleven plants" / "the loss of 14 Dutch recycling plants"; "Swiss",
    "Greek", "French"), so are a body's acronym and the last word of its name after "the"
    ("across the Union" / "the EU"), and a name inside what a count counts is the count's
    ("164 Turkish offshore fish farms" is not the 146 Greece licensed). A caption block (an HTML
    ``<caption>`` or ``<figcaption>``, which claim extraction leaves out as no prose) is read
    here like a summary ("Lighthouses lit by coast, 2024 (all 241 lighthouses)" against "kept
    214 lighthouses lit in 2024"), in another unit too ("93 miles" / "118 kilometres").

    What a figure measures is the head noun its own phrase quantifies ("an embankment 45
    metres high", "the 54-metre embankment", "1,580 km² of seabed", "The fund ... is worth
    £2.6 million", "the fund's £3.2m": ``measures`` in ``claimcheck extract``). Two amounts
    or measures alone of their measure in the draft whose phrases name one head noun need
    no period said by both, and the fewer figures of that measure the draft gives (three or
    fewer: full weight), the less else they must share; a whole sentence still sets them
    apart, read both ways: years on each side and none in common, a forecast, plan or
    supposition on one side only (not the verb of a size written before its noun: "will
    fence the 44-hectare heath" gives the heath's size), two words sorting the one noun
    into two kinds ("the main runway" / "the cross runway"), or a place the figure's own
    phrase or the thing before it names ("The pier at Saltwick ... a 270-metre pier"),
    not the doer of the sentence or a place of another clause ("Halvorsen has committed
    £17 million to ... the 54-metre embankment and to sirens for Lochend"). A window
    counted from when it is said ("over the past nine weeks", "the last ten weeks") is no
    span measured twice.

    A figure within a range given for the same thing does not contradict it ("5,000 to
    50,000 files" / "50,000 files": the edge of a band).

    Two figures that are the only two of their measure and period in the draft are one
    figure said twice however each is worded, as an editor reads them: the same counted noun
    (or unit, or currency), a period both say ("in 2024" / "in 2024"; "on 1 March 2024" /
    "that March"), values within half of each other, in two paragraphs, and no other figure
    of that measure within twice either value that gives their period or none (some of it,
    "198 of the 312 crossings", is no other value; one beside the first figure in its
    sentence that the second repeats is: "107,941 deaths, 81,806 of them from opioids" /
    "82,000 opioid deaths"). Being alone counts as half a link; the sentences' words, names
    and headings must give the rest ("Inspectors logged 214 breaches at the terminals in
    2024" / "With 236 breaches recorded across the terminals in 2024"), and nothing may set
    them apart: another year, a name only one gives while the other names nothing ("in
    Orkney"), a word only one narrows the counted thing by ("commercial hives", unless the
    whole draft is about it), a forecast or target, a part, a change, a range. A summary's
    figure is left to the summary's own test. "Monthly" or "weekly" before a source
    ("according to the monthly statistics") is how often the source appears, not the
    figure's period, and a country named in the sentence before ("Thailand") is shared with
    a sentence that says its adjective ("Thai farmers").

    A thing counted under another noun that an editor takes for the same thing ("2,400
    homes" / "the pilot's 2,400 households"; "penalty charge notices" / "fines"; "head
    teachers" / "heads": the vetted sets of ``data/equivalent_nouns.txt``, read only by this
    rule) counts as a word the two sentences share, when they share another word of weight
    besides a year; the values must be close (within a fifth, or two digits swapped) and a
    bare noun's sentences name one place or body, or else the contexts must share half as
    much again as a restatement's weight. Such nouns are one measure for the "only two of
    their measure and period" reading, and for two digits swapped. It is never a link
    alone: another town, another year, a target, a part still keep them apart. A sentence's
    capitalised opening word is no part of the name after it ("In Ahmedabad, ..." names
    Ahmedabad), and twelve months are a year ("in the first twelve months" / "in its first
    year").

    A subject described rather than named is what its paragraph named just before: a
    sentence that names nothing ("The corporation's sixty-two lighthouses also need ...",
    "Its staff look after 1,240 inmates") takes the names of the nearest of the two sentences
    before it that names something ("Trinity House will convert ..."), as context shared
    with a restatement, never as a name that sets it apart from one; a paragraph's first
    sentence takes none. Time summed over many, a thousand hours or days or more
    ("volunteers logged some 241,000 hours", "23,500 days lost to strikes"), is an amount
    compared like any other, not a span ("lasted 45 days"). Deaths said as people killed
    or lives lost ("rabies kills 59,000 people a year", "an annual toll of 69,000 lives",
    "3,100 people died") are one count of deaths; lives saved are not. A verb after the
    counted plural ends the counted thing ("620 million visitors rests on", "69,000 lives
    worldwide falls mostly on": visitors, lives), and a burden that "falls on" someone is
    no change.

    Two values more than ten times apart are two facts unless their digits agree (a
    scale written wrong, "4.2 million" / "4.2 billion"): a slip changes a digit or two, not
    all of them ("72 weight units" / "4 million weight units"). Two values of one measure
    that are one number with two neighbouring digits swapped, three significant digits or
    more ("12,460 handmade quilts" / "12,640 handmade quilts"), are linked by their words
    alone: an annual figure against the same year's ("calendar year"), or a forecast's or
    a change's word around one of them, no longer keeps them apart; other years, names,
    parts, groups and hypotheticals still do. A hedged figure written to three significant
    digits or more reaches a step of its last digit (or 1%), not 5%: "about 48,300
    volunteers" is not 49,300.

    A size in a data unit the document gives four or more different values of (a text
    about a format's fields: "9 bytes", "41 bytes", "a 64-byte transaction") is a measure
    the text works with, not one fact: not compared; so are sizes in any data unit when the
    document gives four or more between them, in bits, bytes, kilobytes or megabytes,
    widths included ("a 32-bit field", "51 bits", "4 bytes", "nearly 1 MB"). Nor is a width in bits written as a
    modifier ("a 32-bit counter", "64-bit builds"): it says what kind the thing is.

    A figure a sentence takes as given is a record whatever the sentence supposes of it:
    one in a definite phrase that opens the sentence and ends at a comma ("At its annual
    capacity of 12,000 tonnes, the plant could take every firm's waste"; "Of the 1,240
    members who answered, most would ..."), or the definite subject of the modal after its
    noun ("all 298 stations should be resurveyed", "the authority's 263 buoys could be
    replaced"); not one the words before the modal make new, planned or supposed ("the 300
    new homes would", "if"), nor one in a relative clause of the modal ("the 300 homes that
    would be built"). Values more than half apart, up to twice, are one fact restated only
    when both sentences say the same period ("a year", "in 2023") and share context in
    proportion to the gap (about 1.04 times a restatement's weight for $18,000 / $28,000,
    1.33 times for 10 / 20), never with a lowered bar. "Just over" and "just under" (and
    "slightly more than") are near bounds: "just over ten and a half kilometres" is no 12
    km, as it would be for "more than". A span of time in minutes, hours, days or weeks is
    compared by its context alone ("the median wait reached 1 hour 12 minutes in March" /
    "a March median of 84 minutes"; "out of action for 17 days" / "three weeks without"),
    a compound span as one, not in a sentence that lists three spans or more (a table of
    targets read as text), and within half of the other; two figures marked an average
    ("a December average of 82 minutes") are wholes when both sentences say an average,
    mean or median.

    What a figure measures may be said around it rather than by a noun of its own phrase:
    by the verb whose object it is ("the boathouse cost £640,000": cost; "budgeted at",
    "priced at", "weighs"), the label it is the value of ("- Total cost: £3.1m"; a label's
    value has no tense of its own and restates a plan in the text as a plan), the noun it
    stands beside ("the whole orchard, about 9 hectares"), what money is paid in ("£1.4
    million in grants") or the noun before a rate ("a cancellation rate of 2.8%"). Two
    words for one measure ("cost" / "price" / "outlay" / "build", "grant" / "award";
    ``data/equivalent_measures.txt``; never "budget" / "cost", a plan and an outturn) name
    one head. Two percentages naming one measure, the only two of it and its period in the
    document, are compared like two amounts alone of theirs ("office vacancies of 11.2% in
    2022" / "the 2022 vacancy rate of 12.1%"; "47 per cent of the library's loans in 2024" /
    "41 per cent of the library's loans in 2024"). Only a percentage that may be of that
    measure is a third value of it: one whose phrase names the measure, or names none in a
    sentence that says the measure's noun; not "58% of passengers" beside two shares of
    crossings, nor a bound both values meet ("losses above 30%"). Two shares of a whole
    ("of the library's loans") are one only for a period both say (two arrangements that
    each pay a share of salaries, undated, are two), and a word narrowing the whole on
    one side ("38% of rural schools" / "32% of schools") sets them apart. A share said in
    digits over a round whole ("64 in every 100 families approached", "53 out of every 100
    applications") is a share like "nine in ten", written to the point, and its group said
    by a participle ("families approached") is the group of "61 per cent of approaches". A
    level before ", a lower rate than ..." is its own part of the sentence, as before "up
    from"; an ordinal in a comparison after a figure (", against 19% a year earlier") is the
    other figure's, and a statement after a colon or a semicolon dates nothing before it.
    A speaker the figure is attributed to ("in Okafor's words", "in the words of the
    minister", "as Dr Osei put it") names no thing the figure is of. A figure followed by "of
    which" or "including" is the whole it breaks down, no part of anything. Money "in"
    what it is paid as over several holders ("£46,300 in grants between them") names no
    one thing's measure.

    Readings are not restatements. A fact given three different values (visitors counted at
    9:07 pm, at 9:40 pm and at 10:11 pm) is a series: silent. So are two lines of one form,
    a short block the document writes three times or more with only its figures changed
    ("2 detailed updates available." under one item, "3 detailed updates available." under
    the next), also where a reader ran the line into the block before it (PDF text with no
    blank line, a template's markup or a table's row before it); a form line's figure is
    still held to the prose that restates it.

    ## Why is this bad?
    Two values for one figure in one issue: readers quote the wrong one.

    ## Example
    ```markdown
    The country has more than 4 million 5G base stations.

    Operators now run 3 million 5G base stations.
    ```

    Use instead:
    ```markdown
    The country has more than 4 million 5G base stations.

    Operators now run 4.2 million 5G base stations.
    ```
    """

    code = "NU003"
    name = "same-quantity-different-values"
    severity = Severity.warning
    needs = ("count", "money", "quantity", "quotation")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        in_prose = _InProse(ctx)
        for finding in self._check(ctx, in_prose):
            if not in_prose.two_speakers(finding):
                yield finding

    def _check(self, ctx: CheckContext, in_prose: _InProse) -> Iterable[Finding]:
        anchor = _Anchor(ctx.document.metadata.publication_date)
        found: set[tuple[int, int]] = set()
        for finding in (
            *self._counts(ctx, anchor, in_prose),
            *self._quantities(ctx, anchor, in_prose),
            *self._amounts(ctx, anchor, in_prose),
        ):
            found.add((finding.location.line, finding.location.column))
            yield finding
        groups = _dimensions(ctx, anchor, in_prose)
        # spans of time are linked by their contexts only, never held to a summary's figure
        for finding in self._linked(ctx, [*groups, _measured_spans(ctx, anchor, in_prose)], anchor, found):
            found.add((finding.location.line, finding.location.column))
            yield finding
        for finding in self._referred_back(ctx, groups, anchor, found):
            found.add((finding.location.line, finding.location.column))
            yield finding
        for finding in self._renamed_back(ctx, groups[0], found):
            found.add((finding.location.line, finding.location.column))
            yield finding
        yield from self._summarised(ctx, groups, anchor, found)
        yield from self._noted(ctx, groups, anchor, in_prose, found)
        yield from self._monthly(ctx, groups, anchor, found)
        yield from self._shares(ctx, anchor, in_prose)
        yield from self._percents_of_one_measure(ctx, anchor, in_prose, found)

    def _referred_back(
        self, ctx: CheckContext, groups: list[list[Any]], anchor: _Anchor, found: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """A figure the writer points back to ("That £45 million a year is not enough",
        "those 44 schools", "the same 1,100 interpreters":
        :func:`~claimcheck.extract.linking.pointed_back`), or restates as one already given
        with the years of the earlier figure's own clause said again ("the 124 countries
        enrolled at end-2022", "The 2024 figure of 86 million trips":
        :func:`~claimcheck.extract.linking.restated_back`; no group or name the earlier does
        not give, "the 2023 total of 8,100 container ships", "the hives of the Weald
        district"), states the nearest earlier figure of
        its measure (one currency, unit or counted noun) in its section or the one before,
        when nothing sets the two apart (another period, place, name, group or flow:
        :func:`claimcheck.extract.linking.pointer_conflict`, the pointer takes the earlier
        figure as it was said); from the section before, the two share a word of their contexts.
        Values within 35% of each other (or with two digits swapped) that do not agree are one
        fact given twice; farther apart, "those six" may be a group the text made of parts.

        Two sections or more after the figure it restates, a definite restatement ("The
        roughly 14,100 tonnes brought ashore in 2021", "Of the charity's 34 stations")
        restates the one earlier figure of the article that it can: of its measure and the
        period it says again (:func:`_one_of_period`), or, saying no period, the one value of
        its measure within twice its own, undated or of the last two years
        (:func:`_one_near`); none when there are two (which one is meant is unknown). Such a
        pair shares a word of what it is about, passes the linker's gates
        (:func:`~claimcheck.extract.linking.figures.comparable`: "of the 412 schools in our
        sample" is a sample) and is no count under ten ("three municipalities" / "four")."""
        published = document_weights(ctx.document).published
        section = _sections(ctx.document)
        for claims in groups:
            ordered = sorted(
                (c for c in claims if c.subject is not None), key=lambda c: (c.location.line, c.location.column)
            )
            for j, b in enumerate(ordered):
                if (b.location.line, b.location.column) in found:
                    continue
                pointer = pointed_back(b.sentence, b.text)
                if not pointer and not restated_back(b.sentence, b.text):
                    continue
                sb = section.get((b.article, b.block))
                # (a restatement from afar, or with no period, needs a word of its subject in common)
                loose = False
                if not pointer and not _years(b):
                    # no period said again: the one figure of its measure its value can restate,
                    # undated or of the last two years (the latest figure)
                    a = _one_near(b, ordered[:j])
                    if a is None or sb is None or not _years(a) | _own_years(a) <= _latest(published):
                        continue
                    sa, loose = section.get((a.article, a.block)), True
                    if sa is None or sb - sa <= 1:
                        continue  # (close by, the linker reads the two with their contexts)
                else:
                    a = pointed_to([c for c in reversed(ordered[:j]) if _measure_key(c) == _measure_key(b)], b.value)
                    if a is None or sb is None or a.sentence == b.sentence:
                        continue
                    sa = section.get((a.article, a.block))
                    if not pointer and sa is not None and a.article == b.article and sb - sa > 1:
                        # sections after the last figure of its measure, a definite phrase that
                        # says the period again restates the one earlier figure of its measure
                        # and period
                        a, loose = _one_of_period(b, ordered[:j]), True
                        if a is None:
                            continue
                        sa = section.get((a.article, a.block))
                    elif sa is None or a.article != b.article or not 0 <= sb - sa <= 1:
                        continue
                    if not pointer and not (_years(b) <= _years(a) and _own_years(a) in (_years(b), set())):
                        continue  # a restatement repeats the period: "the 2023 figure of" after "in 2023"
                # close values or two digits swapped: "four of those six" after "nine, four … and
                # two …" points back to a group the text made of parts, not to the nine
                near = _within(a.value, b.value, 1.35) or _neighbours_swapped(a.value, b.value)
                if _agree(a, b) or not near or _sourced_apart(ctx, a, b) or aim_apart(a, b):
                    continue  # (an aim or a limit against a count: "the council's cap of 3,600 permits")
                if b.subject.part in ("these", "those") or (loose and b.subject.part == "of"):
                    # "those 41 schools" points back to the whole already named, no part of it,
                    # and so does "the" after "of" ("Of the 38 designated posts, 12 ...")
                    b = b.model_copy(update={"subject": b.subject.model_copy(update={"part": None})})
                if loose and not (comparable(a, b, names=False) and (a.kind != "count" or abs(b.value) >= 10)):
                    continue  # (linked by less: the linker's gates, "in our sample"; no "three" / "four")
                ca, cb = _read(a, ctx.document, False, published), _read(b, ctx.document, False, published)
                if not pointer:
                    b, cb = _restated_as_given(b, cb)
                shared = {w for w in set(ca.words) & set(cb.words) if not w.startswith("@")}
                if pointer_conflict(ca, cb, b.text) is not None or ((sa != sb or loose) and not shared):
                    continue  # (from another section: a word of what they are about in common)
                if not pointer and (_narrowed(ca, cb) or _names_more(cb, ca)):
                    continue  # "The 2023 total of 8,100 container ships" after "9,400 ships"; "of the Weald district"
                yield self._finding(a, b, _said_any(b), _said_any(a))

    def _renamed_back(self, ctx: CheckContext, counts: list[Any], found: set[tuple[int, int]]) -> Iterable[Finding]:
        """A definite restatement of a count that says its year again in another noun ("the
        5,310 applications lodged during 2024" after "a record 4,870 claims were filed in
        2024"): the one earlier count of that year it can restate, when the document counts
        its noun nowhere else (a word chosen for variety) and counts no earlier figure of
        its own noun in that year (:meth:`_referred_back` reads those). Held to the one
        earlier count of the same year within 35% of it, no other count of that year
        within twice its value (which one is meant is unknown), and two contexts that share
        a word besides the year, pass the linker's gates (:func:`comparable`) and have no
        conflict of period, place, name, group or flow."""
        published = document_weights(ctx.document).published
        ordered = sorted(
            (c for c in counts if c.subject is not None), key=lambda c: (c.location.line, c.location.column)
        )
        said: dict[str, set[str]] = {}
        for c in ordered:
            said.setdefault(_measure_key(c), set()).add(c.sentence)
        for j, b in enumerate(ordered):
            years = _years(b)
            if (b.location.line, b.location.column) in found or not years or abs(b.value) < 10:
                continue
            if len(said.get(_measure_key(b), ())) != 1:
                continue  # (a noun the document counts again is no word for another's thing)
            if pointed_back(b.sentence, b.text) or not restated_back(b.sentence, b.text):
                continue
            earlier = [
                c
                for c in ordered[:j]
                if c.article == b.article
                and c.sentence != b.sentence
                and _years(c) == years
                and _own_years(c) in (years, set())
            ]
            if any(_measure_key(c) == _measure_key(b) for c in earlier):
                continue
            rivals = [c for c in earlier if _within(c.value, b.value, _APART)]
            if not rivals or any(not agree(c.value, None, rivals[0].value, None) for c in rivals[1:]):
                continue
            a = rivals[-1]
            if _agree(a, b) or not (_within(a.value, b.value, 1.35) or _neighbours_swapped(a.value, b.value)):
                continue
            ha, hb = (thing_key(c.thing)[0].rsplit(" ", 1)[-1] for c in (a, b))
            if not (ha and hb) or set(linking_words(ha)) & set(linking_words(b.sentence)):
                continue  # the other sentence says the noun too ("of the women miners, all 1,580"): a group of it
            if set(linking_words(hb)) & set(linking_words(a.sentence)):
                continue
            if _sourced_apart(ctx, a, b) or aim_apart(a, b):
                continue
            ca, cb = _read(a, ctx.document, False, published), _read(b, ctx.document, False, published)
            b2, cb = _restated_as_given(b, cb)
            if not comparable(a, b2, names=False):
                continue
            shared = {w for w in set(ca.words) & set(cb.words) if not w.startswith("@")}
            if not shared or pointer_conflict(ca, cb, b.text) is not None:
                continue
            # (the other noun itself narrows nothing: only what qualifies it may)
            head = frozenset(linking_words(thing_key(b.thing)[0]))
            if _narrowed(ca, dataclasses.replace(cb, what=cb.what - head)) or _names_more(cb, ca):
                continue
            yield self._finding(a, b, _said_any(b), _said_any(a))

    def _monthly(
        self, ctx: CheckContext, groups: list[list[Any]], anchor: _Anchor, found: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """A rate said "a month" ("131,000 donations a month last year", "monthly exports of
        350,000 m³ in 2024") against the year's total of the same thing ("1.42 million
        donations in 2024"): twelve times the rate is held to the total within
        :data:`_MONTHS_SLACK` (a bound, "up to £6 billion a month", only as a bound). Both
        periods must be said (the rate's "a month" / "per month" / "monthly" and one year,
        the total's that year and nothing else), and the contexts must state one fact
        (:func:`claimcheck.extract.linking.same_fact`: no change, forecast, part or other
        names); a single month ("in December alone") is no rate."""
        published = document_weights(ctx.document).published
        for claims in groups:
            rates = [c for c in claims if c.footnote is None and _monthly_year(c) is not None and not _one_of_many(c)]
            if not rates:
                continue
            for r in rates:
                if (r.location.line, r.location.column) in found:
                    continue
                year = _monthly_year(r)
                totals = [
                    t
                    for t in claims
                    if t.footnote is None
                    and t.subject is not None
                    and t.subject.period == (year,)
                    and t.sentence != r.sentence
                    and _one_measure(r, t, heads=True)
                    and not _one_of_many(t)
                ]
                if not totals:
                    continue
                cr = _read(r, ctx.document, id(r) in anchor.records, published)
                cr = dataclasses.replace(cr, periods=cr.periods - {"per month"})
                # one year said on both sides: an amount or a measure needs half the shared
                # context of a count, as in :func:`_linked_pair`
                strong = STRONG if r.kind == "count" else STRONG / 2
                links = [
                    (link.score, t)
                    for t in totals
                    if (link := same_context(cr, _read(t, ctx.document, id(t) in anchor.records, published), strong))
                    is not None
                ]
                if not links:
                    continue
                links.sort(key=lambda x: -x[0])
                if len(links) > 1 and links[0][0] <= _CLEARLY * links[1][0]:
                    continue  # several totals, none clearly the one
                t = links[0][1]
                bound = r.qualifier if r.qualifier in _BOUNDS else None
                if agree(12 * r.value, bound, t.value, t.qualifier if t.qualifier in _BOUNDS else None, _MONTHS_SLACK):
                    continue
                found.add((r.location.line, r.location.column))
                year_of = human(12 * r.value, r.currency) if r.kind == "money" else _in_words(12 * r.value)
                said = {id(r): f"{_said_any(r)} a month, {year_of} a year", id(t): _said_any(t)}
                a, b = (t, r) if (t.location.line, t.start) < (r.location.line, r.start) else (r, t)
                yield self._finding(a, b, said[id(b)], said[id(a)])

    def _summarised(
        self, ctx: CheckContext, groups: list[list[Any]], anchor: _Anchor, found: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """A figure of a section that restates the body (a summary, key findings, "at a
        glance", a conclusion: :func:`~claimcheck.extract.sections.summary_blocks`) that the
        body never gives, against the one body figure it can only restate: of its dimension
        (a count of the same counted thing), close to it (within a quarter, or two digits
        swapped), with no conflict of period, names, flow, change, forecast or part
        (:func:`claimcheck.extract.linking.conflict`). A figure the body gives as written,
        or that two body figures could be, is left alone."""
        boxes = _boxes(ctx)
        cells = _table_cells(ctx, anchor)
        # (by place, not identity: a cell in another unit is compared as a copy in base units)
        labels = {_place(c): words for c, words in cells}
        captions = [*_captions(ctx, anchor), *(c for c, _ in cells)]
        captioned = {_place(c) for c in captions}
        published = document_weights(ctx.document).published
        read = functools.partial(_read_in, ctx.document, anchor, published)
        section = _sections(ctx.document)
        for claims in groups:
            # a caption kept inside its paragraph by a text reader restates like a box, and
            # so does a caption block (which claim extraction leaves out)
            summary = [
                c for c in claims if ((c.article, c.block) in boxes or is_caption(c.sentence)) and c.footnote is None
            ]
            boxed = {id(c) for c in summary}
            body = [c for c in claims if id(c) not in boxed and c.footnote is None]
            # a summary's figure and a closing section's (two boxes of two sections, neither
            # a caption): the later one restates the earlier as the body would
            later_boxes = {
                id(c): [
                    b
                    for b in summary
                    if not is_caption(b.sentence)
                    and (b.article, b.block) != (c.article, c.block)
                    and section.get((b.article, b.block)) != section.get((c.article, c.block))
                    and (b.location.line, b.start) > (c.location.line, c.start)
                ]
                for c in summary
                if not is_caption(c.sentence)
            }
            if claims and captions:
                summary += _of_dimension(captions, claims[0], claims)
            if not summary:
                continue
            for s in summary:
                if (s.location.line, s.location.column) in found or not s.value:
                    continue
                cs = read(s)
                # (a body figure of another year said is another fact: "5.3 million passengers
                # in 2019" does not give the summary's "some five and a half million in 2023";
                # one fiscal year said two ways, "the twelve months to March 2024" and "in
                # 2023-24", is one year)
                # (nor is one dated two years or more before publication against a summary
                # said in the present: "In 2019 there were 134" / "of the 122 that still run")
                # (a table's cell restates the prose wherever it is, a summary's too)
                later = later_boxes.get(id(s), [])
                later_ids = {id(b) for b in later}
                pool = [c for c in claims if c.footnote is None] if _place(s) in labels else body + later
                alike = [
                    b
                    for b in pool
                    if _one_measure(s, b, heads=True)
                    and (not _years_apart(s, b) or _same_year_said(cs, read(b)))
                    and not present_against_stale(s, b, anchor.year)
                ]
                if any(_agree(s, b) if id(b) in later_ids else _restates(s, b) for b in alike):
                    continue  # the body gives it (as written, rounded or hedged; a later box as both may be true)
                close = [b for b in alike if _close(s.value, b.value)]
                if not close and _place(s) not in labels:  # (a table's cell: only a close figure)
                    # farther than a quarter: only the one body figure it can be, and no
                    # small count ("four companies" / "three companies" are two groups)
                    close = [
                        b for b in alike if min(abs(s.value), abs(b.value)) >= 100 and _within(s.value, b.value, _WIDE)
                    ]
                if not close:
                    # a body count of the noun more than ten times off ("for up to seven nights"
                    # against "42 million nights") is another fact: the noun is not counted there
                    if s.kind == "count" and all(_far_apart(s, b) for b in alike) and _place(s) not in captioned:
                        other = _other_noun(s, cs, body, read)
                        if other is not None and (other.location.line, other.location.column) not in found:
                            found.add((s.location.line, s.location.column))
                            yield self._finding(other, s, _said(s), _said(other))
                    continue
                if is_caption(s.sentence) or _place(s) in captioned:
                    # a caption is no sentence of the paragraph a reader put it in, and its
                    # period ("Operations by specialty, 2023 (total ...)") is every figure's
                    cs = dataclasses.replace(
                        cs, place=(cs.place[0], None, None), periods=cs.periods | periods_of(s.sentence, published)
                    )
                # each candidate with the weight of the context it shares with the summary's figure
                # (a label's value, "Total cost: £3.1m", has no verb and so no tense of its
                # own: it restates the body's plan as a plan, its outturn as an outturn)
                labelled = _label_value(s)
                links = [
                    (link, b)
                    for b, cb in ((b, read(b)) for b in close)
                    if (link := same_context(_tense_of(cs, cb) if labelled else cs, cb, 0.0)) is not None
                    and _people_said_alike(s, b, link)
                ]
                if _place(s) in labels:
                    # a table's cell: only a figure whose sentence names what the cell's row
                    # alone names ("Submarine enterprise | 3,700" / "the submarine enterprise
                    # was allocated £4.1 billion"; not the "frigates" of two rows)
                    links = [(link, b) for link, b in links if labels[_place(s)].named_by(set(link.shared), b.sentence)]
                free = [(link.score, b) for link, b in links]
                free.sort(key=lambda x: -x[0])
                # the body giving one value twice ("dredged 2.1 million m³ ... 2.1 million m³ in
                # all") is one candidate, not two rivals
                rivals = [score for score, b in free[1:] if not _restates(b, free[0][1])] if free else []
                if not free or (rivals and free[0][0] <= _CLEARLY * rivals[0]):
                    continue  # none, or several and none clearly the one restated
                b = free[0][1]
                if not _close(s.value, b.value) and any(not _restates(c, b) for _, c in free[1:]):
                    continue  # farther than a quarter: only the one body figure it could be
                if _beside_its_restatement(b, s, claims):
                    continue  # the summary restates the body's figure beside another fact
                if (b.location.line, b.location.column) not in found:
                    yield self._finding(b, s, _said(s), _said(b))

    def _noted(
        self,
        ctx: CheckContext,
        groups: list[list[Any]],
        anchor: _Anchor,
        in_prose: _InProse,
        found: set[tuple[int, int]],
    ) -> Iterable[Finding]:
        """A note's own remark that restates a figure of the paragraph citing it ("holds
        86,500 accessions" / note: "The collection numbers some 68,500 accessions"): of one
        dimension (the same counted thing; one currency; one unit), within a quarter or two
        digits swapped, the years said by both alike, the one such figure of the citing
        paragraphs, and contexts with no conflict. A note giving two values of one thing
        elsewhere is left to :class:`_InProse` (a paragraph and its note are otherwise never
        compared: a note gives a part or another count more often than a slip)."""
        published = document_weights(ctx.document).published
        for claims in groups:
            for n in claims:
                if n.footnote is None or (n.location.line, n.location.column) in found or not n.value:
                    continue
                citing = in_prose.referring.get((n.article, n.footnote), set())
                near = [
                    b
                    for b in claims
                    if b.footnote is None and b.article == n.article and b.block in citing and _one_measure(n, b)
                ]
                if not near or any(_restates(n, b) and not _years_apart(n, b) for b in near):
                    continue  # the paragraph gives it (a value of another year is no match)
                close = [b for b in near if _close(n.value, b.value) and _years(n) == _years(b)]
                if len(close) != 1:
                    continue  # none, or two the remark could be
                b = close[0]
                if _FRAMED.match(n.sentence) and not _years(n):
                    continue  # "In a dry year it holds about 120 million m³": another circumstance
                if _ALSO.search(n.sentence):
                    continue  # "The list also names 31 vessels of a partner": an addition
                cn = _read(n, ctx.document, id(n) in anchor.records, published)
                if same_context(cn, _read(b, ctx.document, id(b) in anchor.records, published), 0.0) is None:
                    continue
                if (b.location.line, b.location.column) not in found:
                    found.add((n.location.line, n.location.column))
                    yield self._finding(b, n, _said(n), _said(b))

    def _shares(self, ctx: CheckContext, anchor: _Anchor, in_prose: _InProse) -> Iterable[Finding]:
        """A share said in words ("more than nine in ten patients", "nearly half of the
        corals") against the one percentage of the same thing the document links to it by
        context (:func:`claimcheck.extract.linking.same_fact`), when the two clearly
        disagree: "nearly half" is not 30%, "about a third" may be 32%."""
        percents = [anchor(q) for q in ctx.claims.of_kind("quantity") if q.unit == "percent" and in_prose(q)]
        if not percents:
            return
        from claimcheck.extract.numeric import word_shares  # loads only when a percentage is there to compare
        from claimcheck.extract.text import iter_units

        shares = [anchor(w) for w in word_shares(iter_units(ctx.document)) if in_prose(w)]
        # a share is a part of something by nature ("30% of the corals"): not a conflict here;
        # a level in a sentence of change ("40.3%, compared with more than half before") is
        # read as NU003's links read it (:func:`_read`)
        weights = document_weights(ctx.document)
        read = functools.partial(_read_in, ctx.document, anchor, weights.published)
        contexts = [_whole(read(p)) for p in percents]
        boxes = _boxes(ctx)
        lead = functools.partial(_sentence_before, ctx.document)
        for w in shares:
            cw = _whole(read(w))
            # a summary restates the body: half the shared context links its share to the
            # body's percentage ("roughly a fifth of the cost" / "about 11 per cent of the
            # cost"), or the body's share to the summary's percentage
            in_box = (w.article, w.block) in boxes and w.footnote is None
            inner = _INNER_GROUP.match(w.text)
            if inner:  # the group written inside the share is context like the words around it
                cw = dataclasses.replace(
                    cw, words={**cw.words, **{x: weights.weight(x) for x in linking_words(inner.group(1))}}
                )
            links = [
                (link.score, p)
                for p, cp in zip(percents, contexts)
                if not _other_group_of(w, p, lead)
                and not _sourced_apart(ctx, w, p)
                and not aim_apart(w, p)
                and (
                    link := same_context(
                        *_as_changes(w, cw, p, cp),
                        STRONG / 2 if in_box or ((p.article, p.block) in boxes and p.footnote is None) else STRONG,
                    )
                )
                is not None
            ]
            if not links:
                continue
            links.sort(key=lambda x: -x[0])
            score, p = links[0]
            rivals = [other for other, q in links[1:] if round(q.value, 1) != round(p.value, 1)]
            if rivals and rivals[0] * _CLEARLY > score:
                continue  # several percentages of one topic, none clearly the one: no figure to hold it to
            # (a share in digits over a hundred, "64 in every 100", is written to the point)
            if _span(w, _WORDS_SLACK if w.value % 1 or not _PER_HUNDRED.search(w.text) else 0.5) & _span(p, 0.5):
                continue
            a, b = (w, p) if (w.location.line, w.start) < (p.location.line, p.start) else (p, w)
            yield self._finding(a, b, _said_share(b), _said_share(a))

    def _percents_of_one_measure(
        self, ctx: CheckContext, anchor: _Anchor, in_prose: _InProse, found: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """Two percentages whose own phrases name one measure ("a cancellation rate of
        3.6%" / "the rate ... 4.8 per cent"; "the employer rate ... 21.3% of pay" / "23.1%
        of pay"), the only two of that measure and period in the document (:func:`_alone`:
        no other percentage within twice either), that nothing sets apart
        (:func:`_alone_pair` with the head's prior). Percentages are compared no other way:
        a document gives many, of many things."""
        percents = [
            anchor(q)
            for q in ctx.claims.of_kind("quantity")
            if q.unit == "percent" and in_prose(q) and q.subject is not None and q.subject.measures
        ]
        every = [anchor(q) for q in ctx.claims.of_kind("quantity") if q.unit == "percent" and in_prose(q)]
        if len(percents) < 2:
            return
        published = document_weights(ctx.document).published
        claims = [*percents, *(q for q in every if q not in percents)]
        # (every percentage a rival: one without a named measure may be a third value of it)
        # (a percentage "of the" whole is a part by its form, not a part of another figure:
        # a part the subject names, "the poorest 60 percent", still is one; two such shares
        # are one only for one period both say: "47% of the library's loans in 2024")
        contexts = {i: _read(c, ctx.document, id(c) in anchor.records, published) for i, c in enumerate(claims)}
        lifted = {
            i for i, cx in contexts.items() if "part" in cx.marks and not getattr(claims[i].subject, "part", None)
        }
        contexts = {
            i: dataclasses.replace(cx, marks=cx.marks - {"part"}) if i in lifted else cx for i, cx in contexts.items()
        }
        alone = _alone(claims, contexts, aside=frozenset(range(len(percents), len(claims))), may_rival=_share_rival)
        of_measure = len(claims)
        for j in sorted(alone):
            b = claims[j]
            if (b.location.line, b.location.column) in found:
                continue
            for i in sorted(alone[j]):
                a = claims[i]
                if not _heads_agree(a, b) or _agree(a, b) or _sourced_apart(ctx, a, b):
                    continue
                if {i, j} & lifted and not _period_said(contexts[i]) & _period_said(contexts[j]):
                    continue  # shares of a whole with no period in common: maybe two arrangements
                a2, b2, ca, cb = _centred(a, b, contexts[i], contexts[j])
                if _alone_pair(a2, b2, ca, cb, _head_prior(a2, b2, of_measure)):
                    found.add((b.location.line, b.location.column))
                    yield self._finding(a, b, _said_any(b), _said_any(a))
                    break

    def _linked(
        self, ctx: CheckContext, groups: list[list[Any]], anchor: _Anchor, found: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """Figures whose subjects are worded differently but whose contexts state one fact
        (:func:`claimcheck.extract.linking.same_fact`: rare words of both sentences in
        common, no conflict of period, names, flow, change, forecast or part), of one
        dimension (counts; quantities in base units; money of one currency), within a factor
        of two (or with two digits swapped), and the only other value the document links to
        either."""
        for claims in groups:
            spans = bool(claims) and claims[0].kind == "quantity" and _span_unit(claims[0])
            yield from self._linked_in(
                ctx, [c for c in claims if c.subject is not None], found, anchor.records, rare_units=not spans
            )

    def _linked_in(
        self,
        ctx: CheckContext,
        claims: list[Any],
        found: set[tuple[int, int]],
        records: AbstractSet[int] = frozenset(),
        rare_units: bool = True,
    ) -> Iterable[Finding]:
        if len(claims) < 2:
            return
        # only a figure with another within half of it (or with two digits swapped) may link
        # (:func:`_linked_pair`): the others' contexts are never read
        paired = _with_near_value([c.value for c in claims])
        if not paired:
            return
        published = document_weights(ctx.document).published
        contexts = {i: _read(claims[i], ctx.document, id(claims[i]) in records, published) for i in paired}
        # the summaries' figures (held to the body by :meth:`_summarised`, which knows a
        # summary restates: not by their words here, nor by :func:`_alone`)
        boxes = _boxes(ctx) if rare_units else frozenset()
        summarised = {i for i in contexts if (claims[i].article, claims[i].block) in boxes}
        # candidate pairs share a rare word (a word of more than a few sentences links none
        # alone); in a short document, a word of two sentences is as rare as any shared word
        sentences = document_weights(ctx.document).sentences
        rare = {i: _RARE if i in summarised else _rare(sentences) for i in contexts}
        by_word: dict[str, list[int]] = {}
        for i, cx in contexts.items():
            for w, weight in cx.words.items():
                if weight >= rare[i]:
                    by_word.setdefault(w, []).append(i)
        # two nouns for one thing ("homes" / "households") are a word in common; one noun
        # both say is a word like any other
        by_set: dict[int, list[tuple[int, frozenset[tuple[str, ...]]]]] = {}
        for i, cx in contexts.items():
            for k, said in noun_sets(cx.what).items():
                by_set.setdefault(k, []).append((i, said))
        # a measure the document gives rarely ("km²" twice in 80 sentences) is itself
        # context: two areas sharing rare words need less else in common than two counts
        units: dict[str, int] = {}
        for c in claims if rare_units else ():  # (a span of time is no rare measure)
            if c.kind == "quantity":
                units[c.unit] = units.get(c.unit, 0) + 1
        strong = {u: STRONG - min(_UNIT_BONUS, max(0.0, math.log((sentences + 1) / n))) for u, n in units.items()}
        # the nouns the document counts in one sentence only (:func:`_renamed`)
        heads: dict[str, set[str]] = {}
        for c in claims:
            if c.kind == "count":
                heads.setdefault(thing_key(c.thing)[0], set()).add(c.sentence)
        lone = frozenset(h for h, said in heads.items() if len(said) == 1)
        # the pairs that are the only two figures of their measure and period (:func:`_alone`):
        # candidates whether or not a rare word ties them
        alone = _alone(claims, contexts, summarised) if rare_units else {}
        # how many figures of each measure the document gives (:func:`_head_prior`)
        of_measure = Counter(_measure_key(c) for c in claims)
        # two digits swapped (:func:`_swapped_pair`): candidates whatever words they share
        digits: dict[str, list[int]] = {}
        for i in contexts:
            digits.setdefault("".join(sorted(significant(abs(claims[i].value)))), []).append(i)
        links: dict[int, list[int]] = {}
        for j in sorted(contexts):
            swapped = {
                i
                for i in digits["".join(sorted(significant(abs(claims[j].value))))]
                if i < j and _neighbours_swapped(claims[i].value, claims[j].value)
            }
            near = sorted(
                {i for w, wt in contexts[j].words.items() if wt >= rare[j] for i in by_word.get(w, ()) if i < j}
                | {
                    i
                    for k, said in noun_sets(contexts[j].what).items()
                    for i, other in by_set[k]
                    if i < j and not said & other
                }
                | alone.get(j, set())
                | swapped
            )
            for i in near:
                if not rare_units and not _within(claims[i].value, claims[j].value, _NEAR):
                    continue  # spans of time in seconds: no digits to swap, no wide band
                a, b, ca, cb = _centred(claims[i], claims[j], contexts[i], contexts[j])
                # a figure the sentence names as known ("the 2.41 million freight units that
                # crossed last year", "The 2024 figure of 86 million trips") is a record,
                # whatever the sentence supposes of it
                (a, ca), (b, cb) = _as_known(a, ca), _as_known(b, cb)
                if (
                    _linked_pair(a, b, ca, cb, strong.get(getattr(b, "unit", ""), STRONG), lone)
                    or _swapped_pair(a, b, ca, cb)
                    or (
                        i in alone.get(j, ())
                        and _alone_pair(a, b, ca, cb, _head_prior(a, b, of_measure[_measure_key(a)]))
                    )
                ):
                    links.setdefault(i, []).append(j)
                    links.setdefault(j, []).append(i)
        for j in sorted(links):
            b = claims[j]
            if (b.location.line, b.location.column) in found:
                continue
            for i in links[j]:
                if i >= j:
                    break
                a = claims[i]
                if _agree(a, b) or _sourced_apart(ctx, a, b):
                    continue
                # the topic gives one value twice at most: a third value linked to either is
                # a series, not a slip
                values: list[float] = []
                for k in {*links[i], *links[j], i, j}:
                    if not any(agree(v, None, claims[k].value, None) for v in values):
                        values.append(claims[k].value)
                if len(values) > 2:
                    continue
                found.add((b.location.line, b.location.column))
                yield self._finding(a, b, _said_any(b), _said_any(a))
                break

    def _counts(self, ctx: CheckContext, anchor: _Anchor, in_prose: _InProse) -> Iterable[Finding]:
        """Counts of one thing: as one fact, then as restatements in other words."""
        counts = resolve_subjects([anchor(c) for c in ctx.claims.of_kind("count") if in_prose(c)], anchor.year)
        counted: set[int] = set()

        read = _reader(ctx, anchor)

        def one_fact(a: Any, b: Any, by_size: bool = True) -> bool:
            return (
                same_figure(a, b, by_size=by_size)
                and not in_prose.together(a, b)
                and not _far_apart(a, b)
                and not subjects_apart(read(a), read(b))
            )

        measures = _measures(counts)
        for j, b, earlier, bucket in _alike(counts, lambda c: ()):
            linked = functools.partial(one_fact, by_size=_head(b) not in measures)
            for a in earlier:
                if not linked(a, b) or _agree(a, b):
                    continue
                if _series(a, b, bucket, linked):
                    break
                if _part_named(a, b, read(a), read(b)):
                    continue  # "hives of the Weald district" / "hives": maybe a part
                counted.add(j)
                yield self._finding(a, b, stated(b), stated(a))
                break
        yield from self._restatements(
            counts,
            lambda c: thing_key(getattr(c, "thing", ""))[0],
            counted,
            stated,
            in_prose.apart,
            read,
            anchor.year,
        )
        yield from self._group_sizes(counts, in_prose)

    def _group_sizes(self, counts: Sequence[Any], in_prose: _InProse) -> Iterable[Finding]:
        """A group's size written as "the 164-strong mission" against the one count of its
        members the document gives in another paragraph ("the mission: 146 observers", "the
        orchestra has 96 musicians"), when it gives exactly one."""
        # each group's size with its group noun ("mission" of "mission members")
        sized = [
            (c, c.thing[: -len(" members")].split()[-1])
            for c in counts
            if c.text.endswith("-strong") and c.thing.endswith(" members")
        ]
        if not sized:
            return
        # the counts whose sentence names a group word, by that word (no pair of counts is
        # looked at twice; a word in very many sentences names no one group); the words of
        # a sentence read once, however many counts it holds
        groups = {group for _, group in sized}
        named: dict[str, set[str]] = {}
        naming: dict[str, list[Any]] = {}
        for c in counts:
            if c.sentence not in named:
                words = set(re.findall(r"[a-z]+", c.sentence.lower()))
                named[c.sentence] = groups & (words | {w[:-1] for w in words if w.endswith("s")})
            for w in named[c.sentence]:
                naming.setdefault(w, []).append(c)
        for g, group in sized:
            near = naming.get(group, [])
            if len(near) > _Near.COMMON:
                continue
            members = [c for c in near if c is not g and _of_group(c, group) and group_size_alike(g, c)]
            if len(members) != 1 or in_prose.together(g, members[0]):
                continue
            c = members[0]
            if _agree(g, c):
                continue
            a, b = (g, c) if (g.location.line, g.start) < (c.location.line, c.start) else (c, g)
            yield self._finding(a, b, stated(b), stated(a))

    def _quantities(self, ctx: CheckContext, anchor: _Anchor, in_prose: _InProse) -> Iterable[Finding]:
        """Measured quantities of one unit (after conversion to base units): as one fact,
        then as restatements in other words."""
        written = [_rate_in_unit(anchor(q)) for q in _compared_quantities(ctx, in_prose)]
        quantities = resolve_subjects(in_base_units(written), anchor.year)
        unit_written = {id(q): w.unit for q, w in zip(quantities, written)}

        def alike_units(p: Any, q: Any) -> bool:
            """A figure restated in another unit needs its period said alike: "holds 4.1 km³"
            is no restatement of "released 3,500 million m³ last year"; a note's remark and
            the paragraph that refers to it describe two things."""
            if not in_prose.apart(p, q):
                return False
            if unit_written[id(p)] == unit_written[id(q)]:
                return True
            sp, sq = p.subject, q.subject
            return sp is not None and sq is not None and bool(sp.period) == bool(sq.period)

        reported: set[int] = set()
        read = _reader(ctx, anchor)

        def one_fact(p: Any, q: Any) -> bool:
            return (
                p.unit == q.unit
                and same_figure(p, q)
                and not in_prose.together(p, q)
                and not _far_apart(p, q)
                and not subjects_apart(read(p), read(q))
            )

        for j, q, earlier, bucket in _alike(quantities, lambda x: (x.unit,)):
            for p in earlier:
                if not one_fact(p, q) or _agree(p, q):
                    continue
                if _series(p, q, bucket, one_fact):
                    break
                reported.add(j)
                yield self._finding(p, q, _said(q), _said(p))
                break
        yield from self._restatements(quantities, lambda q: q.unit, reported, _said, alike_units, read, anchor.year)

    def _amounts(self, ctx: CheckContext, anchor: _Anchor, in_prose: _InProse) -> Iterable[Finding]:
        """Amounts of money of one currency: as one fact (of one year, or priced alike), then
        as restatements in other words."""
        amounts = resolve_subjects(
            per_unit_prices([anchor(m) for m in ctx.claims.of_kind("money") if in_prose(m)]), anchor.year
        )
        # compared as one fact: amounts of a year, and those of none that say what they price
        # and for whom ("each R21 dose, at $3.40"); the others only as restatements below
        money = [m for m in amounts if m.year or (m.subject is not None and m.subject.what and m.subject.scope)]
        paid: set[int] = set()

        read = _reader(ctx, anchor)

        def one_price(ma: Any, mb: Any) -> bool:
            return _one_price(ma, mb, in_prose) and not _far_apart(ma, mb) and not subjects_apart(read(ma), read(mb))

        for j, mb, earlier, bucket in _alike(money, lambda m: (m.currency, m.year)):
            for ma in earlier:
                if not one_price(ma, mb) or _agree(ma, mb):
                    continue
                if _series(ma, mb, bucket, one_price):
                    break
                paid.add(j)
                yield self._finding(ma, mb, human(mb.value, mb.currency), human(ma.value, ma.currency))
                break
        # amounts restated in other words: one currency, and one year where both give one
        found = {id(money[j]) for j in paid}
        done = {k for k, m in enumerate(amounts) if id(m) in found}

        def fits(a: Any, b: Any) -> bool:
            return _same_year(a, b) and in_prose.apart(a, b)

        yield from self._restatements(amounts, lambda m: m.currency, done, _said, fits, read, anchor.year)

    def _restatements(
        self,
        quantities: Sequence[_N],
        key: Callable[[_N], str],
        reported: set[int],
        said: Callable[[_N], str],
        fits: Callable[[_N, _N], bool] | None = None,
        read: Callable[[_N], Context] | None = None,
        published: int | None = None,
    ) -> Iterable[Finding]:
        """Figures of one unit (counts: of one counted noun) whose clauses say the same thing
        in other words (:func:`~claimcheck.extract.linking.figures.restated`, with the
        publication year ``published``).

        A topic where the text gives three or more values of the same measure in like words
        ("sampled to 30 cm ... to 60 cm ... to 1 m") compares alternatives, not one fact
        restated: silent. So is a pair where both values are each stated more than once, and
        a count of a named part against one that names nothing (:func:`_part_named`)."""
        by_unit: dict[str, list[int]] = {}
        for i, q in enumerate(quantities):
            if key(q):
                by_unit.setdefault(key(q), []).append(i)
        size = [abs(q.value) for q in quantities]
        for idx in by_unit.values():
            if len(idx) < 2:
                continue
            near = _Near(quantities, idx)
            for j in idx:
                if j in reported:
                    continue
                b = quantities[j]
                for i in near.of(j):
                    if i >= j:
                        break
                    # values no slip could join (restated() asks it too): tested here without
                    # a call, for every pair of a topic of up to _Near.COMMON figures
                    low, high = (size[i], size[j]) if size[i] <= size[j] else (size[j], size[i])
                    if low == 0 or (high > 2 * low and (high > 10 * low or not transposed(low, high))):
                        continue
                    a = quantities[i]
                    if _agree(a, b) or not restated(a, b, published):
                        continue
                    if fits is not None and not fits(a, b):
                        continue
                    if _beside_its_restatement(a, b, quantities):
                        continue  # "asks for €1,050; at €840 the service cannot ...": €840 is restated
                    if read is not None and _part_named(a, b, read(a), read(b)):
                        continue
                    if read is not None and subjects_apart(read(a), read(b)):
                        continue  # "2. The Harthill Navigation" / "3. The Beldon Canal": two cases
                    around = sorted(set(near.of(i)) | set(near.of(j)) | {i, j})
                    topic = [
                        quantities[k]
                        for k in around
                        if k in (i, j) or restated(quantities[k], a, published) or restated(quantities[k], b, published)
                    ]
                    values: list[float] = []
                    for q in topic:
                        if q.qualifier in _BOUNDS and q is not a and q is not b:
                            continue  # "18 peaks over 3,000 metres": a bound, not another value
                        if not any(agree(v, None, q.value, None) for v in values):
                            values.append(q.value)
                    if len(values) > 2:
                        break
                    # (each counted without the other of the pair: "612 km" and "621 km" are
                    # within 5% of each other, not each stated twice)
                    if (
                        sum(agree(q.value, None, b.value, None) for q in topic if q is not a) > 1
                        and sum(agree(q.value, None, a.value, None) for q in topic if q is not b) > 1
                    ):
                        break
                    reported.add(j)
                    yield self._finding(a, b, said(b), said(a))
                    break

    def _finding(self, a: NumericClaim, b: NumericClaim, here: str, there: str) -> Finding:
        return self.finding(
            b,
            f"'{here}' here, but '{there}' at line {a.location.line}",
            related=[(a.location, f"stated as '{there}' here")],
            help="use one figure, or say why they differ (date, scope, source)",
            subject=f"{b.text} / {a.text}",
        )


class _InProse:
    """Whether a figure stands in prose: the text, or a remark in a note ("The model we used
    has a resolution of about 100 km."), not a note's citation (its title, volume, pages).
    A note belongs to the paragraphs that refer to it: a figure of the note and one of such a
    paragraph are :meth:`together` (a paragraph that gives two values of one thing, here
    with its note, describes two things)."""

    def __init__(self, ctx: CheckContext) -> None:
        self.notes = {(f.article, f.label): f.text for f in ctx.document.iter_footnotes()}
        self.parts: dict[tuple[int, str], list[tuple[int, int]]] = {}
        self.referring: dict[tuple[int, str], set[int]] = {}
        for article in ctx.document.articles:
            for ref in article.refs:
                self.referring.setdefault((article.index, ref.label), set()).add(ref.block)
        # two lines of one form give two items' figures, not one fact twice (extract/forms.py)
        self.document = ctx.document
        # the quotations with a named speaker, by paragraph: (start, end, the words of the name)
        self.quoted: dict[tuple[int, int], list[tuple[int, int, frozenset[str]]]] = {}
        for q in ctx.claims.of_type(QuotationClaim):
            if q.block is not None and q.footnote is None and q.speaker:
                self.quoted.setdefault((q.article, q.block), []).append((q.start, q.end, frozenset(q.speaker.split())))

        # who says each figure that stands in a quotation with a named speaker, by its place
        self.said_by: dict[tuple[int, int], frozenset[str]] = {}
        if self.quoted:
            for c in (c for kind in ("count", "money", "quantity") for c in ctx.claims.of_kind(kind)):
                who = self._speaker(c)
                if who is not None:
                    self.said_by[(c.location.line, c.location.column)] = who

    def _speaker(self, claim: Claim) -> frozenset[str] | None:
        """The words of the name of who says the quotation a figure stands in, when named."""
        if claim.footnote is not None or claim.block is None:
            return None
        for start, end, who in self.quoted.get((claim.article, claim.block), ()):
            if start <= claim.start and claim.end <= end:
                return who
        return None

    def two_speakers(self, finding: Finding) -> bool:
        """Do a finding's two figures each stand in a quotation of another named person
        ("Every Monday I walk into court with forty files," said one lawyer / "Some Mondays I
        walk into court with fifty files," said another)? Each speaks of their own work. Two
        names are one person's when they share a word ("Chan Wai-ming" / "Chan", "Ana Ruiz" /
        "Ruiz"), whichever order the name is written in."""
        if not self.said_by or not finding.related:
            return False
        here = self.said_by.get((finding.location.line, finding.location.column))
        there = self.said_by.get((finding.related[0].location.line, finding.related[0].location.column))
        return here is not None and there is not None and not here & there

    def _blocks(self, claim: Claim) -> set[int]:
        if claim.footnote is None:
            return {claim.block} if claim.block is not None else set()
        return self.referring.get((claim.article, claim.footnote), set())

    def together(self, a: Claim, b: Claim) -> bool:
        """Not to be compared: a figure of a note and one of a paragraph that refers to it (or
        of the note itself); or a figure of a note and another more than twice or less than half
        its size (a note gives a part or another count more often than a slip: "18 hydropower
        projects in the least developed countries" / "268 hydropower projects")."""
        if a.footnote is None and b.footnote is None:
            if a.block is None or b.block is None:
                return False
            if a.article == b.article and labelled_apart(self.document, a.article, a.block, b.block):
                return True  # "Reading Night - ... 90 sign-ups" / "Volunteer Day - ... 60 sign-ups": two items
            targets = document_weights(self.document).targets
            if ((a.article, a.block) in targets) != ((b.article, b.block) in targets):
                return True  # a figure under "Targets" against one under "Current levels": an aim and a level
            form = sentence_form(self.document, a.article, a.block, a.sentence)
            return form is not None and form == sentence_form(self.document, b.article, b.block, b.sentence)
        low, high = sorted((abs(getattr(a, "value", 0.0)), abs(getattr(b, "value", 0.0))))
        if high > 2 * low:
            return True
        if a.article != b.article:
            return False
        return a.footnote == b.footnote or bool(self._blocks(a) & self._blocks(b))

    def apart(self, a: Any, b: Any) -> bool:
        return not self.together(a, b)

    def __call__(self, claim: Claim) -> bool:
        if claim.footnote is None:
            return True
        key = (claim.article, claim.footnote)
        if key not in self.parts:
            from claimcheck.extract.citations import footnote_parts

            text = self.notes.get(key, "")
            self.parts[key] = [(p.start, p.end) for p in footnote_parts(text) if p.kind == "prose"] if text else []
        return any(a <= claim.start and claim.end <= b for a, b in self.parts[key])


#: Units of shares and spans of time say nothing of what they measure ("12%", "10 years"):
#: two of them are never taken for one quantity.
#: units of data size: a technical text works with many of them (a field of 32 bytes, a
#: signature of 64, a script of 41), sizes of many things, not one fact restated
_DATA_UNITS = frozenset("bit byte kilobyte megabyte gigabyte terabyte petabyte kibibyte mebibyte gibibyte".split())
#: the data units counted together, in bits
_BITS = {"bit": 1.0, "byte": 8.0, "kilobyte": 8e3, "megabyte": 8e6, "kibibyte": 8.0 * 1024, "mebibyte": 8.0 * 1024**2}
#: a width in bits written as a modifier ("a 32-bit counter", "64-bit builds"): the kind
#: of the thing, not an amount of it
_WIDTH = re.compile(r"\d+-bits?")
#: distinct values of one data unit in a document that make it a measure the text works with
_WORKING_VALUES = 4


def _compared_quantities(ctx: CheckContext, in_prose: Any) -> list[Any]:
    """The quantities in prose NU003 compares: not a share, a time span or an angle
    (:data:`_NOT_COMPARED`), nor a size in a data unit the document gives four or more
    different values of ("9 bytes", "41 bytes", "64-byte", "65 bytes" …: a text about a
    format's fields, where two sizes are two fields), nor a width in bits written as a
    modifier ("a 32-bit counter": what kind of counter, not how big a thing is)."""
    if "nu003-quantities" not in ctx.shared:  # read by _quantities and by _dimensions
        every = [
            q
            for q in ctx.claims.of_kind("quantity")
            if in_prose(q) and (q.unit not in _NOT_COMPARED or _time_summed(q))
        ]
        values: dict[str, set[float]] = {}
        for q in every:
            if q.unit in _DATA_UNITS:
                values.setdefault(q.unit, set()).add(q.value)
        working = {u for u, v in values.items() if len(v) >= _WORKING_VALUES}
        # sizes in bits, bytes and their multiples alike, widths too ("51 bits", "4 bytes",
        # "a 32-bit field", "1 MB"): one measure of many values, whatever unit each is in
        if len({round(q.value * _BITS[q.unit], 6) for q in every if q.unit in _BITS}) >= _WORKING_VALUES:
            working |= _DATA_UNITS
        prose = [q for q in every if not _WIDTH.fullmatch(q.text)]
        ctx.shared["nu003-quantities"] = [q for q in prose if q.unit not in working]
    return list(ctx.shared["nu003-quantities"])


#: the units of a span of time measured ("a mean wait of 82 minutes", "down for 19 days"),
#: not the length of a programme or a plan ("ten years", "six months")
_SPAN_UNITS = ("minute", "hour", "day", "week")
#: the seconds in each, to read every span in one unit
_SPAN_SECONDS = {"minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0}
#: more spans than this in one sentence are a list of them
_SPANS_LISTED = 2


def _span_unit(q: Any) -> bool:
    """Is ``q`` a span of time in a unit :func:`_measured_spans` reads (in base units or not)?"""
    return bool(q.unit in _SPAN_UNITS or q.unit == "second")


#: a window measured from the moment it is said: "over the past nine weeks", "in the last
#: 10 days", "for the next six weeks", "the previous 12 months"
_WINDOW_BEFORE = re.compile(
    r"\b(?:the|these|those)\s+(?:past|last|previous|preceding|next|coming|following|recent)\s+(?:few\s+)?$",
    re.IGNORECASE,
)


def _trailing_window(q: Any) -> bool:
    """Is a span a window counted back or forward from when it is said ("the past ten
    weeks" in one remark, "the past nine weeks before that" in the next): two such are
    measured from two moments, no one duration said twice."""
    before = written_before(q.sentence, q.text, 30)
    return before is not None and bool(_WINDOW_BEFORE.search(before))


def _measured_spans(ctx: CheckContext, anchor: Any, in_prose: Any) -> list[Any]:
    """The spans of time in minutes, hours, days or weeks in prose ("the mean wait reached
    82 minutes", "systems were down for 19 days", "a wait of more than nine weeks"), in
    seconds, a compound span as one ("1 hour 32 minutes" is 92 minutes; "2 days and 6
    hours"); not the thousands of hours worked or lost (:func:`_time_summed`, compared as
    amounts), nor those of a sentence that lists three spans or more (a table of targets
    read as text). They are compared only by their contexts (:meth:`NU003._linked`): two
    spans of one measure said alike are many ("within 7 minutes", "within 15 minutes"),
    one span restated is what a context link finds."""
    spans = sorted(
        (
            anchor(q)
            for q in ctx.claims.of_kind("quantity")
            if in_prose(q) and q.unit in _SPAN_UNITS and not _time_summed(q) and not _trailing_window(q)
        ),
        key=lambda q: (q.article, q.block if q.block is not None else -1, q.footnote or "", q.start),
    )
    # a compound span ("1 hour 32 minutes") is one quantity already: the extractor joins
    # its parts (:func:`claimcheck.extract.numeric.analyse`)
    out = list(spans)
    # a sentence of three spans or more is a list of them (standards, targets, a table read
    # as text): its words are every span's, no one span's context
    per_sentence: dict[tuple[Any, ...], int] = {}
    for q in out:
        key = (q.article, q.block, q.footnote, q.sentence)
        per_sentence[key] = per_sentence.get(key, 0) + 1
    seconds = []
    for q in out:
        if per_sentence[(q.article, q.block, q.footnote, q.sentence)] > _SPANS_LISTED:
            continue
        factor = _SPAN_SECONDS[q.unit]
        update: dict[str, object] = {"value": q.value * factor, "unit": "second"}
        for bound in ("low", "high"):
            if getattr(q, bound, None) is not None:
                update[bound] = getattr(q, bound) * factor
        seconds.append(q.model_copy(update=update))
    return seconds


_NOT_COMPARED = frozenset(
    """percent percentage_point basis_point permille year month week day hour minute second
    decade century millennium degree""".split()
)


#: units of time a total is summed in ("241,000 volunteer hours", "2.7 million working days
#: lost"), from :data:`_TIME_SUMMED` of them up: no span of one thing is that long in them
_SUMMED_UNITS = frozenset("minute hour day week".split())
_TIME_SUMMED = 1000


def _time_summed(q: Any) -> bool:
    """Is a time a total summed over many (hours worked, days lost: "logged 241,000 hours"),
    not a span ("lasted 45 days", "10 years")? Thousands of hours or days are worked, lost
    or watched by many, and compared like any other amount."""
    return q.unit in _SUMMED_UNITS and abs(q.value) >= _TIME_SUMMED


_BOUNDS = frozenset({"more than", "over", "at least", "less than", "under", "up to", "at most"})


class _Near:
    """The figures of one unit that :func:`restated` could link to a figure, by shared key
    (comparing every pair, and every figure again for each pair's topic, was quadratic to
    cubic): two figures it links share two context words, or one period and one named place
    or body. A figure with very many context words is near every other. A key shared by more
    than ``COMMON`` (100) figures ("handled", "worth" in hundreds of sentences of one template) is a
    house phrase, not a topic, and links none: so a document of any size costs what its
    topics cost."""

    WIDE = 40
    COMMON = 100

    def __init__(self, quantities: Sequence[Any], idx: list[int]) -> None:
        self.idx = idx
        self.keys: dict[int, set[tuple[Any, ...]]] = {}
        self.index: dict[tuple[Any, ...], list[int]] = {}
        self.wide: list[int] = []
        for k in idx:
            keys = _restated_keys(quantities[k], self.WIDE)
            if keys is None:
                self.wide.append(k)
                continue
            self.keys[k] = keys
            for key in keys:
                self.index.setdefault(key, []).append(k)
        for key in [key for key, ks in self.index.items() if len(ks) > self.COMMON]:
            del self.index[key]

    def of(self, k: int) -> list[int]:
        """Indexes (ascending) of the figures that may be restatements of figure ``k``."""
        keys = self.keys.get(k)
        if keys is None:
            return self.idx
        return sorted({i for key in keys for i in self.index.get(key, ())} | set(self.wide))


def _restated_keys(q: Any, wide: int) -> set[tuple[Any, ...]] | None:
    """What :func:`restated` needs two figures to share: two context words, or one period
    and one named place, body or firm."""
    from claimcheck.extract.linking.figures import context_words

    s = q.subject
    if s is None:
        return set()  # restated() is never true of it
    words = sorted(context_words(q))
    if len(words) > wide:
        return None
    keys: set[tuple[Any, ...]] = {("w", x, y) for n, x in enumerate(words) for y in words[n + 1 :]}
    if s.period:
        keys.update(("p", s.period, name) for name in set(s.scope))
    return keys


def _alike(
    claims: Sequence[Any], key: Callable[[Any], tuple[Any, ...]]
) -> Iterable[tuple[int, Any, list[Any], list[Any]]]:
    """Each claim (its index, itself) with the earlier ones (in order) that could state the
    same fact, and all of them, earlier and later: those with a subject of the same
    ``period`` and head noun of ``what`` (which :func:`same_figure` requires) and the same
    ``key(claim)``. Comparing every pair made the rule quadratic."""
    buckets: dict[tuple[Any, ...], list[Any]] = {}
    placed: list[tuple[int, Any, list[Any], int]] = []
    for j, b in enumerate(claims):
        if b.subject is None:
            continue  # same_figure is never true of it
        head = b.subject.what.rsplit(" ", 1)[-1]  # same_figure links "member country" and "country"
        bucket = buckets.setdefault((head, b.subject.period, *key(b)), [])
        placed.append((j, b, bucket, len(bucket)))
        bucket.append(b)
    for j, b, bucket, k in placed:
        yield j, b, bucket[:k], bucket


#: how many values of one noun make it a measure the document counts in
_MEASURE_VALUES = 4


def _head(c: Any) -> str:
    """The head noun of what a figure is about (:func:`_alike`'s buckets)."""
    return str(c.subject.what.rsplit(" ", 1)[-1])


def _measures(counts: Sequence[Any]) -> frozenset[str]:
    """The nouns the document counts in as measures rather than things it sizes once: a
    noun counted with four values or more, in any period ("6 blocks", "600 blocks",
    "11,000 blocks", "200,000 blocks"; "12 pages", "40 pages", "300 pages"). Two of its
    values near each other are two sizes, not one fact restated."""
    values: dict[str, list[float]] = {}
    for c in counts:
        if c.subject is None:
            continue
        seen = values.setdefault(_head(c), [])
        if not any(agree(v, None, c.value, None) for v in seen):
            seen.append(c.value)
    return frozenset(h for h, vs in values.items() if len(vs) >= _MEASURE_VALUES)


def _far_apart(a: Any, b: Any) -> bool:
    """Are two values of one fact more than ten times apart with other digits ("72 weight
    units" / "4 million weight units")? A slip changes a digit, swaps two or writes the
    wrong scale ("4.2 million" / "4.2 billion": the same digits), not all of them."""
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high <= 10 * low:
        return False
    return significant(low) != significant(high)


def _series(a: Any, b: Any, bucket: list[Any], linked: Callable[[Any, Any], bool]) -> bool:
    """Do ``a`` and ``b`` (two values of one fact) belong to a series: a third value of the
    same fact linked to either ("186,370 visitors" at one time of the evening, "224,228"
    and "240,974" at the next; "2 detailed updates" under one item of a report and "3" under
    the next)? The text then gives readings, not one fact restated with a slip."""
    values = [a.value, b.value]
    for c in bucket:
        if c is a or c is b or any(agree(v, None, c.value, None) for v in values):
            continue
        if linked(c, a) or linked(c, b):
            return True
    return False


def _part_named(a: Any, b: Any, ca: Context, cb: Context) -> bool:
    """Are ``a`` and ``b`` counts of a bare noun, one sentence naming a place or body the
    other's never says, while the other names nothing at all, nor goes on about what its
    paragraph named ("6,900 hives of the Weald district" / "5,820 hives with the county")?
    The named one may be a part: the alone path's veto (:func:`_alone_pair`), for counts
    linked by their size or their words."""
    if a.kind != "count" or (specific_thing(a.thing) and specific_thing(b.thing)):
        return False
    for x, y, cy in ((a, b, cb), (b, a, ca)):
        # (a name after the figure narrows it, "hives of the Weald district"; one before it
        # may own the whole, "The Loire flood plan covered 212 communes")
        at = x.sentence.find(x.text)
        named = [n for n in x.subject.scope if at >= 0 and x.sentence.find(_bare(n), at) > at]
        if named and not y.subject.scope and not (cy.names or cy.inherited):
            if not any(_bare(n).lower() in y.sentence.lower() for n in named):
                return True
    return False


#: counted nouns that name one thing in other words ("passengers" / "travellers")
_SAME_NOUN = {
    "traveller": "passenger",
    "traveler": "passenger",
    "employee": "worker",
    "resident": "inhabitant",
    "pupil": "student",
    "firm": "company",
    "vessel": "ship",
    "lorry": "truck",
    "physician": "doctor",
    "staff": "worker",
}
_EMPLOY_BEFORE = re.compile(
    r"\bemploy(?:s|ed|ing)?\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|fewer\s+than|"
    r"at\s+least|close\s+to|only|just)\s+)?$",
    re.IGNORECASE,
)


#: the heads a count of deaths is said with besides "deaths" ("kills 59,000 people", "a
#: toll of 69,000 lives")
_DEAD = frozenset("people person life live lives".split())
_QUALIFIER = (
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|close\s+to|an\s+estimated)\s+)?"
)
#: before a count of people, what says they died: "kills", "killed", "a toll of"
_KILLED_BEFORE = re.compile(r"\b(?:kill(?:s|ed|ing)?|toll\s+of)\s+" + _QUALIFIER + "$", re.IGNORECASE)
#: before a count of lives, what says they were lost: "a toll of", "claims", "cost", "took"
_LIVES_LOST_BEFORE = re.compile(
    r"\b(?:toll\s+of|claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|akes?|aking)|los(?:t|es?|ing))\s+" + _QUALIFIER + "$",
    re.IGNORECASE,
)
#: after a count of people, what says they died: "59,000 people die of rabies"
_DIED_AFTER = re.compile(r"\s+(?:die|died|dies|dying|were\s+killed|are\s+killed|lost\s+their\s+lives)\b", re.IGNORECASE)


def _died(claim: Any, head: str) -> bool:
    """Is a count of people or lives a count of deaths ("rabies kills 59,000 people a year",
    "an annual toll of 69,000 lives", "claimed 1,200 lives", "3,100 people died")? Lives
    saved, people employed or reached are not."""
    sentence = claim.sentence or ""
    before = written_before(sentence, claim.text, 40)
    if before is None:
        return False
    if head in ("life", "live", "lives"):
        return bool(_LIVES_LOST_BEFORE.search(before))
    at = sentence.find(claim.text) + len(claim.text)
    thing = getattr(claim, "thing", "") or ""
    after = sentence[at:]
    if thing and after.lstrip().startswith(thing):
        after = after.lstrip()[len(thing) :]
    return bool(_KILLED_BEFORE.search(before)) or bool(_DIED_AFTER.match(after))


def _employed(claim: Any) -> bool:
    """Is the count right after "employ" ("employs 3,100 people", "employed some 800")?"""
    before = written_before(claim.sentence, claim.text, 40)
    return before is not None and bool(_EMPLOY_BEFORE.search(before))


#: a supposition a modal alone does not make: a condition, an example, a counterfactual past
_SUPPOSED = re.compile(
    r"\b(?:if|unless|suppose|supposing|imagine|assum\w*|for\s+(?:example|instance)|e\.\s?g\.|say,|"
    r"hypothetical\w*|scenario\w*|illustrat\w*|consider|otherwise|let's|let\s+us|recall|"
    r"(?:would|could|might|may)(?:\s+not)?\s+have)\b",
    re.IGNORECASE,
)
#: a known amount named as such: "against the £0.68 billion ...", "The £0.19 billion that ..."
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|this|these|those|our)|['’]s)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:[/–-]\d\d)?\b")
_MONTH_NAME = "(?:" + "|".join(sorted(m.capitalize() for m in MONTH_NAMES)) + ")"
#: a window written in full: "between October 2021 and the end of January 2025", "from
#: March 2022 to June 2025"
_WINDOW = re.compile(
    rf"\b(?:between|from)\s+(?:(?P<m1>{_MONTH_NAME})\s+)?(?P<y1>(?:19|20)\d\d)\s+(?:and|to|until)\s+"
    rf"(?:the\s+end\s+of\s+)?(?:(?P<m2>{_MONTH_NAME})\s+)?(?P<y2>(?:19|20)\d\d)\b"
)
_RELATIVE_YEAR = {"last year": -1, "this year": 0, "previous year": -1, "past year": -1}
#: "this summer" (as :func:`claimcheck.extract.subjects.periods` writes it); "last winter"
#: may be of this year or the one before, and stays as written
_RELATIVE_SEASON = re.compile(r"this (spring|summer|autumn|fall|winter)")


class _Anchor:
    """A figure's subject as compared: "last year" and "this year" read as the years they
    are from the document's publication date ("61.6 million passengers in 2024" / "the
    travellers of last year", published in 2025; "this summer" is the summer of that year), and a counted noun in its common form
    (:data:`_SAME_NOUN`). One copy per claim, so the lists built from one claim set share
    them."""

    def __init__(self, published: Any) -> None:
        self.year = getattr(published, "year", None)
        self.month = getattr(published, "month", None)
        #: each claim read, kept (so that its id is not another's later) with its copy
        self.done: dict[int, tuple[Any, Any]] = {}
        #: the figures read as records though their sentence has a modal (:meth:`_record`)
        self.records: set[int] = set()

    def __call__(self, claim: _N) -> _N:
        s = claim.subject
        if s is None:
            return claim
        got = self.done.get(id(claim))
        if got is not None and got[0] is claim:
            return got[1]  # type: ignore[no-any-return]  # the copy made for this claim
        period = s.period
        if self.year and any(p in _RELATIVE_YEAR or _RELATIVE_SEASON.fullmatch(p) for p in period):
            period = tuple(sorted({w for p in period for w in self._absolute(p)}))
        period = self._to_date(claim, period)
        what = s.what
        head = what.rsplit(" ", 1)[-1] if what else ""
        if head in ("people", "person") and what == head and _employed(claim):
            head = what = "worker"  # "the plant employs 3,100 people": its workers
        elif head in _DEAD and what == head and _died(claim, head):
            head = what = "death"  # "kills 59,000 people", "a toll of 69,000 lives": deaths
        if head in _SAME_NOUN:
            what = what[: len(what) - len(head)] + _SAME_NOUN[head]
        given = taken_as_given(claim.sentence or "", claim.text)
        supposed = s.hypothetical and not given and not self._record(claim, period)
        out = claim
        if period != s.period or what != s.what or supposed != s.hypothetical:
            update = {"period": period, "what": what, "hypothetical": supposed}
            out = claim.model_copy(update={"subject": s.model_copy(update=update)})
        if supposed != s.hypothetical or given:
            self.records.add(id(out))
        self.done[id(claim)] = (claim, out)
        return out

    def _record(self, claim: Any, period: tuple[str, ...]) -> bool:
        """A known amount ("the £0.68 billion ...") dated to a past year in a sentence whose
        only supposition is a modal ("Its cost would be modest against the £0.68 billion
        councils put into libraries in 2023/24"; "The £0.19 billion passengers paid last year
        would not cover ...") is a record the supposition is measured against, not a supposed
        value; the modal's own figure ("would cost £2.1 billion"), "would have", "if", "for
        example" keep it one."""
        sentence = claim.sentence or ""
        at = sentence.find(claim.text)
        if at >= 0 and _PRESENT_BEFORE.search(sentence, max(0, at - 40), at):
            return not _SUPPOSED.search(sentence)  # "would deepen it from its present 3.8 metres": the value now
        if self.year is None or at < 0 or not _DEFINITE_BEFORE.search(sentence, max(0, at - 40), at):
            return False  # "would cost £2.1 billion": the supposed value itself, not a known amount
        years = [int(p[:4]) for p in period if p[:4].isdigit()]
        if not period:  # the year of the clause the figure is the object of ("... put into libraries in 2023/24")
            years = [int(y) for y in _YEAR.findall(sentence)]
            years += [self.year + d for p, d in _RELATIVE_YEAR.items() if p in sentence.lower()]
        if not years or max(years) >= self.year:
            return False
        return not _SUPPOSED.search(sentence)

    def _to_date(self, claim: Any, period: tuple[str, ...]) -> tuple[str, ...]:
        """A window that runs to the last months before publication is one "since" its
        start: "between October 2021 and the end of January 2025" (published in March 2025)
        is "since October 2021". Only a window written in full in the figure's sentence,
        its end at most four months before the publication month."""
        if not self.year or not self.month or "since" in period:
            return period
        m = _WINDOW.search(claim.sentence or "")
        if m is None:
            return period
        end_month = MONTHS.get((m.group("m2") or "december").lower(), 12)
        months_before = (self.year - int(m.group("y2"))) * 12 + self.month - end_month
        if not 0 <= months_before <= 4:
            return period
        start = {m.group("y1")} | ({m.group("m1").lower()} if m.group("m1") else set())
        end = {m.group("y2")} | ({m.group("m2").lower()} if m.group("m2") else set())
        if m.group("y1") not in period or not set(period) <= start | end:
            return period  # the figure's period is another
        return tuple(sorted((set(period) & start) | {"since"}))

    def _absolute(self, p: str) -> tuple[str, ...]:
        """A period relative to the publication year as absolute ones: "last year" is
        "2024" (published in 2025), "this summer" is "2025" and "summer"."""
        assert self.year is not None
        if p in _RELATIVE_YEAR:
            return (str(self.year + _RELATIVE_YEAR[p]),)
        m = _RELATIVE_SEASON.fullmatch(p)
        if m is None:
            return (p,)
        return str(self.year), m.group(1)


def _beside_its_restatement(a: Any, b: Any, claims: Sequence[Any]) -> bool:
    """Does the paragraph of ``b`` (the later figure, or a summary's) give ``a``'s value too,
    as written ("The guild asks for €1,050 per visit; at €840 per visit the service cannot
    keep its pilots" against an earlier "a fee of €840 per visit")? Then that paragraph
    restates ``a`` as written, and the figure beside it is another fact (a target, a rate,
    another year), not a slip. (The other way round, a paragraph that gives a whole and its
    part, "$26 billion, of which $21 billion …", says nothing of what a later figure is.)"""
    if b.block is None:
        return False
    for c in claims:
        if c is not b and c.article == b.article and c.block == b.block and c.footnote == b.footnote:
            if c.start != b.start and c.value == a.value and c.kind == a.kind and _measured_alike(c, a):
                return True
    return False


def _agree(a: NumericClaim, b: NumericClaim) -> bool:
    """Could two statements of one figure both be true: within rounding and hedges
    (:func:`agree`), and equal at the precision both are written to; or one a range that
    holds the other ("10,000 to 100,000 lines" / "100,000 lines": an edge of a band)."""
    if in_range(a, b) or in_range(b, a):
        return True
    if _past_just(a, b) or _past_just(b, a):
        return False
    return agree(a.value, a.qualifier, b.value, b.qualifier) and rounded_alike(a, b) and hedged_alike(a, b)


#: a bound said to be near: "just over", "just under", "only just above", "slightly less than"
_JUST = re.compile(
    r"\b(?:just|slightly|a\s+little|marginally)\s+(?:over|under|above|below|more\s+than|less\s+than|fewer\s+than)\s*$",
    re.IGNORECASE,
)
#: how far past its bound a value said to be just over (or under) it may lie: a tenth
_JUST_PAST = 0.1


def _past_just(a: NumericClaim, b: NumericClaim) -> bool:
    """Is ``a`` a bound said to be near ("just over ten and a half kilometres") and ``b``
    well past it (12 km; more than a tenth beyond)? "Just over" is no open bound."""
    if a.qualifier not in _BOUNDS or a.value == 0:
        return False
    before = written_before(a.sentence or "", a.text, 30)
    if before is None or not _JUST.search(before):
        return False
    if a.qualifier in ("more than", "over", "at least"):
        return b.value > a.value * (1 + _JUST_PAST)
    return b.value < a.value * (1 - _JUST_PAST)


def _of_group(c: Any, group: str) -> bool:
    """Does the count ``c`` give the members of a ``group`` its sentence names right before
    it ("the mission to West Africa: 146 observers", "The orchestra has 96 musicians",
    "a mission of 146 observers")?"""
    if c.text.endswith("-strong"):
        return False
    before = written_before(c.sentence, c.text, 100)
    return before is not None and bool(_GROUP_BEFORE(group).search(before))


@functools.lru_cache(maxsize=256)
def _GROUP_BEFORE(group: str) -> re.Pattern[str]:
    # built from a document's word: the standard module's (never kept in the cache folder)
    import re as std_re

    return std_re.compile(
        rf"\b{re.escape(group)}s?\b[^.;\d]{{0,60}}?(?::|\bof|\b(?:has|have|had|numbers|numbered|counts|counted|"
        rf"comprises|comprised|with))\s+(?:about|around|some|nearly|almost|over|more\s+than|just|only|its|their)?\s*$",
        re.IGNORECASE,
    )


#: how far twelve times a monthly rate may be from the year's total (months differ; the rate
#: is an average rounded to two or three figures)
_MONTHS_SLACK = 0.08


#: a superlative that picks one of several ("the busiest line", "its largest depot", "the
#: costliest month"): what the figure is of is a part, not the whole ("latest", "earliest"
#: say when, not which)
_SUPERLATIVE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[A-Za-z]+['’]s)\s+"
    r"(?!(?:lat|earli|new|inter|for|harv|hon|mod|prot|sugg|requ|dig|cont|arr|inv|manif|b|w|n|r|t|gu|qu|ch|pri)est\b)"
    r"[a-z]{2,}(?:iest|[^aeiou\W]est)\b",
)


def _one_of_many(c: Any) -> bool:
    """Is the figure said of one of several, by a superlative in its sentence before it ("The
    busiest line alone carried 1.9 million passengers a month")?"""
    before = written_before(c.sentence, c.text, 120)
    return before is not None and bool(_SUPERLATIVE.search(before))


def _in_words(value: float) -> str:
    """A value rounded to three figures, with its scale word: 1,572,000 -> "1.57 million"."""
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= factor:
            return f"{value / factor:.3g} {word}"
    return f"{float(f'{value:.3g}'):,.0f}"


def _monthly_year(c: Any) -> str | None:
    """The one year of a figure said as a rate "per month" (read by the anchor: "last
    year" is a year), when its period says nothing else; otherwise None."""
    s = c.subject
    if s is None or "per month" not in s.period or c.value <= 0:
        return None
    rest: list[str] = [p for p in s.period if p != "per month"]
    if len(rest) != 1 or not re.fullmatch(r"(?:19|20)\d\d", rest[0]):
        return None
    year: str = rest[0]
    return year


#: a period "per ..." of a subject and the unit of time it divides a quantity by
_PER_TIME = {"per second": "second", "per hour": "hour", "per day": "day", "per week": "week", "per year": "year"}


def _rate_in_unit(q: Any) -> Any:
    """A quantity whose rate is said as its period ("3.2 cubic metres a second") as one
    with a rate unit ("4.1 m³ per second" is ``meter ** 3 / second``), so that the two are
    compared; a unit that is a rate already, or two periods "per ...", stay as they are.
    The period stays the subject's: two figures "a day" still name the same period."""
    s = q.subject
    if s is None or not q.unit or "/" in q.unit:
        return q
    per = [p for p in s.period if p.startswith("per ")]
    if len(per) != 1 or per[0] not in _PER_TIME:
        return q
    return q.model_copy(update={"unit": f"{q.unit} / {_PER_TIME[per[0]]}"})  # (the period is kept: "a day" both)


def _one_price(ma: MoneyClaim, mb: MoneyClaim, in_prose: _InProse) -> bool:
    """Do two amounts state one fact: one currency and year, the same fact
    (:func:`same_figure`), not a note and its paragraph; with no year, priced alike; with a
    year, two words of their sentences in common."""
    if ma.currency != mb.currency or ma.year != mb.year or not same_figure(ma, mb) or in_prose.together(ma, mb):
        return False
    if ma.year is None:
        return _priced_alike(ma, mb)
    return len(_context(ma) & _context(mb)) >= 2


def _priced_alike(a: MoneyClaim, b: MoneyClaim) -> bool:
    """Two amounts with no year are one price only when both say what they are the price of
    and name the same thing ("the R21 dose price of $3.90" / "each R21 dose, at $3.40"):
    one name or firm on each side, the same."""
    sa, sb = a.subject, b.subject
    return bool(sa and sb and sa.what and sa.scope and set(sa.scope) == set(sb.scope))


def _same_year(a: MoneyClaim, b: MoneyClaim) -> bool:
    """Two amounts of one year, or of no year said (an amount of 2022 is not one of 2023)."""
    return a.year == b.year or a.year is None or b.year is None


def _boxes(ctx: CheckContext) -> frozenset[tuple[int, int]]:
    """The document's summary blocks (:func:`~claimcheck.extract.sections.summary_blocks`),
    found once per check."""
    boxes = ctx.shared.get("summary_blocks")
    if boxes is None:
        boxes = ctx.shared["summary_blocks"] = summary_blocks(ctx.document)
    return boxes


def _captions(ctx: CheckContext, anchor: _Anchor) -> list[Any]:
    """The figures of the document's caption blocks (:func:`~claimcheck.extract.sections.caption_figures`),
    read by ``anchor``, found once per check."""
    found = ctx.shared.get("caption_figures")
    if found is None:
        found = ctx.shared["caption_figures"] = [anchor(c) for c in caption_figures(ctx.document)]
    return list(found)


@dataclasses.dataclass(frozen=True)
class _RowLabel:
    """The words (stems) of a table row's label: those no other row of its table has, all
    of them, and the other rows' labels."""

    own: frozenset[str]
    words: frozenset[str]
    others: tuple[frozenset[str], ...]
    #: the marks that tell the row's name from a sibling's (:func:`_name_marks`: "One" of
    #: "Hornsea One", "T1" of "Line T1"), and the words of its name (before a parenthesis)
    marks: frozenset[str] = frozenset()
    name: frozenset[str] = frozenset()

    def named_by(self, shared: AbstractSet[str], sentence: str) -> bool:
        """Does a sentence (sharing ``shared`` with the cell's context) name this row alone:
        a word only this row's label has ("Submarine enterprise | 3,700" / "the submarine
        enterprise was allocated £4.1 billion"; not the "frigates" of two rows), or every
        word of the label when no other row's label is named whole too ("Kelport–Ardmore"
        beside "Ardmore–Fenna": "the Kelport–Ardmore route")? A name told from its
        siblings by a number or a letter and digit ("Hornsea One", "Line T1", "Terminal 5")
        is named only with that mark ("Hornsea Two" is another farm), and is named by its
        words and its mark, without the parenthesis after it ("Line T1 (Bobigny–Noisy)" /
        "Line T1")."""
        if self.marks:
            if not self.marks <= _name_marks(sentence):
                return False
            if self.name and self.name <= frozenset(linking_words(sentence)):
                return True
        if self.own & shared:
            return True
        said = frozenset(linking_words(sentence))
        return (
            bool(self.words) and self.words <= said and not any(o <= said and not o <= self.words for o in self.others)
        )


#: a mark that tells a name from its siblings: letters and a number in one token ("T1",
#: "A9", "M25"), or a number, a number in words or a Roman numeral after a capitalised word
#: ("Terminal 5", "Hornsea One", "Phase II"); never a figure's digits ("£2.5 million")
_NAME_MARK = re.compile(
    r"\b(?P<mark>[A-Za-z]{1,3}\d{1,3}[a-z]?)\b(?![.,]\d)"
    r"|\b[A-Z][a-z]+[ \t]+(?P<word>\d{1,3}[a-z]?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten"
    r"|II|III|IV|V|VI|VII|VIII|IX|X)\b(?![.,]\d)"
)
_PARENTHESIS = re.compile(r"\([^()]*\)")


def _name_marks(text: str) -> frozenset[str]:
    """The marks (:data:`_NAME_MARK`) of a name or a sentence, outside parentheses."""
    return frozenset(m.group("mark") or m.group("word") for m in _NAME_MARK.finditer(_PARENTHESIS.sub(" ", text)))


def _table_cells(ctx: CheckContext, anchor: _Anchor) -> list[tuple[Any, _RowLabel]]:
    """The figures of the document's table cells whose column header gives their unit
    (:func:`~claimcheck.extract.sections.table_cell_figures`), read by ``anchor``, each with
    the words of its row's label (:class:`_RowLabel`); found once per check."""
    found = ctx.shared.get("nu003-table-cells")
    if found is None:
        found = []
        for figures in table_cell_figures(ctx.document):
            words = [frozenset(linking_words(label)) for _, label in figures]
            for k, (claim, label) in enumerate(figures):
                others = tuple({w for j, w in enumerate(words) if figures[j][1] != label})
                name = label.split(",")[0].split("(")[0]
                row = _RowLabel(
                    words[k] - frozenset().union(*others),
                    words[k],
                    others,
                    _name_marks(name),
                    frozenset(linking_words(name)),
                )
                found.append((anchor(claim), row))
        ctx.shared["nu003-table-cells"] = found
    return list(found)


def _place(c: Any) -> tuple[int, int, int | None]:
    """Where a figure is written (its line, column and page): the same for a figure and
    its copy in base units (:func:`~claimcheck.extract.linking.figures.in_base_units`)."""
    return (c.location.line, c.location.column, c.location.page)


def _of_dimension(captions: list[Any], like: Any, group: list[Any]) -> list[Any]:
    """The caption figures of the dimension of ``group`` (whose first figure is ``like``):
    counts, money, or quantities (in base units, as the group's are)."""
    if like.kind == "quantity":
        written = [c for c in captions if c.kind == "quantity" and c.unit not in _NOT_COMPARED]
        units = {q.unit for q in group}
        if not written or {c.unit for c in written} <= units:
            return written
        # the group is in base units, or in the one unit it is written in: the captions' too
        from claimcheck.claims.units import to_base

        out = []
        for b in in_base_units([*written, *group])[: len(written)]:
            if len(units) == 1 and (unit := next(iter(units))) != b.unit:
                try:
                    one, base = to_base(1.0, unit)
                except (ValueError, ArithmeticError):
                    continue
                if base != b.unit:
                    continue  # another dimension
                b = b.model_copy(update={"value": b.value / one, "unit": unit})
            out.append(b)
        return out
    if like.kind == "money":
        return per_unit_prices([c for c in captions if c.kind == "money"])
    return [c for c in captions if c.kind == "count" and not _denominator(c)]


def _dimensions(ctx: CheckContext, anchor: _Anchor, in_prose: _InProse) -> list[list[Any]]:
    """The figures in prose that :meth:`NU003._linked` and :meth:`NU003._summarised`
    compare, one list a dimension: counts (no denominators), quantities in base units (the
    kinds compared at all), money; each read by ``anchor``. Built once per document."""
    written = _compared_quantities(ctx, in_prose)
    return [
        [anchor(c) for c in ctx.claims.of_kind("count") if in_prose(c) and not _denominator(c)],
        in_base_units([anchor(q) for q in written]),
        per_unit_prices([anchor(m) for m in ctx.claims.of_kind("money") if in_prose(m)]),
    ]


def _other_noun(s: Any, cs: Context, body: list[Any], read: Callable[[Any], Context]) -> Any | None:
    """The one body count a summary's count of another noun restates ("some 23,500
    practitioners held a licence in France last year" / "France had 20,180 registered
    veterinarians in 2024"), or None: the summary's count is given nowhere in the body (as
    written, rounded or hedged), both say the same years, and exactly one body count of those
    years is within a quarter of it (two digits swapped too), or, with none, within half; it
    is not the other object of the summary's verb ("delivered 412 million letters" /
    "delivered 398 million parcels"); the two contexts have no conflict of period, names,
    change, forecast or part and share at least half the context of a restatement (the words
    before each noun qualify two nouns, no two groups of one)."""
    years = _years(s)
    if not years or s.value < 10:
        return None
    if any(_restates(s, b) for b in body):
        return None  # the body gives it, of whatever noun
    pool = [b for b in body if _years(b) == years and _close(s.value, b.value) and not _denominator(b)]
    if not pool and s.value >= 100:
        # farther than a quarter (within half): only when no other count of those years is
        # as near, as a summary's figure of the body's noun
        pool = [b for b in body if _years(b) == years and _within(s.value, b.value, _WIDE) and not _denominator(b)]
    if len(pool) != 1:
        return None  # none, or several it could be
    b = pool[0]
    if (word := _word_before(s)) is not None and word == _word_before(b):
        return None  # one verb's two objects ("delivered 412 million letters" / "delivered 398 million parcels")
    cb = read(b)
    link = same_context(
        dataclasses.replace(cs, qualifiers=frozenset()), dataclasses.replace(cb, qualifiers=frozenset()), STRONG / 2
    )
    return b if link is not None else None


def _word_before(c: Any) -> str | None:
    """The stem of the last content word of a figure's clause before it ("delivered" of
    "the service delivered about 398 million parcels"), or None."""
    before = written_before(c.sentence, c.text, 40)
    stems = linking_words(re.split(r"[,;:()]", before)[-1]) if before else []
    return stems[-1] if stems else None


#: a source named in a figure's paragraph: "(Source: Pew Research Center, 2013)"
_SOURCE = re.compile(r"\bSources?:\s*\[?([^,;)\]]+)")


def _sourced_apart(ctx: CheckContext, a: Any, b: Any) -> bool:
    """Do the paragraphs of two figures each name one source, and different ones (a list
    of statistics, each with its "Source: …")? Two sources' findings are two facts."""
    found = []
    for c in (a, b):
        if c.footnote is not None or c.block is None:
            return False
        try:
            text = ctx.document.articles[c.article].blocks[c.block].text
        except (IndexError, TypeError):
            return False
        names = {m.group(1).strip().casefold() for m in _SOURCE.finditer(text)}
        if len(names) != 1:
            return False
        found.append(names)
    return found[0] != found[1]


def _years_apart(a: Any, b: Any) -> bool:
    """Do both figures' subjects give years, and none in common?"""
    ya = {p for p in (a.subject.period if a.subject else ()) if re.fullmatch(r"(?:19|20)\d\d", p)}
    yb = {p for p in (b.subject.period if b.subject else ()) if re.fullmatch(r"(?:19|20)\d\d", p)}
    return bool(ya and yb and not ya & yb)


def _one_measure(a: Any, b: Any, heads: bool = False) -> bool:
    """Of one dimension for :meth:`NU003._summarised`: counts of one counted thing (with
    ``heads``, of one head noun: "donations" / "whole-blood donations", the context link
    then tells two groups apart), money of one currency, quantities of one unit (in base
    units) that do not say they measure two things."""
    if a.kind != b.kind:
        return False
    if a.kind == "count":
        if heads:
            ha, hb = thing_key(a.thing)[0], thing_key(b.thing)[0]
            # "1,650 people became donors": people are whoever the clause says they are,
            # the body's donors or patients (the context link tells)
            return bool(ha and hb) and (ha == hb or bool({ha, hb} & _PEOPLE))
        return same_thing(a.thing, b.thing)
    if a.kind == "money":
        return bool(a.currency == b.currency)
    # ("1,460 tonnes of tea" / "1,640 tonnes of coffee": two goods, :func:`measured_apart`)
    return bool(a.unit == b.unit) and not measured_apart(a, b, modified=True)


#: the head of a count of people said without saying which (singular, as thing_key gives it)
_PEOPLE = frozenset("people person individual".split())


def _people_said_alike(a: Any, b: Any, link: Any) -> bool:
    """May a count of "people" (:func:`_one_measure` with ``heads``) be the count of another
    noun that ``link`` ties it to? When that noun names persons ("applicants", "donors",
    "residents", "children": :func:`_persons`), or the two sentences share a word of what
    they say besides that noun and the period ("1,650 people signed up as blood donors" /
    "signed up 1,400 donors"). Someone interviewed is not a company worked at, an orchard
    planted or a route sailed: "interviewed 17 people" / "worked at about fifteen
    companies", "the museum interviewed 42 people" / "been to about thirty-five museums".
    Counts of one counted thing, or of one head noun, and money and quantities pass as they
    are."""
    if a.kind != "count" or b.kind != "count":
        return True
    heads = {thing_key(c.thing)[0] for c in (a, b)}
    if len(heads) == 1 or same_thing(a.thing, b.thing):
        return True
    nouns = heads - _PEOPLE
    if all(_persons(n) for n in nouns):
        return True
    own = frozenset(linking_words(" ".join(sorted(nouns))))
    return any(not w.startswith("@") and w not in own for w in link.shared)


#: nouns for persons without an agent's ending (singular, as thing_key gives them)
_PERSON_NOUNS = frozenset(
    "adult baby boy child citizen girl guest man migrant nurse patient pupil refugee staff "
    "tourist victim woman youth".split()
)
#: an agent's or a person's ending: applicant, resident, donor, worker, dentist, guardian,
#: employee, volunteer
_PERSON_ENDING = re.compile(r"[a-z]{3,}(?:ant|ent|er|or|ist|ian|ee|eer)$")


def _persons(head: str) -> bool:
    """Does ``head`` (a counted noun, singular) name persons? A noun of the few for persons
    with no agent's ending, or one with such an ending: a word that merely ends so
    ("computer", "sector") is taken for persons too, as every noun was before."""
    return head in _PERSON_NOUNS or _PERSON_ENDING.fullmatch(head) is not None


def _restates(a: Any, b: Any) -> bool:
    """Could ``a`` be ``b`` written again, rounded or hedged (or the other way round)?"""
    if a.value == b.value:
        return True
    if _bound_holds(a, b) or _bound_holds(b, a):
        return True
    close = abs(a.value - b.value) <= 0.05 * max(abs(a.value), abs(b.value))
    return close and rounded_alike(a, b) and hedged_alike(a, b)


def _bound_holds(a: Any, b: Any) -> bool:
    """Is ``a`` an open bound ("more than two thousand", "under 40%") that ``b`` keeps to,
    within a quarter of it (not "just over", :func:`_past_just`): a summary that rounds the
    body's 2,400 down to "more than two thousand" restates it."""
    return (
        a.qualifier in _BOUNDS
        and b.qualifier not in _BOUNDS
        and agree(a.value, a.qualifier, b.value, None)
        and _close(a.value, b.value)
        and not _past_just(a, b)
    )


def _close(x: float, y: float) -> bool:
    """Within a quarter of each other, or two digits swapped ("64.1" / "61.4")."""
    lo, hi = sorted((abs(x), abs(y)))
    return (lo > 0 and hi <= 1.25 * lo) or transposed(x, y)


#: a sentence that opens by setting its circumstance ("In a dry year", "During repairs",
#: "Without the subsidy"), not by a year
_FRAMED = re.compile(
    r"\W*(?:in|during|for|with|without|under|if|when|after|before)\s+(?!(?:19|20)\d\d\b)", re.IGNORECASE
)


_ALSO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)


def _latest(published: Any) -> set[str]:
    """The years whose figure may still be the latest at publication (that year and the one
    before); none when the publication date is unknown."""
    year = getattr(published, "year", None)
    return {str(year), str(year - 1)} if year else set()


def _one_near(b: Any, earlier: Sequence[Any]) -> Any | None:
    """The one figure of ``earlier`` (figures before ``b`` in the document) that a definite
    restatement ``b`` with no period ("Of the agency's 36 deep-ocean stations", "the £170m
    facility in Kent") can restate: of its article and measure (:func:`_measure_key`), in
    another sentence, and the only value of that measure within twice ``b``'s (or with two
    digits swapped); None when there is none or two ("the 36 stations" after "39 stations
    ... 41 stations": which one is meant is unknown)."""
    key = _measure_key(b)
    found = [
        c
        for c in earlier
        if c.article == b.article
        and c.sentence != b.sentence
        and _measure_key(c) == key
        and (_within(c.value, b.value, _APART) or _neighbours_swapped(c.value, b.value))
    ]
    if not found or any(not agree(c.value, None, found[0].value, None) for c in found[1:]):
        return None
    return found[-1]


def _one_of_period(b: Any, earlier: Sequence[Any]) -> Any | None:
    """The one figure of ``earlier`` (figures before ``b`` in the document) that a definite
    restatement ``b`` said sections later with its years ("The roughly 14,100 tonnes
    brought ashore in 2021", after "landed 12,400 tonnes of cod ... in 2021") can restate:
    of its article and measure (:func:`_measure_key`), in another sentence, its own clause
    giving the restatement's years or none, its subject's years those of ``b``; None when
    there is none, or two values (which one is meant is unknown: "12,400 tonnes of cod and
    9,800 tonnes of haddock in 2021")."""
    years, key = _years(b), _measure_key(b)
    if not years:
        return None
    found = [
        c
        for c in earlier
        if c.article == b.article
        and c.sentence != b.sentence
        and _measure_key(c) == key
        and _years(c) == years
        and _own_years(c) in (years, set())
    ]
    if not found or any(not agree(c.value, None, found[0].value, None) for c in found[1:]):
        return None
    return found[-1]


def _narrowed(ca: Context, cb: Context) -> bool:
    """Does ``cb`` count or measure a narrower group than ``ca`` by words ``ca``'s sentence
    never says: a qualifier ("8,100 container ships" after "9,400 ships") or a modifier of
    what it measures ("8.1 Mt of containerised cargo" after "9.4 Mt of cargo"), a
    participle before a period or a place left aside ("the 21,000 tonnes of cobalt produced
    in 2023")?"""
    extra = (cb.qualifiers | cb.what) - set(ca.words) - ca.what
    if not extra:
        return False
    return bool(extra - set(linking_words(" ".join(_PARTICIPLE_AFTER.findall(cb.sentence.lower())))))


def _names_more(cb: Context, ca: Context) -> frozenset[str]:
    """The names ``cb``'s sentence gives that ``ca``'s never names
    (:func:`~claimcheck.extract.linking.own_names`: "the 6,900 hives of the Weald
    district"), but for a lone word that opens the sentence and may be capitalised for that
    alone ("Staff at most of the 198 clinics ...")."""
    opening = cb.sentence.lstrip(" \t\n\"“‘'(*-")
    return frozenset(
        n
        for n in own_names(cb, ca)
        if " " in n or not opening.startswith(n) or opening[len(n) : len(n) + 2] in ("'s", "’s")
    )


#: a participle after the noun, its period or place next ("produced in 2023", "enrolled at end-2022")
_PARTICIPLE_AFTER = re.compile(r"\b([a-z]+ed)\s+(?:in|at|by|during|since|on|over|under|from|across|between|to)\b")


def _own_years(c: Any) -> set[str]:
    """The years a figure's own clause gives, without those of a base its sentence compares
    it with ("rose to 7,400 a day in 2023 from 6,100 in 2022": 2023), or None's empty set
    when the clause says none of its own."""
    at = c.sentence.find(c.text)
    if at < 0:
        return set()
    end = at + len(c.text)
    cut = re.search(r"[,;(]|\b(?:from|than|against|compared|up|down|versus)\b", c.sentence[end:])
    return set(re.findall(r"\b(?:19|20)\d\d\b", c.sentence[end : end + (cut.start() if cut else 60)]))


def _years(c: Any) -> set[str]:
    """The years a figure's subject gives."""
    return {p for p in (c.subject.period if c.subject else ()) if re.fullmatch(r"(?:19|20)\d\d", p)}


#: a summary's figure is held to the one body figure of its dimension it can be, also when
#: they are this far apart (a quarter or more: "some 1,600 billion" / "2.1 trillion")
_WIDE = 1.5


def _within(x: float, y: float, factor: float) -> bool:
    lo, hi = sorted((abs(x), abs(y)))
    return lo > 0 and hi <= factor * lo


def _said(q: NumericClaim) -> str:
    return " ".join(p for p in (q.qualifier, q.text) if p)


def _context(claim: Claim) -> frozenset[str]:
    sentence = claim.sentence.replace(claim.text, " ")
    return frozenset(w for w in re.findall(r"[a-z]{4,}", sentence.lower()) if w not in _STOP)


#: a word this rare in its document (in about a tenth of its sentences or fewer) may tie two
#: figures; the link itself needs :data:`~claimcheck.extract.linking.STRONG` shared weight
_RARE = 2.3


def _rare(sentences: int) -> float:
    """The weight of a word rare enough to make two figures a candidate pair in a document of
    ``sentences`` sentences: :data:`_RARE`, or in a short one (a case, a brief) that of a
    word of two sentences, the rarest a shared word can be."""
    return min(_RARE, math.log((sentences + 1) / 2)) if sentences > 2 else _RARE


#: at most this much of the link's weight may come from how rare the unit is
_UNIT_BONUS = 2.5


def _linked_pair(
    a: Any, b: Any, ca: Context, cb: Context, strong: float = STRONG, lone: AbstractSet[str] = frozenset()
) -> bool:
    """Do two figures of one dimension state one fact by their contexts: the tests every
    link passes (:func:`comparable`, :func:`other_times`), values within half of each
    other (or two digits swapped), money of one year, counts of ten or more with a word of
    what both count in common (a bare noun, "organizations", also a name both sentences
    give), and a strong context link. A count of a noun the document counts once only may
    restate a count of another noun (:func:`_renamed`). Values more than half apart (up
    to twice) need the more shared context the farther apart they are (:func:`_apart_bar`)."""
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or (high > _APART * low and not transposed(low, high)):
        return False  # (a slip changes a digit; "8 bytes" then "16 bytes" are two sizes)
    if a.kind == "count" and _deaths(a) != _deaths(b):
        return False  # ("killed 1,240 people" / "saved some 1,420 lives", however renamed)
    bar = _apart_bar(low, high)
    if bar is not None:
        # far apart: no lowered bar (a close value, a rare unit) and no other noun
        if a.kind == "count" and not (ca.what & cb.what or same_thing(a.thing, b.thing)):
            return False  # (two nouns of one set, far apart: left alone)
        if a.kind == "count" and (len(ca.what) < 2 or len(cb.what) < 2) and not _shared_name(ca, cb):
            return False
        if not _measured_alike(a, b):
            return False
        if not comparable(a, b, names=False) or not (ca.periods and ca.periods == cb.periods):
            return False  # (both say the same period: "a year", "in 2024")
        link = same_context(ca, cb, bar)
        return link is not None and len(link.shared) >= 2
    if a.kind == "count":
        if low < 10:
            return False
        # a close value (within a fifth, or two digits swapped) whose qualified counted
        # thing the other sentence says in its own words ("the 610-strong volunteer-run
        # network" / "volunteers now run 520 libraries") counts the same things
        close = high <= _CLOSE * low or transposed(low, high)
        echoed = close and (_echoes(ca, cb) or _echoes(cb, ca))
        # two nouns of one set ("homes" / "households"): one counted thing when the values
        # are close and a bare noun's sentences share a name, or else when the contexts
        # share half as much again as a restatement's weight
        if not (ca.what & cb.what or same_thing(a.thing, b.thing) or echoed) and _one_noun(ca, cb):
            named = _shared_name(ca, cb) or (len(ca.what) > 1 and len(cb.what) > 1) or described_alike(ca, cb)
            link = same_context(ca, cb, STRONG if close and named else _RENAMED * STRONG)
            return (
                link is not None
                and _measured_alike(a, b)
                and comparable(a, b, names=False)
                and not (other_times(a, b) and not (ca.periods and ca.periods == cb.periods))
            )
        if not (ca.what & cb.what or same_thing(a.thing, b.thing) or echoed):
            # "512 practices ... since 2019" / "more than 600 surgeries ... since 2019"
            return _renamed(a, b, ca, cb, lone)  # else "268 developers" / "381 changesets": two things
        if (len(ca.what) < 2 or len(cb.what) < 2) and not (_shared_name(ca, cb) or echoed or described_alike(ca, cb)):
            # a bare "36 organizations" needs a name both sentences give, or one holder or
            # act both describe in the same words ("the ferry operator", "signed the charter")
            return False
    if not _measured_alike(a, b):
        return False
    if not comparable(a, b, names=False):
        return False  # (the names near each figure are the linker's to compare)
    if other_times(a, b) and not (ca.periods and ca.periods == cb.periods):
        return False  # (a period resolved alike, "the year to 30 June 2025" / "in 2024/25", is one)
    # the bar a rare unit lowers (:meth:`NU003._linked_in`) without a year to hold it
    unit_lowered = STRONG if strong < STRONG else None
    if a.kind != "count" and (high <= _CLOSE * low or transposed(low, high)) and _same_year_said(ca, cb):
        # an amount or a measure of one unit, for the same year said on both sides, with a
        # value close to the other's needs less else in common than a count: "Fares income
        # reached £212 million in 2024" / "the £0.19 billion passengers paid in fares last year"
        strong = min(strong, STRONG / 2)
        unit_lowered = None
    link = same_context(ca, cb, strong)
    if link is not None and unit_lowered is not None and len(link.shared) < 2:
        # a rare unit and one word in common ("adds 32 bytes to each leaf" / "adding 30
        # bytes to 3 kB"): two sizes in one unit, unless that word alone links them
        return same_context(ca, cb, unit_lowered) is not None
    return link is not None


def _one_noun(ca: Context, cb: Context) -> bool:
    """Do two figures count what two nouns of one set name ("homes" / "households";
    :func:`~claimcheck.extract.linking.same_noun_set`), or branches of the kind the other
    counts ("31 branches of the library service" / "36 libraries",
    :func:`~claimcheck.extract.linking.outlets_of`)?"""
    return same_noun_set(ca.what, cb.what) or outlets_of(ca, cb)


def _sections(document: Any) -> dict[tuple[int, int], int]:
    """(article, block) of every block to the number of headings before it in its article."""
    out: dict[tuple[int, int], int] = {}
    for article in document.articles:
        n = 0
        for i, block in enumerate(article.blocks):
            if block.kind in (BlockKind.heading, BlockKind.title):
                n += 1
            out[(article.index, i)] = n
    return out


def _noun_key(thing: str) -> str:
    """A counted thing's head noun, or the set of nouns for one thing its words say a member
    of, the head among them ("households" and "homes": one key; "penalty charge notices"
    and "fines" another)."""
    head = thing_key(thing)[0]
    stems = frozenset(linking_words(thing))
    last = linking_words(head)
    for k, members in noun_sets(stems).items():
        if any(last and last[-1] in m for m in members):
            return f"={k}"
    return head


def _measure_key(c: Any) -> str:
    """What a figure is a figure of, for :func:`_alone`: the head noun a count counts (one
    key for the nouns of one set, :func:`_noun_key`), the unit of a quantity (in base
    units), the currency of an amount."""
    if c.kind == "count":
        return _noun_key(getattr(c, "thing", "") or "")
    if c.kind == "quantity":
        return str(c.unit)
    return str(getattr(c, "currency", "") or "")


def _period_said(cx: Context) -> frozenset[str]:
    """The periods a figure's context names that date it: years, fiscal years, months
    (not a rate's "per year")."""
    return frozenset(p for p in cx.periods if p[:1].isdigit() or p in MONTH_NAMES)


def _alone(
    claims: Sequence[Any],
    contexts: dict[int, Context],
    aside: AbstractSet[int] = frozenset(),
    may_rival: Callable[[Any, Any, Any], bool] | None = None,
) -> dict[int, set[int]]:
    """The pairs of figures (each index to the earlier ones) that are the only two of their
    measure (:func:`_measure_key`) and period in the document: both say a period and share
    one ("in 2024" / "in 2024"; "on 1 July 2023" / "that July"), their values are within
    half of each other (:data:`_NEAR`), they stand in two paragraphs, and no other figure of
    that measure, outside their two sentences, is within twice either value with a period
    of theirs or none (an undated one may be either); some of it ("198 of the 312 calls")
    is no other value of it. A value said again is one value, but not one that stands beside
    the other figure in its sentence ("107,941 overdose deaths, and
    81,806 of them involved an opioid" / "almost 82,000 opioid deaths": the 82,000 is the
    81,806). This is how an editor knows "the same figure" in other words: the draft gives that
    measure for that period twice, and differently. Figures ``aside`` (a summary's) are
    no member of a pair, only rivals; ``may_rival(c, a, b)``, when given, says whether a third
    figure ``c`` may be a value of what ``a`` and ``b`` give at all (a percentage of
    another whole is none: :func:`_share_rival`)."""
    by_key: dict[str, list[int]] = {}
    for i in contexts:
        key = _measure_key(claims[i])
        if key:
            by_key.setdefault(key, []).append(i)
    out: dict[int, set[int]] = {}
    for members in by_key.values():
        if len(members) < 2:
            continue
        said = {i: _period_said(contexts[i]) for i in members}
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if i in aside or j in aside:
                    continue  # (but each is still another's rival)
                a, b = claims[i], claims[j]
                # an amount or a measure whose own phrases name one head noun ("an embankment
                # 45 metres high" / "the 54-metre embankment") needs no period said by both
                if not (said[i] & said[j] or (a.kind != "count" and _heads_agree(a, b))):
                    continue
                if not _within(a.value, b.value, _NEAR) or _agree(a, b):
                    continue  # (one value, as the finding reads it: "just under forty thousand" is not 41,600)
                if contexts[i].place == contexts[j].place:
                    continue  # one paragraph
                periods = said[i] | said[j]
                sentences = {a.sentence, b.sentence}
                rival = False
                for k in members:
                    c = claims[k]
                    if k in (i, j):
                        continue
                    as_a, as_b = agree(c.value, None, a.value, None), agree(c.value, None, b.value, None)
                    if (as_b and c.sentence == a.sentence) or (as_a and c.sentence == b.sentence):
                        rival = True  # "107,941 deaths, and 81,806 of them ..." / "82,000 deaths": the 81,806
                        break
                    if "part" in contexts[k].marks:
                        continue  # "198 of the 312 calls": some of the thing, no value of it
                    if c.sentence in sentences:
                        continue
                    if not (_within(c.value, a.value, _APART) or _within(c.value, b.value, _APART)):
                        continue
                    if said[k] and not said[k] & periods:
                        continue  # another period's figure
                    if as_a or as_b:
                        continue  # one of the two said again
                    if c.qualifier in _BOUNDS and (
                        agree(c.value, c.qualifier, a.value, None) or agree(c.value, c.qualifier, b.value, None)
                    ):
                        continue  # a bound either value meets ("losses above 30%"): no third value
                    if may_rival is not None and not may_rival(c, a, b):
                        continue
                    rival = True
                    break
                if not rival:
                    out.setdefault(max(i, j), set()).add(min(i, j))
    return out


def _share_of_whole(c: Any) -> bool:
    """Is ``c`` a percentage whose own phrase names its whole after "of" ("38% of rural
    schools"), the words before the whole's head narrowing the whole itself?"""
    return bool(
        c.kind == "quantity" and c.unit == "percent" and c.subject is not None and c.subject.what.startswith("of ")
    )


def _share_rival(c: Any, a: Any, b: Any) -> bool:
    """May a third percentage ``c`` be a value of the measure two percentages ``a`` and ``b``
    name ("the 2022 vacancy rate of 12.1%" / "office vacancies of 11.2% in 2022")? When its
    own phrase names that measure too, or names none and its sentence says the measure's
    noun ("vacancies rose to 13%"); not a percentage of another whole ("58% of passengers
    would travel again" beside "62% of crossings left on time"), nor one of no named
    measure whose sentence never says what the two measure ("298, or 29 per cent, said
    ..."): a document gives many percentages, of many things."""
    if c.subject is not None and c.subject.measures:
        return _heads_agree(c, a) or _heads_agree(c, b)
    heads = {w for x in (a, b) for w in linking_words(x.subject.measures if x.subject is not None else "")}
    return bool(heads & set(linking_words(c.sentence or "")))


def _heads_agree(a: Any, b: Any) -> bool:
    """Do two figures' own phrases name one head noun as what they quantify
    (:func:`claimcheck.extract.subjects.measured_noun`: "an embankment 45 metres high" / "the
    54-metre embankment"; "The fund ... is worth £2.6 million" / "the fund's £3.2m"), two
    nouns of one set (:func:`~claimcheck.extract.linking.same_noun_set`), or two words for
    one measure ("budgeted at £3.2m" / "Total cost: £2.8m";
    :func:`~claimcheck.extract.linking.same_measure`)?"""
    ma = a.subject.measures if a.subject is not None else ""
    mb = b.subject.measures if b.subject is not None else ""
    if not ma or not mb:
        return False
    sa, sb = frozenset(linking_words(ma)), frozenset(linking_words(mb))
    return bool(sa & sb) or same_noun_set(sa, sb) or same_measure(ma, mb)


#: the weight one head noun said by both figures' own phrases adds to their being alone of
#: their measure, in a document of few figures of that measure (:func:`_head_prior`)
_HEAD_PRIOR = ALONE
#: ... at full weight up to this many figures of the measure in the document
_HEAD_FEW = 3


def _head_prior(a: Any, b: Any, of_measure: int) -> float:
    """What one head noun in both figures' own phrases (:func:`_heads_agree`) adds to the
    link of two figures alone of their measure and period: :data:`_HEAD_PRIOR` in a
    document that gives :data:`_HEAD_FEW` figures of that measure or fewer (two areas in a
    short piece), less the more it gives (forty amounts of money in a report say little by
    two sharing a noun); nothing for counts (their noun is their measure already)."""
    if a.kind == "count" or of_measure < 2 or not _heads_agree(a, b):
        return 0.0
    return _HEAD_PRIOR * min(1.0, _HEAD_FEW / of_measure)


#: the names a figure's own phrase goes on with: "1,850 km² of the Callan Shelf", "168
#: faults in the Atlantic", "the 45-metre dam at Glenkirk"
_PHRASE_NAMES_AFTER = re.compile(
    r"(?:[ \t]+[a-z][a-z-]*){0,2}?[ \t]+(?:of|in|at|on|across|near|for|off)[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w’'&.-]*[ \t]*)+)"
)
#: ... or is written after, inside its noun phrase: "the Glenkirk 45-metre dam"
_PHRASE_NAMES_BEFORE = re.compile(r"\b(?:the|a|an)[ \t]+((?:[A-Z][\w’'&.-]*[ \t]+)+)[$€£¥]?$")


_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|on|across|of|off)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w’'&.-]*[ \t]*)+)")


def _phrase_names(c: Any, cx: Context) -> frozenset[str]:
    """The names of ``cx`` that a figure's own phrase says (:data:`_PHRASE_NAMES_AFTER`,
    :data:`_PHRASE_NAMES_BEFORE`): what narrows the figure itself, not the sentence's doer
    or another clause's place."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return cx.names
    said = ""
    m = _PHRASE_NAMES_AFTER.match(sentence, at + len(c.text))
    if m:
        said += m.group(1)
    m = _PHRASE_NAMES_BEFORE.search(sentence[max(0, at - 60) : at])
    if m:
        said += " " + m.group(1)
    # a place that narrows the thing before the figure ("The pier at Saltby, a separate
    # structure, has a 270-metre deck"), not the doer ("Halvorsen has committed ...")
    said += " ".join(m.group(1) for m in _PLACE_BEFORE.finditer(sentence, 0, at))
    return frozenset(n for n in cx.names if any(part in said for part in n.split()))


_SENTENCE_YEAR = re.compile(r"(?<![\d.,£$€-])(?:19|20)\d\d(?![\d,.]\d)")


#: where one statement of a sentence ends and another starts: a semicolon, a colon before a space
_STATEMENT_BREAK = re.compile(r";|:\s")


def _statement_of(c: Any, end: int | None = None) -> str:
    """The part of its sentence a figure stands in: up to the first semicolon or colon after
    it (or to ``end``); what comes before it frames it, whatever the stops."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return sentence[:end]
    start = 0  # (what opens the sentence frames the figure: "It set three targets: a rate of 70%")
    after = _STATEMENT_BREAK.search(sentence, at + len(c.text))
    stop = after.start() if after is not None else len(sentence)
    return sentence[start : stop if end is None else min(stop, end)]


def _sentences_apart(a: Any, b: Any) -> bool:
    """Do two figures' whole sentences set them apart, as a reader takes them when a head
    noun is all that ties them (:func:`_head_prior`): each gives years and none in common
    ("At 1,620,000 tonnes a year, the level forecast for 2030, ..." / "handled 1,260,000
    tonnes in 2024"), or one speaks of a forecast, a plan or a supposition and the other
    does not. Read both ways, from the whole sentence, not the figure's clause: an
    apposition or a clause after the figure dates it as much as its own phrase."""
    # (a level in a sentence of change is read to where its part ends: "vacancies of 11.2% in
    # 2022, up from 9.8% in 2021" is 2022's level, no change: :func:`_level_cut`)
    # and a statement of its own after a colon or a semicolon is no part of it ("...
    # could not be found, the autumn figures were better: rates stayed high until 2023")
    sa, sb = (_statement_of(x, cut[0] if (cut := _level_cut(x)) else None) for x in (a, b))
    ya, yb = set(_SENTENCE_YEAR.findall(sa)), set(_SENTENCE_YEAR.findall(sb))
    if ya and yb and not ya & yb:
        return True
    if any(CHANGE.search(x) or _CHANGED_TO.search(x) for x in (sa, sb)):
        return True  # "With the herd reduced to 227 milking cows" / "was milking 265 cows"
    if bool(_CENTRE.search(sa)) != bool(_CENTRE.search(sb)):
        return True  # "900 trains in March" / "about 600 trains in a typical month"
    qa, qb = _head_qualifiers(a), _head_qualifiers(b)
    if qa - set(sb.lower().split()) and qb - set(sa.lower().split()):
        return True  # "The main runway is 1,800 metres long" / "The cross runway ... is a 1,500-metre runway"
    fa = bool(_FORECAST_WORDS.search(sa)) and not _sizes_its_noun(a)
    fb = bool(_FORECAST_WORDS.search(sb)) and not _sizes_its_noun(b)
    return fa != fb


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion dozen""".split()
)
_NOT_QUALIFIERS = frozenset(
    """the a an its their this that these those his her our of and or same whole new old
    existing entire""".split()
)


def _head_qualifiers(c: Any) -> frozenset[str]:
    """The words a figure's sentence writes right before the head noun it measures ("main"
    of "The main runway", "cross" of "The cross runway"): what sorts one of its kind from
    another (not a determiner, a figure or "the same", "existing")."""
    measures = c.subject.measures if c.subject is not None else ""
    if len(measures) < 3 or not c.sentence:
        return frozenset()
    rx = re.compile(r"(?<![\w-])([a-z][a-z]+)\s+" + re.escape(measures[: max(3, len(measures) - 1)]) + r"[a-z]*\b")
    return frozenset(
        m.group(1)
        for m in rx.finditer(c.sentence.lower())
        if m.group(1) not in _NOT_QUALIFIERS and m.group(1) not in _NUMBER_WORDS
    )


#: a figure written before the noun it sizes: "the 44-hectare heath", "the £17 million contract"
_SIZES_NOUN = re.compile(r"\d-[A-Za-z]")
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|this|that|[a-z]+['’]s)\s+[$€£¥]?$", re.IGNORECASE)


#: a label and its value, alone on a line, a bullet or a cell: "Total cost: £3.1m", "- Span: 44 m"
_LABEL_VALUE = re.compile(
    r"\s*(?:[-*+•]\s+)?(?:\*\*|__)?[A-Za-z][A-Za-z ()0-9/-]{0,50}(?:\*\*|__)?:(?:\*\*|__)?\s*"
    r"(?:about|around|some|nearly|roughly|almost|approximately|over|under|(?:more|less|fewer)\s+than)?\s*[$€£¥]?$",
    re.IGNORECASE,
)


def _label_value(c: Any) -> bool:
    """Is the figure the value of a label ("Total cost: £3.1m", "Span (m): 44"), with no
    verb of its own before it?"""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    return at > 0 and bool(_LABEL_VALUE.fullmatch(sentence[:at]))


def _tense_of(cx: Context, other: Context) -> Context:
    """``cx`` (a label's value) with the forecast mark of the figure it restates."""
    return dataclasses.replace(cx, marks=(cx.marks - {"forecast"}) | (other.marks & {"forecast"}))


def _sizes_its_noun(c: Any) -> bool:
    """Is the figure written before the noun it sizes ("the 44-hectare heath", "the £17
    million contract"), that noun being what it measures? Such a size is given, whatever
    the verb of its sentence plans for the thing."""
    measures = c.subject.measures if c.subject is not None else ""
    if not measures or not c.sentence:
        return False
    at = c.sentence.find(c.text)
    if at < 0:
        return False
    after = c.sentence[at + len(c.text) : at + len(c.text) + 40].lower()
    if not re.match(r"\s*(?:[a-z-]+\s+)?" + re.escape(measures[:4]), after):
        return False
    return bool(_SIZES_NOUN.search(c.text) or _DETERMINED.search(c.sentence[max(0, at - 20) : at]))


_CHANGED_TO = re.compile(r"\b(?:reduced|raised|cut|trimmed|brought\s+down|swelled|shrunk)\s+to\b", re.IGNORECASE)
_FORECAST_WORDS = re.compile(
    r"\b(?:forecasts?|forecast(?:ed|ing)|projections?|projected|expects?|expected|targets?|targeted|goals?|"
    r"plans?|planned|proposals?|proposed?|would|could|will|might|if|estimates?\s+(?:that|it)|by\s+20\d\d)\b",
    re.IGNORECASE,
)


def _alone_pair(a: Any, b: Any, ca: Context, cb: Context, prior: float = 0.0) -> bool:
    """Two figures that are alone of their measure and period (:func:`_alone`) state one
    fact when nothing sets them apart (:func:`comparable`, other times, money of another
    year, the linker's conflicts: names, change, forecast, part, flow, group, range) and
    their contexts give the rest of a link (:func:`~claimcheck.extract.linking.same_fact`
    with ``alone``: half the weight, with no lowered bar)."""
    if not _within(a.value, b.value, _NEAR) or (a.kind == "count" and min(abs(a.value), abs(b.value)) < 10):
        return False
    if not _measured_alike(a, b) or not comparable(a, b, names=False):
        return False
    for (x, y), c in zip(((ca, cb), (cb, ca)), (a, b)):
        # (with one head noun in both phrases, only a name of the figure's own phrase
        # narrows it: "the 54-metre embankment and a warning system for Lochend" does not)
        mine = own_names(x, y) if not prior else own_names(dataclasses.replace(x, names=_phrase_names(c, x)), y)
        if mine and not (y.names or y.inherited):
            return False  # "168 faults in the Atlantic" / "187 faults worldwide": maybe a part
        # "rural clinics" / "clinics": a group of them (a word the whole draft is about, of
        # no weight, narrows nothing: "cable faults" in a draft on cables)
        # (with one head noun, only two-sided: "staffed beds" / "the unit's beds" is the
        # same beds; two kinds each qualified, "rural" / "urban", are the linker's conflict)
        # (a share's whole narrows it whatever the head: "38% of rural schools" / "32% of
        # schools" are shares of two wholes)
        if (not prior or _share_of_whole(c)) and any(x.words.get(w, 1.0) > 0 for w in x.qualifiers - set(y.words)):
            return False
    if prior:
        if _sentences_apart(a, b):
            return False
        # a figure written before the noun it sizes ("will fence the 44-hectare heath") is
        # no forecast of the verb's: the size is given
        ca, cb = (
            dataclasses.replace(x, marks=x.marks - {"forecast"}) if _sizes_its_noun(c) else x
            for x, c in zip((ca, cb), (a, b))
        )
    pa, pb = _period_said(ca), _period_said(cb)
    if other_times(a, b) and not (ca.periods == cb.periods or pa <= pb or pb <= pa):
        return False  # (one dated less fully than the other is the same time: "on 1 July 2023" / "that July")
    return same_context(ca, cb, STRONG - prior, alone=True) is not None


def _measured_alike(a: Any, b: Any) -> bool:
    """Money of one currency and one year, quantities of one unit; counts, unless one counts
    deaths and the other does not ("floods killed 1,240 people" / "warnings saved some
    1,420 lives": what the verb did to them tells the two apart, whatever else they share).
    Money or quantities that say they measure two things ("a weekly 30-minute call" / "a
    weekly 45-minute review": :func:`~claimcheck.extract.linking.figures.measured_apart`)
    are two."""
    if a.kind == "money":
        return bool(a.currency == b.currency) and _same_year(a, b) and not measured_apart(a, b, modified=True)
    if a.kind == "quantity":
        return bool(a.unit == b.unit) and not measured_apart(a, b, modified=True)
    return _deaths(a) == _deaths(b)


def _deaths(c: Any) -> bool:
    """Is a count one of deaths (:class:`_Anchor` reads "killed 1,240 people" so)?"""
    return c.subject is not None and c.subject.what.rsplit(" ", 1)[-1] == "death"


#: values up to this far apart (the larger twice the smaller) may be one fact restated ...
_APART = 2.0
#: ... and up to this far apart (half as much again) they need no more than any link
_NEAR = 1.5


def _apart_bar(low: float, high: float) -> float | None:
    """The shared context two values more than half apart need to be one fact (None for
    values nearer, or with two digits swapped): :data:`~claimcheck.extract.linking.STRONG`
    in proportion to how far beyond half apart they are ("18,000" / "28,000" about 1.04
    times it, "12,000" / "20,000" 1.11 times, "10" / "20" 1.33 times). A slip seldom
    moves a value that far; when it does, the sentences say much the same thing, and
    both say the same period (:func:`_linked_pair`)."""
    if high <= _NEAR * low or transposed(low, high):
        return None
    return STRONG * high / (_NEAR * low)


#: the words of a measure of the middle of a group: "an average of 82 minutes", "the median
#: wait", "the mean bill", "a typical household"
_CENTRE = re.compile(r"\b(?:average|averaged|averages|mean|median|typical|typically)\b", re.IGNORECASE)
_CENTRES = frozenset({"average", "mean", "median", "typical"})


def _centred(a: Any, b: Any, ca: Context, cb: Context) -> tuple[Any, Any, Context, Context]:
    """Two figures of which one is marked a part for being an average ("a December average
    of 82 minutes", part "average") while the other's sentence says it is an average too
    ("the mean wait reached 1 hour 32 minutes"): both are the middle of one group, no part
    of it, and are compared as wholes. Otherwise the four as they are."""
    pa = a.subject.part if a.subject is not None else None
    pb = b.subject.part if b.subject is not None else None
    if not (pa in _CENTRES or pb in _CENTRES) or not all(p is None or p in _CENTRES for p in (pa, pb)):
        return a, b, ca, cb
    if not (_CENTRE.search(a.sentence or "") and _CENTRE.search(b.sentence or "")):
        return a, b, ca, cb

    def whole(c: Any) -> Any:
        if c.subject is None or c.subject.part is None:
            return c
        return c.model_copy(update={"subject": c.subject.model_copy(update={"part": None})})

    return (
        whole(a),
        whole(b),
        dataclasses.replace(ca, marks=ca.marks - {"part"}),
        dataclasses.replace(cb, marks=cb.marks - {"part"}),
    )


def _swapped_pair(a: Any, b: Any, ca: Context, cb: Context) -> bool:
    """Two figures of one measure whose values are one number with two neighbouring digits
    swapped ("31,240" / "31,420", "£459.7 million" / "£495.7m"), at least three significant
    digits: a typing slip's own signature, so the contexts need only link them, whatever
    else a sentence adds around one of them: an annual figure ("per year", "calendar year")
    against the same year, a forecast's or a change's word, a condition the sentence sets
    on a figure it names as known ("If the £421m deal is signed": :func:`definite_given`).
    Counts must count one noun (or two nouns of one set, "lorries" / "trucks"), amounts
    and measures be of one currency and year or one unit and not say two things measured
    ("tonnes of apples" / "tonnes of pears"); then the link may be weak (half a
    restatement's weight), never none. Two years, two names, a part, another group, a
    worked example or a supposition still set them apart."""
    if not _neighbours_swapped(a.value, b.value):
        return False
    if a.kind == "count" and _noun_key(a.thing) != _noun_key(b.thing):
        return False  # (two nouns of one set count one thing: "head teachers" / "heads")
    if not _measured_alike(a, b):
        return False
    a, ca = _given_as_known(a, ca)
    b, cb = _given_as_known(b, cb)
    if not comparable(a, b, names=False) or _years_apart(a, b):
        return False
    ya, yb = _years(a), _years(b)
    if ya and yb and ya != yb:
        return False
    return same_context(_loose(ca), _loose(cb), STRONG / 2) is not None


def _restated_as_given(c: Any, cx: Context) -> tuple[Any, Context]:
    """A figure restated as one already given (:func:`restated_back`) read as stated: not
    supposed when only what follows it is ("The 2024 figure of 590,000 visitors would make
    it ...": no modal, condition or example before it), and the whole, not a part, when a
    part is taken of it ("most of the 198 member clinics")."""
    s = c.subject
    if s is None:
        return c, cx
    at = max(0, c.sentence.find(c.text))
    update: dict[str, Any] = {}
    marks: set[str] = set()
    if s.hypothetical and not _SUPPOSED_BEFORE.search(c.sentence, 0, at):
        update["hypothetical"] = False
        marks |= {"hypothetical", "forecast"}
    if s.part == "of" and _WHOLE_OF.search(c.sentence, max(0, at - 40), at):
        update["part"] = None
        marks.add("part")
    if not update:
        return c, cx
    return c.model_copy(update={"subject": s.model_copy(update=update)}), dataclasses.replace(
        cx, marks=cx.marks - marks
    )


#: before a figure, what makes it supposed itself: a modal, a condition, a worked example
_SUPPOSED_BEFORE = re.compile(
    r"\b(?:would|could|might|should|may|if|unless|suppose|supposing|imagine|assum\w*|for\s+example|"
    r"for\s+instance|say,|hypothetical\w*|scenario\w*)\b",
    re.IGNORECASE,
)


def _as_known(c: Any, cx: Context) -> tuple[Any, Context]:
    """A supposing sentence's figure that it names as known read as stated: a definite
    noun phrase (:func:`_given_as_known`: "If even a fifth of the 2.41 million units that
    crossed last year ...") or a restatement of one already given with nothing supposed
    before it (:func:`_restated_as_given`: "The 2024 figure of 86 million trips would make
    ..."); any other figure as it is."""
    s = c.subject
    if s is None or not s.hypothetical:
        return c, cx
    c, cx = _given_as_known(c, cx)
    if c.subject is not None and c.subject.hypothetical and restated_back(c.sentence or "", c.text):
        c, cx = _restated_as_given(c, cx)
    return c, cx


def _given_as_known(c: Any, cx: Context) -> tuple[Any, Context]:
    """A figure named as known (:func:`definite_given`) read as stated: not supposed when a
    supposing sentence names it ("If the £421m deal is signed", "of the 2.41 million units
    that crossed last year, a fifth would ..."), and the whole, not a part, when a part is
    taken of it ("half of the 1,370 paintings", "shared among its 214 member libraries");
    any other figure as it is."""
    s = c.subject
    if s is None or not (s.hypothetical or s.part == "of") or not definite_given(c.sentence, c.text):
        return c, cx
    update: dict[str, Any] = {"hypothetical": False}
    marks = {"hypothetical"}
    at = c.sentence.find(c.text)
    if s.part == "of" and _WHOLE_OF.search(c.sentence, max(0, at - 40), at):
        update["part"] = None
        marks.add("part")
    return c.model_copy(update={"subject": s.model_copy(update=update)}), dataclasses.replace(
        cx, marks=cx.marks - marks
    )


#: a partitive right before a figure named as known: the figure is the whole a part is
#: taken of ("half of the 1,370 paintings", "among its 214 member libraries")
_WHOLE_OF = re.compile(
    r"\b(?:of|among)\s+(?:all\s+)?(?:the|its|their|our|these|those|[A-Z][\w’'-]*['’]s)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than)\s+)?[$€£¥]?$"
)


def _loose(cx: Context) -> Context:
    """A figure's context without what a sentence may add around a fact it restates: the
    periods other than dates and ordinal ones ("second half": :func:`ordinal_period`) (an
    annual rate, "calendar year"), a forecast's or a change's
    word."""
    return dataclasses.replace(
        cx,
        periods=frozenset(p for p in cx.periods if p[:1].isdigit() or ordinal_period(p)),
        marks=cx.marks - {"change", "forecast"},
    )


def _neighbours_swapped(x: float, y: float) -> bool:
    """Are two values the same three or more significant digits with two neighbours
    swapped ("31,240" / "31,420")?"""
    da, db = significant(abs(x)), significant(abs(y))
    if len(da) < 3 or len(da) != len(db) or not transposed(x, y):
        return False
    diff = [k for k in range(len(da)) if da[k] != db[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def _renamed(a: Any, b: Any, ca: Context, cb: Context, lone: AbstractSet[str]) -> bool:
    """Two counts of things named by two nouns ("512 practices have left NHS work since
    2019" / "the withdrawal of more than 600 surgeries from NHS work since 2019"): one fact
    when one noun is counted in no other sentence of the document (a word chosen for variety, not a
    second thing the text keeps count of), the values are close (within a fifth, or two
    digits swapped), both sentences give the same year and no other, and the contexts share
    a name and a restatement's weight, or half as much again without a name. Two counts of
    nouns the text counts several times each ("patients" and "visits") stay apart, and so do
    two whose sentences both say one of the nouns ("1,850 miners" / "of the women miners,
    all 1,580 of them": a group of the miners)."""
    ha, hb = thing_key(a.thing)[0], thing_key(b.thing)[0]
    if not (ha and hb) or ha == hb or not ({ha, hb} & lone):
        return False
    said_a, said_b = set(linking_words(a.sentence)), set(linking_words(b.sentence))
    if set(linking_words(ha)) & said_b or set(linking_words(hb)) & said_a:
        return False  # the other sentence says the noun too ("women miners"): not a noun renamed
    low, high = sorted((abs(a.value), abs(b.value)))
    if not (high <= _CLOSE * low or transposed(low, high)) or not _same_year_said(ca, cb):
        return False
    if not comparable(a, b, names=False) or (other_times(a, b) and ca.periods != cb.periods):
        return False
    link = same_context(ca, cb, STRONG)
    return link is not None and (_shared_name(ca, cb) or link.score >= _RENAMED * STRONG)


#: how much more shared context two counts of two nouns need without a name in common
_RENAMED = 1.5


def _same_year_said(ca: Context, cb: Context) -> bool:
    """Do both sentences give the figure one and the same year (or fiscal year), and no other?"""
    ya = {p for p in ca.periods if p[:1].isdigit()}
    return bool(ya) and ya == {p for p in cb.periods if p[:1].isdigit()}


def _as_record(cx: Context, record: bool) -> Context:
    """A record in a sentence with a modal (:meth:`_Anchor._record`): the modal's forecast
    is not the figure's."""
    return dataclasses.replace(cx, marks=cx.marks - {"forecast"}) if record else cx


#: after a figure, the value it changed from: "£212 million in 2024, up from £198 million in 2019"
_UP_FROM = re.compile(
    r"[^.;:]{0,40}?(?P<cut>\b(?:up|down)\s+from\b)|(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?,\s*(?P<cut2>\bcompared\s+(?:with|to)\b|"
    r"\b(?:against|versus|vs\.?)(?=\s+(?:about\s+|some\s+|around\s+)?[$€£¥\d])|"
    r"\b(?:an?\s+)?(?:lower|higher|smaller|larger|bigger|greater)\s+(?:[a-z]+\s+){0,2}?than\b)",
    re.IGNORECASE,
)
#: before a figure, the value now in a change to come: "from its present 10.5 metres to 13 metres"
_PRESENT_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:its|their|the|a|an)\s+)?(?:present|current|existing|today's|today’s)\s+$", re.IGNORECASE
)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
#: before a figure, the result of a change said before it: "fell by 12, to 57", "rose to 52"
_RESULT_BEFORE = re.compile(
    r"(?:\bby\s+(?:[\d.,]+|[a-z]+)(?:\s+(?:per\s?cent|percent|[a-z]+))?,\s*|\b(?:rose|risen|grew|grown|fell|fallen|dropped|climbed|increased|decreased|"
    r"declined|shrank|shrunk|jumped|slipped)\s+)to\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)


def _level_cut(claim: Any) -> tuple[int, bool] | None:
    """Where a figure that is a level in a sentence of change stops being its own
    (``(end of its part of the sentence, whether the value is the one now)``), or None:
    the result of the change ("£212 million in 2024, up from £198 million in 2019": up to
    "up from"; "4.9 million passengers in 2023, compared with 5.3 million in 2019": up to
    "compared with", ", against £51.2 billion in 2015" likewise, and ", a lower rate than
    before the pandemic"; "fell by 12, to 57": the whole sentence), or the present value of a change
    to come ("from its present 10.5 metres to 13 metres": up to "to")."""
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    if at < 0:
        return None
    end = at + len(claim.text)
    if m := _UP_FROM.match(sentence, end):
        return m.start("cut" if m.group("cut") else "cut2"), False
    if _PRESENT_BEFORE.search(sentence, max(0, at - 40), at) and (t := _TO_AFTER.match(sentence, end)):
        return t.start(), True
    if _RESULT_BEFORE.search(sentence, max(0, at - 50), at) and not re.search(
        r"\bfrom\b", sentence[:at], re.IGNORECASE
    ):
        return len(sentence), False
    return None


#: before a figure, the change it is the result of: "rose from 770,000 units in 2019 to "
_REACHED_FROM = re.compile(
    r"\b(?:rose|risen|grew|grown|fell|fallen|dropped|climbed|increased|decreased|declined|shrank|shrunk|"
    r"jumped|slipped)\s+(?P<from>from\b(?:[^.;:()]|(?<=\d)\.(?=\d)){1,80}?)\bto\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)


#: after the level a change reached, the time the change took: "in ten years", "over five years"
_SPAN_OF_CHANGE = re.compile(
    r"\b(?:in|over|within|across)\s+(?:(?:about|some|nearly|almost)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|a|a\s+few|several)\s+(?:years|decades|months|weeks|days|year|decade|month)\b",
    re.IGNORECASE,
)


def _reached_from(claim: Any) -> int | None:
    """Where the "from" part of a change that a figure is the result of starts ("rose from
    770,000 units in 2019 to 1.2 million in 2022"), or None: the figure is the level reached,
    with the periods of the rest of its sentence."""
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    if at < 0:
        return None
    m = _REACHED_FROM.search(sentence, max(0, at - 120), at)
    return m.start("from") if m is not None else None


def _reader(ctx: CheckContext, anchor: _Anchor) -> Callable[[Any], Context]:
    """:func:`_read_in` of the figures of ``ctx``'s document."""
    return functools.partial(_read_in, ctx.document, anchor, document_weights(ctx.document).published)


def _read_in(document: Any, anchor: _Anchor, published: Any, claim: Any) -> Context:
    """:func:`_read` of a figure of ``document`` read by ``anchor``."""
    return _read(claim, document, id(claim) in anchor.records, published)


def _read(claim: Any, document: Any, record: bool, published: Any) -> Context:
    """A figure's context as NU003's links read it (:func:`context_of`): a record in a modal
    sentence (:func:`_as_record`), a level in a sentence of change (:func:`_as_level`)."""
    return _as_level(_as_record(context_of(claim, document), record), claim, published)


def _as_level(cx: Context, claim: Any, published: Any) -> Context:
    """A figure that states a level in a sentence of change (:func:`_level_cut`) is no
    change itself: its periods are those of its own part of the sentence, and a present
    value is no forecast of the change to come."""
    cut = _level_cut(claim)
    if cut is None:
        if (start := _reached_from(claim)) is not None:
            # "rose from 770,000 in 2019 to 1.2 million in 2022": the level of 2022, not 2019's
            at = claim.sentence.find(claim.text)
            kept = claim.sentence[:start] + " " + claim.sentence[at:]
            periods = periods_of(kept, published)
            if not periods and _SPAN_OF_CHANGE.search(claim.sentence, at):
                return cx  # "rose from 80 to 98 in ten years": the level of no time said, a change
            return dataclasses.replace(cx, marks=cx.marks - {"change"}, periods=periods)
        return cx
    end, now = cut
    marks = cx.marks - {"change", "forecast", "hypothetical"} if now else cx.marks - {"change"}
    return dataclasses.replace(cx, marks=marks, periods=periods_of(claim.sentence[:end], published))


#: values at most this far apart are close: a restatement's slip, seldom two facts
_CLOSE = 1.2


def _echoes(x: Context, y: Context) -> bool:
    """Does ``y``'s sentence say, in its own words, two or more of the words that qualify
    what ``x`` counts ("volunteer-run network": "volunteers now run")? A bare noun
    ("36 organizations") is echoed by nothing."""
    return len(x.what) >= 3 and len(x.what & set(y.words)) >= 2


def _with_near_value(values: Sequence[float]) -> list[int]:
    """The indexes of the values that have another near them (the larger at most twice the
    smaller, :data:`_APART`) or with two significant digits swapped (:func:`transposed`), in
    order; zero has none. Sorted once, so a long document's figures cost n log n."""
    order = sorted((abs(v), i) for i, v in enumerate(values) if v)
    out: set[int] = set()
    for k, (v, i) in enumerate(order):
        if k + 1 < len(order) and order[k + 1][0] <= _APART * v:
            out.update((i, order[k + 1][1]))
    # two digits swapped: the same digits in another order; each distinct value once (a
    # figure written a thousand times costs one look)
    by_digits: dict[str, dict[float, list[int]]] = {}
    for v, i in order:
        by_digits.setdefault("".join(sorted(significant(v))), {}).setdefault(v, []).append(i)
    for group in by_digits.values():
        distinct = list(group)
        for x, vx in enumerate(distinct):
            for vy in distinct[x + 1 :]:
                if transposed(vx, vy):
                    out.update(group[vx])
                    out.update(group[vy])
    return sorted(out)


def _shared_name(ca: Context, cb: Context) -> bool:
    """Do the two sentences name one place, body or programme? (Acronyms in capitals are
    too often kinds of things, "CDR", "CPU", to name one.)"""
    return any(
        same_name(_bare(x), _bare(y))
        for x in ca.names | ca.inherited
        for y in cb.names | cb.inherited
        if not x.isupper()
    )


def _bare(name: str) -> str:
    """A name without the article a sentence opens with or its possessive ending ("The
    Linden" / "Linden"; "Norway's" / "Norway")."""
    return re.sub(r"['’]s?$", "", re.sub(r"^The\s+", "", name))


def _said_any(q: Any) -> str:
    return stated(q) if q.kind == "count" else _said(q)


#: a share is held to the percentage its context links best only when the next best link
#: (to another value) is this much weaker
_CLEARLY = 1.4


class _Span:
    """An interval of percentages a share allows (``&``: do two overlap?)."""

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high

    def __and__(self, other: _Span) -> bool:
        return self.low <= other.high and other.low <= self.high


#: how far below a share in words "nearly" (or "almost") goes, as a part of it
_NEARLY = 0.125
#: the slack a share in words is given (:meth:`NU003._shares`)
_WORDS_SLACK = 5.0


def _span(q: Any, slack: float) -> _Span:
    """The percentages a share written with its qualifier allows: "nearly half" 44-50,
    "almost 36%" 28-36, "more than nine in ten" 90-100, "a third" 28-38 (``slack`` either
    side when unqualified or "about"; a percentage written in figures is given ``slack``
    0.5, or 3 when "about")."""
    v, qual = q.value, q.qualifier
    if qual in ("more than", "over", "at least"):
        return _Span(v, 100.0)
    if qual in ("less than", "under", "at most", "up to"):
        return _Span(0.0, v)
    if qual == "nearly":
        # (a share in words, in proportion to it: "nearly half" may be 44%, "almost a
        # quarter" 22%, not 18%; "almost 36%" keeps its 8 points, 28-36)
        return _Span(v - (max(_NEARLY * v, 2.0) if slack >= _WORDS_SLACK else max(8.0, 2 * slack)), v)
    if qual == "about":
        slack = max(slack, 3.0)
    return _Span(v - slack, v + slack)


def _said_share(q: Any) -> str:
    return " ".join(p for p in (q.qualifier, q.text) if p)


def _whole(c: Context) -> Context:
    """A share's context without its "part" mark, and with no word counted twice as what it
    measures: the group a share is of ("of respondents") is what every share of a survey
    is of, no sign of one fact."""
    return dataclasses.replace(c, marks=c.marks - {"part"}, what=frozenset())


#: the group a share is of, right after it: "nine in ten calves", "84% of lambs", "half of
#: the Tweed's smolts" (names and determiners skipped)
_GROUP_AFTER = re.compile(
    r"\s+(?:(?:the|its|their|these|those|all|our)\s+)?(?:[A-Z][\w’'-]*\s+)*(?:[a-z][\w-]*['’]s\s+)?([a-z][a-z-]+)"
)
#: "Of the calves vaccinated ..., 84% developed immunity": the group opens the sentence
_GROUP_OPENING = re.compile(r"\W*of\s+(?:(?:the|its|their|these|those|all)\s+)?([a-z][a-z-]+)[^,;:]*,", re.IGNORECASE)
_OF = re.compile(r"\s+of\b")
_RATIO_WRITTEN = re.compile(r"\s(?:in|out\s+of)\s")


def _other_group_of(a: Any, b: Any, lead: Callable[[Any], str] = lambda c: "") -> bool:
    """Are two shares of two groups, or too far apart to be one share restated: each names
    the group it is of, and not the same one ("nine in ten calves" / "84% of lambs"; "a
    third of all export revenues" / "24% of its output"), or neither names one that the
    other's sentence (or, for a share that names none, the sentence before it in its
    paragraph, ``lead``: "We called 310 clinics. Only 41% had ...") names, or one is more
    than twice the other ("almost one-third" / "7%")?"""
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high > 2 * low:
        return True
    ca, cb = _changed(a), _changed(b)
    if ca is not None or cb is not None:
        # a change by a share ("the levy's yield rose by almost a quarter" / "it rose by 18
        # per cent"): of what its verb's doer names, which the other's sentence must name
        # too; a change is no level ("a quarter of the budget")
        if ca is None or cb is None:
            return True
        return not (ca <= _grouped(linking_words(b.sentence)) and cb <= _grouped(linking_words(a.sentence)))
    for x, y in ((a, b), (b, a)):
        inner = _INNER_GROUP.match(x.text)
        if inner:  # "one rural household in six": the other's sentence must name rural households
            said = _grouped(linking_words(y.sentence))
            return not _grouped(linking_words(inner.group(1))) <= said
    ga, gb = _group_word(a), _group_word(b)
    if ga and gb:
        # (the group said by its participle: "64 in every 100 families approached" / "61% of approaches")
        if ga & gb or _group_participle(a) & gb or _group_participle(b) & ga:
            return False
        # "62 per cent of the green leaf" / "half of Kenya's leaf": one head noun, the
        # qualifier said by one only ("rural" / "urban households" qualify both: two groups)
        (ha, qa), (hb, qb) = _group_phrase(a), _group_phrase(b)
        wa, wb = qa | {ha}, qb | {hb}
        return not (ha and hb and (ha in wb or hb in wa) and not (wa - wb and wb - wa))
    # one names its group: the other's sentence must name it too ("two-thirds of whom" /
    # "the majority (52%) living there" say of whom only in other sentences)
    named = ga or gb
    other = b if ga else a
    return not named or not named & _grouped(linking_words(f"{lead(other)} {other.sentence}"))


def _sentence_before(document: Any, claim: Any) -> str:
    """The sentence before a figure's own in its paragraph ("" for a note's figure, or the
    first sentence): where a share that names no group ("Only 41% had a vaccine fridge")
    says of whom ("We called 310 rural clinics.")."""
    if claim.footnote is not None or claim.block is None:
        return ""
    text = document.articles[claim.article].blocks[claim.block].text
    at = text.find(claim.sentence)
    if at <= 0:
        return ""
    before = text[:at]
    starts = [b for b in sentence_bounds(before) if b < len(before.rstrip())]
    return before[starts[-1] :] if starts else ""


#: a verb of change and "by" right before a share (its doer before it): "the levy's yield
#: rose by almost", "complaints fell by", "it has risen by"
_CHANGE_BY = re.compile(
    r"\b([A-Za-z]+)(?:['’]s)?[ \t]+(?:(?:has|have|had|was|were)[ \t]+)?(?:rose|risen|rises|rise|grew|grown|grows|fell|"
    r"fallen|falls|dropped|drops|declined|declines|increased|increases|decreased|decreases|climbed|climbs|jumped|"
    r"jumps|shrank|shrunk|shrinks|cut|cuts|reduced|reduces|slashed|expanded|expands)[ \t]+by[ \t]+"
    r"(?:(?:about|around|roughly|almost|nearly|some|over|under|more[ \t]+than|less[ \t]+than|just[ \t]+(?:over|under)|"
    r"close[ \t]+to|approximately|well[ \t]+over)[ \t]+)?$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("it they this that which these those he she we".split())


def _as_changes(w: Any, cw: Context, p: Any, cp: Context) -> tuple[Context, Context]:
    """The contexts of a share in words and a percentage, compared as two changes of one
    thing when both are changes by them (:func:`_changed`: "rose by almost a quarter" /
    "rose by 18 per cent"): the change is then what they state, not what sets them apart."""
    if _changed(w) is None or _changed(p) is None:
        return cw, cp
    return dataclasses.replace(cw, marks=cw.marks - {"change"}), dataclasses.replace(cp, marks=cp.marks - {"change"})


def _changed(q: Any) -> frozenset[str] | None:
    """What a change by a share is of (the stems of its verb's doer: "yield" of "the levy's
    yield rose by a quarter"; none for a pronoun, "it rose by 18 per cent"), or None when
    the share is no change by it."""
    at = q.sentence.find(q.text)
    if at < 0:
        return None
    m = _CHANGE_BY.search(q.sentence, max(0, at - 80), at)
    if m is None:
        return None
    doer = m.group(1).lower()
    return frozenset() if doer in _PRONOUNS else _grouped(linking_words(doer))


#: the stems of nouns that name one group of a share ("three homes in four" / "86 per cent
#: of households"; "two in three people" / "74% of the population"), as one
_ONE_GROUP = {
    "person": "peopl",
    "popul": "peopl",
    "individual": "peopl",
    "inhabitant": "peopl",
    "resident": "peopl",
    "household": "home",
    "dwell": "home",
    "hous": "home",
    "student": "pupil",
    "firm": "company",
    "busines": "company",
    "enterpris": "company",
}


def _grouped(stems: Iterable[str]) -> frozenset[str]:
    """Stems with the nouns of one group said alike (:data:`_ONE_GROUP`)."""
    return frozenset(_ONE_GROUP.get(x, x) for x in stems)


#: a share written round its group: "one rural household in six", "two donors out of five"
_INNER_GROUP = re.compile(r"\S+\s+((?:[a-z][a-z-]*\s+){0,2}([a-z][a-z-]*))\s+(?:in|out\s+of)\s")


#: the words of a group's noun phrase after "of" ("of the green leaf"), up to a word that
#: is none of it
_GROUP_PHRASE = re.compile(r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\b")


def _group_phrase(q: Any) -> tuple[str, frozenset[str]]:
    """The head noun (stemmed) of the group a percentage is of, and its other words: "of
    the green leaf" -> leaf, {green}; ("", {}) when there is none."""
    at = q.sentence.find(q.text)
    if at < 0 or _RATIO_WRITTEN.search(q.text):
        return "", frozenset()
    of = _OF.match(q.sentence, at + len(q.text))
    if of is None:
        return "", frozenset()
    m = _GROUP_AFTER.match(q.sentence, of.end())
    if m is None:
        return "", frozenset()
    words: list[str] = []
    for w in _GROUP_PHRASE.match(q.sentence, m.start(1)).group(1).split():  # type: ignore[union-attr]
        stems = linking_words(w)
        if not stems:
            break  # a function word ends the phrase
        words.extend(stems)
    if not words:
        return "", frozenset()
    return _ONE_GROUP.get(words[-1], words[-1]), _grouped(words[:-1])


def _group_word(q: Any) -> frozenset[str]:
    inner = _INNER_GROUP.match(q.text)
    if inner:
        return _grouped(linking_words(inner.group(2)))
    at = q.sentence.find(q.text)
    if at < 0:
        return frozenset()
    end = at + len(q.text)
    if not _RATIO_WRITTEN.search(q.text):  # "84% of lambs", "half of the smolts"; "84% developed" names none
        of = _OF.match(q.sentence, end)
        if of is None:
            opening = _GROUP_OPENING.match(q.sentence)
            return _grouped(linking_words(opening.group(1))) if opening and opening.end() <= at else frozenset()
        end = of.end()
    m = _GROUP_AFTER.match(q.sentence, end)
    return _grouped(linking_words(m.group(1))) if m else frozenset()


#: a share in digits over a hundred or a thousand ("64 in every 100", "380 out of 1,000")
_PER_HUNDRED = re.compile(r"^\d+\s+(?:in|out\s+of)\s+(?:every\s+)?1,?000?$")

#: a participle after a share's group that says which of them it counts: "families approached"
_GROUP_PARTICIPLE = re.compile(r"[ \t]+([a-z]{3,}ed)\b")


def _group_participle(q: Any) -> frozenset[str]:
    """The participle after a share's group ("64 in every 100 families approached agreed":
    approach), as what the group is of: the share of approaches to families, the same as
    "61 per cent of approaches"; empty when none follows."""
    at = q.sentence.find(q.text)
    if at < 0:
        return frozenset()
    end = at + len(q.text)
    if not _RATIO_WRITTEN.search(q.text):
        of = _OF.match(q.sentence, end)
        if of is None:
            return frozenset()
        end = of.end()
    m = _GROUP_AFTER.match(q.sentence, end)
    p = _GROUP_PARTICIPLE.match(q.sentence, m.end()) if m else None
    return frozenset(linking_words(p.group(1))) if p else frozenset()


_RATIO_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty))\s+(?:in|out\s+of)\s+$",
    re.IGNORECASE,
)


def _denominator(c: Any) -> bool:
    """Is a count the second number of a ratio ("nine in ten patients": a share, no count
    of ten patients to restate)?"""
    before = written_before(c.sentence, c.text, 30)
    return before is not None and bool(_RATIO_BEFORE.search(before)) and c.value <= 1000
