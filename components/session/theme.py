"""The theme in the session: its controls read into a ``Theme`` (and a keyed
button's own colour), and the callbacks that write them from outside (a
pasted config.toml, a theme preset, a reset).

Reading keeps each option's last valid value, which the page keeps while its
control holds a bad one; the controls themselves keep what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from components.core.key_colour import KeyColour, key_colour
from components.core.keys import (
    KEY_COLOUR_BACKGROUND,
    KEY_COLOUR_TEXT,
    THEME_LAST_VALID,
    THEME_PASTE,
    THEME_PASTE_PROBLEMS,
    THEME_PRESET_PICK,
    theme_key,
)
from components.core.text import quoted
from components.core.theme import (
    NO_THEME,
    PATHS,
    Theme,
    ThemeError,
    check_value,
    colour_rgba,
    make_theme,
)
from components.core.theme_file import read_theme_toml, theme_preset_titled


@dataclass(frozen=True)
class ThemeState:
    """The theme drawn, a keyed button's own colour, and a message for each
    control whose value is not drawn (by option path, or by widget key)."""

    theme: Theme
    errors: dict[str, str]
    key_colour: KeyColour | None = None


def read() -> ThemeState:
    """The theme of the controls; an invalid option keeps its last valid value."""
    last = st.session_state.get(THEME_LAST_VALID, NO_THEME)
    values, errors = {}, {}
    for path in PATHS:
        value = st.session_state.get(theme_key(path))
        try:
            values[path] = check_value(path, value)
        except ThemeError as error:
            errors[path] = str(error)
            values[path] = last.get(path)
    theme = make_theme(values)
    st.session_state[THEME_LAST_VALID] = theme
    colour = _key_colour(errors)
    return ThemeState(theme, errors, colour)


def _key_colour(errors: dict[str, str]) -> KeyColour | None:
    """The recipe's colours; none while either box holds something that is no
    colour (its message says why)."""
    texts = {}
    for key in (KEY_COLOUR_BACKGROUND, KEY_COLOUR_TEXT):
        texts[key] = text = (st.session_state.get(key) or "").strip()
        if text and colour_rgba(text) is None:
            errors[key] = (
                f"{quoted(text)} is not a colour the CSS can be written with: use hex, "
                "rgb(), hsl(), hwb() or a name (#d33, tomato)."
            )
    if errors.keys() & texts.keys():
        return None
    return key_colour(texts[KEY_COLOUR_BACKGROUND], texts[KEY_COLOUR_TEXT])


def apply(theme: Theme) -> None:
    """Show ``theme`` in every control (a callback: before they are drawn).
    An unset option's control is dropped, so that it draws its default: a
    key in session state costs every text widget's run (Streamlit scans the
    whole state for each), and most options are never set."""
    for path in PATHS:
        value = theme.get(path)
        if value is None:
            st.session_state.pop(theme_key(path), None)
        else:
            st.session_state[theme_key(path)] = value
    st.session_state[THEME_LAST_VALID] = theme


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
