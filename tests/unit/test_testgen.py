"""The "Copy as test" snippet is a passing pytest test of the generated app, for every mode."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given

from components.core.codegen import (
    format_code,
    generate_code,
)
from components.core.config import ButtonConfig
from components.core.testgen import generate_test
from tests.support.configs import varied_configs
from tests.support.strategies import playground_configs

VARIED = varied_configs()


@pytest.mark.parametrize("name", VARIED)
def test_generated_test_carries_the_complete_app_exactly(name):
    cfg = VARIED[name]
    module = ast.parse(generate_test(cfg))
    app = next(
        node.value.value
        for node in module.body
        if isinstance(node, ast.Assign) and node.targets[0].id == "APP"
    )
    assert app == generate_code(cfg, complete=True)


@given(playground_configs)
def test_generated_test_is_black_formatted_and_carries_the_app(cfg):
    test = generate_test(cfg)
    assert format_code(test) == test
    app = next(
        node.value.value
        for node in ast.parse(test).body
        if isinstance(node, ast.Assign) and node.targets[0].id == "APP"
    )
    assert app == generate_code(cfg, complete=True)


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
    assert "in shown_texts(at)" in test


@pytest.mark.parametrize("mode", ["plain", "if_block", "toggle"])
def test_modes_that_write_no_text_carry_no_text_helper(mode):
    assert "shown_texts" not in generate_test(ButtonConfig(mode=mode))


def test_button_is_found_by_key_when_it_has_one_and_by_label_otherwise():
    keyed = generate_test(ButtonConfig(label="Save", key="save"))
    unkeyed = generate_test(ButtonConfig(label="Save"))
    assert 'at.button(key="save")' in keyed
    assert "button.label ==" not in keyed
    assert 'button.label == "Save"' in unkeyed
    assert "at.button(key=" not in unkeyed


def test_disabled_button_is_checked_disabled_and_never_clicked():
    disabled = generate_test(ButtonConfig(disabled=True, mode="if_block"))
    enabled = generate_test(ButtonConfig(mode="if_block"))
    assert "assert find_button(at).disabled" in disabled
    assert ".click()" not in disabled
    assert ".click()" in enabled
    assert ".disabled" not in enabled
