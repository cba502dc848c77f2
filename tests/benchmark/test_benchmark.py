"""The benchmark runs: ``python -m benchmarks --short`` once, into a temporary folder.

It checks that every metric came out with figures for both apps and that the
figure is a real PNG, never the times themselves: CI does not judge speed. It
does judge the messages a run sends (a count, the same on a busy machine):
the playground's may not exceed the budget README.md states.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from PIL import Image

from benchmarks.report import (
    BARE,
    BUDGETED,
    MESSAGE_EVENTS,
    METRIC_KEYS,
    MINIMAL,
    PLAYGROUND,
    message_budgets,
    over_budget,
)
from tests.support.benchmark_cli import run_benchmarks

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).parent.parent.parent
TIMINGS = ("preview_update", "log_update", "code_update", "cold_load", "script_time")
MEMORY = ("memory_growth", "memory_per_session")
RUN_TIMEOUT_S = 300
PRINTED = "printed.md"
BUDGET_LINE = (
    "Message budget: a control change sends at most **N** messages; "
    "a preview click sends at most **N** messages."
)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("benchmark")
    printed = run_benchmarks("--short", out=out, timeout_s=RUN_TIMEOUT_S)
    (out / PRINTED).write_text(printed)
    return out


@pytest.fixture(scope="module")
def report(results: Path) -> dict:
    return json.loads((results / "benchmark.json").read_text())


def test_the_short_run_reports_every_metric_of_the_issue(report):
    assert list(report["metrics"]) == list(METRIC_KEYS)
    assert report["settings"]["mode"] == "short"


@pytest.mark.parametrize("metric", TIMINGS)
def test_each_timing_has_positive_medians_for_the_playground_and_the_bare_app(
    report, metric
):
    apps = report["metrics"][metric]["apps"]
    for app in (PLAYGROUND, BARE):
        assert apps[app]["n"] >= 1
        assert 0 < apps[app]["median"] <= apps[app]["p90"]
    assert report["metrics"][metric]["ratio"] > 0


def test_script_time_is_also_given_per_interaction_for_each_app(report):
    steps = report["context"]["script_time_by_interaction"]
    for app in (PLAYGROUND, BARE):
        assert set(steps[app]) == {"set_type", "click_preview", "set_label"}
    assert set(steps[MINIMAL]) == {"click_preview"}
    assert all(median > 0 for app in steps.values() for median in app.values())


@pytest.mark.parametrize("metric", MEMORY)
def test_each_memory_figure_comes_from_positive_readings_of_both_servers(
    report, metric
):
    # A growth may be zero or negative (the allocator reuses freed memory);
    # the readings it comes from cannot be.
    for app in (PLAYGROUND, BARE):
        assert math.isfinite(report["metrics"][metric]["apps"][app]["median"])
        readings = report["context"]["memory"][app]
        assert all(readings[name] > 0 for name in readings if name.startswith("rss_"))


def test_each_verdict_follows_from_its_figure_and_target(report):
    for metric in report["metrics"].values():
        assert metric["passed"] == (metric["value"] <= metric["limit"])
    failed = [key for key, metric in report["metrics"].items() if not metric["passed"]]
    assert report["failed"] == failed and report["passed"] == (not failed)


def test_the_figure_is_a_real_png(results):
    path = results / "benchmark.png"
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(path) as image:
        image.verify()
        assert image.format == "PNG" and image.width >= 800


# --- messages per run, and their budget (issue 14) -----------------------------------


def test_the_short_run_prints_the_messages_per_run_of_both_apps(results):
    printed = (results / PRINTED).read_text()
    assert "| messages per run | playground | bare |" in printed
    for name in MESSAGE_EVENTS.values():
        assert f"| {name} | " in printed


@pytest.mark.parametrize("event", MESSAGE_EVENTS)
def test_each_kind_of_run_has_a_positive_message_count_in_both_apps(report, event):
    for app in (PLAYGROUND, BARE):
        assert report["messages"][app][event]["min"] > 0


@pytest.mark.parametrize("event", BUDGETED)
def test_the_playground_sends_no_more_messages_per_run_than_the_readme_budgets(
    report, event
):
    budgets = message_budgets((ROOT / "README.md").read_text())
    assert event in budgets, (
        f"README.md states no budget for {BUDGETED[event]}; "
        f"it needs the line: {BUDGET_LINE}"
    )
    over = over_budget(report["messages"][PLAYGROUND], {event: budgets[event]})
    assert not over, (
        f"{BUDGETED[event]} sent {over[event]} messages, over the README's "
        f"budget of {budgets[event]}"
    )
