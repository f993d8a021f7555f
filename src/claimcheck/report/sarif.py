"""SARIF 2.1.0 output, for code scanning (GitHub's ``upload-sarif``, GitLab, IDE viewers).

One run: ``tool.driver`` lists the rules that ran with their documentation (summary,
full docstring page, default level); each finding is a ``result`` with its rule, level,
message, place (a URI relative to ``base``, by default the repository root, with the
base id ``%SRCROOT%`` declared in ``originalUriBaseIds``, and a
region with ``startLine``/``startColumn`` and, when the finding knows where its words end,
``endLine``/``endColumn`` — columns count Unicode code points, declared with
``columnKind``, and ``endColumn`` is the column after the last character, as SARIF
defines it), the related places with their labels, and ``partialFingerprints``
from :attr:`Finding.fingerprint` so a scanning service keeps a finding's identity when
lines move. Drafts that could not be read are ``toolExecutionNotifications``.

A rule's ``helpUri`` (its section of docs/rules.md on the web) is written only when the
documentation's address is known (:func:`docs_base_url`): claimcheck has no public address of
its own to invent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.config import is_absolute_url
from claimcheck.document import Location
from claimcheck.findings.result import Result
from claimcheck.rules.catalogue import RULES, get_rule
from claimcheck.rules.docs import rule_page

__all__ = [
    "FINGERPRINT_KEY",
    "LEVELS",
    "SCHEMA_URI",
    "SRCROOT",
    "display_path",
    "docs_base_url",
    "help_uri",
    "is_absolute_url",
    "render",
    "repository_root",
    "rule_descriptors",
    "to_uri",
]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "claimcheck/v1"
#: claimcheck severity -> SARIF level
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: the base id relative URIs are resolved against (the repository root)
SRCROOT = "%SRCROOT%"


def repository_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The top of the git checkout holding ``start`` (default: the current directory), found
    by its ``.git``; the directory itself outside a checkout. Code scanning places results
    by paths relative to the repository root, wherever claimcheck ran from."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def display_path(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``base`` (default: the current directory), with ``/``.

    A path outside ``base`` stays absolute; a relative path (relative to the current
    directory) is shown relative to ``base`` when it lies inside it, else kept as given.
    """
    p = Path(path)
    base_path = Path(base) if base is not None else Path.cwd()
    if p.is_absolute():
        try:
            return p.relative_to(base_path.resolve()).as_posix()
        except ValueError:
            try:
                return p.resolve().relative_to(base_path.resolve()).as_posix()
            except ValueError:
                return p.as_posix()
    if base is not None:  # a path given relative to where claimcheck ran, shown from base
        try:
            return (Path.cwd() / p).resolve().relative_to(base_path.resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return PurePosixPath(p.as_posix()).as_posix()


def to_uri(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """A URI reference for ``path``: relative (percent-encoded) or ``file://`` when outside ``base``."""
    shown = display_path(path, base)
    if shown.startswith("/"):
        return "file://" + quote(shown, safe="/")
    return quote(shown, safe="/")


def docs_base_url(setting: str | None = None) -> str | None:
    """Where claimcheck's documentation is on the web: ``setting`` (``docs-url`` in the
    settings, ``--docs-url``), else the installed package's ``Project-URL: Documentation``
    (``[project.urls]`` in pyproject.toml), else None."""
    if setting:
        return setting
    from importlib import metadata

    try:
        urls = metadata.metadata("claimcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return None
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() == "documentation" and is_absolute_url(url.strip()):
            return url.strip()
    return None


def help_uri(base: str, code: str, name: str) -> str:
    """The address of a rule's section of docs/rules.md under the documentation at ``base``:
    a folder (``…/docs/``, as a repository host shows it) gets ``rules.md``; an address that
    names a page (``….md``, ``….html``) is the rules page itself."""
    from urllib.parse import urlsplit, urlunsplit

    from claimcheck.rules.docs import rule_anchor

    parts = urlsplit(base)
    path = parts.path
    if not path.endswith((".md", ".html")):
        path = path.rstrip("/") + "/rules.md"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, rule_anchor(code, name)))


def rule_descriptors(
    codes: list[tuple[str, str]] | None = None, *, docs_url: str | None = None
) -> list[dict[str, Any]]:
    """``reportingDescriptor`` objects for the rules ``codes`` (default: every rule), with a
    ``helpUri`` each when ``docs_url`` (the documentation's address) is given."""
    wanted = codes if codes else [(r.code, r.name) for r in RULES]
    out = []
    for code, name in wanted:
        rule = get_rule(code)
        if rule is None:  # every finding comes from a catalogue rule (CC001 included)
            raise ValueError(f"no rule {code} in the catalogue")
        summary, doc, page, severity, family = (
            rule.summary(),
            rule.doc(),
            rule_page(rule),
            rule.severity.value,
            rule.family(),
        )
        descriptor: dict[str, Any] = {
            "id": code,
            "name": name,
            "shortDescription": {"text": summary},
            "fullDescription": {"text": doc},
            "help": {"text": page, "markdown": page},
        }
        if docs_url:
            descriptor["helpUri"] = help_uri(docs_url, code, name)
        descriptor["defaultConfiguration"] = {"level": LEVELS[severity]}
        descriptor["properties"] = {"family": family, "tags": [family]}
        out.append(descriptor)
    return out


def _region(loc: Location, end: Location | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": loc.line, "startColumn": loc.column}
    if end is not None:  # SARIF's endColumn: the column of the character following the region
        region["endLine"] = end.line
        region["endColumn"] = end.column
    return region


def _artifact(path: str, base: str | os.PathLike[str] | None) -> dict[str, Any]:
    uri = to_uri(path, base)
    art: dict[str, Any] = {"uri": uri} if uri.startswith("file://") else {"uri": uri, "uriBaseId": SRCROOT}
    return art


def _physical(
    loc: Location, base: str | os.PathLike[str] | None, artifact_index: dict[str, int], end: Location | None = None
) -> dict[str, Any]:
    art = _artifact(loc.path, base)
    if loc.path in artifact_index:
        art["index"] = artifact_index[loc.path]
    return {"artifactLocation": art, "region": _region(loc, end)}


def sarif_log(
    result: Result, *, base: str | os.PathLike[str] | None = None, docs_url: str | None = None
) -> dict[str, Any]:
    """The SARIF log as a dict (see :func:`render`). Paths are relative to ``base``,
    by default the repository root (:func:`repository_root`), declared as ``%SRCROOT%``;
    ``docs_url``: the documentation's address, for the rules' ``helpUri``."""
    base = base if base is not None else repository_root()
    rules = rule_descriptors(list(result.rules) or None, docs_url=docs_url)
    index = {r["id"]: i for i, r in enumerate(rules)}
    # every rule a finding names must be described, even one outside the selection
    for f in result.findings:
        if f.rule not in index:
            rules.extend(rule_descriptors([(f.rule, f.name)], docs_url=docs_url))
            index[f.rule] = len(rules) - 1
    artifact_index = {path: i for i, path in enumerate(result.files)}
    artifacts = [{"location": _artifact(path, base), "roles": ["analysisTarget"]} for path in result.files]
    results = []
    for f in result.findings:
        item: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS[f.severity.value],
            "message": {"text": f.message + (f"\nhelp: {f.help}" if f.help else "")},
            "locations": [{"physicalLocation": _physical(f.location, base, artifact_index, f.end)}],
            "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        }
        if f.related:
            item["relatedLocations"] = [
                {
                    "id": i + 1,
                    "physicalLocation": _physical(r.location, base, artifact_index),
                    "message": {"text": r.message},
                }
                for i, r in enumerate(f.related)
            ]
        if f.location.page is not None:
            item["properties"] = {"page": f.location.page}
        results.append(item)
    notifications: list[dict[str, Any]] = []
    for e in result.errors:
        note: dict[str, Any] = {"level": "error", "message": {"text": e.one_line()}, "descriptor": {"id": e.code}}
        if e.path:
            phys: dict[str, Any] = {"artifactLocation": _artifact(e.path, base)}
            if e.line:
                phys["region"] = {"startLine": e.line, **({"startColumn": e.column} if e.column else {})}
            note["locations"] = [{"physicalLocation": phys}]
        notifications.append(note)
    invocation: dict[str, Any] = {"executionSuccessful": not result.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "invocations": [invocation],
        # no absolute uri: the log stays the same on every machine, and code scanning
        # resolves %SRCROOT% to the checkout it analyses
        "originalUriBaseIds": {SRCROOT: {"description": {"text": "The root of the repository the drafts are in."}}},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(
    result: Result, *, base: str | os.PathLike[str] | None = None, docs_url: str | None = None, **_: object
) -> str:
    """``docs_url``: the documentation's address (:func:`docs_base_url`), or None for no ``helpUri``."""
    return json.dumps(sarif_log(result, base=base, docs_url=docs_url), ensure_ascii=False, indent=2) + "\n"
