"""A throwaway kind and a throwaway mode, each declared in a few lines, to prove
that the house takes a new one with no other edit: the contract tests run
over them exactly as over the real ones.

The kind is a real Streamlit widget outside the family, ``st.pills``, that
shares some of the family's arguments and adds one of its own (its
``options``), with no on_click; the mode lets balloons
fly on the click's rerun. ``registered`` adds one to its registry for the
length of a test class (the ``Registered`` mixin) and takes it out again.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import streamlit as st

from components.core import kind, kind_rules, modes
from components.core.arguments import SHARED, Argument
from components.core.kind import Kind
from components.core.modes import Mode
from components.core.pasted import gated_body_has
from components.core.played import Shown
from components.core.widgets import Literal

THROWAWAY_KIND = Kind(
    function=st.pills,
    # It takes some of the shared arguments: no icon, type, shortcut or wrap.
    arguments=(
        *(SHARED[name] for name in ("label", "help", "disabled", "key", "width")),
        Argument(
            "options",
            kind_rules.menu_options,
            Literal(kind=list, example="['a', 'b']"),
            "Content",
            "The pills' options, as a Python list literal.",
            start=["a", "b"],
        ),
    ),
    identity=("label", "options", "help", "width"),
)

THROWAWAY_MODE = Mode(
    name="balloons",
    title="let balloons fly",
    help="balloons: the click's rerun lets balloons fly.",
    code=lambda cfg, call: f"if {call}:\n    st.balloons()\n",
    reads=gated_body_has(
        lambda node: (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "balloons"
        )
    ),
    precedence=1.5,
    test_title="lets balloons fly on the click's rerun",
    test_checks=lambda cfg, clicks: (
        f"{clicks.click}\nassert find_button(at).value {clicks.clicked_test}\n"
    ),
    below=lambda cfg, state, clicked: [Shown("balloons", ())] if clicked else [],
)


@contextmanager
def registered(thing: Kind | Mode) -> Iterator[None]:
    """``thing`` in its registry while the body runs."""
    registry: dict = kind.KINDS if isinstance(thing, Kind) else modes.MODES
    add: Callable = kind.register if isinstance(thing, Kind) else modes.register
    add(thing)
    try:
        yield
    finally:
        del registry[thing.name]


class Registered:
    """A test class's mixin: its ``throwaway`` is registered while its tests run."""

    throwaway: Kind | Mode

    @pytest.fixture(autouse=True, scope="class")
    @classmethod
    def _registered(cls) -> Iterator[None]:
        with registered(cls.throwaway):
            yield
