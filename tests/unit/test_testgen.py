"""The "Copy as test" snippet is a passing pytest test of the generated app, for every mode."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given

from components.codegen import format_code, generate_code
from components.config import MODES, ButtonConfig
from components.testgen import generate_test
from tests.strategies import playground_configs

ROOT = Path(__file__).parent.parent.parent

# A varied set: each mode with a key and without, odd labels, every argument,
# callback arguments, and disabled buttons (which the test can't click).
BASES = {
    "default": ButtonConfig(),
    "keyed_primary": ButtonConfig(label="Save", key="save", type="primary"),
    "tricky_label": ButtonConfig(label='It\'s "quoted" """ \'\'\' \\ **bold**\n'),
    "every_argument": ButtonConfig(
        label="Say **hello**",
        key="hello",
        help="Greets you",
        type="tertiary",
        icon="👋",
        icon_position="right",
        width=240,
        shortcut="Ctrl+K",
        wrap=False,
    ),
}
CALLBACK_ARGUMENTS = {"args": (3, "draft", [1.5, None]), "kwargs": {"limit": 500}}


def varied_configs() -> dict[str, ButtonConfig]:
    configs = {}
    for base_name, base in BASES.items():
        for mode in MODES:
            configs[f"{base_name}_{mode}"] = dataclasses.replace(base, mode=mode)
    configs["callback_with_arguments"] = ButtonConfig(
        label="Save", mode="callback", **CALLBACK_ARGUMENTS
    )
    configs["callback_with_arguments_keyed"] = ButtonConfig(
        label="Save", key="save", mode="callback", args=("a",)
    )
    for mode in MODES:
        configs[f"disabled_{mode}"] = ButtonConfig(
            label="Off", disabled=True, mode=mode
        )
    return configs


VARIED = varied_configs()


def test_every_generated_test_passes_under_pytest(tmp_path):
    """One pytest process runs them all: each file is a generated test, as copied."""
    for name, cfg in VARIED.items():
        (tmp_path / f"test_{name}.py").write_text(generate_test(cfg))
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    assert f"{len(VARIED)} passed" in result.stdout


def test_a_generated_test_fails_against_an_app_that_does_not_do_its_mode(tmp_path):
    """The negative twin: each mode's test, run against another mode's app, fails.

    The plain app shows nothing on a click; the rerun app's button is False
    again by the time its st.rerun() has finished.
    """
    for mode in MODES:
        other = "rerun" if mode == "plain" else "plain"
        wrong_app = generate_code(ButtonConfig(mode=other))
        # A second APP at the bottom rebinds the name before any test runs.
        test = generate_test(ButtonConfig(mode=mode)) + f"\nAPP = {wrong_app!r}\n"
        (tmp_path / f"test_{mode}.py").write_text(test)
    result = run_pytest(tmp_path)
    assert f"{len(MODES)} failed" in result.stdout, result.stdout[-4000:]


def run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )


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
