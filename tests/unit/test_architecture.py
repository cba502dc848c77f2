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
# Built-ins that run or import code given as text.
FORBIDDEN_CALLS = {"exec", "eval", "compile", "__import__"}
# Modules that run code, import it by name, or load pickles (shelve is pickle
# underneath; code and codeop compile and run source).
FORBIDDEN_MODULES = {
    "runpy",
    "pickle",
    "marshal",
    "importlib",
    "shelve",
    "code",
    "codeop",
}
BUILTINS_NAMES = {"builtins", "__builtins__"}


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
    """Calls that run code, and imports of modules that load code or pickles.

    A built-in counts however it is reached: by name (``eval``), through the
    builtins module (``builtins.eval``, ``__builtins__.eval``), or looked up
    by its name as text (``getattr(builtins, "eval")``).
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            found += _forbidden_call(node)
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


def _forbidden_call(node: ast.Call) -> list[str]:
    func = node.func
    if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
        return [func.id]
    if (
        isinstance(func, ast.Attribute)
        and func.attr in FORBIDDEN_CALLS
        and isinstance(func.value, ast.Name)
        and func.value.id in BUILTINS_NAMES
    ):
        return [func.attr]
    named = [
        argument.value
        for argument in node.args
        if isinstance(argument, ast.Constant) and argument.value in FORBIDDEN_CALLS
    ]
    if isinstance(func, ast.Name) and func.id == "getattr":
        return named
    return []


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


# One snippet per way of running, importing or unpickling what a user gave.
EXECUTING = {
    "exec": ("exec(text)", "exec"),
    "eval": ("eval(text)", "eval"),
    "compile": ("compile(text, 'pasted', 'exec')", "compile"),
    "__import__": ("__import__(name)", "__import__"),
    "builtins.eval": ("import builtins\nbuiltins.eval(text)", "eval"),
    "__builtins__.exec": ("__builtins__.exec(text)", "exec"),
    "getattr eval": ("import builtins\ngetattr(builtins, 'eval')(text)", "eval"),
    "runpy": ("import runpy\nrunpy.run_path(path)", "runpy"),
    "from runpy": ("from runpy import run_path", "runpy"),
    "pickle": ("import pickle\npickle.loads(data)", "pickle"),
    "from pickle": ("from pickle import loads", "pickle"),
    "pickle as": ("import pickle as p", "pickle"),
    "marshal": ("import marshal\nmarshal.loads(data)", "marshal"),
    "importlib": ("import importlib\nimportlib.import_module(name)", "importlib"),
    "importlib.util": ("from importlib.util import find_spec", "importlib.util"),
    "shelve": ("import shelve\nshelve.open(path)", "shelve"),
    "code": ("import code\ncode.InteractiveInterpreter().runsource(text)", "code"),
    "codeop": ("from codeop import compile_command", "codeop"),
}


@pytest.mark.parametrize("way", EXECUTING)
def test_execution_scan_catches_each_way_of_running_input(way):
    source, flagged = EXECUTING[way]
    assert flagged in execution_of_input(source)


@pytest.mark.parametrize(
    "source",
    [
        "import ast\nast.literal_eval(text)",
        "import re\nre.compile(pattern)",
        "import tomllib\ntomllib.loads(text)",
        "from components.code_panel import render_code_panel",
        "from code_editor import code_editor",
        "getattr(cfg, 'label')",
    ],
)
def test_execution_scan_lets_reading_without_running_pass(source):
    """The twin: parsing, pattern compiling and lookups by other names are fine."""
    assert execution_of_input(source) == []
