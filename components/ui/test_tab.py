"""The code panel's "Copy as test" tab: the pytest test of the app, in the form chosen.

The default form tests the app file beside it (``testgen``'s
``AppTest.from_file``), so the user's own file is what is tested; the second
form carries the app inside, for a bug report or a gist. Drawn only while
its tab is open (see ``code_panel``).
"""

from __future__ import annotations

import streamlit as st

from components.core.keys import CODE_TEST_DOWNLOAD, CODE_TEST_FORM
from components.core.markdown import message
from components.core.snapshot import Snapshot
from components.core.testgen import (
    APP_FILE_NAME,
    TEST_FILE_NAME,
    formatting_problem_of_test,
    generate_test,
)
from components.ui.notices import formatting_notice

BESIDE = "Tests the app file beside it (default)"
SELF_CONTAINED = "Self-contained (for a bug report)"


def render_test_tab(snap: Snapshot) -> None:
    """The choice of form, what to do with the test, the test, its download."""
    form = st.segmented_control(
        "Test form",
        [BESIDE, SELF_CONTAINED],
        default=BESIDE,
        required=True,
        key=CODE_TEST_FORM,
        label_visibility="collapsed",
    )
    self_contained = form == SELF_CONTAINED
    if self_contained:
        st.caption(
            message(
                "A pytest test that carries the app inside it, for a bug report or "
                f"a gist: save it as `{TEST_FILE_NAME}` and run `pytest`. It tests "
                "its own copy of the app, not your file."
            )
        )
    else:
        clicked = "each of the row's buttons" if snap.row else "the widget"
        st.caption(
            message(
                f"A pytest test of your app with Streamlit's AppTest: it clicks {clicked} "
                "and checks what the on-click mode does (a link it checks "
                "where it goes; a popover, what it holds and whether it keeps its "
                "open state: AppTest opens neither), and says what "
                f"broke when your app no longer does it. Save the app as "
                f"`{APP_FILE_NAME}`, the test as `{TEST_FILE_NAME}` beside it, "
                "and run `pytest`."
            )
        )
    formatting_notice(
        formatting_problem_of_test(snap.shown, self_contained=self_contained)
    )
    test = generate_test(snap.shown, self_contained=self_contained)
    st.code(test, language="python")
    st.download_button(
        "Download the test",
        data=test,
        file_name=TEST_FILE_NAME,
        mime="text/x-python",
        key=CODE_TEST_DOWNLOAD,
        icon=":material/download:",
        on_click="ignore",
    )
