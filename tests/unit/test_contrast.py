"""Contrast figures: WCAG's maths, and the colours Streamlit 1.67.0 paints buttons with."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import streamlit
from hypothesis import given
from hypothesis import strategies as st

from components.core.arguments import BUTTON_TYPES
from components.core.compare import (
    BUTTON_COLORS,
    EXEMPT_WORD,
    MIN_RATIO,
    PALETTES,
    STATES,
    SURFACES,
    THEMES,
    TRANSPARENT,
    WHITE,
    ButtonColors,
    compare_kwargs,
    contrast_ratio,
    css,
    format_figures,
    lighten,
    over,
    parse_color,
    ratio_text,
    relative_luminance,
    transparentize,
)
from components.core.config import (
    ButtonConfig,
    call_kwargs,
)
from components.core.theme_colours import figures_text
from components.ui.compare_panel import button_key
from tests.support.strategies import button_configs

REPO = Path(__file__).parent.parent.parent
BLACK = parse_color("#000000")
opaque_colors = st.tuples(
    st.integers(0, 255), st.integers(0, 255), st.integers(0, 255), st.just(1.0)
)

# --- WCAG's maths -------------------------------------------------------------


def test_black_on_white_is_21_to_1_and_white_on_black_too():
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert contrast_ratio(WHITE, BLACK) == pytest.approx(21)


@given(opaque_colors)
def test_a_colour_against_itself_is_1_to_1(color):
    assert contrast_ratio(color, color) == pytest.approx(1)


def test_published_pair_767676_on_white_passes_at_4_54_and_777777_fails():
    # WebAIM's contrast checker and many WCAG guides: #767676 is the lightest
    # grey on white that meets 4.5:1 (4.54:1); #777777 misses it (4.48:1).
    assert contrast_ratio(parse_color("#767676"), WHITE) == pytest.approx(
        4.54, abs=0.005
    )
    assert contrast_ratio(parse_color("#777777"), WHITE) == pytest.approx(
        4.48, abs=0.005
    )


def test_relative_luminance_runs_from_black_to_white():
    assert relative_luminance(BLACK) == 0
    assert relative_luminance(WHITE) == pytest.approx(1)


@given(opaque_colors, opaque_colors)
def test_ratio_lies_between_1_and_21_whatever_the_order(first, second):
    ratio = contrast_ratio(first, second)
    assert 1 <= ratio <= 21 + 1e-9
    assert ratio == contrast_ratio(second, first)


def test_ratio_text_cuts_instead_of_rounding_so_a_fail_never_reads_4_5():
    assert ratio_text(4.49) == "4.4:1"
    assert ratio_text(4.5) == "4.5:1"
    assert ratio_text(21.0) == "21.0:1"


# --- colours -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "color"),
    [
        ("#C53948", (197, 57, 72, 1.0)),
        ("rgb(30, 29, 26)", (30, 29, 26, 1.0)),
        ("rgba(47, 45, 43, 0.4)", (47, 45, 43, 0.4)),
        ("transparent", TRANSPARENT),
    ],
)
def test_parse_color_reads_theme_hex_and_computed_styles(text, color):
    assert parse_color(text) == color


@pytest.mark.parametrize("text", ["", "red", "#12345", "rgb(1, 2)", "hsl(1, 2%, 3%)"])
def test_parse_color_refuses_other_forms(text):
    with pytest.raises(ValueError):
        parse_color(text)


@given(opaque_colors | st.sampled_from([TRANSPARENT, (47, 45, 43, 0.4)]))
def test_css_writes_what_parse_color_reads(color):
    assert parse_color(css(color)) == color


def test_opaque_paint_hides_what_is_below_and_transparent_shows_it():
    below = parse_color("#171614")
    assert over(WHITE, below) == WHITE
    assert over(TRANSPARENT, below) == below
    assert over((255, 255, 255, 0.5), BLACK) == (128, 128, 128, 1.0)


def test_transparentize_lowers_alpha_only():
    assert transparentize(parse_color("#2F2D2B"), 0.6) == (47, 45, 43, 0.4)


@pytest.mark.parametrize(
    ("background", "lightened"),
    [
        # Chromium's computed background of the real secondary button, read
        # by the browser tests: on the dark theme's page and sidebar.
        ("#171614", (30, 29, 26, 1.0)),
        ("#21201D", (41, 39, 36, 1.0)),
        # On the light sidebar color2k's rounding reaches 100% lightness.
        ("#F8F8F7", WHITE),
        ("#FFFFFF", WHITE),
    ],
)
def test_lighten_rounds_as_color2k_and_the_browser_do(background, lightened):
    assert lighten(parse_color(background), 0.025) == lightened


# --- the table of button colours ------------------------------------------------


def test_table_covers_every_type_theme_surface_and_state():
    expected = {
        (button_type, theme, surface, state)
        for button_type in BUTTON_TYPES
        for theme in THEMES
        for surface in SURFACES
        for state in STATES
    }
    assert set(BUTTON_COLORS) == expected
    assert len(expected) == 3 * 2 * 2 * 2


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("surface", SURFACES)
def test_primary_is_white_on_the_primary_colour(theme, surface):
    colors = BUTTON_COLORS["primary", theme, surface, "enabled"]
    assert colors.text == WHITE
    assert colors.background == PALETTES[theme, surface].primary


@pytest.mark.parametrize("button_type", BUTTON_TYPES)
def test_disabled_buttons_are_faded_text_on_the_surface(button_type):
    for theme in THEMES:
        for surface in SURFACES:
            colors = BUTTON_COLORS[button_type, theme, surface, "disabled"]
            palette = PALETTES[theme, surface]
            assert colors.background == TRANSPARENT
            assert colors.seen_background == palette.background
            assert colors.text[:3] == palette.body_text[:3]
            assert colors.text[3] == pytest.approx(0.4)


def test_tertiary_takes_the_sidebar_background_and_secondary_its_own():
    on_page = BUTTON_COLORS["tertiary", "light", "main", "enabled"]
    on_sidebar = BUTTON_COLORS["tertiary", "light", "sidebar", "enabled"]
    assert on_page.seen_background != on_sidebar.seen_background
    assert on_sidebar.seen_background == PALETTES["light", "sidebar"].background
    # Secondary paints its own (lighter) background on the light sidebar.
    secondary = BUTTON_COLORS["secondary", "light", "sidebar", "enabled"]
    assert secondary.seen_background == WHITE != on_sidebar.seen_background


@pytest.mark.parametrize("key", sorted(BUTTON_COLORS))
def test_a_figure_passes_exactly_when_it_reaches_4_5(key):
    colors = BUTTON_COLORS[key]
    assert colors.passes == (colors.ratio >= MIN_RATIO)


def test_passes_flips_at_4_5_to_1():
    passing = ButtonColors(parse_color("#767676"), WHITE, WHITE)
    failing = ButtonColors(parse_color("#777777"), WHITE, WHITE)
    assert passing.passes and not failing.passes


def test_stock_figures_flag_disabled_buttons_and_pass_enabled_ones():
    for (_, _, _, state), colors in BUTTON_COLORS.items():
        assert colors.passes == (state == "enabled")


def test_an_enabled_figure_under_4_5_is_flagged_in_red_with_a_warning():
    # No stock enabled button fails, so the flag is checked on made-up ratios.
    text = format_figures({"light": 4.49, "dark": 7.0}, exempt=False)
    assert text == ":red[light 4.4:1 :material/warning:] · dark 7.0:1"


def test_an_enabled_figure_at_4_5_or_more_is_not_flagged():
    text = format_figures({"light": 4.5, "dark": 21.0}, exempt=False)
    assert text == "light 4.5:1 · dark 21.0:1"


def test_an_exempt_figure_under_4_5_is_shown_plainly_and_called_exempt():
    text = format_figures({"light": 2.29, "dark": 3.41}, exempt=True)
    assert text == "light 2.2:1 · dark 3.4:1 · exempt"


def test_figures_text_flags_no_stock_button_and_calls_disabled_ones_exempt():
    assert figures_text("primary", "main", "enabled") == "light 5.1:1 · dark 4.6:1"
    for (button_type, _, surface, state), _ in BUTTON_COLORS.items():
        text = figures_text(button_type, surface, state)
        assert ":red[" not in text and ":material/warning:" not in text
        assert text.endswith(f" · {EXEMPT_WORD}") == (state == "disabled")
    disabled = figures_text("primary", "main", "disabled")
    assert disabled == "light 2.2:1 · dark 3.4:1 · exempt"


# --- the colours are Streamlit's own -------------------------------------------

FRONTEND = Path(streamlit.__file__).parent / "static" / "static" / "js"


def hex_of(color):
    return "#{:02X}{:02X}{:02X}".format(*color[:3])


def bundle_literals(theme, surface):
    """How the wheel's minified bundle writes this palette's colours."""
    palette = PALETTES[theme, surface]
    if surface == "sidebar":
        # The stock sidebar surface, by base theme; text and primary are the theme's.
        return [f"{theme.upper()}]:{{backgroundColor:`{hex_of(palette.background)}`"]
    text_and_primary = (
        f"bodyText:`{hex_of(palette.body_text)}`,primary:`{hex_of(palette.primary)}`"
    )
    if theme == "light":
        return [f"{{bgColor:`{hex_of(palette.background)}`,", text_and_primary]
    return [f"bgColor:`{hex_of(palette.background)}`,{text_and_primary}"]


@pytest.fixture(scope="module")
def bundle():
    return "\n".join(path.read_text() for path in FRONTEND.glob("*.js"))


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("surface", SURFACES)
def test_palette_is_the_installed_streamlit_frontends(bundle, theme, surface):
    for literal in bundle_literals(theme, surface):
        assert literal in bundle


@pytest.mark.parametrize("theme", THEMES)
def test_the_sidebar_keeps_its_themes_text_and_primary_colours(theme):
    main, sidebar = PALETTES[theme, "main"], PALETTES[theme, "sidebar"]
    assert (sidebar.body_text, sidebar.primary) == (main.body_text, main.primary)
    assert sidebar.background != main.background


def test_bundle_check_would_notice_another_palette(bundle):
    assert "bodyText:`#31333F`" not in bundle


def test_app_keeps_streamlits_stock_themes_that_the_figures_describe():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert "theme" not in config


# --- the compare buttons' arguments ---------------------------------------------


@given(button_configs, st.sampled_from(BUTTON_TYPES), st.sampled_from(STATES))
def test_compare_button_is_the_preview_with_another_type_and_state(
    cfg, button_type, state
):
    kwargs = compare_kwargs(cfg, button_type, state)
    assert "key" not in kwargs and "shortcut" not in kwargs
    assert kwargs.get("type", "secondary") == button_type
    assert kwargs.get("disabled", False) == (state == "disabled")
    own = {"key", "shortcut", "type", "disabled"}
    assert _without(kwargs, own) == _without(call_kwargs(cfg), own)


def _without(kwargs, names):
    return {name: value for name, value in kwargs.items() if name not in names}


def test_compare_keys_are_prefixed_and_distinct():
    keys = {
        button_key(button_type, state, surface)
        for button_type in BUTTON_TYPES
        for state in STATES
        for surface in SURFACES
    }
    assert len(keys) == 12
    assert all(key.startswith("compare_") for key in keys)
    assert button_key("primary", "enabled", "main") == "compare_primary"
    assert button_key("primary", "disabled", "sidebar") == (
        "compare_sidebar_primary_disabled"
    )


def test_default_configs_secondary_enabled_compare_button_is_the_bare_call():
    assert compare_kwargs(ButtonConfig(), "secondary", "enabled") == {
        "label": "Click me"
    }
