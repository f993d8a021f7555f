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
import functools
import importlib
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from claimcheck import lazyre

# pydantic is imported here first in a run; it and the modules it takes (fractions,
# textwrap, typing_inspection …) compile about ten patterns at import: taken from the
# compiled-form cache (docs/speed.md, sixteenth pass)
with lazyre.patterns_of_imports_cached():
    from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from claimcheck.errors import ConfigError, UsageError
from claimcheck.findings.severity import Severity
from claimcheck.findings.selectors import FAMILY_NAMES as FAMILY_NAMES
from claimcheck.findings.selectors import broad as _broad
from claimcheck.findings.selectors import matches as matches
from claimcheck.rules.index import RULE_NAMES, known_rule

__all__ = ["Settings", "find_config", "load_settings", "matches"]

FailOn = Literal["error", "warning", "info", "never"]


#: the largest ``max-size-mb`` accepted (a draft of 4 GiB is no draft; ``inf`` is refused)
MAX_SIZE_MB_LIMIT = 4096.0
#: seconds one draft may take by default before it is given up (``--time-budget``, ``time-budget``)
DEFAULT_TIME_BUDGET = 300.0


# The default factories of the list and table keys. Not ``list`` and ``dict`` themselves:
# pydantic reads a factory's signature, and for a built-in type Python parses its text
# signature with the tokenizer, whose pattern takes longer to compile than the model to build.
def _no_strings() -> list[str]:
    return []


def _no_table() -> dict[str, Any]:
    return {}


class Settings(BaseModel):
    """The settings of a run: ``[tool.claimcheck]`` or ``claimcheck.toml`` merged with flags.

    Build them with :func:`load_settings` (file plus overrides, as the CLI does) or directly
    (``Settings(select=["FN"])``: only what you pass, nothing read from files). Fields
    (file keys in brackets where they differ):

    - ``select``, ``ignore``, ``extend_select`` [extend-select], ``extend_ignore``
      [extend-ignore]: rule selectors (codes ``FN001``, families ``FN`` or ``footnotes``,
      rule names, ``ALL``).
    - ``fail_on`` [fail-on]: ``error``, ``warning`` (default), ``info`` or ``never``.
    - ``publication_date`` [publication-date]: the date drafts are published, when they
      do not say.
    - ``registry``: the registry of reviewed claims (default: none for ``verify``; see
      docs/registry.md).
    - ``severity``: per-rule severity overrides; ``rules``: per-rule options;
      ``per_file_ignores`` [per-file-ignores]: globs -> selectors.
    - ``exclude``, ``extend_exclude`` [extend-exclude], ``respect_gitignore``
      [respect-gitignore]: which files folders yield.
    - ``reader``, ``max_size_mb`` [max-size-mb], ``cache_dir`` [cache-dir],
      ``output_format`` [output-format], ``preview``.
    - ``docs_url`` [docs-url]: where claimcheck's documentation is on the web, for the
      rules' ``helpUri`` in SARIF (default: the installed package's Documentation URL, if any).
    - ``origin``: the file they were read from (None: defaults), for messages.

    docs/configuration.md describes every key.
    """

    # built when a run first validates something unusual or dumps the settings by pydantic
    # (``defer_build``): plain values are taken as they are (:func:`_plain_settings`)
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    select: list[str] = Field(default_factory=_no_strings)
    ignore: list[str] = Field(default_factory=_no_strings)
    #: added to ``select`` (or to the default set), as ruff's ``extend-select``
    extend_select: list[str] = Field(default_factory=_no_strings, alias="extend-select")
    extend_ignore: list[str] = Field(default_factory=_no_strings, alias="extend-ignore")
    #: globs of folders and files not searched for drafts (None: the default list)
    exclude: list[str] | None = None
    extend_exclude: list[str] = Field(default_factory=_no_strings, alias="extend-exclude")
    #: skip what .gitignore ignores when searching folders in a git checkout
    respect_gitignore: bool = Field(default=True, alias="respect-gitignore")
    #: where caches live (the ECB rate look-ups); None: $CLAIMCHECK_CACHE_DIR or ~/.cache/claimcheck
    cache_dir: str | None = Field(default=None, alias="cache-dir")
    #: the report format when ``--format``/``--output-format`` is not given
    output_format: str | None = Field(default=None, alias="output-format")
    fail_on: FailOn = Field(default="warning", alias="fail-on")
    publication_date: dt.date | None = Field(default=None, alias="publication-date")
    registry: str | None = None
    severity: dict[str, Severity] = Field(default_factory=_no_table)
    rules: dict[str, dict[str, Any]] = Field(default_factory=_no_table)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=_no_table, alias="per-file-ignores")
    reader: str | None = None
    max_size_mb: float = Field(default=20.0, alias="max-size-mb", gt=0, le=MAX_SIZE_MB_LIMIT, allow_inf_nan=False)
    #: seconds one draft may take before it is given up and reported as an error (0: no limit)
    time_budget: float = Field(default=DEFAULT_TIME_BUDGET, alias="time-budget", ge=0, le=86400, allow_inf_nan=False)
    #: run the preview rules (advisory, under the default set's precision bar) too
    preview: bool = False
    #: where claimcheck's documentation is on the web (the rules' ``helpUri`` in SARIF)
    docs_url: str | None = Field(default=None, alias="docs-url")
    #: where the settings came from, for messages
    origin: str | None = Field(default=None, exclude=True)

    @field_validator("docs_url")
    @classmethod
    def _absolute_url(cls, value: str | None) -> str | None:
        if value is not None and not is_absolute_url(value):
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError(
                "url", "must be an absolute http(s) URL, e.g. https://example.org/claimcheck/docs/"
            )
        return value

    def json_data(self) -> dict[str, Any]:
        """``model_dump(mode="json")``, written out: the settings' fields but ``origin``, in
        their order, dates as ISO text and severities as their names (the result cache's
        key takes it in every run, and pydantic's serializer would build the model)."""
        out: dict[str, Any] = {}
        for name in _FIELD_NAMES:
            value = getattr(self, name)
            if name == "publication_date" and value is not None:
                value = value.isoformat()
            elif name == "severity":
                value = {k: v.value for k, v in value.items()}
            elif name == "rules":
                value = {k: _json_value(v) for k, v in value.items()}
            elif name == "per_file_ignores":
                value = {k: list(v) for k, v in value.items()}
            elif isinstance(value, list):
                value = list(value)
            out[name] = value
        return out

    def is_selected(self, code: str, name: str, default: bool = True) -> bool:
        """Whether a rule runs. A rule that is off by default (``default=False``) runs only
        when a selector names its code or name: ``ALL`` and a bare family do not enable it."""
        chosen = [*self.select, *self.extend_select]
        ignored = any(matches(s, code, name) for s in [*self.ignore, *self.extend_ignore])
        if not default:
            return any(matches(s, code, name) and not _broad(s) for s in chosen) and not ignored
        selected = (not self.select or any(matches(s, code, name) for s in self.select)) or any(
            matches(s, code, name) for s in self.extend_select
        )
        return selected and not ignored

    def runs(self, rule: Any) -> bool:
        """Whether a rule class runs under these settings: off-by-default rules run only when
        named; preview rules also run with ``preview``."""
        default = rule.default_enabled and (not rule.preview or self.preview)
        return self.is_selected(rule.code, rule.name, default)

    def discovery(self) -> dict[str, Any]:
        """Keyword arguments for :func:`claimcheck.ingest.find_drafts`."""
        return {
            "exclude": self.exclude,
            "extend_exclude": self.extend_exclude,
            "respect_gitignore": self.respect_gitignore,
        }

    def ignored_for(self, path: str, code: str, name: str) -> bool:
        posix = Path(path).as_posix()
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                if any(matches(c, code, name) for c in codes):
                    return True
        return False


#: the fields, in their order, but ``origin`` (``exclude=True``: in no dump)
_FIELD_NAMES = tuple(n for n in Settings.model_fields if n != "origin")


def _json_value(value: Any) -> Any:
    """A value of a rule's options table as ``model_dump(mode="json")`` gives it, or raises
    TypeError for one it would write otherwise (then pydantic's own dump is taken)."""
    if value is None or type(value) in (str, int, bool):
        return value
    if type(value) is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise TypeError("not finite")  # pydantic writes these by its own settings
        return value
    if type(value) is list:
        return [_json_value(v) for v in value]
    if type(value) is dict and all(type(k) is str for k in value):
        return {k: _json_value(v) for k, v in value.items()}
    raise TypeError(type(value).__name__)  # a date, a time …: pydantic's form


_NOT_PLAIN = object()


def _strings(value: Any) -> Any:
    if type(value) is list and all(type(v) is str for v in value):
        return list(value)
    return _NOT_PLAIN


def _maybe(check: Any) -> Any:
    return lambda value: None if value is None else check(value)


def _text(value: Any) -> Any:
    return value if type(value) is str else _NOT_PLAIN


def _flag(value: Any) -> Any:
    return value if type(value) is bool else _NOT_PLAIN


def _number(low: float, low_open: bool, high: float) -> Any:
    def check(value: Any) -> Any:
        if type(value) not in (int, float):
            return _NOT_PLAIN
        number = float(value)
        if not (low < number if low_open else low <= number) or not number <= high:  # NaN: not plain
            return _NOT_PLAIN
        return number

    return check


def _fail_on(value: Any) -> Any:
    return value if type(value) is str and value in ("error", "warning", "info", "never") else _NOT_PLAIN


def _date(value: Any) -> Any:
    return value if type(value) is dt.date else _NOT_PLAIN


def _docs_url(value: Any) -> Any:
    return value if type(value) is str and is_absolute_url(value) else _NOT_PLAIN


def _no_severities(value: Any) -> Any:
    return {} if type(value) is dict and not value else _NOT_PLAIN


def _tables(value: Any) -> Any:
    if type(value) is dict and all(type(k) is str and type(v) is dict for k, v in value.items()):
        return {k: dict(v) for k, v in value.items()}
    return _NOT_PLAIN


def _globs(value: Any) -> Any:
    if type(value) is dict and all(type(k) is str and _strings(v) is not _NOT_PLAIN for k, v in value.items()):
        return {k: list(v) for k, v in value.items()}
    return _NOT_PLAIN


#: each field's check of a plain value: the value pydantic would give, or ``_NOT_PLAIN``
_PLAIN: dict[str, Any] = {
    "select": _strings,
    "ignore": _strings,
    "extend_select": _strings,
    "extend_ignore": _strings,
    "exclude": _maybe(_strings),
    "extend_exclude": _strings,
    "respect_gitignore": _flag,
    "cache_dir": _maybe(_text),
    "output_format": _maybe(_text),
    "fail_on": _fail_on,
    "publication_date": _maybe(_date),
    "registry": _maybe(_text),
    "severity": _no_severities,
    "rules": _tables,
    "per_file_ignores": _globs,
    "reader": _maybe(_text),
    "max_size_mb": _number(0.0, True, MAX_SIZE_MB_LIMIT),
    "time_budget": _number(0.0, False, 86400.0),
    "preview": _flag,
    "docs_url": _maybe(_docs_url),
    "origin": _maybe(_text),
}


def _plain_settings(data: dict[str, Any]) -> Settings | None:
    """The settings ``Settings.model_validate(data)`` gives, made without building the model
    when every value is already of its field's type and within its bounds (lists of text,
    a flag, a finite number in range, a known word, a date); None for anything else (a
    value pydantic converts, a wrong one, an unknown key), which the model validates."""
    keys = _settings_keys()
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = keys.get(key) if type(key) is str else None
        if name is None or name in values:  # unknown, or a field given twice (alias and name)
            return None
        plain = _PLAIN[name](value)
        if plain is _NOT_PLAIN:
            return None
        values[name] = plain
    return Settings.model_construct(**values)


@functools.cache
def _settings_keys() -> dict[str, str]:
    """Each key a table may use (a field's alias, or its name) -> the field's name."""
    out: dict[str, str] = {}
    for name, field in Settings.model_fields.items():
        out[name] = name
        if field.alias:
            out[field.alias] = name
    return out


def _validated(data: dict[str, Any]) -> Settings:
    """``Settings.model_validate(data)``, plain values taken without building the model."""
    plain = _plain_settings(data)
    return plain if plain is not None else Settings.model_validate(data)


def is_absolute_url(url: str) -> bool:
    """An absolute http(s) URL with a host (what SARIF's ``helpUri`` links must be)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(host) and not any(c.isspace() for c in url)


def split_selectors(values: Any) -> Any:
    """``["FN,AC", "NM"]`` -> ``["FN", "AC", "NM"]`` (the comma form ruff users type)."""
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return values
    out: list[object] = []
    for v in values:
        if isinstance(v, str):
            out.extend(p.strip() for p in v.split(",") if p.strip())
        else:
            out.append(v)
    return out


def unknown_selector(selector: str) -> bool:
    """Does the selector pick no rule at all (a typo, a removed code)?"""
    return not any(matches(selector, code, name) for code, name in RULE_NAMES)


def _tomllib() -> ModuleType:
    """:mod:`tomllib`, imported with its patterns taken from the compiled-form cache
    (:func:`claimcheck.lazyre.patterns_of_imports_cached`): compiling its date and time
    pattern took 15 ms, more than reading a settings file and a sixteenth of a short run."""
    toml = sys.modules.get("tomllib")
    if toml is None:
        with lazyre.patterns_of_imports_cached():
            toml = importlib.import_module("tomllib")
    return toml


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        cand = folder / "claimcheck.toml"
        if cand.is_file():
            return cand
        cand = folder / "pyproject.toml"
        if cand.is_file():
            try:
                text = cand.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            toml = _tomllib()
            try:
                data = toml.loads(text)
            except (toml.TOMLDecodeError, RecursionError):
                if "claimcheck" in text:
                    _read_table(cand)  # raises the located E203: settings must not vanish silently
                continue
            tool = data.get("tool")
            if isinstance(tool, dict) and "claimcheck" in tool:
                return cand
    return None


#: settings keys that hold rule selectors (lists of codes, families or names)
SELECTOR_KEYS = ("select", "ignore", "extend-select", "extend-ignore")
#: command-line overrides by the flag that sets them (for messages)
_FLAGS = {
    "fail_on": "--fail-on",
    "reader": "--reader",
    "publication_date": "--publication-date",
    "max_size_mb": "--max-size",
    "select": "--select",
    "ignore": "--ignore",
    "extend_select": "--extend-select",
    "extend_ignore": "--extend-ignore",
    "output_format": "--output-format",
    "preview": "--preview",
    "registry": "--claims",
    "exclude": "--exclude",
    "extend_exclude": "--extend-exclude",
    "respect_gitignore": "--no-respect-gitignore",
    "cache_dir": "--cache-dir",
    "time_budget": "--time-budget",
    "docs_url": "--docs-url",
}
_DASHED = (
    "fail_on",
    "publication_date",
    "per_file_ignores",
    "extend_select",
    "extend_ignore",
    "output_format",
    "max_size_mb",
    "extend_exclude",
    "respect_gitignore",
    "cache_dir",
    "time_budget",
    "docs_url",
)


def load_settings(path: Path | None = None, *, search: bool = True, **overrides: Any) -> Settings:
    """Settings from ``path`` (or the nearest config file), then ``overrides`` on top.

    A selector that names no rule (``ZZ``, ``FN999``), in the file or on the command line,
    is an error: a typo must never turn a CI gate into "0 findings". Errors in values given
    on the command line name the flag, not the settings file."""
    data: dict[str, Any] = {}
    origin = None
    if path is None and search:
        path = find_config()
    if path is not None:
        origin = str(path)
        data = _read_table(path)
        for key in SELECTOR_KEYS:
            if key in data:
                data[key] = split_selectors(data[key])
        _validate(data, path, origin)
        _check_file_selectors(data, path)
    flags: dict[str, str] = {}
    if overrides.get("select") is not None and overrides.get("extend_select") is None:
        data.pop("extend-select", None)  # a selection on the command line replaces the file's, as in ruff
    for key, value in overrides.items():
        if value is None:
            continue
        if key in ("select", "ignore", "extend_select", "extend_ignore"):
            value = split_selectors(value)
            for sel in value:
                if unknown_selector(sel):
                    raise UsageError(
                        f"{_FLAGS[key]} {sel!r} names no rule",
                        hint="use a code (FN001), a family (FN or footnotes), a rule name, or ALL; "
                        "`claimcheck rules` lists them",
                        code="E418",
                    )
        dashed = key.replace("_", "-") if key in _DASHED else key
        data[dashed] = value
        flags[dashed] = _FLAGS.get(key, f"--{key.replace('_', '-')}")
    try:
        settings = _validated(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        first = str(err["loc"][0]) if err["loc"] else ""
        if first in flags:
            raise UsageError(
                f"invalid value for {flags[first]}: {err['msg']}",
                hint="see `claimcheck verify --help`",
                code="E419",
            ) from None
        raise _config_error(exc, path, origin) from None
    settings.origin = origin
    return settings


def _config_error(exc: ValidationError, path: Path | None, origin: str | None) -> ConfigError:
    err = exc.errors()[0]
    key = ".".join(str(p) for p in err["loc"])
    line = _find_key_line(path, str(err["loc"][0])) if path else None
    return ConfigError(
        f"invalid setting `{key}`: {err['msg']}",
        path=origin,
        line=line,
        column=1 if line else None,
        hint="see docs/configuration.md for the settings and their values",
        code="E201",
    )


def _validate(data: dict[str, Any], path: Path, origin: str) -> None:
    try:
        _validated(data)
    except ValidationError as exc:
        raise _config_error(exc, path, origin) from None


def _check_file_selectors(data: dict[str, Any], path: Path) -> None:
    """Every selector the file names (select, ignore, severity, rules, per-file-ignores)
    must pick at least one rule."""
    named: list[tuple[str, str]] = [(key, sel) for key in SELECTOR_KEYS for sel in data.get(key) or []]
    exact = [(key, sel) for key in ("severity", "rules") for sel in data.get(key) or {}]
    for _pattern, codes in (data.get("per-file-ignores") or data.get("per_file_ignores") or {}).items():
        named += [("per-file-ignores", sel) for sel in split_selectors(codes)]

    bad = [(key, sel) for key, sel in named if isinstance(sel, str) and unknown_selector(sel)]
    bad += [(key, sel) for key, sel in exact if not known_rule(sel)]
    for key, sel in bad[:1]:
        line = _find_selector_line(path, key, sel)
        raise ConfigError(
            f"`{key}` names {sel!r}, which is no rule",
            path=str(path),
            line=line,
            column=1 if line else None,
            hint="use a code (FN001), a family (FN or footnotes), a rule name, or ALL; `claimcheck rules` lists them"
            if key not in ("severity", "rules")
            else "name one rule by its code or name",
            code="E205",
        )


def _read_table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}", path=str(path), code="E202") from None
    except UnicodeDecodeError:
        raise ConfigError("config is not UTF-8", path=str(path), code="E202") from None
    toml = _tomllib()
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as exc:
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
    except RecursionError:  # arrays or tables nested thousands deep
        raise ConfigError(
            "config nests too deeply to be read",
            path=str(path),
            hint="settings are at most a few levels deep; see docs/configuration.md",
            code="E203",
        ) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("claimcheck", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            where = "`tool`" if not isinstance(tool, dict) else "`tool.claimcheck`"
            raise ConfigError(
                f"{where} in pyproject.toml is not a table",
                path=str(path),
                line=_find_key_line(path, "tool") if not isinstance(tool, dict) else _find_key_line(path, "claimcheck"),
                hint="write the settings under a `[tool.claimcheck]` table",
                code="E201",
            )
        return dict(table)
    if isinstance(data.get("tool"), dict) and "claimcheck" in data["tool"]:
        line = next((i for i, t in enumerate(text.splitlines(), 1) if t.strip().startswith("[tool.claimcheck")), None)
        raise ConfigError(
            "claimcheck.toml takes the settings at the top level, not under [tool.claimcheck]",
            path=str(path),
            line=line,
            column=1 if line else None,
            hint="drop the `tool.claimcheck` part of the headers (`[tool.claimcheck.severity]` is "
            "`[severity]`), or put the table in pyproject.toml",
            code="E201",
        )
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
            if stripped.startswith(
                (f"{v} ", f"{v}=", f"[tool.claimcheck.{v}]", f"[tool.claimcheck.{v}.", f"[{v}]", f"[{v}.")
            ):
                return i
    return None


def _find_selector_line(path: Path, key: str, selector: str) -> int | None:
    """The line that names ``selector`` under ``key`` (else the key's own line)."""
    start = _find_key_line(path, key)
    if start is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    word = re.compile(rf"(?<![\w-]){re.escape(selector)}(?![\w-])")
    for i in range(start, len(lines) + 1):
        if word.search(lines[i - 1]):
            return i
    return start
