"""Item 5's figures: a control change is a full run, a preview click the
fragment's; each sample is one cycle of the mix, and each interaction has
its own median beside them."""

from __future__ import annotations

from benchmarks.script_time import by_interaction, cycle_means

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


def test_each_sample_is_the_mean_rerun_of_one_whole_cycle():
    assert cycle_means(TIMES, with_controls=True) == [12.25, 13.0]


def test_a_cycle_cut_short_is_no_sample():
    assert cycle_means(TIMES + [20.0, 3.0], with_controls=True) == [12.25, 13.0]


def test_an_app_without_controls_has_a_cycle_of_one_click():
    assert cycle_means(TIMES[:3], with_controls=False) == [20.0, 3.0, 22.0]
