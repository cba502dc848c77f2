"""The preview of a row: the real layout, each member playing its mode in
its place, and above it what Streamlit would refuse in the row, each with
its fix.

Members are played by the lone preview's ``play``: a row is its buttons
side by side, nothing else. Returns what each member saw, for the session
to record; it writes nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components.core.config import ButtonConfig
from components.core.keys import PREVIEW, row_fix_key
from components.core.kinds import KINDS
from components.core.markdown import message
from components.core.played import Played
from components.core.row import (
    IDENTITY,
    Renames,
    Row,
    as_app_keeps,
    as_member_sees,
    collision_sentence,
    collisions,
    state_names,
)
from components.core.snapshot import Snapshot
from components.session.row import add_key
from components.ui.preview import invalid_notice, play, restart_button, returned


def render_row_collisions(row: Row) -> None:
    """Each member Streamlit refuses, said in words, and a key one click away.
    Outside the preview's fragment: the fix changes the code and the sidebar."""
    for index, collision in collisions(row).items():
        st.error(
            message(collision_sentence(row, index, collision)),
            icon=":material/error:",
        )
        field_name = "key" if collision.field == IDENTITY else collision.field
        st.button(
            f"Give button {index + 1} its own `{field_name}`",
            key=row_fix_key(index),
            icon=":material/key:",
            on_click=add_key,
            args=(index, field_name),
        )


def render_row_preview(
    snap: Snapshot,
    app_state: Mapping[str, Any],
    on_click_for: Callable[[ButtonConfig, int, Renames], Callable[..., None]],
) -> list[Played]:
    """The real row, each member playing its mode in its place; returns what
    each member drawn saw."""
    row = snap.row
    assert row is not None
    with st.container(key=PREVIEW, border=True):
        if snap.errors:
            invalid_notice(snap)
        played = _play_row(row, app_state, on_click_for)
        if not any(one.rerun for one in played):
            st.caption(message(_row_returned(row, played)))
    restart_button()
    return played


def _play_row(
    row: Row,
    app_state: Mapping[str, Any],
    on_click_for: Callable[[ButtonConfig, int, Renames], Callable[..., None]],
) -> list[Played]:
    """Each member in its place; Streamlit's refusal of one (a duplicate ID)
    in its place. The app's ``st.rerun()`` stops the row where it is called."""
    if row.layout == "columns":
        places = st.columns(len(row.members), **row.layout_kwargs())
    else:
        box = st.container(horizontal=True, **row.layout_kwargs())
        places = [box] * len(row.members)
    played = []
    names = state_names(row)
    for index, (place, member) in enumerate(zip(places, row.members)):
        # Each member plays its mode on its own state, as the row's code has it.
        seen = as_member_sees(app_state, names[index])
        with place:
            try:
                one = play(
                    member, seen, on_click_for(member, index, names[index]), index
                )
            except StreamlitAPIException as error:
                st.error(message(f"Streamlit raised: {error}"), icon=":material/error:")
                continue
        changes = as_app_keeps(one.changes, names[index])
        played.append(replace(one, member=index, changes=changes))
        if one.rerun:
            break
    return played


def _row_returned(row: Row, played: list[Played]) -> str:
    return "  \n".join(
        f"Button {one.member + 1}: {returned(KINDS[row.members[one.member].kind], one)}"
        for one in played
        if one.member is not None
    )
