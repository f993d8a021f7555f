"""False alarms read on unseen published documents (issue 12, session 11) made into
variants, in our own sentences and domains. Words someone might say, given twice in a
transcript ("you can say, “…”", "we could say: “…”", "each party says, “…”"), are no
one's quotation (QT001); one common noun merged, installed or rebuilt for two named owners
is two events (DT001); two sizes in a rare unit that share one word, the verb, or that and
a speaker's filler ("like"), are two sizes, "a 16-byte salt and …" measures the salt,
"every 30 minutes" is a rate's period, and "three different types" names no one thing
(NU003); "Office" and "Officer" are two words (NM001); a bullet list of "nine datasets"
whose items count several datasets each is no miscount (LS002); two statistics of a
list, each with another source, are two findings (NU003); a question read out twice in a
transcript is a record of speech (QT001); "Harbor 2.4" over two bullets is a version, no
total (AR004). Each trap has a defect of
the same shape beside it that must still be found."""

from __future__ import annotations

from tests.rules._variants import variant_tests

#: unrelated paragraphs between the two places (the linkers weigh words by their rarity
#: in the document, so a minimal pair alone in a page is not what a reader sees)
FILLER = """
The workshop met in a converted grain store at the edge of the town. Lunch was soup and bread. Most of the afternoon went on questions from the floor.

Several people asked about parking, which remains scarce near the old station. The organisers promised a shuttle bus for the next meeting. Weather permitting, it will leave from the square.

Attendance was higher than last year. A notice in the local paper helped. So did a radio interview the week before.

The chair thanked the volunteers who set out the chairs. She also thanked the caretaker, who stayed late. The hall was locked at nine.

Minutes of the previous meeting were read and accepted. One correction was made to the spelling of a street name. Nobody objected.

A member raised the matter of the hedge along the footpath. It has grown over the path in places. The parish will write to the landowner.

The treasurer reported that the accounts were in order. Subscriptions had come in steadily. The raffle had done better than expected.

Plans for the summer fair were discussed at length. Stalls will be allocated by lot. Music will be provided by the school band.

Questions were taken on the new recycling bins. Some residents find them too large for narrow gardens. The council has been asked for smaller ones.

The meeting closed with a vote of thanks. Tea was served afterwards in the side room. Several people stayed to help wash up.

The library will extend its opening hours in the winter. Volunteers are needed on Saturday mornings. A rota is pinned by the door.

The bowls club hopes to resurface its green in the spring. Members voted to hold a quiz night. Prizes have been donated by local shops.

A walk along the river is planned for the first weekend of the month. Boots are advised, as the lower meadow floods. Dogs must be kept on leads.

The church roof appeal has reached its halfway mark. A concert in the nave raised a good sum. The next event is a plant sale.

Children from the primary school painted a mural on the bus shelter. It shows the mill, the bridge and the old forge. Passers-by have praised it.

The village shop counter now opens only in the mornings. Pensioners have complained about the change. The shop owner says staffing is the problem.

A new bench has been placed on the green in memory of a former teacher. Her family attended the unveiling. Flowers were planted beside it.

The speed limit through the village may be lowered. A survey of drivers was carried out in the autumn. Results will be shared at the next meeting.

The allotment society has a waiting list once again. Two plots by the stream are being cleared. Water butts will be supplied to each holder.

Broadband in the outlying farms remains slow. An engineer visited in the summer and promised an upgrade. Residents are still waiting for a date.

The choir is looking for tenors. Rehearsals are on Thursday evenings in the vestry. New singers need not read music.

A lost cat was found near the garage on the main road. It has a white patch over one eye. The vet has checked it for a chip.

Repairs to the bridge parapet should finish before the fair. Traffic lights will stay in place until then. Cyclists are asked to dismount.
"""

QT_DEFECTS = {
    "a speaker's words given twice, one word changed": f"""
**Ines Marlow**: When the valve sticks, the operator told us, "I close the outer gate first and then I wait for the pressure to settle."
{FILLER}
**Ines Marlow**: Later the operator repeated, "I close the outer gate first and then I wait for the pressure to drop."
""",
    "said twice in a report, one word changed": f"""
The ferry's captain said, "We turn back whenever the swell at the harbour mouth reaches two metres."
{FILLER}
Asked again in May, the captain said, "We turn back whenever the swell at the harbour mouth passes two metres."
""",
    "a modal sentence that runs into the quoted words": f"""
The nurses' union put it plainly: "No hospital can go on asking its staff to cover a night shift with a single qualified nurse on the ward."
{FILLER}
The union's warning, that no hospital should ask its staff "to cover a night shift with one qualified nurse on the ward", went unanswered.
""",
}

QT_TRAPS = {
    "a story told in dialogue": """# The clerk

"I would rather not copy it," said the clerk.

"Rather not?" I asked.

"Rather not, sir."

He went back to his desk by the window.

"Will you check these papers with me?"

"I would rather not."

"Why not?"

"I would much rather not," he said, and turned away.

The afternoon passed slowly.

"Then will you fetch the post?"

"I would rather not go out."

"Is there anything you would do?"

"I am content here."

"Content?"

"Quite content, sir."

I left him to his window.
""",
    "someone saying, then a thing going to say": f"""
**Ada Brennan**: When a node syncs, someone saying, "Fine, this route exists," can lag behind the ledger by hours.
{FILLER}
**Ada Brennan**: And the checker is going to say, "Fine, this new route exists, so update your map," long after the fact.
""",
    "you can say, then a modal and 'and say'": f"""
**Tomas Riedl**: You can pin up to six trusted peers, and you can say, "I want to keep a link to this one mirror which is in Oslo, and another to this one in Lima."
{FILLER}
**Tomas Riedl**: So the operator will pick a mirror from the list and simply say, "I want to always keep a link to this one mirror."
""",
    "we could say, then someone asks": f"""
**Ruth Okafor**: The rule is loose. We could say, "The oldest record wins unless a newer one carries a signature."
{FILLER}
**Ruth Okafor**: And then someone asks, "Well, the oldest record wins unless the newer one carries a signature?"
""",
    "it doesn't say, then you'd say": f"""
**Paulo Serra**: The checksum doesn't say, "This exact file must be on every disk we ship."
{FILLER}
**Paulo Serra**: Instead you'd just say, "Well, this exact file must be on every disk that we ship to a customer."
""",
    "let's say, then one might write": f"""
The guide's example is a shop that sells seeds. Let's say, "Every packet we post leaves the warehouse within two working days of the order."
{FILLER}
A smaller shop might instead write, "Every packet we post leaves the warehouse within five working days of the order."
""",
    "one side says, then each party says": f"""
**Nadia Roy**: The old protocol was clumsy. One side says, "Right, I want to settle this account", and then it proposes a fee.
{FILLER}
**Nadia Roy**: In the new protocol each party to the account says, "I want to settle this account and I will pay that fee", and signs.
""",
}

test_qt001_defect_found, test_qt001_trap_silent = variant_tests("QT001", QT_DEFECTS, QT_TRAPS)


DT_DEFECTS = {
    "one owner named both times": f"""
- **Readable addresses:** Mara Quist proposed a format for readable addresses. A parser was merged into Hollis in November 2023. Work on wallets continued.

{FILLER}

- **Test network:** Ivo Brandt proposed a reset of the test network. The Hollis parser was merged in August 2023.
""",
    "one library's ramp": f"""
The town's access plan moved quickly. A ramp was installed at the Corran library in March 2022, after years of complaints.

{FILLER}

Visitors noticed at once: the Corran library ramp was installed in June 2022.
""",
}
DT_TRAPS = {
    "a parser merged into one project, another project's parser": f"""
- **Readable addresses:** Mara Quist proposed a format for readable addresses. A parser was merged into Hollis in November 2023. Work on wallets continued.

{FILLER}

- **Test network:** Ivo Brandt proposed a reset of the test network. The specification and the Quarry parser were merged in August 2023.
""",
    "a ramp at a library, a museum's ramp": f"""
The town's access plan moved quickly. A ramp was installed at the Corran library in March 2022, after years of complaints.

{FILLER}

Elsewhere in the valley, the Dunmore museum ramp was installed in June 2022.
""",
}
test_dt001_defect_found, test_dt001_trap_silent = variant_tests("DT001", DT_DEFECTS, DT_TRAPS)

NU_DEFECTS = {
    "one header's size, bytes": f"""
**Lena Hart**: The new header adds 32 bytes to each outgoing packet on the relay.

{FILLER}

**Lena Hart**: Remember that the new header adds 30 bytes to each outgoing packet, so plan for it.
""",
    "one reading's size, kilobytes": f"""
The sensor stores a compressed reading every minute, and each compressed reading takes 48 kilobytes on the card.

{FILLER}

On the card, one compressed reading takes 44 kilobytes, the vendor says.
""",
    "a tag's size restated, a speaker's fillers around it": f"""
So you store a 16-byte salt and you end up with the 32 at digest, plus some overhead, like the 32-byte tag as well as the padding of this long signature.

{FILLER}

Remember the overhead: the tag is like 30 bytes as well as the padding of the long signature.
""",
    "one hose, the noun after a hyphenated figure": f"""
The pump pushes water through a 40-metre hose into the tank.

{FILLER}

Before noon the crew ran the pump through its 36-metre hose into the tank.
""",
    "one archive's growth, a rate said with its number of minutes": f"""
On a busy day the archive grows by 2,000,000 storage units every 30 minutes.

{FILLER}

On a busy day the archive grows by 3,000,000 storage units every 30 minutes, the operators say.
""",
    "one scanner's formats, 'different' before the noun": f"""
The scanner at the gate reads 14 different card formats, which covers most visitors.

{FILLER}

At the gate the scanner reads 16 different card formats, the supplier says.
""",
}
#: a sentence of several sizes, as a speaker says it
SIZES = "So you store a 16-byte salt and you end up with the 32 at digest, plus some overhead, like the 32-byte tag as well as the padding of this long signature."
NU_TRAPS = {
    "a split's size, an addition to a signature": f"""
**Lena Hart**: Right, so it depends on the tree. For two branches you need one extra hash, and then the split adds 32 bytes to each of the two branches.

{FILLER}

**Lena Hart**: Yes. Honestly, adding 30 bytes to 4 kB is not a problem, whereas a proof that is 32 bytes smaller might matter a lot.
""",
    "a wrapper's size, an addition to an image": f"""
Think of the wrapper first. Wrapping a payload adds 16 bytes to every message the client sends.

{FILLER}

Then compression kicks in, and adding 15 bytes to a large image barely registers.
""",
    "a salt and a digest (the noun before 'and')": f"""
{SIZES}

{FILLER}

That relies on a sound hash, because you're reading this 32-byte digest output as the key and then checking a signature against it.
""",
    "two sizes that share a speaker's fillers": f"""
{SIZES}

{FILLER}

Since each child carries a change output, which is like 30, 36, 40 bytes, well, roughly, who knows?
""",
    "a limit of one upload, the growth of the whole every 30 minutes": f"""
The uploader checks size first, and a single upload must stay under 200,000 storage units.

{FILLER}

The archive as a whole cannot grow by more than 2,000,000 storage units every 30 minutes.
""",
    "'three different types', 'two different types' of other things": f"""
Sure. A single token can stand for three different types, so a door key and a locker key, with or without a code, which has been true since the refit.

{FILLER}

So we keep talking about making two different types and enforcing that only one of them is used where one is meant.
""",
}
test_nu003_defect_found, test_nu003_trap_silent = variant_tests("NU003", NU_DEFECTS, NU_TRAPS)

NM_DEFECTS = {
    "a consonant added at the end of a person's surname": f"""
Guest post by Rosa Lindqvist, curator of the Harbour Museums, with Tomas Osterhold of the river trust.

{FILLER}

Later, Tomas Osterholdt of the river trust explained the survey.
""",
}
NM_TRAPS = {
    "an office and its officer": f"""
Guest post by Rosa Lindqvist, Chief Visitor Experience Officer for the Harbour Museums.

{FILLER}

Founded in 2019, the Visitor Experience Office measures how satisfied visitors are.
""",
    "a planning officer and the planning office": f"""
The report was signed by the Regional Planning Officer.

{FILLER}

Copies are kept at the Regional Planning Office in the old town hall.
""",
}
test_nm001_defect_found, test_nm001_trap_silent = variant_tests("NM001", NM_DEFECTS, NM_TRAPS)

LS_DEFECTS = {
    "items that count other things": """
The water board opened its first data portal. Currently, four datasets are on the portal:

1. [The River Gauge dataset](https://example.org/gauges): It gives river levels for two rivers.
2. [The Reservoir Register](https://example.org/reservoirs): This dataset lists every reservoir the board owns.
3. [The Leak Reports](https://example.org/leaks): Leaks reported by customers, by district.

The portal will grow next year.
""",
}
LS_TRAPS = {
    "items that count several of what the list counts": """
The water board opened its first data portal. Currently, nine datasets are on the portal:

1. [The River Gauge datasets](https://example.org/gauges): These four datasets give river levels, rainfall, flow and temperature for 2021–22.
2. [The Reservoir Register](https://example.org/reservoirs): This dataset lists every reservoir the board owns.
3. [The Leak Reports](https://example.org/leaks): These are four datasets of leaks reported by customers, by district.

The portal will grow next year.
""",
}
test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS_DEFECTS, LS_TRAPS)

#: a list of statistics, each with its source
GARDENERS = "- 4 out of 5 gardeners use rain barrels to water their vegetables. ([Source: Soil Trust, 2021](https://example.org/soil))"
NU_SOURCE_DEFECTS = {
    "one source's figure given twice": f"""
{GARDENERS}

{FILLER}

- 74% of British gardeners use rain barrels on their allotments, as do 46% of park keepers. ([Source: Soil Trust, 2021](https://example.org/soil))
""",
}
NU_SOURCE_TRAPS = {
    "two sources' figures": f"""
{GARDENERS}

{FILLER}

- 74% of British gardeners use rain barrels on their allotments, as do 46% of park keepers. ([Source: Allotment Survey, 2022](https://example.org/survey))
""",
}
test_nu003_source_defect_found, test_nu003_source_trap_silent = variant_tests(
    "NU003", NU_SOURCE_DEFECTS, NU_SOURCE_TRAPS
)

#: a reader's question read out, and read out again in other words
ASKED = 'Next question from the Harbour Forum is, "Why does the ferry timetable change in October while the bus timetable changes in September?"'
ASKED_AGAIN = 'Ben, do you want to sum up the answer to the actual question, which is, "Why does the ferry timetable change in October when the bus one changes in September?"'
QT_TRANSCRIPT_DEFECTS = {
    "a question quoted twice in a written column": f"""
{ASKED}

{FILLER}

{ASKED_AGAIN}
""",
}
QT_TRANSCRIPT_TRAPS = {
    "a question read out twice in a transcript": f"""
**Ada Morel**: Welcome back. {ASKED}

**Ben Kaur**: Good one. I looked at it last week.

**Ada Morel**: {ASKED_AGAIN}

**Ben Kaur**: The ferry follows the tide tables, so its year starts later.

{FILLER}
""",
}
test_qt001_transcript_defect_found, test_qt001_transcript_trap_silent = variant_tests(
    "QT001", QT_TRANSCRIPT_DEFECTS, QT_TRANSCRIPT_TRAPS
)

AR_DEFECTS = {
    "a sum over bullets that does not add up": """
### Two projects

The council spent 1.5 million euros on two projects for users of the old quay.

- The library roof cost 0.9 million euros.
- The swimming pool cost 0.8 million euros.

Both opened in June.
""",
}
AR_TRAPS = {
    "a version after a name over two advisories": """
### Two importer advisories

Harbor 2.4 contains fixes for two vulnerabilities for users of private mirrors.

- [CVE-2025-4101](https://example.org/cve-2025-4101) is a **low** severity vulnerability in the archive importer.
- [CVE-2025-4102](https://example.org/cve-2025-4102) is a **medium** severity vulnerability in the mirror client.

Upgrade when you can.
""",
}
test_ar004_defect_found, test_ar004_trap_silent = variant_tests("AR004", AR_DEFECTS, AR_TRAPS)
