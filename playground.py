"""st.button playground: configure st.button, see the real button, copy the code.

Composition only: the session's config is read once, then each panel draws it.
"""

from __future__ import annotations

import streamlit as st

from components import state
from components.code_panel import render_code_panel
from components.compare import render_compare
from components.event_log import render_event_log
from components.link_panel import render_link_notice, render_share_link
from components.preview import render_preview
from components.sidebar import render_sidebar

st.set_page_config(
    page_title="st.button playground",
    page_icon=":material/smart_button:",
    layout="wide",
    # Wide enough for the segmented choices and the "Changed from default" pills.
    initial_sidebar_state=400,
)

state.init_controls()
# A paste accepted on the previous run reaches the controls before they are drawn.
state.apply_pending_paste()
snap = state.snapshot()
state.begin_run(snap)
state.follow_in_url(snap.config)

st.title("st.button playground")
st.caption(
    "Set st.button's arguments in the sidebar. The preview is the real button, "
    "drawn with exactly the arguments in the code beside it."
)
render_link_notice()
preview_column, code_column = st.columns(2, gap="large")
with preview_column:
    render_preview(snap)
    # Right under the preview: a click there shows up here at once.
    render_event_log()
with code_column:
    render_code_panel(snap)
    render_share_link(snap.config)
# The sidebar comes after the main panels: Streamlit streams each element as it
# is drawn, so a changed control reaches the preview, log and code first. Its
# order on the page does not depend on when it is drawn, and every control's
# value was already in session state when the run began.
render_sidebar(snap)
render_compare(snap)
