"""The colours a theme paints buttons' surfaces with, and what that does to contrast."""

from __future__ import annotations

import pytest

from components.core.compare import PALETTES, SURFACES, THEMES
from components.core.theme import NO_THEME, make_theme
from components.core.theme_colours import (
    figures_text,
    primary_label_warning,
    theme_modes,
    theme_palette,
)

KHAKI = make_theme({"primaryColor": "#f0e68c"})


@pytest.mark.parametrize("mode", THEMES)
@pytest.mark.parametrize("surface", SURFACES)
def test_no_theme_paints_streamlits_own_palettes(mode, surface):
    assert theme_palette(NO_THEME, mode, surface) == PALETTES[mode, surface]


@pytest.mark.parametrize(
    "values, modes",
    [
        ({}, ("light", "dark")),
        ({"primaryColor": "#0068c9"}, ("light",)),
        ({"base": "dark"}, ("dark",)),
        ({"base": "dark", "light.primaryColor": "#0068c9"}, ("light", "dark")),
    ],
)
def test_a_theme_is_seen_in_its_base_or_in_both_modes_with_their_tables(values, modes):
    assert theme_modes(make_theme(values)) == modes


def test_a_sidebar_on_a_dark_background_takes_the_dark_modes_text():
    theme = make_theme({"secondaryBackgroundColor": "#223344"})
    sidebar = theme_palette(theme, "light", "sidebar")
    assert sidebar.background == (34, 51, 68, 1.0)
    assert sidebar.body_text == PALETTES["dark", "main"].body_text
    assert theme_palette(theme, "light", "main").body_text == (
        PALETTES["light", "main"].body_text
    )


def test_a_sidebar_table_goes_over_the_theme():
    theme = make_theme({"textColor": "#000000", "sidebar.textColor": "#112233"})
    assert theme_palette(theme, "light", "sidebar").body_text == (17, 34, 51, 1.0)
    assert theme_palette(theme, "light", "main").body_text == (0, 0, 0, 1.0)


def test_white_on_a_light_primary_is_warned_with_its_figures_at_rest_and_on_hover():
    warning = primary_label_warning(KHAKI)
    assert "1.2:1 at rest and 1.4:1 under the pointer" in warning
    assert "(light, the main area)" in warning


def test_a_dark_primary_is_not_warned():
    """The twin."""
    assert primary_label_warning(make_theme({"primaryColor": "#0068c9"})) is None
    assert primary_label_warning(NO_THEME) is None


def test_the_compare_figures_follow_the_theme():
    assert figures_text("primary", "main", "enabled") == "light 5.1:1 · dark 4.6:1"
    themed = figures_text("primary", "main", "enabled", KHAKI)
    assert themed.startswith(":red[light 1.2:1") and "dark" not in themed
