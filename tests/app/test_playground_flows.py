"""The playground under AppTest: controls drive the real button and its code."""

from __future__ import annotations

import ast

import pytest
from streamlit.proto.ButtonLikeIconPosition_pb2 import ButtonLikeIconPosition

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.keys import (
    ICON_PICKER,
    ICON_POPOVER,
)
from components.core.modes import IF_BLOCK_MESSAGE
from components.core.rules import MAX_TEXT_CHARS
from components.ui.code_panel import DOWNLOAD_FILE_NAME
from tests.support.apptest import (
    deferred_downloads,
    displayed_code,
    drawn,
    message_at,
    only,
    preview_button,
    shown,
    start,
    submit_code,
)

DEFAULT_CODE = 'import streamlit as st\n\nst.button("Click me")\n'


@pytest.fixture
def at():
    return start()


def set_control(at, key, value):
    at.get_by_key(key).set_value(value)
    return at.run()


def returned_caption(at):
    return only(shown(c) for c in at.container("preview").caption)


def warning_at(at, widget_key):
    """The text of the warning under a control; fails if there is none."""
    message = message_at(at, widget_key)
    assert message is not None and message.type == "warning", message
    return shown(message)


def code_warnings(at):
    return [shown(w) for w in at.container("code").warning]


# --- each control changes the preview and the code -----------------------------

CONTROL_CASES = {
    "label": ("ctl_label", "Save", lambda p: p.label == "Save", 'st.button("Save")'),
    "key": ("ctl_key", "save", lambda p: p.id.endswith("-save"), 'key="save"'),
    "help": ("ctl_help", "Saves it", lambda p: p.help == "Saves it", 'help="Saves it"'),
    "type": ("ctl_type", "primary", lambda p: p.type == "primary", 'type="primary"'),
    "icon": ("ctl_icon", "🔥", lambda p: p.icon == "🔥", 'icon="🔥"'),
    "disabled": ("ctl_disabled", True, lambda p: p.disabled, "disabled=True"),
    "shortcut": (
        "ctl_shortcut",
        "Ctrl+K",
        lambda p: p.shortcut == "ctrl+k",
        'shortcut="Ctrl+K"',
    ),
    "wrap": (
        "ctl_wrap",
        "off",
        lambda p: p.HasField("wrap") and not p.wrap,
        "wrap=False",
    ),
}


@pytest.mark.parametrize("field", CONTROL_CASES)
def test_control_changes_preview_and_code(at, field):
    key, value, shows, fragment = CONTROL_CASES[field]
    set_control(at, key, value)
    assert not at.exception
    assert shows(preview_button(at).proto)
    assert fragment in displayed_code(at)


@pytest.mark.parametrize("field", CONTROL_CASES)
def test_untouched_control_leaves_preview_and_code_at_defaults(at, field):
    _, _, shows, fragment = CONTROL_CASES[field]
    if field != "label":  # the default label is a label too
        assert not shows(preview_button(at).proto)
    assert fragment not in displayed_code(at)
    assert displayed_code(at) == DEFAULT_CODE


def test_icon_position_moves_the_icon_to_the_right(at):
    set_control(at, "ctl_icon", "🔥")
    assert preview_button(at).proto.icon_position == ButtonLikeIconPosition.LEFT
    set_control(at, "ctl_icon_position", "right")
    assert preview_button(at).proto.icon_position == ButtonLikeIconPosition.RIGHT
    assert 'icon_position="right"' in displayed_code(at)


def test_icon_position_without_an_icon_is_warned_about_at_its_control(at):
    set_control(at, "ctl_icon_position", "right")
    assert "no effect without an icon" in warning_at(at, "ctl_icon_position")


def test_icon_position_with_an_icon_gets_no_warning(at):
    set_control(at, "ctl_icon", "🔥")
    set_control(at, "ctl_icon_position", "right")
    assert message_at(at, "ctl_icon_position") is None


@pytest.mark.parametrize(
    ("choice", "fragment"), [("stretch", 'width="stretch"'), ("pixels", "width=240")]
)
def test_width_choice_reaches_the_code(at, choice, fragment):
    set_control(at, "ctl_width", choice)
    assert fragment in displayed_code(at)


def test_pixel_box_is_enabled_only_for_pixel_width(at):
    assert at.get_by_key("ctl_width_px").disabled
    set_control(at, "ctl_width", "pixels")
    assert not at.get_by_key("ctl_width_px").disabled
    set_control(at, "ctl_width_px", 320)
    assert "width=320" in displayed_code(at)


def test_minimal_code_leaves_out_the_import(at):
    set_control(at, "code_complete", False)
    assert displayed_code(at) == 'st.button("Click me")\n'


def test_download_offers_the_complete_app_even_when_showing_the_minimal_call(
    at, monkeypatch
):
    set_control(at, "ctl_type", "primary")
    set_control(at, "code_complete", False)
    assert "import streamlit" not in displayed_code(at)

    offered = deferred_downloads(at, monkeypatch)[DOWNLOAD_FILE_NAME]

    complete = generate_code(ButtonConfig(type="primary"), complete=True)
    assert offered in (complete, complete.encode())
    assert offered not in (displayed_code(at), displayed_code(at).encode())


def test_long_label_full_of_quotes_and_newlines_keeps_correct_code(at):
    label = (('He said "hi"\n' + 'it\'s \\ """ ') * 100)[:MAX_TEXT_CHARS]
    set_control(at, "ctl_label", label)
    assert not at.exception
    assert preview_button(at).proto.label == label
    call = ast.parse(displayed_code(at)).body[-1].value
    assert ast.literal_eval(call.args[0]) == label


def test_the_label_box_takes_text_up_to_the_limit_and_names_what_is_longer(at):
    set_control(at, "ctl_label", "x" * MAX_TEXT_CHARS)
    assert preview_button(at).proto.label == "x" * MAX_TEXT_CHARS
    assert message_at(at, "ctl_label") is None
    set_control(at, "ctl_label", "y" * (MAX_TEXT_CHARS + 1))
    assert not at.exception
    message = message_at(at, "ctl_label")
    assert message.type == "error" and "`label` is 2,001 characters long" in shown(
        message
    )
    assert at.get_by_key("ctl_label").value == "y" * (MAX_TEXT_CHARS + 1)
    assert preview_button(at).proto.label == "x" * MAX_TEXT_CHARS


# --- clicks -------------------------------------------------------------------


def test_plain_button_is_true_on_the_click_rerun_only(at):
    assert "`False`" in returned_caption(at)
    preview_button(at).click().run()
    assert "`True`" in returned_caption(at)
    at.run()
    assert "`False`" in returned_caption(at)


def test_if_block_body_shows_on_the_click_rerun_only(at):
    set_control(at, "ctl_mode", "if_block")
    assert displayed_code(at).startswith("import streamlit as st\n\nif st.button(")
    assert IF_BLOCK_MESSAGE not in [s.value for s in at.success]
    preview_button(at).click().run()
    assert IF_BLOCK_MESSAGE in [s.value for s in at.success]
    at.run()
    assert IF_BLOCK_MESSAGE not in [s.value for s in at.success]


def test_plain_mode_shows_no_if_block_message_on_click(at):
    preview_button(at).click().run()
    assert IF_BLOCK_MESSAGE not in [s.value for s in at.success]


# --- bad input -----------------------------------------------------------------

BAD_INPUT = {
    "two letters as icon": ("ctl_icon", "ab", "icon", "single emoji"),
    "two emoji as icon": ("ctl_icon", "🔥🔥", "icon", "single emoji"),
    "unknown material icon": ("ctl_icon", ":material/hom:", "icon", "Did you mean"),
    "reserved shortcut": ("ctl_shortcut", "Ctrl+C", "shortcut", "'C' or 'R'"),
    "punctuation shortcut": ("ctl_shortcut", ".", "shortcut", "supported keys"),
    "blank key": ("ctl_key", "   ", "key", "empty"),
    "playground's own key": ("ctl_key", "ctl_label", "key", "used by the playground"),
    "playground's panel key": ("ctl_key", "preview", "key", "used by the playground"),
    "Streamlit's reserved key": ("ctl_key", "$$ID-abc", "key", "reserved"),
}


@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_is_refused_at_its_control_and_nothing_else_breaks(at, case):
    key, value, field, words = BAD_INPUT[case]
    set_control(at, "ctl_label", "Last good")
    set_control(at, key, value)

    assert not at.exception
    message = message_at(at, key)
    assert message is not None and message.type == "error"
    assert f"`{field}`" in shown(message) and words in shown(message)
    assert at.get_by_key(key).value == value  # the user's input stays
    assert preview_button(at).proto.label == "Last good"  # last valid button
    assert f"`{field}`" in only(code_warnings(at))  # the code says which
    assert displayed_code(at) == 'import streamlit as st\n\nst.button("Last good")\n'


@pytest.mark.parametrize("case", BAD_INPUT)
def test_good_input_at_the_same_control_shows_no_message(at, case):
    key = BAD_INPUT[case][0]
    good = {"ctl_icon": "🔥", "ctl_shortcut": "Ctrl+K", "ctl_key": "mine"}[key]
    set_control(at, key, good)
    assert message_at(at, key) is None
    assert not code_warnings(at)


def test_a_wrap_control_emptied_through_session_state_draws_the_button(at):
    """Only code can empty a required choice; the playground then shows wrap auto."""
    set_control(at, "ctl_wrap", "off")
    at.session_state["ctl_wrap"] = None
    at.run()
    assert not at.exception
    assert message_at(at, "ctl_wrap") is None
    assert not preview_button(at).proto.HasField("wrap")


def test_the_pixel_box_holds_only_widths_from_one_to_streamlits_ceiling(at):
    """Streamlit's box refuses any other number at the box, naming the range;
    its label states the range too."""
    box = at.get_by_key("ctl_width_px")
    assert (box.proto.has_min, box.proto.min) == (True, 1)
    assert (box.proto.has_max, box.proto.max) == (True, 2**32 - 1)
    assert "1 to 4,294,967,295" in box.label


@pytest.mark.parametrize("pixels", [0, 2**32])
def test_a_pixel_width_outside_the_box_never_reaches_preview_or_code(at, pixels):
    set_control(at, "ctl_width", "pixels")
    set_control(at, "ctl_width_px", pixels)
    assert 1 <= at.get_by_key("ctl_width_px").value <= 2**32 - 1
    assert f"width={pixels}" not in displayed_code(at)
    assert message_at(at, "ctl_width") is None


@pytest.mark.parametrize("pixels", [0, 2**32])
def test_pasted_code_with_a_pixel_width_outside_the_range_is_refused_with_it(
    at, pixels
):
    submit_code(at, f'st.button("Go", width={pixels})')
    error = shown(only(at.container("code").error))
    assert "`width`" in error and "from 1 to 4,294,967,295" in error


def test_pixel_width_at_streamlits_ceiling_is_accepted(at):
    set_control(at, "ctl_width", "pixels")
    set_control(at, "ctl_width_px", 2**32 - 1)
    assert message_at(at, "ctl_width") is None
    assert f"width={2**32 - 1}" in displayed_code(at)


def test_several_bad_fields_are_all_named_in_the_preview_and_code(at):
    set_control(at, "ctl_icon", "ab")
    set_control(at, "ctl_shortcut", "Ctrl+C")
    notice = shown(only(at.container("preview").info))
    assert "`icon` and `shortcut` are invalid" in notice
    assert "`icon` and `shortcut` are invalid" in only(code_warnings(at))


def test_fixing_bad_input_brings_the_preview_back_to_life(at):
    set_control(at, "ctl_icon", "ab")
    set_control(at, "ctl_label", "Still editing")
    assert preview_button(at).proto.label == "Click me"
    set_control(at, "ctl_icon", "🔥")
    assert preview_button(at).proto.label == "Still editing"
    assert not at.container("preview").info and message_at(at, "ctl_icon") is None


def test_button_showing_nothing_is_warned_about_at_the_label(at):
    set_control(at, "ctl_label", "")
    assert "shows nothing" in warning_at(at, "ctl_label")


def test_label_of_only_spaces_and_no_icon_is_warned_about(at):
    set_control(at, "ctl_label", "  \n ")
    assert "shows nothing" in warning_at(at, "ctl_label")


def test_icon_only_button_gets_no_warning(at):
    set_control(at, "ctl_label", "")
    set_control(at, "ctl_icon", ":material/home:")
    assert message_at(at, "ctl_label") is None


# --- icon picker ---------------------------------------------------------------


def open_icon_picker(at):
    at.session_state[ICON_POPOVER] = True
    return at.run()


def test_the_icon_picker_is_built_only_while_its_popover_is_open(at):
    assert not drawn(at, ICON_PICKER)
    open_icon_picker(at)
    assert drawn(at, ICON_PICKER)


def test_picking_a_material_icon_fills_the_icon_box(at):
    open_icon_picker(at)
    set_control(at, ICON_PICKER, ":material/home:")
    assert at.get_by_key("ctl_icon").value == ":material/home:"
    assert preview_button(at).proto.icon == ":material/home:"


def test_typed_material_icon_shows_in_the_picker_and_an_emoji_clears_it(at):
    open_icon_picker(at)
    set_control(at, "ctl_icon", ":material/star:")
    assert at.get_by_key(ICON_PICKER).value == ":material/star:"
    set_control(at, "ctl_icon", "🔥")
    assert at.get_by_key(ICON_PICKER).value is None


def test_the_picker_opens_on_the_icon_typed_while_it_was_closed(at):
    set_control(at, "ctl_icon", ":material/star:")
    open_icon_picker(at)
    assert at.get_by_key(ICON_PICKER).value == ":material/star:"


# --- reset -----------------------------------------------------------------------


def test_reset_pills_list_exactly_the_changed_arguments(at):
    assert at.get_by_key("reset_field").options == []
    assert at.get_by_key("reset_all").disabled
    set_control(at, "ctl_type", "primary")
    set_control(at, "ctl_wrap", "off")
    assert at.get_by_key("reset_field").options == [
        "type :material/close:",
        "wrap :material/close:",
    ]
    assert not at.get_by_key("reset_all").disabled


def test_a_value_set_back_by_hand_leaves_the_reset_pills(at):
    set_control(at, "ctl_type", "primary")
    set_control(at, "ctl_type", "secondary")
    assert at.get_by_key("reset_field").options == []


def test_resetting_one_argument_leaves_the_others(at):
    set_control(at, "ctl_type", "primary")
    set_control(at, "ctl_label", "Keep me")
    set_control(at, "reset_field", "type")
    assert at.get_by_key("ctl_type").value == "secondary"
    assert at.get_by_key("ctl_label").value == "Keep me"
    assert at.get_by_key("reset_field").value is None
    assert displayed_code(at) == 'import streamlit as st\n\nst.button("Keep me")\n'


def test_resetting_width_restores_its_pixel_box_too(at):
    set_control(at, "ctl_width", "pixels")
    set_control(at, "ctl_width_px", 500)
    set_control(at, "reset_field", "width")
    assert at.get_by_key("ctl_width").value == "content"
    assert at.get_by_key("ctl_width_px").value == 240


def test_reset_all_restores_every_default(at):
    for key, value in [
        ("ctl_label", "X"),
        ("ctl_icon", "🔥"),
        ("ctl_disabled", True),
        ("ctl_mode", "if_block"),
    ]:
        set_control(at, key, value)
    at.get_by_key("reset_all").click().run()
    assert displayed_code(at) == DEFAULT_CODE
    assert at.get_by_key("reset_all").disabled


def test_reset_clears_a_bad_value_and_its_message(at):
    set_control(at, "ctl_icon", "ab")
    set_control(at, "reset_field", "icon")
    assert message_at(at, "ctl_icon") is None
    assert at.get_by_key("ctl_icon").value == ""
