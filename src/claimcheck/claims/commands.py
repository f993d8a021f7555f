"""Old name of :mod:`claimcheck.commands` (what the registry commands do moved out of
``claimcheck.claims``, which now holds only the claim models, units and kinds). Importing
it gives that very module, so existing imports keep working."""

import sys

from claimcheck import commands as _module
from claimcheck.commands import *  # noqa: F403 - the same public names, for type checkers

sys.modules[__name__] = _module
