"""This session's page theme: the user's theme, sent the way config.toml's is.

Streamlit has no per-session theme API: the server puts config.toml's
``[theme]`` into the ``new_session`` message that starts every run, and the
frontend redraws under it when it changes. So this session's own
``AppSession`` gets its own copy of that message's maker, which writes the
user's theme instead. Every page is then drawn by Streamlit's own frontend
exactly as an app started with that config.toml, and no other session or
process-wide option is touched.

Private API (``AppSession._create_new_session_message``), pinned by
``tests/unit/test_theme_channel.py``. Without a server (AppTest), there is
no page to theme, and nothing is sent.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit.proto.NewSession_pb2 import CustomThemeConfig
from streamlit.runtime.theme_util import parse_fonts_with_source
from streamlit.string_util import to_snake_case

from components.core.theme import NO_THEME, Theme, split_path
from components.session import app_session

_THEME = "_pg_theme"  # the theme on this session's AppSession
_BASES = {
    "light": CustomThemeConfig.BaseTheme.LIGHT,
    "dark": CustomThemeConfig.BaseTheme.DARK,
}


def send(theme: Theme) -> None:
    """Draw this session's page in ``theme`` from the next run on; a change
    reruns at once, as the run that starts carries the theme."""
    session = app_session.current()
    if session is None:
        return
    if not hasattr(session, _THEME):
        _install(session)
    if getattr(session, _THEME) != theme:
        setattr(session, _THEME, theme)
        st.rerun()


def _install(session: Any) -> None:
    make_message = session._create_new_session_message

    def themed_message(*args: Any, **kwargs: Any) -> Any:
        msg = make_message(*args, **kwargs)
        write_theme(msg.new_session, getattr(session, _THEME))
        return msg

    setattr(session, _THEME, NO_THEME)
    session._create_new_session_message = themed_message


def write_theme(new_session: Any, theme: Theme) -> None:
    """Put ``theme`` in a ``NewSession`` message as Streamlit puts config.toml's;
    no theme leaves the server's own."""
    if not theme:
        return
    new_session.ClearField("custom_theme")
    custom = new_session.custom_theme
    custom.SetInParent()
    for path, value in theme.values:
        table, name = split_path(path)
        target = custom if table == "theme" else getattr(custom, table)
        if name == "base":
            target.base = _BASES[value]
        elif name == "font":
            parse_fonts_with_source(target, value, None, None, f"theme.{table}")
        else:
            setattr(target, to_snake_case(name), value)
