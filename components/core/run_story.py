"""The rerun log told: each run's phases, its sentence, its entry, its exports.

Owns the words: the phases of a run in Streamlit's real order (callback,
then the script, then st.rerun), the sentence that explains the latest run,
a run's entry as the log shows it, the identity warning, the timeline's points, and
the JSON and CSV exports. What the user typed (labels, preset titles) stays in the record's
detail, shown as plain text; the sentences name causes in our words only.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from components.core.kind import Kind, kind_called
from components.core.kinds import BUTTON
from components.core.run_log import (
    CLICK,
    COMPARE,
    CONTROL,
    FIELDS,
    FIRST_LOAD,
    LINK,
    PASTE,
    PRESET,
    RERUN,
    RESET,
    RESTART,
    RunRecord,
)
from components.core.text import quoted


def phases(record: RunRecord) -> list[str]:
    """What happened in the run, in the order Streamlit did it.

    Session state the callback set belongs to the callback's step, before the
    script; what the script set is told apart by ``script_state_note``.
    """
    steps = []
    if record["state_restarted"]:
        steps.append(
            f"the app's session state started afresh ({record['state_restarted']}), "
            "as a new `streamlit run` of this code would"
        )
    if record["control_changes"] and record["trigger"] != CONTROL:
        steps.append("widgets updated first: " + ", ".join(record["control_changes"]))
    if record["callback_ran"]:
        trigger = _kind_of(record).trigger
        step = f"{trigger} callback ran before the script{record['callback_arguments']}"
        if record["state_changed_by_callback"]:
            step += "; it set " + ", ".join(record["state_changed_by_callback"])
        steps.append(step)
    steps.append("script ran from the top")
    if record["value_seen"]:
        told = _kind_of(record).clicks.told
        steps.append(told(record["widget"], quoted(record["button_value"])))
    if record["click_lost"]:
        steps.append(LOST_CLICK)
    if record["rerun_requested"]:
        steps.append("st.rerun() called: the script stopped there and starts again")
    return steps


def script_state_note(record: RunRecord) -> str:
    """The session state the script itself changed, or "" when it changed none."""
    changes = record["state_changed_by_script"]
    return "session state set by the script: " + ", ".join(changes) if changes else ""


def explain(record: RunRecord) -> str:
    """One plain sentence on why this run happened and what the widget
    returned; under on_click="ignore", why a click adds no run."""
    if record["mode"] != "ignore":
        return _explained(record)
    kind = kind_called(record["widget"])
    if kind is not None and kind.clicks.keeps:
        return _explained(record) + KEPT_NO_STATE.format(trigger=kind.trigger)
    quiet = IGNORED if kind is None or kind.has_on_click else NO_ON_CLICK
    return _explained(record) + quiet


IGNORED = (
    ' Its on_click is "ignore": a click downloads the file or opens the link in '
    "the browser and runs no script, so no run appears here for it."
)
KEPT_NO_STATE = (
    ' Its {trigger} is "ignore": it keeps no state, and opening or closing it '
    "happens in the browser alone and runs no script, so no run appears here for it."
)
NO_ON_CLICK = (
    " It takes no on_click: a click opens its page (a web address in a new tab) "
    "and runs none of this script, so no run appears here for it."
)


def _explained(record: RunRecord) -> str:
    kind = record["trigger"]
    returned = _returned(record)
    if kind == CLICK:
        done = _kind_of(record).clicks.did(record["button_value"])
        if record["member"]:
            done += f" ({record['member']})"
        if record["callback_ran"]:
            start = f"You {done}: the callback ran first, then the script reran"
        else:
            start = f"You {done}: the script reran from the top"
        if record["rerun_requested"]:
            return (
                f"{start}, {returned} and the code under it called "
                "st.rerun(), so the script is starting again at once."
            )
        after = _kind_of(record).clicks.after(record["button_value"])
        sentence = f"{start} and {returned}. {after}"
        return sentence + _lost(record)
    if kind == RERUN:
        return (
            "st.rerun() started this run: the script ran again from the top, so "
            f"content above the button shows the new state, and {returned}: "
            "no click caused this run."
        )
    if kind == FIRST_LOAD:
        return f"The page loaded: the script ran top to bottom once and {returned}."
    return f"{_cause(record)}; then the script ran top to bottom and {returned}." + (
        _lost(record)
    )


def redraw_note(record: RunRecord) -> str:
    """What the playground itself redrew, apart from the app's story; "" for the whole page."""
    if not record["redrew_only_preview"]:
        return ""
    return (
        "The playground itself redrew only its preview and this log (an "
        "st.fragment); your app, run on its own, runs its whole script."
    )


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
        unkeyed = " and no key is set" if _kind_of(record).key_keeps_identity else ""
        lines.append(f"  ! new widget identity: {names} changed{unkeyed}")
    if record["redrew_only_preview"]:
        lines.append("  · the playground redrew only its preview and this log")
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
                else "clicked" if record["trigger"] == CLICK else "other run"
            ),
        }
        for record in log
    ]


def _returned(record: RunRecord) -> str:
    if record["value_seen"]:
        told = _kind_of(record).clicks.told
        return told(record["widget"], quoted(record["button_value"]))
    if record["mode"] == "ignore":
        return (
            f"{record['widget']} returned its element, not a value "
            f"({_kind_of(record).no_value_reason})"
        )
    return f"{record['widget']} was not reached"


def _kind_of(record: RunRecord) -> Kind:
    """The kind the record's run is about (st.button for an unknown widget,
    as an imported log may name one)."""
    return kind_called(record["widget"]) or BUTTON


LOST_CLICK = (
    "your click was lost: it reached the button's old identity, so st.button "
    "returned False (fix: set `key=`)"
)
LOST_CLICK_WHY = (
    "the same run committed a change to an argument that feeds the button's "
    "identity, so the click reached the old widget and the new one returned "
    "False. Fix: set `key=` for a stable identity."
)


def _lost(record: RunRecord) -> str:
    return f" Your click was lost: {LOST_CLICK_WHY}" if record["click_lost"] else ""


_CAUSES = {
    CONTROL: "You changed an argument in the sidebar",
    PRESET: "You applied a preset: a callback set the controls first",
    LINK: "You opened a link: its parameters set the controls first",
    PASTE: "You applied pasted code: it set the controls first",
    RESET: "You reset arguments to the widget's defaults: a callback set them first",
    COMPARE: "You adopted a type from the comparison: a callback set it first",
    RESTART: "You restarted the app's session state: it starts afresh, as a new "
    "`streamlit run` would",
}


def _cause(record: RunRecord) -> str:
    return _CAUSES.get(record["trigger"], "A playground widget changed")


def identity_warning(names: Sequence[str], kind: Kind) -> str:
    """Why a widget whose ``names`` changed is a new widget, and the fix."""
    changed = ", ".join(f"`{name}`" for name in names)
    hashed = f"{', '.join(kind.hashed[:-1])} and {kind.hashed[-1]}"
    if not kind.key_keeps_identity:
        return (
            f"New widget identity: you changed {changed}. Even with a key, "
            f"{kind.call_name}'s widget ID is computed from its {hashed}, so "
            "Streamlit now treats it as a new widget and its state (open or "
            "closed) resets. Keep these fixed while its state matters."
        )
    return (
        f"New widget identity: you changed {changed} and the button has no key. "
        f"Without a key, {kind.call_name}'s widget ID is computed from its "
        f"{hashed}, so Streamlit now treats "
        "it as a new widget and any state tied to the old one resets. "
        "Fix: set `key=` for a stable identity."
    )


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
