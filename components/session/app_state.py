"""The session state of the app the preview plays, kept apart from the playground's.

The names its generated code uses (``clicks``, ``show_more``…) live in one
dict under ``keys.APP_STATE``, seeded as the code seeds them. The preview's
callback does what the mode's callback does; the script's changes come back
from the preview and are applied here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from components.core.config import ButtonConfig
from components.core.keys import APP_STATE
from components.core.modes import MODES
from components.session import run_log


def current() -> dict[str, Any]:
    """A copy of the app's state as it is now."""
    return dict(st.session_state.get(APP_STATE, {}))


def seeded(cfg: ButtonConfig) -> dict[str, Any]:
    """The app's state, seeded as ``cfg``'s code seeds it (``setdefault``)."""
    state = st.session_state.setdefault(APP_STATE, {})
    for name, value in MODES[cfg.mode].seeds(cfg).items():
        state.setdefault(name, value)
    return dict(state)


def update(changes: Mapping[str, Any]) -> None:
    st.session_state.setdefault(APP_STATE, {}).update(changes)


def callback_for(cfg: ButtonConfig) -> Callable[..., None]:
    """The preview's on_click: does what ``cfg``'s generated callback does."""

    def handle_click(*args: Any, **kwargs: Any) -> None:
        update(MODES[cfg.mode].callback(cfg, seeded(cfg), args, kwargs))
        run_log.note_callback(args, kwargs)

    return handle_click
