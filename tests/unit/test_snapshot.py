"""What a snapshot says is not shown: the invalid controls, and every other
control whose value waits with them while the last valid button is drawn."""

from __future__ import annotations

from typing import Any

from hypothesis import given

from components.core.config import ButtonConfig, value_errors
from components.core.controls import config_values, controls_from_config
from components.core.keys import control_key
from components.core.snapshot import Snapshot
from tests.support.strategies import button_configs


def snapshot_after(shown: ButtonConfig, **edits: Any) -> Snapshot:
    """The snapshot once ``edits`` (control values by field) follow ``shown``."""
    controls = controls_from_config(shown)
    controls |= {control_key(name): value for name, value in edits.items()}
    values = config_values(controls)
    errors = value_errors(values)
    config = shown if errors else ButtonConfig.from_values(values)
    return Snapshot(config, values, errors, {})


def test_a_mode_that_makes_the_key_invalid_is_named_as_not_shown():
    snap = snapshot_after(ButtonConfig(key="clicks"), mode="callback")
    assert list(snap.errors) == ["key"]
    assert snap.unshown_fields == ["mode"]
    assert snap.invalid_summary == (
        "`key` is invalid, and `mode` is not shown until it is fixed"
    )


def test_the_invalid_control_alone_is_named_when_nothing_else_waits():
    """The twin: the same key error, with no other change, names only the key."""
    snap = snapshot_after(ButtonConfig(mode="callback"), key="clicks")
    assert snap.unshown_fields == []
    assert snap.invalid_summary == "`key` is invalid"


def test_several_waiting_controls_are_all_named():
    snap = snapshot_after(ButtonConfig(), icon="ab", label="New", type="primary")
    assert snap.unshown_fields == ["label", "type"]
    assert snap.invalid_summary == (
        "`icon` is invalid, and `label` and `type` are not shown until it is fixed"
    )


def test_several_invalid_controls_are_fixed_together():
    snap = snapshot_after(ButtonConfig(), icon="ab", shortcut="Ctrl+C", label="New")
    assert snap.invalid_summary == (
        "`icon` and `shortcut` are invalid, and `label` is not shown until "
        "they are fixed"
    )


@given(button_configs)
def test_a_valid_snapshot_has_nothing_unshown(cfg):
    values = config_values(controls_from_config(cfg))
    assert Snapshot(cfg, values, {}, {}).unshown_fields == []
