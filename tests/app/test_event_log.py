"""The rerun event log under AppTest: causes, the identity warning, limit, clear, export."""

from __future__ import annotations

import pyarrow as pa
import pytest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.keys import LOG_HISTORY, LOG_TIMELINE
from tests.support.apptest import (
    displayed_code,
    logged,
    message_at,
    only,
    open_panels,
    preview_button,
    shown,
    start,
    submit_code,
)


@pytest.fixture
def at():
    return open_panels(start(), LOG_HISTORY)


def log_of(at):
    return logged(at)


def latest(at):
    return log_of(at)[-1]


def explanation(at):
    return shown(only(at.container("log_latest").markdown))


def shown_entries(at):
    return only(at.container("event_log").code).value


def log_warnings(at):
    return [shown(w) for w in at.container("event_log").warning]


def runs_of_the_app(at, count):
    """``count`` runs the app has too: each flips ``disabled`` in the sidebar."""
    for _ in range(count):
        flipped = not at.toggle(key="ctl_disabled").value
        at.toggle(key="ctl_disabled").set_value(flipped).run()
    return at


def test_first_run_is_logged_as_the_first_load(at):
    assert [(r["run"], r["trigger"], r["button_value"]) for r in log_of(at)] == [
        (1, "first load", False)
    ]


def test_a_control_change_names_that_control_with_old_and_new_values(at):
    at.segmented_control(key="ctl_type").set_value("primary").run()
    assert latest(at)["trigger"] == "control"
    assert latest(at)["detail"] == "`type` from 'secondary' to 'primary'"


def test_a_run_only_a_playground_widget_caused_is_not_recorded(at):
    before = len(logged(at))
    at.toggle(key="code_complete").set_value(False).run()
    assert len(logged(at)) == before


def test_a_run_a_control_caused_is_recorded(at):
    """The twin: a change to an argument is part of the app's story."""
    before = len(logged(at))
    at.segmented_control(key="ctl_type").set_value("primary").run()
    assert len(logged(at)) == before + 1 and latest(at)["trigger"] == "control"


def test_a_click_is_named_a_click_and_not_a_control_change(at):
    preview_button(at).click().run()
    assert (latest(at)["trigger"], latest(at)["button_value"]) == ("click", True)
    at.run()
    # A rerun nothing of the app caused adds no record.
    assert (latest(at)["trigger"], latest(at)["button_value"]) == ("click", True)


def test_a_reset_is_named_a_reset(at):
    at.text_area(key="ctl_label").input("Save").run()
    at.button(key="reset_all").click().run()
    assert latest(at)["trigger"] == "reset"


def test_the_latest_run_is_explained_in_one_sentence(at):
    preview_button(at).click().run()
    sentence = explanation(at)
    assert (
        "You clicked" in sentence and "On the next rerun it returns False" in sentence
    )
    at.text_area(key="ctl_label").input("Save").run()
    sentence = explanation(at)
    assert "You changed an argument" in sentence and "You clicked" not in sentence


@pytest.mark.parametrize("control", ["ctl_label", "ctl_help"])
def test_changing_an_identity_argument_without_a_key_warns_with_the_fix(at, control):
    at.get_by_key(control).input("Something else").run()
    warning = only(log_warnings(at))
    assert "new widget" in warning and "key=" in warning
    assert latest(at)["identity_changed"] == [control.removeprefix("ctl_")]


def test_changing_an_identity_argument_with_a_key_does_not_warn(at):
    at.text_input(key="ctl_key").input("mine").run()
    at.text_area(key="ctl_label").input("Something else").run()
    assert not log_warnings(at) and latest(at)["identity_changed"] == []


def test_changing_disabled_keeps_the_identity_and_does_not_warn(at):
    at.toggle(key="ctl_disabled").set_value(True).run()
    assert not log_warnings(at) and latest(at)["identity_changed"] == []


def test_the_warning_goes_once_the_next_run_changes_no_identity(at):
    at.text_area(key="ctl_label").input("Something else").run()
    runs_of_the_app(at, 1)
    assert not log_warnings(at)


def test_the_warning_stays_over_a_run_only_the_playground_caused(at):
    """The twin: a rerun of the playground alone is no run of the app."""
    at.text_area(key="ctl_label").input("Something else").run()
    at.run()
    assert log_warnings(at)


def test_the_limit_keeps_the_newest_runs(at):
    at.number_input(key="log_limit").set_value(3).run()
    runs_of_the_app(at, 5)
    runs = [record["run"] for record in log_of(at)]
    assert runs == [4, 5, 6]


def test_lowering_the_limit_drops_the_oldest_at_once(at):
    runs_of_the_app(at, 4)
    at.number_input(key="log_limit").set_value(2).run()
    assert [record["run"] for record in log_of(at)] == [4, 5]


def test_the_log_stays_bounded_over_many_runs(at):
    at.number_input(key="log_limit").set_value(4).run()
    runs_of_the_app(at, 12)
    assert len(log_of(at)) == 4 and latest(at)["run"] == 13


def test_clear_empties_the_log_and_its_own_run_is_not_recorded(at):
    runs_of_the_app(at, 3)
    at.button(key="log_clear").click().run()
    assert log_of(at) == []
    assert explanation(at) == "No run recorded since the log was cleared."


def test_the_first_run_after_clearing_is_the_apps_next_run(at):
    """The twin: what the app does next is recorded, numbered on."""
    runs_of_the_app(at, 3)
    at.button(key="log_clear").click().run()
    runs_of_the_app(at, 1)
    assert [(r["run"], r["trigger"]) for r in log_of(at)] == [(5, "control")]


def test_the_filter_shows_only_runs_of_the_chosen_causes(at):
    preview_button(at).click().run()
    at.segmented_control(key="ctl_type").set_value("primary").run()
    at.pills(key="log_filter").set_value(["click"]).run()
    shown = shown_entries(at)
    assert "click: the preview's button" in shown and "control:" not in shown


def test_an_empty_filter_shows_every_run(at):
    preview_button(at).click().run()
    at.segmented_control(key="ctl_type").set_value("primary").run()
    shown = shown_entries(at)
    assert "click: the preview's button" in shown and "control:" in shown


def timeline_runs(at) -> list[int] | None:
    """The runs the timeline plots, or None when no chart is drawn."""
    charts = at.container("event_log").get("vega_lite_chart")
    if not charts:
        return None
    table = pa.ipc.open_stream(only(charts).proto.data.data).read_all()
    return table.column("run").to_pylist()


def open_timeline(at):
    at.session_state[LOG_TIMELINE] = True
    return at.run()


def test_the_timeline_is_collapsed_and_not_built_at_first(at):
    preview_button(at).click().run()
    assert timeline_runs(at) is None


def test_the_open_timeline_plots_every_shown_run(at):
    preview_button(at).click().run()
    open_timeline(at)
    assert timeline_runs(at) == [record["run"] for record in log_of(at)]


def test_the_timeline_follows_the_filter(at):
    preview_button(at).click().run()
    at.segmented_control(key="ctl_type").set_value("primary").run()
    preview_button(at).click().run()
    open_timeline(at)
    at.pills(key="log_filter").set_value(["click"]).run()
    clicks = [r["run"] for r in log_of(at) if r["trigger"] == "click"]
    assert timeline_runs(at) == clicks


def test_a_control_committed_by_the_click_is_logged_with_the_click(at):
    at.text_input(key="ctl_key").input("k").run()
    at.text_area(key="ctl_label").input("Go now")
    preview_button(at).click().run()
    record = latest(at)
    assert (record["trigger"], record["button_value"]) == ("click", True)
    assert record["control_changes"] == ["`label` from 'Click me' to 'Go now'"]
    assert "widgets updated first: `label`" in shown_entries(at)


def test_a_click_alone_logs_no_control_change(at):
    preview_button(at).click().run()
    assert latest(at)["control_changes"] == []
    assert "widgets updated first" not in shown_entries(at)


def test_applying_pasted_code_logs_the_apply_run_then_the_applied_run(at):
    before = len(log_of(at))
    submit_code(at, 'st.button("Pasted")')
    apply_run, applied_run = log_of(at)[before:]
    assert (apply_run["trigger"], apply_run["rerun_requested"]) == ("paste", True)
    assert "Apply" in apply_run["detail"]
    assert (applied_run["trigger"], applied_run["rerun_requested"]) == ("paste", False)
    assert "`label` from 'Click me' to 'Pasted'" in applied_run["control_changes"]


def test_refused_pasted_code_is_logged_as_a_paste_with_no_rerun(at):
    before = len(log_of(at))
    submit_code(at, "st.button(")
    (refused,) = log_of(at)[before:]
    assert (refused["trigger"], refused["rerun_requested"]) == ("paste", False)
    assert "refused" in refused["detail"]


# --- callback arguments typed in the sidebar ------------------------------------


def callback_mode(at):
    at.radio(key="ctl_mode").set_value("callback").run()
    return at


@pytest.mark.parametrize(
    ("key", "text", "words"),
    [
        ("ctl_args", "(1", "not a Python literal"),
        ("ctl_args", "500", "end with a comma"),
        ("ctl_args", "print('hi')", "not a Python literal"),
        ("ctl_kwargs", "[1, 2]", "must be a dict"),
        ("ctl_kwargs", "{'class': 1}", "parameters"),
        ("ctl_kwargs", "{'st': 1}", "parameters"),
    ],
)
def test_a_bad_callback_literal_is_refused_at_its_box_and_changes_nothing(
    at, key, text, words
):
    callback_mode(at)
    at.text_input(key="ctl_kwargs").input("{'limit': 500}").run()
    good_code = generate_code(ButtonConfig(mode="callback", kwargs={"limit": 500}))
    at.text_input(key=key).input(text).run()
    assert not at.exception
    message = message_at(at, key)
    assert message is not None and message.type == "error" and words in shown(message)
    assert at.text_input(key=key).value == text
    assert displayed_code(at) == good_code


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("ctl_args", "(500,)", {"args": (500,)}),
        ("ctl_args", "(1, 'a', [2.5])", {"args": (1, "a", [2.5])}),
        ("ctl_kwargs", "{'limit': 500}", {"kwargs": {"limit": 500}}),
    ],
)
def test_a_good_callback_literal_reaches_the_code_without_a_message(
    at, key, text, expected
):
    callback_mode(at)
    at.text_input(key=key).input(text).run()
    assert message_at(at, key) is None
    assert displayed_code(at) == generate_code(
        ButtonConfig(mode="callback", **expected)
    )


def test_a_key_the_callback_keeps_its_state_under_is_refused_at_the_key(at):
    callback_mode(at)
    at.text_input(key="ctl_key").input("clicks").run()
    message = message_at(at, "ctl_key")
    assert message is not None and "session-state name" in shown(message)
    assert not at.exception


def test_the_same_key_in_plain_mode_is_accepted(at):
    at.text_input(key="ctl_key").input("clicks").run()
    assert message_at(at, "ctl_key") is None


def test_callback_arguments_wait_unused_outside_the_callback_mode(at):
    callback_mode(at)
    at.text_input(key="ctl_args").input("(1").run()
    at.radio(key="ctl_mode").set_value("plain").run()
    assert at.text_input(key="ctl_args").disabled
    assert at.text_input(key="ctl_args").value == "(1"
    assert message_at(at, "ctl_args") is None
    assert not at.exception
