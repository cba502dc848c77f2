"""The sidebar's row section: how many buttons stand side by side and, for
a row, which one the controls below edit and the layout that holds them.

The layout's widgets are drawn only for a row; the session keeps their
values meanwhile (``KEPT_WHILE_HIDDEN``).
"""

from __future__ import annotations

import streamlit as st

from components.core.keys import ROW_MEMBER, ROW_SETTING_KEYS, ROW_SIZE
from components.core.markdown import message
from components.core.row import (
    ALIGNMENTS,
    GAPS,
    LAYOUT_CALLS,
    LAYOUTS,
    MAX_MEMBERS,
    Row,
)
from components.core.snapshot import Snapshot
from components.session.row import change_setting, pick_member, resize


def render_row_controls(snap: Snapshot) -> None:
    """How many buttons stand side by side; with more than one, which the
    controls below edit, and the layout that holds them."""
    st.segmented_control(
        "Buttons in a row",
        range(1, MAX_MEMBERS + 1),
        key=ROW_SIZE,
        required=True,
        on_change=resize,
        # Either would set the edited button aside as last valid: the bad
        # value typed would be lost.
        disabled=bool(snap.errors),
        help=message(
            "One: a lone button. Two to six: a row of them, laid out with "
            "`st.columns` or `st.container(horizontal=True)`, each configured "
            "on its own."
        ),
    )
    if snap.errors:
        st.caption(
            message("Fix the invalid argument below to change the row or its button.")
        )
    if snap.row is not None:
        _row_controls(snap.row, bool(snap.errors))


def _row_controls(row: Row, invalid: bool) -> None:
    labels = [
        member.label.splitlines()[0][:16] if member.label.strip() else "…"
        for member in row.members
    ]
    st.segmented_control(
        "Edit button",
        range(len(row.members)),
        key=ROW_MEMBER,
        required=True,
        format_func=lambda index: f"{index + 1} · {labels[index]}",
        on_change=pick_member,
        disabled=invalid,
        help=message("The arguments below set this button of the row."),
    )
    st.segmented_control(
        "layout",
        LAYOUTS,
        key=ROW_SETTING_KEYS["layout"],
        required=True,
        format_func=LAYOUT_CALLS.get,
        on_change=change_setting,
        args=("layout",),
        help=message(
            "`st.columns`: one column each, equal widths. "
            "`st.container(horizontal=True)`: side by side at their own widths."
        ),
    )
    st.selectbox(
        "gap",
        GAPS,
        key=ROW_SETTING_KEYS["gap"],
        on_change=change_setting,
        args=("gap",),
        help=message("The space between the buttons."),
    )
    alignment = row.alignment_argument
    st.segmented_control(
        alignment,
        ALIGNMENTS[row.layout],
        key=ROW_SETTING_KEYS[alignment],
        required=True,
        on_change=change_setting,
        args=(alignment,),
        help=message(f"The layout's `{alignment}`."),
    )
