"""The benchmark's message counts per run and the README's budget for them (issue 14).

Pure logic only (``benchmarks/report.py``, ``benchmarks/plot.py``): no browser,
no server. The runs that produce these figures are checked by
``tests/benchmark/test_benchmark.py``.
"""

from __future__ import annotations

from benchmarks.plot import plot_rows
from benchmarks.report import (
    BARE,
    METRIC_KEYS,
    METRICS,
    PLAYGROUND,
    build_report,
    markdown_table,
    message_budgets,
    message_counts,
    messages_key,
    over_budget,
)

TITLE = {metric.key: metric.title for metric in METRICS}
BUDGET_LINE = (
    "Message budget: a control change sends at most **110** messages; "
    "a preview click sends at most **40** messages."
)


def counted(control_change: list[int], click: list[int], load: list[int]) -> dict:
    """Every metric once per app, and the playground's and bare's message counts."""
    samples: dict = {key: {PLAYGROUND: [1.0], BARE: [1.0]} for key in METRIC_KEYS}
    for event, counts in (
        ("control_change", control_change),
        ("click", click),
        ("load", load),
    ):
        samples[messages_key(event)] = {PLAYGROUND: counts, BARE: [30]}
    return samples


def report_of(samples: dict) -> dict:
    return build_report(samples, {"mode": "test"}, {"mode": "test"})


# --- messages per run ----------------------------------------------------------------


def test_the_report_gives_each_apps_median_count_per_kind_of_run():
    messages = report_of(counted([99, 101, 99], [12, 12], [120]))["messages"]
    assert messages[PLAYGROUND]["control_change"]["median"] == 99
    assert messages[PLAYGROUND]["control_change"]["max"] == 101
    assert messages[PLAYGROUND]["click"]["median"] == 12
    assert messages[BARE]["load"] == {
        "n": 1,
        "median": 30,
        "p90": 30,
        "min": 30,
        "max": 30,
    }


def test_an_app_without_controls_has_no_control_change_count():
    samples = {messages_key("click"): {"minimal": [8]}}
    assert list(message_counts(samples)) == ["minimal"]
    assert list(message_counts(samples)["minimal"]) == ["click"]


def test_the_printed_table_adds_the_messages_per_run_playground_and_bare():
    table = markdown_table(report_of(counted([99, 101, 99], [12], [120])))
    rows = table.split("\n\n")[1].splitlines()
    assert rows[0] == "| messages per run | playground | bare |"
    assert "| control change | 99 (max 101) | 30 |" in rows
    assert "| preview click | 12 | 30 |" in rows
    assert "| cold load | 120 | 30 |" in rows


def test_a_report_without_counts_prints_the_metrics_table_alone():
    samples = {key: {PLAYGROUND: [1.0], BARE: [1.0]} for key in METRIC_KEYS}
    table = markdown_table(report_of(samples))
    assert "\n\n" not in table and "messages per run" not in table


def test_the_figure_shows_the_count_of_the_run_each_timed_row_waits_on():
    rows = {row.title: row for row in plot_rows(report_of(counted([99], [12], [120])))}
    assert rows[TITLE["preview_update"]].messages == (
        "messages per control change: playground 99, bare 30"
    )
    assert rows[TITLE["code_update"]].messages.startswith("messages per control change")
    assert rows[TITLE["log_update"]].messages.endswith("playground 12, bare 30")
    assert rows[TITLE["cold_load"]].messages.startswith("messages per cold load")
    assert rows[TITLE["script_time"]].messages == ""


# --- the README's budget ---------------------------------------------------------------


def test_the_budget_is_read_from_its_line_in_the_readme():
    readme = f"# Playground\n\nSome text.\n\n{BUDGET_LINE}\n\nMore text.\n"
    assert message_budgets(readme) == {"control_change": 110, "click": 40}


def test_a_readme_without_the_line_states_no_budget():
    assert message_budgets("a control change sends at most 110 messages") == {}
    assert message_budgets("# Playground\n") == {}


def test_counts_within_the_budget_are_not_over_it():
    counts = message_counts(counted([99, 110], [12, 40], [120]))[PLAYGROUND]
    assert over_budget(counts, message_budgets(BUDGET_LINE)) == {}


def test_a_control_change_over_its_budget_is_reported_with_its_count():
    # The median is within budget; the one run over it is what counts.
    counts = message_counts(counted([99, 99, 111], [12], [120]))[PLAYGROUND]
    assert over_budget(counts, message_budgets(BUDGET_LINE)) == {"control_change": 111}


def test_a_budgeted_run_that_was_never_counted_is_over_its_budget():
    counts = message_counts({messages_key("click"): {PLAYGROUND: [12]}})[PLAYGROUND]
    assert over_budget(counts, message_budgets(BUDGET_LINE)) == {"control_change": None}
