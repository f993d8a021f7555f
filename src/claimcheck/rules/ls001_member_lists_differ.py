from __future__ import annotations

import math
from claimcheck import lazyre as re
from functools import lru_cache
from typing import Any, Iterable

from claimcheck.claims.models import MemberListClaim
from claimcheck.extract.acronym_letters import fit
from claimcheck.extract.lists import ORG_WORD, PARTICIPLE_AFTER_NOUN, SUBSET_WORDS, describe_group
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._groups import expansions, group_label, group_words, same_group
from claimcheck.rules.base import CheckContext, Rule


class MemberListsDiffer(Rule):
    """Two whole lists of the members of the same group disagree.

    Lists in the text, in footnotes and in bullet lists are compared alike, in whatever
    phrasing they are written (see :mod:`claimcheck.extract.lists`). Country names are
    compared in pycountry's form, so "Russia" and "the Russian Federation" are one member;
    a member named by an acronym the issue defines is the body it stands for ("the ADB" and
    "the Asian Development Bank"); and asides such as "Venezuela (providing access to
    ground stations)" are ignored.
    A place named with the noun of what it is ("the Doñana marshes", "the Danube Delta") is
    its name, and so is a body written with where it is ("Harbourlight in Cumbria", "the
    Wyvern Hospice in Shropshire": a name, "in" and a place's name). Names written before the plural noun of what they are ("the Ardmore, Belcarra
    and Dunmore councils") are a list of that noun (not adjectives of peoples, "the Danish
    and Norwegian firms", nor a list that goes on, "…, together with C"); a list that goes on
    with "as well as" or "together with" holds the members after it.

    A firm named by its short name in one list and in full in the other ("Arla" / "Arla
    Foods", "Carlsberg" / "Carlsberg Group", "Orchard Vale" / "Orchard Vale Infant School"),
    and a person named in full in one and by surname in the other ("Amara Osei" / "Osei"), is
    one member, where no other member of either list can be meant; a member written with its acronym ("HM Revenue and Customs (HMRC)")
    is the body the acronym names in the other list, and so is an acronym whose letters
    spell the other list's name ("the USGS" / "the US Geological Survey"); a place with its
    country after a comma ("Lima, Peru") is the place ("Lima"); "St." and "St", "Dr." and
    "Dr" are one word. A body called by the last word of its
    name, a word that says what kind of body it is ("the Trust" for "the Canal & River
    Trust", "the Board"), is that body where the other list has one such name only. A list
    whose members hold an ampersand ("Marks & Spencer") or an "and" their acronym spells
    ("the Food and Agriculture Organization (FAO)") keeps its count, and one after "which
    brings together" ("the forum, which brings together A, B and C, launched …") lists the
    members of the noun before "which".

    One group may be named two ways: by what its members do and by the act as a word
    before a noun ("the winners" / "the winning projects", "the mediators" / "the mediation
    team", "the negotiators" / "the negotiating team"); a body of people by its noun alone
    after its full name ("the board members" after "a supervisory board of five members");
    and founders or signatories by their role alone ("the founders, A, B and C") after a
    verb that told it ("founded in 2011 by four players: …", "signed in Lisbon by three
    states: …"), all but one member shared. A person is one member with or without a title
    ("Dr Owen Price" / "Owen Price"), written with a post before the name ("the board chair
    Ruth Okafor") or after one ("the Archbishop of Lenz, Johannes Vell").

    Two bodies of one noun, each with a word before it the other lacks ("the data working
    group" / "the pricing working group", "the summer tour" / "the winter tour"), are two
    groups whatever members they share; words that only describe ("the large processors" /
    "the largest dairy processors") do not tell them apart.

    Two lists are linked only when nothing makes the link doubtful: both are whole lists
    (never "including", "such as", "among them", "etc."; nor some picked before their count,
    "the other two stages", "its remaining three reserves"); both have the same role (a list of
    founders is not a list of members); their groups share their content words, through the
    issue's own acronym definitions ("the ILRS" is the International Lunar Research Station),
    with no narrowing word on one side only ("the new members", "the largest ports"); and
    they share at least half of the shorter list's members. Two lists that count the same
    noun phrase, written out in full, all but one member shared ("three other observer
    missions: …" and a bullet list under "the three other observer missions … signed by the
    heads of:") are one group whatever their members did; so are a counted list and a
    list of as many members written later under the same noun phrase of two words or more,
    whoever owns it ("four donor governments — A, B, C and D —" and "the fund's donor
    governments (C, D, E and A)"), all but one member shared. A later group that is the earlier
    one's head noun alone, or with words that only point back ("the operators taking part
    (…)", "the firms involved") or say whose it is ("the ministry's panel" after "a review
    panel"; not another owner's), restates it, all but one member shared; a possessive is no
    word that tells two bodies of one noun apart. A list that only points back
    ("the same five (…)", "these four — … —", "these four countries, …", "the same
    suppliers (…)") is compared with the nearest list before it of that many members (of
    the same noun when it gives no count). A list is also found by its members, whatever
    introduces it ("the four most crowded were A, B, C and D" and, in a bullet, "the prisons
    most under pressure (D, C, A and E)", a key-facts label and a colon, a parenthesis, a
    schedule): two whole lists of as many members or one more, all but one shared, at least
    three shared, the shared members rare enough in the document (a name written in every
    other sentence weighs nothing), and nothing that tells them apart: another role (founders
    may be fewer than members), other years, another measure or an opposite superlative ("by
    cargo" / "by passengers", "busiest" / "quietest"), other names in the groups ("ferries to
    Skerry" / "to Holm"), two kinds of member ("buyers" / "sellers"; but "the four bidders"
    after "four utilities bid for the contract" names them by what they did), or the places of two kinds
    of people or things ("Nurses at five clinics (…)" / "Doctors at five clinics (…)"), which
    also keeps two counted lists of one noun apart. Lists dated differently ("as of
    2019", "In 2023,", "so far") may differ by growth: a later list that keeps every member
    of the earlier one is no contradiction. A year after a list its group closes (an
    apposition, a bracket or a dash: "The pilot towns, A, B, C and D, will report in
    2027") dates what its members do next, not the list; only the years before its members
    date it. A member may be two capitalised names joined by a slash ("Leipzig/Halle").

    A later group written with "the" (a group the reader has met) and a plural noun of any
    kind over a parenthesis ("The English counties (A, B and D)") restates an earlier list of
    as many members, all but one shared, when its noun is the earlier group's noun or a word
    before it ("three county services (A, B and C)") and no words of its own follow the noun
    ("the countries that signed the second protocol" is a group of its own); so does "the
    three systems we examined (…)", words that point back to the writer's own work, after
    "we looked at three of them: …" of that count. A pair counted twice ("two sponsors: A
    and B" / "The two sponsors, A and C" or "Both sponsors, …") is one group, one member
    shared. A group that a later sentence opens with its bare count and what its members did
    ("Three airlines were fined by the regulator: …") is a new group, not the membership
    listed before ("The alliance has three airlines: …"). A member written with what it is before
    its name ("the utility Vestkyst Energi", "the port operator DP World") is the name. The
    year a body was founded ("the partnership, formed in 2019, buys for five authorities:")
    dates the body, not its list, so it tells no two lists of its members apart (two bodies
    founded in other years are two groups). Two groups that each say, after their noun, what
    their members did, in words that share nothing ("three towns that had lost their bank" /
    "three towns that had gained a post office"), are two groups whatever their count, when
    their noun alone names them; and
    two lists of what members did, dated differently ("In 2019 three clubs left the league:
    …" / "In 2024 …"), are lists of two events.

    A list whose own words say it repeats one given before ("all the values listed in point
    1: …", "the aforementioned collections (…)", "the measures named earlier — … —") is
    compared with the nearest list before it that names the same members but one, whatever
    that list's case or group noun ("rules that protect bees, hedgerows, ponds and old
    trees"); the decision is :func:`claimcheck.extract.linking.restated_run`. Without such
    words two runs of the same terms ("lab, field and modeling studies" … "across lab and
    modeling studies") may be a whole and a shorter mention, and are not compared; nor are
    "some of the criteria listed above, such as …", "two of the records listed above", or
    an earlier list that is partial ("including").

    A group's noun phrase ends at a past participle after its noun ("the three commissioners
    appointed in 2022: …" and later "the three commissioners, …" count one noun).

    A run of names read with no group ("Money came from A, B, C and D", "£5m for A, £3m for B
    and £2m for C", "Since A, B and C joined in 2021, …", a table whose header
    says what its rows are) is compared by its members alone, and only with a list of as
    many names (one more is another group: "Trade with A, B, C and D grew"). Two lists of
    three names that share two are one list with a name swapped when both are rare in the
    document and nothing sets the groups apart: both counted three of one noun, or one a run
    of names and the other counted three ("Three carriers fly the routes: A, B and C" …
    "shared by A, B and D"). Lists that differ as the text says are left alone: every
    member named in one list only is named elsewhere with a word of change ("Wexham joined
    in 2021", "stepped down and was replaced by"), or beside the other list in its own
    sentence ("A, B and C pay rent, while the council owns the land"), or in the lead-in
    of its own bullets ("Since Elmbridge joined in 2024, the trust has five mills:"). Places
    of two kinds of people are told apart only when the later group is counted: "Managers in
    the pilot counties (…)" points back at the counties met before. A member on a line of
    its own (a bullet, a table row) is pointed at where it stands.

    A list is also compared with the list in the note that is its source: the note its
    sentence cites ("three members: A, B and C.[^9]" / "Review (A, B and D), Final report"),
    or, for a list set out a member a line under a lead-in with no note mark of its own, the
    note the first sentence after it cites. Only a swap is reported: a run of names in the
    note (its title or an aside) of as many members, all but one shared, three members at
    least (:func:`claimcheck.extract.linking.swapped_run`); a note that names more or fewer,
    or shares less, is about another group, and a change the text tells ("C replaced D in
    January") explains the difference. A list with no group (a bare run of names) is not
    compared with its note.

    A list of countries that *joined* a group may leave out its founders; when the members
    missing from one list are named elsewhere in the issue as the group's initiators or
    partners in founding it, the message says so.

    ## Why is this bad?
    Readers compare lists. Two versions of a membership in one issue mean one of them is
    out of date or wrong, and the reader cannot tell which.

    ## Example
    ```markdown
    So far, Egypt, Serbia and Thailand have joined the International Lunar Research
    Station (ILRS).

    By June, the ILRS counted three partners: Egypt, Serbia and Pakistan.
    ```

    Use instead:
    ```markdown
    So far, Egypt, Serbia and Thailand have joined the International Lunar Research
    Station (ILRS).

    By June, the ILRS counted three partners: Egypt, Serbia and Thailand.
    ```
    """

    code = "LS001"
    name = "member-lists-differ"
    severity = Severity.warning
    needs = ("member_list", "acronym")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        acr = _defined_in_lists(ctx.claims.of_kind("member_list"), expansions(ctx))
        lists = [_expanded(c, acr) for c in ctx.claims.of_kind("member_list")]
        keyed = [(c, group_words(c.group, acr), _key(c.group, acr)) for c in lists]
        # only lists that could be linked are compared (every pair was quadratic in the
        # number of lists): see _link_keys
        index: dict[tuple[Any, ...], list[int]] = {}
        sentences = _Sentences(ctx)
        antecedents = _antecedents(lists)
        restated = _Restated(ctx)
        for j, (later, kw, kk) in enumerate(keyed):
            own, wanted = _link_keys(later, kw, kk)
            # a member key ("m", …) holds the latest _MEMBER_WINDOW lists that name the member
            # (a member named in every list would make every pair a candidate)
            earlier_ones = sorted(
                {i for k in wanted for i in (index.get(k, ())[-_MEMBER_WINDOW:] if k[0] == "m" else index.get(k, ()))}
                | set(antecedents.get(j, ()))
            )
            for k in own:
                index.setdefault(k, []).append(j)
            for i in earlier_ones:
                earlier, ew, ek = keyed[i]
                if (
                    _modified_apart(later, earlier) and not _counted_plural_twins(later, earlier, ctx)
                ) or _other_owners(later, earlier):
                    continue  # "the data working group" / "the pricing working group": two bodies (asked first: cheap)
                pl = _short_names(later, earlier)  # "Arla" / "Arla Foods": one member
                if j in antecedents:
                    # "the same five (…)": compared with the list it points back to, and no other
                    if i not in antecedents[j] or not _members_overlap(pl, earlier):
                        continue
                elif j in antecedents or _anaphoric(earlier.group):
                    continue
                elif (
                    not _linked(pl, earlier, kw, ew, kk, ek)
                    and not _counted_plural_twins(pl, earlier, ctx)
                    and not restated(pl, earlier, kk, ek)
                    and not _definite_restatement(pl, earlier, kk, ek, ctx)
                ):
                    continue
                elif (
                    _ranked_apart(pl, earlier, ctx)
                    or _kinds_apart(pl, earlier)
                    or _held_apart(pl, earlier, ctx)
                    or _event_apart(pl, earlier)
                ):
                    continue  # "by cargo" / "by passengers", "buyers" / "sellers", "nurses at" / "doctors at": two groups
                here, there = set(pl.members), set(earlier.members)
                if here == there:
                    continue
                only_here = [m for m in pl.members if m not in there]
                only_there = [m for m in earlier.members if m not in here]
                if not _contradicts(pl, earlier, only_here, only_there):
                    continue
                if _explained(pl, earlier, only_here, only_there, sentences):
                    continue  # "Wexham joined in 2021", "the council pays for the premises": said so
                # the fuller of the two names ("river ports of the Lakes Compact", not "river ports")
                fuller = earlier.group if len(ek) >= len(kk) or j in antecedents else pl.group
                if pl.group != earlier.group and _noun_phrase(pl.group) == _noun_phrase(earlier.group):
                    fuller = _noun_phrase(earlier.group)  # what both count, not what either did
                elif "," in fuller and "," not in (other := pl.group if fuller is earlier.group else earlier.group):
                    fuller = other  # a group with an aside ("members, as listed in the schedule, …") names it worse
                if _OF_THEM.match(fuller):
                    fuller = pl.group if fuller is earlier.group else earlier.group  # "three of them" names no group
                label = group_label(fuller, acr) or group_label(earlier.group, acr) or group_label(pl.group, acr)
                label = label or "names"  # two runs of names, neither with a group
                if label[:1].islower() and fuller.lower().startswith("the ") and not label.startswith("the "):
                    label = "the " + label  # "the pact", not "pact"
                parts = []
                if only_here:
                    parts.append(f"only in this list: {', '.join(_shown(pl, only_here))}")
                if only_there:
                    parts.append(f"only in the other: {', '.join(_shown(earlier, only_there))}")
                message = (
                    f"{describe_group(label, _role(pl))}{_as_of(pl)} differ from the list at line "
                    f"{earlier.location.line}{_as_of(earlier)}: " + "; ".join(parts)
                )
                founders = _founders(
                    ctx, (only_here, pl), (only_there, earlier), acr=acr, label=label, sentences=sentences
                )
                if founders:
                    message += (
                        f" ({', '.join(founders)} {'is' if len(founders) == 1 else 'are'} named as "
                        f"{label}'s initiator{'s' if len(founders) > 1 else ''} elsewhere; a list of "
                        "members that joined may leave founders out)"
                    )
                related = [(earlier.location, f"other list of {describe_group(label, _role(earlier))} here")]
                # a member on a line of its own (a bullet, a table row): where it stands
                for claim, names in ((pl, only_here), (earlier, only_there)):
                    for shown in _shown(claim, names):
                        place = _own_line(ctx, claim, shown)
                        if place is not None:
                            related.append((place, f"'{shown}' here"))
                yield self.finding(
                    pl,
                    message,
                    related=related,
                    help="bring the lists into line, or say how and when they differ (e.g. an as-of date)",
                    subject=f"{label} {sorted(here)} {sorted(there)}",
                )
                break  # one finding per list, against the first it contradicts (not every pair)
        yield from self._against_notes(ctx, lists, sentences)

    def _against_notes(
        self, ctx: CheckContext, lists: list[MemberListClaim], sentences: "_Sentences"
    ) -> Iterable[Finding]:
        """A list against the same list in the note that is its source (see the docstring):
        the note its sentence cites, or, for a list set out under a lead-in with no mark of
        its own, the note the first sentence after it cites."""
        from claimcheck.extract.linking import swapped_run

        notes = {(n.article, n.label): n for n in ctx.document.iter_footnotes()}
        # a note whose list the extractor read is compared with the text's lists already
        for c in lists:
            if c.footnote is not None:
                notes.pop((c.article, c.footnote), None)
        if not notes:
            return
        for claim in lists:
            if claim.footnote is not None or len(claim.members) < 3 or not (claim.group or "").strip(" :"):
                continue  # a list in a note, or a bare run of names with no group
            forms = [(raw, m) for raw, m in zip(claim.raw_members or claim.members, claim.members)]
            for label in claim.footnotes or _marks_after(ctx, claim):
                note = notes.get((claim.article, label))
                if note is None or not note.text:
                    continue
                found = swapped_run(note.text, forms)
                if found is None:
                    continue
                (x, y), k = found
                name, member = note.text[x:y], claim.members[k]
                note_list = claim.model_copy(
                    update={
                        "members": tuple(name if i == k else m for i, m in enumerate(claim.members)),
                        "raw_members": tuple(name if i == k else m for i, m in enumerate(claim.raw_members)),
                        "sentence": note.text,
                        "footnote": label,
                        "footnotes": (),
                    }
                )
                if _explained(claim, note_list, [member], [name], sentences):
                    continue  # "Nigeria joined in 2023": the group changed, as the text says
                label_text = _NOTE_LIST_GROUP.sub("", group_label(claim.group, {}) or "").strip() or "members"
                yield self.finding(
                    claim,
                    f"{describe_group(label_text, _role(claim))} differ from the list in footnote {label}, "
                    f"its source: only in this list: {dict(zip(claim.members, _shown(claim, [member]))).get(member, member)}; "
                    f"only in the note: {name}",
                    related=[(ctx.document.locate(note, x), f"footnote {label} names '{name}' here")],
                    help="bring the list into line with its source, or say how and when they differ",
                    subject=f"{label_text} {sorted(claim.members)} note {label}",
                )
                break


#: words of a sentence that tells how a group changed: who joined, left or took a place
_CHANGE = re.compile(
    r"\b(?:(?:re)?join(?:s|ed|ing)?|left|leav(?:e|es|ing)|withdr[ae]w\w*|quit|exit(?:s|ed)?|admitted|admission|"
    r"accession|acceded|added|dropped|pulled\s+out|stepp(?:ed|ing)\s+down|resign\w*|replac\w*|succeed\w*|"
    r"took\s+over|merg\w*|renamed|expelled|suspended|departed|came\s+in|signed\s+up|became\s+(?:a|the)\s+\w*\s*member|"
    r"no\s+longer|since\s+(?:19|20)\d\d)\b",
    re.I,
)


#: what a lead-in adds to the group it names ("Its members are", "The founding members were")
_NOTE_LIST_GROUP = re.compile(r"^(?:its|their|his|her|our|the)\s+|\s+(?:are|were|is|was)$", re.I)


def _marks_after(ctx: CheckContext, claim: MemberListClaim) -> tuple[str, ...]:
    """The note marks of the first sentence after a list set out on lines of its own under
    a lead-in (bullets: "Its members are:" and one member a line), when the list carries no
    mark itself: that sentence goes on about the group, and its note is the list's source
    ("… • Nigeria. The compact has not yet agreed a levy.[10]")."""
    from claimcheck.extract.text import sentence_bounds

    if claim.article is None or claim.block is None:
        return ()
    try:
        blocks = ctx.document.articles[claim.article].blocks
    except IndexError:
        return ()
    k = claim.block + 1
    while k < len(blocks) and blocks[k].kind == "list_item":
        k += 1
    if k == claim.block + 1 or k >= len(blocks) or k - claim.block - 1 != len(claim.members) or not blocks[k].is_prose:
        return ()
    text = blocks[k].text
    starts = sentence_bounds(text)[1:] + [len(text)]
    first_end = starts[0]
    return tuple(
        r.label
        for r in ctx.document.iter_refs()
        if r.article == claim.article and r.block == k and r.offset is not None and r.offset <= first_end + 2
    )


def _own_line(ctx: CheckContext, claim: MemberListClaim, shown: str) -> Any:
    """Where a member of a bullet list or a table stands, on a line of its own after the
    block that holds the list's lead-in or header (None when it stands in the list's text)."""
    if claim.article is None or claim.block is None or shown in (claim.text or ""):
        return None
    try:
        blocks = ctx.document.articles[claim.article].blocks
    except IndexError:
        return None
    for block in blocks[claim.block + 1 : claim.block + 2 + len(claim.members)]:
        at = block.text.find(shown)
        if at >= 0:
            return ctx.document.locate(block, at)
    return None


def _explained(
    later: MemberListClaim,
    earlier: MemberListClaim,
    only_here: list[str],
    only_there: list[str],
    sentences: "_Sentences",
) -> bool:
    """Does the text say why the two lists differ? Each member named in one list only is
    named in a sentence of its own that tells a change ("Wexham joined in 2021", "Dr Reyes
    stepped down and was replaced by Dr Rao"), or beside the list that leaves it out, in that
    list's own sentence ("A, B, C and D each pay a fee; the council pays for the premises"):
    the group changed over time, or the sentence splits it, as the writer says."""
    sides = [(m, later, earlier) for m in only_here] + [(m, earlier, later) for m in only_there]
    for member, holder, other in sides:
        shown = dict(zip(holder.members, holder.raw_members)).get(member, member)
        names = {shown, member}
        last = re.findall(r"[A-Z][\w'’-]{3,}", shown)
        if len(last) >= 2 and not ORG_WORD.fullmatch(last[-1]) and _rare(sentences.ctx, last[-1]):
            names.add(last[-1])  # "Dr Reyes stepped down" for "Dr Pavel Reyes" (not "Community")
        if any(_CHANGE.search(s) for s in sentences.naming(sorted(names))):
            continue
        if _beside(other, shown):
            continue
        if _beside(holder, shown) and _CHANGE.search(_outside(holder)):
            continue  # "Poland's accession takes effect in July, after which the pact will have five members: …"
        return False
    return bool(sides)


def _rare(ctx: CheckContext, word: str) -> bool:
    """Is ``word`` written in three sentences of the document at most (a surname, not a
    word of many names: "Community", "Valley")?"""
    from claimcheck.extract.linking import document_weights, stem

    return document_weights(ctx.document).frequency.get(stem(word.lower()), 0) <= 3


def _outside(claim: MemberListClaim) -> str:
    """The words of a list's sentence other than its members."""
    rest = claim.sentence or ""
    first = claim.raw_members[0] if claim.raw_members else ""
    last = claim.raw_members[-1] if claim.raw_members else ""
    a = rest.find(first) if first else -1
    b = rest.find(last, max(a, 0)) if last else -1
    if 0 <= a <= b:
        return rest[:a] + " " + rest[b + len(last) :]  # the list's own span, once
    if sum(raw in rest for raw in claim.raw_members) < 2:
        # a lead-in over bullets or a table, its members on lines of their own: a member it
        # names ("Since Elmbridge joined in 2024, the trust has five mills:") is beside the list
        return rest
    for raw in claim.raw_members:
        rest = rest.replace(raw, " ", 1)
    return rest


def _beside(claim: MemberListClaim, member: str) -> bool:
    """Is ``member`` (or its last word: "the council" for "the city council") named in the
    sentence of ``claim`` outside its list?"""
    rest = _outside(claim)
    if not rest.strip():
        return False
    words = re.findall(r"[A-Za-z][\w'’-]+", member)
    tail = words[-1] if words else ""
    return (member in rest) or (len(tail) >= 4 and re.search(rf"\b{re.escape(tail)}\b", rest) is not None)


def _short_names(later: MemberListClaim, earlier: MemberListClaim) -> MemberListClaim:
    """``later`` with each member that is another's name shortened to its first word(s)
    ("Arla" for "Arla Foods", "Telefónica" for "Telefónica Deutschland", "Lima" for "Lima,
    Peru": a place without the country or region after its comma) written as the
    other list writes it, where only one member of ``earlier`` (and none of ``later``'s own)
    can be meant: a firm's short name is not another member."""
    there = set(earlier.members)
    renamed = list(later.members)
    for k, m in enumerate(later.members):
        if m in there or (len(m) < 3 and not m.isupper()) or not m[:1].isupper():
            continue  # (a name of two capitals is an acronym: "WB")
        longer = [
            o
            for o in earlier.members
            if o not in later.members and o[:1].isupper() and (len(o) >= 3 or o.isupper()) and _one_name(m, o)
        ]
        if len(longer) == 1 and not any(_one_name(m, x) for x in later.members if x != m):
            renamed[k] = longer[0]
    if renamed == list(later.members) or len(set(renamed)) < len(renamed):
        return later
    return later.model_copy(update={"members": tuple(renamed)})


def _one_name(m: str, o: str) -> bool:
    """May ``m`` and ``o`` be one member written two ways: a short name and the full one
    ("Arla" / "Arla Foods", "Lima" / "Lima, Peru"), a body's last word, a name's tail, a
    surname, or an acronym and the name its letters spell ("the USGS" / "the US Geological
    Survey", "the WB" / "the World Bank")?"""
    return (
        _same_spelling(m, o)
        or o.startswith((m + " ", m + ", "))
        or m.startswith((o + " ", o + ", "))
        or _body_word_of(m, o)
        or _name_tail(m, o)
        or _surname_of(m, o)
        or _spelled(m, o)
        or _spelled(o, m)
    )


def _same_spelling(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one name written with other capitals, spaces or hyphens
    ("BlackBerry World" / "Blackberry World", "Wi-Fi Alliance" / "WiFi Alliance")? Such a pair is
    one member spelled two ways, which NM001 reports; the lists do not differ by it."""
    return a != b and _LETTERS.sub("", a).casefold() == _LETTERS.sub("", b).casefold() != ""


_LETTERS = re.compile(r"[\s\-‐‑]+")
_ACRONYM_MEMBER = re.compile(r"^(?:the\s+)?(?P<acr>[A-Z][A-Za-z&]{1,7})$")


def _spelled(acronym: str, name: str) -> bool:
    """Is ``acronym`` (capitals, or three of them among small letters: "WB", "AfDB") the letters of ``name``, a name of two
    capitalised words or more ("NOAA" and "the National Oceanic and Atmospheric
    Administration")?"""
    m = _ACRONYM_MEMBER.match(acronym)
    if m is None or not (m.group("acr").isupper() or sum(c.isupper() for c in m.group("acr")) >= 3):
        return False  # ("WB" and "AfDB" are acronyms, "Arla" a name)
    words = [w for w in re.sub(r"^the\s+", "", name).split() if w[:1].isupper()]
    return len(words) >= 2 and " " in name and fit(m.group("acr"), name) == "fits"


def _name_tail(a: str, b: str) -> bool:
    """Is one of two names the other's last words, two or more, ending in a word that says
    what kind of body it is ("the Food Safety Authority" for "the Norwegian Food Safety
    Authority"): the full name with the word of its country or region left off?"""
    short, full = sorted((a, b), key=len)
    return " " in short and full.endswith(" " + short) and bool(ORG_WORD.fullmatch(short.split()[-1]))


def _surname_of(short: str, name: str) -> bool:
    """Is ``short`` the surname of the person ``name`` ("Osei" for "Amara Osei", "Lindqvist"
    for "Dr Maja Lindqvist"): one capitalised word that ends a name of two to four capitalised
    words, not a word that says what kind of body it is?"""
    words = name.split()
    return (
        " " not in short
        and 2 <= len(words) <= 4
        and words[-1] == short
        and all(w[:1].isupper() for w in words)
        and not ORG_WORD.fullmatch(short)
    )


def _body_word_of(short: str, name: str) -> bool:
    """Is ``short`` the last word of the body ``name``, a word that says what kind of body
    it is ("the Trust" for "the Canal & River Trust", "the Agency" for "the Environment
    Agency"): the short name a text gives a body it has named in full?"""
    return " " not in short and name.endswith(" " + short) and bool(ORG_WORD.fullmatch(short))


# words that say what a list's members are to the group, not which group it is
_ROLE_WORDS = frozenset(
    "member members countries country partner partners state states nation nations signatory signatories "
    "participant participants party parties founder founders founding initiator initiators joined join signed "
    "sign include includes included comprise comprises comprised are were is was has have had now currently "
    "today all its their the of for and in on at to with by from that which who following these those".split()
)


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix) and not w.endswith("ss"):
            return w[: -len(suffix)]
    return w


#: the words that pick some of a group (:data:`SUBSET_WORDS`), as written and as
#: :func:`_key` stems them ("remaining": "remain", "leading": "lead")
_SUBSET = SUBSET_WORDS | frozenset(_stem(w) for w in SUBSET_WORDS)


def _key(group: str, acr: dict[str, str]) -> frozenset[str]:
    """The group's content words, stemmed, after the document's acronyms are expanded."""
    text = group
    for a, e in acr.items():
        text = re.sub(rf"\b{re.escape(a)}\b", e, text)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    return frozenset(_stem(w) for w in words if w.lower() not in _ROLE_WORDS and len(w) > 2)


def _linked(
    later: MemberListClaim,
    earlier: MemberListClaim,
    kw: frozenset[str],
    ew: frozenset[str],
    kk: frozenset[str],
    ek: frozenset[str],
) -> bool:
    """Whether two lists are lists of one group, to be compared member by member.

    Silence is preferred to a doubtful link: the same role (founders are not the members), the
    same group (shared content words), no narrowing word on one side only ("the new members"),
    and enough members in common that the two are plainly the same set written twice."""
    roles = {getattr(later, "role", "members"), getattr(earlier, "role", "members")}
    if len(roles) > 1:
        # "countries that have signed the memorandum: A, B, C" and "the three countries on
        # both sides, A, B, D": only a counted twin may be read past signing vs membership
        return (
            roles == {"members", "signatories"}
            and _counted_twins(later, earlier, kk, ek)
            and _members_overlap(later, earlier)
        )
    if _restated_twins(later, earlier):
        return True
    role = getattr(later, "role", "members")
    if role != "members" and (not kk or not ek) and _all_but_one(later, earlier):
        # "founded in 2011 by four players: A, B, C and D" … "the founders, A, B and C": a
        # group named by its role alone is the founders (signatories) the document told of
        return True
    shared = len(kk & ek) >= 2 and len(kk & ek) / max(1, min(len(kk), len(ek))) >= 0.6
    # one shared word is enough when it is the whole group and the role says what the list is
    # ("the founders of the pact" twice); "the agencies" twice is not
    alone = bool(kk) and kk == ek and (role != "members" or _named(later.group) and _named(earlier.group))
    twins = (
        _counted_twins(later, earlier, kk, ek)
        or _agent_twins(later.group, earlier.group)
        or _body_named_short(later, earlier, kk, ek)
    )
    if not (same_group(kw, ew) or shared or alone or _short_form(later, earlier, kk, ek) or twins):
        return _same_body(later, earlier) or _head_only(later, earlier)

    # counted twins have been read for narrowing words in their noun phrases; a word of what
    # their members did ("agreed a new formula") does not narrow the group
    if not twins and any(w in _SUBSET for w in kk ^ ek):
        return False
    return _members_overlap(later, earlier)


#: words after a group's noun that only point back to a group named before: "the operators
#: taking part", "the firms involved", "the countries concerned", "the yards in question"
_BACK_REFERENCE = re.compile(
    r"\s+(?:that\s+(?:are|were)\s+)?(?:taking\s+part|involved|concerned|in\s+question|participating|"
    r"(?:named|mentioned|listed)(?:\s+(?:above|earlier|before))?)\s*$",
    re.I,
)


#: a possessive owner opening a group: "ministry's " of "ministry's panel", "Victoria's "
_POSSESSIVE_OWNER = re.compile(r"^(?P<owner>(?:[\w.-]+\s+){0,2}?[\w.-]+)['’]s?\s+")


def _head_only(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """ "the owners (A, B and D)" after "the three owners of Almaraz (A, B and C)": a later
    group that is only the earlier one's head noun points back to it, alone or with words
    that only point back ("the operators taking part (…)", "the firms involved"), or with
    whose it is ("the ministry's panel (…)" after "a review panel (…)"; not another owner's).
    All but one member shared, at least two."""
    group = re.sub(r"^the\s+", "", later.group.strip(), flags=re.I)
    owner = _POSSESSIVE_OWNER.match(group)
    if owner is not None:
        # "the ministry's panel", "Victoria's panel": whose body it is, not which kind (a body
        # owned by another in the earlier group is another body)
        theirs = _POSSESSIVE_OWNER.match(re.sub(r"^the\s+", "", earlier.group.strip(), flags=re.I))
        if theirs is not None and theirs.group("owner").lower() != owner.group("owner").lower():
            return False
        group = group[owner.end() :]
    words = _BACK_REFERENCE.sub("", group).split()
    if len(words) != 1 or len(earlier.group.split()) < 2 or _head(earlier.group) != _head(" ".join(words)):
        return False
    if any(w in _SUBSET for w in _key(earlier.group, {})):
        return False  # "the largest shareholders of …" and "the shareholders": a part and the whole
    return _all_but_one(later, earlier)


def _body_head(group: str) -> str | None:
    """ "partners" in "partners of the consortium"; None for a body named as itself."""
    m = re.match(r"^(?:the\s+)?(?P<head>[a-z][\w-]*s)\s+of\s", group.strip(), flags=re.I)
    return _stem(m.group("head")) if m else None


@lru_cache(maxsize=1024)  # read per list for its keys, then again per pair compared
def _body(group: str) -> tuple[str, ...] | None:
    """The stemmed words of the body a group belongs to, when the group is a body ("the
    consortium", "the Quad") or the members of one ("the consortium's partners", "the
    harbours of the port alliance"); None for a plain noun phrase ("ports that handle the
    trade"), a narrowed group ("the largest ports of …") or a qualified one ("members of the
    pact in Asia")."""
    g = re.sub(r"^the\s+", "", group.strip(), flags=re.I)
    m = re.match(r"^(?P<head>[a-z][\w-]*s)\s+of\s+(?:the\s+)?(?P<body>\S.*)$", g)
    if m is not None:
        g = m.group("body")  # "partners of the consortium"
    if not _named(g):
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", g)
    if not words or any(w.lower() in _POST for w in words) or any(_stem(w) in _SUBSET for w in words):
        return None
    body = tuple(_stem(w) for w in words if w.lower() not in _ROLE_WORDS)
    return body or None


_POST = frozenset("in on at from with across along around that which who whose to by under behind".split())


def _same_body(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """ "a consortium of A, B and C" and "the consortium's three partners, A, B and D": lists
    of one body's members, written once as the body and once as its members, or once with
    the body's full name and once with its last word ("the port alliance", "the alliance").
    Only when the lists differ by one member at most on each side: the same list, plainly."""
    a, b = _body(later.group), _body(earlier.group)
    if not a or not b:
        return False
    ha, hb = _body_head(later.group), _body_head(earlier.group)
    if not (ha is None or hb is None or ha == hb or "member" in (ha, hb) or {ha, hb} <= _MEMBER_HEADS):
        return False  # "the fund's managers" and "the fund's backers": two roles in one body
    if not _one_body(a, b):
        return False
    return _all_but_one(later, earlier)


def _counted_plural_twins(later: MemberListClaim, earlier: MemberListClaim, ctx: CheckContext) -> bool:
    """ "three medium-sized distribution companies (A, B and C)" and later "the three pilot
    companies (A, C and D)": one plural noun counted the same both times (three or more),
    each list as long as its count, all but one member shared, the same role, and nothing
    that narrows either ("the three new companies") or tells them apart (years, rankings,
    places, kinds). The words before a plural noun describe the members a writer has in
    mind (what they are, what they did in the story), so they do not make two groups as
    they do for one body ("the data working group" / "the pricing working group")."""
    n = later.declared_count
    if n is None or n < 3 or n != earlier.declared_count or not len(later.members) == len(earlier.members) == n:
        return False
    if len(set(later.members) & set(earlier.members)) != n - 1 or _role(later) != _role(earlier):
        return False
    a, b = _plural_np(later.group), _plural_np(earlier.group)
    if not a or not b or _stem(a[-1]) != _stem(b[-1]):
        return False
    if any(w in SUBSET_WORDS or _stem(w) in _SUBSET for w in a + b):
        return False
    if _said_after(later.group, a) and _said_after(earlier.group, b):
        return False  # "three countries that voted against" / "three that abstained": two groups
    return not _told_apart(later, earlier, ctx, years_before=True)


def _said_after(group: str, np_: tuple[str, ...]) -> bool:
    """Does a group say more of its members after its noun phrase ``np_`` ("that voted
    against", "with ports"), other than words that only point back ("taking part")?"""
    words = re.sub(r"^the\s+", "", group.strip(), flags=re.I).split()[len(np_) :]
    return bool(words) and not _BACK_REFERENCE.search(" " + " ".join(words))


def _plural_np(group: str) -> tuple[str, ...]:
    """The words of a group's noun phrase up to its first plural noun, lower case ("pilot",
    "companies" of "pilot companies now publish their data"); () when no plural noun comes
    before what follows the head ("the working group", "group of ports")."""
    words: list[str] = []
    for w in re.sub(r"^the\s+", "", group.split(",")[0].strip(), flags=re.I).split():
        lw = w.lower()
        if lw in _AFTER_HEAD or len(words) >= 5:
            break
        words.append(lw)
        if re.fullmatch(r"[a-z][\w-]*[^s'’iu]s", lw):
            return tuple(words)
    return ()


def _other_owners(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """Are the two lists the members of two bodies named by name ("operators of the Wessex
    Ferry Alliance" / "operators of the Kent Ferry Compact")? Two bodies may share members;
    a body and its short form ("the alliance", "the Alliance") are one."""
    a, b = _owner_name(later.group), _owner_name(earlier.group)
    return a is not None and b is not None and not _one_body(a, b)


def _owner_name(group: str) -> tuple[str, ...] | None:
    """The stemmed words of the body named by name that a group is the members of
    ("operators of the Wessex Ferry Alliance" -> wessex, ferry, alliance); None when it
    names none (a group that is a body, "the Quad", is :func:`_body`'s)."""
    m = re.match(
        r"^(?:the\s+)?[a-z][\w-]*s\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)$", group.strip()
    )
    return tuple(_stem(w) for w in m.group("body").split()) if m else None


def _one_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Are two bodies' stemmed names one: the same, or one the last word of the other ("the
    port alliance" / "the alliance")?"""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    return len(short) == 1 and full[-1] == short[0]


def _all_but_one(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """Do the two lists share every member but one on each side, at least two?"""
    common = len(set(later.members) & set(earlier.members))
    return common >= 2 and common >= max(len(later.members), len(earlier.members)) - 1


def _members_overlap(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    common = set(later.members) & set(earlier.members)
    return len(common) * 2 >= min(len(later.members), len(earlier.members))


_MEMBER_HEADS = frozenset(
    "member country state nation partner participant party signatory economy government sponsor backer "
    "shareholder owner".split()
)


def _member_head(head: str) -> bool:
    """Is a stemmed head a word for a group's members ("country", and "stat" of "states",
    as :func:`_stem` writes it)?"""
    return head in _MEMBER_HEADS or any(_stem(w + "s") == head for w in _MEMBER_HEADS)


def _head(group: str) -> str | None:
    """The head noun of a group written as a noun phrase ("countries of the network" →
    "country"), None for a group named as one body ("the pact")."""
    if _named(group):
        return None
    words: list[str] = []
    for w in group.split():
        if w.lower() in ("of", "in", "on", "at", "from", "for", "with", "across", "that", "which", "who", "to", "by"):
            break
        if _participle_after_plural(words, w):
            break  # "commissioners appointed in 2022": what was done to them
        words.append(w)
    return _stem(words[-1]) if words else None


def _participle_after_plural(words: list[str], w: str) -> bool:
    """Is ``w`` a past participle right after the plural noun ending ``words``
    ("commissioners appointed", "schools chosen"): the group's noun phrase ends before it?"""
    return (
        bool(words)
        and bool(PARTICIPLE_AFTER_NOUN.fullmatch(w))
        and bool(re.fullmatch(r"[a-z][\w-]*[^s\W]s", words[-1]))
    )


def _short_form(later: MemberListClaim, earlier: MemberListClaim, kk: frozenset[str], ek: frozenset[str]) -> bool:
    """ "the alliance's members" after "the Mediterranean Water Alliance": the one word of one
    group is the last word of the other group's proper name."""
    for _short, full, sk in ((later, earlier, kk), (earlier, later, ek)):
        if len(sk) != 1:
            continue
        (word,) = sk
        names = re.findall(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*", full.group)
        if any(len(n.split()) >= 2 and _stem(n.split()[-1]) == word for n in names):
            return True
    return False


def _counted_twins(later: MemberListClaim, earlier: MemberListClaim, kk: frozenset[str], ek: frozenset[str]) -> bool:
    """ "five countries: A, B, C, D, E" and later "the five members, A, B, C, D, F": the same
    count, written out in full both times, of the same kind of member, all but one member
    shared, and nothing in the two groups that tells them apart."""
    n = later.declared_count
    if n is None or n != earlier.declared_count or n < 3:
        return False
    if not (len(later.members) == len(earlier.members) == n):
        return False
    if len(set(later.members) & set(earlier.members)) != n - 1:
        return False
    a, b = _head(later.group), _head(earlier.group)
    if a is None or b is None or not (a == b or (_member_head(a) and _member_head(b))):
        return False

    # a narrowing word ("the three new members") tells two groups apart, unless the two
    # write the same noun phrase ("the three other missions" twice); a word after the head
    # narrows something else ("states with major dams")
    narrowing = set(_head_phrase(later.group)) | set(_head_phrase(earlier.group))
    if any(w in _SUBSET for w in narrowing) and _noun_phrase(later.group) != _noun_phrase(earlier.group):
        return False
    if _did_apart(later, earlier):
        return False  # "three towns that had lost their bank" / "… that had gained a post office"
    return bool(kk & ek) or not kk or not ek


def _event_apart(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """Is the later list a new group named by what its members did, after a body's members
    were listed ("The alliance has three airlines: …" and then "Three airlines were fined by
    the regulator: …", "Four clubs were relegated from the league in 2020: …")? A group that
    opens with its bare count (no "the", "these", "all") and says after its noun what they
    did is met for the first time: the ones the event touched, not the body's members again
    (which "The three airlines were fined: …" would be)."""
    first = (later.text or "").split(maxsplit=1)
    if not first or not _count_word(first[0].lower()) or _role(later) != "members" or _role(earlier) != "members":
        return False
    a, b = later.group, earlier.group
    na, nb = _plural_np(a), _plural_np(b)
    if not na or not nb:
        return False
    after_a, after_b = _after_np(a, na), _after_np(b, nb)
    did = bool(after_a) and (after_a[0] in ("that", "which", "who") or after_a[0] not in _NP_STOP)
    whose = not after_b or after_b[0] in _NP_STOP - {"that", "which", "who"}
    return did and whose


def _did_apart(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """Do two groups each say what their members did after their noun, in words that share
    no content word ("towns that had lost their bank" / "towns that had gained a post
    office")? Then they are two groups, whatever their count, when their noun alone names
    them (a noun phrase of more words, "the three other observer missions", names its group)
    and the later is no group the reader has met ("The three delegations (…) met again")."""
    if _DEFINITE.match(later.text or ""):
        return False  # "The three delegations (…) met again": a group the reader has met
    a, b = later.group, earlier.group
    na, nb = _plural_np(a), _plural_np(b)
    if not na or not nb or not _said_after(a, na) or not _said_after(b, nb):
        return False
    if len([w for w in na if not _count_word(w)]) > 1 or len([w for w in nb if not _count_word(w)]) > 1:
        return False  # "the three other observer missions" names its group whatever they did
    if any(
        _after_np(g, n)[:1] and _after_np(g, n)[0] in _NP_STOP - {"that", "which", "who"} for g, n in ((a, na), (b, nb))
    ):
        return False  # "ports of the compact": whose they are, not what they did
    wa = {_stem(w) for w in _after_np(a, na)} - _FUNCTION_WORDS
    wb = {_stem(w) for w in _after_np(b, nb)} - _FUNCTION_WORDS
    return bool(wa and wb) and not wa & wb


def _after_np(group: str, np_: tuple[str, ...]) -> list[str]:
    return re.findall(
        r"[a-z][\w'’-]+", " ".join(re.sub(r"^the\s+", "", group.strip(), flags=re.I).split()[len(np_) :]).lower()
    )


_FUNCTION_WORDS = frozenset(
    "that which who whose had has have was were are is been be by with from into of in on at to for the a an "
    "their its his her our this these those".split()
)


# "the same five", "these four", "those same six": a group named only by pointing back to a
# list counted before it (lists.py, _lists_restated)
_ANAPHORIC = re.compile(r"^(?:the\s+same|these|those(?:\s+same)?|all(?:\s+the)?|the)\s+\S+$", re.I)


def _anaphoric(group: str) -> bool:
    """ "the same five", "all four": a pointer and a count, nothing else."""
    return bool(_ANAPHORIC.match(group.strip())) and _count_word(group.split()[-1].lower())


# a list written as pointing back: "these four countries, A, B, C and D, …", "the same
# suppliers (A, B, C and D)"
_POINTS_BACK = re.compile(r"^(?:these|those|the\s+same)\s", re.I)


def _antecedents(lists: list[MemberListClaim]) -> dict[int, tuple[int, ...]]:
    """For each list whose group only points back ("the same five (…)", "these four
    countries, …", "the same suppliers (…)"), the list it restates: the nearest earlier
    list of as many members, counted so or listed so (and, with no count, of the same
    noun)."""
    out: dict[int, tuple[int, ...]] = {}
    for j, c in enumerate(lists):
        back = _anaphoric(c.group) or bool(_POINTS_BACK.match(c.text or ""))
        if not back:
            continue
        n = c.declared_count
        head = tuple(w for w in _head_phrase(c.group) if w != "same")
        if n is None and not head:
            continue
        for i in range(j - 1, -1, -1):
            e = lists[i]
            if n is not None and (e.declared_count == n or (e.declared_count is None and len(e.members) == n)):
                out[j] = (i,)
                break
            if n is None and len(e.members) == len(c.members) and _head_phrase(e.group)[-1:] == head[-1:]:
                out[j] = (i,)
                break
    return out


_NP_STOP = frozenset("of in on at from for with across along around that which who whose to by under behind".split())
_NP_SKIP = frozenset("the a an its their his her our these those all".split())


def _head_phrase(group: str) -> tuple[str, ...]:
    """The words of a group's noun phrase before what follows its head ("donor governments"
    in "donor governments of the fund" and in "donor governments that paid for the locks"),
    stemmed, without determiners or a count."""
    out: list[str] = []
    seen: list[str] = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", group):
        lw = w.lower()
        if lw in _NP_STOP or _participle_after_plural(seen, w):
            break
        seen.append(w)
        if lw in _NP_SKIP or _count_word(lw):
            continue
        out.append(_stem(w))
    return tuple(out)


def _count_word(word: str) -> bool:
    return word.isdigit() or word in _COUNT_WORDS


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()
)


def _restated_twins(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """ "Four donor governments — A, B, C and D — …" and later "the fund's donor governments
    (C, D, E and A)": the same noun phrase of two words or more, what follows it aside
    (the body that owns the group, what its members did), as many members as one of them
    counts, all but one shared: the same list written twice, in another order."""
    counts = {c for c in (later.declared_count, earlier.declared_count) if c is not None}
    if len(counts) != 1:
        return False
    (n,) = counts
    if n < 3 or not len(later.members) == len(earlier.members) == n:
        return False
    if len(set(later.members) & set(earlier.members)) != n - 1:
        return False
    if _did_apart(later, earlier):
        return False  # "three towns that had lost their bank" / "… that had gained a post office"
    a, b = _head_phrase(later.group), _head_phrase(earlier.group)
    # one word will do when it says what the members do ("lenders", "donors"), not only
    # that they belong ("countries", "members")
    return a == b and (len(a) >= 2 or (len(a) == 1 and a[0] not in _ROLE_WORDS and a[0] not in _MEMBER_HEADS))


def _named(group: str) -> bool:
    """A group named as one body ("the pact", "the Harbour Accord"), not a plural noun
    ("agencies", "ports that handle the trade")."""
    return describe_group(group, "members").startswith("members of ")


def _contradicts(later: MemberListClaim, earlier: MemberListClaim, only_here: list[str], only_there: list[str]) -> bool:
    """Lists of different dates may differ by growth: a later list that keeps every member of
    the earlier one and adds some is no contradiction."""
    a, b = later.as_of, earlier.as_of
    if a is None or b is None or a == b:
        return True
    if _RANKING.search(later.group) or _RANKING.search(earlier.group):
        return False  # "In 2022 the four most visited islands …" / "In 2024 …": a ranking changes
    if _EVENT_VERB.search(later.group) and _EVENT_VERB.search(earlier.group):
        return False  # "In 2019 three clubs left the league" / "In 2024 …": two events, two groups
    new, old = (
        (later, earlier)
        if (a.year, a.month or 0, a.day or 0) > (b.year, b.month or 0, b.day or 0)
        else (earlier, later)
    )
    return not set(old.members) <= set(new.members)


#: a verb in the past that says what a group's members did ("clubs that left the league",
#: "states that adopted the cap"): a group of one event, which lists of other dates do not restate
_EVENT_VERB = re.compile(
    r"\b(?:that|which|who)?\s*(?:[a-z]{3,}ed|left|lost|won|built|began|made|took|sold|paid|shut|quit)\s"
)
#: a group that ranks ("the four most visited", "the largest", "the top three"): who is in
#: it changes from one date to another
_RANKING = re.compile(r"\b(?:most|least|top|bottom|[a-z]{2,}est)\b", re.I)


def _role(claim: MemberListClaim) -> str:
    return getattr(claim, "role", "members") or "members"


def _as_of(claim: MemberListClaim) -> str:
    text = getattr(claim, "as_of_text", None)
    if claim.as_of is not None:
        return f" (as of {claim.as_of})"
    return f" ({text.lower()})" if text else ""


_MEMBER_WITH_ACRONYM = re.compile(r"^(?:the\s+)?(?P<name>.+?)\s*\(\s*(?P<acr>[A-Z][A-Za-z&]{1,9})\s*\)$")


def _defined_in_lists(lists: Iterable[MemberListClaim], acr: dict[str, str]) -> dict[str, str]:
    """The issue's acronyms, with those a list member defines in its own words ("HM Revenue
    and Customs (HMRC)"): the member's name is what the acronym stands for in lists, whatever
    longer expansion the sentence around it gave the acronym reader."""
    out = dict(acr)
    for c in lists:
        for member, raw in zip(c.members, c.raw_members):
            m = _MEMBER_WITH_ACRONYM.match(raw.strip())
            if (
                m
                and re.sub(r"^the\s+", "", member) == m.group("name")
                and fit(m.group("acr"), m.group("name")) == "fits"
            ):
                out[m.group("acr")] = m.group("name")
    return out


def _expanded(claim: MemberListClaim, acr: dict[str, str]) -> MemberListClaim:
    """The list with members named by an acronym the issue defines given as its expansion
    ("the ADB" is the Asian Development Bank), so two lists naming one member in the two
    forms agree; the list still shows the member as it writes it."""
    if not any(m in acr for m in claim.members):
        return claim
    members = tuple(re.sub(r"^the\s+", "", acr[m], flags=re.I) if m in acr else m for m in claim.members)
    return claim.model_copy(update={"members": members})


def _noun_phrase(group: str) -> str:
    """A group's noun phrase, before what its members did ("other missions" in "other
    missions that observed the vote")."""
    g = re.split(r",|\s(?:that|which|who)\s", group, maxsplit=1)[0]
    return re.sub(r"^the\s+", "", g.strip(), flags=re.I).lower()


def _shown(claim: MemberListClaim, members: list[str]) -> list[str]:
    """Members as the list itself writes them."""
    raw = dict(zip(claim.members, claim.raw_members)) if len(claim.raw_members) == len(claim.members) else {}
    return [raw.get(m, m) for m in members]


def _link_keys(c: Any, kw: frozenset[str], kk: frozenset[str]) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """Keys under which a list is filed, and keys under which the earlier lists it may be
    linked to are filed. Two lists can be linked (:func:`_linked`) only when they share two
    group words or two content words, have the same single content word, have the same
    declared count, or one's single word ends a proper name in the other's group
    (:func:`_short_form`): each of these is a shared key."""
    own: set[tuple[Any, ...]] = set()
    for tag, words in (("w", kw), ("k", kk)):
        ordered = sorted(words)
        own.update((tag, a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    n = c.declared_count
    if n is not None and n >= 3:
        own.add(("n", n))
    head = _head_phrase(c.group)
    if head:
        own.add(("np", head))  # _restated_twins
    wanted = set(own)
    if len(kk) == 1:
        (word,) = kk
        own.add(("k1", word))
        wanted.update({("k1", word), ("end", word)})
    body = _body(c.group)
    if body:
        # _same_body: the same body, or a one-word body that ends the other's full name
        # ("the alliance" / "the port alliance"); keyed on the whole name, since the last
        # word alone ("partnership", "alliance") is shared by unrelated bodies
        own.add(("body", body))
        wanted.add(("body", body))
        if len(body) == 1:
            wanted.add(("body-end", body[0]))
        else:
            own.add(("body-end", body[-1]))
            wanted.add(("body", body[-1:]))
    for name in re.findall(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*", c.group):
        if len(name.split()) >= 2:
            end = _stem(name.split()[-1])
            own.add(("end", end))
            wanted.add(("k1", end))
    if len(c.members) >= 3:
        # _Restated: lists that share members (a list shares three with any it restates, so
        # its first three or those after them hold one it shares)
        for m in c.members:
            own.add(("m", m))
            wanted.add(("m", m))
            words = m.split()
            if len(words) >= 2 and words[0][:1].isupper():
                # _short_names: "Ashgrove" for "Ashgrove Primary", "Orchard Vale" for "Orchard
                # Vale Infant School", "Osei" for "Amara Osei"
                own.update(("m", " ".join(words[:k])) for k in range(1, min(len(words), 5)))
                if _surname_of(words[-1], m):
                    own.add(("m", words[-1]))
    return own, wanted


# superlatives of opposite sense: "the four busiest ports" is not "the four quietest ports"
_OPPOSITES = (
    frozenset({"most", "least"}),
    frozenset({"largest", "smallest"}),
    frozenset({"biggest", "smallest"}),
    frozenset({"highest", "lowest"}),
    frozenset({"top", "bottom"}),
    frozenset({"best", "worst"}),
    frozenset({"busiest", "quietest"}),
    frozenset({"richest", "poorest"}),
    frozenset({"first", "last"}),
)
# the measure a ranking is by: "by cargo", "the top four firms by revenue", "in terms of jobs"
# (not an agent, "by the judges", nor "by far", "by contrast")
_BY = re.compile(
    r"\b(?:by|in\s+terms\s+of)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|far|then|now|contrast|"
    r"comparison|way|law|itself|themselves|all|both|each|some|most|many|several|one|two|three|four|five)\b)([a-z][\w-]*)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: how many of the latest lists naming a member a list is compared with by its members
_MEMBER_WINDOW = 40
#: the rarity (linking.DocumentWords.weight) the members two lists share must add up to, in
#: names written only in the two lists (three such names, or more names written more often)
_SHARED_WEIGHT = 2.0


class _Restated:
    """Two whole lists restate one list when their members say so, whatever introduces them
    ("the four most crowded were A, B, C and D" and, in a bullet, "the prisons most under
    pressure (B, D, C and E)"): as many members or one more, all but one shared, at least three
    shared, and the members they share rare in the document (their rarity adds up, a name in
    every other sentence weighs nothing). Nothing may tell the two apart: not their role
    (founders, members), not their years, not a criterion ("by cargo" / "by passengers"), an
    opposite superlative, other names in their groups ("ferries to Skerry" / "to Holm"), nor
    two different kinds of member ("buyers" / "sellers")."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self._weights: Any = None

    def weight(self, claim: MemberListClaim, member: str) -> float:
        from claimcheck.extract.linking import document_weights, stem

        if self._weights is None:
            self._weights = document_weights(self.ctx.document)
        raw = dict(zip(claim.members, claim.raw_members)).get(member, member)
        words = re.findall(r"[^\W\d_]{3,}", raw)
        named = [w for w in words if w[:1].isupper()] or [w for w in words if w.lower() != "the"]
        return max((self._weights.weight(stem(w.lower())) for w in named), default=0.0)

    def __call__(
        self, later: MemberListClaim, earlier: MemberListClaim, kk: frozenset[str], ek: frozenset[str]
    ) -> bool:
        a, b = set(later.members), set(earlier.members)
        common = a & b
        # three names with one swapped ("A, B and C" / "A, B and D") share two: enough when
        # both are rare and neither list holds a member the other lacks by growth alone
        trio = len(a) == len(b) == 3 and len(common) == 2 and _trio_groups_agree(later, earlier, kk, ek)
        if (
            a == b
            or (len(common) < 3 and not trio)
            or len(common) < max(len(a), len(b)) - 1
            or abs(len(a) - len(b)) > 1
        ):
            return False
        if (not later.group.strip() or not earlier.group.strip()) and len(a) != len(b):
            return False  # a run of names with no group ("Trade with A, B, C and D grew"): one more is another group
        if _role(later) != _role(earlier) and not (len(a) == len(b) and a - b and b - a):
            return False  # founders and members: one may hold more; one for another is a slip
        if later.as_of is not None and earlier.as_of is not None and later.as_of != earlier.as_of:
            return False
        if (a <= b or b <= a) and any(w in _SUBSET for w in kk ^ ek):
            return False  # "the three largest shareholders (A, B, C)" within "the shareholders (A, B, C, D)"
        if _told_apart(later, earlier, self.ctx):
            return False
        if trio:
            # each of the two shared names written in the two lists' sentences alone
            return all(self.weight(later, m) >= self.scale() * 0.99 for m in common)
        return sum(self.weight(later, m) for m in common) >= _SHARED_WEIGHT * self.scale()

    def scale(self) -> float:
        """The weight of a name written in two sentences of the document (the two lists'):
        the most a shared member can weigh, whatever the document's length."""
        from claimcheck.extract.linking import document_weights

        if self._weights is None:
            self._weights = document_weights(self.ctx.document)
        return math.log((self._weights.sentences + 1) / 2) if self._weights.sentences > 2 else 1.0


#: words after a group's noun phrase that say which of them it is ("that signed the second
#: protocol", "outside the trial", "with a port"), not whose they are ("of the compact")
_OWN_WORDS_AFTER = re.compile(
    r"^\s*(?:that|which|who|whose|outside|inside|without|with|in|at|on|from|beyond|except|other|not|[a-z]{3,}(?:ed|ing))\b"
)


def _trio_groups_agree(
    later: MemberListClaim, earlier: MemberListClaim, kk: frozenset[str], ek: frozenset[str]
) -> bool:
    """May two lists of three names that share two be one group written twice? Both name
    founders (or signatories) of something, or neither group holds words of its own that
    the other lacks ("the founding firms" / "the current firms", "the countries that signed
    the first protocol" / "… the second protocol"), nor says which of its noun it is after
    the noun ("the river authorities outside the trial") unless both say it alike."""
    bare = [c for c in (later, earlier) if not c.group.strip()]
    if bare:
        # a run of names with no group restates only a list counted as three ("three carriers
        # fly the routes: A, B and C" … "shared by A, B and D")
        return len(bare) == 1 and (earlier if bare[0] is later else later).declared_count == 3
    if _role(later) == _role(earlier) != "members":
        return True
    if kk - ek and ek - kk:
        return False
    if later.declared_count == earlier.declared_count == 3 and _head(later.group) == _head(earlier.group):
        return True  # "three commissioners appointed in 2022: …" / "the three commissioners, …"
    for group in (later.group, earlier.group):
        np_ = _plural_np(group)
        rest = " ".join(re.sub(r"^the\s+", "", group.strip(), flags=re.I).split()[len(np_) :]) if np_ else ""
        if rest and _OWN_WORDS_AFTER.match(rest) and _noun_phrase(later.group) != _noun_phrase(earlier.group):
            return False
    return True


def _sentence(claim: MemberListClaim, ctx: CheckContext) -> str:
    """The sentence a list stands in (its text when it cannot be found)."""
    if claim.sentence:
        return claim.sentence
    try:
        block = ctx.document.articles[claim.article].blocks[claim.block]  # type: ignore[index]
    except (IndexError, TypeError):
        return claim.text
    return _sentence_in(block.text, claim.start, claim.end)


@lru_cache(maxsize=4096)  # asked once per pair a list is compared in
def _sentence_in(text: str, start: int, end: int) -> str:
    from claimcheck.extract.text import sentence_bounds

    starts = sentence_bounds(text) + [len(text)]
    s0 = max((s for s in starts if s <= start), default=0)
    s1 = min((s for s in starts if s >= end), default=len(text))
    return text[s0:s1]


def _ranked_apart(later: MemberListClaim, earlier: MemberListClaim, ctx: CheckContext) -> bool:
    """Two rankings of one kind of member: opposite superlatives ("the busiest ports" / "the
    quietest ports") or two measures ("by cargo" / "by passengers")."""
    wa, wb = set(re.findall(r"[a-z]+", later.group.lower())), set(re.findall(r"[a-z]+", earlier.group.lower()))
    if any(len(pair & wa) == 1 and len(pair & wb) == 1 and pair & wa != pair & wb for pair in _OPPOSITES):
        return True
    ba, bb = set(_BY.findall(_sentence(later, ctx).lower())), set(_BY.findall(_sentence(earlier, ctx).lower()))
    return bool(ba and bb and not ba & bb)


def _told_apart(
    later: MemberListClaim, earlier: MemberListClaim, ctx: CheckContext, *, years_before: bool = False
) -> bool:
    """Whether the words around two lists say they are lists of two groups (a link made by
    the members alone needs this silence): two rankings (:func:`_ranked_apart`), other years,
    other names in the groups, other kinds of member."""
    if _ranked_apart(later, earlier, ctx):
        return True
    sa, sb = _sentence(later, ctx), _sentence(earlier, ctx)
    if years_before:
        # only the years before the list date it ("In 2024 the three …"); one after it dates
        # what its members did ("… agreed to survey their networks in 2024")
        sa, sb = _before_list(later, sa), _before_list(earlier, sb)
    # the years named outside the members ("In 2022 the four …" / "In 2024 the four …"); after
    # a list its group closes (an apposition or a parenthesis), only the years before it
    ya, yb = _list_years(_dating_words(later, sa)), _list_years(_dating_words(earlier, sb))
    if ya and yb and not ya & yb:
        return True
    fa, fb = set(_FOUNDING_YEAR.findall(sa)), set(_FOUNDING_YEAR.findall(sb))
    if fa and fb and not fa & fb:
        return True  # two bodies founded in other years
    na, nb = _context_names(later, sa), _context_names(earlier, sb)
    if na and nb and not na & nb:
        return True  # "ferries to Skerry" / "ferries to Holm"
    if _held_apart(later, earlier, ctx):
        return True  # "Nurses at five clinics (…)" / "Doctors at five clinics (…)"
    return _kinds_apart(later, earlier)


#: what closes a list its group stands before: the comma of an apposition, a bracket, a dash
_CLOSED_AFTER = re.compile(r"\s*(?:[,)\]]|\s[—–]|—)")


def _dating_words(claim: MemberListClaim, sentence: str) -> str:
    """The words of a list's sentence that may date the list: all of them, but for a list
    set between its group and a closing comma, bracket or dash ("The pilot towns, A, B and C,
    will report in 2027", "four towns (A, B and C) took part from 2021 to 2023"), only those
    before its first member: a year after the closed list dates what its members do next,
    not which members the group holds. A list the sentence goes on from with no such mark
    ("A, B and C joined in 2019", "… were A, B and C in 2023") is dated by what follows it."""
    if not claim.raw_members or not claim.group.strip():
        return sentence
    last = claim.raw_members[-1]
    at = sentence.rfind(last)
    if at < 0 or not _CLOSED_AFTER.match(sentence, at + len(last)):
        return sentence
    return _before_list(claim, sentence)


def _before_list(claim: MemberListClaim, sentence: str) -> str:
    """The words of a list's sentence before its first member."""
    first = claim.raw_members[0] if claim.raw_members else ""
    at = sentence.find(first) if first else -1
    return sentence[:at] if at > 0 else sentence


#: a year that dates the body, not its list: "formed in 2019", "set up in May 2021"
_FOUNDING_YEAR = re.compile(
    r"\b(?:formed|founded|set\s+up|established|created|launched)\s+in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)


def _list_years(sentence: str) -> set[str]:
    """The years of a list's sentence that may date the list: not the year its body was
    founded ("the partnership, formed in 2019, buys for five authorities: …"), which holds
    for every list of its members (two such years that differ are two bodies)."""
    founding = {m.start(1) for m in _FOUNDING_YEAR.finditer(sentence)}
    return {m.group(0) for m in _YEAR.finditer(sentence) if m.start() not in founding}


def _held_apart(later: MemberListClaim, earlier: MemberListClaim, ctx: CheckContext) -> bool:
    """Two lists of the places of two kinds of people or things ("Nurses at five clinics
    (…)" / "Doctors at five clinics (…)"): two groups, whatever places they share. A later
    group written with "the" and no count ("Managers in the pilot counties (…)") points back
    at the places met before, whoever is in them now: one group."""
    if later.declared_count is None and _DEFINITE.match(later.text or ""):
        return False
    ha, hb = _holders(later, _sentence(later, ctx)), _holders(earlier, _sentence(earlier, ctx))
    return bool(ha and hb and ha != hb)


# the people or things of the listed places named just before the group: "Nurses at five
# clinics (…)", "Bakers in four towns (…)"
_HOLDERS = re.compile(
    r"\b([A-Za-z][a-z]{2,}s)\s+(?:at|in|of|from|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}[\w-]+\s*[(,—–:]?\s*$"
)


def _holders(claim: MemberListClaim, sentence: str) -> str | None:
    """The plural noun before "at", "in", "of" that owns a list's group in its sentence
    ("nurses" of "Nurses at five clinics (A, B, …)"), lower case, or None."""
    first = claim.raw_members[0] if claim.raw_members else ""
    at = sentence.find(first) if first else -1
    if at <= 0:
        return None
    m = _HOLDERS.search(sentence[:at])
    if m is None or m.group(1).lower() in claim.group.lower().split():
        return None  # "The lighthouses in the scheme, A, B, …": the group's own noun
    return m.group(1).lower()


@lru_cache(maxsize=1024)  # asked for every pair of lists compared
def _modifiers(group: str) -> tuple[str, frozenset[str]] | None:
    """The head noun of a group's noun phrase and the words before it ("group" and {data,
    working} of "the data working group"), up to the words after the head ("of", "that",
    a participle: "operators carrying …")."""
    words: list[str] = []
    for w in re.sub(r"^the\s+", "", group.split(",")[0].strip(), flags=re.I).split():
        lw = w.lower()
        if lw in _AFTER_HEAD or (words and lw.endswith("ing") and words[-1].endswith("s")):
            break
        words.append(lw)
    if len(words) < 2:
        return None
    # (adjectives only describe: "the large processors" are "the largest dairy processors")
    # (a possessive says whose it is, not which: "the ministry's panel" is the panel it set up)
    return _stem(words[-1]), frozenset(
        _stem(w)
        for w in words[:-1]
        if not _DESCRIBING.search(w) and w not in SUBSET_WORDS and not w.endswith(("'s", "’s", "s'", "s’"))
    )


#: words before a noun that describe it (size, rank, kind, nationality) rather than name which
_DESCRIBING = re.compile(
    r"(?:est|al|ic|ous|ive|ish|ian|ean|ese|ful|less|able|ible|ly)$|^(?:big|large|small|major|minor|main|top|high|low|"
    r"old|young|little|great|long|short|few|many|several|most|more|core|other|same|such|all)$|\d"
)


_AFTER_HEAD = frozenset("of in on at from for with across that which who to by under behind".split())


def _modified_apart(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """One noun with other words before it on both sides: "the data working group" / "the
    pricing working group", "the Nordic summer tour" / "the Nordic winter tour" name two
    bodies, whatever members they share (one side's extra words only say which: "the
    cross-government working group" / "the working group")."""
    a, b = _modifiers(later.group), _modifiers(earlier.group)
    return bool(a and b and a[0] == b[0] and a[1] - b[1] and b[1] - a[1])


def _kinds_apart(later: MemberListClaim, earlier: MemberListClaim) -> bool:
    """Two kinds of member, whatever they share: "buyers of the yarn" / "sellers of the yarn"
    (plural nouns as heads, neither only a member's: "countries", "partners"); not where one
    head says what the other's members are, before its own head ("the counties" and "three
    county services")."""
    ha, hb = _head(later.group), _head(earlier.group)
    return bool(
        ha
        and hb
        and ha != hb
        and not (_member_head(ha) or _member_head(hb))  # ("states" stems to "stat")
        and not (ha.startswith(_ROLE_HEADS) or hb.startswith(_ROLE_HEADS))  # "clubs" / "the founders"
        and not _agent_twins(later.group, earlier.group)  # "the winners" / "the winning projects"
        and _plural_noun(later.group)
        and _plural_noun(earlier.group)
        and not _agent_of(ha, earlier.group)
        and not _agent_of(hb, later.group)
        and not _names_kind(ha, earlier.group)
        and not _names_kind(hb, later.group)
    )


#: bodies of people, named short once introduced ("the supervisory board" … "the board")
_PEOPLE_BODIES = frozenset(
    "board committee jury panel team council commission cabinet bench delegation crew trust quartet trio".split()
)


def _body_named_short(later: MemberListClaim, earlier: MemberListClaim, kk: frozenset[str], ek: frozenset[str]) -> bool:
    """Is one group a body of people named by its noun alone ("the board members") and the
    other the same body with a word that says which ("members of the supervisory board"),
    their members all but one the same? The short name points back at the body told."""
    small, big = (kk, ek) if len(kk) < len(ek) else (ek, kk)
    return (
        len(small) == 1
        and small < big
        and len(big) <= 3
        and next(iter(small)) in _PEOPLE_BODIES
        and _all_but_one(later, earlier)
    )


def _root(word: str) -> str:
    """A word less the endings of its agent, its act and its participle: "winners",
    "winning" → "winn"; "mediators", "mediation" → "mediat"."""
    return re.sub(r"(?:ions?|ings?|ers?|ors?|s)$", "", word.lower())


def _agent_twins(a: str, b: str) -> bool:
    """Does one group name its members by what they do ("the winners", "the three
    mediators") and the other by the same act as a word before its noun ("the winning
    projects", "the mediation team", "the selection panel")? One group, named twice."""
    wa = re.findall(r"[a-z][a-z-]+", a.lower())
    wb = re.findall(r"[a-z][a-z-]+", b.lower())
    for agent_side, other in ((wa, wb), (wb, wa)):
        agents = [w for w in agent_side if re.search(r"(?:er|or)s$", w)]
        if len(agents) != 1 or not other:
            continue
        root = _root(agents[0])
        if len(root) >= 4 and any(w != agents[0] and _root(w) == root for w in other[:-1] or other):
            return True
    return False


#: heads that say what members did for the group, not what they are ("founders", "signatories")
_ROLE_HEADS = ("founder", "cofounder", "co-founder", "signator", "initiator")


def _names_kind(head: str, group: str) -> bool:
    """Is ``head`` a word before the other group's own head ("county" of "county services")?"""
    mods = _modifiers(group)
    return mods is not None and head in mods[1]


def _content(words: str) -> list[str]:
    """The words of a group other than determiners and counts."""
    return [
        w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if w.lower() not in _NP_SKIP and not _count_word(w.lower())
    ]


#: the group of a list that names some picked of a group named before ("three of them")
_OF_THEM = re.compile(r"^\S+\s+of\s+them$")
#: words after a group's noun that point back to the writer's own work: "the systems we
#: examined", "the firms that we visited", "the sites I looked at"
_OUR_OWN = re.compile(
    r"^\s*(?:that\s+|which\s+)?(?:we|I)\s+(?:have\s+|had\s+)?[a-z]{3,}(?:ed|en|t)(?:\s+(?:at|in|on|with))?\s*$"
)
_DEFINITE = re.compile(r"^(?:the|these|those)\s", re.I)


#: a pair counted both times and met before: "The two sponsors, A and C", "Both sponsors (A and C)"
_THE_PAIR = re.compile(r"^(?:the\s+two|both(?:\s+the)?(?:\s+two)?)\s", re.I)


def _definite_restatement(
    later: MemberListClaim, earlier: MemberListClaim, kk: frozenset[str], ek: frozenset[str], ctx: CheckContext
) -> bool:
    """ "The English counties (A, B and D)" after "three county services (A, B and C)", "the
    three systems we examined (A, B and D)" after "we looked at three of them: A, B and C":
    a later group written with "the" (a group the reader has met) restates an earlier list
    of as many members, all but one shared (two or more; of a pair, one, when both lists
    count two and the later opens with "the two" or "both"), when its head is the earlier
    group's head or a word before it, or when what follows its head only points back to the
    writer's own work ("we examined") and it counts the earlier list's count. Nothing may tell
    the two apart (years, rankings, names, kinds), nor narrow either ("the largest")."""
    n = len(later.members)
    pair = n == 2 and later.declared_count == earlier.declared_count == 2 and _THE_PAIR.match(later.text or "")
    if (n < 3 and not pair) or len(earlier.members) != n or not (_DEFINITE.match(later.text or "") or pair):
        return False
    if later.declared_count not in (None, n) or earlier.declared_count not in (None, n):
        return False
    if len(set(later.members) & set(earlier.members)) != n - 1 or _role(later) != _role(earlier):
        return False
    if any(w in _SUBSET for w in kk | ek):
        return False
    phrase = _head_phrase(later.group)
    head = phrase[-1] if phrase else None
    words = re.sub(r"^the\s+", "", later.group.strip(), flags=re.I)
    cut = re.search(r"\s(?:that|which|who|we|I)\s", " " + words)
    pointed = cut is not None and _OUR_OWN.match(words[cut.start() :]) is not None
    if pointed:
        tied = later.declared_count == n and (earlier.declared_count == n or earlier.declared_count is None)
    elif len(phrase) != len(_content(words)) and not _BACK_REFERENCE.search(" " + words):
        return False  # "the countries that signed the second protocol (…)": a group of its own words
    else:
        there = _head_phrase(earlier.group)  # its head last, the words before it that say which
        tied = head is not None and head in there
    return tied and not _told_apart(later, earlier, ctx)


def _agent_of(head: str, group: str) -> bool:
    """Is ``head`` the agent noun of a verb in the other group's words ("bidders" for
    "utilities that bid for the contract", "operators" for "firms that operate the
    line")? Then it names that group by what it does, not another kind of member."""
    if not re.fullmatch(r"[a-z]{3,}(?:er|or)", head):
        return False
    base = head[:-2]
    bases = {base, base[:-1]} if len(base) > 3 and base[-1] == base[-2] else {base}  # "bidd" → "bid"
    words = {_stem(w) for w in re.findall(r"[a-z][a-z-]+", group.lower())} - {head}
    return any(len(b) >= 3 and any(w == b or (w.startswith(b) and len(w) - len(b) <= 2) for w in words) for b in bases)


_PREPOSED_NAME = re.compile(r"\b(?:to|from|in|at|of|for|on)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _place_names(group: str) -> set[str]:
    """The names after a preposition in a group's words before any comma ("Skerry" in
    "ferries to Skerry"; not the aside of "members, as listed in the Bill's schedule")."""
    core = group.split(",")[0]
    return {m.lower() for m in _PREPOSED_NAME.findall(core)}


_MONTHS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)


def _context_names(claim: MemberListClaim, sentence: str) -> set[str]:
    """The names after a preposition in a list's group ("Skerry" in "ferries to Skerry"); for
    a list read with no name in its group, in the words of its sentence before it ("Ferries
    to Skerry call at A, B, C and D")."""
    names = _place_names(claim.group)
    if names or re.search(r"[A-Z]", claim.group):
        return names
    return {n for n in _place_names(_before_list(claim, sentence)) if n.split()[0] not in _MONTHS}


def _plural_noun(group: str) -> bool:
    """Whether a group's head is a plural noun ("largest buyers"), not an adjective alone ("most crowded")."""
    head = [w for w in group.split() if w.lower() not in _NP_STOP][:6]
    return any(re.fullmatch(r"[a-z]{3,}s", w) and not w.endswith("ss") for w in head)


class _Sentences:
    """The sentences of the prose outside the member lists' own sentences, found once per
    check (each finding scanned the whole document for them), and by names looked for."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self._all: list[str] | None = None
        self._with: dict[tuple[str, ...], list[str]] = {}

    def all(self) -> list[str]:
        if self._all is None:
            from claimcheck.extract.text import sentence_bounds

            ctx = self.ctx
            lists = ctx.claims.of_kind("member_list")
            out = []
            for article in ctx.document.articles:
                spans_of: dict[int, list[tuple[int, int]]] = {}
                for c in lists:
                    if c.article == article.index:
                        spans_of.setdefault(c.block if c.block is not None else -1, []).append((c.start, c.end))
                for i, block in enumerate(article.blocks):
                    if not block.is_prose:
                        continue
                    spans = spans_of.get(i, [])
                    starts = sentence_bounds(block.text) + [len(block.text)]
                    for s0, s1 in zip(starts, starts[1:]):
                        if any(a < s1 and s0 < b for a, b in spans):
                            continue  # the list's own sentence
                        out.append(block.text[s0:s1])
            self._all = out
        return self._all

    def naming(self, names: list[str]) -> list[str]:
        key = tuple(names)
        if key not in self._with:
            self._with[key] = [s for s in self.all() if any(n and n in s for n in names)]
        return self._with[key]


def _founders(
    ctx: CheckContext,
    *sides: tuple[list[str], MemberListClaim],
    acr: dict[str, str],
    label: str,
    sentences: _Sentences | None = None,
) -> list[str]:
    """Members missing from one list whose name stands in another sentence about the group."""
    names = [label] + [e for a, e in acr.items() if a == label]
    found: list[str] = []
    wanted = []
    for missing, claim in sides:
        raw = dict(zip(claim.members, claim.raw_members)) if len(claim.raw_members) == len(claim.members) else {}
        wanted += [raw.get(m, m) for m in missing]
    if not wanted:
        return found
    for sentence in (sentences or _Sentences(ctx)).naming(names):
        for shown in wanted:
            if shown not in found and re.search(rf"\b{re.escape(shown[:5])}", sentence):
                found.append(shown)
    return found
