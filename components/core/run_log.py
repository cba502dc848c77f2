"""The rerun log: one record per script run, kept by one ``Recorder``.

Owns the record's fields, how a run's trigger is named, which argument changes
give the widget a new identity, what session state a callback and the script
changed, the log's limit (the newest records stay), filtering, and the JSON
and CSV exports. The session keeps the recorder and feeds it; ``run_story``
tells the records in words; the log panel draws them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypedDict

from streamlit.elements.lib.shortcut_utils import normalize_shortcut

from components.core.config import ButtonConfig, same_value
from components.core.kinds import KINDS
from components.core.text import quoted

FIRST_LOAD, CONTROL, CLICK, RERUN = "first load", "control", "click", "st.rerun()"
# Outside causes, named by the callback that changed the controls.
PRESET, LINK, PASTE, RESET, COMPARE = "preset", "link", "paste", "reset", "compare"
OTHER = "other"
TRIGGER_KINDS = (
    FIRST_LOAD,
    CONTROL,
    CLICK,
    RERUN,
    PRESET,
    LINK,
    PASTE,
    RESET,
    COMPARE,
    OTHER,
)

DEFAULT_LIMIT = 200
MAX_LIMIT = 1_000


class RunRecord(TypedDict):
    """One script run, as the log keeps and exports it."""

    run: int
    at: str
    since_previous_ms: float | None
    trigger: str
    detail: str
    mode: str
    callback_ran: bool
    callback_arguments: str
    button_value: bool | None
    rerun_requested: bool
    control_changes: list[str]
    state_changed_by_callback: list[str]
    state_changed_by_script: list[str]
    identity_changed: list[str]


FIELDS: tuple[str, ...] = tuple(RunRecord.__annotations__)


def new_record(
    *,
    run: int,
    at: str,
    since_previous_ms: float | None,
    trigger: tuple[str, str],
    mode: str,
    callback_call: tuple[tuple[Any, ...], Mapping[str, Any]] | None = None,
    control_changes: Sequence[str] = (),
    state_changed_by_callback: Sequence[str] = (),
    identity_changed: Sequence[str] = (),
) -> RunRecord:
    """The record of a run as it starts; the button's value comes later."""
    kind, detail = trigger
    return RunRecord(
        run=run,
        at=at,
        since_previous_ms=since_previous_ms,
        trigger=kind,
        detail=detail,
        mode=mode,
        callback_ran=callback_call is not None,
        callback_arguments=_call_text(callback_call),
        button_value=None,
        rerun_requested=False,
        control_changes=list(control_changes),
        state_changed_by_callback=list(state_changed_by_callback),
        state_changed_by_script=[],
        identity_changed=list(identity_changed),
    )


def name_trigger(
    *,
    first: bool,
    marked: tuple[str, str] | None,
    after_rerun: bool,
    callback_ran: bool,
    changes: Sequence[str],
) -> tuple[str, str]:
    """What caused this run, as (kind, detail), from what is known at its start.

    A click without a callback shows only later, as st.button's True value:
    ``clicked`` then renames the run.
    """
    if callback_ran:
        return CLICK, "the preview's button (its on_click ran first)"
    if marked is not None:
        # Before "first load": a link opened is a first load with a cause.
        return marked
    if first:
        return FIRST_LOAD, ""
    if after_rerun:
        return RERUN, "called by the previous run"
    if changes:
        return CONTROL, "; ".join(changes)
    return OTHER, "a playground widget, not one of st.button's arguments"


def clicked(record: RunRecord) -> RunRecord:
    """``record`` renamed as a click: st.button returned True on it."""
    if record["trigger"] == CLICK:
        return record
    return {**record, "trigger": CLICK, "detail": "the preview's button"}


def control_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """Each control whose value changed, as "`type` from 'secondary' to 'primary'"."""
    return [
        f"`{name}` from {quoted(before[name])} to {quoted(after[name])}"
        for name in after
        if name in before and not same_value(before[name], after[name])
    ]


def identity_changes(before: ButtonConfig, after: ButtonConfig) -> list[str]:
    """The arguments whose change gives a key-less button a new widget identity.

    Without a key st.button hashes these into its widget ID, so a new value
    makes a new widget; with a key the key alone is the identity.
    """
    if before.key is not None or after.key is not None:
        return []
    if before.kind != after.kind:
        return ["kind"]
    kind = KINDS[after.kind]
    return [
        name
        for name in kind.argument_names
        if name in kind.identity
        and not same_value(_as_hashed(before, name), _as_hashed(after, name))
    ]


def _as_hashed(cfg: ButtonConfig, name: str) -> Any:
    """The value st.button hashes for ``name``: the shortcut as it normalises it."""
    value = cfg.get(name)
    return normalize_shortcut(value) if name == "shortcut" and value else value


def state_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """Session-state names whose value changed, as "clicks: 0 → 1"."""
    changes = []
    for name in after:
        if name not in before:
            changes.append(f"{name}: (unset) → {quoted(after[name])}")
        elif not same_value(before[name], after[name]):
            changes.append(f"{name}: {quoted(before[name])} → {quoted(after[name])}")
    return changes


def appended(
    log: Sequence[RunRecord], record: RunRecord, limit: int
) -> list[RunRecord]:
    """``log`` with ``record`` at the end, trimmed to the newest ``limit``."""
    return [*log, record][-limit:]


def _call_text(call: tuple[tuple[Any, ...], Mapping[str, Any]] | None) -> str:
    if call is None:
        return ""
    args, kwargs = call
    parts = [*(quoted(value) for value in args)]
    parts += [f"{name}={quoted(value)}" for name, value in kwargs.items()]
    return f" with ({', '.join(parts)})" if parts else " with no arguments"


@dataclass
class Recorder:
    """The log's records, and what one run leaves for the next to read.

    The session keeps one per session: ``begin`` opens each run's record,
    naming its cause; the notes fill it in as the run reports; ``close``
    adds the session state the script changed. A callback that changes the
    controls names itself with ``mark`` before the run it causes.
    """

    records: list[RunRecord] = field(default_factory=list)
    run: int = 0
    clock: float | None = None
    seen: tuple[Mapping[str, Any], ButtonConfig] | None = None
    marked: tuple[str, str] | None = None
    callback_call: tuple[tuple[Any, ...], Mapping[str, Any]] | None = None
    rerun_asked: bool = False
    # The app's state as the last record closed, and as this run began: a
    # callback changes it before the script, so "before" is the last close.
    state_closed: dict[str, Any] | None = None
    state_before: dict[str, Any] = field(default_factory=dict)

    def begin(
        self,
        values: Mapping[str, Any],
        config: ButtonConfig,
        app_state: Mapping[str, Any],
        now: float,
        limit: int,
    ) -> None:
        """Open the record of the run starting ``now``."""
        run = self.run + 1
        seen_values, seen_config = self.seen or ({}, None)
        callback_call, self.callback_call = self.callback_call, None
        marked, self.marked = self.marked, None
        after_rerun, self.rerun_asked = self.rerun_asked, False
        changes = control_changes(seen_values, values)
        state_now = dict(app_state)
        closed = self.state_closed if self.state_closed is not None else state_now
        record = new_record(
            run=run,
            at=datetime.fromtimestamp(now, timezone.utc).isoformat(
                timespec="milliseconds"
            ),
            since_previous_ms=(
                None if self.clock is None else round((now - self.clock) * 1000, 1)
            ),
            trigger=name_trigger(
                first=run == 1,
                marked=marked,
                after_rerun=after_rerun,
                callback_ran=callback_call is not None,
                changes=changes,
            ),
            mode=config.mode,
            callback_call=callback_call,
            control_changes=changes,
            state_changed_by_callback=state_changes(closed, state_now),
            identity_changed=(
                identity_changes(seen_config, config) if seen_config else ()
            ),
        )
        self.records = appended(self.records, record, limit)
        self.run, self.clock = run, now
        self.seen = (values, config)
        self.state_before = state_now

    def mark(self, kind: str, detail: str = "") -> None:
        """Name what causes the coming run; its callback is the only one who knows."""
        self.marked = (kind, detail)

    def note_button(self, value: bool) -> None:
        """What the widget returned on this run; True renames the run a click."""
        self._update(button_value=value)
        if value and self._current() is not None:
            self.records[-1] = clicked(self.records[-1])

    def stop_for_rerun(
        self, app_state: Mapping[str, Any], *, asked_by_app: bool, **renamed: str
    ) -> None:
        """The run stops for ``st.rerun()``: the app's own, or the playground's
        (``renamed`` then names the run's cause anew)."""
        self._update(rerun_requested=True, **renamed)
        self.close(app_state)
        self.rerun_asked = asked_by_app

    def close(self, app_state: Mapping[str, Any]) -> None:
        """Add the session state the script changed to this run's record."""
        if self._current() is None:
            return
        now = dict(app_state)
        self._update(state_changed_by_script=state_changes(self.state_before, now))
        self.state_closed = now

    def clear(self) -> None:
        self.records = []

    def keep_newest(self, limit: int) -> None:
        self.records = self.records[-limit:]

    def _current(self) -> RunRecord | None:
        if self.records and self.records[-1]["run"] == self.run:
            return self.records[-1]
        return None

    def _update(self, **fields: Any) -> None:
        if (record := self._current()) is not None:
            self.records[-1] = {**record, **fields}
