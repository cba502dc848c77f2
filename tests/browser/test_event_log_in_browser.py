"""The rerun log in Debian's Chromium: a real click in each mode, read back from the log.

Every run's entry, the timeline and the tools are in the log's history panel,
drawn only while open: each test here opens it first.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from playwright.sync_api import Page, expect

from components.core import run_log
from components.core.keys import LOG_HISTORY
from components.core.kinds import BUTTON
from components.core.modes import (
    IF_BLOCK_MESSAGE,
    MODES,
    TOGGLE_MESSAGE,
)
from tests.support.browser import (
    choose,
    click,
    keyed,
    log_entries,
    newest_entry,
    open_panel,
    preview_button,
    switch_timeline,
    timeline_chart,
    type_text,
)


@pytest.fixture
def page(page: Page) -> Page:
    """The playground with the log's history panel open."""
    open_panel(page, LOG_HISTORY)
    return page


# What the newest entry says after one click of st.button, by mode: every mode
# st.button takes (a mode added without its entry here fails its test).
# on_click="ignore", taken by the other kinds only, is test_family_in_browser's.
AFTER_A_CLICK = {
    "plain": ["click: the preview's button", "st.button returned True"],
    "if_block": ["click: the preview's button", "st.button returned True"],
    "callback": [
        "1. on_click callback ran before the script with (limit=500); "
        "it set clicks: 0 → 1",
        "st.button returned True",
    ],
    "toggle": [
        "st.button returned True",
        "session state set by the script: show_more: False → True",
    ],
    "rerun": ["st.rerun(): called by the previous run", "st.button returned False"],
}


# What the preview shows after that click, and what it must not show.
PREVIEW_AFTER_A_CLICK = {
    "plain": ("returned True", IF_BLOCK_MESSAGE),
    "if_block": (IF_BLOCK_MESSAGE, TOGGLE_MESSAGE),
    "callback": ("Callback runs:", IF_BLOCK_MESSAGE),
    "toggle": (TOGGLE_MESSAGE, IF_BLOCK_MESSAGE),
    "rerun": ("Clicks so far (drawn above the button): 1", IF_BLOCK_MESSAGE),
}


@pytest.mark.parametrize("mode", BUTTON.mode_names)
def test_a_click_in_each_mode_appears_as_a_new_run_in_the_log(page: Page, mode: str):
    choose(page, "mode", MODES[mode].title)
    if mode == "callback":
        type_text(page, "kwargs", "{'limit': 500}")
    before = newest_entry(page)
    assert "click" not in before.splitlines()[0] and "returned False" in before

    click(page, preview_button(page))

    expect(log_entries(page)).to_contain_text(AFTER_A_CLICK[mode][0])
    newest = newest_entry(page)
    assert all(words in newest for words in AFTER_A_CLICK[mode]), newest
    shown, absent = PREVIEW_AFTER_A_CLICK[mode]
    expect(keyed(page, "preview")).to_contain_text(shown)
    expect(keyed(page, "preview")).not_to_contain_text(absent)


def test_a_rerun_click_logs_the_click_run_then_the_rerun_run(page: Page):
    choose(page, "mode", MODES["rerun"].title)
    click(page, preview_button(page))
    expect(log_entries(page)).to_contain_text("st.rerun(): called by the previous run")
    rerun_run, click_run = log_entries(page).inner_text().split("\n\n")[:2]
    assert "st.button returned False" in rerun_run
    assert "click:" in click_run and "st.rerun() called" in click_run
    expect(keyed(page, "preview")).to_contain_text(
        "Clicks so far (drawn above the button): 1"
    )


def test_the_json_export_downloads_every_run_with_its_fields(page: Page):
    click(page, preview_button(page))
    with page.expect_download() as download:
        keyed(page, "log_json").get_by_role("button").click()
    records = json.loads(download.value.path().read_text())
    assert [r["trigger"] for r in records][-1] == "click"
    assert set(records[0]) == set(run_log.FIELDS)
    assert records[-1]["button_value"] is True and records[0]["button_value"] is False


def test_the_csv_export_downloads_one_row_per_run(page: Page):
    click(page, preview_button(page))
    with page.expect_download() as download:
        keyed(page, "log_csv").get_by_role("button").click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text())))
    assert tuple(rows[0]) == run_log.FIELDS
    assert [row["button_value"] for row in rows] == ["False", "True"]


def test_the_timeline_chart_is_drawn_only_once_its_toggle_is_switched_on(page: Page):
    click(page, preview_button(page))
    expect(timeline_chart(page)).to_have_count(0)
    switch_timeline(page, on=True)
    expect(timeline_chart(page)).to_be_visible()
    switch_timeline(page, on=False)
    expect(timeline_chart(page)).to_have_count(0)
