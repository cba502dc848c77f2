"""The benchmark's report and figure: statistics, ratios, pass/fail, and the rows drawn.

Pure logic only (``benchmarks/report.py``, ``benchmarks/plot.py``); the run
itself is checked once in short mode by ``tests/benchmark``.
"""

from __future__ import annotations

import ast
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from benchmarks.plot import draw_png, plot_rows
from benchmarks.report import (
    BARE,
    METRIC_KEYS,
    METRICS,
    PLAYGROUND,
    build_report,
    compare,
    markdown_table,
    metric_entry,
    percentile,
    summary,
)

ROOT = Path(__file__).parent.parent.parent
METRIC = {metric.key: metric for metric in METRICS}
positive = st.floats(min_value=0.1, max_value=1e5, allow_nan=False)
sample_lists = st.lists(positive, min_size=1, max_size=30)


def samples_with(playground: float, bare: float) -> dict[str, dict[str, list[float]]]:
    """Every metric measured once per app: the playground at one value, bare at another."""
    return {key: {PLAYGROUND: [playground], BARE: [bare]} for key in METRIC_KEYS}


def report_of(samples: dict) -> dict:
    return build_report(samples, {"mode": "test"}, {"mode": "test"})


# --- statistics ------------------------------------------------------------------


def test_median_is_the_middle_sample_or_the_mean_of_the_two_middle_ones():
    assert percentile([3, 1, 2], 50) == 2
    assert percentile([4, 1, 3, 2], 50) == 2.5


def test_p90_interpolates_between_ranks():
    assert percentile(list(range(11)), 90) == 9
    assert percentile([0, 10], 90) == 9


def test_a_single_sample_is_its_own_median_and_p90():
    assert percentile([7.5], 50) == percentile([7.5], 90) == 7.5


def test_no_samples_is_an_error_not_a_zero():
    with pytest.raises(ValueError):
        percentile([], 50)


@given(sample_lists)
def test_summary_orders_min_median_p90_max(values):
    stats = summary(values)
    assert stats["n"] == len(values)
    assert stats["min"] <= stats["median"] <= stats["p90"] <= stats["max"]


# --- targets: met, and missed ------------------------------------------------------


def test_a_ratio_at_its_target_is_met():
    result = compare(METRIC["preview_update"], playground=130.0, reference=100.0)
    assert result["ratio"] == 1.3
    assert result["passed"]


def test_a_ratio_over_its_target_is_missed():
    result = compare(METRIC["preview_update"], playground=131.0, reference=100.0)
    assert result["ratio"] == 1.31
    assert not result["passed"]


def test_script_time_is_held_to_the_milliseconds_it_adds_not_to_a_ratio():
    met = compare(METRIC["script_time"], playground=34.0, reference=30.0)
    missed = compare(METRIC["script_time"], playground=36.0, reference=30.0)
    assert (met["value"], met["passed"]) == (4.0, True)
    assert (missed["value"], missed["passed"]) == (6.0, False)


def test_memory_is_held_to_its_own_megabytes_whatever_the_bare_app_grew():
    met = compare(METRIC["memory_growth"], playground=9.5, reference=-0.4)
    missed = compare(METRIC["memory_per_session"], playground=5.5, reference=1.0)
    assert met["passed"] and met["ratio"] is None
    assert not missed["passed"] and missed["ratio"] == 5.5


@given(sample_lists, sample_lists)
def test_a_ratio_metric_is_met_exactly_when_the_ratio_of_medians_is_within_target(
    playground, bare
):
    entry = metric_entry(
        METRIC["log_update"], {"log_update": {PLAYGROUND: playground, BARE: bare}}
    )
    ratio = percentile(playground, 50) / percentile(bare, 50)
    assert math.isclose(entry["value"], ratio, rel_tol=1e-3, abs_tol=1e-3)
    assert entry["passed"] == (entry["value"] <= 1.30)


def test_the_code_panel_is_held_against_the_bare_apps_preview_update():
    samples = {
        "code_update": {PLAYGROUND: [150.0]},
        "preview_update": {PLAYGROUND: [105.0], BARE: [100.0]},
    }
    entry = metric_entry(METRIC["code_update"], samples)
    assert entry["apps"][BARE]["median"] == 100.0
    assert entry["value"] == 1.5 and entry["passed"]


def test_a_metric_without_figures_is_reported_missed_not_met():
    entry = metric_entry(METRIC["cold_load"], {"cold_load": {PLAYGROUND: [900.0]}})
    assert entry["value"] is None
    assert not entry["passed"]


# --- the whole report ----------------------------------------------------------------


def test_the_report_holds_every_metric_and_passes_when_each_target_is_met():
    report = report_of(samples_with(playground=1.0, bare=1.0))
    assert list(report["metrics"]) == list(METRIC_KEYS)
    assert report["passed"] and report["failed"] == []


def test_the_report_fails_and_names_the_metric_whose_target_is_missed():
    samples = samples_with(playground=1.0, bare=1.0)
    samples["cold_load"] = {PLAYGROUND: [1400.0], BARE: [1000.0]}
    report = report_of(samples)
    assert not report["passed"]
    assert report["failed"] == ["cold_load"]


def test_each_metric_names_its_target_in_words():
    targets = {
        key: entry["target"]
        for key, entry in report_of(samples_with(1, 1))["metrics"].items()
    }
    assert targets["preview_update"] == "≤ 1.3× bare"
    assert targets["code_update"] == "≤ 1.6× bare's item 1"
    assert targets["script_time"] == "≤ 5 ms over bare"
    assert targets["memory_per_session"] == "≤ 5 MB"


# --- the figure ------------------------------------------------------------------------


def test_the_figure_has_a_row_per_metric_coloured_by_its_verdict():
    samples = samples_with(playground=1.0, bare=1.0)
    samples["log_update"] = {PLAYGROUND: [140.0], BARE: [100.0]}
    rows = plot_rows(report_of(samples))
    assert [row.title for row in rows] == [m.title for m in METRICS]
    verdicts = {row.title: row.passed for row in rows}
    assert not verdicts[METRIC["log_update"].title]
    assert verdicts[METRIC["preview_update"].title]


def test_ratio_rows_share_one_scale_that_shows_the_largest_ratio_and_target():
    samples = samples_with(playground=1.0, bare=1.0)
    samples["cold_load"] = {PLAYGROUND: [2500.0], BARE: [1000.0]}
    rows = {row.title: row for row in plot_rows(report_of(samples))}
    ratio_rows = [rows[m.title] for m in METRICS if m.kind == "ratio"]
    assert len({row.scale for row in ratio_rows}) == 1
    assert ratio_rows[0].scale >= 2.5
    assert all(row.bare_mark == 1.0 for row in ratio_rows)


def test_the_figure_is_a_png(tmp_path):
    path = tmp_path / "figure.png"
    draw_png(plot_rows(report_of(samples_with(1.0, 2.0))), "title", "subtitle", path)
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(path) as image:
        assert image.format == "PNG" and image.width > 0


# --- purity ------------------------------------------------------------------------------

PURE_BENCHMARK_MODULES = ("report", "plot")
DRIVING_MODULES = {"streamlit", "playwright", "subprocess", "socket", "urllib"}


def imported_modules(source: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("module", PURE_BENCHMARK_MODULES)
def test_the_report_and_figure_modules_drive_nothing(module):
    source = (ROOT / "benchmarks" / f"{module}.py").read_text()
    assert imported_modules(source) & DRIVING_MODULES == set()


def test_the_import_scan_sees_a_driving_module():
    source = "import subprocess\nfrom playwright.sync_api import Page\n"
    assert imported_modules(source) & DRIVING_MODULES == {"subprocess", "playwright"}


# --- the README's table ----------------------------------------------------------


def test_the_table_has_a_row_per_metric_and_marks_only_missed_targets():
    samples = samples_with(playground=1.0, bare=1.0)
    samples["preview_update"] = {PLAYGROUND: [130.0, 150.0], BARE: [100.0, 100.0]}
    rows = markdown_table(report_of(samples)).splitlines()[2:]
    assert len(rows) == len(METRICS)
    by_title = {m.title: row for m, row in zip(METRICS, rows)}
    assert "1.40× **missed**" in by_title[METRIC["preview_update"].title]
    assert "140.0 ms (p90 148.0)" in by_title[METRIC["preview_update"].title]
    assert "**missed**" not in by_title[METRIC["log_update"].title]
    assert "1.00× met" in by_title[METRIC["log_update"].title]
