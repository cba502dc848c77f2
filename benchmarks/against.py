"""``python -m benchmarks --against REV``: the playground now against itself at
REV; ``--row``: the playground with a row of six against a lone button.

Two full runs on this machine differ by more than most features cost, so a
feature's cost is only seen in one run: bare, the playground as checked out
at REV (a temporary git worktree) and the playground as it is now, each in a
server of its own, driven as the main run drives them (``run.timed_in_one_run``)
in rounds that alternate the three. Items 1 to 4 and the messages per run;
writes ``against.json``.

The harness is today's: REV must draw the keys it drives (``ctl_type``,
the preview, ``log_latest``) and the same code for a default button of each
type, or its waits time out: main against a branch of it, which is what a
feature's cost asks for, meets that.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from benchmarks.report import BARE, PLAYGROUND, revision_report
from benchmarks.run import (
    APPS,
    FULL,
    SHORT,
    App,
    Settings,
    timed_in_one_run,
    write_json,
)
from components.core.config import ButtonConfig
from components.core.row import Row
from tests.support.servers import REPO

AGAINST_JSON = "against.json"
AGAINST = replace(FULL, mode="against")
SHORT_AGAINST = replace(SHORT, mode="against-short")


class RevisionError(RuntimeError):
    """git could not name or check out the revision; carries git's words."""


def short_name(revision: str, repo: Path = REPO) -> str:
    """The commit ``revision`` names, abbreviated: a branch moves, a commit does not."""
    try:
        return _git(repo, "rev-parse", "--short", "--verify", f"{revision}^{{commit}}")
    except RevisionError as error:
        raise RevisionError(f"{revision!r} names no commit here ({error})") from None


@contextmanager
def checked_out(revision: str, repo: Path = REPO) -> Iterator[Path]:
    """``repo`` at ``revision`` in a temporary git worktree, removed on exit.

    Removed by deleting its folder and pruning git's record of it, which
    cannot fail on the way out; the prune first also clears a checkout a
    killed run left behind."""
    _git(repo, "worktree", "prune")
    with tempfile.TemporaryDirectory() as parent:
        tree = Path(parent) / "tree"
        _git(repo, "worktree", "add", "--detach", str(tree), revision)
        try:
            yield tree
        finally:
            shutil.rmtree(tree, ignore_errors=True)
            subprocess.run(["git", "worktree", "prune"], cwd=repo, capture_output=True)


def _git(repo: Path, *arguments: str) -> str:
    done = subprocess.run(["git", *arguments], cwd=repo, capture_output=True, text=True)
    if done.returncode:
        raise RevisionError(f"git {arguments[0]}: {done.stderr.strip()}")
    return done.stdout.strip()


def apps_against(name: str, tree: Path) -> tuple[App, ...]:
    """Bare, the playground in ``tree`` (named ``name``), and the playground now."""
    now = next(app for app in APPS if app.name == PLAYGROUND)
    bare = next(app for app in APPS if app.name == BARE)
    then = replace(now, name=name, script=str(tree / now.script))
    return (bare, then, now)


def run_against(revision: str, settings: Settings, out_dir: Path) -> dict[str, Any]:
    """Time the three apps; write and return the report."""
    name = short_name(revision)
    with checked_out(name) as tree:
        samples, context = timed_in_one_run(apps_against(name, tree), settings)
        report = revision_report(samples, name, asdict(settings), context)
        write_json(report, out_dir, AGAINST_JSON)
    return report


ROW_JSON = "row.json"
LONE = "a lone button"
# The benchmark's row: six st.buttons in columns, the first the one timed.
ROW_OF_SIX = Row(tuple(ButtonConfig(label=f"Button {n}") for n in range(1, 7)))


def run_row(settings: Settings, out_dir: Path) -> dict[str, Any]:
    """Items 1 to 4 with a row of six on the page, against a lone button and
    bare, in one run; write and return the report (``row.json``)."""
    now = next(app for app in APPS if app.name == PLAYGROUND)
    bare = next(app for app in APPS if app.name == BARE)
    apps = (bare, replace(now, name=LONE), replace(now, row=ROW_OF_SIX))
    samples, context = timed_in_one_run(apps, settings)
    report = revision_report(samples, LONE, asdict(settings), context)
    write_json(report | {"now": "a row of six"}, out_dir, ROW_JSON)
    return report | {"now": "a row of six"}
