"""NU003 leaves out sizes in a data unit a document gives four or more different values of
(a text about a format's fields, where two sizes are two fields: a transcript of engineers
discussing a transaction's 9, 41, 64 and 65 bytes gave seven false alarms on an unseen
sample); so are sizes in the other data units of such a document (bits, bytes and megabytes
are one measure: a podcast's "nearly 1 MB" and "almost 0.8 MB" of two blocks, among bit
widths and byte sizes); a document with one or two sizes still has them compared. Our own
sentences."""

from __future__ import annotations

from claimcheck.ingest.markdown import read_markdown
from claimcheck.document import Source
from claimcheck.extract import extract
from claimcheck.rules.base import CheckContext
from claimcheck.rules.nu003_same_quantity_different_values import _compared_quantities

FIELDS = """# Record format

Each record starts with a 16-byte header and a 4-byte length.

The payload holds a 32-byte key and an 8-byte counter, so a short record is 60 bytes.

The archive's index file is 48 megabytes.
"""

FEW = """# Archive

The archive's index file is 48 megabytes and is read at start-up.

Reading the 64 megabytes of the index takes four seconds.
"""


def _units(text: str) -> list[str]:
    doc = read_markdown(Source(path="draft.md", text=text))
    ctx = CheckContext(doc, claim_kinds=("quantity",))
    ctx.claims = extract(doc, ["quantity"])
    return [q.unit for q in _compared_quantities(ctx, lambda q: True)]


def test_data_units_with_many_values_between_them_are_not_compared() -> None:
    units = _units(FIELDS)
    assert "byte" not in units
    assert "megabyte" not in units


def test_a_data_unit_with_two_values_is_compared() -> None:
    assert _units(FEW).count("megabyte") == 2
