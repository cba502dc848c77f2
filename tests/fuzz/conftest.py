"""The fuzz tier: hostile input thrown at every surface, under the "fuzz" profile.

A module's AppTest session is shared by all its examples (a new one per
example would cost a first run each, links excepted: a link is read on a
session's first run). Each example sets what it needs first, so none depends
on the one before but for the last valid button, which the checks compare
against.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.fuzz.checks import new_session


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.fuzz)


class Session:
    """A playground session shared by examples; short in hypothesis's reports,
    which print every argument of a failing example (an AppTest prints pages)."""

    def __init__(self, at: AppTest) -> None:
        self.at = at

    def __repr__(self) -> str:
        return "Session(the module's shared playground session)"


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    """One playground session for every example of a module's tests."""
    yield Session(new_session())
