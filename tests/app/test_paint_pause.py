"""The pause that lets the browser draw the preview before the rest of a full
run streams in: once a run, between the preview's log and the code, and only
where there is a browser to draw."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import streamlit as st

import components.session as session
from components.core.keys import CODE_COMPLETE, LOG_HISTORY, RESET_APP_STATE
from tests.support.apptest import start


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, set[str]]]:
    """Each pause taken on a session's first run: its length, and which of
    the widgets watched were drawn before it (on a first run, a widget's key
    is in session state once it is drawn)."""
    taken: list[tuple[float, set[str]]] = []
    watched = (RESET_APP_STATE, LOG_HISTORY, CODE_COMPLETE)

    def sleep(seconds: float) -> None:
        taken.append((seconds, {key for key in watched if key in st.session_state}))

    monkeypatch.setattr(session, "time", SimpleNamespace(sleep=sleep))
    return taken


def test_with_a_browser_a_run_pauses_once_after_the_preview_and_log_before_the_code(
    pauses, monkeypatch: pytest.MonkeyPatch
):
    # A browser's session, as far as the pause asks; the theme is not sent to it.
    monkeypatch.setattr(session.app_session, "current", lambda: object())
    monkeypatch.setattr(session.theme_channel, "send", lambda theme: None)
    at = start()
    assert not at.exception
    ((seconds, drawn_before),) = pauses
    assert seconds == session.PAINT_PAUSE_S
    assert drawn_before == {RESET_APP_STATE, LOG_HISTORY}


def test_without_a_browser_a_run_never_pauses(pauses):
    """The twin: AppTest has no page to draw."""
    at = start()
    assert not at.exception
    assert pauses == []
