"""Code pasted into the editor and applied sets every control, or is refused and changes nothing."""

from __future__ import annotations

import pytest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.controls import controls_from_config
from components.core.keys import (
    CALL_PICK,
    CODE_EDITOR,
    CODE_VIEW,
)
from components.core.kinds import KINDS
from components.core.links import encode_query
from components.core.testgen import (
    TEST_FILE_NAME,
    generate_test,
)
from components.ui.code_panel import TEST_TAB
from tests.support.apptest import (
    control_values,
    displayed_code,
    downloads_of,
    logged,
    only,
    preview_button,
    show_config,
    shown,
    start,
    submit_code,
)
from tests.support.configs import EVERY_FIELD

HAND_WRITTEN = """\
import streamlit as st

def greet(times, *, limit):
    st.toast("hi")

with st.sidebar:
    st.sidebar.button(
        'Say **hello**', 'hello', 'Greets you', greet, [3, 'draft'], {'limit': 500},
        type='tertiary', icon=':material/waving_hand:', icon_position='right',
        disabled=True, width=240, shortcut='Ctrl+K', wrap=False,
    )
"""
STARTING = ButtonConfig(label="Before", type="primary", mode="if_block")


@pytest.fixture
def at():
    return start()


def code_messages(at, kind):
    return [shown(element) for element in getattr(at.container("code"), kind)]


@pytest.mark.parametrize(
    "pasted", [generate_code(EVERY_FIELD), HAND_WRITTEN], ids=["generated", "hand"]
)
def test_valid_paste_updates_every_control_the_preview_and_the_code(at, pasted):
    show_config(at, STARTING)
    submit_code(at, pasted)
    assert not at.exception
    assert control_values(at) == controls_from_config(EVERY_FIELD)
    assert preview_button(at).label == "Say **hello**"
    assert preview_button(at).disabled
    assert displayed_code(at) == generate_code(EVERY_FIELD)
    assert at.query_params == encode_query(EVERY_FIELD)
    assert code_messages(at, "error") == []
    assert only(code_messages(at, "success")).startswith("Applied the call on line")


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        ('st.button("Go", key=KEY)', "Line 1, column 21: `key` is the name `KEY`"),
        ('st.button("Go"', "Line 1, column 10: this is not valid Python"),
        (
            "print('no button')",
            "Line 1, column 1: found no call of "
            # Every kind named, the last after an "or".
            + ", ".join(kind.call_name for kind in list(KINDS.values())[:-1]),
        ),
        ('st.button("Go", tpye="primary")', "Line 1, column 17: st.button takes no"),
        ('st.button("Go", type="danger")', "Line 1, column 22: `type` is 'danger'"),
        ("#" * 100_001, "Line 1, column 1: the text is 100,001 bytes"),
        ('st.button("Go", key=a' + ".b" * 5000 + ")", "Line 1, column 1: the code is"),
    ],
    ids=["name", "syntax", "no_call", "unknown", "invalid", "too_large", "too_deep"],
)
def test_invalid_paste_shows_its_message_and_changes_nothing(at, pasted, message):
    show_config(at, STARTING)
    before = control_values(at), displayed_code(at), preview_button(at).proto
    link_before = dict(at.query_params)
    submit_code(at, pasted)
    assert not at.exception
    assert only(code_messages(at, "error")).startswith(message)
    assert (control_values(at), displayed_code(at), preview_button(at).proto) == before
    assert at.query_params == link_before == encode_query(STARTING)
    assert code_messages(at, "success") == []


HUGE_INTEGER = "0x" + "F" * 5000  # its decimal repr passes Python's 4,300-digit limit


@pytest.mark.parametrize(
    "argument",
    ["width", "type", "icon_position", "disabled", "wrap", "use_container_width"],
)
def test_a_huge_integer_is_refused_at_its_argument_and_changes_nothing(at, argument):
    show_config(at, STARTING)
    before = control_values(at), displayed_code(at), preview_button(at).proto
    prefix = f'st.button("Go", {argument}='
    submit_code(at, f"{prefix}{HUGE_INTEGER})")
    assert not at.exception
    message = only(code_messages(at, "error"))
    assert message.startswith(f"Line 1, column {len(prefix) + 1}: `{argument}`")
    assert len(message) < 1000
    assert (control_values(at), displayed_code(at), preview_button(at).proto) == before
    assert at.query_params == encode_query(STARTING)
    assert code_messages(at, "success") == []


@pytest.mark.parametrize("argument", ["label", "help", "key"])
def test_a_pasted_lone_surrogate_is_refused_at_its_argument_and_changes_nothing(
    at, argument
):
    """Python code can write half a UTF-16 pair as an escape; the page can't send it."""
    show_config(at, STARTING)
    before = control_values(at), displayed_code(at), preview_button(at).proto
    submit_code(at, f'st.button(label="Go", {argument}="x\\ud800")')
    assert not at.exception
    message = only(code_messages(at, "error"))
    assert f"`{argument}` holds '\\ud800'" in message
    assert (control_values(at), displayed_code(at), preview_button(at).proto) == before


def test_a_pasted_escape_of_a_whole_character_is_applied(at):
    """The twin: an escape for a whole character is read."""
    submit_code(at, 'st.button("Go \\U0001F525", help="\\N{FIRE}")')
    assert not at.exception
    assert code_messages(at, "error") == []
    assert preview_button(at).label == "Go 🔥"
    assert preview_button(at).help == "🔥"


def test_a_tuple_holding_a_huge_integer_is_refused_at_its_argument(at):
    show_config(at, STARTING)
    before = control_values(at), displayed_code(at), preview_button(at).proto
    submit_code(at, f'st.button("Go", type=({HUGE_INTEGER},))')
    assert not at.exception
    message = only(code_messages(at, "error"))
    assert "`type` is a tuple holding an integer too long to print" in message
    assert (control_values(at), displayed_code(at), preview_button(at).proto) == before


def test_a_small_integer_width_is_applied(at):
    """The twin: an integer width st.button takes is read, with no message."""
    submit_code(at, 'st.button("Go", width=0xF0)')
    assert not at.exception
    assert at.session_state["ctl_width_px"] == 240
    assert code_messages(at, "error") == []


def test_paste_is_applied_once_not_on_every_later_run(at):
    submit_code(at, 'st.button("Pasted")')
    at.text_area(key="ctl_label").set_value("Typed after").run()
    at.run()
    assert at.session_state["ctl_label"] == "Typed after"
    assert preview_button(at).label == "Typed after"


def test_a_new_submission_of_the_same_text_is_applied_again(at):
    """The twin: a second Apply is a new response, so it is read again."""
    submit_code(at, 'st.button("Pasted")')
    at.text_area(key="ctl_label").set_value("Typed after").run()
    submit_code(at, 'st.button("Pasted")')
    assert preview_button(at).label == "Pasted"


def test_refused_message_stays_while_the_editor_holds_that_text(at):
    submit_code(at, "st.button(LABEL)")
    preview_button(at).click().run()
    assert len(code_messages(at, "error")) == 1


def test_refused_message_goes_when_the_controls_rewrite_the_code(at):
    submit_code(at, "st.button(LABEL)")
    at.text_area(key="ctl_label").set_value("Other").run()
    assert code_messages(at, "error") == []


def test_several_calls_are_listed_and_the_one_picked_is_applied(at):
    submit_code(at, 'a.button("Back")\nif b.button("Next", key="next"):\n    pass\n')
    assert "found 2 widget calls" in only(code_messages(at, "error"))
    picker = at.selectbox(key=CALL_PICK)
    assert picker.options == ["line 1: a.button('Back')", "line 2: b.button('Next')"]
    assert at.session_state["ctl_label"] == "Click me"
    picker.set_value(2).run()
    assert not at.exception
    assert at.session_state["ctl_label"] == "Next"
    assert at.session_state["ctl_mode"] == "if_block"
    assert code_messages(at, "error") == []
    assert CALL_PICK not in [w.key for w in at.selectbox]


def test_thousands_of_calls_give_a_short_message_and_a_picker_of_them_all(at):
    submit_code(at, 'st.button("a")\n' * 5999 + 'st.button("Last")\n')
    message = only(code_messages(at, "error"))
    assert "found 6,000 widget calls" in message
    assert "…and 5,990 more" in message
    assert len(message) < 1000
    picker = at.selectbox(key=CALL_PICK)
    assert len(picker.options) == 6000
    picker.set_value(6000).run()
    assert not at.exception
    assert at.session_state["ctl_label"] == "Last"


def test_a_picked_call_that_cant_be_read_is_refused_and_the_pick_stays(at):
    submit_code(at, 'st.button("Back")\nst.button(NEXT)\n')
    at.selectbox(key=CALL_PICK).set_value(2).run()
    assert "`label` is the name `NEXT`" in only(code_messages(at, "error"))
    assert at.session_state["ctl_label"] == "Click me"
    at.selectbox(key=CALL_PICK).set_value(1).run()
    assert at.session_state["ctl_label"] == "Back"


def test_a_single_call_offers_no_pick(at):
    submit_code(at, 'st.button("Only")')
    assert CALL_PICK not in [w.key for w in at.selectbox]


def test_deprecated_use_container_width_is_read_with_a_note(at):
    submit_code(at, 'st.button("Wide", use_container_width=True)')
    assert at.session_state["ctl_width"] == "stretch"
    assert "deprecated" in only(code_messages(at, "info"))


def test_width_stretch_gets_no_deprecation_note(at):
    submit_code(at, 'st.button("Wide", width="stretch")')
    assert at.session_state["ctl_width"] == "stretch"
    assert code_messages(at, "info") == []


def test_valid_paste_clears_a_bad_control_value(at):
    at.text_input(key="ctl_icon").set_value("not an icon").run()
    assert at.sidebar.error
    submit_code(at, 'st.button("Fixed", icon="🔥")')
    assert not at.sidebar.error
    assert preview_button(at).icon == "🔥"


def shown_test(at):
    # st.code shows the text without its final newline.
    return only(at.container("code").code).value + "\n"


def open_copy_as_test_tab(at):
    at.session_state[CODE_VIEW] = TEST_TAB
    return at.run()


def test_copy_as_test_tab_shows_the_pytest_test_of_the_shown_config(at):
    open_copy_as_test_tab(at)
    assert shown_test(at) == generate_test(ButtonConfig())
    show_config(at, STARTING)
    assert shown_test(at) == generate_test(STARTING)


def test_test_is_not_built_while_its_tab_is_closed(at):
    assert len(at.container("code").code) == 0
    assert at.get_by_key(CODE_EDITOR) is not None


def test_test_download_offers_the_test_of_the_shown_config(at, monkeypatch):
    open_copy_as_test_tab(at)
    show_config(at, STARTING)
    offered = downloads_of(at, monkeypatch)[TEST_FILE_NAME]
    assert offered in (generate_test(STARTING), generate_test(STARTING).encode())
    default = generate_test(ButtonConfig())
    assert offered not in (default, default.encode())


def test_the_run_an_applied_paste_causes_is_logged_as_a_paste(at):
    submit_code(at, 'st.button("Pasted")')
    latest = logged(at)[-1]
    assert (latest["trigger"], latest["detail"]) == (
        "paste",
        "line 1: st.button('Pasted')",
    )


def test_a_refused_paste_is_logged_as_a_refused_paste_with_no_applied_run(at):
    before = len(logged(at))
    submit_code(at, "st.button(LABEL)")
    (refused,) = logged(at)[before:]
    assert refused["trigger"] == "paste" and "refused" in refused["detail"]
    assert not refused["rerun_requested"]


def test_a_picked_call_is_logged_as_a_paste(at):
    submit_code(at, 'st.button("Back")\nst.button("Next")\n')
    at.selectbox(key=CALL_PICK).set_value(2).run()
    latest = logged(at)[-1]
    assert (latest["trigger"], latest["detail"]) == (
        "paste",
        "line 2: st.button('Next')",
    )
