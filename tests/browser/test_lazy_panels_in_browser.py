"""Issue 14 in Chromium: panels drawn only while open, and the preview's fragment.

A closed panel (``components.ui.lazy``) has none of its body on the page;
opening it reruns and draws the current state at once. A click on the
preview, the restart button or a log tool reruns only the preview and the log
(an st.fragment): every element that run sends goes into the preview's
column, and the log's latest entry says so. A control change redraws the
whole page, and the latest entry says nothing of a fragment.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from components.core.keys import (
    ACCESSIBILITY,
    ACCESSIBILITY_OPEN,
    CHOOSER,
    CHOOSER_OPEN,
    COMPARE,
    COMPARE_OPEN,
    COMPARE_SIDEBAR,
    COMPARE_SIDEBAR_OPEN,
    LINK_SHARE,
    LINK_SHARE_OPEN,
    LOG_CLEAR,
    LOG_HISTORY,
    LOG_LATEST,
    LOG_TIMELINE,
    PRESET_FILES,
    PRESET_TITLE,
    PREVIEW,
    RESET_APP_STATE,
    RUN_LOG,
    THEME_PANEL,
)
from tests.support.browser import (
    Delta,
    choose,
    close_panel,
    column_holding,
    compare_button,
    deltas_sent,
    keyed,
    keyed_button,
    log_entries,
    newest_entry,
    open_panel,
    preview_button,
    rerun,
    switch_timeline,
    timeline_chart,
    type_text,
)
from tests.support.panels import PANEL_BODIES

# A label no default text holds, typed while every panel is closed.
NEW_LABEL = "Qz14 fresh"
REDRAW_NOTE = (
    "The playground itself redrew only its preview and this log (an st.fragment); "
    "your app, run on its own, runs its whole script."
)
REDRAW_ENTRY_LINE = "the playground redrew only its preview and this log"


def _compare_shows_label(surface: str) -> Callable[[Page], None]:
    def check(page: Page) -> None:
        for button_type in ("primary", "secondary", "tertiary"):
            expect(compare_button(page, button_type, surface=surface)).to_have_text(
                NEW_LABEL
            )

    return check


def _link_shows_label(page: Page) -> None:
    expect(keyed(page, LINK_SHARE).get_by_test_id("stCode")).to_contain_text(
        "label=Qz14+fresh"
    )


def _log_shows_label(page: Page) -> None:
    expect(log_entries(page)).to_contain_text(NEW_LABEL)


def _chooser_shows_label(page: Page) -> None:
    # Its first line names the button it would switch.
    expect(keyed(page, CHOOSER)).to_contain_text(NEW_LABEL)


def _accessibility_shows_label(page: Page) -> None:
    # Its first line names the button it judges.
    expect(keyed(page, ACCESSIBILITY)).to_contain_text(NEW_LABEL)


def _preset_title_shows_label(page: Page) -> None:
    # A preset saved without a title is named after the label's first line.
    title = keyed(page, PRESET_TITLE).locator("input")
    expect(title).to_have_attribute("placeholder", NEW_LABEL)


# Where each panel shows the label.
SHOWS_LABEL: dict[str, Callable[[Page], None]] = {
    ACCESSIBILITY_OPEN: _accessibility_shows_label,
    CHOOSER_OPEN: _chooser_shows_label,
    COMPARE_OPEN: _compare_shows_label("main"),
    COMPARE_SIDEBAR_OPEN: _compare_shows_label("sidebar"),
    LINK_SHARE_OPEN: _link_shows_label,
    LOG_HISTORY: _log_shows_label,
    PRESET_FILES: _preset_title_shows_label,
}
PANELS = list(PANEL_BODIES)
# The Theme panel shows the theme, not the button: its "current state at
# once" is checked in test_theme_in_browser.py.
LABEL_PANELS = [key for key in PANELS if key != THEME_PANEL]


def body_parts(page: Page, key: str) -> list[Locator]:
    parts = [keyed(page, body_key) for body_key in PANEL_BODIES[key]]
    if key == LOG_HISTORY:
        parts.append(log_entries(page))
    return parts


# --- a lazy panel ----------------------------------------------------------------


@pytest.mark.parametrize("key", LABEL_PANELS)
def test_opening_a_panel_shows_the_current_state_at_once(page: Page, key: str):
    type_text(page, "label", NEW_LABEL)
    expect(preview_button(page)).to_have_text(NEW_LABEL)

    open_panel(page, key)

    SHOWS_LABEL[key](page)


@pytest.mark.parametrize("key", PANELS)
def test_a_closed_panel_has_none_of_its_body_in_the_page(page: Page, key: str):
    """The twin: its body is on the page exactly while it is open."""
    for part in body_parts(page, key):
        expect(part).to_have_count(0)
    open_panel(page, key)
    for part in body_parts(page, key):
        expect(part.first).to_be_attached()
    close_panel(page, key)
    for part in body_parts(page, key):
        expect(part).to_have_count(0)


def test_a_closed_panels_widgets_keep_their_values(page: Page):
    open_panel(page, PRESET_FILES)
    title = keyed(page, PRESET_TITLE).locator("input")
    title.fill("Kept title")
    with rerun(page):
        title.press("Enter")
    open_panel(page, LOG_HISTORY)
    switch_timeline(page, on=True)
    close_panel(page, PRESET_FILES)
    close_panel(page, LOG_HISTORY)
    choose(page, "type", "primary")  # a full run that draws neither

    open_panel(page, PRESET_FILES)
    open_panel(page, LOG_HISTORY)

    expect(keyed(page, PRESET_TITLE).locator("input")).to_have_value("Kept title")
    expect(keyed(page, LOG_TIMELINE).get_by_role("switch")).to_be_checked()
    expect(timeline_chart(page)).to_be_visible()


# --- the preview's fragment ------------------------------------------------------

# What reruns only the fragment: the preview, the restart button, a log tool.
FRAGMENT_CLICKS: dict[str, Callable[[Page], Locator]] = {
    "preview": preview_button,
    "restart": lambda page: keyed_button(page, RESET_APP_STATE),
    "log tool": lambda page: keyed_button(page, LOG_CLEAR),
}


def open_every_panel(page: Page) -> None:
    """Open every lazy panel: a run that redrew the page would send their bodies."""
    for key in PANELS:
        open_panel(page, key)


def outside(deltas: list[Delta], column: tuple[int, ...]) -> list[Delta]:
    return [delta for delta in deltas if not delta.is_under(column)]


@pytest.mark.parametrize("what", FRAGMENT_CLICKS)
def test_a_fragment_rerun_leaves_every_other_panel_as_it_was(page: Page, what: str):
    open_every_panel(page)
    column = column_holding(page, PREVIEW)
    page.locator("[class*='st-key-code_editor'] iframe").evaluate(
        "frame => { frame.__issue14 = 'kept'; }"
    )

    with deltas_sent(page) as sent:
        FRAGMENT_CLICKS[what](page).click()

    assert any(delta.is_block_keyed(PREVIEW) for delta in sent), sent
    assert any(delta.is_block_keyed(RUN_LOG) for delta in sent), sent
    assert outside(sent, column) == []
    # The editor's frame is the very element it was; the open panels stay drawn.
    marker = page.locator("[class*='st-key-code_editor'] iframe").evaluate(
        "frame => frame.__issue14"
    )
    assert marker == "kept"
    expect(compare_button(page, "primary")).to_be_visible()
    expect(compare_button(page, "primary", surface="sidebar")).to_be_visible()
    expect(keyed(page, LINK_SHARE)).to_be_visible()
    expect(keyed(page, PRESET_TITLE)).to_be_visible()


def test_a_control_change_redraws_the_code_and_the_sidebar(page: Page):
    """The twin: a control change is a full run, which sends beyond the preview."""
    open_every_panel(page)
    column = column_holding(page, PREVIEW)

    with deltas_sent(page) as sent:
        choose(page, "type", "primary")  # its own wait for the run ends first

    elsewhere = outside(sent, column)
    assert any(delta.kind == "component_instance" for delta in elsewhere), elsewhere
    assert any(delta.path[0] == 1 for delta in elsewhere), "nothing on the sidebar"
    for key in (COMPARE, COMPARE_SIDEBAR, LINK_SHARE):
        assert any(delta.is_block_keyed(key) for delta in elsewhere), key


# --- what the log says of it -----------------------------------------------------


@pytest.mark.parametrize("what", ["preview", "restart"])
def test_after_a_fragment_click_the_latest_entry_says_only_preview_and_log_redrew(
    page: Page, what: str
):
    open_panel(page, LOG_HISTORY)
    expect(keyed(page, LOG_LATEST)).not_to_contain_text(REDRAW_NOTE)

    with deltas_sent(page):
        FRAGMENT_CLICKS[what](page).click()

    expect(keyed(page, LOG_LATEST)).to_contain_text(REDRAW_NOTE)
    assert REDRAW_ENTRY_LINE in newest_entry(page)


def test_after_a_control_change_the_latest_entry_says_nothing_of_a_fragment(
    page: Page,
):
    """The twin: a control change redraws the playground's whole page."""
    open_panel(page, LOG_HISTORY)
    with deltas_sent(page):
        preview_button(page).click()
    expect(keyed(page, LOG_LATEST)).to_contain_text(REDRAW_NOTE)

    choose(page, "type", "primary")

    expect(keyed(page, LOG_LATEST)).to_contain_text("You changed an argument")
    expect(keyed(page, LOG_LATEST)).not_to_contain_text("redrew only")
    assert REDRAW_ENTRY_LINE not in newest_entry(page)
