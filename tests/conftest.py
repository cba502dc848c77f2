"""Suite-wide settings: hypothesis profiles.

The default profile is what CI runs: derandomized, so a run on a clean clone
tries the same inputs every time and main's result does not depend on luck.
``HYPOTHESIS_PROFILE=thorough`` digs deeper with new random inputs each run;
what it finds becomes a fixed test; ``HYPOTHESIS_PROFILE=fast`` tries fewer
inputs, for the fast tier run on every commit. Deadlines are off: black and
Streamlit's validators are slow on a cold first call. And a report hook that
keeps xdist running when a test's output holds unencodable text.

The fuzz tier (``tests/fuzz``) runs under the "fuzz" profile: the active one
with at least ``FUZZ_MIN_EXAMPLES`` inputs per test, so the default run
throws at least 500 at every surface and ``thorough`` 2,000.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from tests.support.profile import ACTIVE

FUZZ_MIN_EXAMPLES = 500

settings.register_profile(
    "default",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    parent=settings.get_profile("default"),
    max_examples=2000,
    derandomize=False,
)
settings.register_profile(
    "fast", parent=settings.get_profile("default"), max_examples=25
)
settings.load_profile(ACTIVE)
settings.register_profile(
    "fuzz",
    parent=settings.get_profile(ACTIVE),
    max_examples=max(FUZZ_MIN_EXAMPLES, settings.get_profile(ACTIVE).max_examples),
    # 100 KB strings and whole preset files are large on purpose.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator:
    """A test's captured output may hold half a UTF-16 pair (a widget echoing a
    hostile value); xdist can't send such text between processes and stops
    the whole run, so it travels escaped."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [
        (title, text.encode("utf-8", "backslashreplace").decode("utf-8"))
        for title, text in report.sections
    ]
