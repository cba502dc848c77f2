"""The compare panel: the current button as each type, enabled and disabled, with its contrast.

Draws only. Each button is the real st.button with the preview's arguments
(``call_kwargs`` of the config with another type), on the main area and again
in a panel at the bottom of the sidebar, whose background changes how they
look (drawn only while that panel is open). A click
on one adopts its type (``state.adopt_type``). The contrast figures come from
``contrast.BUTTON_COLORS``, computed once at import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components import state
from components.config import BUTTON_TYPES, ButtonConfig, ButtonType, call_kwargs
from components.contrast import (
    BUTTON_COLORS,
    MIN_RATIO,
    STATES,
    THEMES,
    State,
    Surface,
    ratio_text,
)
from components.state import Snapshot

COMPARE_KEY = "compare"
SIDEBAR_COMPARE_KEY = "compare_sidebar"
SIDEBAR_PANEL_KEY = "compare_sidebar_open"
CURRENT_BADGE = ":primary-badge[:material/check: current]"
EXEMPT_WORD = "exempt"


def render_compare(snap: Snapshot) -> None:
    st.subheader("Compare types")
    with st.container(key=COMPARE_KEY):
        st.caption(
            "Your button as each type, enabled and disabled. Under each: the "
            "contrast of its label against its background in Streamlit's light "
            f"and dark themes; WCAG asks at least {MIN_RATIO:g}:1 for text "
            "(disabled buttons are exempt). Click one to make it your type. "
            "Drawn without your `key` (it names one widget only) and without "
            "your `shortcut` (it would click all of them)."
        )
        if snap.errors:
            st.caption(f"Showing the last valid button: {snap.invalid_summary}.")
        _draw(lambda: _main_row(snap.config))
    with st.sidebar:
        # Runs only while open: a collapsed panel costs a rerun nothing.
        panel = st.expander(
            "Types on the sidebar",
            key=SIDEBAR_PANEL_KEY,
            icon=":material/compare:",
            on_change="rerun",
        )
    if panel.open:
        with panel, st.container(key=SIDEBAR_COMPARE_KEY):
            st.caption(
                "The same buttons on the sidebar's background, which changes how "
                "secondary and tertiary look. A click here adopts the type too."
            )
            _draw(lambda: _sidebar_rows(snap.config))


def button_key(button_type: ButtonType, state_name: State, surface: Surface) -> str:
    """``compare_primary``, ``compare_primary_disabled``, ``compare_sidebar_primary``…"""
    prefix = COMPARE_KEY if surface == "main" else SIDEBAR_COMPARE_KEY
    suffix = "_disabled" if state_name == "disabled" else ""
    return f"{prefix}_{button_type}{suffix}"


def cell_key(button_type: ButtonType, surface: Surface) -> str:
    """The keyed container of one type's buttons and figures."""
    prefix = COMPARE_KEY if surface == "main" else SIDEBAR_COMPARE_KEY
    return f"{prefix}_cell_{button_type}"


def compare_kwargs(
    cfg: ButtonConfig, button_type: ButtonType, state_name: State
) -> dict[str, object]:
    """st.button's arguments for one compare button: the preview's, with
    this type and state, and neither the user's key nor shortcut."""
    variant = replace(
        cfg,
        type=button_type,
        disabled=state_name == "disabled",
        key=None,
        shortcut=None,
    )
    return call_kwargs(variant)


def figures_text(button_type: ButtonType, surface: Surface, state_name: State) -> str:
    """The figures shown under one compare button (see ``format_figures``)."""
    ratios = {
        theme: BUTTON_COLORS[button_type, theme, surface, state_name].ratio
        for theme in THEMES
    }
    return format_figures(ratios, exempt=state_name == "disabled")


def format_figures(ratios: Mapping[str, float], exempt: bool) -> str:
    """ "light 5.1:1 · dark 4.6:1", each figure under 4.5:1 in red with a warning.

    An exempt button (a disabled one: WCAG asks nothing of inactive controls)
    shows its figures plainly, followed by the word "exempt": a red flag
    there would contradict the caption above.
    """
    parts = []
    for theme, ratio in ratios.items():
        figure = f"{theme} {ratio_text(ratio)}"
        flagged = not exempt and ratio < MIN_RATIO
        parts.append(f":red[{figure} :material/warning:]" if flagged else figure)
    if exempt:
        parts.append(EXEMPT_WORD)
    return " · ".join(parts)


def _draw(body: Callable[[], None]) -> None:
    try:
        body()
    except StreamlitAPIException as error:
        # st.button's own refusal, as a sentence, never a traceback.
        st.error(f"st.button refused these arguments: {error}")


def _main_row(cfg: ButtonConfig) -> None:
    for column, button_type in zip(st.columns(len(BUTTON_TYPES)), BUTTON_TYPES):
        with column, st.container(key=cell_key(button_type, "main")):
            _heading(cfg, button_type)
            for state_name in STATES:
                _button(cfg, button_type, state_name, "main")


def _sidebar_rows(cfg: ButtonConfig) -> None:
    # The sidebar is too narrow for three columns of two buttons: one row per type.
    for button_type in BUTTON_TYPES:
        with st.container(key=cell_key(button_type, "sidebar")):
            _heading(cfg, button_type)
            for column, state_name in zip(st.columns(len(STATES)), STATES):
                with column:
                    _button(cfg, button_type, state_name, "sidebar")


def _heading(cfg: ButtonConfig, button_type: ButtonType) -> None:
    current = f" {CURRENT_BADGE}" if button_type == cfg.type else ""
    st.markdown(f"`{button_type}`{current}")


def _button(
    cfg: ButtonConfig, button_type: ButtonType, state_name: State, surface: Surface
) -> None:
    st.button(
        **compare_kwargs(cfg, button_type, state_name),
        key=button_key(button_type, state_name, surface),
        on_click=state.adopt_type,
        args=(button_type,),
    )
    st.caption(figures_text(button_type, surface, state_name))
