"""The code a kind's call needs around it, and how pasted code gives it back.

Owns two shapes of it, each declared here for the kinds that need one and
attached by ``kinds`` (what a container holds is ``contents``'):

- ``Named``: an argument the call writes as a name rather than a literal
  (``st.download_button``'s ``data``), the code that defines that name
  before the call, the value the real widget takes for it in the preview,
  and how the paste reader reads that definition back.
- ``Block``: a block the call must sit in (``with st.form(...):``, with a
  text input inside so the batching shows), the block's arguments, and how
  the paste reader reads them from the ``with`` around a pasted call.

Pasted code is read by ``ast`` and ``ast.literal_eval`` alone, never run.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import streamlit as st

from components.core import kind_rules
from components.core.arguments import Argument
from components.core.widgets import Text


class Fields(Protocol):
    def get(self, name: str) -> Any: ...


class AroundError(ValueError):
    """Pasted code whose code around the call can't be read; says why."""


@dataclass(frozen=True)
class Named:
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
    definition = _binding(node, tree)
    if isinstance(definition, ast.FunctionDef):
        return {"data": _returned_text(definition), "deferred": True}
    if definition is not None:
        return {"data": _text(definition.value), "deferred": False}
    raise AroundError(
        f"`data` is the name `{node.id}`, but the code does not assign it "
        f'a text (`{node.id} = "..."`) or define it as a function that returns one.'
    )


def _binding(name: ast.Name, tree: ast.Module) -> ast.FunctionDef | ast.Assign | None:
    """The definition of ``name`` the call sees: the last above it (a row's
    buttons each define their own ``data``), else the first below."""
    found = [s for s in ast.walk(tree) if _defines(s, name.id)]
    found.sort(key=lambda statement: (statement.lineno, statement.col_offset))
    above = [statement for statement in found if statement.lineno < name.lineno]
    return above[-1] if above else next(iter(found), None)


def _defines(statement: ast.AST, name: str) -> bool:
    if isinstance(statement, ast.FunctionDef):
        return statement.name == name
    targets = (
        getattr(statement, "targets", None)
        if isinstance(statement, ast.Assign)
        else None
    )
    return (
        targets is not None
        and len(targets) == 1
        and getattr(targets[0], "id", None) == name
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


DOWNLOAD_DATA = Named(
    argument="data",
    name=_data_name,
    code=_data_code,
    played=_played_data,
    read=_read_data,
)


@dataclass(frozen=True)
class Block:
    """A block the call sits in: its Streamlit function, its arguments from a
    config's fields, the code around the mode's code, and its reading back."""

    function: str
    # The config's fields for the block's arguments, shown in the sidebar.
    fields: tuple[Argument, ...]
    # The block's arguments as the preview passes them, from the config.
    arguments: Callable[[Fields], dict[str, Any]]
    # A plain block of its own under ``key`` (a compare button's).
    bare: Callable[[str], dict[str, Any]]
    code: Callable[[Fields, str], str]
    # The fields a pasted ``with <function>(...)`` gives; None: no such block.
    read: Callable[[ast.Call | None], dict[str, Any]]
    # The text input inside it, so a click shows what the block batches.
    input_label: str
    input_name: str
    sent_label: str


FORM_ARGUMENTS = {"clear_on_submit": False, "enter_to_submit": True, "border": True}
INPUT_LABEL = "Your name"
INPUT_NAME = "name"
SENT_LABEL = "The form sent:"


def _form_arguments(cfg: Fields) -> dict[str, Any]:
    return {"key": cfg.get("form_key")} | {
        name: cfg.get(name) for name in FORM_ARGUMENTS
    }


def _form_code(cfg: Fields, body: str) -> str:
    written = [repr(cfg.get("form_key"))] + [
        f"{name}={cfg.get(name)!r}"
        for name, default in FORM_ARGUMENTS.items()
        if cfg.get(name) is not default
    ]
    inside = f"{INPUT_NAME} = st.text_input({INPUT_LABEL!r})\n{body}"
    indented = "".join(
        f"    {line}\n" if line.strip() else "\n" for line in inside.splitlines()
    )
    return (
        f"with st.form({', '.join(written)}):\n{indented}\n"
        f"st.write({SENT_LABEL!r}, {INPUT_NAME})\n"
    )


def _read_form(call: ast.Call | None) -> dict[str, Any]:
    if call is None:
        raise AroundError(
            "st.form_submit_button must sit inside `with st.form(...):`, which "
            "sends the form's inputs in one run when it is clicked."
        )
    try:
        bound = inspect.signature(st.form).bind(
            *call.args,
            **{keyword.arg: keyword.value for keyword in call.keywords if keyword.arg},
        )
    except TypeError as error:
        raise AroundError(f"st.form can't take these arguments: {error}.") from None
    taken = ("key", *FORM_ARGUMENTS)
    if other := [name for name in bound.arguments if name not in taken]:
        raise AroundError(
            f"st.form's `{other[0]}` is not one the playground sets; it reads "
            f"{', '.join(taken)}."
        )
    values = {name: _literal(name, node) for name, node in bound.arguments.items()}
    values["form_key"] = values.pop("key")
    return values


def _literal(name: str, node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise AroundError(
            f"st.form's `{name}` must be a literal (text in quotes, True, False): "
            "the playground reads code without running it."
        ) from None


FORM_FIELDS = (
    Argument(
        "form_key",
        kind_rules.form_key,
        Text(strip=True, optional=False, placeholder="feedback"),
        "Behaviour",
        "The form's key (`st.form`'s first argument): each form on a page "
        "needs its own.",
        start="feedback",
    ),
    Argument.flag(
        "clear_on_submit",
        "Behaviour",
        "Empty the form's inputs after each submit.",
        start=False,
    ),
    Argument.flag(
        "enter_to_submit",
        "Behaviour",
        "Enter in the form's text input submits the form, as a click does.",
        start=True,
    ),
    Argument.flag(
        "border",
        "Style",
        "Draw a border around the form.",
        start=True,
    ),
)


FORM = Block(
    function="form",
    fields=FORM_FIELDS,
    arguments=_form_arguments,
    bare=lambda key: {"key": f"{key}_form", "border": False},
    code=_form_code,
    read=_read_form,
    input_label=INPUT_LABEL,
    input_name=INPUT_NAME,
    sent_label=SENT_LABEL,
)
