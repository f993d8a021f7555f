"""What the layers promise at run time (the import-linter contract in pyproject.toml checks
the static imports in .ci/run): the CLI starts without the heavy libraries, and the old
module names of the registry still import the moved modules."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pint", "dateparser", "pypdf", "currency_converter", "jinja2", "rich", "markdown_it", "yaml", "pycountry")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    # a fresh interpreter: this test process has imported everything already
    code = "import sys, claimcheck.cli; print(' '.join(m for m in %r if m in sys.modules))" % (HEAVY,)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_old_registry_module_names_are_the_moved_modules() -> None:
    import claimcheck.claims.matching
    import claimcheck.claims.registry
    import claimcheck.claims.review
    import claimcheck.registry.matching
    import claimcheck.registry.review
    import claimcheck.registry.store

    assert claimcheck.claims.registry is claimcheck.registry.store
    assert claimcheck.claims.matching is claimcheck.registry.matching
    assert claimcheck.claims.review is claimcheck.registry.review
    from claimcheck.claims.registry import Registry, load_registry

    assert Registry is claimcheck.registry.store.Registry
    assert load_registry is claimcheck.registry.store.load_registry
