"""The repository's own review checklist for the example draft, run by the test suite.

The scenarios are bound with pytest-bdd's ``scenarios`` as any project would; the steps
come from the ``claimcheck`` pytest plugin. ``@known-defect`` scenarios are expected
failures (xfail, strict). The corpus checklist is in test_bdd_corpus_features.py.
"""

from pytest_bdd import scenarios

from conftest import ROOT

scenarios(str(ROOT / "features" / "issue-23.feature"))
