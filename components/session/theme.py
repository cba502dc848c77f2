"""The theme in the session: its controls read into a ``Theme``, and the
callbacks that write them from outside (a pasted config.toml, a reset).

Reading keeps each option's last valid value, which the page keeps while its
control holds a bad one; the controls themselves keep what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from components.core.keys import (
    THEME_LAST_VALID,
    THEME_PASTE,
    THEME_PASTE_PROBLEMS,
    THEME_PRESET_PICK,
    theme_key,
)
from components.core.theme import (
    NO_THEME,
    PATHS,
    Theme,
    ThemeError,
    check_value,
    make_theme,
)
from components.core.theme_file import read_theme_toml, theme_preset_titled


@dataclass(frozen=True)
class ThemeState:
    """The theme drawn, and a message for each control whose value is not."""

    theme: Theme
    errors: dict[str, str]


def read() -> ThemeState:
    """The theme of the controls; an invalid option keeps its last valid value."""
    last = st.session_state.get(THEME_LAST_VALID, NO_THEME)
    values, errors = {}, {}
    for path in PATHS:
        key = theme_key(path)
        st.session_state.setdefault(key, _control_value(path, None))
        try:
            values[path] = check_value(path, st.session_state[key])
        except ThemeError as error:
            errors[path] = str(error)
            values[path] = last.get(path)
    theme = make_theme(values)
    st.session_state[THEME_LAST_VALID] = theme
    return ThemeState(theme, errors)


def apply(theme: Theme) -> None:
    """Show ``theme`` in every control (a callback: before they are drawn)."""
    for path in PATHS:
        st.session_state[theme_key(path)] = _control_value(path, theme.get(path))
    st.session_state[THEME_LAST_VALID] = theme


def _control_value(path: str, value: object) -> object:
    # Text boxes hold "" for unset; the choices hold None.
    if value is None and path.rpartition(".")[2].endswith(("Color", "Radius")):
        return ""
    return value


def reset() -> None:
    apply(NO_THEME)
    st.session_state.pop(THEME_PASTE_PROBLEMS, None)


def paste() -> None:
    """The paste box's Apply: its config.toml's valid options replace the
    theme; why any other was not taken is kept for the box to say."""
    reading = read_theme_toml(st.session_state.get(THEME_PASTE) or "")
    if reading.theme or not reading.problems:
        apply(reading.theme)
    st.session_state[THEME_PASTE_PROBLEMS] = reading.problems


def apply_picked_preset() -> None:
    """The theme gallery applies the theme clicked, then forgets the click
    (the theme may be edited from there on)."""
    title = st.session_state[THEME_PRESET_PICK]
    st.session_state[THEME_PRESET_PICK] = None
    if title is not None:
        apply(theme_preset_titled(title).theme)


def paste_problems() -> dict[str, str]:
    return st.session_state.get(THEME_PASTE_PROBLEMS, {})
