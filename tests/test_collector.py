"""The cycle collector of the ``claimcheck`` command: paused while it starts and checks its
first draft, frozen at the first draft and back on from the second (claimcheck.collector). Each check runs in a fresh
interpreter: ``gc.freeze`` would keep every object of the test process for good."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

from conftest import EXAMPLE, ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _run(code: str, *args: str) -> object:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=ENV, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_pause_turns_the_collector_off_and_resume_freezes_what_was_made_and_turns_it_on_at_the_second_draft():
    code = (
        "import gc, json\n"
        "from claimcheck import collector\n"
        "collector.pause()\n"
        "paused = (gc.isenabled(), gc.get_freeze_count())\n"
        "collector.resume()\n"
        "first = (gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "gc.unfreeze()\n"
        "collector.resume()  # the second draft: on, nothing frozen\n"
        "second = (gc.isenabled(), gc.get_freeze_count())\n"
        "collector.resume()  # a third: nothing more\n"
        "print(json.dumps([paused, first, second, gc.isenabled(), gc.get_freeze_count()]))\n"
    )
    assert _run(code) == [[False, 0], [False, True], [True, 0], True, 0]


def test_a_collector_turned_off_by_the_caller_stays_off():
    """pause() pauses only a running collector; resume() undoes only its own pause."""
    code = (
        "import gc, json\n"
        "from claimcheck import collector\n"
        "gc.disable()\n"
        "collector.pause()\n"
        "collector.resume()\n"
        "print(json.dumps([gc.isenabled(), gc.get_freeze_count()]))\n"
    )
    assert _run(code) == [False, 0]


def test_a_library_caller_s_collector_is_left_as_it_is():
    from claimcheck import collector
    from claimcheck.ingest import load_document

    assert gc.isenabled()
    freeze = gc.get_freeze_count()
    load_document(EXAMPLE)  # calls resume(): nothing was paused
    collector.resume()
    assert gc.isenabled() and gc.get_freeze_count() == freeze


_COMMAND = """
import atexit, gc, json, sys
from claimcheck import collector
seen = []
real = collector.resume
def resume():
    seen.append(gc.isenabled())
    real()
    seen.append(gc.isenabled())
collector.resume = resume
atexit.register(lambda: print(json.dumps([seen, gc.get_freeze_count() > 0, gc.isenabled()])))
sys.argv = ["claimcheck", *sys.argv[1:]]
from claimcheck.cli import main
main()
"""


def test_the_command_pauses_the_collector_until_its_second_draft():
    seen, frozen, enabled = _run(_COMMAND, "verify", "--no-cache", str(EXAMPLE))  # type: ignore[misc]
    assert seen == [False, False] and frozen and not enabled  # one draft: off to the end
    seen, frozen, enabled = _run(_COMMAND, "verify", "--no-cache", "--jobs", "1", str(EXAMPLE), str(ROOT / "README.md"))  # type: ignore[misc]
    assert seen[:4] == [False, False, False, True] and all(seen[4:]) and frozen and enabled


def test_a_command_that_reads_no_draft_leaves_the_collector_paused():
    seen, frozen, enabled = _run(_COMMAND, "rules", "--format", "json")  # type: ignore[misc]
    assert (seen, frozen, enabled) == ([], False, False)
