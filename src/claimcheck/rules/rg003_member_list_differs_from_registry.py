from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._registry import RegistryRule, describe, entry_note, matched_claims, pick_by_date
from claimcheck.rules.base import CheckContext


def _names(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


class MemberListDiffersFromRegistry(RegistryRule):
    """A list of a group's members differs from the registry's list for that group.

    The draft's list is compared with the verified entry for its group (the entry's
    `group` or an alias) as of the list's own date ("As of July 2024"), else as of the
    draft's publication date: the newest entry not after that date. The message names the
    members the draft adds and those it leaves out. Members are compared by country name
    ("Russia" and "Russian Federation" agree). A list that names none of the entry's
    `founders` is read as a list of the countries that joined, and the founders' absence
    is not reported.

    ## Why is this bad?
    Membership lists change, and a list copied from an older draft or a press release
    silently drops or adds a country. The registry's list is the one editors checked.

    ## Example
    ```markdown
    So far, Venezuela, South Africa, Azerbaijan and Senegal have joined the ILRS.
    ```

    Use instead:
    ```markdown
    So far, Venezuela, South Africa and Azerbaijan have joined the ILRS.
    ```
    """

    code = "RG003"
    name = "member-list-differs-from-registry"
    severity = Severity.warning
    needs = ("member_list",)
    example_registry = """\
- id: ilrs-members-2023-06
  statement: In June 2023 the ILRS had five members, China and Russia its founders.
  kind: member_list
  group: International Lunar Research Station
  members: [China, Russia, Venezuela, South Africa, Azerbaijan]
  founders: [China, Russia]
  as_of: 2023-06
  sources:
    - title: Lunar station partners
      outlet: State Council
  status: verified
  aliases: [ILRS]
"""

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pub = ctx.document.metadata.publication_date
        for claim, matches in matched_claims(ctx):
            if claim.kind != "member_list":
                continue
            verified = [m for m in matches if m.about and m.entry.status == "verified"]
            if not verified or any(m.agrees for m in verified):
                continue
            when = claim.as_of.last_day() if claim.as_of is not None else pub
            entry = pick_by_date([m.entry for m in verified], when)
            if entry is None:
                continue
            m = next(x for x in verified if x.entry is entry)
            parts = []
            if m.extra:
                parts.append(f"names {_names(m.extra)}, not in the registry's list")
            if m.missing:
                parts.append(f"leaves out {_names(m.missing)}")
            yield self.finding(
                claim,
                f"the list of {claim.group} differs from the registry's as of {entry.as_of} "
                f"('{entry.id}'): it {'; it '.join(parts)}",
                related=[entry_note(entry, f"{describe(entry)}: {', '.join(entry.members)}")],
                help="check the list against a source of the draft's date; once reviewed, add a newer entry to the registry",
                subject=f"{claim.group} {entry.id} +{','.join(m.extra)} -{','.join(m.missing)}",
            )
