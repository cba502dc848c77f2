"""Rows of buttons in Chromium, measured in the real page: the buttons of a
row share a line in both layouts, stretch widths split that line between
them while content widths leave it, and a click in the row names its member
in the log. Each measure has its twin: the same detector seeing the opposite."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Page, expect

from components.core.keys import PREVIEW, RESET_APP_STATE
from components.core.links import encode_query
from components.core.preset_shelf import preset_titled
from components.core.row import Row
from tests.support.browser import (
    click,
    keyed,
    keyed_button,
    latest_sentence,
    open_playground,
)

# A pixel of rounding between boxes the layout makes equal.
SAME_PX = 2


def _open_row(page: Page, url: str, row: Row) -> list[dict[str, float]]:
    """The playground opened on ``row`` by its link; each member's box, in order."""
    open_playground(page, f"{url}?{urlencode(encode_query(row.members[0], row))}")
    buttons = _row_buttons(page)
    expect(buttons).to_have_count(len(row.members))
    return [buttons.nth(index).bounding_box() for index in range(len(row.members))]


def _row_buttons(page: Page):
    # Streamlit's button of each type; a help's tooltip draws a hidden copy.
    return (
        keyed(page, PREVIEW)
        .locator("[data-testid^='stBaseButton-']")
        .filter(visible=True)
    )


def _share_a_line(boxes: list[dict[str, float]]) -> bool:
    tops = [box["y"] for box in boxes]
    return max(tops) - min(tops) <= SAME_PX


def _preview_width(page: Page) -> float:
    return keyed(page, PREVIEW).bounding_box()["width"]


def _stretched(layout: str) -> Row:
    return replace(preset_titled("Back / Next").row, layout=layout)


@pytest.mark.parametrize("layout", ["columns", "horizontal"])
def test_a_rows_buttons_share_a_line_and_stretch_widths_split_it(
    blank_page: Page, playground_url: str, layout: str
):
    boxes = _open_row(blank_page, playground_url, _stretched(layout))
    assert _share_a_line(boxes)
    widths = [box["width"] for box in boxes]
    # Columns are equal; a flex row grows each from its own content's width.
    assert max(widths) - min(widths) <= 0.05 * sum(widths), f"not a split: {widths}"
    # Split between them, the line is theirs but for the gap and the padding.
    assert sum(widths) > 0.85 * _preview_width(blank_page), widths


def test_content_widths_leave_the_line_and_a_button_below_the_row_is_not_on_it(
    blank_page: Page, playground_url: str
):
    """The twin: the same measures see what is not an equal, whole-line split."""
    row = preset_titled("Save / Cancel / Delete").row
    boxes = _open_row(blank_page, playground_url, row)
    assert _share_a_line(boxes)
    assert sum(box["width"] for box in boxes) < 0.6 * _preview_width(blank_page)
    restart = keyed_button(blank_page, RESET_APP_STATE).bounding_box()
    assert not _share_a_line([boxes[0], restart])


@pytest.mark.parametrize("alignment, ends_right", [("right", True), ("left", False)])
def test_a_right_aligned_bar_ends_at_the_right_and_a_left_one_does_not(
    blank_page: Page, playground_url: str, alignment: str, ends_right: bool
):
    row = preset_titled("Save / Cancel / Delete").row
    boxes = _open_row(
        blank_page, playground_url, replace(row, horizontal_alignment=alignment)
    )
    preview = keyed(blank_page, PREVIEW).bounding_box()
    room_on_the_right = (
        preview["x"] + preview["width"] - (boxes[-1]["x"] + boxes[-1]["width"])
    )
    assert (room_on_the_right < 40) == ends_right, room_on_the_right


@pytest.mark.parametrize("member", [0, 1])
def test_a_click_in_the_row_is_told_as_that_members_click(
    blank_page: Page, playground_url: str, member: int
):
    row = _stretched("columns")
    _open_row(blank_page, playground_url, row)
    click(blank_page, _row_buttons(blank_page).nth(member))
    sentence = latest_sentence(blank_page)
    assert f"button {member + 1} of the row" in sentence, sentence
    other = 2 - member
    assert f"button {other} of the row" not in sentence, sentence
