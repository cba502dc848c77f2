"""The benchmark's report: statistics, ratios against the bare app, and pass/fail.

Pure: plain numbers in, a JSON-ready dict out. No browser, server or Streamlit.
Every metric is measured for each app as a list of samples (one sample for
memory figures); the report summarises each list, compares the playground's
median with its reference (the bare app's, or for the code panel the bare
app's preview update), and flags the issue's target as met or not. Also the
messages each kind of run sends and the README's budget for them, and the
cost table of extra elements on the bare app (issue 14), and the playground
against an earlier revision of itself in the same run.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PLAYGROUND, BARE, MINIMAL = "playground", "bare", "minimal"
# How the playground's median is held against its target:
RATIO = "ratio"  # playground / reference ≤ limit
ADDED = "added"  # playground − reference ≤ limit, in the metric's unit
ABSOLUTE = "absolute"  # playground ≤ limit, in the metric's unit

Samples = Mapping[str, Mapping[str, Sequence[float]]]


@dataclass(frozen=True)
class Metric:
    key: str
    title: str
    unit: str
    kind: str
    limit: float
    # The bare app's metric the playground is held against, and its name.
    reference: str = ""
    reference_name: str = ""

    @property
    def reference_key(self) -> str:
        return self.reference or self.key

    @property
    def target_text(self) -> str:
        if self.kind == RATIO:
            of = f"'s {self.reference_name}" if self.reference_name else ""
            return f"≤ {self.limit:g}× bare{of}"
        if self.kind == ADDED:
            return f"≤ {self.limit:g} {self.unit} over bare"
        return f"≤ {self.limit:g} {self.unit}"


# The targets (issue 14's speed budget), in its order.
METRICS = (
    Metric("preview_update", "1. control change → preview shows it", "ms", RATIO, 1.30),
    Metric("log_update", "2. preview click → log shows the run", "ms", RATIO, 1.30),
    Metric(
        "code_update",
        "3. control change → code panel shows it",
        "ms",
        RATIO,
        1.6,
        reference="preview_update",
        reference_name="item 1",
    ),
    Metric("cold_load", "4. cold load → preview visible", "ms", RATIO, 1.3),
    Metric("script_time", "5. server script time per rerun", "ms", ADDED, 5.0),
    Metric("memory_growth", "6. memory growth over one session", "MB", ABSOLUTE, 10.0),
    Metric("memory_per_session", "6. memory per extra session", "MB", ABSOLUTE, 5.0),
)
METRIC_KEYS = tuple(metric.key for metric in METRICS)

# The runs whose elements (Streamlit's delta messages) are counted: counts,
# not times, so a busy machine does not change them.
MESSAGE_EVENTS = {
    "control_change": "control change",
    "click": "preview click",
    "load": "cold load",
}
# The run each timed item waits on, so the figure shows its count beside it.
EVENT_OF_METRIC = {
    "preview_update": "control_change",
    "code_update": "control_change",
    "log_update": "click",
    "cold_load": "load",
}


def messages_key(event: str) -> str:
    """The samples' key for the message counts of one kind of run."""
    return f"messages_{event}"


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100), interpolated linearly between ranks."""
    if not values:
        raise ValueError("no samples")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    """n, median, p90, min and max of the samples, rounded for reading."""
    return {
        "n": len(values),
        "median": round(percentile(values, 50), 3),
        "p90": round(percentile(values, 90), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def compare(metric: Metric, playground: float, reference: float) -> dict[str, Any]:
    """The playground's median against its reference and the metric's target."""
    ratio = round(playground / reference, 3) if reference > 0 else None
    if metric.kind == RATIO:
        value = ratio
    elif metric.kind == ADDED:
        value = round(playground - reference, 3)
    else:
        value = round(playground, 3)
    # Judged on the figure as reported, so the verdict and the figure agree.
    return {
        "ratio": ratio,
        "value": value,
        "passed": value is not None and value <= metric.limit,
    }


def metric_entry(metric: Metric, samples: Samples) -> dict[str, Any]:
    """One metric's report: each app's summary, the comparison, the target."""
    apps = {
        app: summary(values)
        for app, values in samples.get(metric.key, {}).items()
        if values
    }
    reference = samples.get(metric.reference_key, {}).get(BARE, [])
    if metric.reference and reference:
        # The bare app has no code panel: the bar is its own preview update.
        apps[BARE] = summary(reference)
    entry: dict[str, Any] = {
        "title": metric.title,
        "unit": metric.unit,
        "kind": metric.kind,
        "limit": metric.limit,
        "target": metric.target_text,
        "reference": f"{BARE}:{metric.reference_key}",
        "apps": apps,
    }
    playground = samples.get(metric.key, {}).get(PLAYGROUND, [])
    if playground and reference:
        return entry | compare(
            metric, percentile(playground, 50), percentile(reference, 50)
        )
    return entry | {"ratio": None, "value": None, "passed": False}


def build_report(
    samples: Samples, settings: Mapping[str, Any], context: Mapping[str, Any]
) -> dict[str, Any]:
    """The whole report: every metric of ``METRICS``, and whether all targets are met.

    ``samples[metric][app]`` lists the measurements; ``settings`` and
    ``context`` (mode, machine, durations, raw memory figures) are kept as given.
    """
    metrics = {metric.key: metric_entry(metric, samples) for metric in METRICS}
    return {
        "settings": dict(settings),
        "context": dict(context),
        "metrics": metrics,
        "messages": message_counts(samples),
        "passed": all(entry["passed"] for entry in metrics.values()),
        "failed": [key for key, entry in metrics.items() if not entry["passed"]],
    }


def markdown_table(report: Mapping[str, Any]) -> str:
    """The report as the README's table: each metric's medians, figure and verdict."""
    lines = [
        "| metric | target | playground | bare | result |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entry in report["metrics"].values():
        apps = entry["apps"]
        cells = [
            entry["title"],
            entry["target"],
            _median_text(apps.get(PLAYGROUND), entry["unit"]),
            _median_text(apps.get(BARE), entry["unit"]),
            f"{figure_text(entry)} {'met' if entry['passed'] else '**missed**'}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    if report.get("messages"):
        return f"{table}\n\n{messages_table(report['messages'])}"
    return table


def figure_text(entry: Mapping[str, Any]) -> str:
    """What the target is held against: a ratio, added units, or the playground's own."""
    value = entry["value"]
    if value is None:
        return "no figure"
    if entry["kind"] == RATIO:
        return f"{value:.2f}×"
    sign = "+" if entry["kind"] == ADDED else ""
    return f"{value:{sign}.1f} {entry['unit']}"


def _median_text(stats: Mapping[str, float] | None, unit: str) -> str:
    if stats is None:
        return "–"
    text = f"{stats['median']:.1f} {unit}"
    return text if stats["n"] == 1 else f"{text} (p90 {stats['p90']:.1f})"


# --- messages per run (issue 14) --------------------------------------------------


def message_counts(samples: Samples) -> dict[str, dict[str, dict[str, float]]]:
    """Per app and kind of run, the summary of the messages each run sent."""
    counts: dict[str, dict[str, dict[str, float]]] = {}
    for event in MESSAGE_EVENTS:
        for app, values in samples.get(messages_key(event), {}).items():
            if values:
                counts.setdefault(app, {})[event] = summary(values)
    return counts


def messages_table(
    messages: Mapping[str, Mapping[str, Any]],
    apps: Sequence[str] = (PLAYGROUND, BARE),
    titles: Sequence[str] | None = None,
) -> str:
    """Each kind of run's median message count, for each of ``apps`` (headed
    by ``titles``, or their names)."""
    lines = ["| messages per run | " + " | ".join(titles or apps) + " |"]
    lines.append("|" + " --- |" * (len(apps) + 1))
    for event, name in MESSAGE_EVENTS.items():
        cells = [name] + [count_text(messages.get(app, {}).get(event)) for app in apps]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def count_text(stats: Mapping[str, float] | None) -> str:
    """A median count, and the most one run sent when that differs."""
    if stats is None:
        return "–"
    text = f"{stats['median']:g}"
    return text if stats["max"] == stats["median"] else f"{text} (max {stats['max']:g})"


# The README's budget: the phrase each budgeted run's sentence starts with,
# as in "a control change sends at most **110** messages".
BUDGETED = {"control_change": "a control change", "click": "a preview click"}


def message_budgets(readme: str) -> dict[str, int]:
    """The budgets the README states, by kind of run; a run it does not budget is absent."""
    budgets = {}
    for event, phrase in BUDGETED.items():
        pattern = rf"{re.escape(phrase)} sends at most \*\*(\d+)\*\* messages"
        if found := re.search(pattern, readme, re.IGNORECASE):
            budgets[event] = int(found[1])
    return budgets


def over_budget(
    counts: Mapping[str, Mapping[str, float]], budgets: Mapping[str, int]
) -> dict[str, float | None]:
    """Each budgeted run whose most messages exceed its budget, with that count.

    The most, not the median: the budget bounds every such run. A run with no
    count is over (None), as a metric without figures is missed.
    """
    over: dict[str, float | None] = {}
    for event, budget in budgets.items():
        most = counts[event]["max"] if event in counts else None
        if most is None or most > budget:
            over[event] = most
    return over


# --- the element cost table (issue 14) ------------------------------------------------

# What a variant of the bare app (bare plus N elements of one kind) is timed on.
COST_METRICS = ("preview_update", "log_update", "code_update", "script_time")
COST_EVENTS = ("control_change", "click")


def cost_figures(
    value: float, bare: float, count: int, statistic: str = "median"
) -> dict[str, float | None]:
    """A variant's figure against bare's (both that ``statistic`` of their samples):
    the ratio, and what it adds, in all and each."""
    return {
        statistic: round(value, 3),
        "bare": round(bare, 3),
        "ratio": round(value / bare, 3) if bare > 0 else None,
        "added": round(value - bare, 3),
        "added_each": round((value - bare) / count, 3),
    }


def cost_entry(samples: Samples, app: str, count: int) -> dict[str, Any]:
    """One variant: its messages per run and items 1–3 against bare's, and per element.

    Item 3 is held against bare's item 1, as the playground's code panel is.
    Times are medians; a message count is the fewest a run sent, because its
    only noise adds: a run cut short for another, under load, counts with it.
    """
    pairs = {
        event: (messages_key(event), messages_key(event)) for event in COST_EVENTS
    } | {
        metric.key: (metric.key, metric.reference_key)
        for metric in METRICS
        if metric.key in COST_METRICS
    }
    figures = {}
    for name, (own_key, bare_key) in pairs.items():
        own = samples.get(own_key, {}).get(app, [])
        bare = samples.get(bare_key, {}).get(BARE, [])
        if own and bare and name in COST_EVENTS:
            figures[name] = cost_figures(min(own), min(bare), count, "fewest")
        elif own and bare:
            figures[name] = cost_figures(
                percentile(own, 50), percentile(bare, 50), count
            )
    return {"n": count} | figures


def cost_report(
    samples: Samples,
    extras: Mapping[str, int],
    settings: Mapping[str, Any],
    context: Mapping[str, Any],
) -> dict[str, Any]:
    """Each kind's entry; ``extras`` maps a kind (its app's name) to its N."""
    return {
        "settings": dict(settings),
        "context": dict(context),
        "kinds": {kind: cost_entry(samples, kind, n) for kind, n in extras.items()},
    }


def cost_table(report: Mapping[str, Any]) -> str:
    """The README's cost table: bare's figures, then what each kind adds to them."""
    titles = {metric.key: metric.title for metric in METRICS}
    columns = ["extra elements", "N", "messages per control change"]
    columns += [titles[key] for key in COST_METRICS]
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    kinds = report["kinds"]
    first = next(iter(kinds.values()), {})
    bare = ["none (bare)", "0", _bare_text(first, "control_change", "")]
    # Item 3 is bare's item 1 again (see cost_entry): no figure of its own.
    bare += [
        "–" if key == "code_update" else _bare_text(first, key, " ms")
        for key in COST_METRICS
    ]
    lines.append("| " + " | ".join(bare) + " |")
    for kind, entry in kinds.items():
        cells = [kind, str(entry["n"]), _added_text(entry.get("control_change"), "")]
        cells += [_added_text(entry.get(key), " ms") for key in COST_METRICS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _bare_text(entry: Mapping[str, Any], name: str, unit: str) -> str:
    figures = entry.get(name)
    if figures is None:
        return "–"
    return f"{figures['bare']:.1f}{unit}" if unit else f"{figures['bare']:g}"


def _added_text(figures: Mapping[str, Any] | None, unit: str) -> str:
    """``figure (ratio×, +added each)``; the ratio only for times."""
    if figures is None:
        return "–"
    each = f"{figures['added_each']:+.2f}{unit} each"
    if not unit:
        return f"{figures['fewest']:g} ({each})"
    ratio = "" if figures["ratio"] is None else f"{figures['ratio']:.2f}×, "
    return f"{figures['median']:.1f}{unit} ({ratio}{each})"


# --- the playground against an earlier revision of itself -----------------------------

# Items 1 to 4: what a browser session sees, measured in the same rounds.
BROWSER_METRICS = tuple(metric for metric in METRICS if metric.key in EVENT_OF_METRIC)


def revision_report(
    samples: Samples,
    revision: str,
    settings: Mapping[str, Any],
    context: Mapping[str, Any],
) -> dict[str, Any]:
    """Items 1–4 for the playground at ``revision`` (its app's name) and now,
    each against bare's figures from the same run, and now against then."""
    metrics = {}
    for metric in BROWSER_METRICS:
        bare = samples.get(metric.reference_key, {}).get(BARE, [])
        entry: dict[str, Any] = {"title": metric.title, "target": metric.target_text}
        for app in (revision, PLAYGROUND):
            own = samples.get(metric.key, {}).get(app, [])
            if own and bare:
                median = percentile(own, 50)
                entry[app] = summary(own) | compare(
                    metric, median, percentile(bare, 50)
                )
        if revision in entry and PLAYGROUND in entry:
            then, now = entry[revision]["median"], entry[PLAYGROUND]["median"]
            entry["change"] = round(now / then - 1, 3) if then > 0 else None
        metrics[metric.key] = entry
    return {
        "settings": dict(settings),
        "context": dict(context),
        "revision": revision,
        "metrics": metrics,
        "messages": message_counts(samples),
    }


def revision_table(report: Mapping[str, Any]) -> str:
    """Each item's figure at the revision and now, and the change from then to now."""
    revision, now = report["revision"], report.get("now", "now")
    lines = [
        f"| metric | target | {revision} | {now} | {now} against {revision} |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entry in report["metrics"].values():
        change = entry.get("change")
        cells = [entry["title"], entry["target"]]
        cells += [_against_bare_text(entry.get(app)) for app in (revision, PLAYGROUND)]
        cells.append("–" if change is None else f"{change:+.0%}")
        lines.append("| " + " | ".join(cells) + " |")
    apps = (revision, PLAYGROUND, BARE)
    titles = (revision, report.get("now", PLAYGROUND), BARE)
    messages = messages_table(report["messages"], apps, titles)
    return "\n".join(lines) + "\n\n" + messages


def _against_bare_text(figures: Mapping[str, Any] | None) -> str:
    if figures is None:
        return "–"
    verdict = "met" if figures["passed"] else "missed"
    return f"{figures['median']:.1f} ms: {figures['ratio']:.2f}× {verdict}"
