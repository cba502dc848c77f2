"""The "Copy as test" snippet: a pytest test of the app file beside it, by
default, or carrying the app, for a bug report; valid, black-formatted, every
check it can fail worded for the user. (That it passes, and fails when the app
breaks, is run under pytest in tests/app/test_copy_as_test_runs.py.)"""

from __future__ import annotations

import ast

import pytest
from hypothesis import given

from components.core.codegen import (
    format_code,
    generate_code,
)
from components.core.config import ButtonConfig
from components.core.row import Row
from components.core.testgen import APP_FILE_NAME, generate_test
from tests.support.configs import varied_configs
from tests.support.strategies import playground_configs

VARIED = varied_configs()


def assigned(test: str, name: str) -> object:
    """The value a test module assigns to ``name`` at its top, or None."""
    return next(
        (
            ast.literal_eval(node.value)
            for node in ast.parse(test).body
            if isinstance(node, ast.Assign) and node.targets[0].id == name
        ),
        None,
    )


def app_path_calls(test: str) -> list[str]:
    """Every ``AppTest.from_file(...)`` / ``AppTest.from_string(...)`` call's text."""
    return [
        ast.unparse(node)
        for node in ast.walk(ast.parse(test))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and ast.unparse(node.func.value) == "AppTest"
    ]


@pytest.mark.parametrize("name", VARIED)
def test_the_default_test_runs_the_app_file_beside_it_and_carries_no_app(name):
    test = generate_test(VARIED[name])
    assert assigned(test, "APP_FILE") == APP_FILE_NAME
    assert app_path_calls(test) == [
        "AppTest.from_file(str(Path(__file__).with_name(APP_FILE)), "
        "default_timeout=10)"
    ]
    assert assigned(test, "APP") is None
    assert "from_string" not in test


def test_the_app_file_is_the_one_named():
    test = generate_test(ButtonConfig(), app_file="streamlit_app.py")
    assert assigned(test, "APP_FILE") == "streamlit_app.py"
    assert APP_FILE_NAME not in test


@pytest.mark.parametrize("name", VARIED)
def test_the_self_contained_test_carries_the_complete_app_exactly(name):
    cfg = VARIED[name]
    test = generate_test(cfg, self_contained=True)
    assert assigned(test, "APP") == generate_code(cfg, complete=True)
    assert app_path_calls(test) == ["AppTest.from_string(APP, default_timeout=10)"]
    assert "from_file" not in test and "__file__" not in test


@given(playground_configs)
def test_generated_tests_are_black_formatted_and_name_the_button(cfg):
    beside = generate_test(cfg)
    contained = generate_test(cfg, self_contained=True)
    assert format_code(beside) == beside
    assert format_code(contained) == contained
    assert assigned(contained, "APP") == generate_code(cfg, complete=True)
    for test in (beside, contained):
        assert assigned(test, "LABEL") == cfg.label
        assert assigned(test, "KEY") == cfg.key


def test_the_two_forms_test_the_same_things():
    cfg = ButtonConfig(label="Save", key="save", mode="callback", args=(1,))
    beside = generate_test(cfg)
    contained = generate_test(cfg, self_contained=True)
    tail = beside[beside.index("def find_button") :]
    assert contained.endswith(tail)


def indexed_elements(test: str) -> list[str]:
    """Every ``at.<elements>[...]`` in a test: an element found by its position."""
    return [
        ast.unparse(node)
        for node in ast.walk(ast.parse(test))
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Attribute)
        and isinstance(node.value.value, ast.Name)
        and node.value.value.id == "at"
    ]


@pytest.mark.parametrize("name", VARIED)
def test_generated_test_finds_nothing_by_position(name):
    assert indexed_elements(generate_test(VARIED[name])) == []


def test_finding_by_position_is_caught_by_the_scan():
    """The twin: the scan above sees the pattern it forbids."""
    indexed = 'assert at.markdown[0].value == "Callback runs: `1`"\n'
    assert indexed_elements(indexed) == ["at.markdown[0]"]


@pytest.mark.parametrize("mode", ["callback", "rerun"])
def test_shown_texts_are_found_by_what_they_say(mode):
    test = generate_test(ButtonConfig(mode=mode))
    assert "def shown_texts(at):" in test
    assert "texts = shown_texts(at)" in test
    assert '" in texts\n' in test


@pytest.mark.parametrize("mode", ["plain", "if_block", "toggle"])
def test_modes_that_write_no_text_carry_no_text_helper(mode):
    assert "shown_texts" not in generate_test(ButtonConfig(mode=mode))


def test_button_is_found_by_key_when_it_has_one_and_by_label_otherwise():
    keyed = generate_test(ButtonConfig(label="Save", key="save"))
    unkeyed = generate_test(ButtonConfig(label="Save"))
    assert "at.button if button.key == KEY]" in keyed
    assert "at.button if button.proto.label == LABEL]" not in keyed
    assert "at.button if button.proto.label == LABEL]" in unkeyed
    assert "button.key ==" not in unkeyed
    # Found by its key, the button's label is checked all the same.
    assert "assert found[0].proto.label == LABEL" in keyed


def test_disabled_button_is_checked_disabled_and_never_clicked():
    disabled = generate_test(ButtonConfig(disabled=True, mode="if_block"))
    enabled = generate_test(ButtonConfig(mode="if_block"))
    assert "assert button.proto.disabled" in ast.unparse(ast.parse(disabled))
    assert ".click()" not in disabled
    assert ".click()" in enabled
    assert ".disabled" not in enabled


def unworded_asserts(test: str) -> list[str]:
    """Every assert in a test that would fail with no message of its own."""
    return [
        ast.unparse(node)
        for node in ast.walk(ast.parse(test))
        if isinstance(node, ast.Assert) and node.msg is None
    ]


@pytest.mark.parametrize("name", VARIED)
def test_every_check_says_in_words_what_broke(name):
    for self_contained in (False, True):
        assert (
            unworded_asserts(generate_test(VARIED[name], self_contained=self_contained))
            == []
        )


def test_an_assert_without_words_is_caught_by_the_scan():
    """The twin: the scan above sees a bare assert."""
    assert unworded_asserts("assert x == 1\nassert y, 'why'\n") == ["assert x == 1"]


@pytest.mark.parametrize(
    ("cfg", "message"),
    [
        (ButtonConfig(label="Save"), "the button labelled {LABEL!r} is gone"),
        (ButtonConfig(label="Save", key="save"), "no button has the key {KEY!r}"),
        (
            ButtonConfig(label="Save", key="save"),
            "is labelled {found[0].proto.label!r}",
        ),
        (ButtonConfig(disabled=True), "the disabled button is clickable"),
        (ButtonConfig(mode="callback"), "runs for one click: it should run once"),
        (ButtonConfig(mode="if_block"), "the click did not show its message"),
        (ButtonConfig(mode="toggle"), "the second click did not hide the content"),
        (ButtonConfig(mode="rerun"), "was st.rerun() removed?"),
    ],
)
def test_the_messages_name_what_broke(cfg, message):
    assert message in generate_test(cfg)


# --- a row's test -------------------------------------------------------------

TWO_TOGGLES = Row(
    (
        ButtonConfig(label="Details", mode="toggle"),
        ButtonConfig(label="More", key="more", mode="toggle"),
    )
)


def defined(test: str) -> set[str]:
    """The names a test module defines at its top: functions and constants."""
    names = set()
    for node in ast.parse(test).body:
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.add(node.targets[0].id)
    return names


def test_a_rows_test_numbers_each_buttons_names_and_its_test():
    test = generate_test(TWO_TOGGLES)
    assert {"LABEL_1", "LABEL_2", "KEY_2", "find_button_1", "find_button_2"} <= (
        defined(test)
    )
    assert {"test_button_1_toggle", "test_button_2_toggle"} <= defined(test)
    assert assigned(test, "LABEL_2") == "More"
    assert "find_button_2(at).click().run()" in test


def test_a_lone_buttons_test_keeps_its_names_unnumbered():
    """The twin."""
    test = generate_test(TWO_TOGGLES.members[1])
    assert {"LABEL", "KEY", "find_button", "test_button_toggle"} <= defined(test)
    assert not any(name[-1].isdigit() for name in defined(test))


def test_a_rows_test_reads_each_buttons_state_by_the_name_the_rows_code_gives_it():
    row = Row(
        (
            ButtonConfig(label="Add", mode="callback"),
            ButtonConfig(label="Remove", mode="callback"),
        )
    )
    test = generate_test(row)
    assert "st.session_state.clicks_2" in generate_code(row)
    # In code and in an f-string's field alike.
    assert "assert at.session_state.clicks_2 == 1" in ast.unparse(ast.parse(test))
    assert "{at.session_state.clicks_2} runs for one click" in test
    assert "at.session_state.clicks " not in test


def test_a_messages_words_are_never_renamed():
    """The twin: a name in a message's words stays as the user reads it."""
    test = generate_test(TWO_TOGGLES)
    assert "st.session_state.show_more_1" in generate_code(TWO_TOGGLES)
    assert "was the flip of show_more changed?" in test
    assert "the button labelled {LABEL_1!r} is gone" in test


def test_buttons_of_one_label_are_found_in_the_rows_order_once_all_are_there():
    row = Row((ButtonConfig(label="Go", type="primary"), ButtonConfig(label="Go")))
    test = generate_test(row)
    first, second = test.split("def find_button_2")
    assert "return found[0]" in first and "return found[1]" in second
    assert ast.unparse(ast.parse(test)).count("assert len(found) == 2") == 2
    assert "not 2: was a label changed?" in first


def test_a_button_alone_with_its_label_is_found_by_it_alone():
    """The twin: a label no other button of the row has needs no count."""
    row = Row((ButtonConfig(label="Back"), ButtonConfig(label="Next")))
    test = generate_test(row)
    assert "len(found)" not in test and "found[1]" not in test


def test_a_rows_test_carries_the_rows_app_when_self_contained():
    contained = generate_test(TWO_TOGGLES, self_contained=True)
    assert generate_code(TWO_TOGGLES) in contained
    assert generate_code(TWO_TOGGLES) not in generate_test(TWO_TOGGLES)
    assert unworded_asserts(contained) == []
    assert indexed_elements(contained) == []
