"""The pauses that let the browser draw a full run's page in stages: the
preview and its log, then the code, then the rest. Only where there is a
browser to draw, and only once it has the page."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from streamlit.runtime.scriptrunner import get_script_run_ctx

import components.session as session
from components.core.keys import (
    CODE_COMPLETE,
    CODE_DOWNLOAD,
    LOG_HISTORY,
    RESET_APP_STATE,
    control_key,
)
from tests.support.apptest import start

WATCHED = (RESET_APP_STATE, LOG_HISTORY, CODE_COMPLETE, CODE_DOWNLOAD)
LABEL = control_key("label")


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, set[str]]]:
    """Each pause taken: its length, and which watched widgets this run had
    drawn before it (Streamlit's own record of the keys a run registered)."""
    taken: list[tuple[float, set[str]]] = []

    def sleep(seconds: float) -> None:
        drawn = get_script_run_ctx().shared.widget_user_keys_this_run
        taken.append((seconds, {key for key in (*WATCHED, LABEL) if key in drawn}))

    monkeypatch.setattr(session, "time", SimpleNamespace(sleep=sleep))
    return taken


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A browser's session, as far as the pauses ask; no theme is sent to it."""
    monkeypatch.setattr(session.app_session, "current", lambda: object())
    monkeypatch.setattr(session.theme_channel, "send", lambda theme: None)


def test_a_full_run_pauses_after_the_preview_and_log_then_after_the_code(
    pauses, browser
):
    at = start()
    pauses.clear()
    at.run()
    assert not at.exception
    assert pauses == [
        (session.PREVIEW_PAUSE_S, {RESET_APP_STATE, LOG_HISTORY}),
        (session.CODE_PAUSE_S, set(WATCHED)),
    ]


def test_the_first_run_never_pauses_as_the_page_loads_whole(pauses, browser):
    """The twin: the browser shows none of the page before it has it all."""
    at = start()
    assert not at.exception
    assert pauses == []


def test_without_a_browser_a_run_never_pauses(pauses):
    """The twin: AppTest has no page to draw."""
    at = start().run()
    assert not at.exception
    assert pauses == []
