"""The live preview: the real st.button, playing the app its code describes.

Draws only. The button's arguments come from ``call_kwargs``, as the code's
do, and each mode does with the click what ``codegen`` writes for it, with the
same texts and the same session-state names (kept by ``state``).
"""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components import state
from components.codegen import (
    CLICKS_LABEL,
    IF_BLOCK_MESSAGE,
    LAST_CALL_LABEL,
    RERUN_LABEL,
    TOGGLE_MESSAGE,
    mode_state,
)
from components.config import ButtonConfig, call_kwargs
from components.state import Snapshot


def render_preview(snap: Snapshot) -> None:
    st.subheader("Preview")
    with st.container(key="preview", border=True):
        if snap.errors:
            st.info(
                f"Showing the last valid button: {snap.invalid_summary}. "
                "Fix it in the sidebar.",
                icon=":material/info:",
            )
        try:
            clicked = draw_app(snap.config)
        except StreamlitAPIException as error:
            # st.button's own refusal, shown as a sentence, never a traceback.
            st.error(f"st.button refused these arguments: {error}")
            return
        st.caption(f"`st.button` returned `{clicked}` on this run.")


def draw_app(cfg: ButtonConfig) -> bool:
    """The button and what its mode does with the click; returns st.button's value."""
    app = state.app_state(cfg)
    if cfg.mode == "rerun":
        # Drawn above the button: only st.rerun() lets it show this click.
        st.write(RERUN_LABEL, app["clicks"])
    clicked = draw_button(cfg)
    state.note_button(clicked)
    if cfg.mode == "if_block" and clicked:
        st.success(IF_BLOCK_MESSAGE)
    elif cfg.mode == "callback":
        st.write(CLICKS_LABEL, app["clicks"])
        # As the code has it, not as the session has it: an earlier config's
        # last_call may linger there, but this code neither sets nor shows it.
        if "last_call" in mode_state(cfg):
            st.write(LAST_CALL_LABEL, app["last_call"])
    elif cfg.mode == "toggle":
        if clicked:
            state.update_app_state(show_more=not app["show_more"])
        if app["show_more"]:
            st.info(TOGGLE_MESSAGE)
    elif cfg.mode == "rerun" and clicked:
        state.update_app_state(clicks=app["clicks"] + 1)
        state.note_rerun()
        st.rerun()
    return clicked


def draw_button(cfg: ButtonConfig) -> bool:
    """st.button with the code's arguments; in callback mode, the code's callback too."""
    if cfg.mode != "callback":
        return st.button(**call_kwargs(cfg))
    return st.button(
        **call_kwargs(cfg),
        on_click=state.callback_for(cfg),
        args=cfg.args,
        kwargs=dict(cfg.kwargs),
    )
