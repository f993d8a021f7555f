"""Old name of :mod:`claimcheck.registry.claimreview` (the registry of reviewed claims moved out of
``claimcheck.claims``, which now holds only the claim models, units and kinds). Importing
it gives that very module, so existing imports keep working."""

import sys

from claimcheck.registry import claimreview as _module
from claimcheck.registry.claimreview import *  # noqa: F403 - the same public names, for type checkers

sys.modules[__name__] = _module
