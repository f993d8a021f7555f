"""Errors claimcheck reports to its user, each with a stable code (see docs/errors.md).

::

    ClaimcheckError                 exit status 2, one clear message, never a traceback
     ├── InputError                 a draft that cannot be read (E1xx)
     ├── ConfigError                a bad [tool.claimcheck] table or flag (E2xx)
     ├── RegistryError              a bad file under claims/ (E3xx)
     ├── UsageError                 a command used the wrong way (E4xx)
     └── InternalError              a bug in claimcheck met while checking one draft (E999)

Every error names the file (and the line and column where there is one), says what is
wrong and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "ClaimcheckError",
    "ConfigError",
    "InputError",
    "InternalError",
    "OutputError",
    "RegistryError",
    "UsageError",
]


#: the longest part of an offending line shown under an error
_MAX_SHOWN = 200


class ClaimcheckError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    code = "E000"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        code: str | None = None,
        source_line: str | None = None,
        width: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint
        self.source_line = source_line
        self.width = max(1, width)
        if code:
            self.code = code

    @property
    def place(self) -> str:
        if self.path is None:
            return ""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def one_line(self) -> str:
        """``error[E101]: path:line:col: message (hint)`` on one line."""
        text = f"error[{self.code}]: "
        if self.place:
            text += f"{self.place}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    def render(self) -> str:
        """The one-line message, then the offending line with a caret under it if known."""
        out = [self.one_line()]
        if self.source_line is not None and self.line is not None:
            gutter = str(self.line)
            shown = self.source_line
            if len(shown) > _MAX_SHOWN:  # a line of a megabyte is not shown whole
                shown = shown[:_MAX_SHOWN] + "…"
            out.append(f" {gutter} | {shown}")
            if self.column is not None and self.column <= _MAX_SHOWN:
                pad = " " * (self.column - 1)
                out.append(f" {' ' * len(gutter)} | {pad}{'^' * max(1, min(self.width, _MAX_SHOWN - self.column + 1))}")
        return "\n".join(out)

    def __str__(self) -> str:
        return self.one_line()


class InputError(ClaimcheckError):
    code = "E100"


class ConfigError(ClaimcheckError):
    code = "E200"


class RegistryError(ClaimcheckError):
    code = "E300"


class UsageError(ClaimcheckError):
    code = "E400"


class OutputError(ClaimcheckError):
    """A report, baseline or proposal file cannot be written where it was asked for."""

    code = "E312"


class InternalError(ClaimcheckError):
    """A bug in claimcheck met while checking one draft: reported for that draft (the
    others are still checked), exit status 2."""

    code = "E999"
