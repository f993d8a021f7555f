"""AR003 on an appositive restatement ("N tonnes of grain, some M kilograms"), for any mass:
the conversion right (rounded to three figures) is silent, and one off by a factor of ten
either way is reported, whether the first figure is hedged, bounded or plain."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document


def _findings(text: str) -> list[str]:
    doc = load_document("draft.md", data=f"# Notes\n\n{text}\n".encode("utf-8"))
    settings = Settings(select=["AR003"])
    kept, _ = check_document(doc, build_rules(settings), settings, None)
    return [f.message for f in kept if f.rule == "AR003"]


def _written(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:g}"


@given(
    tonnes=st.integers(12, 9_900),
    lead=st.sampled_from(["", "about ", "more than ", "over "]),
    hedge=st.sampled_from(["some", "about", "roughly"]),
    factor=st.sampled_from([1.0, 10.0, 0.1]),
)
@settings(max_examples=120, deadline=None)
def test_an_appositive_mass_is_held_to_its_conversion(tonnes: int, lead: str, hedge: str, factor: float) -> None:
    kg = float(f"{tonnes * 1000 * factor:.3g}")
    text = f"The mill took in {lead}{tonnes:,} tonnes of wheat last year, {hedge} {_written(kg)} kilograms of grain."
    found = _findings(text)
    assert bool(found) == (factor != 1.0), (text, found)
