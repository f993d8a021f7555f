"""Settings from ``[tool.claimcheck]`` in ``pyproject.toml`` or a ``claimcheck.toml``.

The nearest ``claimcheck.toml`` (whole file) or ``pyproject.toml`` with a
``[tool.claimcheck]`` table, searching from the current directory upwards, is read unless
``--config`` names a file. Command-line flags override it. Keys::

    select = ["FN", "AC001"]          # codes, families or names; default: every rule
    ignore = ["NM"]
    fail-on = "warning"               # error | warning | info | never
    publication-date = 2025-02-18
    registry = "claims"
    [tool.claimcheck.severity]        # per-rule severity overrides
    FN003 = "error"
    [tool.claimcheck.rules.NU001]     # per-rule options, validated by the rule
    tolerance = 0.05
    [tool.claimcheck.per-file-ignores]
    "drafts/old/*.md" = ["FN"]
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.errors import ConfigError
from claimcheck.findings.model import Severity

__all__ = ["Settings", "find_config", "load_settings", "matches"]

FailOn = Literal["error", "warning", "info", "never"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    fail_on: FailOn = Field(default="warning", alias="fail-on")
    publication_date: dt.date | None = Field(default=None, alias="publication-date")
    registry: str | None = None
    severity: dict[str, Severity] = Field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    reader: str | None = None
    max_size_mb: float = Field(default=20.0, alias="max-size-mb", gt=0)
    #: run the preview rules (advisory, under the default set's precision bar) too
    preview: bool = False
    #: where the settings came from, for messages
    origin: str | None = Field(default=None, exclude=True)

    def is_selected(self, code: str, name: str, default: bool = True) -> bool:
        """Whether a rule runs. A rule that is off by default (``default=False``) runs only
        when a selector names its code or name: ``ALL`` and a bare family do not enable it."""
        if not default:
            explicit = any(matches(s, code, name) and not _broad(s) for s in self.select)
            return explicit and not any(matches(s, code, name) for s in self.ignore)
        selected = not self.select or any(matches(s, code, name) for s in self.select)
        return selected and not any(matches(s, code, name) for s in self.ignore)

    def runs(self, rule: Any) -> bool:
        """Whether a rule class runs under these settings: off-by-default rules run only when
        named; preview rules also run with ``preview``."""
        default = rule.default_enabled and (not rule.preview or self.preview)
        return self.is_selected(rule.code, rule.name, default)

    def ignored_for(self, path: str, code: str, name: str) -> bool:
        posix = Path(path).as_posix()
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                if any(matches(c, code, name) for c in codes):
                    return True
        return False


def _broad(selector: str) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or bool(re.fullmatch(r"[A-Za-z]{2}", s))


def matches(selector: str, code: str, name: str) -> bool:
    """Does ``selector`` (ALL, a family 'FN', a code 'FN001' or a name) pick this rule?"""
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    if re.fullmatch(r"[A-Za-z]{2}", s):
        return code.startswith(s.upper())
    if re.fullmatch(r"[A-Za-z]{2}\d{1,3}", s):
        return code.startswith(s.upper())
    return s.lower() == name


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        cand = folder / "claimcheck.toml"
        if cand.is_file():
            return cand
        cand = folder / "pyproject.toml"
        if cand.is_file():
            try:
                data = tomllib.loads(cand.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
            if "claimcheck" in data.get("tool", {}):
                return cand
    return None


def load_settings(path: Path | None = None, *, search: bool = True, **overrides: Any) -> Settings:
    """Settings from ``path`` (or the nearest config file), then ``overrides`` on top."""
    data: dict[str, Any] = {}
    origin = None
    if path is None and search:
        path = find_config()
    if path is not None:
        origin = str(path)
        data = _read_table(path)
    for key, value in overrides.items():
        if value is not None:
            data[key.replace("_", "-") if key in ("fail_on", "publication_date", "per_file_ignores") else key] = value
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        line = _find_key_line(path, str(err["loc"][0])) if path else None
        raise ConfigError(
            f"invalid setting `{key}`: {err['msg']}",
            path=origin,
            line=line,
            column=1 if line else None,
            hint="see docs/configuration.md for the settings and their values",
            code="E201",
        ) from None
    settings.origin = origin
    return settings


def _read_table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}", path=str(path), code="E202") from None
    except UnicodeDecodeError:
        raise ConfigError("config is not UTF-8", path=str(path), code="E202") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        if m is None and "end of document" in str(exc):
            line, col = max(text.count("\n"), 1), 1
        reason = re.sub(r" \(at [^)]*\)$", "", str(exc))
        raise ConfigError(
            f"config is not valid TOML: {reason}",
            path=str(path),
            line=line,
            column=col,
            hint="fix the TOML syntax",
            code="E203",
        ) from None
    if path.name == "pyproject.toml":
        return dict(data.get("tool", {}).get("claimcheck", {}))
    return dict(data)


def _find_key_line(path: Path, key: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    variants = {key, key.replace("_", "-")}
    for i, line in enumerate(lines, 1):
        stripped = line.strip()
        for v in variants:
            if stripped.startswith(f"{v} ") or stripped.startswith(f"{v}=") or stripped == f"[tool.claimcheck.{v}]":
                return i
    return None
