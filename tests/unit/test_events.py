"""The event log's core: naming causes, widget identity, phases, limit and exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from components.core import run_log, run_story
from components.core.config import ButtonConfig


def record(run=1, **changes):
    """A record; one given a value saw the widget return it."""
    changes.setdefault("value_seen", changes.get("button_value") is not None)
    base = run_log.new_record(
        run=run,
        at="2026-11-26T08:00:00.000+00:00",
        since_previous_ms=None,
        trigger=(run_log.OTHER, ""),
        mode="plain",
    )
    return {**base, **changes}


def trigger(**known):
    facts = dict(
        first=False, marked=None, after_rerun=False, callback_ran=False, changes=[]
    )
    return run_log.name_trigger(**(facts | known))


# --- what caused a run ------------------------------------------------------------


def test_the_first_run_is_the_first_load():
    assert trigger(first=True, changes=["`label` from 'a' to 'b'"])[0] == "first load"


def test_a_link_opened_on_the_first_run_is_named_a_link():
    assert trigger(first=True, marked=("link", "?label=Save")) == (
        "link",
        "?label=Save",
    )


def test_a_callback_that_ran_means_the_preview_was_clicked():
    assert trigger(callback_ran=True, marked=("preset", "x"))[0] == "click"


def test_a_marked_cause_beats_the_control_changes_it_made():
    assert trigger(marked=("preset", "Say hello"), changes=["`label` …"]) == (
        "preset",
        "Say hello",
    )


def test_a_run_after_st_rerun_is_named_so():
    assert trigger(after_rerun=True)[0] == "st.rerun()"


def test_a_control_change_is_named_with_its_values():
    assert trigger(changes=["`type` from 'secondary' to 'primary'"]) == (
        "control",
        "`type` from 'secondary' to 'primary'",
    )


def test_a_run_with_no_known_cause_is_other():
    assert trigger()[0] == "other"


def test_control_changes_lists_only_the_changed_controls():
    before = {"label": "a", "disabled": False, "wrap": None}
    after = {"label": "b", "disabled": False, "wrap": False}
    assert run_log.control_changes(before, after) == [
        "`label` from 'a' to 'b'",
        "`wrap` from None to False",
    ]
    assert run_log.control_changes(after, after) == []


def test_clicked_renames_a_run_a_click_and_keeps_a_click_as_it_is():
    assert run_log.renamed_a_click(record(trigger="other"))["trigger"] == "click"
    assert run_log.renamed_a_click(record(trigger="click", detail="x"))["detail"] == "x"


# --- widget identity --------------------------------------------------------------


def test_identity_changes_names_the_arguments_of_a_keyless_button():
    before = ButtonConfig()
    after = replace(before, label="Other", disabled=True, type="primary")
    assert run_log.identity_changes(before, after) == ["label", "type"]


def test_a_shortcut_spelt_differently_keeps_the_identity():
    before = ButtonConfig(shortcut="ctrl+k")
    assert run_log.identity_changes(before, replace(before, shortcut="Ctrl+K")) == []
    assert run_log.identity_changes(before, replace(before, shortcut="Ctrl+J")) == [
        "shortcut"
    ]


def test_identity_changes_is_empty_when_a_key_is_set():
    before = ButtonConfig(key="k")
    assert run_log.identity_changes(before, replace(before, label="Other")) == []


def test_a_popover_that_keeps_state_hashes_its_arguments_and_its_key_even_keyed():
    """Streamlit's popover ID has key_as_main_identity=False."""
    before = ButtonConfig(kind="popover", mode="plain", key="k")
    assert run_log.identity_changes(before, replace(before, label="Other")) == ["label"]
    assert run_log.identity_changes(before, replace(before, key="other")) == ["key"]


def test_a_popover_that_keeps_no_state_has_no_identity_to_lose():
    """The twin: under on_change="ignore" the same changes lose nothing."""
    before = ButtonConfig(kind="popover", mode="ignore", key="k")
    assert run_log.identity_changes(before, replace(before, label="Other")) == []
    assert run_log.identity_changes(before, replace(before, key="other")) == []


# --- phases and explanations -----------------------------------------------------


def test_phases_follow_streamlits_order_widgets_callback_script_value_rerun():
    steps = run_story.phases(
        record(
            trigger="click",
            control_changes=["`label` from 'Go' to 'Go now'"],
            callback_ran=True,
            callback_arguments=" with (limit=500)",
            state_changed_by_callback=["clicks: 0 → 1"],
            button_value=True,
            rerun_requested=True,
        )
    )
    assert [step.split()[0] for step in steps] == [
        "widgets",
        "on_click",
        "script",
        "st.button",
        "st.rerun()",
    ]
    assert "'Go now'" in steps[0]
    assert "limit=500" in steps[1] and "it set clicks: 0 → 1" in steps[1]


def test_a_run_without_callback_or_rerun_has_just_the_script_and_the_value():
    assert run_story.phases(record(button_value=False)) == [
        "script ran from the top",
        "st.button returned False",
    ]


def test_a_control_change_is_the_cause_not_a_phase_of_its_own_run():
    steps = run_story.phases(record(trigger="control", control_changes=["`type` …"]))
    assert not any(step.startswith("widgets") for step in steps)


def test_what_the_script_set_is_noted_apart_from_the_numbered_phases():
    changed = record(state_changed_by_script=["show_more: False → True"])
    assert run_story.script_state_note(changed) == (
        "session state set by the script: show_more: False → True"
    )
    assert run_story.script_state_note(record()) == ""
    assert "  · session state set by the script" in run_story.entry_text(changed)
    assert "  · " not in run_story.entry_text(record())


def test_a_callback_click_is_explained_callback_first():
    sentence = run_story.explain(
        record(trigger="click", callback_ran=True, button_value=True)
    )
    assert sentence.startswith("You clicked: the callback ran first")
    assert "On the next rerun it returns False" in sentence


def test_a_popover_click_is_told_as_what_it_did_to_the_state_it_keeps():
    opened, closed = (
        run_story.explain(
            record(trigger="click", widget="st.popover", button_value=value)
        )
        for value in (True, False)
    )
    assert opened.startswith("You opened the popover: the script reran")
    assert "st.popover's .open was True. It stays True on every rerun" in opened
    assert closed.startswith("You closed the popover") and "was False" in closed
    assert "On the next rerun" not in opened + closed


def test_a_button_click_is_told_as_a_click_whose_value_lasts_one_run():
    """The twin: the same record of st.button."""
    sentence = run_story.explain(
        record(trigger="click", widget="st.button", button_value=True)
    )
    assert sentence.startswith("You clicked") and "st.button returned True" in sentence
    assert "On the next rerun it returns False" in sentence


def test_a_plain_click_is_explained_without_a_callback():
    sentence = run_story.explain(record(trigger="click", button_value=True))
    assert "callback" not in sentence and "returned True" in sentence


def test_a_rerun_run_is_explained_as_no_click():
    sentence = run_story.explain(record(trigger="st.rerun()", button_value=False))
    assert "no click caused this run" in sentence


def test_an_explanation_never_quotes_what_the_user_typed():
    detail = "`label` from 'a' to '**<script>**'"
    assert "script>" not in run_story.explain(record(trigger="control", detail=detail))


def test_state_changes_show_new_and_changed_names_only():
    assert run_log.state_changes({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == [
        "b: 2 → 3",
        "c: (unset) → None",
    ]
    assert run_log.state_changes({"a": 1}, {"a": 1}) == []


# --- limit, filter, export ------------------------------------------------------


@given(st.integers(0, 60), st.integers(1, 25))
def test_the_log_keeps_the_newest_records_up_to_its_limit(count, limit):
    log = []
    for run in range(1, count + 1):
        log = run_log.appended(log, record(run), limit)
    assert [r["run"] for r in log] == list(range(1, count + 1))[-limit:]


def test_ten_thousand_runs_keep_the_default_limit_of_records():
    log = []
    for run in range(1, 10_001):
        log = run_log.appended(log, record(run), run_log.DEFAULT_LIMIT)
    assert len(log) == 200 and log[0]["run"] == 9_801 and log[-1]["run"] == 10_000


def test_filter_keeps_the_chosen_causes_and_no_choice_keeps_all():
    log = [record(1, trigger="click"), record(2, trigger="control")]
    assert [r["run"] for r in run_story.filtered(log, ["click"])] == [1]
    assert run_story.filtered(log, []) == log


def test_json_export_has_every_field_and_reads_back_equal():
    log = [record(1, state_changed_by_script=["clicks: 0 → 1"], button_value=True)]
    assert json.loads(run_story.to_json(log)) == log
    assert set(json.loads(run_story.to_json(log))[0]) == set(run_log.FIELDS)


def test_csv_export_has_a_header_and_one_row_per_run():
    log = [record(1, state_changed_by_script=["a: 1 → 2", "b: 1 → 2"]), record(2)]
    rows = list(csv.DictReader(io.StringIO(run_story.to_csv(log))))
    assert [row["run"] for row in rows] == ["1", "2"]
    assert rows[0]["state_changed_by_script"] == "a: 1 → 2; b: 1 → 2"
    assert tuple(rows[0]) == run_log.FIELDS


def test_entry_text_numbers_the_phases_and_flags_a_new_identity():
    text = run_story.entry_text(
        record(
            3,
            trigger="control",
            detail="`label` from 'a' to 'b'",
            identity_changed=["label"],
            button_value=False,
        )
    )
    assert text.splitlines()[0].startswith("Run 3 · 08:00:00.000 · control: `label`")
    assert "  1. script ran from the top" in text and "new widget identity" in text
    assert "new widget identity" not in run_story.entry_text(record(3))


# --- what the playground itself redrew ----------------------------------------------


def test_a_fragment_run_says_apart_that_only_the_preview_and_log_were_redrawn():
    fragment = record(trigger=run_log.CLICK, redrew_only_preview=True)
    assert "redrew only its preview and this log" in run_story.redraw_note(fragment)
    assert "runs its whole script" in run_story.redraw_note(fragment)
    assert "redrew only its preview" in run_story.entry_text(fragment)
    assert "redrew only" not in run_story.explain(fragment)  # the app's story apart


def test_a_full_run_says_nothing_of_a_redraw():
    full = record(trigger=run_log.CLICK)
    assert run_story.redraw_note(full) == ""
    assert "redrew only" not in run_story.entry_text(full)


def test_a_link_that_ignores_clicks_is_told_as_returning_no_value():
    link = record(widget="st.link_button", mode="ignore", button_value=None)
    sentence = run_story.explain(link)
    assert "st.link_button returned its element, not a value" in sentence
    assert "was not reached" not in sentence
    assert "no run appears here" in sentence


def test_a_page_link_is_told_as_taking_no_on_click_rather_than_ignoring_clicks():
    link = record(widget="st.page_link", mode="ignore", button_value=None)
    sentence = run_story.explain(link)
    assert "st.page_link returned its element, not a value (it takes no on_click" in (
        sentence
    )
    assert "It takes no on_click: a click opens its page" in sentence
    assert 'Its on_click is "ignore"' not in sentence


def test_a_link_button_that_ignores_clicks_is_told_as_ignoring_them():
    """The twin: st.link_button has an on_click, set to "ignore"."""
    sentence = run_story.explain(
        record(widget="st.link_button", mode="ignore", button_value=None)
    )
    assert 'Its on_click is "ignore"' in sentence
    assert "takes no on_click" not in sentence


def test_a_widget_with_no_value_in_another_mode_was_not_reached():
    """The twin: None outside "ignore" is a widget the run did not reach."""
    sentence = run_story.explain(record(widget="st.button", button_value=None))
    assert "st.button was not reached" in sentence
    assert "returned its element" not in sentence
