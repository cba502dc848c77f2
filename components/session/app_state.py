"""The session state of the app the preview plays, kept apart from the playground's.

The names its generated code uses (``clicks``, ``show_more``…) live in one
dict under ``keys.APP_STATE``, seeded as the code seeds them. The preview's
callback does what the mode's callback does; the script's changes come back
from the preview and are applied here. When the code's state names or its
callback's parameters change, the state starts afresh, as a new
``streamlit run`` of the new code would.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import streamlit as st

from components.core.config import ButtonConfig
from components.core.keys import APP_SHAPE, APP_STATE
from components.core.modes import MODES, shape_change, state_shape
from components.core.row import (
    Renames,
    Row,
    as_app_keeps,
    as_member_sees,
    state_names,
    state_shape_of,
)
from components.core.run_log import RESTART
from components.session import run_log

NO_RENAMES: Renames = MappingProxyType({})


def current() -> dict[str, Any]:
    """A copy of the app's state as it is now."""
    return dict(st.session_state.get(APP_STATE, {}))


def seeded(cfg: ButtonConfig, renames: Renames = NO_RENAMES) -> dict[str, Any]:
    """The app's state, seeded as ``cfg``'s code seeds it (``setdefault``);
    in a row, under the names the row's code gives it (``renames``), and
    given back as the member's mode reads it."""
    state = st.session_state.setdefault(APP_STATE, {})
    for name, value in MODES[cfg.mode].seeds(cfg).items():
        state.setdefault(renames.get(name, name), value)
    return as_member_sees(state, renames)


def seeded_row(row: Row) -> dict[str, Any]:
    """The app's state, seeded as each member's code seeds it, in order."""
    for member, renames in zip(row.members, state_names(row)):
        seeded(member, renames)
    return current()


def update(changes: Mapping[str, Any]) -> None:
    st.session_state.setdefault(APP_STATE, {}).update(changes)


def follow_shape(shown: ButtonConfig | Row) -> None:
    """Start the app's state afresh when the code of ``shown`` (a button or
    a row) keeps other state than the code before it; the coming record says
    why. Call before the run's record opens."""
    shape = state_shape_of(shown) if isinstance(shown, Row) else state_shape(shown)
    before = st.session_state.get(APP_SHAPE)
    st.session_state[APP_SHAPE] = shape
    if before is not None and before != shape and current():
        st.session_state[APP_STATE] = {}
        run_log.recorder().restarted = shape_change(before, shape)


def restart() -> None:
    """The "Restart the app's state" button: a fresh start, on demand."""
    st.session_state[APP_STATE] = {}
    run_log.recorder().restarted = "you asked for it"
    run_log.mark(RESTART, "the app's session state")


def on_click_for(
    cfg: ButtonConfig, member: int | None = None, renames: Renames = NO_RENAMES
) -> Callable[..., None]:
    """The preview's on_click: in a callback mode, what ``cfg``'s generated
    callback does; in any other, only a note that the widget was clicked (the
    app has no callback), so a click its new identity lost can be told.
    ``member``: its place in a row, noted with the click; ``renames``: its
    session-state names there."""

    def handle_click(*args: Any, **kwargs: Any) -> None:
        run_log.recorder().clicked_before_run = True
        run_log.recorder().clicked_member = member
        mode = MODES[cfg.mode]
        if mode.callback is not None:
            changes = mode.callback(cfg, seeded(cfg, renames), args, kwargs)
            update(as_app_keeps(changes, renames))
            run_log.note_callback(args, kwargs)

    return handle_click
