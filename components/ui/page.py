"""The page's heading: what the playground is, in one line."""

from __future__ import annotations

import streamlit as st

from components.core.markdown import message


def render_header() -> None:
    st.title("st.button playground")
    st.caption(
        message(
            "Pick a widget of the button family and set its arguments in the "
            "sidebar. The preview is the real widget, drawn with exactly the "
            "arguments in the code beside it."
        )
    )
