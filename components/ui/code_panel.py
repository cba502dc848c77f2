"""The code panel: the matching app's code, editable and read back, and its test.

The code comes from ``codegen.generate_code`` for the config the preview
draws, so the two cannot disagree. The editor takes edits and pastes: its
Apply button or Ctrl+Enter returns the text, which the session's paste step
reads with ``snippet_parser`` (never runs it) to set the controls; what it
gave is shown under the editor by ``render_paste_outcome``. Under it, the
app's download and "Download as a project" (``project``, zipped on the
click). The "Copy as test" tab (``test_tab``) shows ``testgen``'s pytest test
of the same app.

Both dependencies may fail and the panel still works, saying so: without
black the code is shown unformatted (valid all the same); without
streamlit-code-editor it is shown by ``st.code``, which has a copy button of
its own, with a plain paste box and Apply to set the controls from code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

import streamlit as st

from components.core.codegen import formatting_problem, generate_code
from components.core.keys import (
    CODE,
    CODE_COMPLETE,
    CODE_DOWNLOAD,
    CODE_EDITOR,
    CODE_PROJECT_DOWNLOAD,
    CODE_VIEW,
    PLAIN_APPLY,
    PLAIN_PASTE,
    PLAIN_PASTE_FORM,
)
from components.core.markdown import message, strong
from components.core.paste import PasteOutcome
from components.core.project import PROJECT_FILE_NAME, project_zip
from components.core.snapshot import Snapshot
from components.core.snippet_parser import MAX_SOURCE_BYTES
from components.core.testgen import APP_FILE_NAME
from components.session.paste import submit_plain
from components.ui.editor_style import offline_editor
from components.ui.notices import formatting_notice
from components.ui.paste_feedback import render_paste_feedback
from components.ui.test_tab import render_test_tab

try:
    from code_editor import code_editor

    HAS_EDITOR = True
except ImportError:
    HAS_EDITOR = False

    # Without streamlit-code-editor, a stand-in takes the editor's call and
    # draws the fallback; it returns no response, so no paste is submitted.
    def code_editor(code: str, **_editor_options: Any) -> None:
        _code_without_editor(code)


DOWNLOAD_FILE_NAME = APP_FILE_NAME
APP_TAB, TEST_TAB = "App", "Copy as test"

# The editor's buttons sit in a bar of their own above the code, so they
# never cover the end of its first line; the bar names the file, as the
# download does. The bar is the component's "info" bar, drawn in the editor's
# flex column; order -1 puts it first (the component gives Ace order 3).
_BAR_HEIGHT = "2.5rem"  # the component's button height
_INFO_BAR = {
    "name": "code_file_bar",
    "style": {
        "order": "-1",
        "display": "flex",
        "alignItems": "center",
        "height": _BAR_HEIGHT,
        "padding": "0 0.75rem",
        "fontSize": "0.85rem",
        "borderRadius": "8px 8px 0 0",
    },
    # A translucent grey reads on a light and on a dark theme alike; the
    # bar's message slot (for the component's infoMessage command) is unused.
    "css": (
        "background-color: rgba(151, 166, 195, 0.25);\n"
        "span { opacity: 0.7; }\n"
        ".code_editor-info.message { display: none; }\n"
    ),
    "info": [{"name": DOWNLOAD_FILE_NAME}],
}
# The editor's own corners: square at the top, under the bar.
_EDITOR_PROPS = {"style": {"borderRadius": "0 0 8px 8px"}}
_COPY_BUTTON = {
    "name": "Copy",
    "feather": "Copy",
    "hasText": True,
    "alwaysOn": True,
    "commands": ["copyAll"],
    "style": {"top": "0", "right": "0.4rem"},
}
# Sends the editor's text as a "submit", as Ctrl+Enter (Cmd+Enter on a Mac) does.
_APPLY_BUTTON = {
    "name": "Apply",
    "feather": "CornerDownLeft",
    "primary": True,
    "hasText": True,
    "alwaysOn": True,
    "commands": ["submit"],
    "style": {"top": "0", "right": "5.2rem"},
}


@dataclass(frozen=True)
class CodeView:
    """What the panel drew: the editor's response this run, the code it was
    given, and the tab that holds it, for what goes under it."""

    response: Any
    code: str
    app_tab: Any


def render_code_panel(snap: Snapshot, editor_key: str = CODE_EDITOR) -> CodeView:
    """The code's tabs and the editor; what goes under the editor comes after
    the paste step, from ``render_under_editor``."""
    st.subheader("Code")
    with st.container(key=CODE):
        # The test is built only while its tab is open: a new config costs
        # black another pass for it. Switching tabs reruns to draw it.
        app_tab, test_tab = st.tabs(
            [APP_TAB, TEST_TAB], key=CODE_VIEW, on_change="rerun"
        )
        with app_tab:
            # Drawn even while hidden: the editor keeps its text and response.
            response, code = _app_code(snap, editor_key)
        with test_tab:
            if test_tab.open:
                render_test_tab(snap)
    return CodeView(response, code, app_tab)


def _app_code(snap: Snapshot, editor_key: str) -> tuple[Any, str]:
    complete = st.toggle(
        "Complete app",
        value=True,
        key=CODE_COMPLETE,
        help=message(
            "On: a whole script that runs as pasted with `streamlit run`. "
            "Off: only the call, with the arguments that differ from the defaults."
        ),
    )
    if snap.errors:
        st.warning(
            message(
                f"This is the code of the last valid button: {snap.invalid_summary}. "
                "Fix it in the sidebar."
            ),
            icon=":material/warning:",
        )
    coloured = snap.coloured
    formatting_notice(
        formatting_problem(snap.shown, complete=complete, key_colour=coloured)
    )
    editor_code = generate_code(snap.shown, complete=complete, key_colour=coloured)
    response = code_editor(
        editor_code,
        lang="python",
        # New after an accepted paste (the session's ``editor_key``): the
        # editor keeps the user's text until the code it is given changes,
        # and a paste of the config shown changes no code.
        key=editor_key,
        height=[4, 30],
        allow_reset=True,
        buttons=[_COPY_BUTTON, _APPLY_BUTTON],
        info=_INFO_BAR,
        # Its own theme and font would come from fonts.googleapis.com.
        **offline_editor(_EDITOR_PROPS),
        # Not read-only: Ace refuses every command in a read-only editor,
        # the editor's own copyAll (the Copy button) included.
        options={"wrap": True},
    )
    return response, editor_code


def render_under_editor(
    view: CodeView, outcome: PasteOutcome | None, snap: Snapshot
) -> None:
    """Under the editor: what the last paste gave, how to paste, the download."""
    with view.app_tab:
        if outcome is not None:
            render_paste_feedback(outcome)
        # Without the editor, the fallback's own notice says how to copy and paste.
        if HAS_EDITOR:
            st.caption(
                message(
                    "Edit the code or paste your own call of a button widget, then press "
                )
                + strong("Apply")
                + message(
                    " (or Ctrl+Enter) to set the controls from it: it is "
                    "read, never run. Copy takes what the editor shows."
                )
            )
        st.download_button(
            "Download the app",
            # Built on the click: an ordinary rerun stores no file.
            data=partial(
                generate_code, snap.shown, complete=True, key_colour=snap.coloured
            ),
            file_name=DOWNLOAD_FILE_NAME,
            mime="text/x-python",
            key=CODE_DOWNLOAD,
            icon=":material/download:",
            on_click="ignore",
        )
        st.download_button(
            "Download as a project",
            # Zipped on the click: no cost on ordinary reruns.
            data=partial(project_zip, snap.shown, snap.theme, snap.coloured),
            file_name=PROJECT_FILE_NAME,
            mime="application/zip",
            key=CODE_PROJECT_DOWNLOAD,
            icon=":material/folder_zip:",
            help=message(
                "The app, its theme's `.streamlit/config.toml` when one is set, its "
                "test, pinned requirements and a README, zipped: unpack it, then "
                "`streamlit run streamlit_app.py`, or `pytest`."
            ),
            on_click="ignore",
        )


# --- when a dependency fails ---------------------------------------------------


def _code_without_editor(code: str) -> None:
    """The code read-only in ``st.code``, and a plain box to paste code into the controls."""
    st.warning(
        message(
            "The code editor (streamlit-code-editor) is unavailable, so the code "
            "is shown read-only: copy it with the button at its top right. To set "
            "the controls from code, paste it into the box below and press Apply."
        ),
        icon=":material/warning:",
    )
    st.code(code, language="python")
    with st.form(key=PLAIN_PASTE_FORM, border=False):
        st.text_area(
            "Code to read into the controls",
            key=PLAIN_PASTE,
            max_chars=MAX_SOURCE_BYTES,
            placeholder='st.button("Save", type="primary")',
            help=message("A whole script or one widget call: it is read, never run."),
        )
        st.form_submit_button(
            "Apply",
            key=PLAIN_APPLY,
            icon=":material/keyboard_return:",
            on_click=submit_plain,
            args=(code,),
        )
