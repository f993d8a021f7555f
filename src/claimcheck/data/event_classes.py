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
        "go live",
        "open",
        "inaugurate",
        "inauguration",
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
        "reimpose",
        "reintroduce",
        "reintroduction",
        "reopen",
        "revive",
        "revival",
    ),
    "stop": ("stop", "cease", "cessation", "suspend", "suspension", "halt", "miss", "default", "discontinue"),
    "ending": ("end", "lift", "expire", "expiry", "lapse"),
    "publication": ("publish", "publication", "issue", "issuance", "announce", "release", "unveil"),
    "signing": ("sign", "signature", "put name to", "put names to", "ink"),
    "adoption": ("adopt", "adoption", "agree", "conclude", "conclusion"),
    "holding": ("hold", "convene", "meet", "take place"),
    "entry into force": ("take effect", "into force", "into effect", "entry into force"),
    "joining": ("join", "accede", "accession", "member", "membership"),
    "closure": ("close", "closure", "shut"),
    "acquisition": ("buy", "acquire", "acquisition", "purchase", "take over", "takeover"),
    "leaving": ("leave", "withdraw", "withdrawal", "exit", "quit", "pull out", "walk away", "walk out", "back out"),
    "appointment": ("appoint", "appointment", "take office", "swear in"),
    "landing": ("land",),
    "creation": ("found", "foundation", "establish", "create", "creation", "set up"),
    "abolition": ("dissolve", "dissolution", "eliminate", "elimination", "abolish", "abolition", "scrap", "repeal"),
}
