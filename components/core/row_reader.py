"""Pasted code with several widget calls, read as a row of buttons.

Owns finding the layout that holds every call, by ``ast`` alone: ``a, b =
st.columns(n, gap=..., vertical_alignment=...)`` with the calls in the
columns' ``with`` blocks (or called on them, ``a.button(...)``), or one
``with st.container(horizontal=True, ...)`` around them all, its arguments
literals. Each call is read as a lone paste is (``snippet_parser``). Code of
2 to 6 calls in no such layout is a row only when the user asks, in columns
at Streamlit's defaults.
"""

from __future__ import annotations

import ast
from typing import Any

from components.core.config import ConfigError
from components.core.row import (
    ALIGNMENT_ARGUMENT,
    MAX_MEMBERS,
    MIN_MEMBERS,
    Row,
)
from components.core.snippet_parser import SnippetError, read_every_call


def could_be_a_row(count: int) -> bool:
    """Whether that many calls make a row."""
    return MIN_MEMBERS <= count <= MAX_MEMBERS


def read_row(source: str, *, in_a_layout: bool = True) -> Row | None:
    """The row ``source``'s calls make; None when they are not 2 to 6 or,
    with ``in_a_layout``, when no layout holds them all. SnippetError when
    a call can't be read, or the layout's arguments are not a row's."""
    tree, calls = read_every_call(source)
    if not could_be_a_row(len(calls)):
        return None
    nodes = [node for node, _ in calls]
    layout = _columns(tree, nodes) or _horizontal(tree, nodes)
    if layout is None and in_a_layout:
        return None
    members = tuple(reading.config for _, reading in calls)
    try:
        return Row(members, **(layout or {}))
    except ConfigError as error:
        raise SnippetError(1, 1, error.message, kind="invalid_value") from None


def _columns(tree: ast.Module, nodes: list[ast.Call]) -> dict[str, Any] | None:
    """``st.columns(n, ...)`` assigned to n names, each holding one call in order."""
    for assign in ast.walk(tree):
        call = getattr(assign, "value", None)
        if not (isinstance(assign, ast.Assign) and _is_call_of(call, "columns")):
            continue
        names = _target_names(assign)
        settings = _settings(call, "columns", count=len(nodes))
        holders = [_column_of(tree, node, names) for node in nodes]
        if settings is not None and holders == names and len(names) == len(nodes):
            return settings
    return None


def _horizontal(tree: ast.Module, nodes: list[ast.Call]) -> dict[str, Any] | None:
    """One ``with st.container(horizontal=True, ...)`` around every call."""
    for block in ast.walk(tree):
        if not isinstance(block, ast.With) or len(block.items) != 1:
            continue
        call = block.items[0].context_expr
        if not _is_call_of(call, "container"):
            continue
        settings = _settings(call, "horizontal")
        inside = {id(node) for node in ast.walk(block)}
        if settings is not None and all(id(node) in inside for node in nodes):
            return settings
    return None


def _settings(
    call: ast.Call, layout: str, count: int | None = None
) -> dict[str, Any] | None:
    """The row's settings from the layout call's literal arguments; None when
    it takes others than a row writes (or is not ``horizontal=True``)."""
    given = {}
    for keyword in call.keywords:
        try:
            given[keyword.arg] = ast.literal_eval(keyword.value)
        except (ValueError, TypeError, SyntaxError, RecursionError):
            return None
    if layout == "columns":
        spec = [_literal(argument) for argument in call.args]
        if spec != [count]:
            return None
    elif given.pop("horizontal", False) is not True or call.args:
        return None
    allowed = {"gap", ALIGNMENT_ARGUMENT[layout]}
    if not set(given) <= allowed:
        return None
    return {"layout": layout} | given


def _literal(node: ast.AST) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return None


def _is_call_of(node: Any, name: str) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == name
    )


def _target_names(assign: ast.Assign) -> list[str]:
    target = assign.targets[0]
    if not isinstance(target, ast.Tuple):
        return []
    return [element.id for element in target.elts if isinstance(element, ast.Name)]


def _column_of(tree: ast.Module, node: ast.Call, names: list[str]) -> str | None:
    """The column name the call is made in: ``with name:`` around it, or
    called on it (``name.button(...)``)."""
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        if func.value.id in names:
            return func.value.id
    for block in ast.walk(tree):
        if isinstance(block, ast.With) and len(block.items) == 1:
            held = block.items[0].context_expr
            if isinstance(held, ast.Name) and held.id in names:
                if any(inner is node for inner in ast.walk(block)):
                    return held.id
    return None
