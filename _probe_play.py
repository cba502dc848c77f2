"""The button playground: configure a widget of Streamlit's button family, see
the real widget, copy the code.

Composition only: the session starts the run and reads the controls once;
each panel draws what it is given and returns what happened; the session
takes that, and ends the run. The preview and the log are a fragment: a
click there reruns only them. Panels beyond the preview, the latest run and
the code are drawn only while open (``ui.lazy``).
"""

from __future__ import annotations

import streamlit as st

from components import session
from components.core.kinds import KINDS
from components.core.snapshot import Snapshot
from components.session import app_state, links, paste, presets, theme
from components.ui.accessibility_panel import render_accessibility
from components.ui.chooser_panel import render_chooser
from components.ui.code_panel import render_code_panel, render_under_editor
from components.ui.compare_panel import render_compare
from components.ui.link_panel import render_link_notice, render_share_link
from components.ui.page import render_header
from components.ui.preview import render_preview, render_preview_heading
from components.ui.row_preview import render_row_collisions, render_row_preview
from components.ui.run_log_panel import render_run_log
from components.ui.sidebar import render_sidebar
from components.ui.theme_panel import ThemeActions, render_theme_panel

st.set_page_config(
    page_title="st.button playground",
    # An emoji is drawn in the page (a data: URL); a Material icon makes
    # Streamlit fetch its SVG from fonts.gstatic.com.
    page_icon="🔘",
    layout="wide",
    # Wide enough for the segmented choices and the "Changed from default" pills.
    initial_sidebar_state=400,
)


@st.fragment
def preview_and_log(snap: Snapshot, inside_form: bool) -> None:
    """A click on the preview reruns only this: the preview and the log
    (right under it, so a click there shows up at once) are all it changes."""
    session.start_preview_run(snap)
    cfg = snap.config
    if snap.row is not None:
        played = render_row_preview(
            snap, app_state.seeded_row(snap.row), app_state.on_click_for
        )
        log = session.record_row(snap.row, played)
    else:
        played = render_preview(
            snap, app_state.seeded(cfg), app_state.on_click_for(cfg), inside_form
        )
        log = session.record_preview(played)
    render_run_log(log, KINDS[cfg.kind])


snap = session.start_run()
cfg = snap.config
render_header()
# "Which button do I need?" is asked before any argument is set: right under
# the heading, where a newcomer starts reading (closed: one element).
render_chooser(snap)
render_link_notice(links.problems())
preview_column, code_column = st.columns(2, gap="large")
with preview_column:
    inside_form = render_preview_heading(snap)
    if snap.row is not None:
        # Outside the fragment: a fix changes the code and the sidebar.
        render_row_collisions(snap.row)
    preview_and_log(snap, inside_form)
    session.let_the_page_paint(session.PREVIEW_PAUSE_S)
first = not st.session_state.get('_pg_page_drawn')
import os
SKIP = os.environ.get('SKIP_CODE') and first
with code_column:
  if not SKIP:
      code_view = render_code_panel(snap, paste.editor_key())
      # The paste step: Apply in the editor sets the controls (it reruns to).
      outcome = paste.submit(code_view.response, code_view.code, cfg)
      render_under_editor(code_view, outcome, snap)
      render_share_link(cfg, st.context.url, snap.row, snap.theme)
      session.let_the_page_paint(session.CODE_PAUSE_S)
# The sidebar comes after the main panels: Streamlit streams each element as it
# is drawn, so a changed control reaches the preview, log and code first. Its
# order on the page does not depend on when it is drawn, and every control's
# value was already in session state when the run began.
render_sidebar(snap, presets.applied(snap), presets.upload_problems())
with st.sidebar:
    render_theme_panel(
        snap,
        theme.paste_problems(),
        ThemeActions(theme.apply_picked_preset, theme.paste, theme.reset),
    )
render_compare(snap)
render_accessibility(snap)
session.end_run(snap)
if SKIP and os.environ.get('SKIP_CODE') == 'rerun':
    st.rerun()
