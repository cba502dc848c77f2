"""The log tells the button's story in Chromium: the playground's own reruns
are not in it, a click a new identity lost is said, and the app's state
starts afresh when its code keeps other state. The log's history panel (its
entries, timeline and tools) is opened first: it is drawn only while open."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from components.core.keys import LOG_CLEAR, LOG_HISTORY, LOG_LATEST, RESET_APP_STATE
from components.core.modes import MODES
from tests.support.browser import (
    choose,
    click,
    control,
    keyed,
    keyed_button,
    newest_entry,
    open_panel,
    preview_button,
    rerun,
    switch_timeline,
    type_text,
)


@pytest.fixture
def page(page: Page) -> Page:
    """The playground with the log's history panel open."""
    open_panel(page, LOG_HISTORY)
    return page


def latest_sentence(page: Page):
    return keyed(page, LOG_LATEST)


def test_clearing_the_log_leaves_no_run_of_its_own_and_the_timeline_adds_none(page):
    click(page, keyed_button(page, LOG_CLEAR))
    expect(latest_sentence(page)).to_have_text(
        "No run recorded since the log was cleared."
    )
    switch_timeline(page, on=True)
    expect(latest_sentence(page)).to_have_text(
        "No run recorded since the log was cleared."
    )


def test_the_apps_next_run_after_clearing_is_recorded(page):
    """The twin: a change to an argument is recorded at once."""
    click(page, keyed_button(page, LOG_CLEAR))
    choose(page, "type", "primary")
    expect(latest_sentence(page)).to_contain_text("You changed an argument")


BLUR_THEN_CLICK = """button => new Promise((clicked, redrawn) => {
    document.activeElement.blur();
    setTimeout(() => {
        if (!button.isConnected) return redrawn("the button was redrawn before the click");
        button.click();
        clicked();
    });
})"""


def type_label_then_click(page: Page, label: str) -> None:
    """Type a label without committing it, then click the preview's button.

    As a user's mouse-down commits the label (the box loses focus) and the
    mouse-up clicks: the click comes in the browser's next task, before the
    label's run can have redrawn the button. Playwright's own click can be
    slow enough under load for the redraw to swallow it.
    """
    control(page, "label").locator("textarea").fill(label)
    with rerun(page):
        preview_button(page).evaluate(BLUR_THEN_CLICK)


def test_a_click_that_a_new_label_cost_its_identity_is_said_to_be_lost(page):
    type_label_then_click(page, "Go now")
    expect(latest_sentence(page)).to_contain_text("Your click was lost")
    expect(latest_sentence(page)).to_contain_text("key=")
    assert "your click was lost" in newest_entry(page)


def test_with_a_key_the_same_click_arrives(page):
    """The twin: with a key, typing and clicking is a click."""
    type_text(page, "key", "go")
    type_label_then_click(page, "Go now")
    expect(keyed(page, "preview")).to_contain_text("returned True")
    expect(latest_sentence(page)).not_to_contain_text("lost")


def callback_with(page: Page, kwargs: str = "") -> None:
    choose(page, "mode", MODES["callback"].title)
    if kwargs:
        type_text(page, "kwargs", kwargs)


def test_new_callback_parameters_start_the_apps_state_afresh(page):
    callback_with(page, "{'limit': 500}")
    click(page, preview_button(page))
    expect(keyed(page, "preview")).to_contain_text("Callback runs: 1")
    type_text(page, "kwargs", "{'a': 1}")
    expect(keyed(page, "preview")).to_contain_text("Callback runs: 0")
    assert "started afresh (its callback's parameters changed" in newest_entry(page)


def test_a_new_label_keeps_the_apps_state(page):
    """The twin: the same code's state carries on."""
    callback_with(page, "{'limit': 500}")
    click(page, preview_button(page))
    type_text(page, "label", "Refresh")
    expect(keyed(page, "preview")).to_contain_text("Callback runs: 1")
    assert "afresh" not in newest_entry(page)


def test_the_restart_button_starts_the_apps_state_afresh(page):
    callback_with(page)
    click(page, preview_button(page))
    expect(keyed(page, "preview")).to_contain_text("Callback runs: 1")
    click(page, keyed_button(page, RESET_APP_STATE))
    expect(keyed(page, "preview")).to_contain_text("Callback runs: 0")
    expect(latest_sentence(page)).to_contain_text(
        "You restarted the app's session state"
    )
