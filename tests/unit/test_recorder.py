"""The Recorder keeps the app's story: runs only the playground caused are
dropped, a click its new identity lost is marked, a fresh start is noted."""

from __future__ import annotations

from components.core import run_story
from components.core.config import ButtonConfig
from components.core.modes import shape_change, state_shape
from components.core.recorder import Recorder
from components.core.run_log import CONTROL, OTHER

CONFIG = ButtonConfig()


def begun(recorder: Recorder, values: dict | None = None, now: float = 1.0):
    recorder.begin(values or {"label": "Click me"}, CONFIG, {}, now, limit=200)
    return recorder


def test_a_run_only_the_playground_caused_is_dropped_at_close():
    recorder = begun(Recorder())
    recorder.close({})
    begun(recorder, now=2.0).close({})
    assert [r["run"] for r in recorder.records] == [1]
    assert (recorder.run, recorder.clock) == (1, 1.0)
    assert recorder.records[-1]["trigger"] != OTHER


def test_a_run_a_control_caused_is_kept():
    """The twin: a changed argument is the app's run."""
    recorder = begun(Recorder())
    recorder.close({})
    begun(recorder, {"label": "Other"}, now=2.0).close({})
    assert [(r["run"], r["trigger"]) for r in recorder.records][-1] == (2, CONTROL)


def test_a_clicked_widget_that_returned_false_lost_its_click():
    recorder = begun(Recorder())
    recorder.close({})
    recorder.clicked_before_run = True
    begun(recorder, {"label": "New"}, now=2.0).note_button(False, clicked=False)
    record = recorder.records[-1]
    assert record["click_lost"]
    assert "Your click was lost" in run_story.explain(record)
    assert any("lost" in step for step in run_story.phases(record))


def test_a_clicked_widget_that_returned_true_lost_nothing():
    """The twin: the click's True arrived."""
    recorder = begun(Recorder())
    recorder.clicked_before_run = True
    recorder.note_button(True, clicked=True)
    record = recorder.records[-1]
    assert not record["click_lost"] and "lost" not in run_story.explain(record)


def test_a_popover_closed_by_a_click_is_a_click_and_lost_nothing():
    """Its False is a state the click set, not a lost click: its value can't
    tell (clicked=None), the note of its on_change does."""
    popover = ButtonConfig(kind="popover", mode="plain")
    recorder = Recorder()
    recorder.begin({"label": "Click me"}, popover, {}, 1.0, limit=200)
    recorder.close({})
    recorder.clicked_before_run = True
    recorder.begin({"label": "Click me"}, popover, {}, 2.0, limit=200)
    recorder.note_button(False, clicked=None)
    record = recorder.records[-1]
    assert record["trigger"] == "click" and not record["click_lost"]
    assert run_story.explain(record).startswith("You closed the popover")


def test_a_popover_rerun_by_no_click_is_no_click():
    """The twin: the same value on a run no on_change started."""
    popover = ButtonConfig(kind="popover", mode="plain")
    recorder = Recorder()
    recorder.begin({"label": "Click me"}, popover, {}, 1.0, limit=200)
    recorder.close({})
    recorder.begin({"label": "Other"}, popover, {}, 2.0, limit=200)
    recorder.note_button(False, clicked=None)
    record = recorder.records[-1]
    assert record["trigger"] == CONTROL and not record["click_lost"]


def test_the_limit_counts_only_the_runs_kept():
    recorder = Recorder()
    for run in range(4):
        begun(recorder, {"label": str(run)}, now=float(run)).close({})
    recorder.keep_newest(2)
    recorder.begin({"label": "3"}, CONFIG, {}, 9.0, limit=2)
    recorder.close({})
    assert len(recorder.records) == 2


def test_a_fresh_start_is_a_phase_of_the_run_it_happened_on():
    recorder = Recorder(restarted="the mode changed from callback to rerun")
    begun(recorder)
    steps = run_story.phases(recorder.records[-1])
    assert steps[0].startswith("the app's session state started afresh (the mode")


def test_a_run_with_no_fresh_start_says_nothing_of_one():
    """The twin."""
    steps = run_story.phases(begun(Recorder()).records[-1])
    assert not any("afresh" in step for step in steps)


def test_new_callback_parameters_change_the_states_shape():
    before = ButtonConfig(mode="callback", kwargs={"limit": 500})
    after = ButtonConfig(mode="callback", kwargs={"a": 1})
    change = shape_change(state_shape(before), state_shape(after))
    assert change == "its callback's parameters changed from limit to a"


def test_a_new_label_keeps_the_states_shape():
    """The twin."""
    before = ButtonConfig(mode="callback", kwargs={"limit": 500})
    assert state_shape(before) == state_shape(
        ButtonConfig(**{**before.flat(), "label": "x"})
    )


def test_a_record_is_open_from_begin_to_close():
    recorder = Recorder()
    assert not recorder.is_open
    begun(recorder)
    assert recorder.is_open
    recorder.close({})
    assert not recorder.is_open


def test_a_run_begun_by_the_fragment_is_marked_so():
    recorder = Recorder()
    recorder.begin({"label": "x"}, CONFIG, {}, 1.0, 200, redrew_only_preview=True)
    assert recorder.records[-1]["redrew_only_preview"]
    begun(recorder, now=2.0)
    assert not recorder.records[-1]["redrew_only_preview"]
