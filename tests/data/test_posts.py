"""The one table of post words the quotation and member-list readers share."""

from __future__ import annotations

from claimcheck import lazyre as re
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.data.posts import POST_HEADS, post_heads_pattern
from claimcheck.extract.lists import _is_post
from claimcheck.extract.quotations import _ROLE_TITLE_THEN_PERSON


def test_heads_are_title_case_words_written_once() -> None:
    assert len(set(POST_HEADS)) == len(POST_HEADS)
    assert all(h[:1].isupper() and h.isalpha() for h in POST_HEADS)


@given(st.sampled_from(POST_HEADS))
def test_every_head_matches_whole(head: str) -> None:
    assert re.fullmatch(post_heads_pattern(), head)
    assert not re.fullmatch(post_heads_pattern(), head + "ship")  # "Directorship": no head alone


@given(st.sampled_from(POST_HEADS), st.sampled_from(["", "Deputy ", "Chief ", "Vice-"]))
def test_a_list_item_that_is_a_post_alone_is_no_member(head: str, title: str) -> None:
    item = f"{title}{head}"
    assert _is_post(item, 0, len(item))
    assert _is_post(item + " of the Fund", 0, len(item) + 12)


@given(st.sampled_from(POST_HEADS))
def test_a_post_then_a_person_reads_the_person(head: str) -> None:
    text = f"the Regional {head}, Mira Okafor-Lund, said"
    m = _ROLE_TITLE_THEN_PERSON.search(text)
    assert m is not None and m.group("p") == "Mira Okafor-Lund"


def test_a_name_is_no_post() -> None:
    for item in ("Haldane Holdings", "Professorial Fund", "Headland Trust"):
        assert not _is_post(item, 0, len(item))
