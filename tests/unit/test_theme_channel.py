"""The session's theme channel: Streamlit's private API it stands on, pinned,
and the message it writes, equal to the one Streamlit writes from config.toml."""

from __future__ import annotations

import copy
import inspect

import pytest
import streamlit
from streamlit import config
from streamlit.proto.NewSession_pb2 import NewSession
from streamlit.runtime import app_session
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.runtime import Runtime
from streamlit.runtime.session_manager import SessionManager

from components.core.theme import NO_THEME, make_theme
from components.core.theme_file import theme_toml
from components.session.theme_channel import write_theme
from tests.support.theming import BASES, THEMES, theme_of

CASES = [(name, base) for name in THEMES for base in BASES]
SECTIONS = {
    "theme": "",
    "theme.light": "light",
    "theme.dark": "dark",
    "theme.sidebar": "sidebar",
}


def test_the_private_api_the_channel_stands_on_is_as_pinned():
    """Fails on an upgrade that moves any of it: read the channel again then."""
    assert streamlit.__version__ == "1.67.0"
    made = inspect.signature(AppSession._create_new_session_message)
    assert list(made.parameters) == [
        "self",
        "page_script_hash",
        "run_descriptor",
        "pages",
    ]
    assert "self._session_mgr" in inspect.getsource(Runtime.__init__)
    assert "get_session_info" in dir(SessionManager)
    source = inspect.getsource(AppSession._create_new_session_message)
    assert "_populate_theme_msg(msg.new_session.custom_theme)" in source


def streamlit_message(toml: str, monkeypatch: pytest.MonkeyPatch) -> NewSession:
    """The NewSession Streamlit writes for an app started with this config.toml."""
    options = copy.deepcopy(config.get_config_options())
    monkeypatch.setattr(config, "_config_options", options)
    config._update_config_with_toml(toml, "config.toml")
    message = NewSession()
    for section, table in SECTIONS.items():
        target = getattr(message.custom_theme, table) if table else message.custom_theme
        app_session._populate_theme_msg(target, section)
    return message


def channel_message(theme) -> NewSession:
    message = NewSession()
    write_theme(message, theme)
    return message


@pytest.mark.parametrize("name, base", CASES, ids=[f"{n}-{b}" for n, b in CASES])
def test_the_theme_message_is_streamlits_own_for_the_config_toml(
    name, base, monkeypatch
):
    theme = theme_of(name, base)
    expected = streamlit_message(theme_toml(theme), monkeypatch)
    assert channel_message(theme) == expected


def test_another_theme_gives_another_message(monkeypatch):
    """The twin: the comparison tells two themes apart."""
    expected = streamlit_message(theme_toml(theme_of("khaki", "light")), monkeypatch)
    assert channel_message(theme_of("khaki", "dark")) != expected


def test_no_theme_leaves_the_servers_own_in_the_message():
    message = NewSession()
    message.custom_theme.primary_color = "#123456"
    write_theme(message, NO_THEME)
    assert message.custom_theme.primary_color == "#123456"
    write_theme(message, make_theme({"textColor": "#000000"}))
    assert message.custom_theme.primary_color == ""
