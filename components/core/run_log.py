"""The rerun log's records: one per script run of the app.

Owns the record's fields, how a run's trigger is named, which argument changes
give the widget a new identity, what session state a callback and the script
changed, and the log's limit (the newest records stay). ``recorder`` keeps
the records run by run; ``run_story`` tells them in words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from streamlit.elements.lib.shortcut_utils import normalize_shortcut

from components.core.config import ButtonConfig, same_value
from components.core.kinds import KINDS
from components.core.text import quoted

FIRST_LOAD, CONTROL, CLICK, RERUN = "first load", "control", "click", "st.rerun()"
# Outside causes, named by the callback that changed the controls.
PRESET, LINK, PASTE, RESET, COMPARE = "preset", "link", "paste", "reset", "compare"
RESTART = "restart"
# A run only the playground's own widgets caused: no part of the app's story,
# so it is not recorded (see ``Recorder.close``).
OTHER = "other"
TRIGGER_KINDS = (FIRST_LOAD, CONTROL, CLICK, RERUN, PRESET, LINK, PASTE, RESET)
TRIGGER_KINDS += (COMPARE, RESTART)

DEFAULT_LIMIT = 200
MAX_LIMIT = 1_000


class RunRecord(TypedDict):
    """One script run, as the log keeps and exports it."""

    run: int
    at: str
    since_previous_ms: float | None
    trigger: str
    detail: str
    # The widget the run is about, as the code calls it: st.download_button.
    widget: str
    # Which member of a row it is ('button 2 of the row, "Next"'), or "".
    member: str
    mode: str
    callback_ran: bool
    callback_arguments: str
    # What the widget returned (True or False, a menu's option or None),
    # where the preview saw it return a value on this run.
    button_value: Any
    value_seen: bool
    rerun_requested: bool
    control_changes: list[str]
    state_changed_by_callback: list[str]
    state_changed_by_script: list[str]
    identity_changed: list[str]
    # A click that reached the widget's old identity: its True was lost.
    click_lost: bool
    # Why the app's session state started afresh on this run, or "".
    state_restarted: str
    # The playground redrew only its preview and the log (an st.fragment);
    # the app the code describes runs its whole script all the same.
    redrew_only_preview: bool


FIELDS: tuple[str, ...] = tuple(RunRecord.__annotations__)


def new_record(
    *,
    run: int,
    at: str,
    since_previous_ms: float | None,
    trigger: tuple[str, str],
    mode: str,
    widget: str = "st.button",
    callback_call: tuple[tuple[Any, ...], Mapping[str, Any]] | None = None,
    control_changes: Sequence[str] = (),
    state_changed_by_callback: Sequence[str] = (),
    identity_changed: Sequence[str] = (),
    state_restarted: str = "",
    redrew_only_preview: bool = False,
) -> RunRecord:
    """The record of a run as it starts; the button's value comes later."""
    kind, detail = trigger
    return RunRecord(
        run=run,
        at=at,
        since_previous_ms=since_previous_ms,
        trigger=kind,
        detail=detail,
        widget=widget,
        member="",
        mode=mode,
        callback_ran=callback_call is not None,
        callback_arguments=_call_text(callback_call),
        button_value=None,
        value_seen=False,
        rerun_requested=False,
        control_changes=list(control_changes),
        state_changed_by_callback=list(state_changed_by_callback),
        state_changed_by_script=[],
        identity_changed=list(identity_changed),
        click_lost=False,
        state_restarted=state_restarted,
        redrew_only_preview=redrew_only_preview,
    )


def name_trigger(
    *,
    first: bool,
    marked: tuple[str, str] | None,
    after_rerun: bool,
    callback_ran: bool,
    trigger: str = "on_click",
    changes: Sequence[str],
) -> tuple[str, str]:
    """What caused this run, as (kind, detail), from what is known at its start.

    A click without a callback shows only later, as the widget's value:
    ``clicked`` then renames the run.
    """
    if callback_ran:
        return CLICK, f"the preview's button (its {trigger} ran first)"
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


def renamed_a_click(record: RunRecord) -> RunRecord:
    """``record`` renamed as a click: the widget returned a click's value on it."""
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
    makes a new widget; with a key the key alone is the identity (a popover
    hashes them beside its key). What registers no ID (a page link, a link
    or a popover under "ignore") has none to lose.
    """
    kind, keyed = KINDS[after.kind], before.key is not None or after.key is not None
    if (keyed and kind.key_keeps_identity) or not kind.has_identity(after.mode):
        return []
    if before.kind != after.kind:
        return ["kind"]
    return [
        name
        for name in kind.hashed
        if not same_value(_as_hashed(before, name), _as_hashed(after, name))
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
