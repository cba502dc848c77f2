"""The Theme panel in Chromium: the page drawn exactly as an app started with its
config.toml, per session.

Exactly: the computed style of every compare button (each type, enabled and
disabled, on the main area and on the sidebar; at rest, hovered and focused)
equals that of the same button in a real `streamlit run` server started from
a folder whose .streamlit/config.toml is the one the panel writes, for four
themes, each on a light and on a dark base.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from components.core.arguments import BUTTON_TYPES
from components.core.codegen import generate_code
from components.core.compare import STATES, SURFACES, css
from components.core.config import ButtonConfig
from components.core.key_colour import key_colour
from components.core.keys import (
    KEY_COLOUR_BACKGROUND,
    KEY_COLOUR_TEXT,
    PREVIEW,
    THEME,
    THEME_PANEL,
    THEME_PASTE,
    THEME_PASTE_APPLY,
    THEME_PRESET_PICK,
    THEME_TOML,
    theme_key,
)
from components.core.theme import ThemeError, check_value
from components.core.theme_colours import primary_hover, theme_modes, theme_palette
from components.core.theme_file import theme_toml
from tests.support.browser import (
    choose,
    click,
    close_panel,
    compare_button,
    keyed,
    keyed_button,
    open_panel,
    open_playground,
    open_sidebar_compare,
    rerun,
    type_text,
)
from tests.support.screenshots import save_screenshot
from tests.support.servers import ServerError, serving
from tests.support.theming import (
    BASES,
    THEMES,
    reference_folder,
    styles_in_states,
    theme_of,
)

CASES = [(name, base) for name in THEMES for base in BASES]


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A reference server per theme and base, all started at once."""
    folders = {
        f"{name}-{base}": reference_folder(
            tmp_path_factory.mktemp(f"{name}-{base}"), theme_of(name, base)
        )
        for name, base in CASES
    }
    logs = tmp_path_factory.mktemp("theme-servers")
    try:
        with serving(
            {case: "app.py" for case in folders}, logs, cwd=folders
        ) as servers:
            yield {case: server.url for case, server in servers.items()}
    except ServerError as error:
        pytest.fail(str(error))


def apply_theme(page: Page, toml: str) -> None:
    """Paste a config.toml into the Theme panel and apply it: the run that
    takes it reruns once more, carrying the theme to the page."""
    open_panel(page, THEME_PANEL)
    keyed(page, THEME_PASTE).locator("textarea").fill(toml)
    click(page, keyed_button(page, THEME_PASTE_APPLY))


def every_style(page: Page) -> dict[tuple[str, str, str], dict[str, object]]:
    """The playground's compare buttons' styles, both panels opened."""
    open_panel(page, "compare_open")
    open_sidebar_compare(page)
    return compare_styles(page)


def compare_styles(page: Page) -> dict[tuple[str, str, str], dict[str, object]]:
    """Every compare button's style in each state, by surface, type and state."""
    return {
        (surface, button_type, state): styles_in_states(
            page, compare_button(page, button_type, state, surface)
        )
        for surface in SURFACES
        for button_type in BUTTON_TYPES
        for state in STATES
    }


def reference_styles(browser: Browser, url: str) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(url)
        expect(compare_button(page, "primary")).to_be_visible()
        expect(compare_button(page, "primary", surface="sidebar")).to_be_visible()
        return compare_styles(page)
    finally:
        context.close()


@pytest.mark.parametrize("name, base", CASES, ids=[f"{n}-{b}" for n, b in CASES])
def test_every_button_is_styled_as_a_server_started_with_the_config_toml(
    page: Page, browser: Browser, references: dict[str, str], name: str, base: str
):
    apply_theme(page, theme_toml(theme_of(name, base)))
    expected = reference_styles(browser, references[f"{name}-{base}"])
    assert differences(every_style(page), expected) == []


def differences(seen: dict, expected: dict) -> list[str]:
    """Each property that differs, as "where state part property: seen != expected"."""
    return [
        f"{where} {state} {part} {name}: {value} != {expected[where][state][part][name]}"
        for where, states in seen.items()
        for state, parts in states.items()
        for part, values in parts.items()
        for name, value in values.items()
        if value != expected[where][state][part][name]
    ]


def test_the_default_page_is_not_styled_as_a_themed_server(
    page: Page, browser: Browser, references: dict[str, str]
):
    """The twin: the comparison tells a theme from none."""
    expected = reference_styles(browser, references["khaki-light"])
    assert differences(every_style(page), expected) != []


def primary_background(page: Page) -> str:
    button = compare_button(page, "primary")
    return button.evaluate("b => getComputedStyle(b).backgroundColor")


def test_one_sessions_theme_leaves_another_sessions_page_as_it_was(
    page: Page, browser: Browser, playground_url: str
):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    other = context.new_page()
    try:
        open_playground(other, playground_url)
        open_panel(other, "compare_open")
        before = primary_background(other)
        apply_theme(page, theme_toml(theme_of("khaki", "light")))
        open_panel(page, "compare_open")
        assert primary_background(page) == "rgb(240, 230, 140)"
        with rerun(other):
            other.reload()
        open_panel(other, "compare_open")
        assert primary_background(other) == before != "rgb(240, 230, 140)"
    finally:
        context.close()


def test_a_refused_colour_is_said_at_its_control_and_the_page_keeps_its_theme(
    page: Page,
):
    apply_theme(page, theme_toml(theme_of("khaki", "light")))
    box = keyed(page, theme_key("primaryColor")).locator("input")
    box.fill("not-a-colour")
    with rerun(page):
        box.press("Enter")
    message = keyed(page, "theme_field_primaryColor").get_by_test_id("stAlert")
    expect(message).to_contain_text("is not a colour")
    expect(box).to_have_value("not-a-colour")
    expect(keyed(page, THEME_TOML)).to_contain_text("#f0e68c")
    open_panel(page, "compare_open")
    assert primary_background(page) == "rgb(240, 230, 140)"


COLOURS = [
    "#f0e68c", "f0e68c", "#abc", "#abcd", "rgb(1 2 3)", "rgba(1, 2, 3, 0.5)",
    "hsl(120 50% 50%)", "hwb(120 10% 10%)", "tomato", "transparent",
    "not-a-colour", "#12345", "rgb(1 2)", "hsl(120, 50, 50)", "", "  ",
]  # fmt: skip
# Colours Streamlit takes that the playground refuses, each saying why: it
# can't compute their contrast (not sRGB), or they name no colour.
REFUSED_HERE = ["oklch(0.7 0.1 200)", "lab(50% 40 59)", "currentcolor"]


def streamlit_takes(page: Page, colours: list[str]) -> dict[str, bool]:
    """Streamlit's frontend takes a colour when the browser's CSS parser does
    (``new Option().style.color``), with ``#`` added to a bare hex."""
    takes = page.evaluate(
        """colours => colours.map(c => [c, '#' + c].some(text => {
            const style = new Option().style; style.color = text;
            return c.trim() !== '' && style.color !== '';
        }))""",
        colours,
    )
    return dict(zip(colours, takes))


def test_the_colours_taken_are_the_ones_streamlits_frontend_takes(page: Page):
    takes = streamlit_takes(page, COLOURS)
    assert takes == {colour: _taken(colour) for colour in COLOURS}
    assert any(takes.values()) and not all(takes.values())  # both answers occur


def test_the_colours_refused_here_alone_are_taken_by_streamlit_and_say_why(
    page: Page,
):
    assert all(streamlit_takes(page, REFUSED_HERE).values())
    for colour in REFUSED_HERE:
        with pytest.raises(ThemeError) as refusal:
            check_value("primaryColor", colour)
        assert "Streamlit ignores" not in str(refusal.value)


def _taken(colour: str) -> bool:
    try:
        return check_value("primaryColor", colour) is not None
    except ThemeError:
        return False


def test_the_theme_panel_shows_the_config_toml_of_its_controls(page: Page):
    open_panel(page, THEME_PANEL)
    expect(keyed(page, THEME_TOML)).to_contain_text("No option set")
    box = keyed(page, theme_key("primaryColor")).locator("input")
    box.fill("#0068c9")
    with rerun(page):
        box.press("Enter")
    expect(keyed(page, THEME_TOML)).to_contain_text('primaryColor = "#0068c9"')
    expect(keyed(page, THEME)).to_be_visible()


def test_a_reopened_theme_panel_shows_the_theme_the_page_is_drawn_in(page: Page):
    apply_theme(page, theme_toml(theme_of("khaki", "light")))
    close_panel(page, THEME_PANEL)
    expect(keyed(page, THEME_TOML)).to_have_count(0)
    open_panel(page, THEME_PANEL)
    expect(keyed(page, THEME_TOML)).to_contain_text('primaryColor = "#f0e68c"')
    expect(keyed(page, theme_key("primaryColor")).locator("input")).to_have_value(
        "#f0e68c"
    )


SURFACE_COLOURS = """() => {
  const style = selector => getComputedStyle(document.querySelector(selector));
  const read = (surface, button) => ({
    background: style(surface).backgroundColor,
    body_text: style(`.st-key-${button}_secondary button`).color,
    primary: style(`.st-key-${button}_primary button`).backgroundColor,
  });
  return {
    main: read('.stApp', 'compare'),
    sidebar: read('[data-testid=stSidebar]', 'compare_sidebar'),
  };
}"""


def painted(palette) -> dict[str, str]:
    return {
        "background": css(palette.background),
        "body_text": css(palette.body_text),
        "primary": css(palette.primary),
    }


def real_colours(browser: Browser, url: str) -> tuple[dict, str]:
    """The surfaces' colours and a primary button's under the pointer."""
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    try:
        page.goto(url)
        primary = compare_button(page, "primary")
        expect(compare_button(page, "primary", surface="sidebar")).to_be_visible()
        colours = page.evaluate(SURFACE_COLOURS)
        primary.hover()
        hovered = primary.evaluate(
            "b => { b.getAnimations().forEach(a => a.finish());"
            " return getComputedStyle(b).backgroundColor; }"
        )
        return colours, hovered
    finally:
        context.close()


@pytest.mark.parametrize("name, base", CASES, ids=[f"{n}-{b}" for n, b in CASES])
def test_the_contrast_figures_read_the_colours_the_server_paints(
    browser: Browser, references: dict[str, str], name: str, base: str
):
    theme = theme_of(name, base)
    colours, hovered = real_colours(browser, references[f"{name}-{base}"])
    mode = theme_modes(theme)[0]
    assert colours == {
        surface: painted(theme_palette(theme, mode, surface)) for surface in SURFACES
    }
    assert hovered == css(primary_hover(theme_palette(theme, mode, "main")))


def test_the_colours_of_another_theme_are_not_the_servers():
    """The twin: a theme's colours tell it from another's."""
    khaki, ocean = theme_of("khaki", "light"), theme_of("ocean", "light")
    assert painted(theme_palette(khaki, "light", "main")) != painted(
        theme_palette(ocean, "light", "main")
    )


# --- one keyed button's own colour -------------------------------------------------

DELETE = ButtonConfig(label="Delete", key="delete")
DANGER = ("#d33", "white")


@pytest.fixture(scope="module")
def coloured_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The complete app the code panel writes for the coloured button, served."""
    folder = tmp_path_factory.mktemp("coloured")
    code = generate_code(DELETE, key_colour=key_colour(*DANGER))
    (folder / "app.py").write_text(code)
    try:
        with serving({"coloured": "app.py"}, folder, cwd={"coloured": folder}) as s:
            yield s["coloured"].url
    except ServerError as error:
        pytest.fail(str(error))


def colour_the_keyed_button(page: Page) -> Locator:
    type_text(page, "label", DELETE.label)
    type_text(page, "key", DELETE.key)
    open_panel(page, THEME_PANEL)
    for key, text in zip((KEY_COLOUR_BACKGROUND, KEY_COLOUR_TEXT), DANGER):
        box = keyed(page, key).locator("input")
        box.fill(text)
        with rerun(page):
            box.press("Enter")
    return keyed(page, PREVIEW).locator(".st-key-delete button")


def test_the_previews_own_colour_is_the_one_the_written_app_draws(
    page: Page, browser: Browser, coloured_app: str
):
    preview = colour_the_keyed_button(page)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    served = context.new_page()
    try:
        served.goto(coloured_app)
        button = served.locator(".st-key-delete button")
        expect(button).to_be_visible()
        expected = styles_in_states(served, button)
    finally:
        context.close()
    seen = styles_in_states(page, preview)
    assert seen == expected
    assert seen["normal"]["button"]["background-color"] == "rgb(221, 51, 51)"


def test_clearing_the_own_colour_gives_the_button_back_its_themes(page: Page):
    preview = colour_the_keyed_button(page)
    box = keyed(page, KEY_COLOUR_BACKGROUND).locator("input")
    box.fill("")
    with rerun(page):
        box.press("Enter")
    expect(preview).not_to_have_css("background-color", "rgb(221, 51, 51)")


def test_screenshot_of_a_themed_button_in_dark_mode(page: Page):
    """The README's picture of a theme (``save_screenshot``): the Dracula preset."""
    type_text(page, "label", "Delete the draft")
    choose(page, "type", "primary")
    open_panel(page, THEME_PANEL)
    click(page, keyed(page, THEME_PRESET_PICK).get_by_role("radio", name="Dracula"))
    expect(keyed(page, THEME_TOML)).to_contain_text('base = "dark"')
    open_panel(page, "compare_open")
    page.get_by_test_id("stSidebarContent").evaluate(
        "sidebar => sidebar.scrollTo(0, sidebar.scrollHeight)"
    )
    save_screenshot(page, "theme-dark.png")
