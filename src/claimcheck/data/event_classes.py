"""The event classes of the dated-event link (DT001): each class named by the verbs, nouns
and idioms that say it, as written (the linking stems them)."""

from __future__ import annotations

#: the event classes, each named by the verbs and nouns (as stems, see
#: :func:`claimcheck.extract.happenings.stem`) that
#: say it. Defined once: DT001 reads the happening of a numbered thing through it too
#: ("Tianwen-3 ... launch in 2028" / "Tianwen 3 ... return in 2031"). A start and a
#: restart are kept apart on purpose: a mission's launch and its return, a scheme's start
#: and its restoration are two happenings; so are a text's adoption and its signature (a
#: treaty is agreed, then signed, then ratified).
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "launch": (
        "start",
        "begin",
        "launch",
        "commence",
        "commencement",
        "kick off",
        "kick-off",
        "kickoff",
        "go live",
        "open",
        "inaugurate",
        "inauguration",
        # a start said by what a writer calls its first showing or its spreading out: "its
        # debut", "rolled out", "the rollout", "came on stream"
        "debut",
        "roll out",
        "rollout",
        "roll-out",
        "start-up",
        "come on stream",
        "came on stream",
        # a work's or a show's first showing: "premiered in Bergen", "first performed",
        # "first staged", "first screened", "first aired"
        "premiere",
        "first performed",
        "first staged",
        "first shown",
        "first screened",
        "first aired",
        "first broadcast",
    ),
    "return": (
        "return",
        "resume",
        "resumption",
        "restore",
        "restoration",
        "come back",
        "reinstate",
        "reinstatement",
        "regain",
        "reimpose",
        "reintroduce",
        "reintroduction",
        "reopen",
        "revive",
        "revival",
    ),
    "stop": ("stop", "cease", "cessation", "suspend", "suspension", "halt", "miss", "default", "discontinue"),
    "ending": ("end", "lift", "expire", "expiry", "lapse", "wind up", "wound up", "winding up"),
    "publication": ("publish", "publication", "issue", "issuance", "announce", "release", "unveil"),
    "signing": ("sign", "signature", "put name to", "put names to", "ink"),
    # a law is made when it "becomes law" or, in a Westminster parliament, "receives Royal
    # Assent" (a bill that becomes an act): "the act became law in July" / "the act received
    # Royal Assent in September" date one adoption
    "adoption": (
        "adopt",
        "adoption",
        "promulgate",
        "promulgation",
        "agree",
        "conclude",
        "conclusion",
        "become law",
        "became law",
        "receive royal assent",
        "received royal assent",
    ),
    "holding": ("hold", "convene", "meet", "take place"),
    # a body's vote, said by its verb or its noun ("the council voted on 12 May" / "the
    # council's May vote"); who votes and how they vote are no vote ("voters", "voting
    # rights": :data:`NOT_EVENT_WORDS`)
    "vote": ("vote", "voted"),
    "entry into force": (
        "take effect",
        "into force",
        "into effect",
        "entry into force",
        "become effective",
        "became effective",
    ),
    "joining": ("join", "accede", "accession", "member", "membership"),
    "closure": (
        "close",
        "closure",
        "shut",
        "switch off",
        "turn off",
        "decommission",
        "decommissioned",
        "decommissioning",
    ),
    "acquisition": ("buy", "acquire", "acquisition", "purchase", "take over", "takeover"),
    "leaving": (
        "leave",
        "withdraw",
        "withdrawal",
        "depart",
        "departure",
        "exit",
        "quit",
        "pull out",
        "walk away",
        "walk out",
        "back out",
        # an office left: "resigned", "stepped down", "stood down", "retired"
        "resign",
        "resignation",
        "step down",
        "stepped down",
        "stand down",
        "stood down",
    ),
    "appointment": ("appoint", "appointment", "take office", "swear in"),
    "landing": ("land",),
    # a thing's failure, a firm's too: "went bankrupt", "its insolvency", "went bust", "went
    # into administration" (not "collapsed": talks collapse as bridges do)
    "failure": (
        "fail",
        "failure",
        "give way",
        "burst",
        "cave in",
        "bankrupt",
        "bankruptcy",
        "insolvent",
        "insolvency",
        "go bust",
        "went bust",
        "into administration",
        "into receivership",
    ),
    # a life's two ends: "was born in 1868" / "born in 1869, she …" / "her birth in";
    # "died" / "his death in" / "passed away"
    "birth": ("born", "birth"),
    "death": ("die", "died", "death", "pass away", "passed away"),
    "creation": ("found", "foundation", "establish", "create", "creation", "set up"),
    "abolition": ("dissolve", "dissolution", "eliminate", "elimination", "abolish", "abolition", "scrap", "repeal"),
}

#: offices a person takes: "became chief executive", "became the firm's chair", "became
#: mayor" is taking office (an appointment or an election), as "was appointed chief executive";
#: one word each, the first of an office of two ("chief executive", "prime minister")
OFFICES = frozenset(
    """chief ceo chair chairman chairwoman chairperson president vice-president prime minister
    chancellor mayor governor director director-general secretary-general commissioner ombudsman
    ambassador editor head headteacher headmaster dean rector provost leader speaker registrar
    auditor-general""".split()
)

#: words that share a stem with an event class's word but name a doer or a quality, not
#: the event: "the voters", "voting rights" (the vote's stem is the verb's); nor do nouns
#: whose stem only looks like an event's: "the department" is no departure, "the
#: publisher" no publication, "the founders" no founding
NOT_EVENT_WORDS = frozenset(
    {"voter", "voters", "voting", "department", "departments", "publisher", "publishers", "founder", "founders"}
)

#: bodies that decide by a vote: what one of them approves, passes, adopts or rejects it
#: votes ("the Senate approved the bill on 3 May" is the Senate's vote of 3 May)
VOTING_BODIES = frozenset(
    """parliament senate house chamber assembly congress legislature council councillors
    councilors deputies senators lawmakers legislators MPs MEPs plenary delegates
    shareholders board committee""".split()
)
#: a voting body named by its members: "senators voted" is the Senate's vote, "MEPs
#: approved" the Parliament's
BODY_OF_MEMBERS = {
    "senators": "senate",
    "MEPs": "parliament",
    "MPs": "parliament",
    "councillors": "council",
    "councilors": "council",
    "deputies": "chamber",
    "delegates": "assembly",
}
#: what a voting body does by its vote ("approved", "passed", "adopted", "rejected",
#: "endorsed", and their nouns)
VOTE_OUTCOMES = frozenset(
    "approve approved approval pass passed passage adopt adopted adoption reject rejected rejection endorse endorsed".split()
)

#: DT001's dated-object link (``claimcheck.extract.dated_objects``) compares events by
#: these coarser classes: a start and an entry into force, an acquisition and a handover
#: are one happening of the thing they are done to ("the levy took effect on 1 April" /
#: "since the levy was introduced in April"); the other classes stay as they are
COARSE_CLASS = {"entry into force": "launch"}

#: more words of a class, read only by the dated-object link: states since a start ("in
#: service since"), idioms ("came out"), nouns of a handover
OBJECT_EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "launch": (
        "introduce",
        "introduction",
        "switch on",
        "come in",
        "roll out",
        "rollout",
        "enter service",
        "in service",
        "enter operation",
        "in operation",
        "in force",
        "commissioned",
        "become applicable",
        "became applicable",
    ),
    "publication": ("report", "come out", "hand down", "appear", "appeared", "go to press", "went to press"),
    "acquisition": ("handover", "hand over"),
    "ending": ("give up", "gave up"),
    "signing": ("shake hands on", "shook hands on", "shake hands", "shook hands", "put signatures to"),
}

#: the classes the dated-object link compares: what happens once to a thing (a meeting, a
#: joining, an appointment, a stop or a return happen to it again and again)
OBJECT_CLASSES = frozenset(
    {"launch", "publication", "signing", "adoption", "acquisition", "ending", "closure", "creation", "abolition"}
)

#: words of a class the dated-object link leaves out: announcing a plan is not publishing
#: it ("announced the review in October" / "the review, published in February")
NOT_OBJECT_EVENT_WORDS = frozenset({"announce", "announcement", "unveil"})

#: verbs that say a state since a start only with "since" or "from" right after them: "the
#: mandate has applied since January 2024" (not "the firm applied for a licence in 2020")
SINCE_VERBS: dict[str, str] = {"apply": "launch", "applied": "launch", "applies": "launch"}

#: verbs (and "in place") of a thing's running or being that say, with "since" right after
#: them (a perfect, a participle), that it began then ("the ferry has run since 2013", "the
#: agency, in place since June 2015", "has carried passengers since": what it serves may
#: stand between, :data:`SERVED`), and the classes of event that began it: running or
#: operating begins with a start (not a founding: "set up in February, operating since
#: June"); being in place or existing with a start or a founding, whichever of the two the
#: document dates for the thing (DT001)
STATE_SINCE_START: dict[str, tuple[str, ...]] = {
    "run": ("launch",),
    "ran": ("launch",),
    "operate": ("launch",),
    "operated": ("launch",),
    "function": ("launch",),
    "functioned": ("launch",),
    "carried": ("launch",),
    "exist": ("launch", "creation"),
    "existed": ("launch", "creation"),
    "in place": ("launch", "creation"),
    # a thing in use or in service since a date began to be used then ("the footbridge, in
    # use since 2012")
    "in use": ("launch",),
    "in service": ("launch",),
    "in operation": ("launch",),
}
#: who a thing serves, between such a verb and "since" ("has carried passengers since")
SERVED = frozenset({"passengers", "visitors", "patients", "customers", "users", "pupils", "traffic", "freight"})

#: words of a class that say it only with no object after them: "North Sea Link,
#: commissioned in 2020" is a start, "the ministry commissioned a study in 2019" an order;
#: "the Royal Commission, which reported in 2021" a publication, "police reported 300
#: thefts in 2021" a figure
WITHOUT_OBJECT = frozenset({"commissioned", "report"})

#: nouns of what a thing's own act produces: "handed down its report", "gave its final
#: approval": the thing dated is whoever's report or approval it is
OWN_PRODUCTS = frozenset({"report", "findings", "approval", "verdict", "ruling", "decision", "recommendations"})

#: head nouns that name one kind of document, compared as one ("the agreement reached on
#: …" / "the political accord of …")
SAME_HEAD = {
    "accord": "agreement",
    "treaty": "agreement",
    "pact": "agreement",
    "deal": "agreement",
    "compact": "agreement",
}

#: verbs that make an agreement when an agreement is what they act on or their subject
#: ("the agreement reached on …", "struck a deal in …"): its signing
AGREEMENT_VERBS = ("reach", "strike", "struck", "seal")

#: things that are launched by being published: "the strategy's launch" is its publication,
#: not the start of what it plans ("the plan began in 2021" is no publication)
LAUNCHED_BY_PUBLISHING = frozenset(
    {
        "strategy",
        "plan",
        "report",
        "review",
        "white paper",
        "roadmap",
        "guidance",
        "manifesto",
        "index",
        "atlas",
        "survey",
    }
)

#: nouns that make a happening one stage of several when the happening is said to be one:
#: "began as a pilot in 2019" / "began in 2021" ("the pilot opened in 2022" is the pilot's)
STAGE_NOUNS = frozenset({"pilot", "trial", "test", "phase", "stage"})
#: adverbs that do: "began nationally in 2021", "was first published in …"
PART_ADVERBS = frozenset(
    {"partly", "partially", "fully", "nationally", "nationwide", "again", "first", "initially", "gradually"}
    | {"provisionally", "temporarily"}
)

#: what is "introduced" when it is proposed, not started: "the bill was introduced in
#: Parliament in March 2022" is no start of the law
INTRODUCED_AS_PROPOSALS = frozenset({"bill", "motion", "amendment", "legislation", "proposal", "resolution"})

#: a thing that comes back by the calendar: "its annual report", "the quarterly review"
#: dates one edition of many
RECURRING = frozenset({"annual", "yearly", "quarterly", "monthly", "weekly", "biennial", "periodic", "regular"})

#: head nouns that name a thing of any kind at a place, by what it is for no more than "a
#: thing": "the Kelso facility" may be "the Kelso desalination plant", "the Orrin site" the
#: Orrin mine, when the document gives that name to no other thing (DT001 asks its dated
#: clauses); "the Korrin port" and "the Korrin mine" stay two things
GENERIC_THINGS = frozenset(
    {"facility", "facilities", "site", "project", "installation", "complex", "works", "development", "scheme"}
)

#: the classes of the scored event link (DT001, :func:`claimcheck.extract.happenings.mention`):
#: each named by its base words, whose regular derivations morphology adds ("prohibit":
#: prohibited, prohibiting, prohibition; "found": founded, foundation; "close": closed,
#: closure; "approve": approved, approval), and by the derived forms morphology cannot make
#: ("publication", "suspension", "abolition"). Near-synonyms of one happening share a class:
#: "lowered" and "cut" one reduction, "published" and "presented" one publication, "adopted"
#: and "approved" one adoption, "completed" and "went up" one completion. An announcement
#: is no publication here (an announced plan is published later), a signing no adoption, a
#: return no start: they are other stages
LINK_CLASSES: dict[str, tuple[str, ...]] = {
    "reduction": ("cut", "lower", "reduce", "reduction", "downgrade"),
    "prohibition": ("ban", "prohibit", "outlaw"),
    "publication": ("publish", "publication", "present", "presentation", "unveil", "release"),
    "adoption": ("adopt", "approve", "endorse", "enact", "enactment", "promulgate", "promulgation"),
    "launch": (
        "start",
        "begin",
        "launch",
        "commence",
        "inaugurate",
        "inauguration",
        "introduce",
        "introduction",
        "open",
        "go live",
        "went live",
        "kick off",
        "kicked off",
        "kick-off",
        "kickoff",
        "gone live",
        "switch on",
        "switched on",
        "enter service",
        "entered service",
        "into service",
        "into operation",
        "debut",
        "roll out",
        "rolled out",
        "rollout",
        "roll-out",
        "on stream",
        # a plant's or a machine's first running: "since its July 2022 start-up"
        "start-up",
    ),
    "entry into force": (
        "take effect",
        "took effect",
        "taken effect",
        "into force",
        "became effective",
        "become effective",
    ),
    "stop": ("stop", "suspend", "suspension", "halt", "cease", "cessation", "discontinue"),
    "ending": ("end", "expire", "expiry", "lapse", "lift", "wind up", "wound up", "winding up"),
    "closure": ("close", "shut", "shutdown", "decommission"),
    "creation": ("found", "establish", "create", "creation", "set up"),
    "abolition": ("abolish", "abolition", "scrap", "repeal", "dissolve", "dissolution"),
    "return": ("reopen", "resume", "resumption", "restore", "restoration", "reinstate", "reintroduce"),
    "signing": ("sign", "signature"),
    "acquisition": ("acquire", "acquisition", "purchase", "take over", "took over", "takeover"),
    "completion": ("complete", "completion", "finish", "went up", "gone up"),
}

#: base words that said bare (with no ending) are mostly something else: "the present
#: system", "found that", "lower prices", "open to all", "close to", "complete data", "a
#: release of water"; their derived forms still say the class ("presented", "founded"). (A
#: bare "end" or "start" is a part of a period when one follows: "the end of 2024".)
LINK_NOT_BARE = frozenset({"found", "present", "lower", "open", "close", "complete", "release", "finish"})

#: nouns that name a happening by themselves, of no event class above (an accident, a
#: disaster, a strike), each group the words of one kind of happening: "since the blaze of
#: 18 August" is the fire dated elsewhere ("A fire in the tunnel on 8 August …"), "the flood
#: of July 2020" the day the stores "flooded". DT001 reads a noun the date names alone
#: ("the blaze of …", "the 2019 flood") as that happening
HAPPENING_NOUNS: tuple[tuple[str, ...], ...] = (
    ("fire", "blaze", "inferno"),
    ("flood", "flooding", "deluge"),
    ("explosion", "blast"),
    ("earthquake", "quake", "tremor"),
    ("storm", "gale"),
    ("collapse",),
    ("outage", "blackout"),
    ("leak", "spill"),
    ("crash",),
    ("derailment",),
    ("strike", "walkout", "stoppage"),
    ("landslide", "landslip", "mudslide"),
)

#: the prior classes of what a date dates (``claimcheck.extract.dated_event``): each the
#: phrasings, as regular-expression fragments matched whole-word and case-blind, that say one
#: kind of happening of one thing, so that the words a writer uses the second time ("the
#: inauguration", "got under way", "was made public") still name the happening the first
#: names ("opened", "started", "announced"). Kinds a thing has one of at a time stay apart:
#: an opening and a start, an announcement and a publication, a signing and an entry into
#: force, a completion and a start. A bare "end" or "start" is a part of a period ("the end
#: of 2024") unless a date follows it ("the campaign's end in August")
PRIOR_CLASSES: dict[str, tuple[str, ...]] = {
    "opening": (
        r"open(?:s|ed|ing)?(?=\s+(?:to|for|on|in|at)\b)",
        r"opened",
        r"opening(?!\s+(?:of\s+)?(?:hours|times|balance|remarks|statement))",
        r"inaugurat(?:e|ed|es|ion)",
        r"(?:entered|came\s+into|went\s+into|put\s+into)\s+service",
        # a line or a port opens when its services begin, unqualified ("since services began",
        # "the passenger service started"; not "freight services began": a widening)
        r"(?:(?<=^)|(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bsince\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bonce\s))"
        r"(?:passenger\s+)?services?\s+(?:began|started|commenced)",
        r"beg[au]n\s+carrying\s+passengers",
    ),
    "start": (
        r"start(?:ed|ing)",
        r"start(?=\s+(?:in|on)\s)",
        r"beg[au]n",
        r"commenced?",
        r"commencement",
        r"launch(?:ed|es)?",
        r"kick(?:ed)?[\s-]?off",
        r"got\s+under\s*way",
        r"set\s+off",
        r"went\s+live",
        r"debut(?:ed)?",
        r"rolled\s+out",
        r"roll[\s-]?out(?=\s+(?:in|on|of)\b)",
        r"(?:came|come|went|go|going|coming)\s+on\s+stream",
        # a strike starts when the workers stop: "walked out", "walked off the job", "went
        # on strike", "downed tools" (not "walked out of the talks": a leaving)
        r"walked\s+(?:out|off\s+the\s+job)(?!\s+of\b)",
        r"went\s+on\s+strike",
        r"downed\s+tools",
    ),
    "groundbreaking": (r"ground[\s-]?breaking", r"ground\s+was\s+broken", r"broke\s+ground"),
    "completion": (
        r"complet(?:ed|ion)",
        r"(?:deal|acquisition|takeover|merger|sale|transaction)\s+(?:was\s+)?clos(?:ed|ing)",
        r"finished",
    ),
    "announcement": (r"announc(?:e|ed|es|ement)", r"made\s+public", r"unveil(?:ed|ing)?"),
    "publication": (r"publish(?:ed|es)?", r"publication", r"released", r"came\s+out"),
    # a court's or a tribunal's decision, however it is said
    "decision": (
        r"ruled",
        r"ruling(?!\s+(?:alliance|coalition|party|parties|family|class|elite|junta|bloc))",
        r"judgment",
        r"judgement",
        r"verdict",
        r"handed\s+down",
        r"decision",
    ),
    # an election is a vote ("the mayoral election" / "the November 16 vote"), and so is
    # what a parliament or the voters adopt ("adopted by parliament on …" / "the 2022 vote")
    "vote": (
        r"(?:adopted|passed|approved|rejected)\s+by\s+(?:the\s+)?(?:parliament|assembly|congress|senate|legislature|voters)",
        r"elected",
        r"elects?(?=\s+(?:him|her|them)\b)",
        r"election(?!s)",
        r"won\s+(?:the|a|her|his|their)\s+seat",
        r"vote(?=\s*[,.;)]|\s*$|\s+(?:in|on|of)\b)",
        r"referendum",
        # a ballot is a vote, and closes on its day: "the strike ballot closed on 15 January"
        r"ballot(?!s|\s+(?:papers?|box(?:es)?|stations?|design|order|initiative|measure|question)\b)",
    ),
    "entry into force": (
        r"(?:entered|came|comes|come|entering|coming)\s+into\s+(?:force|effect)",
        r"entry\s+into\s+(?:force|effect)",
        r"(?:became|become|becomes|becoming)\s+effective",
        r"in\s+force\s+since",
        r"took\s+effect",
        r"takes\s+effect",
        r"effective\s+since",
        # a rule in force since a date "has applied since" it, as it has been "in force
        # since" it ("the rules have applied since 1 May"; not "introduced", which a rule
        # shares with a bill put to a chamber and a product with its launch)
        r"applied\s+since",
    ),
    "ending": (
        r"ended",
        r"(?<=trial )closed",
        r"(?<=hearing )closed",
        r"(?<=inquiry )closed",
        r"(?:(?<=['\u2019]s )|(?<=its )|(?<=their )|(?<=the ))end(?=\s+(?:in|on)\s)",
        r"came\s+to\s+an\s+end",
        r"wound\s+up",
        r"called\s+off",
    ),
    "failure": (r"failed(?!\s+to)", r"failure"),
    "ratification": (r"ratif(?:y|ied|ies|ication)",),
    # an agreement is signed when it is concluded (not "the talks concluded": an ending) or
    # when someone puts a name to it
    "signing": (
        r"signed",
        r"signing",
        r"signature",
        r"(?:was|were|been)\s+concluded",
        r"concluded(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|treaty|accord|pact|compact|"
        r"contract|convention|deal|memorandum)s?\b)",
        r"put\s+(?:his|her|their|its)\s+names?\s+to",
    ),
    # an end for good of a charge, a body, a rule: "abolished", "scrapped", "did away with"
    "abolition": (r"abolish(?:ed|es|ing)?", r"abolition", r"scrapp(?:ed|ing)", r"did\s+away\s+with"),
    # a fire, not a fire station or a fire service: the noun ends its phrase
    "fire": (
        r"(?:fire|blaze)(?=\s+(?:on|in|of|at|that|which|broke|destroyed|damaged|swept|started|was)\b|\s*[,.;)]|\s*$)",
    ),
    "flood": (r"flood(?:ed|ing)?",),
    "founding": (r"founded", r"founding", r"foundation(?=\s+(?:in|on)\b)", r"established", r"set\s+up"),
    # a product taken off the market: "recalled batch 22" / "withdrawn from shelves"
    "recall": (
        r"recalled(?!\s+(?:that|how|when|being|seeing|the\s+day))",
        r"recall(?=\s+(?:of|in|on)\b)",
        r"withdr[ae]wn?\s+from\s+(?:shelves|sale|the\s+market|stores|shops)",
    ),
    "acquisition": (r"acquired", r"acquisition", r"bought", r"takeover", r"took\s+over"),
    # each further class a verb, its irregular forms and its nouns: "closed" / "its
    # closure", "sank" / "the sinking" / "capsized", "collapsed" / "the breakdown of the
    # talks", "approved" / "authorisation came". Not a market's
    # or a price's close ("shares closed at 40"), a trial's (an ending), a breach of a rule
    "closure": (
        r"(?<!trial )(?<!hearing )(?<!inquiry )(?<!polls )(?<!ballot )(?<!voting )closed(?!\s+(?:at|up|down|higher|lower)\b)",
        r"closure",
        r"shut(?:\s+down)?",
        r"shutdown",
    ),
    "sinking": (r"sank", r"sunk", r"sinking", r"capsiz(?:ed|es|ing)", r"founder(?:ed|ing)"),
    "breach": (r"breach(?:ed)?(?!\s+(?:of|\d))",),
    "collapse": (r"collaps(?:e|ed)", r"broke\s+down", r"breakdown", r"fell\s+apart"),
    "approval": (r"approved", r"approval", r"authori[sz]ed", r"authori[sz]ation"),
}
