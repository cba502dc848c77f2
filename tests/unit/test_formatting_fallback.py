"""Without black, or with black failing, the code comes out unformatted, valid, and the same button.

black is patched to fail (or blocked at import) for one test or one example
at a time, with the formatting cache cleared on both sides, so no
unformatted text outlives the fault. The twins: with black working, no
problem is reported and the code is black's.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import black
import pytest
from hypothesis import given

import components.core
from components.core import codegen
from components.core.codegen import (
    NO_BLACK,
    format_code,
    format_source,
    formatting_problem,
    generate_code,
)
from components.core.config import (
    ButtonConfig,
    call_kwargs,
)
from components.core.snippet_parser import parse_snippet
from components.core.testgen import (
    formatting_problem_of_test,
    generate_test,
)
from tests.support.strategies import button_configs, playground_configs

FAILURE = "INTERNAL ERROR: Black produced code that is not equivalent to the source."


@contextmanager
def black_failing() -> Iterator[None]:
    """black.format_str raising, as black's own safety checks do on a bad day."""

    def fail(source: str, *, mode: black.Mode) -> str:
        raise AssertionError(f"{FAILURE}\nPlease report a bug on GitHub.")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(black, "format_str", fail)
        format_source.cache_clear()
        try:
            yield
        finally:
            format_source.cache_clear()


@contextmanager
def codegen_imported_without_black() -> Iterator[object]:
    """components.core.codegen imported afresh while ``import black`` fails."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "black", None)
        patch.delitem(sys.modules, "components.core.codegen")
        # The import sets the package's attribute too: put that back as well.
        patch.setattr(components.core, "codegen", codegen)
        yield importlib.import_module("components.core.codegen")


# The paste reader refuses the playground's own keys: configs it reads back.
@given(playground_configs)
def test_when_black_fails_the_code_is_valid_and_reads_back_as_its_config(cfg):
    with black_failing():
        for complete in (True, False):
            code = generate_code(cfg, complete=complete)
            ast.parse(code)
            assert parse_snippet(code) == cfg
            assert (
                formatting_problem(cfg, complete=complete) == f"black failed: {FAILURE}"
            )


@given(button_configs)
def test_when_black_fails_the_test_of_the_app_is_valid_python(cfg):
    with black_failing():
        for self_contained in (False, True):
            ast.parse(generate_test(cfg, self_contained=self_contained))
            problem = formatting_problem_of_test(cfg, self_contained=self_contained)
            assert problem == f"black failed: {FAILURE}"


@given(button_configs)
def test_with_black_working_no_problem_is_reported(cfg):
    assert formatting_problem(cfg, complete=True) is None
    assert formatting_problem(cfg, complete=False) is None
    assert formatting_problem_of_test(cfg) is None
    assert formatting_problem_of_test(cfg, self_contained=True) is None


def test_when_black_fails_the_code_is_as_written_and_black_can_still_format_it():
    cfg = ButtonConfig(label="Go", type="primary", mode="if_block")
    with black_failing():
        unformatted = generate_code(cfg)
    assert unformatted == (
        "import streamlit as st\n\n"
        "if st.button('Go', type='primary'):\n"
        "    st.success('Clicked! The button returned True on this rerun only.')\n"
    )
    # black, back at work, formats it into exactly the usual code.
    assert black.format_str(unformatted, mode=black.Mode()) == generate_code(cfg)


def test_a_failure_is_reported_by_its_first_line_only():
    with black_failing():
        assert format_source("x = 1\n") == ("x = 1\n", f"black failed: {FAILURE}")
        assert format_code("x = 1\n") == "x = 1\n"


def test_with_black_working_the_code_is_formatted_and_no_problem_is_reported():
    assert format_source("x=1\n") == ("x = 1\n", None)


def test_without_black_at_import_the_code_is_unformatted_valid_and_says_so():
    cfg = ButtonConfig(label="Refresh", icon="🔄", mode="callback", kwargs={"n": 5})
    with codegen_imported_without_black() as fresh:
        assert fresh.black is None
        code = fresh.generate_code(cfg)
        assert fresh.formatting_problem(cfg) == NO_BLACK
    ast.parse(code)
    assert parse_snippet(code) == cfg
    assert "st.button('Refresh'" in code
    # The app's own module is back, untouched.
    assert sys.modules["components.core.codegen"] is components.core.codegen is codegen
    assert codegen.black is black


def test_the_unformatted_call_carries_exactly_call_kwargs():
    cfg = ButtonConfig(label="Save", type="primary", width=240, disabled=True)
    with black_failing():
        code = generate_code(cfg, complete=False)
    (call,) = [node for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Call)]
    keywords = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    assert {"label": ast.literal_eval(call.args[0]), **keywords} == call_kwargs(cfg)
