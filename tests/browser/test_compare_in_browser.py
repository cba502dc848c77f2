"""The compare panel in Chromium: three types in two states, painted as the contrast table says.

The contrast figures are only as true as the colours behind them, so the
colours are read back from the real buttons' computed styles, in the light
and the dark theme (Chromium's colour scheme picks Streamlit's theme).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from components.core.arguments import BUTTON_TYPES
from components.core.compare import (
    BUTTON_COLORS,
    STATES,
    SURFACES,
    THEMES,
    css,
)
from components.core.keys import COMPARE_OPEN
from components.core.kinds import KINDS
from tests.support.browser import (
    POPOVER_BODY,
    choose,
    click,
    compare_button,
    keyed,
    latest_sentence,
    logged_runs,
    open_panel,
    open_playground,
    open_sidebar_compare,
    preview_of_type,
    rerun,
)

# The button's own background and text colour, its label's colour, and the
# colour of the surface it sits on: the first ancestor that paints one.
PAINTED_COLORS = """button => {
    const transparent = "rgba(0, 0, 0, 0)";
    let surface = button.parentElement;
    while (getComputedStyle(surface).backgroundColor === transparent) {
        surface = surface.parentElement;
    }
    const style = getComputedStyle(button);
    return {
        background: style.backgroundColor,
        text: style.color,
        label: getComputedStyle(button.querySelector("p")).color,
        surface: getComputedStyle(surface).backgroundColor,
    };
}"""


@pytest.fixture(params=THEMES)
def themed_page(
    request: pytest.FixtureRequest, browser: Browser, playground_url: str
) -> Iterator[tuple[str, Page]]:
    """The playground in a browser set to the light or the dark colour scheme."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, color_scheme=request.param
    )
    page = context.new_page()
    open_playground(page, playground_url)
    open_panel(page, COMPARE_OPEN)
    open_sidebar_compare(page)
    yield request.param, page
    context.close()


def compare_of_type(page: Page, container_key: str, button_type: str) -> Locator:
    buttons = keyed(page, container_key).locator(
        f"[data-testid='stBaseButton-{button_type}']"
    )
    return buttons.filter(visible=True)


@pytest.mark.parametrize("container_key", ["compare", "compare_sidebar"])
def test_compare_shows_three_types_each_enabled_and_disabled(
    page: Page, container_key: str
):
    open_panel(page, COMPARE_OPEN)
    open_sidebar_compare(page)
    for button_type in BUTTON_TYPES:
        buttons = compare_of_type(page, container_key, button_type)
        expect(buttons).to_have_count(2)
        expect(buttons.first).to_be_enabled()
        expect(buttons.last).to_be_disabled()


def test_the_sidebar_compare_is_drawn_only_once_its_panel_is_opened(page: Page):
    expect(keyed(page, "compare_sidebar")).to_have_count(0)
    open_sidebar_compare(page)
    expect(keyed(page, "compare_sidebar")).to_have_count(1)


def test_the_sidebar_compare_is_drawn_inside_the_sidebar(page: Page):
    open_panel(page, COMPARE_OPEN)
    open_sidebar_compare(page)
    expect(page.locator(".st-key-compare")).to_have_count(1)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.locator(".st-key-compare_sidebar")).to_have_count(1)
    expect(sidebar.locator(".st-key-compare")).to_have_count(0)


def test_buttons_are_painted_with_the_contrast_tables_colours(
    themed_page: tuple[str, Page],
):
    theme, page = themed_page
    for surface in SURFACES:
        for button_type in BUTTON_TYPES:
            for state in STATES:
                colors = BUTTON_COLORS[button_type, theme, surface, state]
                painted = compare_button(page, button_type, state, surface).evaluate(
                    PAINTED_COLORS
                )
                expected = {
                    "background": css(colors.background),
                    "text": css(colors.text),
                    "label": css(colors.text),
                    "surface": css(colors.surface),
                }
                assert painted == expected, (button_type, theme, surface, state)


def test_the_two_themes_paint_differently(themed_page: tuple[str, Page]):
    # The colour check above means something only if the scheme took effect.
    theme, page = themed_page
    other = "dark" if theme == "light" else "light"
    painted = compare_button(page, "primary").evaluate(PAINTED_COLORS)
    assert painted["background"] != css(
        BUTTON_COLORS["primary", other, "main", "enabled"].background
    )


def test_clicking_a_compare_button_turns_the_preview_into_its_type(page: Page):
    open_panel(page, COMPARE_OPEN)
    expect(preview_of_type(page, "tertiary")).to_have_count(0)

    click(page, compare_button(page, "tertiary"))

    expect(preview_of_type(page, "tertiary")).to_have_count(1)
    expect(preview_of_type(page, "secondary")).to_have_count(0)


def test_a_compare_popover_adopts_its_type_on_opening_and_nothing_on_closing(
    page: Page,
):
    """A popover's click is its on_change, which runs on closing too: the
    type is adopted once, and closing logs no run of the app."""
    choose(page, "kind", KINDS["popover"].call_name)
    open_panel(page, COMPARE_OPEN)
    logged = logged_runs(page)

    click(page, compare_button(page, "primary"))

    expect(preview_of_type(page, "primary")).to_have_count(1)
    assert logged_runs(page) == logged + 1
    assert "You adopted a type" in latest_sentence(page)
    with rerun(page):
        page.keyboard.press("Escape")
    expect(page.get_by_test_id(POPOVER_BODY)).to_have_count(0)
    expect(preview_of_type(page, "primary")).to_have_count(1)
    assert logged_runs(page) == logged + 1
