"""Each on-click mode: the preview plays exactly what its generated app does.

A click is replayed in both, under AppTest: the playground with the config in
its controls, and the generated complete app run on its own with st.button
spied on. They must run the script the same number of times, st.button must
return the same value on each run, and the session state must end the same.
"""

from __future__ import annotations

import pytest

from components.core.config import ButtonConfig
from tests.support.apptest import (
    logged,
    only,
    preview_button,
    show_config,
    start,
)
from tests.support.contracts import assert_two_clicks_alike

MODE_CONFIGS = {
    "plain": ButtonConfig(label="Go"),
    "if block": ButtonConfig(label="Say hello", mode="if_block"),
    "callback with kwargs": ButtonConfig(
        label="Refresh data", type="primary", mode="callback", kwargs={"limit": 500}
    ),
    "callback with args and a key": ButtonConfig(
        label="Record", key="record", mode="callback", args=(1, "a", [2.5])
    ),
    "callback without arguments": ButtonConfig(label="Count", mode="callback"),
    "toggle": ButtonConfig(label="Toggle advanced options", mode="toggle"),
    "rerun": ButtonConfig(label="Add one", mode="rerun"),
    "rerun with a key": ButtonConfig(label="Add one", key="add", mode="rerun"),
}


@pytest.mark.parametrize("name", MODE_CONFIGS)
def test_two_clicks_run_and_return_alike_in_preview_and_generated_app(name):
    assert_two_clicks_alike(MODE_CONFIGS[name])


def test_a_rerun_click_takes_two_runs_and_the_second_returns_false():
    playground = show_config(start(), MODE_CONFIGS["rerun"])
    before = len(logged(playground))
    preview_button(playground).click().run()
    new = logged(playground)[before:]
    assert [(r["trigger"], r["button_value"], r["rerun_requested"]) for r in new] == [
        ("click", True, True),
        ("st.rerun()", False, False),
    ]


def test_a_plain_click_takes_one_run_and_requests_no_rerun():
    playground = show_config(start(), MODE_CONFIGS["plain"])
    before = len(logged(playground))
    preview_button(playground).click().run()
    new = logged(playground)[before:]
    assert [(r["trigger"], r["button_value"], r["rerun_requested"]) for r in new] == [
        ("click", True, False)
    ]


def test_the_callback_runs_before_the_script_with_its_arguments():
    playground = show_config(start(), MODE_CONFIGS["callback with kwargs"])
    preview_button(playground).click().run()
    latest = logged(playground)[-1]
    assert latest["callback_ran"] and "limit=500" in latest["callback_arguments"]
    assert latest["state_changed_by_callback"] == [
        "clicks: 0 → 1",
        "last_call: None → {'limit': 500}",
    ]
    assert latest["state_changed_by_script"] == []
    explained = only(playground.container("log_latest").markdown).value
    assert "the callback ran first" in explained


def test_without_a_callback_no_callback_is_logged():
    playground = show_config(start(), MODE_CONFIGS["if block"])
    preview_button(playground).click().run()
    latest = logged(playground)[-1]
    assert not latest["callback_ran"] and latest["callback_arguments"] == ""
    assert "callback" not in only(playground.container("log_latest").markdown).value


def test_toggle_reveals_content_until_the_next_click():
    playground = show_config(start(), MODE_CONFIGS["toggle"])
    preview = lambda: playground.container("preview")  # noqa: E731
    assert not preview().info
    preview_button(playground).click().run()
    assert "More content" in only(preview().info).value
    playground.run()
    assert "More content" in only(preview().info).value
    preview_button(playground).click().run()
    assert not preview().info


def test_last_call_shows_only_while_the_code_records_it():
    playground = show_config(start(), MODE_CONFIGS["callback with kwargs"])
    preview_button(playground).click().run()
    shown = lambda: [
        m.value for m in playground.container("preview").markdown
    ]  # noqa: E731
    assert "Last call:" in shown()
    playground = show_config(playground, MODE_CONFIGS["callback without arguments"])
    preview_button(playground).click().run()
    # New code without last_call: its state started afresh, as a new run would.
    assert "Last call:" not in shown() and "Callback runs: `1`" in shown()
