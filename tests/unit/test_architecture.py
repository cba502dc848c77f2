"""The house rules, checked by reading the source with ast.

Core modules are pure (no drawing, no session or query state), and nothing
in the app executes what a user typed, pasted or uploaded.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
CORE_MODULES = (
    "config",
    "codegen",
    "controls",
    "contrast",
    "events",
    "presets",
    "url_state",
    "snippet_parser",
    "testgen",
)
APP_SOURCES = sorted([ROOT / "playground.py", *(ROOT / "components").glob("*.py")])
FORBIDDEN_CALLS = {"exec", "eval", "compile", "__import__"}
FORBIDDEN_MODULES = {"runpy", "pickle", "marshal"}


def streamlit_uses(source: str) -> list[str]:
    """Calls of ``st.<anything>`` and reads of session or query state."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in {
            "session_state",
            "query_params",
        }:
            found.append(node.attr)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "st"
        ):
            found.append(f"st.{node.func.attr}()")
    return found


def execution_of_input(source: str) -> list[str]:
    """Calls that run code, and imports of modules that load code or pickles."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in FORBIDDEN_CALLS:
                found.append(node.func.id)
        if isinstance(node, ast.Import):
            found += [
                a.name for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES
            ]
        if (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").split(".")[0] in FORBIDDEN_MODULES
        ):
            found.append(node.module)
    return found


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_neither_draws_nor_touches_session_state(module):
    source = (ROOT / "components" / f"{module}.py").read_text()
    assert streamlit_uses(source) == []


def test_purity_scan_catches_drawing_and_session_state():
    source = "import streamlit as st\nst.write(1)\nst.session_state['a'] = 1\n"
    assert streamlit_uses(source) == ["st.write()", "session_state"]


def test_only_state_module_touches_session_state():
    touching = {
        path.name
        for path in APP_SOURCES
        if "session_state" in streamlit_uses(path.read_text())
    }
    assert touching == {"state.py"}


@pytest.mark.parametrize("path", APP_SOURCES, ids=lambda path: path.name)
def test_app_source_executes_nothing(path):
    assert execution_of_input(path.read_text()) == []


def test_execution_scan_catches_eval_exec_and_pickle():
    source = "import pickle\nfrom runpy import run_path\neval('1')\nexec('x')\n"
    assert sorted(execution_of_input(source)) == ["eval", "exec", "pickle", "runpy"]
