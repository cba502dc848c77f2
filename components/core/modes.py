"""The on-click modes, declared once: what an app does with a button's click.

Each mode is one entry: its title and help, the code around the call (the
idioms of Streamlit's docs: session state seeded with ``setdefault``, a named
callback, ``st.rerun`` after a state change), the session-state names that
code keeps, how the preview plays it (what is shown above and below the
button, what the callback and the script change, whether it reruns), how
pasted code is recognised as it, and the checks of its "Copy as test". The
preview, code, paste reader, test and sidebar all read these entries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, get_args
from typing import Literal as OneOf

from components.core import callback
from components.core.callback import OnClick
from components.core.clicks import Clicks
from components.core.pasted import (
    PastedCall,
    calls_rerun,
    flips_with_not,
    gated_body_has,
)
from components.core.played import Shown

# What the modes show; the preview shows the same texts as the code.
IF_BLOCK_MESSAGE = "Clicked! The button returned True on this rerun only."
TOGGLE_MESSAGE = "More content: it stays until the next click hides it."
RERUN_LABEL = "Clicks so far (drawn above the button):"
STARTING_VALUES: dict[str, Any] = {"clicks": 0, "last_call": None, "show_more": False}

State = Mapping[str, Any]
# What a click does, as a widget's on_click says it without a callback.
ClickWord = OneOf["rerun", "ignore"]
CLICK_WORDS: tuple[ClickWord, ...] = get_args(ClickWord)


@dataclass(frozen=True)
class Mode:
    """One on-click mode; see the module docstring."""

    name: str
    title: str
    help: str
    code: Callable[[OnClick, str], str]
    reads: Callable[[PastedCall], bool]
    # The generated test's docstring; ``{clicked}`` names the click's value.
    test_title: str
    test_checks: Callable[[OnClick, Clicks], str]
    # The paste reader tries the modes from the highest precedence down: the
    # most particular reading first (see ``reading_order``).
    precedence: float = 0
    # What the click does, when the mode has no callback: "ignore" runs nothing.
    on_click: ClickWord = "rerun"
    state_names: tuple[str, ...] = ()
    # The names a config's code seeds, when not all of ``state_names``.
    seeded: Callable[[OnClick], tuple[str, ...]] | None = None
    # What its on_click callback changes in session state; None: no callback.
    callback: Callable[[OnClick, State, tuple[Any, ...], State], State] | None = None
    reruns: bool = False
    above: Callable[[OnClick, State], list[Shown]] = lambda cfg, state: []
    below: Callable[[OnClick, State, bool], list[Shown]] = (
        lambda cfg, state, clicked: []
    )
    # What the script changes in session state on the click's run.
    script_click: Callable[[State], dict[str, Any]] = lambda state: {}

    @property
    def runs_nothing(self) -> bool:
        """A click runs no script at all (``on_click="ignore"``): no callback,
        no rerun, so nothing the app or the playground could note."""
        return self.on_click == "ignore"

    def seeds(self, cfg: OnClick) -> dict[str, Any]:
        """The session-state names ``cfg``'s app seeds, with their starting values."""
        names = self.seeded(cfg) if self.seeded else self.state_names
        return {name: STARTING_VALUES[name] for name in names}


Shape = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def state_shape(*cfgs: OnClick) -> Shape:
    """What the session state of the code of ``cfgs`` (a button, or a row's
    members) means: their modes, the names they keep, their callbacks'
    parameters. When this changes, state kept from the old code is not what
    a fresh ``streamlit run`` of the new code starts with."""
    modes = tuple(cfg.mode for cfg in cfgs)
    names = tuple(dict.fromkeys(n for cfg in cfgs for n in MODES[cfg.mode].seeds(cfg)))
    parameters = tuple(
        name
        for cfg in cfgs
        if MODES[cfg.mode].callback
        for name in callback.callback_parameters(cfg)
    )
    return modes, names, parameters


def shape_change(before: Shape, after: Shape) -> str:
    """Why a fresh run of the new code starts from other state, in words."""
    parts = ("the mode", "its session-state names", "its callback's parameters")
    what, old, new = next(
        (what, old, new) for what, old, new in zip(parts, before, after) if old != new
    )
    return (
        f"{what} changed from {', '.join(old) or 'none'} to {', '.join(new) or 'none'}"
    )


def setdefaults(cfg: OnClick) -> str:
    return "".join(
        f"st.session_state.setdefault({name!r}, {value!r})\n"
        for name, value in MODES[cfg.mode].seeds(cfg).items()
    )


def _toggle_code(cfg: OnClick, call: str) -> str:
    return (
        f"{setdefaults(cfg)}\n"
        f"if {call}:\n"
        "    st.session_state.show_more = not st.session_state.show_more\n\n"
        "if st.session_state.show_more:\n"
        f"    st.info({TOGGLE_MESSAGE!r})\n"
    )


def _rerun_code(cfg: OnClick, call: str) -> str:
    return (
        f"{setdefaults(cfg)}\n"
        f"st.write({RERUN_LABEL!r}, st.session_state.clicks)\n\n"
        f"if {call}:\n"
        "    st.session_state.clicks += 1\n"
        "    st.rerun()\n"
    )


MODES: dict[str, Mode] = {}


def register(mode: Mode) -> None:
    """Add ``mode`` to the registry; every mode contract test then runs over it."""
    MODES[mode.name] = mode


def reading_order() -> list[Mode]:
    """The modes as the paste reader tries them: the most particular first.

    A callback outranks the code around the call; a body that reruns
    outranks one that flips a value, which outranks any other ``if`` body;
    plain takes whatever is left.
    """
    return sorted(MODES.values(), key=lambda mode: -mode.precedence)


register(
    Mode(
        name="plain",
        title="plain call",
        help="plain: the bare call.",
        code=lambda cfg, call: f"{call}\n",
        reads=lambda call: True,
        # {clicked}: what the kind returns on a click (see ``clicks``).
        test_title="returns {clicked} on the click's rerun only",
        test_checks=lambda cfg, clicks: clicks.checked_by_value,
    )
)
register(
    Mode(
        name="if_block",
        precedence=1,
        title="if st.button(...):",
        help="if block: its body runs on the click's rerun only.",
        code=lambda cfg, call: f"if {call}:\n    st.success({IF_BLOCK_MESSAGE!r})\n",
        reads=lambda call: call.gated_body is not None,
        test_title="shows its message on the click's rerun only",
        test_checks=lambda cfg, clicks: (
            'assert not at.success, "a success message showed before any click"\n'
            f"{clicks.click}\n"
            "assert [message.value for message in at.success] == "
            f"[{IF_BLOCK_MESSAGE!r}], (\n"
            '    "the click did not show its message: was the if body changed?"\n'
            ")\n"
            "at.run()\n"
            "assert not at.success, (\n"
            "    \"the message stayed after the click's run: it should show on that "
            'run only"\n'
            ")\n"
        ),
        below=lambda cfg, state, clicked: (
            [Shown("success", (IF_BLOCK_MESSAGE,))] if clicked else []
        ),
    )
)
register(
    Mode(
        name="callback",
        precedence=4,
        title="on_click callback",
        help="callback: the callback runs before the script reruns.",
        code=lambda cfg, call: callback.code(cfg, call, setdefaults(cfg)),
        reads=lambda call: call.callback,
        test_title="runs its callback once per click",
        test_checks=callback.checks,
        state_names=("clicks", "last_call"),
        # last_call only when the callback takes arguments to record.
        seeded=lambda cfg: ("clicks", "last_call")[
            : 2 if callback.callback_parameters(cfg) else 1
        ],
        callback=callback.click,
        below=callback.below,
    )
)
register(
    Mode(
        name="toggle",
        precedence=2,
        title="toggle session state",
        help="toggle: session state flips to reveal content.",
        code=_toggle_code,
        reads=gated_body_has(flips_with_not),
        test_title="shows its content on one click and hides it on the next",
        test_checks=lambda cfg, clicks: (
            'assert not at.info, "the content showed before any click"\n'
            f"{clicks.click}\n"
            f"assert [message.value for message in at.info] == [{TOGGLE_MESSAGE!r}], (\n"
            '    "the first click did not show the content: was the flip of '
            'show_more changed?"\n'
            ")\n"
            f"{clicks.click}\n"
            'assert not at.info, "the second click did not hide the content"\n'
        ),
        state_names=("show_more",),
        script_click=lambda state: {"show_more": not state["show_more"]},
        below=lambda cfg, state, clicked: (
            [Shown("info", (TOGGLE_MESSAGE,))] if state["show_more"] else []
        ),
    )
)
register(
    Mode(
        name="rerun",
        precedence=3,
        title="update state, then st.rerun()",
        help="st.rerun: the click updates state and reruns at once, so content "
        "above the button shows it.",
        code=_rerun_code,
        reads=gated_body_has(calls_rerun),
        test_title="counts the click above the button at once",
        # By counts: in a row, another button's count may still show 0.
        test_checks=lambda cfg, clicks: (
            "texts = shown_texts(at)\n"
            f"assert {RERUN_LABEL + ' `0`'!r} in texts, (\n"
            '    "the count above the button did not start at 0"\n'
            ")\n"
            f"zeros = texts.count({RERUN_LABEL + ' `0`'!r})\n"
            f"{clicks.click}\n"
            "assert at.session_state.clicks == 1, (\n"
            '    f"one click counted {at.session_state.clicks} clicks, not 1"\n'
            ")\n"
            "# Written above the button, yet it shows this click: st.rerun() "
            "redrew it.\n"
            "texts = shown_texts(at)\n"
            f"assert {RERUN_LABEL + ' `1`'!r} in texts, (\n"
            '    "the count above the button did not show the click at once: '
            'was st.rerun() removed?"\n'
            ")\n"
            f"assert texts.count({RERUN_LABEL + ' `0`'!r}) < zeros, (\n"
            '    "the count above the button still showed 0 after the click"\n'
            ")\n"
        ),
        state_names=("clicks",),
        reruns=True,
        # Drawn above the button: only st.rerun() lets it show this click.
        above=lambda cfg, state: [Shown("write", (RERUN_LABEL, state["clicks"]))],
        script_click=lambda state: {"clicks": state["clicks"] + 1},
    )
)
register(
    Mode(
        name="ignore",
        precedence=5,
        title='on_click="ignore"',
        help="ignore: a click only downloads, opens the link or opens the "
        "popover; no script runs, so the app never hears of it.",
        code=lambda cfg, call: f"{call}\n",
        reads=lambda call: not call.callback and call.on_click == "ignore",
        test_title="is set to run nothing on a click",
        test_checks=lambda cfg, clicks: (
            "assert find_button(at).proto.ignore_rerun, (\n"
            "    \"a click would rerun the app: was on_click='ignore' removed?\"\n"
            ")\n"
        ),
        on_click="ignore",
    )
)
DEFAULT_MODE = "plain"
