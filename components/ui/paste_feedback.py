"""What the last paste gave, under the editor: why it was refused, with the
call picker and the offer to read several calls as a row; or what was
applied, a call or a row, with its notes."""

from __future__ import annotations

import streamlit as st

from components.core.keys import CALL_PICK, PASTE_AS_ROW
from components.core.markdown import message
from components.core.paste import PasteOutcome
from components.core.row_reader import could_be_a_row
from components.session.paste import pick_call, read_as_row


def render_paste_feedback(outcome: PasteOutcome) -> None:
    """Why the paste was refused, with a call picker; or what was applied, with notes."""
    if outcome.error is not None:
        st.error(
            message(f"{outcome.error} Nothing was changed."),
            icon=":material/error:",
        )
    if outcome.calls:
        by_line = {call.line: call.describe() for call in outcome.calls}
        st.selectbox(
            "Read which call?",
            list(by_line),
            index=None,
            format_func=by_line.__getitem__,
            key=CALL_PICK,
            placeholder="Choose the widget call to read",
            on_change=pick_call,
        )
        if could_be_a_row(len(outcome.calls)):
            st.button(
                f"Read all {len(outcome.calls)} as a row",
                key=PASTE_AS_ROW,
                icon=":material/view_column:",
                help=message(
                    "Each call becomes a button of a row, side by side in "
                    "`st.columns` at Streamlit's defaults."
                ),
                on_click=read_as_row,
            )
    if outcome.row is not None:
        members = len(outcome.row.members)
        st.success(
            message(
                f"Applied a row of {members} buttons in "
                f"`{outcome.row.layout_call()}`; the controls edit button 1."
            ),
            icon=":material/check:",
        )
    if outcome.reading is not None:
        st.success(
            message(
                f"Applied the call on {outcome.reading.call.describe()} "
                f"(mode: {outcome.reading.config.mode})."
            ),
            icon=":material/check:",
        )
        for note in outcome.reading.notes:
            st.info(message(note), icon=":material/info:")
