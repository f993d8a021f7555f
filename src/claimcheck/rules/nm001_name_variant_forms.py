from __future__ import annotations

import re
from typing import Iterable

from claimcheck.data.calendar import MONTH_NAMES
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule

# words a number follows without making a name: months, and parts of a document
_NOT_NAMES = MONTH_NAMES | {
    "page", "pages", "no", "vol", "chapter", "article", "section", "part", "figure", "table",
    "note", "footnote",
}
# "Tianwen-3", "Tianwen 3", "Tianwen3": a name and a number
_NAME_NUMBER = re.compile(r"\b([A-Z][A-Za-z’']*[a-z])([- ]?)(\d{1,3})\b(?![-–/.,]\d)")
# "BeiDou", "Chang’e", "SpaceX": names whose spelling has inner capitals or apostrophes
_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:['’][a-z]+)?[A-Za-z]*\b")
# a possessive ending is grammar, not spelling: "China's" and "China’s" name one country
_POSSESSIVE = re.compile(r"['’]s$")


def _key_number(word: str, number: str) -> str:
    return f"{word.lower().replace('’', chr(39))}#{number}"


class NameVariantForms(Rule):
    """One name is written in different forms in the issue ("Tianwen-3" and "Tianwen 3").

    Names with numbers are compared with and without a hyphen or space, and names with
    inner capitals or apostrophes by letters only ("BeiDou" / "Beidou", "Chang'e" /
    "Chang’e"). Only the text is read, not footnotes, whose titles keep their sources'
    own spelling.

    ## Why is this bad?
    Readers and search engines take two spellings for two things, and an issue that
    cannot decide how to write a mission's name looks careless. House style fixes one form.

    ## Example
    ```markdown
    The Tianwen-3 mission is due to launch in 2028. Engineers say Tianwen 3 will carry
    a sample container.
    ```

    Use instead:
    ```markdown
    The Tianwen-3 mission is due to launch in 2028. Engineers say Tianwen-3 will carry
    a sample container.
    ```
    """

    code = "NM001"
    name = "name-variant-forms"
    severity = Severity.warning

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        doc = ctx.document
        forms: dict[str, dict[str, list]] = {}  # key -> surface -> [locations]
        for article in doc.articles:
            for block in article.blocks:
                if not block.is_prose:
                    continue
                text = block.text
                for m in _NAME_NUMBER.finditer(text):
                    word = m.group(1)
                    if word.lower() in _NOT_NAMES:
                        continue
                    surface = m.group(0)
                    forms.setdefault(_key_number(word, m.group(3)), {}).setdefault(surface, []).append(
                        (doc.locate(block, m.start()), m.start() == 0)
                    )
                for m in _NAME.finditer(text):
                    word = _POSSESSIVE.sub("", m.group(0))
                    if len(word) < 4 or word.isupper():
                        continue
                    inner = any(c.isupper() for c in word[1:]) or "'" in word or "’" in word
                    key = "w#" + word.lower().replace("’", "'")
                    if inner or key in forms:
                        forms.setdefault(key, {}).setdefault(word, []).append(
                            (doc.locate(block, m.start()), m.start() == 0)
                        )
        for key, surfaces in forms.items():
            if len(surfaces) < 2:
                continue
            if key.startswith("w#") and not any(
                any(c.isupper() for c in s[1:]) or "'" in s or "’" in s for s in surfaces
            ):
                continue
            # the most used form is the house form; report each other form once
            ranked = sorted(surfaces.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0].sort_key))
            main, main_locs = ranked[0]
            for surface, locs in ranked[1:]:
                n = len(locs)
                yield self.finding(
                    locs[0][0],
                    f"'{surface}' is also written '{main}'"
                    + (f" ({len(main_locs)}×, this form {n}×)" if len(main_locs) + n > 2 else ""),
                    related=[(main_locs[0][0], f"written '{main}' here")]
                    + [(loc, f"'{surface}' again here") for loc, _ in locs[1:4]],
                    help=f"write the name one way throughout the issue, e.g. '{main}'",
                    subject=f"{surface} / {main}",
                )
