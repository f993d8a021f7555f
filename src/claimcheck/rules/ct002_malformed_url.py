from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._urls import continued_after_space, find_broken_urls, url_problem
from claimcheck.rules.base import CheckContext, Rule


class MalformedUrl(Rule):
    """A URL in a footnote is malformed or cut off.

    Reported: a scheme written wrong ("https//host", "http:/host", "https:///host",
    "htps://host": found only where a host with a known top-level domain follows, so that
    a URL is clearly meant); an encoded character in the host ("example.sk%20/"); a host
    with no top-level domain ("https://english.", "https://www.example"
    cut off before its ".com"), judged against the Public Suffix List that the
    ``publicsuffixlist`` package ships, so internationalised hosts ("例子.中国") and new
    top-level domains pass, and so does a documentation placeholder, a host with a name that
    RFC 2606 reserves ("example", "test", "invalid") and a name of its own before it or a
    label after it ("www.board.example.nz", "data.transit.example"; "www.example" stays cut
    off); a URL that cannot be parsed; a URL ending in an encoded space
    ("…space%20") or a hyphen; spaces; unbalanced brackets. A character no host name holds
    ("https://www,example.org", a comma typed for the dot) is reported, and so is a space
    inside a URL where the words after it end in the rest of a path ("…/news /2024/05/a.html")
    or a file name whose ending is no top-level domain ("…/quarterly march 2025.pdf"; not
    "… via archive.org", nor an access date or a page after the URL).

    ## Why is this bad?
    A reader who follows the link lands nowhere; a cut-off URL is usually a line lost
    when the notes were laid out.

    ## Example
    ```markdown
    Costs fell.[^1]

    [^1]: "Launch review," Space Office, 2024, https://english.
    ```

    Use instead:
    ```markdown
    Costs fell.[^1]

    [^1]: "Launch review," Space Office, 2024, https://english.example.gov/launch-review.html.
    ```
    """

    code = "CT002"
    name = "malformed-url"
    severity = Severity.error

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        doc = ctx.document
        for note in doc.iter_footnotes():
            # URLs broken before the host ("https//…", "http:/…") are not in note.urls:
            # the readers only see "http(s)://"; they are found here, in the note's text
            broken = [url for _, _, url in find_broken_urls(note.text)]
            for url in [*note.urls, *(u for u in broken if u not in note.urls)]:
                problem = url_problem(url)
                offset = note.text.find(url)
                end = offset + len(url)
                if problem is None and offset >= 0:
                    rest = continued_after_space(note.text, end)
                    if rest is not None:  # a space inside: the URL goes on after it
                        problem, url, end = "contains a space", f"{url} {rest}", note.text.index(rest, end) + len(rest)
                if problem is None:
                    continue
                at = doc.span(note, offset, end) if offset >= 0 else note.location
                yield self.finding(
                    at,
                    f"URL in footnote {note.label} {problem}: {url}",
                    help="copy the full link again from the source",
                    subject=url,
                )
