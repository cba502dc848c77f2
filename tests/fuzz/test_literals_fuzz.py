"""Fuzz: hostile callback arguments typed into the args and kwargs boxes.

Texts are literals of every kind with hostile leaves (control characters,
escapes of lone surrogates, edge numbers, sets, bytes, complex numbers),
names Python would rename, code that would have to run, deep nesting and
plain hostile text. Core: ``read_literal`` reads a value of the box's kind or
refuses with a short sentence naming the box; a value it reads makes a valid
callback config, or is refused naming the box, and its code reads back.
AppTest: typed into the boxes in callback mode, each refusal sits under its
box; an accepted pair is shown everywhere, and a click runs the callback with
them, logged and exported without a traceback.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components.core import run_story
from components.core.codegen import generate_code
from components.core.config import (
    ButtonConfig,
    ConfigError,
)
from components.core.controls import CALLBACK_ARGUMENTS, read_literal
from components.core.keys import control_key
from components.core.kinds import BUTTON
from components.core.snippet_parser import parse_snippet
from tests.fuzz.checks import (
    apply_edits,
    assert_controls_outcome,
    assert_no_exception,
    assert_short,
    shown,
)
from tests.fuzz.test_controls_fuzz import assert_callback_takes_its_arguments
from tests.support.apptest import logged, message_at, preview_button
from tests.support.apptest import shown as message_text
from tests.support.strategies import hostile_texts, literal_texts

FUZZ = settings(settings.get_profile("fuzz"))

boxes_and_texts = st.sampled_from(tuple(CALLBACK_ARGUMENTS)).flatmap(
    lambda name: st.tuples(
        st.just(name),
        st.one_of(literal_texts(CALLBACK_ARGUMENTS[name].kind), hostile_texts()),
    )
)


@FUZZ
@given(boxes_and_texts)
def test_any_box_text_is_read_as_its_kind_or_refused_naming_the_box(box_and_text):
    name, text = box_and_text
    value, error = read_literal(BUTTON, name, text)
    if error is not None:
        assert value is None
        assert f"`{name}`" in error
        assert_short(error)
        return
    assert isinstance(value, CALLBACK_ARGUMENTS[name].kind)
    try:
        cfg = ButtonConfig(mode="callback", **{name: value})
    except ConfigError as refused:
        assert refused.field == name
        assert f"`{name}`" in refused.message
        assert_short(refused.message)
        return
    assert parse_snippet(generate_code(cfg)) == cfg
    assert_callback_takes_its_arguments(cfg)


def test_the_box_check_sees_a_refusal_and_a_value():
    """The twin: the reader refuses code to run by name, and reads a literal."""
    assert "`args`" in read_literal(BUTTON, "args", "(print('x'),)")[1]
    assert read_literal(BUTTON, "kwargs", "{'limit': 500}") == ({"limit": 500}, None)


# --- AppTest: typed into the boxes, then clicked -----------------------------------

box_edits = st.fixed_dictionaries(
    {
        control_key("mode"): st.just("callback"),
        control_key("args"): literal_texts(tuple),
        control_key("kwargs"): literal_texts(dict),
    }
)


def assert_click_is_logged_and_exported(at: AppTest) -> None:
    """A click runs the preview's callback with the arguments; the log takes them."""
    preview_button(at).click().run()
    assert_no_exception(at)
    log = logged(at)
    assert log[-1]["callback_ran"]
    run_story.to_json(log).encode("utf-8")
    run_story.to_csv(log).encode("utf-8")


# A click costs a rerun: one accepted pair in four is clicked.
clicks = st.integers(0, 3).map(lambda draw: draw == 0)


@FUZZ
@given(box_edits, clicks)
def test_hostile_callback_arguments_are_refused_at_their_box_or_shown_and_clicked(
    session, edits, click
):
    before = shown(session.at)
    apply_edits(session.at, edits)
    assert_controls_outcome(session.at, before)
    refused = any(
        message_at(session.at, control_key(name)) is not None
        for name in CALLBACK_ARGUMENTS
    )
    if click and not refused:
        assert_click_is_logged_and_exported(session.at)


def test_the_click_check_sees_the_callback_take_its_arguments(session):
    """The twin: accepted arguments reach the log through a click; refused ones stay."""
    edits = {
        control_key("mode"): "callback",
        control_key("args"): "('\\ud800', 1j, {1, 2})",
        control_key("kwargs"): "{'limit': b'\\x00'}",
    }
    before = shown(session.at)
    apply_edits(session.at, edits)
    assert_controls_outcome(session.at, before)
    assert_click_is_logged_and_exported(session.at)
    before = shown(session.at)
    apply_edits(session.at, edits | {control_key("kwargs"): "{'ａ': 1}"})
    assert "`kwargs`" in message_text(message_at(session.at, control_key("kwargs")))
    assert_controls_outcome(session.at, before)
