"""A bullet list nested in an item of another list ends at that item's next paragraph (set
left of the nested items): the outer list's next items are not members. The drafts were
written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.document import Source
from claimcheck.extract.lists import extract_member_lists
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown


def _lists(body: str) -> list[tuple[tuple[str, ...], int | None]]:
    doc = read_markdown(Source("d.md", body))
    return [(c.members, c.declared_count) for c in extract_member_lists(list(iter_units(doc)))]


def _digest(lead: str, items: list[str], after: str, indent: str = "  ", outer: str = "-") -> str:
    nested = "".join(f"{indent}- {item}\n\n" for item in items)
    return (
        f"# Digest\n\n{outer} **News:** {lead}\n\n{nested}{indent}{after}\n\n"
        f"{'2.' if outer[0].isdigit() else outer} **Other news:** the main branch opens on Sundays from May.\n"
    )


NESTED = [
    (
        "the council set out two options for the coming year:",
        ["raising parking fees in the town centre", "cutting the evening bus subsidy"],
        "A vote on the options is due next month.",
        "  ",
        "-",
    ),
    (
        "the committee set out three kinds of training for the spring:",
        ["sprint sessions on the track", "long runs on the canal path", "hill repeats on Thursday evenings"],
        "Members can sign up at the clubhouse.",
        "  ",
        "-",
    ),
    (
        "the lab compared two ways of storing samples:",
        ["racks sorted by project", "racks sorted by date of collection"],
        "The second proved easier to audit.",
        "   ",
        "1.",
    ),
]


@pytest.mark.parametrize(("lead", "items", "after", "indent", "outer"), NESTED)
def test_the_nested_list_ends_at_the_items_next_paragraph(
    lead: str, items: list[str], after: str, indent: str, outer: str
) -> None:
    found = _lists(_digest(lead, items, after, indent, outer))
    assert [len(members) for members, _ in found] == [len(items)]


def test_a_second_paragraph_indented_under_a_nested_item_is_skipped() -> None:
    body = (
        "# Digest\n\n- **News:** the council set out two options:\n\n"
        "  - raising parking fees\n\n    The fees would rise by a tenth.\n\n"
        "  - cutting the evening bus subsidy\n\n- **Other news:** the branch opens on Sundays.\n"
    )
    (found,) = _lists(body)
    assert len(found[0]) == 2 and found[1] == 2
