"""The repository's review checklist for the real issue in ../shared/corpus/china-trends-22/.

Skipped, with the reason, when the corpus is not beside the repository.
"""

from pytest_bdd import scenarios

from conftest import ROOT, requires_corpus

pytestmark = requires_corpus

scenarios(str(ROOT / "features" / "china-trends-22.feature"))
