"""The real page in Debian's Chromium: what a user sees of the preview, the code and the messages.

AppTest checks the protos the script sends; these check what the browser makes
of them: test ids, icons, tooltips, box widths, the clipboard.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from components.core.arguments import BUTTON_TYPES
from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.keys import (
    ICON_PICKER,
    ICON_POPOVER,
    LOG_HISTORY,
)
from tests.support.browser import (
    apply_button,
    apply_with_shortcut,
    box_width,
    changed_pill,
    choose,
    click,
    code_editor,
    code_messages,
    control,
    copy_button,
    editor_file_bar,
    first_row_of_code,
    flip,
    frame_box,
    inner_width,
    keyed,
    log_entries,
    message_under,
    open_panel,
    preset_pill,
    preview_button,
    preview_of_type,
    preview_return_caption,
    replace_editor_text,
    rerun,
    set_pixel_width,
    type_in_editor,
    type_text,
)
from tests.support.screenshots import save_screenshot

PIXEL_TOLERANCE = 1.5
TOOLTIP_DELAY_MS = 1_000


@pytest.mark.parametrize("button_type", BUTTON_TYPES)
def test_each_type_draws_the_preview_with_its_own_test_id(page: Page, button_type: str):
    choose(page, "type", button_type)

    expect(preview_of_type(page, button_type)).to_have_count(1)
    for other in set(BUTTON_TYPES) - {button_type}:
        expect(preview_of_type(page, other)).to_have_count(0)


def test_a_material_icon_is_drawn_in_the_button(page: Page):
    icon = preview_button(page).get_by_test_id("stIconMaterial")
    expect(icon).to_have_count(0)

    type_text(page, "icon", ":material/thumb_up:")

    expect(icon).to_have_text("thumb_up")


def test_icon_position_right_puts_the_icon_after_the_label(page: Page):
    type_text(page, "icon", ":material/thumb_up:")
    icon = preview_button(page).get_by_test_id("stIconMaterial")
    label = preview_button(page).get_by_text("Click me")
    assert icon.bounding_box()["x"] < label.bounding_box()["x"]

    choose(page, "icon_position", "right")

    assert icon.bounding_box()["x"] > label.bounding_box()["x"]


def test_disabled_makes_the_preview_unclickable(page: Page):
    expect(preview_button(page)).to_be_enabled()

    flip(page, "disabled")

    expect(preview_button(page)).to_be_disabled()


def test_help_shows_as_a_tooltip_on_hover(page: Page):
    tooltip = page.get_by_test_id("stTooltipContent")
    preview_button(page).hover()
    page.wait_for_timeout(TOOLTIP_DELAY_MS)  # time for a tooltip that must not come
    expect(tooltip).to_have_count(0)

    type_text(page, "help", "Saves **your** work")
    page.mouse.move(0, 0)
    preview_button(page).hover()

    expect(tooltip).to_have_text("Saves your work")


def test_stretch_fills_the_preview_and_content_does_not(page: Page):
    preview = keyed(page, "preview")
    assert box_width(preview_button(page)) < inner_width(preview) - 50

    choose(page, "width", "stretch")

    assert box_width(preview_button(page)) == pytest.approx(
        inner_width(preview), abs=PIXEL_TOLERANCE
    )


def test_a_pixel_width_sets_the_box_to_that_many_pixels(page: Page):
    assert box_width(preview_button(page)) != pytest.approx(300, abs=PIXEL_TOLERANCE)

    choose(page, "width", "pixels")
    set_pixel_width(page, 300)

    assert box_width(preview_button(page)) == pytest.approx(300, abs=PIXEL_TOLERANCE)


def test_a_click_returns_true_for_one_rerun_only(page: Page):
    caption = preview_return_caption(page)
    expect(caption).to_contain_text("False")

    click(page, preview_button(page))
    expect(caption).to_contain_text("True")

    choose(page, "type", "primary")
    expect(caption).to_contain_text("False")


def test_if_block_mode_shows_its_message_on_the_clicks_rerun(page: Page):
    message = keyed(page, "preview").get_by_test_id("stAlert")
    choose(page, "mode", "if st.button(...):")
    expect(message).to_have_count(0)

    click(page, preview_button(page))

    expect(message).to_contain_text("returned True on this rerun only")


def test_copy_puts_the_displayed_code_on_the_clipboard(page: Page):
    choose(page, "type", "primary")
    expect(code_editor(page)).to_contain_text('type="primary"')
    page.evaluate("navigator.clipboard.writeText('sentinel')")
    assert page.evaluate("navigator.clipboard.readText()") == "sentinel"

    copy_button(page).click()

    page.wait_for_function(
        "expected => navigator.clipboard.readText().then(text => text === expected)",
        arg=generate_code(ButtonConfig(type="primary")),
    )


def test_the_editor_buttons_sit_in_a_bar_above_the_code_not_over_its_first_line(
    page: Page,
):
    long_line = (
        'st.button("A first line long enough to wrap under the buttons", key="k")'
    )
    replace_editor_text(page, f"{long_line}\nx = 1\n")
    bar = editor_file_bar(page)
    expect(bar).to_contain_text("st_button_app.py")
    first_row = first_row_of_code(page, starts="st.button(")
    for button in (apply_button(page), copy_button(page)):
        box = frame_box(button)
        # The twin of the check below: the row reaches under the button's
        # column, so only the bar keeps the two apart.
        assert first_row["left"] < box["left"] and first_row["right"] > box["right"]
        assert box["bottom"] <= first_row["top"] + PIXEL_TOLERANCE
        assert box["bottom"] <= frame_box(bar)["bottom"] + PIXEL_TOLERANCE


def test_a_bad_icon_shows_its_message_under_the_icon_and_keeps_the_input(page: Page):
    type_text(page, "icon", "ab")

    expect(message_under(page, "icon")).to_contain_text("icon")
    expect(control(page, "icon").locator("input")).to_have_value("ab")
    expect(preview_button(page)).to_contain_text("Click me")
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_a_valid_icon_shows_no_message_under_the_icon(page: Page):
    type_text(page, "icon", "🔥")

    expect(message_under(page, "icon")).to_have_count(0)
    expect(preview_button(page)).to_contain_text("🔥")


def test_a_changed_argument_is_listed_and_resets_on_click(page: Page):
    expect(changed_pill(page, "type")).to_have_count(0)
    choose(page, "type", "primary")
    expect(changed_pill(page, "type")).to_have_count(1)

    click(page, changed_pill(page, "type"))

    expect(preview_of_type(page, "secondary")).to_have_count(1)
    expect(changed_pill(page, "type")).to_have_count(0)


def test_screenshot_of_a_configured_playground(page: Page):
    """The README's picture (``save_screenshot``)."""
    click(page, preset_pill(page, "Download a CSV"))
    open_panel(page, LOG_HISTORY)
    with page.expect_download():
        click(page, preview_button(page))
    expect(log_entries(page)).to_contain_text("st.download_button returned True")
    page.get_by_test_id("stSidebarContent").evaluate(
        "sidebar => sidebar.scrollTo(0, 0)"
    )
    save_screenshot(page, "screenshot.png")


def test_code_pasted_into_the_editor_and_applied_with_ctrl_enter_updates_the_preview(
    page: Page,
):
    replace_editor_text(page, 'if st.button("Pasted", type="primary"):\n    pass\n')
    apply_with_shortcut(page)
    expect(preview_of_type(page, "primary")).to_have_text("Pasted")
    expect(control(page, "label").locator("textarea")).to_have_value("Pasted")
    expect(code_editor(page)).to_contain_text('if st.button("Pasted", type="primary"):')


def test_code_typed_into_the_editor_and_applied_with_the_button_updates_the_preview(
    page: Page,
):
    code_editor(page).click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    type_in_editor(page, 'st.button("Typed", icon="🔥")')
    expect(code_editor(page)).to_have_text('st.button("Typed", icon="🔥")')
    click(page, apply_button(page))
    expect(preview_button(page)).to_have_text("🔥Typed")
    expect(code_messages(page)).to_contain_text("Applied the call on line 1")


def test_refused_code_shows_its_message_keeps_the_text_and_changes_nothing(page: Page):
    replace_editor_text(page, 'st.button("Go", key=KEY)')
    apply_with_shortcut(page)
    # The message's backticks are drawn as code.
    expect(code_messages(page)).to_contain_text(
        "Line 1, column 21: key is the name KEY"
    )
    expect(code_editor(page)).to_have_text('st.button("Go", key=KEY)')
    expect(preview_button(page)).to_have_text("Click me")


def test_the_copy_as_test_tab_shows_the_pytest_test_of_the_configured_button(
    page: Page,
):
    test_code = keyed(page, "code").get_by_test_id("stCode")
    expect(test_code).to_have_count(0)
    choose(page, "mode", "toggle session state")
    click(page, keyed(page, "code").get_by_role("tab", name="Copy as test", exact=True))
    expect(test_code).to_contain_text("def test_button_toggle():")
    expect(test_code).to_contain_text("AppTest.from_file(")


def test_the_icon_picker_opens_in_a_popover_and_its_pick_reaches_the_preview(
    page: Page,
):
    picker = keyed(page, ICON_PICKER)
    expect(picker).to_have_count(0)
    click(page, keyed(page, ICON_POPOVER).locator("button").first)
    expect(picker).to_be_visible()
    picker.locator("input").fill("thumb_up")
    with rerun(page):
        page.get_by_role("option", name=":material/thumb_up:", exact=True).click()
    icon = preview_button(page).get_by_test_id("stIconMaterial")
    expect(icon).to_have_text("thumb_up")


def _type_option(page: Page, button_type: str):
    return control(page, "type").get_by_role("radio", name=button_type, exact=True)


def test_a_second_change_during_the_first_ones_run_is_what_every_panel_ends_on(
    page: Page,
):
    """A full run pauses for the browser to draw (``let_the_page_paint``): a
    change made meanwhile stops it, and the page ends on the newer change."""
    expect(_type_option(page, "primary")).to_be_visible()
    _type_option(page, "primary").click()
    _type_option(page, "tertiary").click()

    expect(preview_of_type(page, "tertiary")).to_have_count(1)
    expect(code_editor(page)).to_contain_text('type="tertiary"')
    expect(changed_pill(page, "type")).to_be_visible()
    expect(preview_of_type(page, "primary")).to_have_count(0)
    expect(code_editor(page)).not_to_contain_text('type="primary"')


def test_one_change_alone_is_what_every_panel_ends_on(page: Page):
    """The twin: the first change, with nothing after it, stays."""
    expect(_type_option(page, "primary")).to_be_visible()
    _type_option(page, "primary").click()

    expect(preview_of_type(page, "primary")).to_have_count(1)
    expect(code_editor(page)).to_contain_text('type="primary"')
    expect(changed_pill(page, "type")).to_be_visible()
