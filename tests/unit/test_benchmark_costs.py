"""The element cost table's logic (issue 14): each variant against bare, in all and each.

Pure logic only (``benchmarks/report.py``); ``tests/benchmark/test_costs.py`` runs the
``--costs --short`` mode itself.
"""

from __future__ import annotations

from benchmarks.report import BARE, cost_entry, cost_report, cost_table, messages_key
from tests.support.benchmark_samples import samples_of

BARE_FIGURES = {
    "preview_update": [80.0, 76.0, 70.0],
    "log_update": [70.0],
    "script_time": [10.0, 9.0],
    messages_key("control_change"): [40],
    messages_key("click"): [41],
}
CAPTIONS = {
    "preview_update": [100.0, 96.0, 90.0],
    "log_update": [90.0],
    "script_time": [12.0, 11.0],
    messages_key("control_change"): [60],
    messages_key("click"): [61],
}
EDITOR = {
    "preview_update": [86.0],
    "log_update": [75.0],
    "code_update": [152.0],
    messages_key("control_change"): [42],
}


def test_a_kind_adds_the_difference_of_medians_in_all_and_per_element():
    entry = cost_entry(samples_of(bare=BARE_FIGURES, caption=CAPTIONS), "caption", 20)
    assert entry["n"] == 20
    assert entry["preview_update"] == {
        "median": 96.0,
        "bare": 76.0,
        "ratio": 1.263,
        "added": 20.0,
        "added_each": 1.0,
    }
    assert entry["control_change"]["added_each"] == 1.0
    assert entry["click"]["fewest"] == 61


def test_a_message_count_is_the_fewest_a_run_sent_so_a_cut_short_run_adds_nothing():
    bare = BARE_FIGURES | {messages_key("control_change"): [40, 40, 81, 41, 41, 40]}
    entry = cost_entry(samples_of(bare=bare, caption=CAPTIONS), "caption", 20)
    assert entry["control_change"]["bare"] == 40
    assert entry["control_change"]["added"] == 20
    unlike = bare | {messages_key("control_change"): [41, 81]}
    entry = cost_entry(samples_of(bare=unlike, caption=CAPTIONS), "caption", 20)
    assert entry["control_change"]["added"] == 19


def test_the_editors_code_update_is_held_against_bares_preview_update():
    entry = cost_entry(samples_of(bare=BARE_FIGURES, editor=EDITOR), "editor", 1)
    assert entry["code_update"]["bare"] == 76.0
    assert entry["code_update"]["ratio"] == 2.0
    assert entry["code_update"]["added_each"] == 76.0


def test_a_kind_without_a_figure_leaves_it_out_rather_than_inventing_one():
    entry = cost_entry(samples_of(bare=BARE_FIGURES, caption=CAPTIONS), "caption", 20)
    assert "code_update" not in entry
    assert "preview_update" not in cost_entry(
        samples_of(caption=CAPTIONS), "caption", 20
    )


def test_the_report_has_an_entry_per_kind_in_the_order_given():
    samples = samples_of(bare=BARE_FIGURES, caption=CAPTIONS, editor=EDITOR)
    report = cost_report(samples, {"editor": 1, "caption": 20}, {}, {"mode": "test"})
    assert list(report["kinds"]) == ["editor", "caption"]
    assert BARE not in report["kinds"]


def test_the_table_starts_from_bare_and_shows_what_each_kind_adds():
    samples = samples_of(bare=BARE_FIGURES, caption=CAPTIONS, editor=EDITOR)
    report = cost_report(samples, {"caption": 20, "editor": 1}, {}, {})
    header, _, bare, caption, editor = cost_table(report).splitlines()
    assert header.startswith("| extra elements | N | messages per control change |")
    assert bare == "| none (bare) | 0 | 40 | 76.0 ms | 70.0 ms | – | 9.5 ms |"
    assert caption == (
        "| caption | 20 | 60 (+1.00 each) | 96.0 ms (1.26×, +1.00 ms each) "
        "| 90.0 ms (1.29×, +1.00 ms each) | – | 11.5 ms (1.21×, +0.10 ms each) |"
    )
    assert editor.endswith("| 152.0 ms (2.00×, +76.00 ms each) | – |")
