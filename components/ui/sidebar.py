"""The sidebar: the presets, then one control per field of the kind with its message.

Each control sits in its own keyed container (``field_<name>``) with its
error or warning under it, keyed ``ctl_<name>`` and drawn on every run (an
undrawn widget loses its value); a control that does not apply is disabled,
not hidden. Which widget a field gets is its control's (``core.widgets``);
values are seeded by the session, so no widget passes a default of its own.
The one exception to "drawn on every run" is the icon picker, a helper
holding no argument: it is built only while its popover is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from components.core.arguments import ON_CLICK, SECTIONS, Argument
from components.core.controls import CALLBACK_ARGUMENTS
from components.core.keys import (
    ICON_PICKER,
    ICON_POPOVER,
    ICON_SUGGESTION,
    RESET_ALL,
    RESET_PICK,
    WIDTH_PX,
    control_key,
    field_key,
)
from components.core.kinds import KINDS, kind_named
from components.core.markdown import message
from components.core.modes import MODES
from components.core.presets import Preset
from components.core.rules import MAX_PIXEL_WIDTH, icon_suggestion
from components.core.snapshot import Snapshot
from components.core.text import code_span
from components.core.widgets import (
    ICON_PICKER_OPTIONS,
    Choice,
    Flag,
    Icon,
    Literal,
    Text,
    Width,
)
from components.session.controls import (
    reset_all,
    reset_picked_field,
    show_icon_in_picker,
    switch_kind,
    use_picked_icon,
    use_suggested_icon,
)
from components.ui.preset_panel import render_presets
from components.ui.row_controls import render_row_controls

TITLES = {"kind": "widget", "mode": "on-click mode"}
PICKER_HELP = "Search Streamlit's own list of Material icons by name."
PIXELS_LABEL = f"width in pixels, 1 to {MAX_PIXEL_WIDTH:,}"
PIXELS_HELP = (
    f"The button's width in pixels: a whole number from 1 to {MAX_PIXEL_WIDTH:,}, "
    "Streamlit's ceiling. The box refuses any other number."
)


def render_sidebar(
    snap: Snapshot, applied: Preset | None, upload_problems: Sequence[str]
) -> None:
    with st.sidebar:
        render_presets(snap, applied, upload_problems)
        render_row_controls(snap)
        render_controls(snap)


def render_controls(snap: Snapshot) -> None:
    """The controls and resets, without the presets.

    Apart so the benchmark's bare app (``benchmarks/bare_app.py``) draws the
    very same controls and nothing else.
    """
    kind = kind_named(snap.values["kind"])
    member = ""
    if snap.row is not None:
        member = f"Button {snap.row.selected + 1} of {len(snap.row.members)}: "
    st.header(f"{member}{kind.call_name} arguments")
    _reset_section(snap, kind.call_name)
    _field(snap, kind.fields[0])
    for section in SECTIONS:
        st.subheader(section)
        on_click = list(ON_CLICK.values()) if section == "Behaviour" else []
        for field in on_click + [a for a in kind.settings if a.section == section]:
            _field(snap, field)


def _reset_section(snap: Snapshot, call_name: str) -> None:
    """What differs from the defaults; a click on one resets it.

    One widget for all fields: a reset button beside each control cost about
    8 ms a rerun, nearly half the script, and listed nothing at a glance.
    """
    changed = snap.changed_fields
    st.pills(
        "Changed from default",
        changed,
        key=RESET_PICK,
        format_func=lambda name: f"{name} :material/close:",
        help=message("The arguments your code passes. Click one to reset it."),
        on_change=reset_picked_field,
    )
    if not changed:
        st.caption(message(f"Every argument is at {call_name}'s default."))
    st.button(
        "Reset all",
        key=RESET_ALL,
        icon=":material/restart_alt:",
        help=message(f"Set every argument back to {call_name}'s default."),
        on_click=reset_all,
        disabled=not changed,
        width="stretch",
    )


def _field(snap: Snapshot, field: Argument) -> None:
    """The field's control, what goes with it, and its message below them."""
    with st.container(key=field_key(field.name)):
        _control(snap, field)
        if field.name in snap.errors:
            st.error(message(snap.errors[field.name]), icon=":material/error:")
            if field.name == "icon":
                _icon_fix(snap.values["icon"])
        elif field.name in snap.warnings:
            st.warning(message(snap.warnings[field.name]), icon=":material/warning:")


def _icon_fix(value: Any) -> None:
    """One click puts the "did you mean" icon into the box (no retyping)."""
    hint = icon_suggestion(value)
    if hint is not None:
        st.button(
            message(f"Use {code_span(hint)}"),
            key=ICON_SUGGESTION,
            icon=":material/auto_fix_high:",
            on_click=use_suggested_icon,
            args=(hint,),
        )


def _control(snap: Snapshot, field: Argument) -> None:
    control, name = field.control, field.name
    common: dict[str, Any] = {
        "label": TITLES.get(name, name),
        "key": control_key(name),
        "help": message(field.help),
    }
    if isinstance(control, Literal):
        mode = MODES.get(snap.values["mode"])
        st.text_input(
            **common,
            placeholder=control.example,
            # Outside a callback mode its boxes keep their text for later, unused.
            disabled=name in CALLBACK_ARGUMENTS and (mode is None or not mode.callback),
        )
    elif isinstance(control, Icon):
        # The picker follows the box: it shows the typed icon when it knows it.
        _text_box(control, common, on_change=show_icon_in_picker)
        _icon_picker()
    elif isinstance(control, Text):
        _text_box(control, common)
    elif isinstance(control, Flag):
        st.toggle(**common)
    elif isinstance(control, Width):
        st.segmented_control(options=control.choices, required=True, **common)
        # Streamlit's box refuses, at the box, a number outside these bounds
        # (its message names them); unbounded, it held a number past 2**53
        # without sending it, while the preview kept the old width.
        st.number_input(
            PIXELS_LABEL,
            key=WIDTH_PX,
            min_value=1,
            max_value=MAX_PIXEL_WIDTH,
            step=10,
            help=message(PIXELS_HELP),
            disabled=isinstance(snap.values["width"], str),
        )
    elif name == "mode":
        _mode_choice(snap, common, field.help)
    elif name == "kind":
        st.selectbox(
            options=list(KINDS),
            format_func=lambda kind: f"st.{kind}",
            on_change=switch_kind,
            **common,
        )
    elif isinstance(control, Choice) and control.widget == "selectbox":
        st.selectbox(options=control.choices, **common)
    elif isinstance(control, Choice):
        st.segmented_control(options=control.choices, required=True, **common)


def _text_box(control: Text, common: dict[str, Any], **more: Any) -> None:
    # No max_chars on a field's box: Streamlit would draw a counter against
    # it (not the field's limit) and drop a longer paste without a word. The
    # field's rule refuses an over-long text by name under the box instead.
    if control.widget == "text_area":
        st.text_area(**common, **more, height=68)
    else:
        st.text_input(**common, **more, placeholder=control.placeholder)


def _mode_choice(snap: Snapshot, common: dict[str, Any], field_help: str) -> None:
    """What the click does: the modes the kind takes, each explained in the help."""
    kind = kind_named(snap.values["kind"])
    helps = " ".join(kind.mode_help(mode) for mode in kind.mode_names)
    st.radio(
        options=kind.mode_names,
        format_func=kind.mode_title,
        # Drawn all the same: an undrawn widget would lose its value.
        disabled=not kind.has_on_click,
        **common | {"help": message(f"{field_help} {helps}")},
    )
    if not kind.has_on_click:
        st.caption(
            message(
                f"{kind.call_name} takes no on_click: a click opens its page and "
                "runs none of the script."
            )
        )


def _icon_picker() -> None:
    # Its thousands of options are built and sent only while the popover is
    # open: drawn on every run, they were the sidebar's dearest element.
    popover = st.popover(
        "Pick a Material icon",
        key=ICON_POPOVER,
        icon=":material/search:",
        help=message(PICKER_HELP),
        # Opening it fills the picker with the icon in the box.
        on_change=show_icon_in_picker,
        width="stretch",
    )
    if not popover.open:
        return
    with popover:
        st.selectbox(
            "Material icon",
            ICON_PICKER_OPTIONS,
            index=None,
            key=ICON_PICKER,
            placeholder=f"Search {len(ICON_PICKER_OPTIONS) - 1:,} icons…",
            on_change=use_picked_icon,
        )
