"""The Recorder: the rerun log as a session keeps it, run by run.

One value per session. ``begin`` opens each run's record, naming its cause;
the notes fill it in as the run reports (the widget's value, a click that
reached its old identity, ``st.rerun()``); ``close`` adds the session state
the script changed, or drops a run only the playground's own widgets caused.
A callback that changes the controls names itself with ``mark`` before the
run it causes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from components.core.config import ButtonConfig
from components.core.kinds import KINDS
from components.core.row import RowMember
from components.core.run_log import (
    DEFAULT_LIMIT,
    OTHER,
    RunRecord,
    appended,
    control_changes,
    identity_changes,
    name_trigger,
    new_record,
    renamed_a_click,
    state_changes,
)


@dataclass
class Recorder:
    """The log's records, and what one run leaves for the next to read."""

    records: list[RunRecord] = field(default_factory=list)
    run: int = 0
    clock: float | None = None
    seen: tuple[Mapping[str, Any], ButtonConfig] | None = None
    marked: tuple[str, str] | None = None
    callback_call: tuple[tuple[Any, ...], Mapping[str, Any]] | None = None
    # The preview's widget was clicked before this run (its spy callback ran).
    clicked_before_run: bool = False
    # Which member of a row that was, as noted then and on this run.
    clicked_member: int | None = None
    member_clicked: int | None = None
    # Why the app's state restarts on the coming run, or "".
    restarted: str = ""
    rerun_asked: bool = False
    # The app's state as the last record closed, and as this run began: a
    # callback changes it before the script, so "before" is the last close.
    state_closed: dict[str, Any] | None = None
    state_before: dict[str, Any] = field(default_factory=dict)
    # This run's click and limit, and the run before it, for a run dropped.
    clicked: bool = False
    limit: int = DEFAULT_LIMIT
    # A record is open from ``begin`` to ``close``: a rerun of the preview's
    # fragment alone finds none open and begins its own.
    is_open: bool = False
    previous: tuple[int, float | None] = (0, None)

    def begin(
        self,
        values: Mapping[str, Any],
        config: ButtonConfig,
        app_state: Mapping[str, Any],
        now: float,
        limit: int,
        *,
        redrew_only_preview: bool = False,
    ) -> None:
        """Open the record of the run starting ``now``."""
        run = self.run + 1
        seen_values, seen_config = self.seen or ({}, None)
        callback_call, self.callback_call = self.callback_call, None
        self.clicked, self.clicked_before_run = self.clicked_before_run, False
        self.member_clicked, self.clicked_member = self.clicked_member, None
        restarted, self.restarted = self.restarted, ""
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
                trigger=KINDS[config.kind].trigger,
            ),
            mode=config.mode,
            widget=f"st.{config.kind}",
            callback_call=callback_call,
            control_changes=changes,
            state_changed_by_callback=state_changes(closed, state_now),
            identity_changed=(
                identity_changes(seen_config, config) if seen_config else ()
            ),
            state_restarted=restarted,
            redrew_only_preview=redrew_only_preview,
        )
        # Trimmed to the limit when the run closes: it may yet be dropped.
        self.records, self.limit = [*self.records, record], limit
        self.previous = (self.run, self.clock)
        self.run, self.clock = run, now
        self.seen = (values, config)
        self.state_before = state_now
        self.is_open = True

    def mark(self, kind: str, detail: str = "") -> None:
        """Name what causes the coming run; its callback is the only one who knows."""
        self.marked = (kind, detail)

    def note_button(
        self, value: Any, *, clicked: bool | None, member: RowMember | None = None
    ) -> None:
        """What the widget returned on this run; a click's value (st.button's
        True, a menu's option) renames the run a click. ``clicked`` None: the
        value can't say (a popover's kept state), its callback's note does.
        ``member``: the row's member that was clicked, or else the edited one.

        No click's value after a click means the click reached the widget's old
        identity (an argument that feeds it changed on the same run): it was lost.
        """
        if clicked is None:
            clicked = self.clicked
        about = {} if member is None else self._about_member(member)
        self._update(
            button_value=value,
            value_seen=True,
            click_lost=self.clicked and not clicked,
            **about,
        )
        if clicked and self._current() is not None:
            self.records[-1] = renamed_a_click(self.records[-1])

    def _about_member(self, member: RowMember) -> dict[str, str]:
        """The record's widget is the row's member; its callback, where one
        ran before the run, is that member's (a popover's on_change)."""
        about = {
            "member": member.name,
            "widget": f"st.{member.config.kind}",
            "mode": member.config.mode,
        }
        record = self._current()
        if record is not None and record["callback_ran"]:
            trigger = KINDS[member.config.kind].trigger
            about["detail"] = f"{member.name} (its {trigger} ran first)"
        return about

    def stop_for_rerun(
        self, app_state: Mapping[str, Any], *, asked_by_app: bool, **renamed: str
    ) -> None:
        """The run stops for ``st.rerun()``: the app's own, or the playground's
        (``renamed`` then names the run's cause anew)."""
        self._update(rerun_requested=True, **renamed)
        self.close(app_state)
        self.rerun_asked = asked_by_app

    def close(self, app_state: Mapping[str, Any]) -> None:
        """Add the session state the script changed to this run's record.

        A run only the playground's own widgets caused (its log tools, tabs,
        a notice's Dismiss) is dropped: the app has no such run.
        """
        self.is_open = False
        if (record := self._current()) is None:
            return
        if record["trigger"] == OTHER:
            self.records.pop()
            self.run, self.clock = self.previous
            return
        self.records = appended(self.records[:-1], record, self.limit)
        now = dict(app_state)
        self._update(state_changed_by_script=state_changes(self.state_before, now))
        self.state_closed = now

    def amend(self, **fields: Any) -> None:
        """Change this run's record after the fact (the paste step comes late)."""
        self._update(**fields)

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
