"""The compare panel: the current button as each type, enabled and disabled, with its contrast.

Each button is the real widget with the preview's arguments and another type
(``core.compare.compare_kwargs``), in a panel on the main area and again in one
at the bottom of the sidebar, whose background changes how they look; each
is drawn only while open. A click on one adopts its type (a session
callback). The contrast figures come from ``core.compare``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components.core.arguments import BUTTON_TYPES, ButtonType
from components.core.compare import (
    MIN_RATIO,
    STATES,
    State,
    Surface,
    compare_kwargs,
)
from components.core.config import ButtonConfig
from components.core.keys import (
    COMPARE,
    COMPARE_OPEN,
    COMPARE_SIDEBAR,
    COMPARE_SIDEBAR_OPEN,
)
from components.core.kinds import KINDS
from components.core.markdown import code, markup, message
from components.core.snapshot import Snapshot
from components.core.theme import Theme
from components.core.theme_colours import figures_text, theme_modes
from components.session.controls import adopt_type
from components.ui.lazy import open_panel

CURRENT_BADGE = markup(":primary-badge[:material/check: current]")


def render_compare(snap: Snapshot) -> None:
    """The panel on the main area and its copy on the sidebar, each drawn only while open."""
    kind = KINDS[snap.config.kind]
    if not kind.takes("type"):
        _no_types(kind.call_name)
        return
    panel = open_panel("Compare types", key=COMPARE_OPEN, icon=":material/compare:")
    if panel is not None:
        with panel, st.container(key=COMPARE):
            st.caption(
                message(
                    "Your button as each type, enabled and disabled. Under each: the "
                    "contrast of its label against its background in "
                    f"{_modes_named(snap.theme)}; WCAG asks at least {MIN_RATIO:g}:1 for text "
                    "(disabled buttons are exempt). Click one to make it your type. "
                    "Drawn without your `key` (it names one widget only) and without "
                    "your `shortcut` (it would click all of them)."
                )
            )
            _last_valid(snap)
            _draw(snap.config, lambda: _main_row(snap.config, snap.theme))
    with st.sidebar:
        panel = open_panel(
            "Types on the sidebar", key=COMPARE_SIDEBAR_OPEN, icon=":material/compare:"
        )
    if panel is not None:
        with panel, st.container(key=COMPARE_SIDEBAR):
            st.caption(
                message(
                    "The same buttons on the sidebar's background, which changes "
                    "how secondary and tertiary look. A click here adopts the type too."
                )
            )
            _draw(snap.config, lambda: _sidebar_rows(snap.config, snap.theme))


def _modes_named(theme: Theme) -> str:
    if not theme:
        return "Streamlit's light and dark themes"
    modes = theme_modes(theme)
    return "your theme's " + (
        " and ".join(modes) + " modes" if len(modes) > 1 else modes[0] + " mode"
    )


def _no_types(call_name: str) -> None:
    with st.container(key=COMPARE):
        st.caption(
            message(
                f"`{call_name}` takes no `type`: it is always drawn as the "
                "preview shows it, so there are no types to compare."
            )
        )


def _last_valid(snap: Snapshot) -> None:
    if snap.errors:
        st.caption(message(f"Showing the last valid button: {snap.invalid_summary}."))


def button_key(button_type: ButtonType, state_name: State, surface: Surface) -> str:
    """``compare_primary``, ``compare_primary_disabled``, ``compare_sidebar_primary``…"""
    prefix = COMPARE if surface == "main" else COMPARE_SIDEBAR
    suffix = "_disabled" if state_name == "disabled" else ""
    return f"{prefix}_{button_type}{suffix}"


def cell_key(button_type: ButtonType, surface: Surface) -> str:
    """The keyed container of one type's buttons and figures."""
    prefix = COMPARE if surface == "main" else COMPARE_SIDEBAR
    return f"{prefix}_cell_{button_type}"


def _draw(cfg: ButtonConfig, body: Callable[[], None]) -> None:
    try:
        body()
    except StreamlitAPIException as error:
        # The widget's own refusal, as a sentence, never a traceback.
        st.error(
            message(f"{KINDS[cfg.kind].call_name} refused these arguments: {error}")
        )


def _main_row(cfg: ButtonConfig, theme: Theme) -> None:
    for column, button_type in zip(st.columns(len(BUTTON_TYPES)), BUTTON_TYPES):
        with column, st.container(key=cell_key(button_type, "main")):
            _heading(cfg, button_type)
            for state_name in STATES:
                _button(cfg, button_type, state_name, "main", theme)


def _sidebar_rows(cfg: ButtonConfig, theme: Theme) -> None:
    # The sidebar is too narrow for three columns of two buttons: one row per type.
    for button_type in BUTTON_TYPES:
        with st.container(key=cell_key(button_type, "sidebar")):
            _heading(cfg, button_type)
            for column, state_name in zip(st.columns(len(STATES)), STATES):
                with column:
                    _button(cfg, button_type, state_name, "sidebar", theme)


def _heading(cfg: ButtonConfig, button_type: ButtonType) -> None:
    current = CURRENT_BADGE if button_type == cfg.type else ""
    st.markdown(code(button_type) + " " + current)


def _button(
    cfg: ButtonConfig,
    button_type: ButtonType,
    state_name: State,
    surface: Surface,
    theme: Theme,
) -> None:
    kind, key = KINDS[cfg.kind], button_key(button_type, state_name, surface)
    # A form's submit button is drawn in a form of its own, as it must be.
    block = kind.block
    with getattr(st, block.function)(**block.bare(key)) if block else nullcontext():
        kind.function(
            **compare_kwargs(cfg, button_type, state_name),
            key=key,
            # A popover's click opens or closes it: its key tells which.
            args=(button_type, key) if kind.clicks.keeps else (button_type,),
            # A popover's click is its on_change.
            **{kind.trigger: adopt_type},
        )
    st.caption(message(figures_text(button_type, surface, state_name, theme)))
