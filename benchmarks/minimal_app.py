"""The benchmark's minimal app, for context only: one st.button and a click counter.

No controls at all, so it has no figure for a control change; it shows what
Streamlit itself costs for a page load, a click and a rerun on this machine.
"""

from __future__ import annotations

import streamlit as st

with st.container(key="preview", border=True):
    clicked = st.button("Click me")
clicks = st.session_state.get("bench_clicks", 0) + int(clicked)
st.session_state["bench_clicks"] = clicks
with st.container(key="clicks"):
    st.caption(f"Clicks: {clicks}")
