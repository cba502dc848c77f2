"""Item 5's figures per interaction: a control change is a full run, a
preview click the fragment's, and the one median of them all hides both."""

from __future__ import annotations

from benchmarks.script_time import by_interaction

# script_times' order with controls: type, click, label, click, over and over.
TIMES = [20.0, 3.0, 22.0, 4.0, 21.0, 5.0, 23.0, 3.0]


def test_each_interactions_median_comes_from_its_own_runs():
    assert by_interaction(TIMES, with_controls=True) == {
        "set_type": 20.5,
        "click_preview": 3.5,
        "set_label": 22.5,
    }


def test_an_app_without_controls_has_clicks_alone():
    assert by_interaction(TIMES, with_controls=False) == {"click_preview": 12.5}
