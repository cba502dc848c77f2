"""Links and presets in Debian's Chromium: what the address bar carries, the page shows.

A crafted link opens its exact button; the address bar follows the controls;
the copied link reopens the same button; a preset click redraws the preview.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from playwright.sync_api import Page, expect

from components.core.config import ButtonConfig
from components.core.keys import LINK_SHARE_OPEN
from components.core.links import encode_query
from components.core.preset_shelf import (
    preset_titled,
)
from tests.support.browser import (
    box_width,
    choose,
    click,
    code_editor,
    control,
    keyed,
    link_copy_button,
    open_panel,
    open_playground,
    preset_pill,
    preview_button,
    preview_of_type,
    type_text,
)

PIXEL_TOLERANCE = 1.5
TRICKY_LABEL = "a&b=c #1 100% +1! \"quoted\" 'single' 🎉\nsecond line"


def query_of(page: Page) -> dict[str, str]:
    """The address bar's query parameters, decoded."""
    parsed = parse_qs(urlsplit(page.url).query, keep_blank_values=True)
    return {name: values[-1] for name, values in parsed.items()}


def test_a_crafted_link_opens_its_exact_button(blank_page: Page, playground_url: str):
    # Written by hand, spaces as %20: not the app's own encoder.
    open_playground(
        blank_page, f"{playground_url}/?label=Save%20%26%20go%21&type=primary&width=240"
    )
    page = blank_page

    expect(preview_of_type(page, "primary")).to_have_count(1)
    expect(preview_button(page)).to_have_text("Save & go!")
    assert box_width(preview_button(page)) == pytest.approx(240, abs=PIXEL_TOLERANCE)
    expect(code_editor(page)).to_contain_text("width=240")
    expect(keyed(page, "link_notice")).to_have_count(0)


def test_a_link_brings_back_a_tricky_label_and_the_callback_arguments(
    blank_page: Page, playground_url: str
):
    cfg = ButtonConfig(label=TRICKY_LABEL, mode="callback", kwargs={"limit": 500})
    open_playground(blank_page, f"{playground_url}/?{urlencode(encode_query(cfg))}")
    page = blank_page

    expect(control(page, "label").locator("textarea")).to_have_value(TRICKY_LABEL)
    expect(control(page, "kwargs").locator("input")).to_have_value("{'limit': 500}")
    callback_mode = control(page, "mode").get_by_role(
        "radio", name="on_click callback", exact=True
    )
    expect(callback_mode).to_be_checked()
    expect(code_editor(page)).to_contain_text("on_click=handle_click")
    assert query_of(page) == encode_query(cfg)


def test_a_link_with_bad_parameters_shows_one_notice_and_applies_the_rest(
    blank_page: Page, playground_url: str
):
    open_playground(blank_page, f"{playground_url}/?type=primary&colour=red&width=wide")
    page = blank_page

    notice = keyed(page, "link_notice").get_by_test_id("stAlert")
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text("colour")
    expect(notice).to_contain_text("width")
    expect(preview_of_type(page, "primary")).to_have_count(1)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    # The address bar drops what was ignored.
    expect(page).to_have_url(re.compile(r"/\?type=primary$"))


def test_the_address_bar_follows_the_controls(page: Page):
    assert query_of(page) == {}

    choose(page, "type", "primary")
    expect(page).to_have_url(re.compile(r"/\?type=primary$"))

    choose(page, "type", "secondary")
    expect(page).to_have_url(re.compile(r"/$"))


def test_copy_link_copies_a_link_that_reopens_the_button(page: Page):
    type_text(page, "label", "Hi & bye #1")
    choose(page, "type", "tertiary")
    open_panel(page, LINK_SHARE_OPEN)
    page.evaluate("navigator.clipboard.writeText('sentinel')")

    link_copy_button(page).click()

    page.wait_for_function(
        "() => navigator.clipboard.readText().then(text => text !== 'sentinel')"
    )
    link = page.evaluate("navigator.clipboard.readText()")
    reopened = page.context.new_page()
    open_playground(reopened, link)
    expect(preview_of_type(reopened, "tertiary")).to_have_count(1)
    expect(preview_button(reopened)).to_have_text("Hi & bye #1")


def test_a_preset_click_updates_the_preview(page: Page):
    expect(preview_of_type(page, "tertiary")).to_have_count(0)

    click(page, preset_pill(page, "Aloha"))

    expect(preview_of_type(page, "tertiary")).to_have_count(1)
    expect(preview_button(page)).to_have_text("Aloha")
    expect(page.get_by_test_id("stSidebar")).to_contain_text(
        preset_titled("Aloha").description
    )
    expect(page).to_have_url(re.compile(r"/\?label=Aloha&type=tertiary$"))
