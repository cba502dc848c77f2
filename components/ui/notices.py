"""The notice that code shown is not black-formatted, shared by the code's tabs."""

from __future__ import annotations

import streamlit as st

from components.core.markdown import message


def formatting_notice(problem: str | None) -> None:
    """Say the code below is not black-formatted, and that it is right all the same."""
    if problem is not None:
        st.info(
            message(
                f"Formatting is unavailable ({problem}), so this code is not "
                "black-formatted. It is valid Python all the same, and draws the "
                "same button."
            ),
            icon=":material/format_align_left:",
        )
