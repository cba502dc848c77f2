"""Pasted code reads back into the config it describes, safely, or is refused with a place and a reason."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.preset_shelf import (
    bundled_presets,
)
from components.core.snippet_parser import (
    ERROR_KINDS,
    MAX_SOURCE_BYTES,
    SnippetError,
    find_button_calls,
    parse_snippet,
    read_snippet,
)
from components.core.text import MAX_LISTED
from tests.support.strategies import button_configs, playground_configs
from tests.unit.test_codegen import GOLDEN_CONFIGS

GOLDEN = Path(__file__).parent.parent / "golden" / "snippets"
ACCEPTED = sorted((GOLDEN / "accepted").glob("*.py"))
REFUSED = sorted((GOLDEN / "refused").glob("*.py"))
# Kinds whose inputs are too big to keep as golden files: tested below instead.
KINDS_TESTED_OUTSIDE_GOLDEN = {"too_large", "too_deep"}


def expected_reading(path: Path) -> tuple[ButtonConfig, tuple[str, ...]]:
    """An accepted golden's expected config (the fields that differ) and notes."""
    expected = ast.literal_eval(path.with_suffix(".expected").read_text())
    notes = expected.pop("notes", ())
    return ButtonConfig(**expected), notes


def refused_kind(path: Path) -> str:
    return path.stem.split("-")[0]


# Round trip --------------------------------------------------------------------


# The paste reader's main promise: five times the profile's examples
# (1,000 in CI's default profile, 125 in the fast tier's).
@settings(max_examples=5 * settings.default.max_examples)
@given(playground_configs)
def test_generated_code_reads_back_as_its_config(cfg):
    assert parse_snippet(generate_code(cfg, complete=True)) == cfg
    assert parse_snippet(generate_code(cfg, complete=False)) == cfg


@pytest.mark.parametrize("name", GOLDEN_CONFIGS)
def test_pinned_configs_read_back_from_their_code(name):
    cfg, _ = GOLDEN_CONFIGS[name]
    for complete in (True, False):
        assert parse_snippet(generate_code(cfg, complete=complete)) == cfg


@pytest.mark.parametrize("preset", bundled_presets(), ids=lambda preset: preset.title)
def test_every_preset_reads_back_from_its_code(preset):
    for complete in (True, False):
        assert parse_snippet(generate_code(preset.config, complete=complete)) == (
            preset.config
        )


def test_round_trip_tells_configs_apart():
    """The negative twin: the code of one config does not read as another."""
    first = ButtonConfig(label="Save", mode="toggle")
    assert parse_snippet(generate_code(first)) != dataclasses.replace(
        first, mode="if_block"
    )


@given(button_configs)
def test_a_key_the_playground_uses_is_refused_at_the_key(cfg):
    cfg = dataclasses.replace(cfg, key="ctl_label")
    with pytest.raises(SnippetError, match="used by the playground itself") as error:
        parse_snippet(generate_code(cfg, complete=False))
    assert error.value.kind == "invalid_value"


# Golden files ------------------------------------------------------------------


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda path: path.stem)
def test_accepted_form_reads_as_its_expected_config(path):
    cfg, notes = expected_reading(path)
    reading = read_snippet(path.read_text())
    assert reading.config == cfg
    assert reading.notes == notes


@pytest.mark.parametrize("path", REFUSED, ids=lambda path: path.stem)
def test_refused_form_gives_its_expected_message(path):
    with pytest.raises(SnippetError) as error:
        parse_snippet(path.read_text())
    assert f"{error.value}\n" == path.with_suffix(".expected").read_text()
    assert error.value.kind == refused_kind(path)


def test_golden_snippets_are_all_in_use():
    """Each input has its expectation and each expectation its input; every refusal kind has a case."""
    for folder in ("accepted", "refused"):
        inputs = {path.stem for path in (GOLDEN / folder).glob("*.py")}
        expectations = {path.stem for path in (GOLDEN / folder).glob("*.expected")}
        assert inputs == expectations, folder
    assert {path.name for path in GOLDEN.iterdir()} == {"accepted", "refused"}
    kinds = {refused_kind(path) for path in REFUSED}
    assert kinds == set(ERROR_KINDS) - KINDS_TESTED_OUTSIDE_GOLDEN


# Errors: where and what --------------------------------------------------------


def test_snippet_error_is_a_value_error_with_line_and_column():
    with pytest.raises(ValueError) as error:
        parse_snippet('import streamlit as st\n\nst.button("Go", key=KEY)\n')
    assert isinstance(error.value, SnippetError)
    assert (error.value.line, error.value.column) == (3, 21)
    assert str(error.value).startswith("Line 3, column 21: `key` is the name `KEY`")


def test_several_calls_list_each_with_line_and_label():
    source = 'st.button("A")\nif col.button("B", key="b"):\n    pass\n'
    with pytest.raises(SnippetError) as error:
        parse_snippet(source)
    assert [call.describe() for call in error.value.calls] == [
        "line 1: st.button('A')",
        "line 2: col.button('B')",
    ]
    assert find_button_calls(source) == list(error.value.calls)


def calls_on_lines(count: int) -> str:
    return "".join(f'st.button("B{number}")\n' for number in range(1, count + 1))


def test_ten_calls_are_all_listed_in_the_message():
    with pytest.raises(SnippetError) as error:
        parse_snippet(calls_on_lines(MAX_LISTED))
    assert "line 10: st.button('B10'))." in str(error.value)
    assert "more" not in str(error.value)


def test_past_ten_calls_the_message_lists_ten_and_counts_the_rest():
    with pytest.raises(SnippetError) as error:
        parse_snippet(calls_on_lines(MAX_LISTED + 1))
    message = str(error.value)
    assert "line 10: st.button('B10'); …and 1 more)." in message
    assert "B11" not in message
    assert len(error.value.calls) == 11


def test_thousands_of_calls_give_a_short_message_and_keep_every_call():
    source = 'st.button("a")\n' * 6000
    assert len(source.encode()) < MAX_SOURCE_BYTES
    with pytest.raises(SnippetError) as error:
        parse_snippet(source)
    assert "found 6,000 widget calls" in str(error.value)
    assert "…and 5,990 more" in str(error.value)
    assert len(str(error.value)) < 1000
    assert [call.line for call in error.value.calls] == list(range(1, 6001))


def test_a_call_line_without_a_call_lists_ten_calls_at_most():
    with pytest.raises(SnippetError, match="no widget call on line 99") as error:
        parse_snippet(calls_on_lines(12), call_line=99)
    assert str(error.value).endswith("line 10: st.button('B10'); …and 2 more.")


def test_call_line_picks_one_of_several_calls():
    source = 'st.button("A")\nif col.button("B", key="b"):\n    pass\n'
    assert parse_snippet(source, call_line=2) == ButtonConfig(
        label="B", key="b", mode="if_block"
    )
    assert parse_snippet(source, call_line=1) == ButtonConfig(label="A")


def test_call_line_without_a_call_is_refused_with_the_calls_listed():
    with pytest.raises(SnippetError, match="no widget call on line 2") as error:
        parse_snippet('st.button("A")\nx = 1\nst.button("B")\n', call_line=2)
    assert len(error.value.calls) == 2


def test_call_line_with_two_calls_on_it_is_refused():
    with pytest.raises(SnippetError, match="line 1 holds 2 widget calls"):
        parse_snippet('st.button("A"); st.button("B")\n', call_line=1)


def test_a_single_call_needs_no_call_line():
    """The twin of the several-calls refusal: one call is read without picking."""
    assert find_button_calls('st.button("A")') == [
        find_button_calls('st.button("A")')[0]
    ]
    assert parse_snippet('st.button("A")') == ButtonConfig(label="A")


# Limits ------------------------------------------------------------------------


def test_text_over_the_size_limit_is_refused_before_parsing():
    call = 'st.button("Go")\n'
    padding = "#" * (MAX_SOURCE_BYTES - len(call))
    assert parse_snippet(padding + "\n" + call[:-1]) == ButtonConfig(label="Go")
    with pytest.raises(SnippetError, match="paste at most 100,000") as error:
        parse_snippet(padding + "#\n" + call)
    assert error.value.kind == "too_large"


def test_size_limit_counts_bytes_not_characters():
    emoji_label = "🔥" * (MAX_SOURCE_BYTES // 4)  # 4 bytes each
    with pytest.raises(SnippetError) as error:
        parse_snippet(f'st.button("{emoji_label}")')
    assert error.value.kind == "too_large"


@pytest.mark.parametrize(
    "source",
    [
        'st.button("Go", width=' + "-" * 5000 + "1)",
        'st.button("Go", key=a' + ".b" * 5000 + ")",
        "x = " + "not " * 5000 + "x\nst.button('Go')",
        "x = " + "1 + " * 20000 + "1\nst.button('Go')",
    ],
    ids=["minus_signs", "attribute_chain", "nots", "sum"],
)
def test_deep_nesting_gives_a_message_not_a_recursion_error(source):
    with pytest.raises(SnippetError, match="nested deeper") as error:
        parse_snippet(source)
    assert error.value.kind == "too_deep"


def test_nesting_the_parser_takes_is_read():
    """The twin: deep but parseable code is read, not refused as too deep."""
    nested: list = []
    for _ in range(149):
        nested = [nested]
    source = 'st.button("Go", on_click=f, args=(' + "[" * 150 + "]" * 150 + ",))"
    assert parse_snippet(source).args == (nested,)


def test_nested_parentheses_past_python_limit_are_a_syntax_error():
    with pytest.raises(SnippetError, match="too many nested parentheses"):
        parse_snippet('st.button("Go", args=' + "(" * 250 + ")" * 250 + ")")


# Safety ------------------------------------------------------------------------


def test_pasted_code_is_never_run(tmp_path):
    """Code that would leave a file behind if run, or import a module, is only read."""
    marker = tmp_path / "ran"
    source = (
        f"open({str(marker)!r}, 'w').write('x')\n"
        "import this_module_does_not_exist\n"
        f"st.button('Go', on_click=run, kwargs={{'path': {str(marker)!r}}})\n"
    )
    assert parse_snippet(source).kwargs == {"path": str(marker)}
    assert not marker.exists()


@given(hs.text(max_size=300))
def test_any_text_reads_as_a_config_or_a_snippet_error(text):
    try:
        cfg = parse_snippet(text)
    except SnippetError as error:
        assert error.line >= 1 and error.column >= 1
        assert error.kind in ERROR_KINDS
    else:
        assert isinstance(cfg, ButtonConfig)


@given(playground_configs, hs.data())
def test_damaged_code_reads_as_a_config_or_a_snippet_error(cfg, data):
    code = generate_code(cfg, complete=False)
    start = data.draw(hs.integers(0, len(code)))
    end = data.draw(hs.integers(start, min(len(code), start + 20)))
    damaged = (
        code[:start] + data.draw(hs.sampled_from(["", "(", "x", ",", "*"])) + code[end:]
    )
    try:
        assert isinstance(parse_snippet(damaged), ButtonConfig)
    except SnippetError as error:
        assert error.kind in ERROR_KINDS


# Readings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "mode"),
    [
        ("    st.success('Hi')", "if_block"),
        ("    st.rerun()", "rerun"),
        ("    flag = not flag", "toggle"),
        ("    flag = not other", "if_block"),
        ("    a = b = not a", "if_block"),
    ],
)
def test_if_body_decides_the_mode(body, mode):
    assert parse_snippet(f"if st.button('Go'):\n{body}\n").mode == mode


def test_use_container_width_none_is_its_default_and_says_nothing():
    reading = read_snippet("st.button('Go', use_container_width=None)")
    assert reading.config == ButtonConfig(label="Go")
    assert reading.notes == ()


def test_empty_args_without_on_click_are_no_arguments():
    """st.button takes args=() and kwargs={} without a callback: nothing to refuse."""
    assert parse_snippet("st.button('Go', args=(), kwargs={})") == ButtonConfig(
        label="Go"
    )


# Numbers Python won't print -------------------------------------------------------


@pytest.mark.parametrize("number", ["9999", "0x" + "f" * 4_000])
def test_a_number_as_on_click_is_refused_with_a_short_message_however_long(number):
    # 4,000 hex digits are over 4,800 decimal ones, more than Python will write
    # out: quoting the code in the message must not need to.
    with pytest.raises(SnippetError) as error:
        parse_snippet(f'st.button("Go", on_click={number})')
    assert error.value.kind == "not_literal"
    assert "on_click" in error.value.message and len(error.value.message) < 500


# A walrus around the call ------------------------------------------------------


@pytest.mark.parametrize(
    ("test", "mode"),
    [
        ('(clicked := st.button("Go"))', "if_block"),
        ('(clicked := st.button("Go")) and ready', "if_block"),
        ('ready and (clicked := (st.button("Go")))', "if_block"),
    ],
)
def test_a_walrus_holding_the_call_is_the_if_block_pattern(test, mode):
    assert parse_snippet(f"if {test}:\n    st.write('Hi')\n").mode == mode


def test_a_walrus_holding_the_call_with_a_rerun_body_is_the_rerun_mode():
    code = 'if (clicked := st.button("Go")):\n    st.rerun()\n'
    assert parse_snippet(code).mode == "rerun"


@pytest.mark.parametrize(
    "test",
    [
        'not (clicked := st.button("Go"))',
        '(clicked := st.button("Go")) or ready',
        '(clicked := st.button("Go")) is False',
    ],
)
def test_a_walrus_the_body_runs_without_a_click_stays_plain(test):
    """The twins: a test that is true without the click is not the pattern."""
    assert parse_snippet(f"if {test}:\n    st.write('Hi')\n").mode == "plain"
