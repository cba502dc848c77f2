"""Which hypothesis profile the suite runs under (``HYPOTHESIS_PROFILE``).

The profile also sizes the few tests that are not hypothesis properties but
repeat one slow check over many cases: the fast tier runs a sample of them.
"""

from __future__ import annotations

import os

ACTIVE = os.environ.get("HYPOTHESIS_PROFILE", "default")
FAST = ACTIVE == "fast"
