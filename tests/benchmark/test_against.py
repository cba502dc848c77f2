"""The playground against a revision of itself runs: ``python -m benchmarks
--against HEAD --short`` once.

It checks that both the revision's playground (checked out apart, then
removed) and the playground now came out with items 1 to 4 against bare and
their message counts; never the times: CI does not judge speed.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from benchmarks.against import AGAINST_JSON
from benchmarks.report import BARE, BROWSER_METRICS, MESSAGE_EVENTS, PLAYGROUND
from tests.support.benchmark_cli import ROOT, run_benchmarks

pytestmark = pytest.mark.benchmark

RUN_TIMEOUT_S = 300


def worktrees() -> str:
    return subprocess.run(
        ["git", "worktree", "list"], cwd=ROOT, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def against(tmp_path_factory: pytest.TempPathFactory) -> dict:
    before = worktrees()
    out = tmp_path_factory.mktemp("against")
    printed = run_benchmarks(
        "--against", "HEAD", "--short", out=out, timeout_s=RUN_TIMEOUT_S
    )
    assert "| metric | target |" in printed and "| messages per run |" in printed
    # The revision's checkout is gone again.
    assert worktrees() == before
    return json.loads((out / AGAINST_JSON).read_text())


def test_the_revision_is_named_by_its_commit(against):
    assert against["settings"]["mode"] == "against-short"
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert against["revision"] == head != "HEAD"


@pytest.mark.parametrize("metric", [metric.key for metric in BROWSER_METRICS])
def test_each_item_has_its_figure_then_and_now_against_bare(against, metric):
    entry = against["metrics"][metric]
    for app in (against["revision"], PLAYGROUND):
        assert entry[app]["median"] > 0 and entry[app]["ratio"] > 0
    assert entry["change"] is not None


@pytest.mark.parametrize("event", MESSAGE_EVENTS)
def test_every_app_has_its_message_counts(against, event):
    for app in (against["revision"], PLAYGROUND, BARE):
        assert against["messages"][app][event]["median"] > 0
