"""The colours Streamlit 1.67.0 paints a button's surface with, under a theme.

Read from the frontend's createTheme and its sidebar theme (``utils.ob4wbeQt.js``):
a theme's mode is its ``base`` (light without one), or each of light and dark
when it has ``[theme.light]`` / ``[theme.dark]`` tables, whose colours then go
over ``[theme]``'s; the colours set go over the mode's own. The sidebar's
background is ``[theme.sidebar]``'s, else the main area's secondary
background (Streamlit's stock sidebar colour while the main area keeps its
mode's own two backgrounds); its mode is the main area's under light/dark
tables, else light or dark by that background's luminance; then the
sidebar's colours go over ``[theme]``'s over that mode's. A primary button
under the pointer is its colour darkened by 0.15. The browser tier checks
each colour here against the real page under several themes.
"""

from __future__ import annotations

from components.core.arguments import ButtonType
from components.core.compare import (
    MIN_RATIO,
    PALETTES,
    WHITE,
    Palette,
    Rgba,
    State,
    Surface,
    contrast_ratio,
    format_figures,
    lighten,
    paint,
    parse_color,
    ratio_text,
    relative_luminance,
)
from components.core.theme import NO_THEME, Theme, colour_rgba

Mode = str  # "light" or "dark"
# Each mode's own backgrounds, as createTheme starts from them.
OWN_BACKGROUNDS: dict[Mode, tuple[str, str]] = {
    "light": ("#FFFFFF", "#F8F8F7"),
    "dark": ("#171614", "#2D2B27"),
}
HOVER_DARKENING = 0.15


def theme_modes(theme: Theme) -> tuple[Mode, ...]:
    """The modes an app with this theme can be seen in: a viewer picks one in
    the app's settings when there are two."""
    if not theme or _has_mode_tables(theme):
        return ("light", "dark")
    return (theme.get("base", "light"),)


def _has_mode_tables(theme: Theme) -> bool:
    return any(path.startswith(("light.", "dark.")) for path, _ in theme.values)


def theme_palette(theme: Theme, mode: Mode, surface: Surface) -> Palette:
    """What a button on ``surface`` is painted from, in ``mode`` of ``theme``."""
    tables = _has_mode_tables(theme)
    main = _colours(theme, mode, [mode] if tables else [])
    if surface == "main":
        return Palette(main["backgroundColor"], main["textColor"], main["primaryColor"])
    under = mode if tables else _by_luminance(main["backgroundColor"])
    own = tuple(map(parse_color, OWN_BACKGROUNDS[under]))
    keeps_own = (main["backgroundColor"], main["secondaryBackgroundColor"]) == own
    stock = PALETTES[under, "sidebar"].background
    background = _colour(theme.get("sidebar.backgroundColor")) or (
        stock if keeps_own else main["secondaryBackgroundColor"]
    )
    sidebar_mode = under if tables else _by_luminance(background)
    sidebar = _colours(theme, sidebar_mode, ([mode] if tables else []) + ["sidebar"])
    return Palette(background, sidebar["textColor"], sidebar["primaryColor"])


def figures_text(
    button_type: ButtonType, surface: Surface, state: State, theme: Theme = NO_THEME
) -> str:
    """The figures shown under one compare button: its contrast in each mode
    of the theme (Streamlit's light and dark without one)."""
    ratios = {
        mode: paint(theme_palette(theme, mode, surface), button_type, state).ratio
        for mode in theme_modes(theme)
    }
    return format_figures(ratios, exempt=state == "disabled")


def primary_hover(palette: Palette) -> Rgba:
    """A primary button's background under the pointer."""
    return lighten(palette.primary, -HOVER_DARKENING)


def primary_label_warning(theme: Theme) -> str | None:
    """Why a primary button's label is hard to read under ``theme``: Streamlit
    draws it white whatever the primary colour, at rest and under the pointer."""
    if not any(path.endswith("primaryColor") for path, _ in theme.values):
        return None
    weak = []
    for mode in theme_modes(theme):
        for surface in ("main", "sidebar"):
            palette = theme_palette(theme, mode, surface)
            rest = paint(palette, "primary", "enabled").ratio
            hover = contrast_ratio(WHITE, primary_hover(palette))
            if min(rest, hover) < MIN_RATIO:
                where = f"{mode}, {'the sidebar' if surface == 'sidebar' else 'the main area'}"
                weak.append(
                    f"{ratio_text(rest)} at rest and {ratio_text(hover)} under the pointer ({where})"
                )
    if not weak:
        return None
    return (
        "A primary button's label is always white: on this primaryColor it reads "
        + "; ".join(weak)
        + f", under WCAG's {MIN_RATIO:g}:1 for text. Pick a darker primaryColor."
    )


def _colours(theme: Theme, mode: Mode, tables: list[str]) -> dict[str, Rgba]:
    """The mode's own colours, then ``[theme]``'s, then each table's over them."""
    own = PALETTES[mode, "main"]
    colours = {
        "backgroundColor": own.background,
        "secondaryBackgroundColor": parse_color(OWN_BACKGROUNDS[mode][1]),
        "textColor": own.body_text,
        "primaryColor": own.primary,
    }
    for prefix in ["", *(f"{table}." for table in tables)]:
        for name in colours:
            colours[name] = _colour(theme.get(prefix + name)) or colours[name]
    return colours


def _colour(text: str | None) -> Rgba | None:
    return None if text is None else colour_rgba(text)


def _by_luminance(background: Rgba) -> Mode:
    return "light" if relative_luminance(background) > 0.5 else "dark"
