"""Properties of QT001's alignment of two quotations: a quotation aligned with itself is
identical; a cut (at either end, or inside it with an ellipsis or a bracketed insertion) is
never a change; a word changed inside is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.rules.qt001_quotation_worded_differently import _aligned_changes, align

_VOCABULARY = (
    "harbour council ferry tide crew winter timetable bridge river levee mill water school children "
    "teacher flour ovens night shift market traders visitors room years pension fund "
    "the a of to and is was not no we they it in on at for every when"
).split()

words = st.lists(st.sampled_from(_VOCABULARY), min_size=6, max_size=30)


@settings(deadline=None)  # a shared machine: how long an example takes is no property
@given(words)
def test_a_quotation_aligned_with_itself_is_identical(ws: list[str]) -> None:
    text = " ".join(ws)
    al = align(text, text)
    assert al.changes == ()
    assert al.matched_content == al.content_a == al.content_b


@settings(deadline=None)  # a shared machine: how long an example takes is no property
@given(words, st.data())
def test_an_ellipsis_cut_is_never_a_change(ws: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(1, len(ws) - 2))
    j = data.draw(st.integers(i + 1, len(ws) - 1))
    mark = data.draw(st.sampled_from(["…", "...", " . . . ", "[…]"]))
    full, cut = " ".join(ws), " ".join(ws[:i]) + f" {mark} " + " ".join(ws[j:])
    assert align(full, cut).changes == ()
    assert align(cut, full).changes == ()


@settings(deadline=None)  # a shared machine: how long an example takes is no property
@given(words, st.data())
def test_a_bracketed_insertion_for_words_is_never_a_change(ws: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(ws) - 2))
    j = data.draw(st.integers(i + 1, min(len(ws), i + 3)))
    full, edited = " ".join(ws), " ".join(ws[:i]) + " [the port authority] " + " ".join(ws[j:])
    assert align(full, edited).changes == ()


@settings(deadline=None)  # a shared machine: how long an example takes is no property
@given(words, st.data())
def test_a_cut_at_either_end_is_never_a_change(ws: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(ws) - 3))
    j = data.draw(st.integers(i + 3, len(ws)))
    full, part = " ".join(ws), " ".join(ws[i:j])
    assert align(full, part).changes == ()
    assert align(part, full).changes == ()
    assert _aligned_changes(full, part) in ([], None)


@settings(deadline=None)  # a shared machine: how long an example takes is no property
@given(st.data())
def test_a_content_word_swapped_inside_is_a_change(data: st.DataObject) -> None:
    content = [w for w in _VOCABULARY if len(w) > 3]
    ws = data.draw(st.lists(st.sampled_from(content), min_size=8, max_size=20, unique=True))
    k = data.draw(st.integers(1, len(ws) - 2))
    other = data.draw(st.sampled_from([w for w in content if w not in ws]))
    changed = ws[:k] + [other] + ws[k + 1 :]
    found = _aligned_changes(" ".join(ws), " ".join(changed))
    assert found == [f"'{ws[k]}' → '{other}'"]


#: words that match their inflections ("close" / "closed" / "closing")
inflected = st.lists(
    st.sampled_from("close closed closing closes reach reached reaching water waters the a of to".split()),
    min_size=1,
    max_size=20,
)


@given(inflected, inflected)
@settings(deadline=None)
def test_the_quick_bound_never_skips_an_alignment(wa: list[str], wb: list[str]) -> None:
    from claimcheck.rules.qt001_quotation_worded_differently import _matchable_content

    a, b = " ".join(wa), " ".join(wb)
    assert align(a, b).matched_content <= _matchable_content(a, b)
