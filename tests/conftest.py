"""Suite-wide settings: hypothesis profiles.

The default profile is what CI runs; ``HYPOTHESIS_PROFILE=thorough`` digs deeper.
Deadlines are off: black and Streamlit's validators are slow on a cold first call.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough", parent=settings.get_profile("default"), max_examples=2000
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
