"""Every on-click mode, and a throwaway one, plays in the preview as its
generated app runs on its own (see ``tests/support/contracts.py``)."""

from __future__ import annotations

import pytest

from components.core.modes import MODES
from tests.support.contracts import ModePlayContract, modes_by_name
from tests.support.throwaway import THROWAWAY_MODE, Registered


@pytest.mark.parametrize("mode", modes_by_name(MODES))
class TestEveryMode(ModePlayContract):
    pass


@pytest.mark.parametrize("mode", modes_by_name({"throwaway": THROWAWAY_MODE}))
class TestAThrowawayMode(Registered, ModePlayContract):
    throwaway = THROWAWAY_MODE
