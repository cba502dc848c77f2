"""The playground against an earlier revision of itself (``--against REV``).

The report's logic is pure (``benchmarks/report.py``); the checkout is a real
git worktree of a throwaway repository, made and removed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from benchmarks.__main__ import main
from benchmarks.against import (
    AGAINST_JSON,
    RevisionError,
    apps_against,
    checked_out,
    short_name,
)
from benchmarks.report import (
    BARE,
    PLAYGROUND,
    messages_key,
    revision_report,
    revision_table,
)
from tests.support.benchmark_samples import samples_of
from tests.support.servers import REPO

BARE_FIGURES = {"preview_update": [100.0], "log_update": [80.0]}
THEN = {
    "preview_update": [200.0],
    "code_update": [300.0],
    messages_key("control_change"): [70],
}
NOW = {
    "preview_update": [220.0],
    "code_update": [150.0],
    messages_key("control_change"): [72],
}


def report_of(**apps: dict) -> dict:
    return revision_report(samples_of(**apps), "abc1234", {}, {"mode": "test"})


def test_each_item_is_held_against_bare_at_the_revision_and_now():
    item_1 = report_of(bare=BARE_FIGURES, abc1234=THEN, playground=NOW)["metrics"][
        "preview_update"
    ]
    assert (item_1["abc1234"]["ratio"], item_1[PLAYGROUND]["ratio"]) == (2.0, 2.2)
    assert item_1["change"] == 0.1


def test_the_code_panel_is_held_against_bares_preview_and_a_gain_is_negative():
    item_3 = report_of(bare=BARE_FIGURES, abc1234=THEN, playground=NOW)["metrics"][
        "code_update"
    ]
    assert item_3[PLAYGROUND]["ratio"] == 1.5 and item_3[PLAYGROUND]["passed"]
    assert item_3["abc1234"]["passed"] is False
    assert item_3["change"] == -0.5


def test_an_item_without_figures_on_one_side_has_no_change_rather_than_an_invented_one():
    metrics = report_of(bare=BARE_FIGURES, playground=NOW)["metrics"]
    assert "abc1234" not in metrics["preview_update"]
    assert "change" not in metrics["preview_update"]
    assert PLAYGROUND not in metrics["log_update"]


def test_the_report_covers_the_browser_items_only():
    metrics = report_of(bare=BARE_FIGURES, abc1234=THEN, playground=NOW)["metrics"]
    assert list(metrics) == ["preview_update", "log_update", "code_update", "cold_load"]


def test_the_table_names_the_revision_and_shows_each_figure_and_the_change():
    table = revision_table(report_of(bare=BARE_FIGURES, abc1234=THEN, playground=NOW))
    lines = table.splitlines()
    assert lines[0] == "| metric | target | abc1234 | now | now against abc1234 |"
    assert lines[2] == (
        "| 1. control change → preview shows it | ≤ 1.3× bare "
        "| 200.0 ms: 2.00× missed | 220.0 ms: 2.20× missed | +10% |"
    )
    assert "| 150.0 ms: 1.50× met | -50% |" in lines[4]
    assert "| 2. preview click → log shows the run | ≤ 1.3× bare | – | – | – |" in lines
    assert "| messages per run | abc1234 | playground | bare |" in lines
    assert "| control change | 70 | 72 | – |" in lines


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository of two commits: playground.py says "then", then "now"."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for words in ("then", "now"):
        (repo / "playground.py").write_text(f"# {words}\n")
        for command in (["add", "."], ["commit", "-qm", words]):
            git(repo, *command)
    return repo


def git(repo: Path, *arguments: str) -> str:
    identity = ["-c", "user.name=test", "-c", "user.email=test@example.com"]
    done = subprocess.run(
        ["git", *identity, *arguments],
        cwd=repo, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


def test_a_revision_is_checked_out_apart_and_removed_after(repository):
    with checked_out("HEAD~1", repository) as tree:
        assert (tree / "playground.py").read_text() == "# then\n"
        assert (repository / "playground.py").read_text() == "# now\n"
        assert str(tree) in git(repository, "worktree", "list")
    assert not tree.exists()
    assert str(tree) not in git(repository, "worktree", "list")


def test_the_checkout_is_removed_when_the_run_in_it_fails(repository):
    with pytest.raises(RuntimeError, match="the run failed"):
        with checked_out("HEAD", repository) as tree:
            raise RuntimeError("the run failed")
    assert not tree.exists()
    assert str(tree) not in git(repository, "worktree", "list")


def test_a_checkout_a_killed_run_left_behind_is_cleared_by_the_next(
    repository, tmp_path
):
    left = tmp_path / "left"
    git(repository, "worktree", "add", "--detach", str(left), "HEAD")
    shutil.rmtree(left)  # the run was killed: its folder went, git's record stayed
    with checked_out("HEAD", repository):
        assert str(left) not in git(repository, "worktree", "list")


def test_a_revision_is_named_by_its_commit_not_by_a_name_that_moves(repository):
    first = git(repository, "rev-parse", "--short", "HEAD~1").strip()
    assert short_name("HEAD~1", repository) == first
    assert short_name("HEAD", repository) != first


def test_a_name_that_is_no_commit_is_refused_with_git_s_words(repository):
    with pytest.raises(RevisionError, match="'no-such-branch' names no commit"):
        short_name("no-such-branch", repository)


def test_the_revision_s_playground_runs_from_its_tree_and_now_from_the_repository(
    tmp_path,
):
    bare, then, now = apps_against("abc1234", tmp_path)
    assert (bare.name, then.name, now.name) == (BARE, "abc1234", PLAYGROUND)
    assert then.script == str(tmp_path / "playground.py")
    assert (REPO / now.script).is_file() and not Path(now.script).is_absolute()
    assert then.run_shown_by == now.run_shown_by


@pytest.mark.parametrize(
    "arguments",
    [
        ["--costs", "--against", "HEAD"],
        ["--against", "no-such-branch"],
        ["--against", ""],
    ],
    ids=["with the cost table", "no such commit", "empty"],
)
def test_the_command_refuses_what_names_no_run_against_a_commit(
    arguments, tmp_path, capsys
):
    with pytest.raises(SystemExit) as refused:
        main([*arguments, "--out", str(tmp_path)])
    assert refused.value.code == 2
    assert "error:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing ran, nothing was written


def test_the_table_of_a_revision_run_is_read_back_without_running(tmp_path, capsys):
    report = report_of(bare=BARE_FIGURES, abc1234=THEN, playground=NOW)
    (tmp_path / AGAINST_JSON).write_text(json.dumps(report))
    main(["--against", "anything", "--table", "--out", str(tmp_path)])
    assert "| metric | target | abc1234 | now |" in capsys.readouterr().out


def test_the_row_table_names_what_it_compares_where_the_revision_table_says_now():
    report = report_of(bare=BARE_FIGURES, abc1234=THEN, playground=NOW)
    lines = revision_table(report | {"now": "a row of six"}).splitlines()
    assert lines[0] == (
        "| metric | target | abc1234 | a row of six | a row of six against abc1234 |"
    )
    assert "| messages per run | abc1234 | a row of six | bare |" in lines
    assert "now" not in lines[0]
