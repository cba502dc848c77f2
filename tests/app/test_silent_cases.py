"""Nothing the playground drops or holds back goes unsaid (under AppTest): the
controls whose value is not shown, a repeated link parameter, and the editor
after an accepted paste."""

from __future__ import annotations

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.keys import control_key
from tests.support.apptest import (
    displayed_code,
    drawn,
    editor_key,
    message_at,
    only,
    shown,
    shown_config,
    start,
    submit_code,
)


def set_control(at, field, value):
    at.get_by_key(control_key(field)).set_value(value)
    return at.run()


def preview_notice(at) -> str:
    return shown(only(at.container("preview").info))


def code_notice(at) -> str:
    return shown(only(at.container("code").warning))


# --- the controls whose value is not shown -------------------------------------


def test_a_mode_held_back_by_an_invalid_key_is_named_above_preview_and_code():
    at = start()
    set_control(at, "key", "clicks")
    set_control(at, "mode", "callback")
    assert "`key`" in shown(message_at(at, control_key("key")))
    waiting = "`key` is invalid, and `mode` is not shown until it is fixed"
    assert waiting in preview_notice(at)
    assert waiting in code_notice(at)
    assert "on_click" not in displayed_code(at)


def test_an_invalid_key_alone_names_only_the_key():
    """The twin: the same key refused in callback mode, nothing else waiting."""
    at = start({"mode": "callback"})
    set_control(at, "key", "clicks")
    assert "`key` is invalid. Fix it" in preview_notice(at)
    assert "not shown" not in code_notice(at)


# --- a repeated link parameter ---------------------------------------------------


def link_notice(at) -> str:
    return shown(only(at.get_by_key("link_notice").warning))


def test_a_repeated_link_parameter_is_named_and_the_address_keeps_one_value():
    at = start({"label": ["One", "Two"]})
    assert "`label` was given 2 times; the last, 'Two', is read" in link_notice(at)
    assert "'One' is ignored" in link_notice(at)
    assert at.query_params["label"] == "Two"
    assert 'st.button("Two")' in displayed_code(at)


def test_a_parameter_given_once_brings_no_notice_and_stays_in_the_address():
    """The twin: the same label given once is applied without a word."""
    at = start({"label": "Two"})
    assert not drawn(at, "link_notice")
    assert at.query_params["label"] == "Two"
    assert 'st.button("Two")' in displayed_code(at)


# --- the editor after an accepted paste ----------------------------------------


def test_a_paste_of_the_config_shown_gives_a_new_editor_with_the_generated_code():
    """The editor keeps its text while its code is unchanged: a new key makes
    it a new editor, which shows the code of what was applied."""
    at = start()
    before = editor_key(at)
    submit_code(at, 'clicked = st.button("Click me")  # mine')
    assert "Applied the call" in shown(only(at.container("code").success))
    assert editor_key(at) != before and drawn(at, editor_key(at))
    assert not drawn(at, before)
    assert displayed_code(at) == generate_code(ButtonConfig())


def test_a_refused_paste_keeps_the_same_editor_and_its_text():
    """The twin: the user's text stays to be fixed, in the same editor."""
    at = start()
    before = editor_key(at)
    submit_code(at, 'st.button("Click me", icon="ab")')
    assert only(at.container("code").error).value
    assert editor_key(at) == before


def test_a_walrus_if_block_pasted_is_applied_in_the_if_block_mode():
    at = start()
    submit_code(at, 'if (clicked := st.button("Go")):\n    st.write("Hi")\n')
    assert shown_config(at) == ButtonConfig(label="Go", mode="if_block")
    assert "(mode: if_block)" in shown(only(at.container("code").success))
