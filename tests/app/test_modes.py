"""Each on-click mode: the preview plays exactly what its generated app does.

A click is replayed in both, under AppTest: the playground with the config in
its controls, and the generated complete app run on its own with st.button
spied on. They must run the script the same number of times, st.button must
return the same value on each run, and the session state must end the same.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from components.codegen import IMPORT_LINE, generate_code
from components.config import ButtonConfig
from tests.app.driver import TIMEOUT, only, preview_button, show_config, start

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

# Records what st.button returns on every run of the generated app.
_SPY = """
def _spied_button(*args, **kwargs):
    value = st.button(*args, **kwargs)
    st.session_state.setdefault("_spy_values", []).append(value)
    return value
"""


def spied_app(cfg: ButtonConfig) -> AppTest:
    head, body = generate_code(cfg).split("\n", 1)
    assert head == IMPORT_LINE
    source = f"{head}\n{_SPY}\n{body.replace('st.button(', '_spied_button(', 1)}"
    app = AppTest.from_string(source, default_timeout=TIMEOUT).run()
    assert not app.exception
    return app


def app_outcome(app: AppTest, cfg: ButtonConfig) -> tuple[list[bool], dict]:
    """st.button's value on each run so far, and the app's own session state."""
    state = app.session_state.to_dict()
    values = state.pop("_spy_values")
    state.pop(cfg.key, None)  # the button's own widget value, not app state
    return values, state


def playground_outcome(at: AppTest) -> tuple[list[bool], dict]:
    log = at.session_state["event_log"]
    return [record["button_value"] for record in log], dict(
        at.session_state["_pg_app_state"]
    )


def runs_since(outcome: tuple[list[bool], dict], count: int) -> tuple[list, dict]:
    values, state = outcome
    return values[count:], state


@pytest.mark.parametrize("name", MODE_CONFIGS)
def test_two_clicks_run_and_return_alike_in_preview_and_generated_app(name):
    cfg = MODE_CONFIGS[name]
    playground = show_config(start(), cfg)
    app = spied_app(cfg)
    for _ in range(2):
        played_before = len(playground_outcome(playground)[0])
        app_before = len(app_outcome(app, cfg)[0])
        preview_button(playground).click().run()
        only(app.button).click().run()
        assert not playground.exception
        played = runs_since(playground_outcome(playground), played_before)
        expected = runs_since(app_outcome(app, cfg), app_before)
        assert played == expected
        assert played[0][0] is True


def test_a_rerun_click_takes_two_runs_and_the_second_returns_false():
    playground = show_config(start(), MODE_CONFIGS["rerun"])
    before = len(playground.session_state["event_log"])
    preview_button(playground).click().run()
    new = playground.session_state["event_log"][before:]
    assert [(r["trigger"], r["button_value"], r["rerun_requested"]) for r in new] == [
        ("click", True, True),
        ("st.rerun()", False, False),
    ]


def test_a_plain_click_takes_one_run_and_requests_no_rerun():
    playground = show_config(start(), MODE_CONFIGS["plain"])
    before = len(playground.session_state["event_log"])
    preview_button(playground).click().run()
    new = playground.session_state["event_log"][before:]
    assert [(r["trigger"], r["button_value"], r["rerun_requested"]) for r in new] == [
        ("click", True, False)
    ]


def test_the_callback_runs_before_the_script_with_its_arguments():
    playground = show_config(start(), MODE_CONFIGS["callback with kwargs"])
    preview_button(playground).click().run()
    latest = playground.session_state["event_log"][-1]
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
    latest = playground.session_state["event_log"][-1]
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
    assert "Last call:" not in shown() and "Callback runs: `2`" in shown()
