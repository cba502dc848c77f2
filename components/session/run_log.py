"""The rerun log in the session: one ``Recorder`` under one key, fed as a run goes.

``begin`` opens a run's record with what caused it; a callback that changes
the controls names itself with ``mark``; the preview's callback and report
fill the record in; ``close`` ends it. The limit is the log panel's widget.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import streamlit as st

from components.core.keys import LOG_LIMIT, RECORDER
from components.core.recorder import Recorder
from components.core.row import RowMember
from components.core.run_log import DEFAULT_LIMIT, RunRecord
from components.core.snapshot import Snapshot


def recorder() -> Recorder:
    return st.session_state.setdefault(RECORDER, Recorder())


def records() -> list[RunRecord]:
    """The log, oldest first."""
    return recorder().records


def begin(
    snap: Snapshot, app_state: Mapping[str, Any], *, redrew_only_preview: bool = False
) -> None:
    """Open this run's record, naming what caused the run."""
    limit = st.session_state.setdefault(LOG_LIMIT, DEFAULT_LIMIT)
    recorder().begin(
        snap.values,
        snap.config,
        app_state,
        time.time(),
        limit,
        redrew_only_preview=redrew_only_preview,
    )


def is_open() -> bool:
    """Whether this run's record is open: a full run opened it at its start."""
    return recorder().is_open


def mark(kind: str, detail: str = "") -> None:
    """Name what causes the coming run; call from the callback that causes it."""
    recorder().mark(kind, detail)


def note_callback(args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """The preview's on_click ran with these arguments, before this run."""
    recorder().callback_call = (args, dict(kwargs))


def note_button(
    value: Any, *, clicked: bool | None, member: RowMember | None = None
) -> None:
    recorder().note_button(value, clicked=clicked, member=member)


def stop_for_rerun(
    app_state: Mapping[str, Any], *, asked_by_app: bool, **renamed: str
) -> None:
    recorder().stop_for_rerun(app_state, asked_by_app=asked_by_app, **renamed)


def close(app_state: Mapping[str, Any]) -> None:
    recorder().close(app_state)


def clear() -> None:
    """The log panel's Clear."""
    recorder().clear()


def apply_limit() -> None:
    """A lower limit drops the oldest records now, not at the next run."""
    recorder().keep_newest(st.session_state[LOG_LIMIT])
