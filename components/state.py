"""The playground's session: the only module that reads or writes st.session_state
and st.query_params.

Widget keys are the state. ``snapshot()`` rebuilds the configuration from them
once per rerun and remembers the last valid one, which the preview and code
keep showing while a control holds a bad value. Writes that come from outside
a control (reset, presets, pasted code) are callbacks: they run before the
script, when writing a widget's key is still allowed, and they name themselves
with ``mark_trigger`` for the event log. A link is read once, on a session's
first run, before any widget is drawn; after that the URL follows the controls.

The session also holds the state of the app the preview plays (its clicks,
its toggle) apart from the playground's own keys, and the rerun event log:
``begin_run`` opens a record per run, the preview notes what st.button
returned and any st.rerun(), and ``event_log`` closes the record with the
session-state changes the run made.

Pasted code is the exception: the code editor is drawn after the controls and
has no callback, so an accepted paste is kept as pending, the script reruns at
once, and ``apply_pending_paste`` writes it before any widget is drawn. The
editor keeps returning its last response on every rerun; its id tells a new
submission from one already handled.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import streamlit as st

from components import events
from components.codegen import last_call, mode_state
from components.config import (
    DEFAULT_CONFIG,
    ButtonConfig,
    config_warnings,
    same_value,
)
from components.controls import (
    CONTROL_FIELDS,
    FIELD_KEYS,
    ICON_PICKER_KEY,
    config_values,
    control_key,
    controls_from_config,
    literal_errors,
    picker_value,
    value_errors,
)
from components.presets import Preset, PresetError, preset_titled, read_preset_bytes
from components.url_state import decode_query, encode_query
from components.snippet_parser import (
    ButtonCall,
    SnippetError,
    SnippetReading,
    read_snippet,
)

# Every session key this module owns, by concern. Widget keys are public (the
# panels draw those widgets); the rest start with _pg_, which no user key may.

# Controls: the last valid config, the reset pills, the first run's seeding.
_LAST_VALID_KEY = "_pg_last_valid_config"
_SEEDED_KEY = "_pg_seeded"
RESET_PICK_KEY = "reset_field"
# Presets and links.
PRESET_PICK_KEY = "preset_pick"
PRESET_UPLOAD_KEY = "preset_upload"
PRESET_TITLE_KEY = "preset_title"
LINK_DISMISS_KEY = "link_dismiss"
_LINK_PROBLEMS_KEY = "_pg_link_problems"
_UPLOAD_PROBLEMS_KEY = "_pg_preset_upload_problems"
_APPLIED_PRESET_KEY = "_pg_applied_preset"
# Pasted code.
CALL_PICK_KEY = "code_pick_call"
PLAIN_PASTE_KEY = "code_paste_text"  # the paste box drawn when the editor is missing
_PASTE_PENDING_KEY = "_pg_paste_pending"
_PASTE_OUTCOME_KEY = "_pg_paste_outcome"
_PASTE_SEEN_KEY = "_pg_paste_seen"
# The session state of the app the preview plays: the names its generated
# code uses (clicks, show_more…), kept apart from the playground's own keys.
_APP_STATE_KEY = "_pg_app_state"
# The rerun log: the records, and what a run leaves for the next to read.
EVENT_LOG_KEY = "event_log"
LOG_LIMIT_KEY = "log_limit"
_PENDING_TRIGGER_KEY = "_pg_pending_trigger"
_CALLBACK_CALL_KEY = "_pg_callback_call"
_RERUN_ASKED_KEY = "_pg_rerun_asked"
_RUN_KEY = "_pg_run"
_CLOCK_KEY = "_pg_run_clock"
_SEEN_KEY = "_pg_seen"
# The preview app's state as the last record closed, and as this run began:
# a callback changes it before the script, so "before" is the last close.
_APP_STATE_CLOSED_KEY = "_pg_app_state_closed"
_APP_STATE_BEFORE_KEY = "_pg_app_state_before"


@dataclass(frozen=True)
class Snapshot:
    """What this rerun shows: the config to draw and the state of each control."""

    config: ButtonConfig
    values: dict[str, Any]
    errors: dict[str, str]
    warnings: dict[str, str]

    def changed(self, field_name: str) -> bool:
        """Whether the control for ``field_name`` differs from st.button's default."""
        return not same_value(
            self.values[field_name], getattr(DEFAULT_CONFIG, field_name)
        )

    @property
    def changed_fields(self) -> list[str]:
        return [name for name in CONTROL_FIELDS if self.changed(name)]

    @property
    def invalid_summary(self) -> str:
        """The invalid fields as a clause: "`icon` is invalid", "`a` and `b` are invalid"."""
        names = [f"`{name}`" for name in self.errors]
        if len(names) == 1:
            return f"{names[0]} is invalid"
        return f"{', '.join(names[:-1])} and {names[-1]} are invalid"


@dataclass(frozen=True)
class PasteOutcome:
    """What the last paste gave: a reading that was applied, or an error.

    ``editor_code`` is the code the editor was given when the paste came: an
    error stays relevant while the editor is given that code, because the
    editor then keeps the user's text. A reading stays relevant while the
    config is the one it applied.
    """

    text: str
    editor_code: str
    reading: SnippetReading | None = None
    error: SnippetError | None = None
    # The calls to pick from when the text holds several.
    calls: tuple[ButtonCall, ...] = ()

    def relevant(self, editor_code: str, config: ButtonConfig) -> bool:
        if self.error is not None:
            return editor_code == self.editor_code
        return self.reading is not None and self.reading.config == config


# --- seeding, links and presets ----------------------------------------------


def init_controls() -> None:
    """Seed every control on a session's first run: the link's config, else the default.

    Runs before any widget is drawn, so writing the controls' keys is allowed.
    """
    if _SEEDED_KEY not in st.session_state:
        st.session_state[_SEEDED_KEY] = True
        _apply_link()
    for key, value in controls_from_config(DEFAULT_CONFIG).items():
        st.session_state.setdefault(key, value)


def _apply_link() -> None:
    """Show the config the page's link describes, and keep what it dropped to say so."""
    query = st.query_params.to_dict()
    if not query:
        return
    cfg, problems = decode_query(query)
    apply_config(cfg)
    st.session_state[_LINK_PROBLEMS_KEY] = problems
    applied = ", ".join(encode_query(cfg)) or "defaults"
    ignored = f"; {len(problems)} ignored" if problems else ""
    mark_trigger(events.LINK, applied + ignored)


def follow_in_url(cfg: ButtonConfig) -> None:
    """Make the page's URL the link to ``cfg``; written only when it differs."""
    wanted = encode_query(cfg)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def link_problems() -> list[str]:
    """What the session's opening link held that could not be used."""
    return st.session_state.get(_LINK_PROBLEMS_KEY, [])


def dismiss_link_notice() -> None:
    st.session_state[_LINK_PROBLEMS_KEY] = []


def apply_picked_preset() -> None:
    """The gallery applies the preset clicked, then forgets the click.

    Forgetting it keeps the gallery from looking stuck on a preset the user
    has since edited; ``applied_preset`` says which one is showing.
    """
    title = st.session_state[PRESET_PICK_KEY]
    st.session_state[PRESET_PICK_KEY] = None
    if title is not None:
        _apply_preset(preset_titled(title))


def apply_uploaded_preset() -> None:
    """Apply a preset file when one is uploaded; on any problem, change nothing.

    An on_change callback: it runs once per upload, not on every rerun while
    the file stays in the uploader.
    """
    st.session_state[_UPLOAD_PROBLEMS_KEY] = []
    upload = st.session_state[PRESET_UPLOAD_KEY]
    if upload is None:
        return
    try:
        preset = read_preset_bytes(upload.getvalue())
    except PresetError as error:
        st.session_state[_UPLOAD_PROBLEMS_KEY] = error.problems
        return
    _apply_preset(preset)


def upload_problems() -> list[str]:
    """Why the last uploaded preset file was refused (empty when it was not)."""
    return st.session_state.get(_UPLOAD_PROBLEMS_KEY, [])


def applied_preset(cfg: ButtonConfig) -> Preset | None:
    """The preset last applied, while the controls still show exactly it."""
    preset = st.session_state.get(_APPLIED_PRESET_KEY)
    return preset if preset is not None and preset.config == cfg else None


def _apply_preset(preset: Preset) -> None:
    apply_config(preset.config)
    st.session_state[_APPLIED_PRESET_KEY] = preset
    mark_trigger(events.PRESET, preset.title)


# --- controls: snapshot, apply, reset ----------------------------------------


def snapshot() -> Snapshot:
    """Read the controls, validate them, and choose the config to draw."""
    values = config_values(st.session_state)
    errors = value_errors(values) | literal_errors(st.session_state)
    if errors:
        config = st.session_state.get(_LAST_VALID_KEY, DEFAULT_CONFIG)
        return Snapshot(config, values, errors, {})
    config = ButtonConfig(**values)
    st.session_state[_LAST_VALID_KEY] = config
    return Snapshot(config, values, {}, config_warnings(config))


def apply_config(cfg: ButtonConfig) -> None:
    """Show ``cfg`` in every control.

    Call from a callback, or in a run before any widget is drawn
    (``apply_pending_paste``): a drawn widget's key can't be written.
    """
    st.session_state.update(controls_from_config(cfg))


def reset_all() -> None:
    apply_config(DEFAULT_CONFIG)
    mark_trigger(events.RESET, "every argument")


def reset_field(field_name: str) -> None:
    mark_trigger(events.RESET, f"`{field_name}`")
    defaults = controls_from_config(DEFAULT_CONFIG)
    for key in FIELD_KEYS[field_name]:
        st.session_state[key] = defaults[key]


def reset_picked_field() -> None:
    """The reset pills reset the field clicked, then forget the click."""
    picked = st.session_state[RESET_PICK_KEY]
    if picked is not None:
        reset_field(picked)
    st.session_state[RESET_PICK_KEY] = None


def use_picked_icon() -> None:
    """The icon picker writes its choice into the icon text box."""
    picked = st.session_state[ICON_PICKER_KEY]
    if picked is not None:
        st.session_state[control_key("icon")] = picked


def show_icon_in_picker() -> None:
    """The picker shows the typed icon when it knows it, and nothing otherwise.

    Called right before the picker is drawn (it is drawn only while its
    popover is open), so the picker always opens on the icon in the box.
    """
    st.session_state[ICON_PICKER_KEY] = picker_value(
        st.session_state[control_key("icon")]
    )


def adopt_type(button_type: str) -> None:
    """A compare button's click: its type becomes the sidebar's type."""
    st.session_state[control_key("type")] = button_type
    mark_trigger(events.COMPARE, button_type)


# --- the preview app's session state -----------------------------------------


def app_state(cfg: ButtonConfig) -> Mapping[str, Any]:
    """The preview app's session state, seeded as ``cfg``'s code seeds it."""
    state = st.session_state.setdefault(_APP_STATE_KEY, {})
    for name, value in mode_state(cfg).items():
        state.setdefault(name, value)
    return state


def update_app_state(**changes: Any) -> None:
    st.session_state[_APP_STATE_KEY].update(changes)


def callback_for(cfg: ButtonConfig) -> Callable[..., None]:
    """The preview's on_click: does what ``cfg``'s generated callback does."""

    def handle_click(*args: Any, **kwargs: Any) -> None:
        state = app_state(cfg)
        changes: dict[str, Any] = {"clicks": state["clicks"] + 1}
        if "last_call" in mode_state(cfg):
            changes["last_call"] = last_call(cfg, args, kwargs)
        update_app_state(**changes)
        st.session_state[_CALLBACK_CALL_KEY] = (args, kwargs)

    return handle_click


def mark_trigger(kind: str, detail: str = "") -> None:
    """Name what caused the coming rerun; call from the callback that causes it.

    The event log reads it at the start of the run: a preset, a link, pasted
    code, a reset or a compare button changes controls in a callback, and only
    that callback knows why.
    """
    st.session_state[_PENDING_TRIGGER_KEY] = (kind, detail)


# --- the rerun log -----------------------------------------------------------


def begin_run(snap: Snapshot) -> None:
    """Open this run's record in the event log, naming what caused the run."""
    session = st.session_state
    run = session.get(_RUN_KEY, 0) + 1
    seen_values, seen_config = session.get(_SEEN_KEY, (None, None))
    callback_call = session.pop(_CALLBACK_CALL_KEY, None)
    changes = events.control_changes(seen_values or {}, snap.values)
    trigger = events.name_trigger(
        first=run == 1,
        marked=session.pop(_PENDING_TRIGGER_KEY, None),
        after_rerun=session.pop(_RERUN_ASKED_KEY, False),
        callback_ran=callback_call is not None,
        changes=changes,
    )
    # Callbacks ran before this run: what changed since the last run closed
    # is theirs; what changes from here on is the script's.
    app_state_now = _app_state_copy()
    now = time.time()
    previous_clock = session.get(_CLOCK_KEY)
    record = events.new_record(
        run=run,
        at=datetime.fromtimestamp(now, timezone.utc).isoformat(timespec="milliseconds"),
        since_previous_ms=(
            None if previous_clock is None else round((now - previous_clock) * 1000, 1)
        ),
        trigger=trigger,
        mode=snap.config.mode,
        callback_call=callback_call,
        control_changes=changes,
        state_changed_by_callback=events.state_changes(
            session.get(_APP_STATE_CLOSED_KEY, app_state_now), app_state_now
        ),
        identity_changed=(
            events.identity_changes(seen_config, snap.config) if seen_config else ()
        ),
    )
    limit = session.setdefault(LOG_LIMIT_KEY, events.DEFAULT_LIMIT)
    session[EVENT_LOG_KEY] = events.appended(
        session.get(EVENT_LOG_KEY, []), record, limit
    )
    session[_RUN_KEY] = run
    session[_CLOCK_KEY] = now
    session[_SEEN_KEY] = (snap.values, snap.config)
    session[_APP_STATE_BEFORE_KEY] = app_state_now


def note_button(value: bool) -> None:
    """What st.button returned on this run; True renames the run a click."""
    record = {**_current_record(), "button_value": value}
    _replace_current(events.clicked(record) if value else record)


def note_rerun() -> None:
    """The preview is about to call st.rerun(): record it, and the next run's cause."""
    _replace_current({**_current_record(), "rerun_requested": True})
    _close_current()
    st.session_state[_RERUN_ASKED_KEY] = True


def event_log() -> list[events.RunRecord]:
    """The log, oldest first, with this run's session-state changes filled in."""
    _close_current()
    return st.session_state[EVENT_LOG_KEY]


def clear_log() -> None:
    st.session_state[EVENT_LOG_KEY] = []


def apply_log_limit() -> None:
    """A lower limit drops the oldest records now, not at the next run."""
    log = st.session_state[EVENT_LOG_KEY]
    st.session_state[EVENT_LOG_KEY] = log[-st.session_state[LOG_LIMIT_KEY] :]


def _current_record() -> events.RunRecord:
    return st.session_state[EVENT_LOG_KEY][-1]


def _replace_current(record: events.RunRecord) -> None:
    log = st.session_state[EVENT_LOG_KEY]
    if log and log[-1]["run"] == record["run"]:
        log[-1] = record


def _close_current() -> None:
    log = st.session_state[EVENT_LOG_KEY]
    if log and log[-1]["run"] == st.session_state[_RUN_KEY]:
        now = _app_state_copy()
        changes = events.state_changes(st.session_state[_APP_STATE_BEFORE_KEY], now)
        _replace_current({**log[-1], "state_changed_by_script": changes})
        st.session_state[_APP_STATE_CLOSED_KEY] = now


def _app_state_copy() -> dict[str, Any]:
    return dict(st.session_state.get(_APP_STATE_KEY, {}))


# --- pasted code -------------------------------------------------------------


def submit_pasted_code(response: Mapping[str, Any] | None, editor_code: str) -> None:
    """Read a new submission from the code editor; an accepted one reruns the script.

    ``response`` is what the editor returned this run; ``editor_code`` is the
    code it was given. Nothing happens unless the response is a submit not
    handled before.
    """
    if not response or response.get("type") != "submit" or not response.get("id"):
        return
    if response["id"] == st.session_state.get(_PASTE_SEEN_KEY):
        return
    st.session_state[_PASTE_SEEN_KEY] = response["id"]
    text = str(response.get("text", ""))
    st.session_state.pop(CALL_PICK_KEY, None)
    if _read_paste(text, editor_code, call_line=None):
        # The controls are drawn already: apply at the start of the next run.
        # The log says so: this run was Apply's, and it stops for the rerun.
        _replace_current(
            {
                **_current_record(),
                "trigger": events.PASTE,
                "detail": "Apply in the code editor; the playground reruns to apply it",
                "rerun_requested": True,
            }
        )
        _close_current()
        st.rerun()


def submit_plain_paste(editor_code: str) -> None:
    """Apply for the plain paste box (drawn when the code editor is missing).

    A callback, so unlike the editor's submit an accepted paste can be
    written into the controls at once. ``editor_code`` is the code shown.
    """
    st.session_state.pop(CALL_PICK_KEY, None)
    text = st.session_state.get(PLAIN_PASTE_KEY, "")
    if _read_paste(text, editor_code, call_line=None):
        apply_pending_paste()


def pick_pasted_call() -> None:
    """The call picker's callback: read the chosen call of the last paste."""
    outcome = paste_outcome()
    line = st.session_state.get(CALL_PICK_KEY)
    if outcome is None or line is None:
        return
    # A callback runs before the script: the controls can be written now.
    if _read_paste(outcome.text, outcome.editor_code, call_line=line):
        apply_pending_paste()


def apply_pending_paste() -> None:
    """Show an accepted paste in the controls. Call before any widget is drawn."""
    reading = st.session_state.pop(_PASTE_PENDING_KEY, None)
    if reading is not None:
        apply_config(reading.config)


def paste_outcome(
    editor_code: str | None = None, config: ButtonConfig | None = None
) -> PasteOutcome | None:
    """The last paste's outcome; with ``editor_code`` and ``config``, only while relevant.

    One no longer relevant is forgotten: it can't become relevant again.
    """
    outcome = st.session_state.get(_PASTE_OUTCOME_KEY)
    if outcome is None or editor_code is None or config is None:
        return outcome
    if outcome.relevant(editor_code, config):
        return outcome
    del st.session_state[_PASTE_OUTCOME_KEY]
    return None


def _read_paste(text: str, editor_code: str, call_line: int | None) -> bool:
    """Read pasted ``text``; keep the outcome, and the config as pending if accepted."""
    previous = paste_outcome()
    try:
        reading = read_snippet(text, call_line)
    except SnippetError as error:
        # A picked call that can't be read leaves the others to pick from.
        calls = error.calls or (previous.calls if previous and call_line else ())
        st.session_state[_PASTE_OUTCOME_KEY] = PasteOutcome(
            text, editor_code, error=error, calls=calls
        )
        return False
    st.session_state[_PASTE_OUTCOME_KEY] = PasteOutcome(
        text, editor_code, reading=reading
    )
    st.session_state[_PASTE_PENDING_KEY] = reading
    mark_trigger(events.PASTE, reading.call.describe())
    return True
