"""Fuzz: hostile code pasted into the editor and applied.

Sources are st.button calls whose arguments are hostile literals, wrong types,
names st.button lacks and expressions that would have to run, in every
pattern the reader knows (if, and, with, def, a toggle, st.rerun); generated
code spliced with hostile text; and hostile text that is no code at all (control
characters, lone surrogates, null bytes, 100 KB). Core: ``read_snippet`` gives
a valid config that reads back from its own code, or a ``SnippetError`` with a
line, a column and a short sentence that names the argument at fault. AppTest:
Apply shows the config everywhere, or that sentence under the editor while
nothing changes.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components.core.callback import CALLBACK_NAME
from components.core.codegen import generate_code
from components.core.config import (
    ButtonConfig,
    call_kwargs,
)
from components.core.kinds import KINDS
from components.core.snippet_parser import (
    ERROR_KINDS,
    SnippetError,
    SnippetReading,
    parse_snippet,
    read_snippet,
)
from tests.fuzz.checks import assert_no_exception, assert_short, assert_shows, shown
from tests.support.apptest import only, shown_config, submit_code
from tests.support.apptest import shown as message_text
from tests.support.strategies import (
    EDGE_INTEGERS,
    MARKUP,
    URL_TEXTS,
    hostile_literals,
    hostile_texts,
    playground_configs,
    wrong_types,
)

FUZZ = settings(settings.get_profile("fuzz"))

# Kinds of refusal that are about one argument: their sentence names it.
# Unpacking is not: `st.button(*args)` has no argument to name, only a shape.
ARGUMENT_KINDS = {"not_literal", "invalid_value", "unknown_argument"}
# Code where a literal belongs: each would have to run to be read.
EXPRESSIONS = (
    "LABEL",
    "cfg.label",
    "f'{x}'",
    "open('/etc/passwd').read()",
    "__import__('os').system('echo pwned')",
    "lambda: 1",
    "x[0]",
    "*args",
    "**kwargs",
    "1 + 1",
    "not True",
    "-(1)",
    "(yield)",
    "[i for i in range(3)]",
)


def _written(value: object) -> str:
    """A value as pasted code writes it; Python prints no integer of over 4,300 digits."""
    try:
        return repr(value)
    except ValueError:
        return f"0x{value:x}" if isinstance(value, int) else "0x" + "F" * 5_000


argument_texts = st.one_of(
    hostile_texts().filter(lambda text: len(text) <= 3_000).map(repr),
    hostile_literals.map(repr),
    wrong_types.map(_written),
    st.sampled_from([repr(number) for number in EDGE_INTEGERS]),
    st.sampled_from(EXPRESSIONS),
    st.sampled_from(("True", "False", "None", "'primary'", "'stretch'", "240")),
    st.sampled_from([repr(url) for url in URL_TEXTS]),
    st.sampled_from(("'ignore'", "'rerun'", "data", "make_data", "lambda: 'x'")),
)
EVERY_PARAMETER = tuple(
    dict.fromkeys(name for kind in KINDS.values() for name in kind.signature.parameters)
)
argument_names = st.one_of(
    st.sampled_from(EVERY_PARAMETER),
    st.sampled_from(("use_container_width", "tpye", "on_change", "label")),
)


def call_of(cfg: ButtonConfig, overrides: dict[str, str]) -> str:
    """The call of ``cfg``'s widget, each argument by keyword, some written over."""
    written = {name: repr(value) for name, value in call_kwargs(cfg).items()}
    if cfg.mode == "callback":
        written["on_click"] = CALLBACK_NAME
        written |= {"args": repr(cfg.args), "kwargs": repr(dict(cfg.kwargs))}
    written |= overrides
    arguments = ", ".join(f"{n}={text}" for n, text in written.items())
    return f"{KINDS[cfg.kind].call_name}({arguments})"


# A valid button with one or two arguments written over: mostly read, often refused.
near_calls = st.builds(
    call_of,
    playground_configs,
    st.dictionaries(argument_names, argument_texts, max_size=2),
)
# Anything in any order: mostly refused.
wild_calls = st.builds(
    lambda label, keywords, callee: (
        f"{callee}("
        + ", ".join([*label, *(f"{name}={text}" for name, text in keywords)])
        + ")"
    ),
    st.lists(argument_texts, max_size=2),
    st.lists(st.tuples(argument_names, argument_texts), max_size=4),
    st.sampled_from(
        (
            "st.button",
            "streamlit.button",
            "col.button",
            "st.sidebar.button",
            "st.link_button",
            "st.download_button",
        )
    ),
)
PATTERNS = (
    "{call}",
    "import streamlit as st\n\n{call}\n",
    "if {call}:\n    st.success('hi')\n",
    "if {call}:\n    st.session_state.n += 1\n    st.rerun()\n",
    "if {call}:\n    st.session_state.show = not st.session_state.show\n",
    "if uploaded is not None and {call}:\n    pass\n",
    "with st.sidebar:\n    {call}\n",
    "def page():\n    x = {call}\n",
    "{call}\n{call}\n",
    "if not {call}:\n    pass\n",
)
snippets = st.builds(
    lambda pattern, call: pattern.format(call=call),
    st.sampled_from(PATTERNS),
    st.one_of(near_calls, near_calls, near_calls, wild_calls),
)


def splice(source: str, at: int, cut: int, insert: str) -> str:
    at %= len(source) + 1
    return source[:at] + insert + source[at + cut :]


spliced = st.builds(
    splice,
    playground_configs.map(generate_code),
    st.integers(0, 5_000),
    st.integers(0, 10),
    st.one_of(st.sampled_from(MARKUP), hostile_texts().filter(lambda t: len(t) < 50)),
)
sources = st.one_of(snippets, snippets, snippets, spliced, hostile_texts())


def reading_of(source: str) -> SnippetReading | SnippetError:
    try:
        return read_snippet(source)
    except SnippetError as error:
        return error


def names_an_argument(message: str) -> bool:
    return any(
        f"`{name}`" in message or f"argument `{name}" in message
        for name in EVERY_PARAMETER
    ) or bool(re.search(r"takes no argument `", message))


# --- core -------------------------------------------------------------------------


@FUZZ
@given(sources)
def test_any_paste_is_read_to_a_config_or_refused_with_line_column_and_reason(source):
    result = reading_of(source)
    if isinstance(result, SnippetError):
        assert result.kind in ERROR_KINDS
        assert result.line >= 1 and result.column >= 1
        assert result.line <= source.count("\n") + source.count("\r") + 1
        assert_short(result.message)
        if result.kind in ARGUMENT_KINDS:
            assert names_an_argument(result.message), result.message
        return
    for note in result.notes:
        assert_short(note)
    assert parse_snippet(generate_code(result.config)) == result.config


def test_unpacked_arguments_are_refused_as_unpacking_without_an_argument_to_name():
    error = reading_of("st.button(*args)")
    assert error.kind == "unpacking" and error.kind not in ARGUMENT_KINDS
    assert "Write each argument out" in error.message


def test_the_paste_check_sees_a_refusal_that_names_no_argument():
    """The twin: ``names_an_argument`` fails a sentence about no argument."""
    error = reading_of('st.button("Go", type="danger")')
    assert names_an_argument(error.message)
    assert not names_an_argument("this is not valid Python: invalid syntax.")


# --- AppTest: Apply in the editor ------------------------------------------------


def code_errors(at: AppTest) -> list[str]:
    return [message_text(element) for element in at.container("code").error]


def assert_applied_or_refused(at: AppTest, source: str, before) -> None:
    result = reading_of(source)
    assert_no_exception(at)
    if isinstance(result, SnippetError):
        message = only(code_errors(at))
        assert message.startswith(f"Line {result.line}, column {result.column}: ")
        assert result.message in message
        assert shown(at) == before
    else:
        assert code_errors(at) == []
        assert shown_config(at) == result.config
        assert_shows(at, result.config)


@FUZZ
@given(sources)
def test_any_pasted_code_is_applied_everywhere_or_refused_under_the_editor(
    session, source
):
    before = shown(session.at)
    submit_code(session.at, source)
    assert_applied_or_refused(session.at, source, before)


def test_the_apply_check_sees_a_paste_applied_and_a_paste_refused(session):
    """The twin: the check holds for good code, and for bad code that changes nothing."""
    before = shown(session.at)
    submit_code(session.at, 'st.button("Pasted", type="primary")')
    assert_applied_or_refused(session.at, 'st.button("Pasted", type="primary")', before)
    assert shown(session.at) != before
    before = shown(session.at)
    submit_code(session.at, 'st.button("Go", type="danger")')
    assert_applied_or_refused(session.at, 'st.button("Go", type="danger")', before)
    assert "`type` is 'danger'" in only(code_errors(session.at))
