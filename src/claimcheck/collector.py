"""Python's cycle collector in the ``claimcheck`` command: paused while the command starts
and while it checks its first draft, running from its second draft on.

Starting makes a few hundred thousand objects (modules, classes, pydantic's models and
schemas, the cached patterns and tables) and next to no garbage, and every collection
walks the objects made since the last one: 18 ms of a run of the bundled example (about
0.25 s of CPU) went to collections while it started, which freed some 150 objects. The
command, in its own process only, pauses the collector at its start (:func:`pause`); the
first draft read (:func:`resume`, called by :func:`claimcheck.ingest.load_document`) moves
everything made so far to the collector's permanent generation (``gc.freeze``: it lives as
long as the process and is never walked again). Checking a draft makes next to no cycles
either (about 160 objects of cyclic garbage in a run of the bundled example or of the 76 KB
corpus issue, against 2 and 4 collections of the young objects the check keeps), and a run
of one draft ends without the interpreter's finalization: so the collector stays off while
the first draft is checked, and the second draft read turns it back on (its first collection then walks
what the first draft left), so memory stays flat over many drafts as before.
A program that uses claimcheck as a library never calls :func:`pause`: its collector is
left as it is.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "resume"]

#: whether :func:`pause` turned the collector off (and no draft has been read since)
_PAUSED = False
#: whether the collector stays off until the next draft read (the first draft's check)
_FIRST_DRAFT = False


def pause() -> None:
    """Turn the cycle collector off until the second draft's :func:`resume` (when it was on)."""
    global _PAUSED
    if gc.isenabled():
        gc.disable()
        _PAUSED = True


def resume() -> None:
    """After :func:`pause`, at the first draft: keep what was made so far out of every later
    collection (the collector still off while that draft is checked); at the second draft:
    turn the collector back on. Does nothing otherwise (a library caller, later drafts)."""
    global _PAUSED, _FIRST_DRAFT
    if _PAUSED:
        _PAUSED = False
        _FIRST_DRAFT = True
        gc.freeze()
    elif _FIRST_DRAFT:
        _FIRST_DRAFT = False
        gc.enable()
