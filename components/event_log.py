"""The rerun event log panel: what each script run did, newest first.

Draws only, inside ``st.container(key="event_log")``: the latest run in one
sentence, the identity warning when a key-less button just got a new widget
ID, the newest entries as plain text (what users typed is never rendered as
Markdown), a timeline of the runs (built only while its expander is open), and
the tools: filter, limit, clear, export.
The drawing is bounded (the newest ``SHOWN`` entries; the limit bounds the
rest), so a long session costs no more per rerun than a short one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import streamlit as st

from components import events, state

SHOWN = 25
TIMELINE_KEY = "log_timeline"

_EXPORTS = (
    ("Export JSON", events.to_json, "rerun_log.json", "application/json", "log_json"),
    ("Export CSV", events.to_csv, "rerun_log.csv", "text/csv", "log_csv"),
)

_TIMELINE_SPEC = {
    # One row per cause, however many causes the filter leaves.
    "height": {"step": 18},
    "mark": {"type": "point", "filled": True, "size": 70},
    "encoding": {
        "x": {
            "field": "run",
            "type": "quantitative",
            "title": "run",
            "axis": {"format": "d", "tickMinStep": 1},
        },
        "y": {"field": "trigger", "type": "nominal", "title": None},
        "color": {"field": "mark", "type": "nominal", "title": None},
        "shape": {"field": "mark", "type": "nominal", "title": None},
        "tooltip": [
            {"field": "run"},
            {"field": "at"},
            {"field": "trigger"},
            {"field": "mark"},
        ],
    },
}


def render_event_log() -> None:
    st.subheader("Rerun log")
    with st.container(key="event_log", border=True):
        log = state.event_log()
        latest = log[-1]
        with st.container(key="log_latest"):
            st.markdown(f"**Run {latest['run']}.** {events.explain(latest)}")
        if latest["identity_changed"]:
            st.warning(
                _identity_warning(latest["identity_changed"]), icon=":material/warning:"
            )
        kinds = st.pills(
            "Show runs caused by",
            events.TRIGGER_KINDS,
            selection_mode="multi",
            key="log_filter",
            help="None selected shows every run.",
        )
        shown = events.filtered(log, kinds)
        _entries(shown, len(log))
        _timeline(shown)
        _tools(log)


def _entries(shown: Sequence[events.RunRecord], total: int) -> None:
    newest = list(reversed(shown[-SHOWN:]))
    text = "\n\n".join(events.entry_text(record) for record in newest)
    st.code(
        text or "No run matches the filter.", language=None, wrap_lines=True, height=300
    )
    if len(shown) > SHOWN:
        st.caption(
            f"The newest {SHOWN} of {len(shown)} shown runs; the export has all {total}."
        )


def _timeline(shown: Sequence[events.RunRecord]) -> None:
    # Built only while open: the chart is the dearest element of a rerun,
    # to convert on the server and to paint in the browser.
    panel = st.expander(
        "Timeline",
        key=TIMELINE_KEY,
        icon=":material/timeline:",
        on_change="rerun",
    )
    if not panel.open:
        return
    with panel:
        if len(shown) < 2:
            st.caption("The timeline starts at the second run.")
            return
        points = {"values": events.timeline_points(shown)}
        st.vega_lite_chart(spec=_TIMELINE_SPEC | {"data": points})


def _tools(log: list[events.RunRecord]) -> None:
    limit_column, clear_column = st.columns([2, 1], vertical_alignment="bottom")
    limit_column.number_input(
        "Keep the newest",
        min_value=1,
        max_value=events.MAX_LIMIT,
        step=50,
        key=state.LOG_LIMIT_KEY,
        help="Older runs drop off the log; the newest always stay.",
        on_change=state.apply_log_limit,
    )
    clear_column.button(
        "Clear",
        key="log_clear",
        icon=":material/delete:",
        on_click=state.clear_log,
        width="stretch",
    )
    records = list(log)
    for column, (label, render, file_name, mime, key) in zip(st.columns(2), _EXPORTS):
        column.download_button(
            label,
            # Built on the click, on its own thread: no cost on ordinary reruns.
            data=partial(render, records),
            file_name=file_name,
            mime=mime,
            key=key,
            icon=":material/download:",
            on_click="ignore",
            width="stretch",
        )


def _identity_warning(names: Sequence[str]) -> str:
    changed = ", ".join(f"`{name}`" for name in names)
    return (
        f"New widget identity: you changed {changed} and the button has no key. "
        "Without a key, st.button's widget ID is computed from its label, icon, "
        "help, type, width, icon_position and shortcut, so Streamlit now treats "
        "it as a new widget and any state tied to the old one resets. "
        "Fix: set `key=` for a stable identity."
    )
