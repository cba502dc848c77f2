"""The house rules, checked by reading the source with ast.

Core modules are pure (no drawing, no session or query state), and nothing
in the app executes what a user typed, pasted or uploaded.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "components"
APP_SOURCES = sorted([ROOT / "playground.py", *PACKAGE.rglob("*.py")])
LAYERS = ("core", "session", "ui")
# What each layer may import of the others: the core is pure, the session
# reads the core, the UI draws what the core and session give it.
MAY_IMPORT = {"core": {"core"}, "session": {"core", "session"}, "ui": set(LAYERS)}
# Streamlit calls that draw nothing: the session may rerun the script.
SESSION_CALLS = {"st.rerun()"}
# The entry point composes: the page's settings and its two columns.
ENTRY_CALLS = {"st.set_page_config()", "st.columns()"}
MAX_MODULE_LINES = 300
# One job, many forms: the paste reader may stay larger.
LARGER_ON_PURPOSE = {"snippet_parser.py"}


def layer_sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).glob("*.py"))


def imported_modules(source: str) -> list[str]:
    """Every ``components.…`` module a source imports when it runs (imports
    for type checkers only are not run)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            node.body = []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "components"
        ):
            found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names]
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("components")]
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


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


@pytest.mark.parametrize("path", layer_sources("core"), ids=lambda path: path.name)
def test_the_core_neither_draws_nor_touches_the_session(path):
    assert streamlit_uses(path.read_text()) == []


@pytest.mark.parametrize("path", layer_sources("session"), ids=lambda path: path.name)
def test_the_session_draws_nothing(path):
    calls = {use for use in streamlit_uses(path.read_text()) if use.endswith("()")}
    assert calls <= SESSION_CALLS


def test_the_entry_point_only_composes():
    uses = set(streamlit_uses((ROOT / "playground.py").read_text()))
    assert uses <= ENTRY_CALLS


def test_purity_scan_catches_drawing_and_session_state():
    source = "import streamlit as st\nst.write(1)\nst.session_state['a'] = 1\n"
    assert streamlit_uses(source) == ["st.write()", "session_state"]


def test_only_the_session_package_touches_session_state_and_query_params():
    touching = {
        path.relative_to(ROOT).parts[:2]
        for path in APP_SOURCES
        if {"session_state", "query_params"} & set(streamlit_uses(path.read_text()))
    }
    assert touching == {("components", "session")}


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_imports_only_the_layers_below_it(layer):
    for path in layer_sources(layer):
        layers = {
            module.split(".")[1]
            for module in imported_modules(path.read_text())
            if module.count(".") >= 1 and module.split(".")[1] in LAYERS
        }
        assert layers <= MAY_IMPORT[layer], path.name


def test_the_layer_scan_sees_a_forbidden_import():
    """The twin: the core importing the session is seen."""
    source = "from components.session import run_log\n"
    assert {m.split(".")[1] for m in imported_modules(source)} == {"session"}


def session_names_used_by(source: str) -> tuple[set[str], set[str]]:
    """The names a UI module imports from the session, and those of them it
    uses other than as a widget's ``on_click`` or ``on_change`` callback."""
    tree = ast.parse(source)
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("components.session")
        for alias in node.names
    }
    as_callbacks = {
        id(node.value if node.arg else node.value.values[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword) and keyword_is_callback(node)
    }
    other = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name)
        and node.id in imported
        and id(node) not in as_callbacks
    }
    return imported, other


def keyword_is_callback(node: ast.keyword) -> bool:
    """``on_click=name``, ``on_change=name``, or a kind's own trigger:
    ``**{kind.trigger: name}`` (a popover's is on_change)."""
    if node.arg in {"on_click", "on_change"}:
        return isinstance(node.value, ast.Name)
    return (
        node.arg is None
        and isinstance(node.value, ast.Dict)
        and len(node.value.keys) == 1
        and isinstance(node.value.keys[0], ast.Attribute)
        and node.value.keys[0].attr == "trigger"
        and isinstance(node.value.values[0], ast.Name)
    )


@pytest.mark.parametrize("path", layer_sources("ui"), ids=lambda path: path.name)
def test_the_ui_takes_from_the_session_only_callbacks(path):
    _, other = session_names_used_by(path.read_text())
    assert other == set()


def test_the_callback_scan_takes_a_callback_under_a_kinds_trigger_but_no_other_dict():
    """A kind's trigger is a callback's place; a dict under another key is not."""
    source = (
        "from components.session.controls import adopt_type\n"
        "kind.function(**{kind.trigger: adopt_type})\n"
        "kind.function(**{kind.label: adopt_type})\n"
    )
    _, other = session_names_used_by(source)
    assert other == {"adopt_type"}
    assert session_names_used_by(source.rsplit("\n", 2)[0] + "\n") == (
        {"adopt_type"},
        set(),
    )


def test_the_callback_scan_sees_a_session_read_in_the_ui():
    """The twin: a session function called while drawing is seen."""
    source = (
        "from components.session.links import dismiss_notice, problems\n"
        "st.button('x', on_click=dismiss_notice)\n"
        "shown = problems()\n"
    )
    assert session_names_used_by(source) == (
        {"dismiss_notice", "problems"},
        {"problems"},
    )


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in APP_SOURCES if path.parent != ROOT}
    graph = {}
    for name, path in modules.items():
        imported = imported_modules(path.read_text())
        graph[name] = {module for module in imported if module in modules} - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles in ``graph``, each as the path that closes it."""
    found, done = [], set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            found.append(path[path.index(node) :] + [node])
            return
        if node in done:
            return
        for target in sorted(graph.get(node, ())):
            visit(target, [*path, node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])
    return found


def test_no_module_imports_itself_back():
    # A package's __init__ importing its own modules is how a package is built.
    graph = {
        name: {t for t in targets if not name.startswith(t + ".") and t != name}
        for name, targets in import_graph().items()
    }
    assert cycles(graph) == []


def test_the_cycle_scan_sees_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]


@pytest.mark.parametrize(
    "path",
    [path for path in APP_SOURCES if path.name not in LARGER_ON_PURPOSE],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_no_app_module_is_over_the_line_limit(path):
    assert len(path.read_text().splitlines()) <= MAX_MODULE_LINES


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


def starts_apptest(source: str) -> bool:
    """Whether a test module imports Streamlit's AppTest, to run an app."""
    return any(
        isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("streamlit.testing")
        for node in ast.walk(ast.parse(source))
    )


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests" / "unit").glob("test_*.py")), ids=lambda p: p.name
)
def test_a_unit_test_never_starts_an_app(path):
    assert not starts_apptest(path.read_text())


def test_the_apptest_scan_sees_an_app_started():
    """The twin: a module importing AppTest is seen."""
    assert starts_apptest("from streamlit.testing.v1 import AppTest\n")
