"""The shareable link: the notice about a link's bad parameters, and the link to copy.

The link is the app's own URL with the query ``core.links`` encodes; the
page's address bar carries the same query, kept in step by the session.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.core.config import ButtonConfig
from components.core.keys import (
    LINK_DISMISS,
    LINK_NOTICE,
    LINK_SHARE,
    LINK_SHARE_OPEN,
)
from components.core.links import share_link
from components.core.markdown import message, message_list
from components.core.row import Row
from components.core.theme import Theme
from components.session.links import dismiss_notice
from components.ui.lazy import open_panel


def render_link_notice(problems: Sequence[str]) -> None:
    """One notice listing what the opening link held that could not be used."""
    if not problems:
        return
    with st.container(key=LINK_NOTICE):
        st.warning(
            message("The link's other settings are applied; these were ignored:")
            + "\n\n"
            + message_list(problems),
            icon=":material/link_off:",
        )
        st.button(
            "Dismiss",
            key=LINK_DISMISS,
            type="tertiary",
            on_click=dismiss_notice,
        )


def render_share_link(
    cfg: ButtonConfig, page_url: str | None, row: Row | None, theme: Theme
) -> None:
    """The link in a panel drawn only while open: the address bar holds it too."""
    panel = open_panel("Copy link", key=LINK_SHARE_OPEN, icon=":material/link:")
    if panel is None:
        return
    with panel, st.container(key=LINK_SHARE):
        st.code(share_link(page_url, cfg, row, theme), language=None, wrap_lines=True)
        st.caption(
            message(
                f"Opens the playground with this exact {'row' if row else 'button'}"
                f"{' and theme' if theme else ''}. "
                "Copy it with the "
                "button at the box's right; the address bar holds the same link."
            )
        )
