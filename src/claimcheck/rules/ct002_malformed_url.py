from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._urls import find_broken_urls, url_problem
from claimcheck.rules.base import CheckContext, Rule


class MalformedUrl(Rule):
    """A URL in a footnote is malformed or cut off.

    Reported: a scheme written wrong ("https//host", "http:/host", "https:///host",
    "htps://host": found only where a host with a known top-level domain follows, so that
    a URL is clearly meant); an encoded character in the host ("example.sk%20/"); a host
    with no top-level domain ("https://english.", "https://www.example"
    cut off before its ".com"), judged against the Public Suffix List that the
    ``publicsuffixlist`` package ships, so internationalised hosts ("例子.中国") and new
    top-level domains pass; a URL that cannot be parsed; a URL ending in an encoded space
    ("…space%20") or a hyphen; spaces; unbalanced brackets.

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
                if problem is None:
                    continue
                offset = note.text.find(url)
                at = doc.span(note, offset, offset + len(url)) if offset >= 0 else note.location
                yield self.finding(
                    at,
                    f"URL in footnote {note.label} {problem}: {url}",
                    help="copy the full link again from the source",
                    subject=url,
                )
