"""Server-side script time per rerun, in-process with Streamlit's AppTest.

Each app gets its own AppTest session; the reruns alternate between the apps
(A B A B) so drift hits both. A rerun's time is the script's own execution,
timed with ``perf_counter`` around the call Streamlit's script runner makes
to run it (all of them, when a run asks for ``st.rerun()``): not AppTest's
polling and parsing, whose cost grows with the number of elements and would
be counted against the app. The interactions are the browser phase's: a type
change, a preview click, a new label, a preview click, over and over. A
click is rerun as the browser asks for it: only the fragment that holds the
button, when the app has one. An app's ``env`` is set in the environment
around each of its reruns: the cost table's variants are one script told
apart by it, as their servers are.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from functools import partial
from itertools import cycle
from statistics import median
from typing import Any

from streamlit.runtime.scriptrunner import script_runner
from streamlit.testing.v1 import AppTest, local_script_runner

from tests.support.servers import REPO

TIMEOUT_S = 60
TYPES = ("primary", "tertiary", "secondary")
Interaction = Callable[[AppTest, int], None]
# AppTest's clicks and state writes happen outside a script run, where
# Streamlit warns on each that there is no run context: noise here. A filter,
# not a level: Streamlit sets its loggers' levels again when it loads config.
_NO_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"


def set_type(at: AppTest, step: int) -> None:
    at.session_state["ctl_type"] = TYPES[step % len(TYPES)]


def click_preview(at: AppTest, step: int) -> None:
    at.container(key="preview").button[0].click()


def set_label(at: AppTest, step: int) -> None:
    at.session_state["ctl_label"] = f"Label {step}"


WITH_CONTROLS: tuple[Interaction, ...] = (
    set_type,
    click_preview,
    set_label,
    click_preview,
)
CLICKS_ONLY: tuple[Interaction, ...] = (click_preview,)
# What the browser sends as a rerun of the fragment that holds the widget.
IN_FRAGMENT = frozenset({click_preview})


def script_times(
    scripts: Mapping[str, str],
    controls: Mapping[str, bool],
    runs: int,
    env: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, list[float]]:
    """``runs`` timed reruns of each app, in ms, after one untimed warm-up run;
    ``env[name]`` is set around each of that app's runs."""
    logging.getLogger(_NO_CONTEXT_LOGGER).addFilter(_no_context_warning)
    env = env or {}
    sessions = {}
    for name, script in scripts.items():
        with _environment(env.get(name, {})):
            sessions[name] = _started(script)
    steps = {name: cycle(_steps(controls[name])) for name in scripts}
    times: dict[str, list[float]] = {name: [] for name in scripts}
    for step in range(runs):
        for name, at in sessions.items():
            interaction = next(steps[name])
            interaction(at, step)
            with _environment(env.get(name, {})):
                times[name].append(_timed_run(at, interaction in IN_FRAGMENT))
    return times


def cycle_means(times: Sequence[float], with_controls: bool) -> list[float]:
    """The mean ms per rerun over each whole cycle of interactions in ``times``,
    in the order ``script_times`` ran them: item 5's samples. A full run and
    a fragment's differ by far, so the median of single reruns falls anywhere
    in the gap between the two; a cycle's mean is what a rerun of the mix costs."""
    size = len(_steps(with_controls))
    whole = len(times) - len(times) % size
    return [sum(times[at : at + size]) / size for at in range(0, whole, size)]


def by_interaction(times: Sequence[float], with_controls: bool) -> dict[str, float]:
    """The median ms of each interaction's reruns in ``times``, in the order
    ``script_times`` ran them."""
    steps = _steps(with_controls)
    runs: dict[str, list[float]] = {}
    for index, time_ms in enumerate(times):
        runs.setdefault(steps[index % len(steps)].__name__, []).append(time_ms)
    return {name: round(median(values), 2) for name, values in runs.items()}


def _steps(with_controls: bool) -> tuple[Interaction, ...]:
    return WITH_CONTROLS if with_controls else CLICKS_ONLY


@contextmanager
def _environment(variables: Mapping[str, str]) -> Iterator[None]:
    """``variables`` set in ``os.environ`` while the body runs, then as they were."""
    before = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _no_context_warning(record: logging.LogRecord) -> bool:
    return "missing ScriptRunContext" not in record.getMessage()


def _started(script: str) -> AppTest:
    at = AppTest.from_file(str(REPO / script), default_timeout=TIMEOUT_S)
    _timed_run(at)
    return at


def _timed_run(at: AppTest, in_fragment: bool = False) -> float:
    """The ms the app's script ran for during ``at.run()``; ``in_fragment``:
    the run is the rerun of the app's fragment a click there asks for."""
    scope = fragment_rerun(at) if in_fragment else nullcontext()
    with scope, _script_executions() as executions:
        at.run()
    if at.exception:
        raise RuntimeError(f"the app raised: {at.exception[0].message}")
    return sum(executions)


@contextmanager
def _script_executions() -> Iterator[list[float]]:
    """Each script execution's ms while the body runs, timed where Streamlit calls it."""
    executions: list[float] = []
    run_script = script_runner.exec_func_with_error_handling

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return run_script(*args, **kwargs)
        finally:
            executions.append((time.perf_counter() - start) * 1000)

    script_runner.exec_func_with_error_handling = timed
    try:
        yield executions
    finally:
        script_runner.exec_func_with_error_handling = run_script


@contextmanager
def fragment_rerun(at: AppTest) -> Iterator[None]:
    """``at.run()`` reruns only the app's fragment, when it has one.

    A click in an ``st.fragment`` reaches the server as a rerun of that
    fragment alone, but AppTest always reruns the whole script: its runner's
    rerun requests are given the fragment here, as the browser's would be.
    Private names (pinned by ``tests/app/test_benchmark_fragment_rerun.py``).
    """
    fragments = list(at._fragment_storage._fragments)
    if len(fragments) > 1:
        raise ValueError(f"which fragment holds the button? {len(fragments)} found")
    plain = local_script_runner.RerunData
    if fragments:
        local_script_runner.RerunData = partial(plain, fragment_id_queue=fragments)
    try:
        yield
    finally:
        local_script_runner.RerunData = plain
