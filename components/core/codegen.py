"""Python source for a config: the minimal call or a complete app.

Owns the call's text (the required arguments by position, every other
non-default by keyword, from ``config.call_kwargs``, the same function the
preview uses) and black formatting; the code around the call is its mode's
(``modes``). Every value is written with ``repr``, so any label comes out as
a literal equal to it.

black is a nicety, not a need: the code is valid Python before it is
formatted. When black is missing (ImportError) or fails on a text, that text
is given back as written, and ``format_source`` says why, so the UI can say
the code is unformatted; ``formatting_problem`` asks it for a config's code.
"""

from __future__ import annotations

import ast
import tokenize
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

try:
    import black
except ImportError:  # the code stays valid, only unformatted: see format_source
    black = None

from components.core.callback import CALLBACK_NAME
from components.core.config import ButtonConfig, call_kwargs
from components.core.key_colour import KeyColour, key_css_code
from components.core.kinds import KINDS
from components.core.modes import MODES
from components.core.row import Row, state_names
from components.core.tokens import retokened

IMPORT_LINE = "import streamlit as st"

_BLACK_MODE = black.Mode() if black is not None else None
NO_BLACK = "black is not installed"


class Formatted(NamedTuple):
    """A text as black formats it; when it could not, the text as given and why."""

    code: str
    problem: str | None = None


def generate_code(
    shown: ButtonConfig | Row,
    *,
    complete: bool = True,
    key_colour: KeyColour | None = None,
) -> str:
    """black-formatted code for a button or a row; ``complete`` adds the
    import so it runs, and a keyed button's own colour (``key_colour``)."""
    return format_code(_source(shown, complete, key_colour))


def formatting_problem(
    shown: ButtonConfig | Row,
    *,
    complete: bool = True,
    key_colour: KeyColour | None = None,
) -> str | None:
    """Why ``generate_code(shown, complete=...)`` is not black-formatted, or None."""
    return format_source(_source(shown, complete, key_colour)).problem


def _source(
    shown: ButtonConfig | Row, complete: bool, key_colour: KeyColour | None
) -> str:
    if isinstance(shown, Row):
        return _unformatted_row(shown, complete)
    coloured = key_colour is not None and shown.key is not None
    recipe = key_css_code(shown.key, key_colour) if coloured else ""
    return _unformatted(shown, complete, recipe)


def _unformatted_row(row: Row, complete: bool) -> str:
    """The layout, then each member's code (its mode's, as a lone button's)
    in its column, or one after another in the horizontal container."""
    bodies = _member_bodies(row)
    if row.layout == "columns":
        names = [f"col{number}" for number in range(1, len(bodies) + 1)]
        lines = f"{', '.join(names)} = {row.layout_call()}\n"
        for name, body in zip(names, bodies):
            lines += f"with {name}:\n{_indented(body)}"
    else:
        lines = f"with {row.layout_call()}:\n" + "".join(map(_indented, bodies))
    return f"{IMPORT_LINE}\n\n{lines}" if complete else lines


def _member_bodies(row: Row) -> list[str]:
    """Each member's code, with the names it shares with another member's
    made its own: its session state (``row.state_names``) and, where several
    define the callback, the callback (``handle_click_1``…)."""
    callbacks = [MODES[member.mode].callback is not None for member in row.members]
    several = sum(callbacks) > 1
    return [
        _renamed(
            _unformatted(member, complete=False),
            f"{CALLBACK_NAME}_{number}" if several and callback else None,
            renames,
        )
        for number, (member, callback, renames) in enumerate(
            zip(row.members, callbacks, state_names(row)), start=1
        )
    ]


def _renamed(body: str, callback: str | None, state: Mapping[str, str]) -> str:
    """``body`` with the callback's name and the session-state names renamed
    where the code uses them (``def``/``on_click=``, ``st.session_state.x``,
    ``setdefault("x", ...)``), never in a text that spells them (a label)."""

    def new_text(token: tokenize.TokenInfo, before: list[str]) -> str | None:
        previous = before[-2:]
        if token.type == tokenize.NAME:
            if callback is not None and token.string == CALLBACK_NAME:
                return callback
            if previous == ["session_state", "."] and token.string in state:
                return state[token.string]
        if token.type == tokenize.STRING and previous == ["setdefault", "("]:
            name = ast.literal_eval(token.string)
            if name in state:
                return repr(state[name])
        return None

    return retokened(body, new_text)


def _indented(body: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in body.splitlines())


def button_call(cfg: ButtonConfig) -> str:
    """The widget's call: required arguments by position, the rest and on_click
    (a popover's on_change) by keyword; an argument the kind defines before
    the call, by its name."""
    kind, mode = KINDS[cfg.kind], MODES[cfg.mode]
    written = {name: repr(value) for name, value in call_kwargs(cfg).items()}
    if kind.named is not None:
        written[kind.named.argument] = kind.named.name(cfg)
    arguments = [written.pop(name) for name in kind.required if name in written]
    arguments += [f"{name}={text}" for name, text in written.items()]
    if mode.callback:
        arguments.append(f"{kind.trigger}={CALLBACK_NAME}")
        if cfg.args:
            arguments.append(f"args={cfg.args!r}")
        if cfg.kwargs:
            arguments.append(f"kwargs={dict(cfg.kwargs)!r}")
    elif kind.has_on_click and mode.on_click != kind.click_default:
        arguments.append(f"{kind.trigger}={mode.on_click!r}")
    return f"{kind.call_name}({', '.join(arguments)})"


def format_code(source: str) -> str:
    """black's formatting of ``source``; ``source`` itself if black can't format it."""
    return format_source(source).code


@lru_cache(maxsize=512)
def format_source(source: str) -> Formatted:
    """black's formatting of ``source``, cached: reruns repeat the same code.

    Without black, or when black fails on it, ``source`` comes back as it is
    (valid Python: codegen writes it so) with the reason.
    """
    if black is None:
        return Formatted(source, NO_BLACK)
    try:
        return Formatted(black.format_str(source, mode=_BLACK_MODE))
    # Any error of black's is black's (say, its own safety check refusing an
    # input): the code it was given is still right, only not formatted.
    except Exception as error:
        reason = str(error).strip().splitlines()[:1] or [type(error).__name__]
        return Formatted(source, f"black failed: {reason[0][:200]}")


def _unformatted(cfg: ButtonConfig, complete: bool, recipe: str = "") -> str:
    kind, mode, call = KINDS[cfg.kind], MODES[cfg.mode], button_call(cfg)
    body = mode.code(cfg, call)
    if kind.contents is not None:
        # The call's own line becomes the ``with`` block that fills it.
        opened = kind.contents.code(call, keeps_state=not mode.runs_nothing)
        if f"{call}\n" not in body:
            raise ValueError(
                f"mode {mode.name} writes no line of its own for a container"
            )
        body = body.replace(f"{call}\n", opened, 1)
    if kind.block is not None:
        body = kind.block.code(cfg, body)
    if kind.named is not None:
        body = kind.named.code(cfg) + body
    return f"{IMPORT_LINE}\n\n{recipe}{body}" if complete else body
