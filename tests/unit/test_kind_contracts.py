"""Every kind keeps the kind contract; so does a throwaway kind, declared in a
few lines (``tests/support/throwaway.py``), with no other edit."""

from __future__ import annotations

import pytest

from components.core.kinds import KINDS
from tests.support.contracts import KindContract, kinds_by_name
from tests.support.throwaway import THROWAWAY_KIND, Registered


@pytest.mark.parametrize("kind", kinds_by_name(KINDS))
class TestEveryKind(KindContract):
    pass


@pytest.mark.parametrize("kind", kinds_by_name({"throwaway": THROWAWAY_KIND}))
class TestAThrowawayKind(Registered, KindContract):
    throwaway = THROWAWAY_KIND

    def test_the_registry_holds_it_while_its_tests_run(self, kind):
        assert KINDS[kind.name] is kind


def test_no_throwaway_is_left_in_the_registry():
    """Run after the class: the throwaway was taken out after its tests."""
    assert THROWAWAY_KIND.name not in KINDS
