"""The live preview: the real st.button, called with the code's own arguments.

Draws only. The button's arguments come from ``call_kwargs``, as the code's do,
and each mode's behaviour matches the pattern ``codegen`` writes for it.
"""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components.codegen import IF_BLOCK_MESSAGE
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
            clicked = draw_button(snap.config)
        except StreamlitAPIException as error:
            # st.button's own refusal, shown as a sentence, never a traceback.
            st.error(f"st.button refused these arguments: {error}")
            return
        st.caption(f"`st.button` returned `{clicked}` on this run.")


def draw_button(cfg: ButtonConfig) -> bool:
    """The button and what its mode does with the click; returns st.button's value."""
    clicked = st.button(**call_kwargs(cfg))
    if cfg.mode == "if_block" and clicked:
        st.success(IF_BLOCK_MESSAGE)
    return clicked
