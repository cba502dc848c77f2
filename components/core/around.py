"""The code a kind's call needs around it, and how pasted code gives it back.

Owns ``Around``: an argument the call writes as a name rather than a literal
(``st.download_button``'s ``data``), the code that defines that name before
the call, the value the real widget takes for it in the preview, and how the
paste reader reads that definition back from pasted code, by ``ast`` alone.
Declared here for each kind that needs one; ``kinds`` attaches it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class Fields(Protocol):
    def get(self, name: str) -> Any: ...


class AroundError(ValueError):
    """Pasted code whose definition of a named argument can't be read; says why."""


@dataclass(frozen=True)
class Around:
    """An argument written as a name, and the code that defines it."""

    argument: str
    name: Callable[[Fields], str]
    code: Callable[[Fields], str]
    played: Callable[[Fields], Any]
    # The fields that pasted code gives for the argument's value node.
    read: Callable[[ast.expr, ast.Module], dict[str, Any]]


DATA_NAME = "data"
DEFERRED_NAME = "make_data"


def _data_name(cfg: Fields) -> str:
    return DEFERRED_NAME if cfg.get("deferred") else DATA_NAME


def _data_code(cfg: Fields) -> str:
    text = cfg.get("data")
    if cfg.get("deferred"):
        return (
            f"def {DEFERRED_NAME}():\n"
            "    # Streamlit calls this only when the button is clicked.\n"
            f"    return {text!r}\n\n\n"
        )
    return f"{DATA_NAME} = {text!r}\n\n"


def _played_data(cfg: Fields) -> Any:
    text = cfg.get("data")
    return (lambda: text) if cfg.get("deferred") else text


def _read_data(node: ast.expr, tree: ast.Module) -> dict[str, Any]:
    """``data`` as pasted: a text literal, a name assigned one, or a function
    (or lambda) that returns one, which makes the download deferred."""
    if isinstance(node, ast.Lambda):
        return {"data": _text(node.body), "deferred": True}
    if not isinstance(node, ast.Name):
        return {"data": _text(node), "deferred": False}
    for statement in ast.walk(tree):
        if isinstance(statement, ast.FunctionDef) and statement.name == node.id:
            return {"data": _returned_text(statement), "deferred": True}
        if (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and statement.targets[0].id == node.id
        ):
            return {"data": _text(statement.value), "deferred": False}
    raise AroundError(
        f"`data` is the name `{node.id}`, but the code does not assign it "
        f'a text (`{node.id} = "..."`) or define it as a function that returns one.'
    )


def _returned_text(function: ast.FunctionDef) -> str:
    body = [s for s in function.body if not _is_docstring(s)]
    if function.args.args or len(body) != 1 or not isinstance(body[0], ast.Return):
        raise AroundError(
            f"`data` is the function `{function.name}`; the playground reads one "
            "that takes no arguments and only returns a text: "
            f'`def {function.name}(): return "..."`.'
        )
    return _text(body[0].value)


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _text(node: ast.expr | None) -> str:
    try:
        value = ast.literal_eval(node) if node is not None else None
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        value = None
    if not isinstance(value, str):
        raise AroundError(
            "`data` must be text in quotes (or a name or function giving one): "
            "the playground offers text files, and reads code without running it."
        )
    return value


DOWNLOAD_DATA = Around(
    argument="data",
    name=_data_name,
    code=_data_code,
    played=_played_data,
    read=_read_data,
)
