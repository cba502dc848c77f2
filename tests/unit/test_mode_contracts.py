"""Every on-click mode keeps the mode contract; so does a throwaway mode,
declared in one entry (``tests/support/throwaway.py``), with no other edit."""

from __future__ import annotations

import pytest

from components.core.modes import MODES
from tests.support.contracts import ModeContract, modes_by_name
from tests.support.throwaway import THROWAWAY_MODE, Registered


@pytest.mark.parametrize("mode", modes_by_name(MODES))
class TestEveryMode(ModeContract):
    pass


@pytest.mark.parametrize("mode", modes_by_name({"throwaway": THROWAWAY_MODE}))
class TestAThrowawayMode(Registered, ModeContract):
    throwaway = THROWAWAY_MODE


def test_no_throwaway_is_left_in_the_registries():
    """Run last in this module: the throwaways were taken out after their tests."""
    assert "balloons" not in MODES
