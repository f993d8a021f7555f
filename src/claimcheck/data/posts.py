"""Words of posts people hold, written once: the reader of quotations ("the Chief Veterinary
Officer, Dr Helen Ashworth-Pryce, told …": the person speaks, not the office) and the reader
of member lists ("Ana Ruiz, Vice President, …": the post is what the person before it is,
not a member of the list) both take the title-case head word of a post from this table."""

from __future__ import annotations

__all__ = ["POST_HEADS", "post_heads_pattern"]

#: the last word of a post written in title case ("Chief Executive", "Deputy Mayor")
POST_HEADS: tuple[str, ...] = (
    "Adviser",
    "Advisor",
    "Ambassador",
    "Auditor",
    "Chair",
    "Chairman",
    "Chairperson",
    "Chairwoman",
    "Chancellor",
    "Commissioner",
    "Controller",
    "Counsel",
    "Curator",
    "Dean",
    "Director",
    "Economist",
    "Editor",
    "Engineer",
    "Executive",
    "Founder",
    "Governor",
    "Head",
    "Inspector",
    "Librarian",
    "Manager",
    "Mayor",
    "Minister",
    "Officer",
    "Ombudsman",
    "President",
    "Professor",
    "Rector",
    "Registrar",
    "Scientist",
    "Secretary",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
    "Surgeon",
    "Treasurer",
    "Warden",
)


def post_heads_pattern() -> str:
    """The heads as one regular-expression alternation, longest first (no groups)."""
    return "(?:" + "|".join(sorted(POST_HEADS, key=len, reverse=True)) + ")"
