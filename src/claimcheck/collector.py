"""Python's cycle collector in the ``claimcheck`` command: paused while the command starts,
running from its first draft on.

Starting makes a few hundred thousand objects (modules, classes, pydantic's models and
schemas, the cached patterns and tables) and next to no garbage, and every collection
walks the objects made since the last one: 18 ms of a run of the bundled example (about
0.25 s of CPU) went to collections while it started, which freed some 150 objects. The
command, in its own process only, pauses the collector at its start (:func:`pause`); the
first draft read (:func:`resume`, called by :func:`claimcheck.ingest.load_document`) moves
everything made so far to the collector's permanent generation (``gc.freeze``: it lives as
long as the process and is never walked again) and turns the collector back on, so memory
stays flat over many drafts as before.
A program that uses claimcheck as a library never calls :func:`pause`: its collector is
left as it is.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "resume"]

#: whether :func:`pause` turned the collector off (and :func:`resume` has not yet turned it on)
_PAUSED = False


def pause() -> None:
    """Turn the cycle collector off until :func:`resume` (when it was on)."""
    global _PAUSED
    if gc.isenabled():
        gc.disable()
        _PAUSED = True


def resume() -> None:
    """After :func:`pause`: keep what was made so far out of every later collection and turn
    the collector back on. Does nothing otherwise (a library caller, a later draft)."""
    global _PAUSED
    if _PAUSED:
        _PAUSED = False
        gc.freeze()
        gc.enable()
