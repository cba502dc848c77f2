"""Run the whole benchmark: start the apps, drive them, write the report and figure.

The order keeps each figure clean. Script times come first, in-process,
before any server runs. Memory comes next, on fresh servers where the
measured session is the only one there has ever been (Streamlit keeps a
closed session for two minutes, which would muddle the figures). The
browser timings come last, in rounds that alternate the apps (A B C A B C)
after one untimed warm-up round each, so machine drift hits all of them.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from itertools import count
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import streamlit
from playwright.sync_api import Browser, sync_playwright

from benchmarks.browser import AppPage, new_context, new_page
from benchmarks.plot import draw_png, plot_rows
from benchmarks.report import BARE, MINIMAL, PLAYGROUND, build_report, messages_key
from benchmarks.script_time import TYPES, by_interaction, cycle_means, script_times
from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.links import encode_query
from components.core.row import Row
from tests.support.chromium import launch
from tests.support.servers import Server, rss_mb, serving

JSON_NAME, PNG_NAME = "benchmark.json", "benchmark.png"
# Memory is read after this pause, once the last run's leftovers are collected.
SETTLE_S = 0.5


@dataclass(frozen=True)
class Settings:
    mode: str
    warm_up_rounds: int  # untimed browser rounds per app, first
    rounds: int  # timed browser rounds per app
    changes_per_round: int  # type changes timed per round (items 1 and 3)
    clicks_per_round: int  # preview clicks timed per round (item 2)
    script_runs: int  # AppTest reruns timed per app (item 5), whole cycles of 4
    warm_up_interactions: int  # in the memory session, before its first reading
    interactions: int  # one session's interactions between two memory reads (item 6)
    sessions: int  # sessions open at once for the per-session memory (item 6)

    def __post_init__(self) -> None:
        if self.sessions < 2 or self.rounds < 1 or self.interactions < 1:
            raise ValueError("at least 2 sessions, 1 round and 1 interaction")


FULL = Settings(
    "full",
    warm_up_rounds=1,
    rounds=10,
    changes_per_round=6,
    clicks_per_round=6,
    script_runs=400,
    warm_up_interactions=8,
    interactions=2000,
    sessions=20,
)
# Proves every part works, quickly: its figures are too few to read much into.
SHORT = Settings(
    "short",
    warm_up_rounds=0,
    rounds=2,
    changes_per_round=3,
    clicks_per_round=3,
    script_runs=16,
    warm_up_interactions=4,
    interactions=8,
    sessions=2,
)


@dataclass(frozen=True)
class App:
    name: str
    script: str
    controls: bool  # has the sidebar's controls
    code_panel: bool  # has the code editor
    run_shown_by: str  # the element whose text changes on each run (item 2)
    # What it opens on, through its share link: a row (its first member the
    # one timed), or a lone button.
    row: Row | None = None

    @property
    def query(self) -> str:
        if self.row is None:
            return ""
        return "?" + urlencode(encode_query(self.row.members[0], self.row))


APPS = (
    App(PLAYGROUND, "playground.py", True, True, ".st-key-log_latest"),
    App(BARE, "benchmarks/bare_app.py", True, False, ".st-key-clicks"),
    App(MINIMAL, "benchmarks/minimal_app.py", False, False, ".st-key-clicks"),
)

Samples = dict[str, dict[str, list[float]]]


def run_benchmark(settings: Settings, out_dir: Path) -> dict[str, Any]:
    """Measure every app, write ``benchmark.json`` and ``benchmark.png``; return the report."""
    started = datetime.now(timezone.utc)
    samples: Samples = defaultdict(dict)
    phases: dict[str, float] = {}
    scripts = {app.name: app.script for app in APPS}
    with _timed(phases, "script_time"):
        script_steps = _script_phase(settings, samples)
    with ExitStack() as running:
        with _timed(phases, "start"):
            logs = Path(running.enter_context(tempfile.TemporaryDirectory()))
            servers = running.enter_context(serving(scripts, logs))
            browser = launch(running.enter_context(sync_playwright()))
            running.callback(browser.close)
        with _timed(phases, "memory"):
            memory = _memory_phase(browser, servers, settings, samples)
        with _timed(phases, "browser"):
            latency_phase(browser, servers, settings, samples)
        chromium = browser.version
    context = {
        "mode": settings.mode,
        "started_at": started.isoformat(timespec="seconds"),
        "duration_s": round(sum(phases.values()), 1),
        "phases_s": phases,
        "machine": machine(chromium),
        "memory": memory,
        "script_time_by_interaction": script_steps,
    }
    report = build_report(samples, asdict(settings), context)
    write_outputs(report, out_dir)
    return report


def write_outputs(report: dict[str, Any], out_dir: Path) -> None:
    write_json(report, out_dir, JSON_NAME)
    context, settings = report["context"], report["settings"]
    subtitle = (
        f"{context['mode']} run, {context['started_at']}, "
        f"{context['machine']['cpus']} CPUs: {settings['interactions']:,} interactions "
        f"in one session, {settings['sessions']} sessions; times are medians"
    )
    title = "st.button playground against a bare Streamlit app"
    draw_png(plot_rows(report), title, subtitle, out_dir / PNG_NAME)


@contextmanager
def _timed(phases: dict[str, float], name: str) -> Iterator[None]:
    """Add how long the body took to ``phases[name]``, in seconds."""
    start = time.monotonic()
    try:
        yield
    finally:
        phases[name] = round(time.monotonic() - start, 1)


# --- item 5: script time ----------------------------------------------------------


def _script_phase(settings: Settings, samples: Samples) -> dict[str, dict[str, float]]:
    """Item 5's samples; returns each app's median per interaction."""
    progress(f"{settings.mode} run: script times, {settings.script_runs} reruns each")
    scripts = {app.name: app.script for app in APPS}
    controls = {app.name: app.controls for app in APPS}
    steps = {}
    for name, times in script_times(scripts, controls, settings.script_runs).items():
        samples["script_time"][name] = cycle_means(times, controls[name])
        steps[name] = by_interaction(times, controls[name])
    return steps


# --- item 6: memory -------------------------------------------------------------


def _memory_phase(
    browser: Browser, servers: dict[str, Server], settings: Settings, samples: Samples
) -> dict[str, dict[str, Any]]:
    """One long session per app with controls, then extra sessions; raw RSS figures."""
    figures = {}
    for app in APPS:
        server = servers[app.name]
        progress(f"memory: {app.name}")
        with new_page(browser) as page:
            page.open(server.url)
            figures[app.name] = {}
            if app.controls:
                growth = _session_growth(app, page, server, settings)
                samples["memory_growth"][app.name] = [growth["growth_mb"]]
                figures[app.name] |= growth
            per_session = _per_session(browser, server, settings.sessions)
            samples["memory_per_session"][app.name] = [per_session["per_session_mb"]]
            figures[app.name] |= per_session
    return figures


def _session_growth(
    app: App, page: AppPage, server: Server, settings: Settings
) -> dict[str, Any]:
    """RSS before and after ``interactions`` in one session, after a short warm-up.

    The warm-up does every kind of interaction: first-use costs are not growth.
    """
    interactions = settings.interactions
    steps = _interactions(page)
    for _ in range(settings.warm_up_interactions):
        next(steps)()
    before = _rss(server)
    for done in range(1, interactions + 1):
        next(steps)()
        if done % 250 == 0:
            progress(f"  {app.name}: {done} of {interactions} interactions")
    after = _rss(server)
    return {
        "interactions": interactions,
        "rss_before_mb": round(before, 2),
        "rss_after_mb": round(after, 2),
        "growth_mb": round(after - before, 2),
    }


def _interactions(page: AppPage) -> Iterator[Callable[[], None]]:
    """A type change, a preview click, a new label, a preview click; again and again."""
    label_box = page.keyed("ctl_label").locator("textarea")
    types = _type_cycle()
    for step in count():
        yield lambda: page.click(page.option("ctl_type", next(types)))
        yield lambda: page.click(page.preview_button())
        yield lambda step=step: page.commit_text(label_box, f"Label {step}")
        yield lambda: page.click(page.preview_button())


def _per_session(browser: Browser, server: Server, sessions: int) -> dict[str, Any]:
    """RSS with one session open, then with ``sessions`` open: the growth per extra one."""
    one = _rss(server)
    with new_context(browser) as context:
        for _ in range(sessions - 1):
            AppPage(context.new_page()).open(server.url)
        many = _rss(server)
    return {
        "sessions": sessions,
        "rss_one_session_mb": round(one, 2),
        "rss_all_sessions_mb": round(many, 2),
        "per_session_mb": round((many - one) / (sessions - 1), 2),
    }


def _rss(server: Server) -> float:
    time.sleep(SETTLE_S)
    return rss_mb(server.pid)


# --- items 1 to 4: the browser timings --------------------------------------------


def timed_in_one_run(
    apps: tuple[App, ...],
    settings: Settings,
    env: dict[str, dict[str, str]] | None = None,
) -> tuple[Samples, dict[str, Any]]:
    """Items 1 to 4 of ``apps``, each in a server of its own (``env[name]``
    added to its environment), in alternating rounds; the samples, and the
    run's context (mode, start, duration, machine)."""
    started, start = datetime.now(timezone.utc), time.monotonic()
    samples: Samples = defaultdict(dict)
    scripts = {app.name: app.script for app in apps}
    with (
        tempfile.TemporaryDirectory() as logs,
        serving(scripts, Path(logs), env) as servers,
        sync_playwright() as playwright,
    ):
        browser = launch(playwright)
        try:
            latency_phase(browser, servers, settings, samples, apps)
            chromium = browser.version
        finally:
            browser.close()
    context = {
        "mode": settings.mode,
        "started_at": started.isoformat(timespec="seconds"),
        "duration_s": round(time.monotonic() - start, 1),
        "machine": machine(chromium),
    }
    return samples, context


def write_json(report: dict[str, Any], out_dir: Path, name: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / name).write_text(json.dumps(report, indent=2, ensure_ascii=False))


def latency_phase(
    browser: Browser,
    servers: dict[str, Server],
    settings: Settings,
    samples: Samples,
    apps: tuple[App, ...] = APPS,
) -> None:
    """Items 1 to 4 and their message counts, the apps alternating round by round."""
    for round_number in range(settings.warm_up_rounds + settings.rounds):
        warm_up = round_number < settings.warm_up_rounds
        progress(f"browser: {'warm-up ' if warm_up else ''}round {round_number + 1}")
        for app in apps:
            url = servers[app.name].url + app.query
            measured = _latency_round(browser, app, url, settings)
            if not warm_up:
                for metric, values in measured.items():
                    samples[metric].setdefault(app.name, []).extend(values)


def _latency_round(
    browser: Browser, app: App, url: str, settings: Settings
) -> dict[str, list[float]]:
    """A cold load, then timed type changes and preview clicks, in a new session.

    Beside each time, the messages its run sent (``messages_key``).
    """
    with new_page(browser) as page:
        measured = {"cold_load": [page.open(url)]}
        measured[messages_key("load")] = [page.run_messages]
        if app.controls:
            measured |= _timed_changes(app, page, settings.changes_per_round)
        measured["log_update"], measured[messages_key("click")] = [], []
        for _ in range(settings.clicks_per_round):
            times = page.timed_click(page.preview_button(), changed=app.run_shown_by)
            measured["log_update"].append(times["changed"])
            measured[messages_key("click")].append(page.run_messages)
    return measured


def _timed_changes(app: App, page: AppPage, changes: int) -> dict[str, list[float]]:
    """Type changes: until the preview shows each, and the code panel (if any);
    and the messages each change's run sent."""
    counts = messages_key("control_change")
    measured: dict[str, list[float]] = {"preview_update": [], counts: []}
    if app.code_panel:
        # The editor's first content is not an update: wait for it untimed.
        page.wait_for_editor(_code_text("secondary", app.row))
        measured["code_update"] = []
    types = _type_cycle()
    for _ in range(changes):
        button_type = next(types)
        awaited = {"preview": button_type}
        if app.code_panel:
            awaited["code"] = _code_text(button_type, app.row)
        times = page.timed_click(page.option("ctl_type", button_type), **awaited)
        for name, metric in (("preview", "preview_update"), ("code", "code_update")):
            if name in awaited:
                measured[metric].append(times[name])
        measured[counts].append(page.run_messages)
    return measured


def _type_cycle() -> Iterator[str]:
    """The types in turn, never the one shown (a session starts at secondary)."""
    while True:
        yield from TYPES


def _code_text(button_type: str, row: Row | None = None) -> str:
    """The code the editor shows for the default button of this type (or
    ``row``, its first member of this type), without whitespace."""
    first = ButtonConfig(type=button_type)
    if row is None:
        return re.sub(r"\s+", "", generate_code(first))
    members = (replace(row.members[0], type=button_type), *row.members[1:])
    return re.sub(r"\s+", "", generate_code(replace(row, members=members)))


def machine(chromium: str) -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "chromium": chromium,
    }


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
