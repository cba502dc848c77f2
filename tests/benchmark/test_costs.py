"""The element cost mode runs: ``python -m benchmarks --costs --short`` once.

It checks that every kind came out with its N, its message count and items
1, 2 and 5 against bare (and item 3 for the editor frame), and that each kind
adds messages to a control change; never the times: CI does not judge speed.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.costs import COSTS_JSON, EXTRAS, NO_ELEMENT
from tests.support.benchmark_cli import run_benchmarks

pytestmark = pytest.mark.benchmark

RUN_TIMEOUT_S = 400


@pytest.fixture(scope="module")
def costs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("costs")
    printed = run_benchmarks("--costs", "--short", out=out, timeout_s=RUN_TIMEOUT_S)
    assert "| extra elements | N |" in printed
    return json.loads((out / COSTS_JSON).read_text())


def test_the_short_cost_run_has_an_entry_per_kind_with_its_n(costs):
    assert costs["settings"]["mode"] == "costs-short"
    assert {kind: entry["n"] for kind, entry in costs["kinds"].items()} == EXTRAS


@pytest.mark.parametrize("kind", EXTRAS)
def test_each_kind_has_its_timings_against_bare(costs, kind):
    entry = costs["kinds"][kind]
    timed = ["preview_update", "log_update", "script_time"] + (
        ["code_update"] if kind == "editor" else []
    )
    for metric in timed:
        assert entry[metric]["median"] > 0 and entry[metric]["bare"] > 0
        assert entry[metric]["ratio"] > 0


@pytest.mark.parametrize("kind", [kind for kind in EXTRAS if kind != NO_ELEMENT])
def test_each_kind_of_element_adds_messages_to_a_control_change(costs, kind):
    # A count, not a time: N elements send at least N more messages.
    messages = costs["kinds"][kind]["control_change"]
    assert messages["added"] >= costs["kinds"][kind]["n"]


def test_keys_in_session_state_send_no_message(costs):
    """The twin: what is no element adds nothing to what a run sends."""
    assert costs["kinds"][NO_ELEMENT]["control_change"]["added"] == 0
