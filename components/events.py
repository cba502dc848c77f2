"""The rerun event log: one record per script run, and what each run means.

Owns the record's fields, how a run's trigger is named, which argument changes
give the button a new identity, the phases of a run in Streamlit's real order
(callback, then the script, then st.rerun), the sentence that explains a run,
the log's limit (the newest records stay), filtering, and the JSON and CSV
exports. ``state`` feeds it; ``event_log`` draws it.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypedDict

from streamlit.elements.lib.shortcut_utils import normalize_shortcut

from components.config import (
    BUTTON_ARGUMENTS,
    IDENTITY_ARGUMENTS,
    ButtonConfig,
    quoted,
    same_value,
)

FIRST_LOAD = "first load"
CONTROL = "control"
CLICK = "click"
RERUN = "st.rerun()"
OTHER = "other"
# Outside causes, named by the callback that changed the controls.
PRESET, LINK, PASTE, RESET, COMPARE = "preset", "link", "paste", "reset", "compare"
TRIGGER_KINDS: tuple[str, ...] = (
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
    return [
        name
        for name in BUTTON_ARGUMENTS
        if name in IDENTITY_ARGUMENTS
        and not same_value(_as_hashed(before, name), _as_hashed(after, name))
    ]


def _as_hashed(cfg: ButtonConfig, name: str) -> Any:
    """The value st.button hashes for ``name``: the shortcut as it normalises it."""
    value = getattr(cfg, name)
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


def phases(record: RunRecord) -> list[str]:
    """What happened in the run, in the order Streamlit did it.

    Session state the callback set belongs to the callback's step, before the
    script; what the script set is told apart by ``script_state_note``.
    """
    steps = []
    if record["control_changes"] and record["trigger"] != CONTROL:
        steps.append("widgets updated first: " + ", ".join(record["control_changes"]))
    if record["callback_ran"]:
        step = f"on_click callback ran before the script{record['callback_arguments']}"
        if record["state_changed_by_callback"]:
            step += "; it set " + ", ".join(record["state_changed_by_callback"])
        steps.append(step)
    steps.append("script ran from the top")
    if record["button_value"] is not None:
        steps.append(f"st.button returned {record['button_value']}")
    if record["rerun_requested"]:
        steps.append("st.rerun() called: the script stopped there and starts again")
    return steps


def script_state_note(record: RunRecord) -> str:
    """The session state the script itself changed, or "" when it changed none."""
    changes = record["state_changed_by_script"]
    return "session state set by the script: " + ", ".join(changes) if changes else ""


def explain(record: RunRecord) -> str:
    """One plain sentence on why this run happened and what st.button returned."""
    kind = record["trigger"]
    returned = _returned(record)
    if kind == CLICK:
        if record["callback_ran"]:
            start = "You clicked: the callback ran first, then the script reran"
        else:
            start = "You clicked: the script reran from the top"
        if record["rerun_requested"]:
            return (
                f"{start}, st.button returned True and the code under it called "
                "st.rerun(), so the script is starting again at once."
            )
        return f"{start} and {returned}. On the next rerun it returns False."
    if kind == RERUN:
        return (
            "st.rerun() started this run: the script ran again from the top, so "
            f"content above the button shows the new state, and {returned}: "
            "no click caused this run."
        )
    if kind == FIRST_LOAD:
        return f"The page loaded: the script ran top to bottom once and {returned}."
    return f"{_cause(record)}; then the script ran top to bottom and {returned}."


def entry_text(record: RunRecord) -> str:
    """A record as the log shows it: a heading line, then its numbered phases."""
    time_of_day = record["at"][11:23]
    since = record["since_previous_ms"]
    gap = "" if since is None else f" (+{since:,.0f} ms)"
    cause = (
        f"{record['trigger']}: {record['detail']}"
        if record["detail"]
        else record["trigger"]
    )
    lines = [f"Run {record['run']} · {time_of_day}{gap} · {cause}"]
    lines += [f"  {number}. {step}" for number, step in enumerate(phases(record), 1)]
    if note := script_state_note(record):
        lines.append(f"  · {note}")
    if record["identity_changed"]:
        names = ", ".join(record["identity_changed"])
        lines.append(f"  ! new widget identity: {names} changed and no key is set")
    return "\n".join(lines)


def timeline_points(log: Iterable[RunRecord]) -> list[dict[str, Any]]:
    """One point per run for the timeline chart, clicks and st.rerun() marked."""
    return [
        {
            "run": record["run"],
            "at": record["at"],
            "trigger": record["trigger"],
            "mark": (
                "st.rerun() requested"
                if record["rerun_requested"]
                else "clicked" if record["button_value"] else "other run"
            ),
        }
        for record in log
    ]


def appended(
    log: Sequence[RunRecord], record: RunRecord, limit: int
) -> list[RunRecord]:
    """``log`` with ``record`` at the end, trimmed to the newest ``limit``."""
    return [*log, record][-limit:]


def filtered(log: Iterable[RunRecord], kinds: Iterable[str]) -> list[RunRecord]:
    """The records whose trigger is one of ``kinds``; every record when none."""
    wanted = set(kinds)
    return [record for record in log if not wanted or record["trigger"] in wanted]


def to_json(log: Iterable[RunRecord]) -> str:
    return json.dumps(list(log), ensure_ascii=False, indent=2)


def to_csv(log: Iterable[RunRecord]) -> str:
    """One row per run; list fields joined with "; "."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in log:
        writer.writerow(
            {
                name: "; ".join(value) if isinstance(value, list) else value
                for name, value in record.items()
            }
        )
    return out.getvalue()


def _returned(record: RunRecord) -> str:
    value = record["button_value"]
    if value is None:
        return "st.button was not reached"
    return f"st.button returned {value}"


# The sentence names the cause in our words only: the detail holds what the
# user typed (labels, preset titles), which the log shows as plain text.
_CAUSES = {
    CONTROL: "You changed an argument in the sidebar",
    PRESET: "You applied a preset: a callback set the controls first",
    LINK: "You opened a link: its parameters set the controls first",
    PASTE: "You applied pasted code: it set the controls first",
    RESET: "You reset arguments to st.button's defaults: a callback set them first",
    COMPARE: "You adopted a type from the comparison: a callback set it first",
}


def _cause(record: RunRecord) -> str:
    return _CAUSES.get(record["trigger"], "A playground widget changed")


def _call_text(call: tuple[tuple[Any, ...], Mapping[str, Any]] | None) -> str:
    if call is None:
        return ""
    args, kwargs = call
    parts = [*(quoted(value) for value in args)]
    parts += [f"{name}={quoted(value)}" for name, value in kwargs.items()]
    return f" with ({', '.join(parts)})" if parts else " with no arguments"
