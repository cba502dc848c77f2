"""Size limits as Chromium shows them: a paste too long for a field stays in its
box and is refused by name under it, as the user pasted it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from components.core.rules import MAX_TEXT_CHARS
from tests.support.browser import control, message_under, preview_button, rerun


def paste_and_apply(page: Page, field: str, text: str) -> None:
    """Replace a text box's text as a paste does, then commit it (Ctrl+Enter)."""
    box = control(page, field).locator("input, textarea")
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)
    with rerun(page):
        box.press("Control+Enter")


@pytest.mark.parametrize("field", ["label", "help"])
def test_a_paste_longer_than_the_field_takes_stays_and_is_refused_by_name(
    page: Page, field: str
):
    paste_and_apply(page, field, "x" * (MAX_TEXT_CHARS + 50))
    box = control(page, field).locator("textarea")
    expect(box).to_have_value("x" * (MAX_TEXT_CHARS + 50))
    expect(message_under(page, field)).to_contain_text(
        f"{field} is 2,050 characters long; the most it takes is 2,000"
    )
    expect(preview_button(page)).to_have_text("Click me")


@pytest.mark.parametrize("field", ["label", "help"])
def test_a_paste_as_long_as_the_field_takes_is_applied(page: Page, field: str):
    """The twin: at the limit the paste is taken, with no message."""
    paste_and_apply(page, field, "x" * MAX_TEXT_CHARS)
    expect(control(page, field).locator("textarea")).to_have_value("x" * MAX_TEXT_CHARS)
    expect(message_under(page, field)).to_have_count(0)
