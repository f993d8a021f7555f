"""Old name of :mod:`claimcheck.registry.commands` (the registry of reviewed claims moved out of
``claimcheck.claims``, which now holds only the claim models, units and kinds). Importing
it gives that very module, so existing imports keep working."""

import sys

from claimcheck.registry import commands as _module
from claimcheck.registry.commands import *  # noqa: F403 - the same public names, for type checkers

sys.modules[__name__] = _module
