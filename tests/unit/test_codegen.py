"""Generated code is valid, black-stable, faithful to call_kwargs, and as pinned."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given

from components.core.codegen import (
    format_code,
    generate_code,
)
from components.core.config import (
    ButtonConfig,
    call_kwargs,
)
from components.core.modes import IF_BLOCK_MESSAGE
from components.core.rules import MAX_TEXT_CHARS
from tests.support.configs import EVERY_ARGUMENT
from tests.support.strategies import any_text, button_configs

GOLDEN = Path(__file__).parent.parent / "golden" / "codegen"

GOLDEN_CONFIGS = {
    "default_complete": (ButtonConfig(), True),
    "default_minimal": (ButtonConfig(), False),
    "refresh_data_minimal": (
        ButtonConfig(
            label="Refresh data",
            type="primary",
            icon=":material/refresh:",
            width="stretch",
        ),
        False,
    ),
    "every_argument_if_block": (
        replace(EVERY_ARGUMENT, disabled=True, mode="if_block"),
        True,
    ),
    "tricky_label": (ButtonConfig(label='It\'s "quoted"\nand \\ """'), False),
    "refresh_data_callback": (
        ButtonConfig(
            label="Refresh data",
            type="primary",
            icon=":material/refresh:",
            width="stretch",
            mode="callback",
            kwargs={"limit": 500},
        ),
        True,
    ),
    "callback_args_colliding_with_kwargs": (
        ButtonConfig(mode="callback", args=(1, "a"), kwargs={"arg1": True}),
        True,
    ),
    "callback_without_arguments_minimal": (ButtonConfig(mode="callback"), False),
    "toggle_advanced_options": (
        ButtonConfig(label="Toggle advanced options", mode="toggle"),
        True,
    ),
    "rerun_add_one": (ButtonConfig(label="Add one", mode="rerun"), True),
}


def st_button_call(code: str) -> ast.Call:
    """The one st.button(...) call in ``code``."""
    calls = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "button"
    ]
    assert len(calls) == 1, code
    return calls[0]


def literal_arguments(call: ast.Call) -> dict:
    """The call's literal arguments by st.button parameter name (on_click is a name)."""
    arguments = {"label": ast.literal_eval(call.args[0])} if call.args else {}
    arguments |= {
        kw.arg: ast.literal_eval(kw.value)
        for kw in call.keywords
        if kw.arg != "on_click"
    }
    return arguments


@pytest.mark.parametrize("name", GOLDEN_CONFIGS)
def test_generated_code_matches_its_golden_file(name):
    cfg, complete = GOLDEN_CONFIGS[name]
    assert generate_code(cfg, complete=complete) == (GOLDEN / f"{name}.py").read_text()


def test_golden_files_are_all_in_use():
    assert {path.stem for path in GOLDEN.glob("*.py")} == set(GOLDEN_CONFIGS)


@given(button_configs)
def test_generated_code_compiles_is_black_stable_and_carries_call_kwargs(cfg):
    for complete in (True, False):
        code = generate_code(cfg, complete=complete)
        compile(code, "<generated>", "exec")
        assert format_code(code) == code
        arguments = literal_arguments(st_button_call(code))
        assert arguments.pop("args", ()) == cfg.args
        assert arguments.pop("kwargs", {}) == cfg.kwargs
        assert arguments == call_kwargs(cfg)


@given(any_text)
def test_any_label_comes_back_as_an_equal_literal(label):
    code = generate_code(ButtonConfig(label=label), complete=False)
    assert ast.literal_eval(st_button_call(code).args[0]) == label


def test_complete_app_imports_streamlit_and_minimal_snippet_does_not():
    assert generate_code(ButtonConfig()).startswith("import streamlit as st\n")
    assert "import" not in generate_code(ButtonConfig(), complete=False)


def test_short_call_stays_on_one_line():
    code = generate_code(ButtonConfig(type="primary"), complete=False)
    assert code == 'st.button("Click me", type="primary")\n'


def test_if_block_mode_reacts_to_the_click_in_its_body():
    body = ast.parse(generate_code(ButtonConfig(mode="if_block"))).body[-1]
    assert isinstance(body, ast.If)
    assert ast.literal_eval(body.body[0].value.args[0]) == IF_BLOCK_MESSAGE


def test_plain_mode_has_no_if_block():
    tree = ast.parse(generate_code(ButtonConfig(mode="plain")))
    assert not any(isinstance(node, ast.If) for node in ast.walk(tree))


def test_a_label_of_the_longest_length_stays_correct():
    label = "ab\"'" * (MAX_TEXT_CHARS // 4)
    code = generate_code(ButtonConfig(label=label))
    assert literal_arguments(st_button_call(code))["label"] == label
