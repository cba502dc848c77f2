"""The generated on_click callback: its name, its parameters, what it records.

Owns the callback mode's parts: ``handle_click``'s parameters (the args
named ``arg1``… and the kwargs' names), the code that defines and shows it,
what the preview shows and changes when it runs, and the checks of its
"Copy as test". The callback mode's entry in ``modes`` is built from these.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from components.core.clicks import Clicks
from components.core.played import Shown

CALLBACK_NAME = "handle_click"
CLICKS_LABEL = "Callback runs:"
LAST_CALL_LABEL = "Last call:"
State = Mapping[str, Any]


class OnClick(Protocol):
    """What the modes read of a config: its mode and the callback's arguments."""

    mode: str
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]


def callback_parameters(cfg: OnClick) -> tuple[str, ...]:
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
    cfg: OnClick, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> dict[str, Any]:
    """What the generated callback stores as ``last_call`` when called so."""
    return dict(zip(callback_parameters(cfg), args)) | dict(kwargs)


def code(cfg: OnClick, call: str, setdefaults: str) -> str:
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
    return f"{setdefaults}\n\n{callback}\n\n\n{call}\n\n" + "\n".join(shown) + "\n"


def below(cfg: OnClick, state: State, clicked: bool) -> list[Shown]:
    shown = [Shown("write", (CLICKS_LABEL, state["clicks"]))]
    # As the code has it, not as the session has it: an earlier config's
    # last_call may linger there, but this code neither sets nor shows it.
    if callback_parameters(cfg):
        shown.append(Shown("write", (LAST_CALL_LABEL, state["last_call"])))
    return shown


def click(
    cfg: OnClick, state: State, args: tuple[Any, ...], kwargs: State
) -> dict[str, Any]:
    """What ``handle_click`` changes when called so: the count, and the call."""
    changes: dict[str, Any] = {"clicks": state["clicks"] + 1}
    if callback_parameters(cfg):
        changes["last_call"] = last_call(cfg, args, kwargs)
    return changes


def checks(cfg: OnClick, clicks: Clicks) -> str:
    checks = (
        "assert at.session_state.clicks == 0, "
        '"the callback ran before any click"\n'
        f"{clicks.click}\n"
        "assert at.session_state.clicks == 1, (\n"
        '    f"the callback counted {at.session_state.clicks} runs for one click: '
        'it should run once per click and add 1"\n'
        ")\n"
        "texts = shown_texts(at)\n"
        f"assert {CLICKS_LABEL + ' `1`'!r} in texts, (\n"
        '    "the app did not show the callback\'s count after the click"\n'
        ")\n"
    )
    if cfg.args or cfg.kwargs:
        expected = last_call(cfg, cfg.args, cfg.kwargs)
        checks += (
            f"assert at.session_state.last_call == {expected!r}, (\n"
            '    f"the callback was called with {at.session_state.last_call!r}: '
            'were its args or kwargs changed?"\n'
            ")\n"
        )
    return checks
