"""The benchmark's bare reference app: the playground's controls and one st.button.

The same sidebar controls as the playground, drawn by the playground's own
modules so they are identical by construction, and the button they describe
in a keyed preview container; a click counter stands in for the rerun log.
Nothing else: no presets gallery, code panel, rerun log, compare panel or
share link. What the playground costs on top of this is what it adds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from components.core.config import call_kwargs
from components.session import controls
from components.ui.sidebar import render_controls


def draw(extras: Callable[[Any], None] = lambda snap: None) -> None:
    """The page; ``extras(snap)`` draws more in the main area, after the counter.

    The hook is the cost table's (``padded_app.py``): this app itself adds nothing.
    """
    # The playground's page layout, so both pages lay out the same sidebar.
    st.set_page_config(
        page_title="bare st.button app", layout="wide", initial_sidebar_state=400
    )
    controls.seed()
    snap = controls.snapshot()
    # The playground's order: the preview first, then the sidebar. Streamlit
    # streams each element as it is drawn, so the order decides how soon the
    # preview shows a change; the same order in both keeps that out of the ratio.
    with st.container(key="preview", border=True):
        clicked = st.button(**call_kwargs(snap.config))
    # The benchmark's own key, not a playground control: it counts preview clicks.
    clicks = st.session_state.get("bench_clicks", 0) + int(clicked)
    st.session_state["bench_clicks"] = clicks
    with st.container(key="clicks"):
        st.caption(f"Clicks: {clicks}")
    extras(snap)
    with st.sidebar:
        render_controls(snap)


# Streamlit runs the script as __main__; padded_app.py imports it to reuse draw.
if __name__ == "__main__":
    draw()
