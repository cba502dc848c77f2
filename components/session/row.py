"""The row of buttons in the session: its members, the one the sidebar edits,
and its layout's settings.

The sidebar's controls always edit one member (``ROW_SELECTED``); the others
wait as configs under ``ROW_MEMBERS``, which keeps every member ever set up,
so a row made smaller and then larger again loses none. The callbacks here
resize the row, pick the member to edit, give a clashing member its key and
show a preset's row.
"""

from __future__ import annotations

from dataclasses import fields, replace

import streamlit as st

from components.core.config import DEFAULT_CONFIG, ButtonConfig
from components.core.keys import (
    LAST_VALID,
    ROW_MEMBER,
    ROW_MEMBERS,
    ROW_SELECTED,
    ROW_SETTING_KEYS,
    ROW_SIZE,
    control_key,
)
from components.core.row import Row, fresh_key
from components.core.run_log import CONTROL, OTHER
from components.session import run_log
from components.session.controls import apply_config

# A lone button, and a row's settings at Row's own defaults.
_STARTS = {ROW_SIZE: 1, ROW_SELECTED: 0} | {
    ROW_SETTING_KEYS[field.name]: field.default
    for field in fields(Row)
    if field.name in ROW_SETTING_KEYS
}


def seed() -> None:
    for key, value in _STARTS.items():
        st.session_state.setdefault(key, value)


def current(cfg: ButtonConfig) -> Row | None:
    """The row shown, ``cfg`` (the controls' config) as its edited member;
    None for a lone button."""
    size = st.session_state[ROW_SIZE]
    if size < 2:
        return None
    selected = _selected()
    members = _members(size)
    members[selected] = cfg
    settings = {name: st.session_state[key] for name, key in ROW_SETTING_KEYS.items()}
    return Row(tuple(members), selected=selected, **settings)


def new_member(index: int) -> ButtonConfig:
    """A member added to the row: st.button, labelled by its place."""
    return replace(DEFAULT_CONFIG, label=f"Button {index + 1}")


def resize() -> None:
    """The size control's change: members are added or set aside (kept for
    later); when the one edited is set aside, the last one left is edited."""
    size = st.session_state[ROW_SIZE]
    members = _kept_with_edited()
    st.session_state[ROW_MEMBERS] = members + [
        new_member(index) for index in range(len(members), size)
    ]
    if _selected() >= size:
        _edit(size - 1)
    # Undrawn while the button was lone, the picker forgot its value.
    st.session_state[ROW_MEMBER] = _selected()
    run_log.mark(CONTROL, f"the row now holds {size} button" + "s" * (size > 1))


def pick_member() -> None:
    """The member picker's change: the controls now edit that member. The
    app's code is unchanged, so the run is not the app's (not logged)."""
    st.session_state[ROW_MEMBERS] = _kept_with_edited()
    _edit(st.session_state[ROW_MEMBER])
    run_log.mark(OTHER, "the row's member picker")


def change_setting(name: str) -> None:
    """A layout setting's change, named in the log as an argument is."""
    run_log.mark(
        CONTROL,
        f"the row's `{name}` is now {st.session_state[ROW_SETTING_KEYS[name]]!r}",
    )


def add_key(index: int, field_name: str) -> None:
    """The fix under a member Streamlit refuses: a key (or a form's key, by
    ``field_name``) that no other member has."""
    row = current(st.session_state[LAST_VALID])
    if row is None:
        return
    key = fresh_key(row, index, field_name)
    if index == row.selected:
        st.session_state[control_key(field_name)] = key
    else:
        members = _kept_with_edited()
        members[index] = ButtonConfig.from_values(
            members[index].flat() | {field_name: key}
        )
        st.session_state[ROW_MEMBERS] = members
    run_log.mark(CONTROL, f"button {index + 1} got the `{field_name}` {key!r}")


def show(row: Row | None, lone: ButtonConfig) -> None:
    """Show a row (its first member in the controls), or a lone button in
    place of the member edited: the row shrinks to it, and the members set
    aside are kept."""
    if row is None:
        # It replaces the member edited; the others wait, as set.
        st.session_state[ROW_MEMBERS] = _kept_with_edited()
        st.session_state[ROW_SIZE] = 1
        apply_config(lone)
        return
    st.session_state[ROW_MEMBERS] = list(row.members)
    st.session_state[ROW_SIZE] = len(row.members)
    for name, key in ROW_SETTING_KEYS.items():
        st.session_state[key] = getattr(row, name)
    _edit(0)


def _edit(index: int) -> None:
    """The controls show member ``index``, and edit it from now on."""
    st.session_state[ROW_SELECTED] = st.session_state[ROW_MEMBER] = index
    apply_config(_members(index + 1)[index])


def _selected() -> int:
    return st.session_state.get(ROW_SELECTED, 0)


def _members(size: int) -> list[ButtonConfig]:
    """The first ``size`` members kept, new ones where none is kept yet."""
    kept = list(st.session_state.get(ROW_MEMBERS, []))[:size]
    return kept + [new_member(index) for index in range(len(kept), size)]


def _kept_with_edited() -> list[ButtonConfig]:
    """Every member kept, the one edited as the controls last held it valid."""
    selected = _selected()
    members = _members(max(selected + 1, len(st.session_state.get(ROW_MEMBERS, []))))
    members[selected] = st.session_state.get(LAST_VALID, DEFAULT_CONFIG)
    return members
