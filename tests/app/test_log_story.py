"""The log tells the button's story: a click its new identity lost is said,
with the fix; the app's state starts afresh when its code keeps other state,
and on demand; and the log says so."""

from __future__ import annotations

from components.core.keys import APP_STATE, RESET_APP_STATE
from tests.support.apptest import logged, only, preview_button, shown, start


def latest(at):
    return logged(at)[-1]


def explanation(at):
    return shown(only(at.container("log_latest").markdown))


def preview_texts(at):
    return [m.value for m in at.container("preview").markdown]


def click_with_a_label_typed(at, label):
    """A label typed but not committed, then a click: one run brings both."""
    at.text_area(key="ctl_label").input(label)
    return preview_button(at).click().run()


def test_a_click_that_reached_the_old_identity_is_said_to_be_lost_with_the_fix():
    at = click_with_a_label_typed(start(), "Go now")
    record = latest(at)
    assert record["click_lost"] and record["button_value"] is False
    assert "Your click was lost" in explanation(at) and "`key=`" in explanation(at)


def test_with_a_key_the_same_click_is_not_lost():
    """The twin: a key keeps the identity, so the click returns True."""
    at = start()
    at.text_input(key="ctl_key").input("go").run()
    record = latest(click_with_a_label_typed(at, "Go now"))
    assert not record["click_lost"] and record["button_value"] is True


def test_a_label_committed_without_a_click_loses_nothing():
    """The twin: no click, nothing lost."""
    at = start()
    at.text_area(key="ctl_label").input("Go now").run()
    assert not latest(at)["click_lost"]
    assert "lost" not in explanation(at)


def callback_with(at, kwargs):
    at.radio(key="ctl_mode").set_value("callback").run()
    at.text_input(key="ctl_kwargs").input(kwargs).run()
    return at


def test_new_callback_parameters_start_the_apps_state_afresh_and_the_log_says_so():
    at = callback_with(start(), "{'limit': 500}")
    preview_button(at).click().run()
    at.text_input(key="ctl_kwargs").input("{'a': 1}").run()
    assert at.session_state[APP_STATE] == {"clicks": 0, "last_call": None}
    assert "Last call: `None`" in preview_texts(at)
    assert "parameters changed from limit to a" in latest(at)["state_restarted"]


def test_a_change_that_keeps_the_same_state_keeps_it():
    """The twin: a new label keeps the state a fresh run of the same shape has."""
    at = callback_with(start(), "{'limit': 500}")
    preview_button(at).click().run()
    at.text_area(key="ctl_label").input("Refresh").run()
    assert at.session_state[APP_STATE]["clicks"] == 1
    assert latest(at)["state_restarted"] == ""


def test_switching_from_callback_to_rerun_starts_the_counter_afresh():
    at = callback_with(start(), "")
    preview_button(at).click().run()
    at.radio(key="ctl_mode").set_value("rerun").run()
    assert at.session_state[APP_STATE] == {"clicks": 0}
    assert "mode changed from callback to rerun" in latest(at)["state_restarted"]


def test_the_restart_button_starts_the_apps_state_afresh():
    at = callback_with(start(), "")
    preview_button(at).click().run()
    at.button(key=RESET_APP_STATE).click().run()
    assert at.session_state[APP_STATE] == {"clicks": 0}
    assert latest(at)["trigger"] == "restart"
    assert "You restarted the app's session state" in explanation(at)


def test_without_a_restart_the_state_stays():
    """The twin: the next click counts on."""
    at = callback_with(start(), "")
    preview_button(at).click().run()
    preview_button(at).click().run()
    assert at.session_state[APP_STATE]["clicks"] == 2
