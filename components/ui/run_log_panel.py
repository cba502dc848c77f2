"""The rerun log panel: what each script run did, newest first.

Draws the records it is given, inside ``st.container(key="event_log")``: the
latest run in one sentence, and the identity warning when a key-less button
just got a new widget ID. The rest is drawn only while its panel is open: the
newest entries as plain text (what users typed is never rendered as
Markdown), a timeline of the runs (built only while switched on), and the
tools: filter, limit, clear, export.
The drawing is bounded (the newest ``SHOWN`` entries; the limit bounds the
rest), so a long session costs no more per rerun than a short one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import streamlit as st

from components.core import run_log, run_story
from components.core.keys import (
    LOG_CLEAR,
    LOG_CSV,
    LOG_FILTER,
    LOG_HISTORY,
    LOG_JSON,
    LOG_LATEST,
    LOG_LIMIT,
    LOG_TIMELINE,
    LOG_TIMELINE_CHART,
    RUN_LOG,
)
from components.core.kind import Kind
from components.core.markdown import message, strong
from components.session.run_log import apply_limit, clear
from components.ui.lazy import open_panel

SHOWN = 25

_EXPORTS = (
    ("Export JSON", run_story.to_json, "rerun_log.json", "application/json", LOG_JSON),
    ("Export CSV", run_story.to_csv, "rerun_log.csv", "text/csv", LOG_CSV),
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


def render_run_log(log: Sequence[run_log.RunRecord], kind: Kind) -> None:
    """The log panel for ``log`` (oldest first), about a widget of ``kind``."""
    st.subheader("Rerun log")
    with st.container(key=RUN_LOG, border=True):
        _latest(log, kind)
        panel = open_panel(
            "Every run, and the log's tools", key=LOG_HISTORY, icon=":material/history:"
        )
        if panel is not None:
            with panel:
                _history(log)


def _history(log: Sequence[run_log.RunRecord]) -> None:
    kinds = st.pills(
        "Show runs caused by",
        run_log.TRIGGER_KINDS,
        selection_mode="multi",
        key=LOG_FILTER,
        help=message(
            "None selected shows every run. Runs only the playground's own "
            "widgets cause (this log's tools, the code tabs) are not recorded: "
            "your app has no such runs."
        ),
    )
    shown = run_story.filtered(log, kinds)
    _entries(shown, len(log))
    _timeline(shown)
    _tools(log)


def _latest(log: Sequence[run_log.RunRecord], kind: Kind) -> None:
    """The latest run in one sentence (and what the playground itself redrew),
    and the identity warning when it applies."""
    with st.container(key=LOG_LATEST):
        if not log:
            st.markdown(message("No run recorded since the log was cleared."))
            return
        latest = log[-1]
        sentence = (
            strong(f"Run {latest['run']}.") + " " + message(run_story.explain(latest))
        )
        if note := run_story.redraw_note(latest):
            sentence += "\n\n" + message(note)
        st.markdown(sentence)
        if latest["identity_changed"]:
            warning = run_story.identity_warning(latest["identity_changed"], kind)
            st.warning(message(warning), icon=":material/warning:")


def _entries(shown: Sequence[run_log.RunRecord], total: int) -> None:
    newest = list(reversed(shown[-SHOWN:]))
    text = "\n\n".join(run_story.entry_text(record) for record in newest)
    st.code(
        text or "No run matches the filter.", language=None, wrap_lines=True, height=300
    )
    if len(shown) > SHOWN:
        st.caption(
            message(
                f"The newest {SHOWN} of {len(shown)} shown runs; "
                f"the export has all {total}."
            )
        )


def _timeline(shown: Sequence[run_log.RunRecord]) -> None:
    # Built only while on: the chart is the dearest element of a rerun, to
    # convert on the server and to paint in the browser. A toggle, as an
    # expander cannot hold another.
    if not st.toggle("Timeline", key=LOG_TIMELINE):
        return
    with st.container(key=LOG_TIMELINE_CHART):
        if len(shown) < 2:
            st.caption(message("The timeline starts at the second run."))
            return
        points = {"values": run_story.timeline_points(shown)}
        st.vega_lite_chart(spec=_TIMELINE_SPEC | {"data": points})


def _tools(log: Sequence[run_log.RunRecord]) -> None:
    limit_column, clear_column = st.columns([2, 1], vertical_alignment="bottom")
    limit_column.number_input(
        "Keep the newest",
        min_value=1,
        max_value=run_log.MAX_LIMIT,
        step=50,
        key=LOG_LIMIT,
        help=message("Older runs drop off the log; the newest always stay."),
        on_change=apply_limit,
    )
    clear_column.button(
        "Clear",
        key=LOG_CLEAR,
        icon=":material/delete:",
        on_click=clear,
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
