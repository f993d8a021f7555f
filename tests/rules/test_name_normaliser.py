"""The name normaliser the NM rules share, and NM001's typographic findings at info."""

from __future__ import annotations

import pytest

from claimcheck.config import Settings
from claimcheck.document import Source
from claimcheck.findings.model import Severity
from claimcheck.ingest.markdown import read_markdown
from claimcheck.pipeline import build_rules, check_document
from claimcheck.rules._names import apostrophe_only, contraction, name_text, sentence_start


@pytest.mark.parametrize(
    "text, hidden",
    [
        ("See https://example.org/FerryLine/docs today.", "FerryLine"),
        ("Write to Ferry.Desk@example.org soon.", "Ferry.Desk"),
        ("Edit src/FerryLine/main.py first.", "FerryLine"),
        ("Call FerryLine.open() first.", "FerryLine"),
        ("The scanner named it Trojan.Win32.FerryLine yesterday.", "FerryLine"),
        ("The scanner named it Trojan:Win32/FerryLine yesterday.", "FerryLine"),
        ("Set ferry_Line_Mode to true.", "Line_Mode"),
        ('The paper "FerryLine at ten: a review" says so.', "FerryLine"),
    ],
)
def test_verbatim_and_quoted_words_are_blanked(text, hidden):
    out = name_text(text)
    assert len(out) == len(text)
    assert hidden not in out


def test_prose_names_stay():
    text = "FerryLine and BeiDou serve the coast; the Tianwen-3 team agrees."
    assert name_text(text) == text


def test_contractions_apostrophes_and_sentence_starts():
    assert contraction("We’re") and contraction("I've") and contraction("China's")
    assert not contraction("Chang'e") and not contraction("Xi’an")
    assert apostrophe_only("Chang’e", "Chang'e") and not apostrophe_only("Beidou", "BeiDou")
    text = "It rained. EReader sales grew, and the eReader sold."
    assert sentence_start(text, 0) and sentence_start(text, text.index("EReader"))
    assert not sentence_start(text, text.index("eReader"))


def _nm001(body: str):
    doc = read_markdown(Source("d.md", body))
    settings = Settings(select=["NM001"])
    kept, _ = check_document(doc, build_rules(settings), settings)
    return kept


def test_apostrophe_only_variant_is_info_and_spelling_is_warning():
    (f,) = _nm001("The train to Xi'an left. Xi’an station was shut. Xi'an's museums too.\n")
    assert f.severity is Severity.info and "typography" in (f.help or "")
    (g,) = _nm001("BeiDou serves phones. BeiDou serves cars. Beidou serves ships.\n")
    assert g.severity is Severity.warning
