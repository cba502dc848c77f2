"""The live preview: the real widget, playing the app its code describes.

The widget's arguments come from ``call_kwargs``, as the code's do, and the
mode (``core.modes``) says what is shown above and below it and what the
app's script changes on a click. Returns what it saw, for the session to
record: it writes nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.errors import StreamlitAPIException

from components.core.config import ButtonConfig, call_kwargs
from components.core.key_colour import key_css
from components.core.keys import (
    PREVIEW,
    PREVIEW_FORM,
    PREVIEW_FORM_FIX,
    PREVIEW_IN_FORM,
    RESET_APP_STATE,
    preview_input_key,
)
from components.core.kind import Kind
from components.core.kinds import FORM_SUBMIT_BUTTON, KINDS
from components.core.markdown import message
from components.core.modes import MODES
from components.core.played import Played, Shown
from components.core.snapshot import Snapshot
from components.core.text import code_span, quoted
from components.session.app_state import restart
from components.session.controls import switch_to_kind


def render_preview_heading(snap: Snapshot) -> bool:
    """The preview's heading, and for a widget Streamlit refuses in a form,
    the switch that puts it in one anyway (the classic mistake) with its fix.
    Drawn outside the preview's fragment: the fix reruns the whole page.
    Returns whether the widget goes inside the form (a row's never does)."""
    st.subheader("Preview")
    kind = KINDS[snap.config.kind]
    if snap.row is not None or not kind.refused_in_form:
        return False
    inside = st.toggle(
        f"Put {kind.call_name} inside st.form",
        key=PREVIEW_IN_FORM,
        help=message(
            "The classic mistake: a form sends its inputs only when its own "
            "submit button is clicked, so Streamlit refuses any other button "
            "inside it. See what Streamlit says."
        ),
    )
    if inside:
        st.button(
            f"Fix it: use {FORM_SUBMIT_BUTTON.call_name}",
            key=PREVIEW_FORM_FIX,
            icon=":material/build:",
            on_click=switch_to_kind,
            args=(FORM_SUBMIT_BUTTON.name,),
        )
    return inside


def render_preview(
    snap: Snapshot,
    app_state: Mapping[str, Any],
    on_click: Callable[..., None],
    inside_form: bool = False,
) -> Played | None:
    """The preview panel; None when the widget refused its arguments, or
    refused to sit inside the form it was put in."""
    call_name = KINDS[snap.config.kind].call_name
    with st.container(key=PREVIEW, border=True):
        if inside_form:
            return _play_inside_form(snap.config, app_state, on_click)
        if snap.errors:
            invalid_notice(snap)
        if snap.coloured is not None:
            # The recipe the code writes, drawn as the app would draw it.
            st.html(key_css(snap.config.key, snap.coloured))
        try:
            played = play(snap.config, app_state, on_click)
        except StreamlitAPIException as error:
            # The widget's own refusal, shown as a sentence, never a traceback.
            st.error(message(f"{call_name} refused these arguments: {error}"))
            return None
        if played.rerun:
            return played
        st.caption(message(returned(KINDS[snap.config.kind], played)))
    restart_button()
    return played


def invalid_notice(snap: Snapshot) -> None:
    st.info(
        message(
            f"Showing the last valid button: {snap.invalid_summary}. "
            "Fix it in the sidebar."
        ),
        icon=":material/info:",
    )


def restart_button() -> None:
    st.button(
        "Restart the app's state",
        key=RESET_APP_STATE,
        type="tertiary",
        icon=":material/restart_alt:",
        help=message(
            "Clear the session state the app's code keeps (its clicks, its "
            "toggle), as a new `streamlit run` starts it."
        ),
        on_click=restart,
    )


def _play_inside_form(
    cfg: ButtonConfig,
    app_state: Mapping[str, Any],
    on_click: Callable[..., None] | None,
) -> None:
    """The widget inside a real st.form, and Streamlit's refusal as it says
    it: a sentence with its link to the forms docs, never a traceback."""
    # Exactly the code's call: without a callback, no note of the click either
    # (Streamlit refuses any callback in a form before the widget itself).
    code_on_click = on_click if MODES[cfg.mode].callback else None
    try:
        with st.form(key=PREVIEW_FORM):
            play(cfg, app_state, code_on_click)
    except StreamlitAPIException as error:
        st.error(message(f"Streamlit raised: {error}"), icon=":material/error:")


def play(
    cfg: ButtonConfig,
    app_state: Mapping[str, Any],
    on_click: Callable[..., None] | None,
    place: int = 0,
) -> Played:
    """The widget and what its mode does around it, in its block when it has
    one (a form, with its text input, and what the form sent below it).
    ``place``: its place in a row, which keys the block's input."""
    block = KINDS[cfg.kind].block
    if block is None:
        return _play(cfg, app_state, on_click)
    with getattr(st, block.function)(**block.arguments(cfg)):
        sent = st.text_input(block.input_label, key=preview_input_key(place))
        played = _play(cfg, app_state, on_click)
    if not played.rerun:
        st.write(block.sent_label, sent)
    return played


def _play(
    cfg: ButtonConfig,
    app_state: Mapping[str, Any],
    on_click: Callable[..., None] | None,
) -> Played:
    """The widget and what its mode does around it; stops drawing where the
    app's ``st.rerun()`` would stop its script."""
    kind, mode = KINDS[cfg.kind], MODES[cfg.mode]
    _show(mode.above(cfg, app_state))
    value = draw_widget(cfg, on_click)
    if kind.contents is not None:
        value = _fill(kind, value, keeps_state=not mode.runs_nothing)
    # A link that ignores its clicks is an element, not a widget: it gives
    # back the element, and has no value to report.
    if element := isinstance(value, DeltaGenerator):
        value = None
    clicked = not element and kind.is_click(value)
    changes = mode.script_click(app_state) if clicked else {}
    if clicked and mode.reruns:
        return Played(value, clicked, changes, rerun=True)
    _show(mode.below(cfg, {**app_state, **changes}, clicked))
    return Played(value, clicked, changes, rerun=False, element=element)


def draw_widget(cfg: ButtonConfig, on_click: Callable[..., None] | None) -> Any:
    """The widget with the code's arguments and ``on_click`` (its trigger): the code's
    callback in a callback mode, else the session's note of a click (which
    changes nothing the app sees: neither the widget nor its value); under
    "ignore", "ignore" itself."""
    kind, mode = KINDS[cfg.kind], MODES[cfg.mode]
    kwargs = call_kwargs(cfg)
    if kind.named is not None:
        kwargs[kind.named.argument] = kind.named.played(cfg)
    if mode.callback:
        kwargs |= {"args": cfg.args, "kwargs": dict(cfg.kwargs)}
    if stand_in := kind.stand_in(kwargs):
        kwargs, reason = stand_in
        st.caption(message(reason))
    # "ignore" runs nothing on a click, so there is no click to note either.
    if kind.has_on_click:
        kwargs[kind.trigger] = "ignore" if mode.runs_nothing else on_click
    return kind.function(**kwargs)


def _fill(kind: Kind, container: Any, *, keeps_state: bool) -> Any:
    """A container's content drawn inside it, as its code writes it; gives
    back its state (a popover's ``.open``), shown after it where it keeps one."""
    contents = kind.contents
    with container:
        st.markdown(message(contents.text))
    value = getattr(container, contents.state)
    if keeps_state:
        st.write(contents.state_label, value)
    return value


def returned(kind: Kind, played: Played) -> str:
    call = code_span(kind.call_name)
    if played.element:
        return (
            f"{call} returned its element, not a value ({kind.no_value_reason}): "
            "a click runs nothing."
        )
    if played.value is None and kind.clicks.keeps:
        return (
            f'{call}\'s {kind.clicks.read} is `None`: under {kind.trigger}="ignore" '
            "it keeps no state, and a click runs nothing."
        )
    return f"{kind.clicks.told(call, code_span(quoted(played.value)))} on this run."


def _show(elements: list[Shown]) -> None:
    for element in elements:
        getattr(st, element.element)(*element.args)
