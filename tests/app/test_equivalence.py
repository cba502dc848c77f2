"""The generated complete app, run on its own, draws the preview's button.

Both are run under AppTest: the playground with the config in its controls, and
the generated code as a script of its own. Their button protos (label, type,
key, icon, icon position, help, disabled, shortcut, wrap) must be equal, and a
click must do the same in both.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from tests.support.apptest import (
    TIMEOUT,
    only,
    preview_button,
    show_config,
    shown,
    start,
)

CONFIGS = {
    "default": ButtonConfig(),
    "primary with material icon": ButtonConfig(
        label="Refresh data", type="primary", icon=":material/refresh:", width="stretch"
    ),
    "tertiary emoji on the right": ButtonConfig(
        label="Aloha", type="tertiary", icon="🌺", icon_position="right"
    ),
    "disabled with tooltip": ButtonConfig(
        label="Locked", help="**Not** yet", disabled=True, width=240
    ),
    "keyed with shortcut": ButtonConfig(label="Save", key="save", shortcut="Ctrl+S"),
    "icon only spinner": ButtonConfig(label="", icon="spinner", wrap=True),
    "markdown label no wrap": ButtonConfig(label="*Very* long " * 20, wrap=False),
    "if block": ButtonConfig(label="Say hello", mode="if_block"),
    "callback with non-ASCII keyword names": ButtonConfig(
        label="Größe", mode="callback", args=("x",), kwargs={"größe": 1, "名前": "a"}
    ),
}


def comparable(button):
    """The button's proto with its id cut to the user's key.

    An id is ``$$ID-<hash>-<key>``; the hash also encodes where the button is
    drawn, which differs between the playground and the app on its own.
    """
    proto = type(button.proto)()
    proto.CopyFrom(button.proto)
    proto.id = proto.id.split("-", 2)[2]
    return proto


def run_generated_app(cfg: ButtonConfig) -> AppTest:
    app = AppTest.from_string(generate_code(cfg), default_timeout=TIMEOUT).run()
    assert not app.exception
    return app


@pytest.mark.parametrize("name", CONFIGS)
def test_generated_app_draws_the_preview_button(name):
    cfg = CONFIGS[name]
    playground = show_config(start(), cfg)
    app = run_generated_app(cfg)
    assert comparable(only(app.button)) == comparable(preview_button(playground))


CLICKABLE = [name for name, cfg in CONFIGS.items() if not cfg.disabled]


@pytest.mark.parametrize("name", CLICKABLE)
def test_generated_app_and_preview_react_alike_to_a_click(name):
    cfg = CONFIGS[name]
    playground = show_config(start(), cfg)
    app = run_generated_app(cfg)
    preview_button(playground).click().run()
    only(app.button).click().run()
    assert not playground.exception and not app.exception
    preview = playground.container("preview")
    assert [s.value for s in app.success] == [s.value for s in preview.success]
    returned = shown(only(preview.caption))
    assert f"`{only(app.button).value}`" in returned


def test_a_different_key_is_told_apart():
    playground = show_config(start(), CONFIGS["keyed with shortcut"])
    app = run_generated_app(replace(CONFIGS["keyed with shortcut"], key="other"))
    assert comparable(only(app.button)) != comparable(preview_button(playground))


def test_a_different_config_is_told_apart():
    playground = show_config(start(), CONFIGS["default"])
    app = run_generated_app(CONFIGS["tertiary emoji on the right"])
    assert comparable(only(app.button)) != comparable(preview_button(playground))
