"""The share link in the session: a link read once, on the session's first
run, and the address bar kept as the link to what is shown."""

from __future__ import annotations

import streamlit as st

from components.core.config import ButtonConfig
from components.core.keys import LINK_PROBLEMS
from components.core.links import (
    ROW_PARAMETER,
    THEME_PARAMETER,
    decode_query,
    decode_row,
    decode_theme,
    encode_query,
)
from components.core.row import Row
from components.core.run_log import LINK
from components.core.theme import Theme
from components.session import row, run_log, theme
from components.session.controls import apply_config


def apply_link() -> None:
    """Show the button or row the page's link describes, and keep what it
    dropped to say so."""
    query = _every_value()
    if not query:
        return
    problems = []
    if THEME_PARAMETER in query:
        shown_theme, problems = decode_theme(query.pop(THEME_PARAMETER))
        theme.apply(shown_theme)
    if ROW_PARAMETER in query:
        shown, row_problems = decode_row(query)
        problems += row_problems
        if shown is not None:
            row.show(shown, shown.members[0])
        applied = f"a row of {len(shown.members)}" if shown else "defaults"
    else:
        cfg, button_problems = decode_query(query)
        problems += button_problems
        apply_config(cfg)
        applied = ", ".join(encode_query(cfg)) or "defaults"
    st.session_state[LINK_PROBLEMS] = problems
    ignored = f"; {len(problems)} ignored" if problems else ""
    run_log.mark(LINK, applied + ignored)


def follow_in_url(cfg: ButtonConfig, shown_row: Row | None, shown_theme: Theme) -> None:
    """Make the page's URL the link to ``cfg`` (or to its row) under its
    theme; written only when it differs."""
    wanted = encode_query(cfg, shown_row, shown_theme)
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
