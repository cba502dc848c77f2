"""``python -m benchmarks --costs``: what N elements of one kind add to bare's items 1-3.

Each kind is a variant of the bare app (``padded_app.py``, told its kind and
N by ``BENCH_EXTRA``) in a server of its own. Bare and every variant are
driven exactly as the main run drives its apps (``run.timed_in_one_run``), in
rounds that alternate them; ``report.cost_report`` holds each variant
against bare's figures from the same run, and item 5, each variant's
script time under AppTest beside bare's. Writes ``costs.json``.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from benchmarks.report import BARE, cost_report
from benchmarks.run import (
    APPS,
    FULL,
    SHORT,
    App,
    Settings,
    timed_in_one_run,
    write_json,
)
from benchmarks.script_time import script_times

COSTS_JSON = "costs.json"
PADDED_APP = "benchmarks/padded_app.py"
# N per kind: enough for its cost to stand out of the noise, and about as
# many as one feature adds (a code block and the editor frame cost the most).
# A session-state key is no element: it sends nothing, and costs item 5 all
# the same.
EXTRAS = {
    "caption": 20,
    "widget": 20,
    "code": 5,
    "editor": 1,
    "expander": 20,
    "state": 30,
}
NO_ELEMENT = "state"
# The main run's rounds and reruns; the memory fields go unused here.
COSTS = replace(FULL, mode="costs")
SHORT_COSTS = replace(SHORT, mode="costs-short")


def variants() -> tuple[App, ...]:
    """Bare first, then one app per kind: bare's page, with N extras in its server."""
    bare = next(app for app in APPS if app.name == BARE)
    padded = tuple(
        replace(bare, name=kind, script=PADDED_APP, code_panel=kind == "editor")
        for kind in EXTRAS
    )
    return (bare, *padded)


def run_costs(settings: Settings, out_dir: Path) -> dict[str, Any]:
    """Time bare and every variant; write and return the cost report."""
    env = {kind: {"BENCH_EXTRA": f"{kind}:{count}"} for kind, count in EXTRAS.items()}
    apps = variants()
    scripts = {app.name: app.script for app in apps}
    controls = {app.name: app.controls for app in apps}
    times = script_times(scripts, controls, settings.script_runs, env)
    samples, context = timed_in_one_run(apps, settings, env)
    samples["script_time"] = times
    report = cost_report(samples, EXTRAS, asdict(settings), context)
    write_json(report, out_dir, COSTS_JSON)
    return report
