"""Review checklists in Gherkin: a pytest-bdd step library editors write without code.

A checklist is a ``.feature`` file in the library's own nouns::

    Feature: Review checklist for issue 23
      Background:
        Given the draft "docs/examples/issue-23.md"
        And the claims registry "docs/examples/claims"
        When the draft is checked

      Scenario: The figures agree with the registry
        Then there are no "RG001" findings

It runs with pytest (the steps come with the ``claimcheck`` pytest plugin, see
:mod:`claimcheck.bdd.plugin`) or with ``claimcheck checklist features/``, which needs no
Python test module (:mod:`claimcheck.bdd.checklist`). docs/checklists.md lists every
phrase.

This module stays light: pytest loads the plugin in every project of the environment, so
nothing here imports pytest-bdd, pydantic or the pipeline.
"""

from __future__ import annotations

__all__ = ["KNOWN_DEFECT_TAG", "CheckFailed", "StepPlace", "shown_path"]

import os

#: Tag of a scenario that is expected to fail: its failure is reported as a known defect,
#: and the run fails if it passes (the defect was fixed: remove the tag).
KNOWN_DEFECT_TAG = "known-defect"


def shown_path(path: "str | os.PathLike[str]") -> str:
    """A path as messages show it: relative to the working folder when that is shorter."""
    text = os.fspath(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:  # pragma: no cover - another drive on Windows
        return text
    return rel if len(rel) <= len(text) else text


class StepPlace:
    """Where a step stands: its feature file, line, keyword and text (for messages)."""

    __slots__ = ("path", "line", "keyword", "text")

    def __init__(self, path: str, line: int, keyword: str, text: str) -> None:
        self.path = path
        self.line = line
        self.keyword = keyword
        self.text = text

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.keyword} {self.text}"


class CheckFailed(AssertionError):
    """A checklist step found what the editor asked it to rule out.

    ``note`` is the review note: what was found (findings one per line as
    ``path:line:column: CODE message``) or, for a claim that was expected, what the draft
    says instead and where. ``place`` is set by the plugin once the step is known.
    """

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note
        self.place: StepPlace | None = None

    def __str__(self) -> str:
        return self.note
