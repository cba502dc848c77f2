"""Python source for a ButtonConfig: the minimal snippet or a complete app.

Owns the text of each on-click mode's pattern (the idioms of Streamlit's docs:
session state seeded with ``setdefault``, a named callback, ``st.rerun`` after
a state change), the session-state names those patterns use, and black
formatting. Every value is written with ``repr``, so any label comes out as a
literal equal to it. The call's arguments come from ``config.call_kwargs``,
the same function the preview uses; the preview draws each mode from the
texts defined here, so the two say the same thing.

black is a nicety, not a need: the code is valid Python before it is
formatted. When black is missing (ImportError) or fails on a text, that text
is given back as written, and ``format_source`` says why, so the UI can say
the code is unformatted; ``formatting_problem`` asks it for a config's code.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

try:
    import black
except ImportError:  # the code stays valid, only unformatted: see format_source
    black = None

from components.config import MODE_STATE_NAMES, ButtonConfig, call_kwargs

IMPORT_LINE = "import streamlit as st"

# What each mode shows; the preview shows the same texts.
IF_BLOCK_MESSAGE = "Clicked! st.button returned True on this rerun only."
TOGGLE_MESSAGE = "More content: it stays until the next click hides it."
CLICKS_LABEL = "Callback runs:"
LAST_CALL_LABEL = "Last call:"
RERUN_LABEL = "Clicks so far (drawn above the button):"

# The session-state names each mode's app uses, and their starting values.
CALLBACK_NAME = "handle_click"
_STARTING_VALUES: dict[str, Any] = {"clicks": 0, "last_call": None, "show_more": False}
MODE_STATE: dict[str, dict[str, Any]] = {
    mode: {name: _STARTING_VALUES[name] for name in names}
    for mode, names in MODE_STATE_NAMES.items()
}

_BLACK_MODE = black.Mode() if black is not None else None
NO_BLACK = "black is not installed"


class Formatted(NamedTuple):
    """A text as black formats it; when it could not, the text as given and why."""

    code: str
    problem: str | None = None


def generate_code(cfg: ButtonConfig, *, complete: bool = True) -> str:
    """black-formatted code for ``cfg``; ``complete`` adds the import so it runs."""
    return format_code(_unformatted(cfg, complete))


def formatting_problem(cfg: ButtonConfig, *, complete: bool = True) -> str | None:
    """Why ``generate_code(cfg, complete=...)`` is not black-formatted, or None."""
    return format_source(_unformatted(cfg, complete)).problem


def button_call(cfg: ButtonConfig) -> str:
    """``st.button(...)`` with the label positional, the rest and on_click by keyword."""
    kwargs: dict[str, Any] = call_kwargs(cfg)
    arguments = [repr(kwargs.pop("label"))]
    arguments += [f"{name}={value!r}" for name, value in kwargs.items()]
    if cfg.mode == "callback":
        arguments.append(f"on_click={CALLBACK_NAME}")
        if cfg.args:
            arguments.append(f"args={cfg.args!r}")
        if cfg.kwargs:
            arguments.append(f"kwargs={dict(cfg.kwargs)!r}")
    return f"st.button({', '.join(arguments)})"


def mode_state(cfg: ButtonConfig) -> dict[str, Any]:
    """The session-state names ``cfg``'s app seeds, with their starting values."""
    state = dict(MODE_STATE[cfg.mode])
    if cfg.mode == "callback" and not (cfg.args or cfg.kwargs):
        del state["last_call"]
    return state


def callback_parameters(cfg: ButtonConfig) -> tuple[str, ...]:
    """The generated callback's parameter names: positional, then the kwargs' names.

    Positional ones are ``arg1``, ``arg2``…, with ``_`` added until none
    collides with a keyword argument's name.
    """
    taken = set(cfg.kwargs)
    positional = []
    for number in range(1, len(cfg.args) + 1):
        name = f"arg{number}"
        while name in taken:
            name += "_"
        taken.add(name)
        positional.append(name)
    return (*positional, *cfg.kwargs)


def last_call(
    cfg: ButtonConfig, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> dict[str, Any]:
    """What the generated callback stores as ``last_call`` when called so."""
    return dict(zip(callback_parameters(cfg), args)) | dict(kwargs)


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


def _unformatted(cfg: ButtonConfig, complete: bool) -> str:
    body = _MODE_BODIES[cfg.mode](cfg)
    return f"{IMPORT_LINE}\n\n{body}" if complete else body


def _setdefaults(cfg: ButtonConfig) -> str:
    return "".join(
        f"st.session_state.setdefault({name!r}, {value!r})\n"
        for name, value in mode_state(cfg).items()
    )


def _plain_body(cfg: ButtonConfig) -> str:
    return f"{button_call(cfg)}\n"


def _if_block_body(cfg: ButtonConfig) -> str:
    return f"if {button_call(cfg)}:\n    st.success({IF_BLOCK_MESSAGE!r})\n"


def _callback_body(cfg: ButtonConfig) -> str:
    parameters = callback_parameters(cfg)
    lines = [
        f"def {CALLBACK_NAME}({', '.join(parameters)}):",
        "    st.session_state.clicks += 1",
    ]
    shown = [f"st.write({CLICKS_LABEL!r}, st.session_state.clicks)"]
    if parameters:
        record = ", ".join(f"{name!r}: {name}" for name in parameters)
        lines.append(f"    st.session_state.last_call = {{{record}}}")
        shown.append(f"st.write({LAST_CALL_LABEL!r}, st.session_state.last_call)")
    callback = "\n".join(lines)
    return (
        f"{_setdefaults(cfg)}\n\n{callback}\n\n\n{button_call(cfg)}\n\n"
        + "\n".join(shown)
        + "\n"
    )


def _toggle_body(cfg: ButtonConfig) -> str:
    return (
        f"{_setdefaults(cfg)}\n"
        f"if {button_call(cfg)}:\n"
        "    st.session_state.show_more = not st.session_state.show_more\n\n"
        "if st.session_state.show_more:\n"
        f"    st.info({TOGGLE_MESSAGE!r})\n"
    )


def _rerun_body(cfg: ButtonConfig) -> str:
    return (
        f"{_setdefaults(cfg)}\n"
        f"st.write({RERUN_LABEL!r}, st.session_state.clicks)\n\n"
        f"if {button_call(cfg)}:\n"
        "    st.session_state.clicks += 1\n"
        "    st.rerun()\n"
    )


_MODE_BODIES = {
    "plain": _plain_body,
    "if_block": _if_block_body,
    "callback": _callback_body,
    "toggle": _toggle_body,
    "rerun": _rerun_body,
}
