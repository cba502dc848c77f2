"""Panels drawn only while open: closed, none of the body is sent; opened, it
shows the current state at once; the values of its widgets outlive a close."""

from __future__ import annotations

import pytest

from components.core.keys import (
    ACCESSIBILITY,
    ACCESSIBILITY_OPEN,
    CHOOSER,
    CHOOSER_OPEN,
    COMPARE_OPEN,
    COMPARE_SIDEBAR_OPEN,
    LINK_SHARE,
    LINK_SHARE_OPEN,
    LOG_FILTER,
    LOG_HISTORY,
    LOG_LIMIT,
    LOG_TIMELINE,
    PRESET_FILES,
    PRESET_TITLE,
    RUN_LOG,
    THEME_PANEL,
    THEME_TOML,
    control_key,
    theme_key,
)
from components.ui.compare_panel import button_key
from tests.support.apptest import (
    drawn,
    logged,
    only,
    open_panels,
    preview_button,
    shown,
    start,
)
from tests.support.panels import PANEL_BODIES

LABEL = "Closed1"


def _compare_label(surface: str):
    return lambda at: at.button(key=button_key("primary", "enabled", surface)).label


# What of the current state each panel shows: the button's label, or the theme.
LABEL_SHOWN = {
    ACCESSIBILITY_OPEN: lambda at: shown(at.get_by_key(ACCESSIBILITY).caption[0]),
    CHOOSER_OPEN: lambda at: shown(at.get_by_key(CHOOSER).caption[0]),
    COMPARE_OPEN: _compare_label("main"),
    COMPARE_SIDEBAR_OPEN: _compare_label("sidebar"),
    LINK_SHARE_OPEN: lambda at: only(at.get_by_key(LINK_SHARE).code).value,
    LOG_HISTORY: lambda at: only(at.get_by_key(RUN_LOG).code).value,
    PRESET_FILES: lambda at: at.get_by_key(PRESET_TITLE).placeholder,
    THEME_PANEL: lambda at: only(at.get_by_key(THEME_TOML).code).value,
}
COLOUR = "#123456"


def _type_label(at):
    at.text_area(key=control_key("label")).input(LABEL).run()


def _set_colour(at):
    # As a link or preset would, while the panel's controls are not drawn.
    at.session_state[theme_key("primaryColor")] = COLOUR
    at.run()


# How the state a panel shows is changed while it is closed, and the mark it leaves.
CHANGE = {panel: (_type_label, LABEL) for panel in LABEL_SHOWN}
CHANGE[THEME_PANEL] = (_set_colour, COLOUR)
PANELS = [(panel, body[0], LABEL_SHOWN[panel]) for panel, body in PANEL_BODIES.items()]
panels = pytest.mark.parametrize(
    "panel, body, label_shown", PANELS, ids=list(PANEL_BODIES)
)


@panels
def test_a_closed_panel_sends_none_of_its_body(panel, body, label_shown):
    at = start()
    assert not at.session_state[panel]
    assert not drawn(at, body)


@panels
def test_an_opened_panel_draws_its_body(panel, body, label_shown):
    assert drawn(open_panels(start(), panel), body)


@panels
def test_an_opened_panel_shows_the_state_changed_while_it_was_closed(
    panel, body, label_shown
):
    change, mark = CHANGE[panel]
    at = start()
    assert mark not in label_shown(open_panels(start(), panel))
    change(at)
    assert mark in label_shown(open_panels(at, panel))


@panels
def test_opening_and_closing_a_panel_is_no_run_of_the_app(panel, body, label_shown):
    at = start()
    before = len(logged(at))
    open_panels(at, panel)
    at.session_state[panel] = False
    at.run()
    assert len(logged(at)) == before


@pytest.mark.parametrize(
    "key, value",
    [
        (LOG_LIMIT, 7),
        (LOG_FILTER, ["click"]),
        (LOG_TIMELINE, True),
        (PRESET_TITLE, "Mine"),
    ],
)
def test_a_widget_in_a_closed_panel_keeps_its_value(key, value):
    panel = PRESET_FILES if key == PRESET_TITLE else LOG_HISTORY
    at = open_panels(start(), panel)
    at.get_by_key(key).set_value(value).run()
    at.session_state[panel] = False
    at.run()
    preview_button(at).click().run()
    assert at.session_state[key] == value


def test_a_widget_in_a_never_opened_panel_has_no_value_to_keep():
    at = start()
    preview_button(at).click().run()
    assert PRESET_TITLE not in at.session_state
