"""The sidebar: one control per st.button argument with its message, and the resets.

Draws only. Every control is keyed ``ctl_<field>`` and drawn on every run
(an undrawn widget loses its value); controls that do not apply are disabled,
not hidden. Values are seeded by ``state.init_controls``, so no widget here
passes a default of its own. The one exception to "drawn on every run" is the
icon picker, a helper holding no argument: it is built only while its popover
is open, and opens on the icon in the box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from components import state
from components.config import (
    BUTTON_TYPES,
    CALLBACK_MODES,
    ICON_POSITIONS,
    MODES,
)
from components.controls import (
    ICON_PICKER_KEY,
    ICON_PICKER_OPTIONS,
    ICON_POPOVER_KEY,
    LITERAL_EXAMPLES,
    MAX_BOX_CHARS,
    WIDTH_CHOICES,
    WIDTH_PX_KEY,
    WRAP_CHOICES,
    control_key,
)
from components.presets_panel import render_presets
from components.state import RESET_PICK_KEY, Snapshot

HELP = {
    "label": "The button's text. Markdown works: **bold**, *italics*, `code`, "
    "links, and :material/icons: inline. May be empty when an icon is set.",
    "key": "A stable identity for the widget. Without one, Streamlit derives "
    "the identity from the other arguments, so changing them makes a new widget.",
    "help": "A tooltip shown on hover. Markdown works.",
    "type": "primary: the app's primary colour for the main action. "
    "secondary (default): normal emphasis. tertiary: plain text, no border.",
    "icon": "A single emoji, a Material icon as `:material/name:`, or `spinner`. "
    "Type it here, or pick a Material icon below.",
    "icon_picker": "Search Streamlit's own list of Material icons by name.",
    "icon_position": "Which side of the label the icon sits on.",
    "disabled": "A disabled button can't be clicked and always returns False.",
    "width": "content: as wide as the label. stretch: as wide as the container. "
    "pixels: a fixed width, capped at the container's width.",
    "width_px": "The button's width in pixels: a whole number of at least 1.",
    "shortcut": "A key that clicks the button, e.g. `K`, `Ctrl+K`, `Cmd+Shift+O`, "
    "`Enter`, `F2`. C and R are reserved by Streamlit.",
    "wrap": "auto: Streamlit decides by layout. on: a long label wraps onto more "
    "lines. off: one line, truncated with an ellipsis.",
    "mode": "What your app does with the click. plain: the bare call. "
    "if block: its body runs on the click's rerun only. callback: on_click runs "
    "before the script reruns. toggle: session state flips to reveal content. "
    "st.rerun: the click updates state and reruns at once, so content above "
    "the button shows it.",
    "args": "Positional arguments for the callback, as a Python tuple literal: "
    "(1, 'a'), or (500,) for one. Read as a literal, never run.",
    "kwargs": "Keyword arguments for the callback, as a Python dict literal: "
    "{'limit': 500}. Keys become the callback's parameter names.",
}

MODE_NAMES = {
    "plain": "plain call",
    "if_block": "if st.button(...):",
    "callback": "on_click callback",
    "toggle": "toggle session state",
    "rerun": "update state, then st.rerun()",
}


def render_sidebar(snap: Snapshot) -> None:
    with st.sidebar:
        render_presets(snap)
        render_controls(snap)


def render_controls(snap: Snapshot) -> None:
    """The st.button arguments' controls and resets, without the presets.

    Apart so the benchmark's bare app (``benchmarks/bare_app.py``) draws the
    very same controls and nothing else.
    """
    st.header("st.button arguments")
    _reset_section(snap)
    _content_section(snap)
    _behaviour_section(snap)
    _style_section(snap)


def _reset_section(snap: Snapshot) -> None:
    """What differs from st.button's defaults; a click on one resets it.

    One widget for all fields: a reset button beside each control cost about
    8 ms a rerun, nearly half the script, and listed nothing at a glance.
    """
    changed = snap.changed_fields
    st.pills(
        "Changed from default",
        changed,
        key=RESET_PICK_KEY,
        format_func=lambda name: f"{name} :material/close:",
        help="The arguments your code passes. Click one to reset it.",
        on_change=state.reset_picked_field,
    )
    if not changed:
        st.caption("Every argument is at st.button's default.")
    st.button(
        "Reset all",
        key="reset_all",
        icon=":material/restart_alt:",
        help="Set every argument back to st.button's default.",
        on_click=state.reset_all,
        disabled=not changed,
        width="stretch",
    )


def _content_section(snap: Snapshot) -> None:
    st.subheader("Content")
    _control(snap, "label", st.text_area, height=68, max_chars=MAX_BOX_CHARS)
    _control(
        snap,
        "icon",
        st.text_input,
        placeholder="🔥, :material/thumb_up: or spinner",
        max_chars=MAX_BOX_CHARS,
    )
    _icon_picker()
    _control(
        snap,
        "icon_position",
        st.segmented_control,
        ICON_POSITIONS,
        required=True,
    )
    _control(snap, "help", st.text_area, height=68, max_chars=MAX_BOX_CHARS)


def _icon_picker() -> None:
    # Its thousands of options are built and sent only while the popover is
    # open: drawn on every run, they were the sidebar's dearest element.
    popover = st.popover(
        "Pick a Material icon",
        key=ICON_POPOVER_KEY,
        icon=":material/search:",
        help=HELP["icon_picker"],
        on_change="rerun",
        width="stretch",
    )
    if not popover.open:
        return
    state.show_icon_in_picker()
    with popover:
        st.selectbox(
            "Material icon",
            ICON_PICKER_OPTIONS,
            index=None,
            key=ICON_PICKER_KEY,
            placeholder=f"Search {len(ICON_PICKER_OPTIONS) - 1:,} icons…",
            on_change=state.use_picked_icon,
        )


def _style_section(snap: Snapshot) -> None:
    st.subheader("Style")
    _control(snap, "type", st.segmented_control, BUTTON_TYPES, required=True)
    _control(
        snap,
        "width",
        st.segmented_control,
        WIDTH_CHOICES,
        required=True,
        # The pixel box is the width's second half: its message goes below it.
        below=lambda: st.number_input(
            "width in pixels",
            key=WIDTH_PX_KEY,
            step=10,
            help=HELP["width_px"],
            disabled=isinstance(snap.values["width"], str),
        ),
    )
    _control(snap, "wrap", st.segmented_control, WRAP_CHOICES, required=True)


def _behaviour_section(snap: Snapshot) -> None:
    """What the click does first: the on-click mode is what the log teaches."""
    st.subheader("Behaviour")
    _control(
        snap,
        "mode",
        st.radio,
        MODES,
        title="on-click mode",
        format_func=MODE_NAMES.__getitem__,
    )
    # Outside a callback mode the boxes keep their text for later, unused.
    no_callback = snap.values["mode"] not in CALLBACK_MODES
    for name in ("args", "kwargs"):
        _control(
            snap,
            name,
            st.text_input,
            placeholder=LITERAL_EXAMPLES[name],
            max_chars=MAX_BOX_CHARS,
            disabled=no_callback,
        )
    _control(snap, "disabled", st.toggle)
    _control(
        snap, "shortcut", st.text_input, placeholder="Ctrl+K", max_chars=MAX_BOX_CHARS
    )
    _control(snap, "key", st.text_input, placeholder="None", max_chars=MAX_BOX_CHARS)


def _control(
    snap: Snapshot,
    field_name: str,
    widget: Callable[..., object],
    *options: object,
    title: str | None = None,
    below: Callable[[], object] | None = None,
    **widget_kwargs: Any,
) -> None:
    """The field's widget with its message below it.

    The widget is labelled with the argument's name (or ``title``), keyed
    ``ctl_<field>`` and given the argument's help text.
    """
    widget(
        title or field_name,
        *options,
        key=control_key(field_name),
        help=HELP[field_name],
        **widget_kwargs,
    )
    if below is not None:
        below()
    if field_name in snap.errors:
        st.error(snap.errors[field_name], icon=":material/error:")
    elif field_name in snap.warnings:
        st.warning(snap.warnings[field_name], icon=":material/warning:")
