"""The shareable link: the notice about a link's bad parameters, and the link to copy.

Draws only. The link is the app's own URL (``st.context.url``) with the query
``url_state`` encodes; the page's address bar carries the same query, kept in
step by ``state.follow_in_url``.
"""

from __future__ import annotations

import streamlit as st

from components import state
from components.config import ButtonConfig, listed
from components.state import LINK_DISMISS_KEY
from components.url_state import share_link


def render_link_notice() -> None:
    """One notice listing what the opening link held that could not be used."""
    problems = state.link_problems()
    if not problems:
        return
    with st.container(key="link_notice"):
        st.warning(
            "The link's other settings are applied; these were ignored:\n\n"
            + "\n".join(f"- {line}" for line in listed(problems)),
            icon=":material/link_off:",
        )
        st.button(
            "Dismiss",
            key=LINK_DISMISS_KEY,
            type="tertiary",
            on_click=state.dismiss_link_notice,
        )


def render_share_link(cfg: ButtonConfig) -> None:
    with st.container(key="link_share"):
        st.subheader("Copy link")
        st.code(share_link(st.context.url, cfg), language=None, wrap_lines=True)
        st.caption(
            "Opens the playground with this exact button. Copy it with the "
            "button at the box's right; the address bar holds the same link."
        )
