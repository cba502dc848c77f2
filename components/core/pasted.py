"""How pasted code is recognised as an on-click mode: what surrounds the call.

Owns ``PastedCall``, the facts the paste reader gathers around a call (an
on_click, the body of an ``if`` the call gates), and the small ``ast``
predicates the modes read those facts with.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PastedCall:
    """What pasted code says around the call: an on_click, an ``if`` it gates."""

    callback: bool
    # Every node inside the body of the ``if`` the call gates, else None.
    gated_body: list[ast.AST] | None
    # What a click does without a callback: "rerun" or "ignore", as written
    # or as the widget's default.
    on_click: str = "rerun"


def calls_rerun(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "rerun") or (
        isinstance(func, ast.Name) and func.id == "rerun"
    )


def flips_with_not(node: ast.AST) -> bool:
    """``x = not x``: one target, assigned the negation of itself."""
    if not (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.value, ast.UnaryOp)
        and isinstance(node.value.op, ast.Not)
    ):
        return False
    try:
        return ast.unparse(node.targets[0]) == ast.unparse(node.value.operand)
    except (RecursionError, ValueError):
        return False


def gated_body_has(test: Callable[[ast.AST], bool]) -> Callable[[PastedCall], bool]:
    return lambda call: call.gated_body is not None and any(map(test, call.gated_body))
