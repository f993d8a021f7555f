from __future__ import annotations

from claimcheck import lazyre as re
from typing import Iterable

from claimcheck.data.pinyin import is_family_name, is_pinyin_given_name, is_place
from claimcheck.document import Location
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule

# "Dai Zheng", "Liu Shiyao": a family name and a one- or two-syllable given name
# a capital first, the word boundary before it tested after it (``\b`` first was tried at
# every place of the text; a capital first lets the scan skip to the capitals)
_FULL = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{1,5})\s([A-Z][a-z]{1,11})\b(?!\s[A-Z][a-z])")
_WORD = re.compile(r"\b([A-Z][a-z]{1,11})(?:['’]s)?\b")


class NamePartConvention(Rule):
    """A Chinese name is later shortened to the given name instead of the family name.

    Chinese names are written family name first: "Dai Zheng" is Mr Dai, and "Feng Hua and
    Liu Shiyao" become "Feng and Liu" on second mention. The rule finds people the issue
    introduces by a full Chinese name (a common family name followed by a one- or
    two-syllable pinyin given name) and later mentions of the given name alone, in the
    same article. A name also used alone as someone else's family name is left alone, and
    so are places whose two syllables look like a name ("Hong Kong", or "Wen Chang" when
    a line break splits "Wenchang").

    ## Why is this bad?
    Calling a person by the given name reads as either too familiar or plainly wrong,
    and breaks the convention the issue follows for everyone else.

    ## Example
    ```markdown
    The engineer Dai Zheng is optimistic. Zheng expects a first flight next year.
    ```

    Use instead:
    ```markdown
    The engineer Dai Zheng is optimistic. Dai expects a first flight next year.
    ```
    """

    code = "NM002"
    name = "name-part-convention"
    severity = Severity.warning

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        doc = ctx.document
        for article in doc.articles:
            people: dict[str, tuple[str, Location]] = {}  # given -> (full name, location)
            families: set[str] = set()
            blocks = [b for b in article.blocks if b.is_prose]
            for block in blocks:
                for m in _FULL.finditer(block.text):
                    fam, given = m.group(1), m.group(2)
                    if is_place(fam, given) or _after_hyphen(block.text, m.start()):
                        continue  # "Hong Kong", "Wen\nChang": a place, not a person
                    if is_family_name(fam) and is_pinyin_given_name(given) and not is_family_name(given + "x"):
                        families.add(fam)
                        people.setdefault(given, (f"{fam} {given}", doc.locate(block, m.start())))
            if not people:
                continue
            # evidence of the convention: a family name used alone
            alone = set()
            for block in blocks:
                for m in _WORD.finditer(block.text):
                    if m.group(1) in families and not _in_full_name(block.text, m):
                        alone.add(m.group(1))
            reported: set[str] = set()
            for block in blocks:
                for m in _WORD.finditer(block.text):
                    word = m.group(1)
                    if word not in people or word in families or word in reported:
                        continue
                    full, intro = people[word]
                    if _in_full_name(block.text, m) or _word_goes_on(block.text, m):
                        continue
                    loc = doc.locate(block, m.start())
                    if loc.sort_key <= intro.sort_key:
                        continue
                    family = full.split()[0]
                    reported.add(word)
                    seen = sorted(alone - {family})
                    evidence = f"; the issue writes {', '.join(repr(x) for x in seen[:3])} for others" if seen else ""
                    yield self.finding(
                        doc.span(block, m.start(1), m.end(1)),
                        f"'{word}' calls {full} by the given name; the family name is '{family}'{evidence}",
                        related=[(intro, f"{full} introduced here")],
                        help=f"write '{family}'",
                        subject=f"{full} {word}",
                    )


def _word_goes_on(text: str, m: re.Match[str]) -> bool:
    """The word is the first part of a longer word broken across a line or a hyphen
    ("Zheng-\nzhou", "Zheng\nzhou"), or of a place ("Zheng Zhou")."""
    after = text[m.end() : m.end() + 16]
    if re.match(r"-\s*[a-z]|\u00ad", after):
        return True
    nxt = re.match(r"[-\s]\s*([A-Za-z]+)", after)
    return nxt is not None and is_place(m.group(1), nxt.group(1))


def _after_hyphen(text: str, start: int) -> bool:
    """The first word continues a hyphenated word ("Xi-\nan", "Jiu-\nQuan")."""
    return text[max(0, start - 1) : start] in ("-", "\u00ad")


def _in_full_name(text: str, m: re.Match[str]) -> bool:
    """Is the word part of a longer capitalised name ("Dai Zheng", "Zheng He")?"""
    # walks over the spaces and the word next to it (copying the text before and after
    # every word, and searching it for a word at its end, was quadratic in a long block)
    k = m.start()
    while k > 0 and text[k - 1].isspace():
        k -= 1
    j = k
    while j > 0 and "a" <= text[j - 1] <= "z":
        j -= 1
    prev = j < k and j > 0 and "A" <= text[j - 1] <= "Z"
    n = m.end()
    while n < len(text) and text[n].isspace():
        n += 1
    nxt = _NAME_WORD.match(text, n)
    return bool(prev and text[m.start() - 1] == " ") or bool(nxt and text[m.end() : m.end() + 1] == " ")


_NAME_WORD = re.compile(r"[A-Z][a-z]+")
