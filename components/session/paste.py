"""Pasted code in the session: read it, keep the outcome, apply an accepted one.

The code editor is drawn after the controls and has no callback, so an
accepted paste is kept as pending, the script reruns at once, and
``apply_pending`` writes it before any widget is drawn. The editor keeps
returning its last response on every rerun; its id tells a new submission
from one already handled. An accepted paste gives the editor a new key, so it
shows the code of what was applied, not the text pasted. The plain paste box (drawn when the editor is
missing) and the call picker are callbacks, so they apply at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import streamlit as st

from components.core.config import ButtonConfig
from components.core.keys import CALL_PICK, PASTE, PLAIN_PASTE
from components.core.keys import editor_key as key_of_generation
from components.core.paste import PasteOutcome
from components.core.row import Row
from components.core.row_reader import could_be_a_row, read_row
from components.core.run_log import PASTE as PASTE_TRIGGER
from components.core.snippet_parser import SnippetError, SnippetReading, read_snippet
from components.session import app_state, row, run_log
from components.session.controls import apply_config

REFUSED = "Apply: the pasted code was refused, nothing changed"


@dataclass
class _Paste:
    """The session's paste state: one value under one key."""

    outcome: PasteOutcome | None = None
    pending: SnippetReading | Row | None = None
    seen_submission: str | None = None
    # Counts accepted pastes: each gives the editor a new key (``editor_key``).
    generation: int = 0


def _paste() -> _Paste:
    return st.session_state.setdefault(PASTE, _Paste())


def editor_key() -> str:
    """The code editor's key: new after each accepted paste, so the editor
    shows the code of what was applied, even when that code is unchanged."""
    return key_of_generation(_paste().generation)


def note_submission() -> None:
    """Name this run a paste when the editor brings a new submission: its
    Apply reran the script, before any widget is drawn."""
    if _new_submission(st.session_state.get(editor_key())):
        run_log.mark(PASTE_TRIGGER, "Apply in the code editor")


def _new_submission(response: Any) -> bool:
    return (
        isinstance(response, Mapping)
        and response.get("type") == "submit"
        and bool(response.get("id"))
        and response["id"] != _paste().seen_submission
    )


def submit(
    response: Mapping[str, Any] | None, editor_code: str, config: ButtonConfig
) -> PasteOutcome | None:
    """Read a new submission from the code editor, and give the outcome to show.

    ``response`` is what the editor returned this run; ``editor_code`` is the
    code it was given. An accepted paste reruns the script at once, to apply
    it before the controls are drawn.
    """
    paste = _paste()
    if _new_submission(response):
        paste.seen_submission = response["id"]
        st.session_state.pop(CALL_PICK, None)
        if not _read(str(response.get("text", "")), editor_code, call_line=None):
            run_log.recorder().amend(detail=REFUSED)
        else:
            # The log says so: this run was Apply's, and it stops for the rerun.
            run_log.stop_for_rerun(
                app_state.current(),
                asked_by_app=False,
                trigger=PASTE_TRIGGER,
                detail="Apply in the code editor; the playground reruns to apply it",
            )
            st.rerun()
    return relevant_outcome(editor_code, config)


def submit_plain(editor_code: str) -> None:
    """Apply for the plain paste box: a callback, so an accepted paste applies
    at once. ``editor_code`` is the code shown."""
    st.session_state.pop(CALL_PICK, None)
    if _read(st.session_state.get(PLAIN_PASTE, ""), editor_code, call_line=None):
        apply_pending()
    else:
        run_log.mark(PASTE_TRIGGER, REFUSED)


def pick_call() -> None:
    """The call picker's callback: read the chosen call of the last paste."""
    outcome = _paste().outcome
    line = st.session_state.get(CALL_PICK)
    if outcome is None or line is None:
        return
    # A callback runs before the script: the controls can be written now.
    if _read(outcome.text, outcome.editor_code, call_line=line):
        apply_pending()
    else:
        run_log.mark(PASTE_TRIGGER, REFUSED)


def read_as_row() -> None:
    """The offer under a paste of several calls: read them all as a row."""
    outcome = _paste().outcome
    if outcome is None:
        return
    try:
        pasted_row = read_row(outcome.text, in_a_layout=False)
    except SnippetError as error:
        _paste().outcome = replace(outcome, error=error)
        run_log.mark(PASTE_TRIGGER, REFUSED)
        return
    if pasted_row is not None:
        _accept_row(outcome.text, outcome.editor_code, pasted_row)
        apply_pending()


def apply_pending() -> None:
    """Show an accepted paste in the controls. Call before any widget is drawn."""
    paste = _paste()
    reading, paste.pending = paste.pending, None
    if isinstance(reading, Row):
        row.show(reading, reading.members[0])
    elif reading is not None:
        apply_config(reading.config)


def relevant_outcome(editor_code: str, config: ButtonConfig) -> PasteOutcome | None:
    """The last paste's outcome while relevant; one no longer relevant is forgotten."""
    paste = _paste()
    if paste.outcome is not None and not paste.outcome.relevant(editor_code, config):
        paste.outcome = None
    return paste.outcome


def _read(text: str, editor_code: str, call_line: int | None) -> bool:
    """Read pasted ``text``; keep the outcome, and the config as pending if accepted."""
    paste = _paste()
    previous = paste.outcome
    try:
        reading = read_snippet(text, call_line)
    except SnippetError as error:
        if (pasted_row := _row_laid_out(text, error, call_line)) is not None:
            return _accept_row(text, editor_code, pasted_row)
        # A picked call that can't be read leaves the others to pick from.
        calls = error.calls or (previous.calls if previous and call_line else ())
        paste.outcome = PasteOutcome(text, editor_code, error=error, calls=calls)
        return False
    paste.outcome = PasteOutcome(text, editor_code, reading=reading)
    paste.pending = reading
    paste.generation += 1
    run_log.mark(PASTE_TRIGGER, reading.call.describe())
    return True


def _row_laid_out(text: str, error: SnippetError, call_line: int | None) -> Row | None:
    """The row several calls make when a layout holds them all (a row's own
    code), or None: then the user picks one call, or asks for a row."""
    if error.kind != "several_calls" or call_line is not None:
        return None
    # Counted first: reading thousands of calls to find they are no row is slow.
    if not could_be_a_row(len(error.calls)):
        return None
    try:
        return read_row(text)
    except SnippetError:
        return None


def _accept_row(text: str, editor_code: str, pasted_row: Row) -> bool:
    paste = _paste()
    paste.outcome = PasteOutcome(text, editor_code, row=pasted_row)
    paste.pending = pasted_row
    paste.generation += 1
    run_log.mark(PASTE_TRIGGER, f"a row of {len(pasted_row.members)} buttons")
    return True
