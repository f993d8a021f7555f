"""The table ``claimcheck status`` prints (and its JSON): every checkable claim of a draft
with its registry entry, status and reviewer. The statuses come from
:mod:`claimcheck.registry.review`; this module only renders them."""

from __future__ import annotations

import json

from claimcheck.registry.matching import format_claim_value
from claimcheck.registry.review import ClaimStatus, totals, totals_line

__all__ = ["render_status"]


def render_status(
    path: str, registry_root: str, statuses: list[ClaimStatus], fmt: str, width: int | None = None
) -> str:
    if fmt == "json":
        data = {
            "path": path,
            "registry": registry_root,
            "claims": [s.as_json() for s in statuses],
            "totals": totals(statuses),
            "summary": totals_line(statuses),
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return _table(path, registry_root, statuses, width)


_STYLE = {
    "verified": "green",
    "unverified": "yellow",
    "disputed": "magenta",
    "false": "bold red",
    "outdated": "cyan",
    "contradicting": "bold red",
    "without entry": "dim",
}


def _short(text: str, limit: int | None = 70) -> str:
    """``text`` on one line, cut at ``limit`` characters (None: whole), safe as rich markup."""
    from rich.markup import escape

    text = " ".join(text.split())
    return escape(text if limit is None or len(text) <= limit else text[: limit - 1] + "…")


def _table(path: str, registry_root: str, statuses: list[ClaimStatus], width: int | None) -> str:
    import io

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(f"{path} against {registry_root}"), title_justify="left", expand=False)
    # on a terminal long claims are cut to fit; piped or written to a file, nothing is cut
    # (long cells wrap) so that the table can be searched and kept
    limit = 70 if width else None
    table.add_column("Line", justify="right", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Claim", max_width=34, overflow="fold")
    table.add_column("Entry", overflow="fold", min_width=36)
    table.add_column("Status", no_wrap=True)
    table.add_column("Reviewed", max_width=26, overflow="fold")
    for st in statuses:
        c, e = st.claim, st.entry
        reviewed = ""
        if e is not None and (e.reviewed_by or e.reviewed_on):
            reviewed = " ".join(
                p for p in (e.reviewed_by or "", e.reviewed_on.isoformat() if e.reviewed_on else "") if p
            )
        entry = ""
        if e is not None:
            entry = escape(f"{e.id}\n{e.place()}")
            if st.detail:
                entry += f"\n{escape(st.detail)}"
        table.add_row(
            f"{c.location.line}:{c.location.column}",
            c.kind.replace("_", " "),
            f"{_short(c.text, limit)}\n[dim]{_short(format_claim_value(c), limit)}[/dim]",
            entry,
            f"[{_STYLE[st.state]}]{st.state}[/]" + ("\n(example)" if e is not None and e.example else ""),
            escape(reviewed),
        )
    buf = io.StringIO()
    # emoji=False: "file.yml:100:3" must not become "file.yml💯3"
    console = Console(
        file=buf, width=width or 140, force_terminal=False, color_system=None, highlight=False, emoji=False
    )
    console.print(table)
    console.print(f"{len(statuses)} checkable claims: {totals_line(statuses)}")
    return buf.getvalue()
