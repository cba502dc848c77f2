"""The share link in the session: a link read once, on the session's first
run, and the address bar kept as the link to what is shown."""

from __future__ import annotations

import streamlit as st

from components.core.config import ButtonConfig
from components.core.keys import LINK_PROBLEMS
from components.core.links import decode_query, encode_query
from components.core.run_log import LINK
from components.session import run_log
from components.session.controls import apply_config


def apply_link() -> None:
    """Show the config the page's link describes, and keep what it dropped to say so."""
    query = _every_value()
    if not query:
        return
    cfg, problems = decode_query(query)
    apply_config(cfg)
    st.session_state[LINK_PROBLEMS] = problems
    applied = ", ".join(encode_query(cfg)) or "defaults"
    ignored = f"; {len(problems)} ignored" if problems else ""
    run_log.mark(LINK, applied + ignored)


def follow_in_url(cfg: ButtonConfig) -> None:
    """Make the page's URL the link to ``cfg``; written only when it differs."""
    wanted = encode_query(cfg)
    # Every value, not to_dict()'s last ones: a parameter given twice must go.
    if _every_value() != {name: [text] for name, text in wanted.items()}:
        st.query_params.from_dict(wanted)


def _every_value() -> dict[str, list[str]]:
    """The page's query: each parameter with every value the URL gives it."""
    return {name: st.query_params.get_all(name) for name in st.query_params}


def problems() -> list[str]:
    """What the session's opening link held that could not be used."""
    return st.session_state.get(LINK_PROBLEMS, [])


def dismiss_notice() -> None:
    st.session_state[LINK_PROBLEMS] = []
