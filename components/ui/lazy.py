"""Panels drawn only while open: an expander that reruns as it opens or closes.

Closed, a panel costs a rerun one element; opened, the rerun it asks for
draws its body from the current state at once. The widgets inside keep
their values while it is closed (``keys.KEPT_WHILE_HIDDEN``).
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator


def open_panel(label: str, *, key: str, icon: str) -> DeltaGenerator | None:
    """The panel to draw into, or None while it is closed."""
    panel = st.expander(label, key=key, icon=icon, on_change="rerun")
    return panel if panel.open else None
