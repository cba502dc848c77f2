"""The controls in the session: seeding, reading them into a snapshot, and
the callbacks that write them from outside (resets, the icon picker, a
compare click, the chooser's switch of kind).

Reading remembers the last valid config, which the preview and code keep
showing while a control holds a bad value.
"""

from __future__ import annotations

import streamlit as st

from components.core.config import (
    DEFAULT_CONFIG,
    ButtonConfig,
    config_warnings,
    default_config,
    value_errors,
)
from components.core.controls import (
    config_values,
    controls_from_config,
    controls_of_every_kind,
    field_keys,
    literal_errors,
    switched_controls,
)
from components.core.keys import (
    ICON_PICKER,
    KIND_SWITCH_NOTE,
    LAST_VALID,
    RESET_PICK,
    SEEDED,
    control_key,
)
from components.core.run_log import COMPARE, RESET
from components.core.snapshot import Snapshot
from components.core.widgets import picker_value
from components.session import run_log


def seed() -> bool:
    """Give every control its starting value; True on the session's first run.

    Runs before any widget is drawn, so writing the controls' keys is allowed.
    """
    first = SEEDED not in st.session_state
    st.session_state[SEEDED] = True
    for key, value in controls_of_every_kind().items():
        st.session_state.setdefault(key, value)
    return first


def snapshot() -> Snapshot:
    """Read the controls, validate them, and choose the config to draw."""
    values = config_values(st.session_state)
    errors = value_errors(values) | literal_errors(st.session_state)
    # Said once, under the kind picker, on the run right after the switch.
    switch = st.session_state.pop(KIND_SWITCH_NOTE, None)
    notes = {"kind": switch} if switch else {}
    if errors:
        config = st.session_state.get(LAST_VALID, DEFAULT_CONFIG)
        return Snapshot(config, values, errors, notes)
    config = ButtonConfig.from_values(values)
    st.session_state[LAST_VALID] = config
    return Snapshot(config, values, {}, config_warnings(config) | notes)


def apply_config(cfg: ButtonConfig) -> None:
    """Show ``cfg`` in every control.

    Call from a callback, or in a run before any widget is drawn: a drawn
    widget's key can't be written.
    """
    st.session_state.update(controls_from_config(cfg))


def switch_kind() -> None:
    """The kind picker's change: keep what the two kinds share, start the new
    kind's own fields from its defaults, and note what was dropped."""
    new = st.session_state[control_key("kind")]
    old = st.session_state.get(LAST_VALID, DEFAULT_CONFIG).kind
    values, dropped = switched_controls(st.session_state, old, new)
    st.session_state.update(values)
    if dropped:
        st.session_state[KIND_SWITCH_NOTE] = dropped


def switch_to_kind(kind_name: str) -> None:
    """The chooser's "Use st.<kind>": the kind picker set to ``kind_name``,
    then exactly the picker's switch. Like the picker's, the run it causes is
    logged as the change of `kind` (no mark: the controls say it)."""
    st.session_state[control_key("kind")] = kind_name
    switch_kind()


def reset_all() -> None:
    apply_config(DEFAULT_CONFIG)
    run_log.mark(RESET, "every argument")


def reset_field(field_name: str) -> None:
    run_log.mark(RESET, f"`{field_name}`")
    kind = st.session_state[control_key("kind")]
    defaults = controls_from_config(default_config(kind))
    for key in field_keys(kind, field_name):
        st.session_state[key] = defaults[key]


def reset_picked_field() -> None:
    """The reset pills reset the field clicked, then forget the click."""
    picked = st.session_state[RESET_PICK]
    if picked is not None:
        reset_field(picked)
    st.session_state[RESET_PICK] = None


def use_picked_icon() -> None:
    """The icon picker writes its choice into the icon text box."""
    picked = st.session_state[ICON_PICKER]
    if picked is not None:
        st.session_state[control_key("icon")] = picked


def use_suggested_icon(icon: str) -> None:
    """The one-click fix under a mistyped icon: the suggestion goes into the box."""
    st.session_state[control_key("icon")] = icon


def show_icon_in_picker() -> None:
    """The picker shows the typed icon when it knows it, and nothing otherwise.

    Called right before the picker is drawn (it is drawn only while its
    popover is open), so the picker always opens on the icon in the box.
    """
    st.session_state[ICON_PICKER] = picker_value(st.session_state[control_key("icon")])


def adopt_type(button_type: str, opened: str | None = None) -> None:
    """A compare button's click: its type becomes the sidebar's type. A
    compare popover (``opened``: its key) adopts on opening, not on closing."""
    if opened is not None and not st.session_state.get(opened):
        return
    st.session_state[control_key("type")] = button_type
    run_log.mark(COMPARE, button_type)
