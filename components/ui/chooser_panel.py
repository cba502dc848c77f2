"""The "Which button do I need?" panel: the guide's answers, under the page's heading.

Drawn only while open (``ui.lazy``). Each answer shows the need, the widgets
that meet it (each linking its docs page), and why; an answer whose kind is
registered (``core.chooser.can_switch``) has a "Use st.<kind>" button that
switches the playground to it, keeping the arguments the two kinds share,
as the kind picker does. The kind the picker holds has its button disabled.
"""

from __future__ import annotations

import streamlit as st

from components.core.chooser import ANSWERS, Answer, can_switch
from components.core.keys import CHOOSER, CHOOSER_OPEN, chooser_use_key
from components.core.markdown import code_link, message, strong
from components.core.snapshot import Snapshot
from components.core.text import code_span, quoted
from components.session.controls import switch_to_kind
from components.ui.lazy import open_panel

COLUMNS = 3


def render_chooser(snap: Snapshot) -> None:
    panel = open_panel(
        "Which button do I need?", key=CHOOSER_OPEN, icon=":material/help:"
    )
    if panel is None:
        return
    shown = snap.values["kind"]
    with panel, st.container(key=CHOOSER):
        st.caption(
            message(
                f"Your button, {quoted(snap.config.label)}, is an "
                f"`st.{shown}` now. Find your need below: a widget of the family "
                "has a button that switches the playground to it, keeping the "
                "label and every other argument the two share."
            )
        )
        columns = st.columns(COLUMNS)
        for at, answer in enumerate(ANSWERS):
            with columns[at % COLUMNS], st.container(border=True):
                _answer(answer, shown)


def _answer(answer: Answer, shown: str) -> None:
    st.markdown(strong(answer.need))
    joiner = message(f" {answer.join} ")
    links = joiner.join(code_link(w.call, w.docs) for w in answer.widgets)
    st.markdown(message("Use ") + links)
    st.caption(message(answer.why))
    if not can_switch(answer):
        return
    call = f"st.{answer.kind}"
    current = answer.kind == shown
    st.button(
        message(f"Use {code_span(call)}"),
        key=chooser_use_key(answer.kind),
        icon=":material/swap_horiz:",
        help=message(
            f"The playground shows {code_span(call)} already."
            if current
            else f"Show your button as {code_span(call)}, keeping the arguments "
            "the two share."
        ),
        on_click=switch_to_kind,
        args=(answer.kind,),
        disabled=current,
    )
