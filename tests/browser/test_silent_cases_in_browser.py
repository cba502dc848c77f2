"""Nothing silent or misleading, as Chromium shows it: the pixel box's range,
the text boxes' counter, a repeated link parameter, the editor after an
accepted paste, and the controls whose value is not shown. Each check reads
the rendered text, and each has its twin."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from components.core.keys import PRESET_FILES, PRESET_TITLE, WIDTH_PX, control_key
from components.core.presets import MAX_TITLE_CHARS
from tests.support.browser import (
    apply_button,
    box_instructions,
    choose,
    click,
    code_editor,
    code_messages,
    keyed,
    message_under,
    open_panel,
    open_playground,
    preview_button,
    replace_editor_text,
    set_pixel_width,
    try_pixel_width,
    type_text,
)

# --- 4. the pixel box states and keeps its range -------------------------------


def pixel_box_refusal(page: Page):
    """Streamlit's own message at the box (also its error icon's tooltip)."""
    return keyed(page, WIDTH_PX).get_by_role("alert")


def test_a_pixel_width_past_the_range_is_refused_at_the_box_with_the_range(
    page: Page,
):
    choose(page, "width", "pixels")
    set_pixel_width(page, 300)
    expect(keyed(page, WIDTH_PX)).to_contain_text("width in pixels, 1 to 4,294,967,295")
    try_pixel_width(page, "99999999999999999999")
    expect(pixel_box_refusal(page)).to_have_text(
        "Error: Number is outside the allowed range. "
        "Please enter a value between 1 and 4294967295."
    )
    expect(keyed(page, WIDTH_PX).locator("input")).to_have_attribute(
        "aria-invalid", "true"
    )
    assert preview_button(page).bounding_box()["width"] == 300
    assert page.url.endswith("?width=300")


def test_a_pixel_width_in_the_range_is_taken_without_a_refusal(page: Page):
    """The twin: a valid width reaches the preview and the link, unrefused."""
    choose(page, "width", "pixels")
    set_pixel_width(page, 300)
    set_pixel_width(page, 250)
    expect(pixel_box_refusal(page)).to_have_count(0)
    assert preview_button(page).bounding_box()["width"] == 250
    expect(page).to_have_url(re.compile(r"\?width=250$"))


# --- 5. no counter against a false limit ---------------------------------------


def test_a_fields_text_box_shows_no_character_counter(page: Page):
    hints = box_instructions(page, control_key("label"), "Hello there")
    expect(hints).to_be_visible()
    expect(hints).not_to_contain_text("/")
    expect(hints).not_to_contain_text("20000")


def test_a_box_with_a_real_limit_shows_its_counter(page: Page):
    """The twin: the preset title's box, capped at the title limit, counts."""
    open_panel(page, PRESET_FILES)
    hints = box_instructions(page, PRESET_TITLE, "Hello there")
    expect(hints).to_contain_text(f"11/{MAX_TITLE_CHARS}")


# --- 6. a repeated link parameter ------------------------------------------------


def test_a_repeated_link_parameter_is_named_and_the_address_keeps_one(
    blank_page: Page, playground_url: str
):
    open_playground(blank_page, f"{playground_url}/?label=One&label=Two")
    expect(keyed(blank_page, "link_notice")).to_contain_text(
        "label was given 2 times; the last, 'Two', is read and 'One' is ignored."
    )
    expect(preview_button(blank_page)).to_have_text("Two")
    expect(blank_page).to_have_url(re.compile(r"\?label=Two$"))


def test_a_link_parameter_given_once_brings_no_notice(
    blank_page: Page, playground_url: str
):
    """The twin: the same label given once is applied without a word."""
    open_playground(blank_page, f"{playground_url}/?label=Two")
    expect(preview_button(blank_page)).to_have_text("Two")
    expect(keyed(blank_page, "link_notice")).to_have_count(0)
    expect(blank_page).to_have_url(re.compile(r"\?label=Two$"))


# --- 7. the editor after an accepted paste -----------------------------------------


def test_an_applied_paste_of_the_config_shown_puts_its_code_in_the_editor(
    page: Page,
):
    replace_editor_text(page, 'clicked = st.button("Click me")  # mine')
    click(page, apply_button(page))
    expect(code_messages(page)).to_contain_text(["Applied the call on line 1"])
    expect(code_editor(page)).to_contain_text('st.button("Click me")')
    expect(code_editor(page)).to_contain_text("import streamlit as st")
    expect(code_editor(page)).not_to_contain_text("# mine")


def test_a_refused_paste_stays_in_the_editor_to_be_fixed(page: Page):
    """The twin: a refusal leaves the user's text where it was."""
    replace_editor_text(page, 'st.button("Click me", icon="ab")  # mine')
    click(page, apply_button(page))
    expect(code_messages(page).first).to_contain_text("Nothing was changed.")
    expect(code_editor(page)).to_contain_text("# mine")


def test_a_walrus_if_block_pasted_is_applied_in_the_if_block_mode(page: Page):
    replace_editor_text(page, 'if (c := st.button("Go")):\n    st.write("Hi")\n')
    click(page, apply_button(page))
    expect(code_messages(page).first).to_contain_text("(mode: if_block)")
    expect(code_editor(page)).to_contain_text('if st.button("Go"):')


# --- 8. every control whose value is not shown ---------------------------------


def preview_notice(page: Page):
    """The notice's text as read (without its icon's name)."""
    alert = keyed(page, "preview").get_by_test_id("stAlert")
    return alert.get_by_test_id("stMarkdownContainer")


def test_a_mode_held_back_by_an_invalid_key_is_named_above_the_preview(page: Page):
    type_text(page, "key", "clicks")
    choose(page, "mode", "on_click callback")
    expect(message_under(page, "key")).to_contain_text("key 'clicks'")
    expect(preview_notice(page)).to_have_text(
        "Showing the last valid button: key is invalid, and mode is not shown "
        "until it is fixed. Fix it in the sidebar."
    )
    expect(code_messages(page).first).to_contain_text(
        "key is invalid, and mode is not shown until it is fixed."
    )


def test_an_invalid_key_alone_is_the_only_control_named(
    blank_page: Page, playground_url: str
):
    """The twin: in callback mode from the start, only the key waits."""
    open_playground(blank_page, f"{playground_url}/?mode=callback")
    type_text(blank_page, "key", "clicks")
    expect(preview_notice(blank_page)).to_have_text(
        "Showing the last valid button: key is invalid. Fix it in the sidebar."
    )
