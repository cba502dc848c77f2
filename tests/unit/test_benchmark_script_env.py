"""Item 5's harness sets an app's own variables around its runs only: the
cost table's variants are one script told apart by ``BENCH_EXTRA``."""

from __future__ import annotations

import os

from benchmarks.script_time import _environment

NAME = "BENCH_EXTRA"


def test_an_apps_variables_are_set_while_it_runs_and_gone_after(monkeypatch):
    monkeypatch.delenv(NAME, raising=False)
    with _environment({NAME: "caption:20"}):
        assert os.environ[NAME] == "caption:20"
    assert NAME not in os.environ


def test_a_variable_set_before_is_what_it_was_after(monkeypatch):
    monkeypatch.setenv(NAME, "widget:20")
    with _environment({NAME: "caption:20"}):
        assert os.environ[NAME] == "caption:20"
    assert os.environ[NAME] == "widget:20"
