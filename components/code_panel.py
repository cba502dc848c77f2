"""The code panel: the matching black-formatted snippet, with copy and download.

Draws only. The code comes from ``codegen.generate_code`` for the config the
preview draws, so the two cannot disagree.
"""

from __future__ import annotations

import streamlit as st
from code_editor import code_editor

from components.codegen import generate_code
from components.state import Snapshot

DOWNLOAD_FILE_NAME = "st_button_app.py"

_COPY_BUTTON = {
    "name": "Copy",
    "feather": "Copy",
    "hasText": True,
    "alwaysOn": True,
    "commands": ["copyAll"],
    "style": {"top": "0.4rem", "right": "0.4rem"},
}


def render_code_panel(snap: Snapshot) -> None:
    st.subheader("Code")
    with st.container(key="code"):
        complete = st.toggle(
            "Complete app",
            value=True,
            key="code_complete",
            help="On: a whole script that runs as pasted with `streamlit run`. "
            "Off: only the call, with the arguments that differ from st.button's defaults.",
        )
        if snap.errors:
            st.warning(
                f"This is the code of the last valid button: {snap.invalid_summary}. "
                "Fix it in the sidebar.",
                icon=":material/warning:",
            )
        code_editor(
            generate_code(snap.config, complete=complete),
            lang="python",
            key="code_editor",
            height=[4, 30],
            allow_reset=True,
            buttons=[_COPY_BUTTON],
            # Not read-only: Ace refuses every command in a read-only editor,
            # the editor's own copyAll (the Copy button) included.
            options={"wrap": True},
        )
        st.caption(
            "Edit freely before you copy: Copy takes what the editor shows. "
            "The sidebar sets the button, and a change there rewrites the code."
        )
        st.download_button(
            "Download the app",
            data=generate_code(snap.config, complete=True),
            file_name=DOWNLOAD_FILE_NAME,
            mime="text/x-python",
            key="code_download",
            icon=":material/download:",
            on_click="ignore",
        )
