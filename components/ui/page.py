"""The page's heading: what the playground is, in one line."""

from __future__ import annotations

import streamlit as st

from components.core.markdown import message


def render_header() -> None:
    st.title("st.button playground")
    st.caption(
        message(
            "Set st.button's arguments in the sidebar. The preview is the real button, "
            "drawn with exactly the arguments in the code beside it."
        )
    )
