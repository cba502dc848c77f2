"""The compare panel's logic: each type's button and its WCAG contrast in Streamlit's colours.

Owns the compare buttons' arguments (the preview's, with another type and
state) and the contrast maths (WCAG 2.x relative luminance and contrast ratio, and
alpha compositing for see-through colours) and the colours Streamlit 1.67.0
paints each button type with: per theme (light, dark), per surface (the main
area, the sidebar) and per state (enabled, disabled). The figures are computed
once, at import: 24 small sums.

No package in requirements.txt does WCAG contrast, and the formula is a few
lines, so it is written here and tested against WCAG's published figures.
"""

from __future__ import annotations

import colorsys
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from components.core.arguments import BUTTON_TYPES, ButtonType
from components.core.config import ButtonConfig, call_kwargs

Theme = Literal["light", "dark"]
Surface = Literal["main", "sidebar"]
State = Literal["enabled", "disabled"]
THEMES: tuple[Theme, ...] = get_args(Theme)
SURFACES: tuple[Surface, ...] = get_args(Surface)
STATES: tuple[State, ...] = get_args(State)

# WCAG 2.x success criterion 1.4.3 (AA) for text below 18pt (24px): buttons'
# labels are body-sized. The criterion exempts inactive (disabled) controls.
MIN_RATIO = 4.5

# Red, green, blue (0-255) and alpha (0-1), as CSS colours are.
Rgba = tuple[int, int, int, float]
TRANSPARENT: Rgba = (0, 0, 0, 0.0)

_HEX = re.compile(r"#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})", re.IGNORECASE)
_RGB = re.compile(
    r"rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)", re.IGNORECASE
)


def parse_color(text: str) -> Rgba:
    """``#rrggbb``, ``rgb(r, g, b)``, ``rgba(r, g, b, a)`` or ``transparent``.

    The forms Streamlit's theme uses and the browser's computed style gives.
    """
    text = text.strip()
    if text.lower() == "transparent":
        return TRANSPARENT
    if match := _HEX.fullmatch(text):
        red, green, blue = (int(part, 16) for part in match.groups())
        return red, green, blue, 1.0
    if match := _RGB.fullmatch(text):
        red, green, blue, alpha = match.groups()
        return int(red), int(green), int(blue), float(alpha or 1)
    raise ValueError(f"not a colour: {text!r}")


def css(color: Rgba) -> str:
    """The colour as a browser's computed style writes it."""
    red, green, blue, alpha = color
    if alpha == 1:
        return f"rgb({red}, {green}, {blue})"
    return f"rgba({red}, {green}, {blue}, {alpha:g})"


def relative_luminance(color: Rgba) -> float:
    """WCAG 2.x relative luminance of an opaque colour, 0 (black) to 1 (white).

    WCAG 2.0 printed the sRGB threshold as 0.03928, later corrected to 0.04045;
    no 8-bit channel value lies between the two, so both give the same figure.
    """

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue, _ = color
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: Rgba, second: Rgba) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, from 1 to 21, in either order."""
    lighter, darker = sorted(map(relative_luminance, (first, second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(top: Rgba, below: Rgba) -> Rgba:
    """``top`` painted over the opaque ``below``: what the screen shows."""
    *channels, alpha = top
    mixed = (
        _round(alpha * mine + (1 - alpha) * theirs)
        for mine, theirs in zip(channels, below[:3])
    )
    return (*mixed, 1.0)


def transparentize(color: Rgba, amount: float) -> Rgba:
    """color2k's ``transparentize``, as Streamlit's theme uses it: alpha lowered."""
    red, green, blue, alpha = color
    return red, green, blue, round(min(max(alpha - amount, 0.0), 1.0), 3)


def lighten(color: Rgba, amount: float) -> Rgba:
    """color2k's ``lighten``, as Streamlit's theme uses it, and as the browser paints it.

    color2k adds ``amount`` to the HSL lightness and writes ``hsla()`` with
    whole degrees and whole percents; the browser turns that into 8-bit RGB.
    Both roundings change the result, so both are reproduced.
    """
    red, green, blue, alpha = color
    hue, light, saturation = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)
    hue_degrees = _round(hue * 360) % 360
    percent = [
        _round(min(max(v, 0.0), 1.0) * 100) for v in (saturation, light + amount)
    ]
    rgb = colorsys.hls_to_rgb(hue_degrees / 360, percent[1] / 100, percent[0] / 100)
    return (*(_round(channel * 255) for channel in rgb), alpha)


def _round(value: float) -> int:
    # JavaScript's rounding (half up), which color2k and the browser use.
    return math.floor(value + 0.5)


# --- Streamlit 1.67.0's colours ------------------------------------------------
#
# Read from the frontend the 1.67.0 wheel ships (the compiled bundle under
# streamlit/static/static/js/, which is what the browser runs):
# - utils.ob4wbeQt.js, from frontend/lib/src/theme/emotionLightTheme and
#   emotionDarkTheme themeColors.ts: the light theme's bgColor #FFFFFF,
#   bodyText #2F2D2B, primary #C53948; the dark theme's bgColor #171614,
#   bodyText #EDEBE8, primary #CF4250. And the sidebar's stock surfaces when
#   the app sets no theme (as this one: .streamlit/config.toml has no [theme]):
#   backgroundColor #F8F8F7 (light) and #21201D (dark); the sidebar keeps the
#   base theme's text and primary colours.
# - opacities.Blb4Ho7_.js, from frontend/lib/src/theme/getColors.ts:
#   fadedText40 = transparentize(bodyText, 0.6), lightenedBg05 =
#   lighten(bgColor, 0.025), computed for each surface from its own bgColor.
# - styled-components.XLtagUku.js, from
#   frontend/lib/src/components/shared/BaseButton/styled-components.ts:
#   primary: backgroundColor primary, color white; secondary: backgroundColor
#   lightenedBg05, color inherited (bodyText); tertiary: backgroundColor
#   transparent, color inherited. Disabled, all three: backgroundColor
#   transparent, color fadedText40.
# The streamlit/streamlit source snapshot at hand (commit 2db81f7, Oct 2024)
# predates these colours (#0e1117, #31333F, #ff4b4b), so the wheel is the
# authority. A unit test finds these literals in the installed bundle, and the
# browser tests compare the table with the real buttons' computed styles.

WHITE: Rgba = (255, 255, 255, 1.0)


@dataclass(frozen=True)
class Palette:
    """The theme colours a button on one surface is painted from."""

    background: Rgba
    body_text: Rgba
    primary: Rgba


PALETTES: dict[tuple[Theme, Surface], Palette] = {
    ("light", "main"): Palette(*map(parse_color, ("#FFFFFF", "#2F2D2B", "#C53948"))),
    ("light", "sidebar"): Palette(*map(parse_color, ("#F8F8F7", "#2F2D2B", "#C53948"))),
    ("dark", "main"): Palette(*map(parse_color, ("#171614", "#EDEBE8", "#CF4250"))),
    ("dark", "sidebar"): Palette(*map(parse_color, ("#21201D", "#EDEBE8", "#CF4250"))),
}


@dataclass(frozen=True)
class ButtonColors:
    """A button's own text and background colours, and the surface it sits on.

    ``text`` and ``background`` are what the browser computes for the button
    element; a transparent background shows the surface.
    """

    text: Rgba
    background: Rgba
    surface: Rgba

    @property
    def seen_background(self) -> Rgba:
        return over(self.background, self.surface)

    @property
    def seen_text(self) -> Rgba:
        return over(self.text, self.seen_background)

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.seen_text, self.seen_background)

    @property
    def passes(self) -> bool:
        return self.ratio >= MIN_RATIO


def button_colors(
    button_type: ButtonType, theme: Theme, surface: Surface, state: State
) -> ButtonColors:
    """The colours Streamlit 1.67.0 paints ``button_type`` with (see above)."""
    return paint(PALETTES[theme, surface], button_type, state)


def paint(palette: Palette, button_type: ButtonType, state: State) -> ButtonColors:
    """The colours a button of ``button_type`` gets from ``palette``."""
    if state == "disabled":
        text, background = transparentize(palette.body_text, 0.6), TRANSPARENT
    elif button_type == "primary":
        text, background = WHITE, palette.primary
    elif button_type == "secondary":
        text, background = palette.body_text, lighten(palette.background, 0.025)
    else:
        text, background = palette.body_text, TRANSPARENT
    return ButtonColors(text, background, palette.background)


BUTTON_COLORS: dict[tuple[ButtonType, Theme, Surface, State], ButtonColors] = {
    (button_type, theme, surface, state): button_colors(
        button_type, theme, surface, state
    )
    for button_type in BUTTON_TYPES
    for theme in THEMES
    for surface in SURFACES
    for state in STATES
}


def ratio_text(ratio: float) -> str:
    """A ratio as "4.4:1", cut (never rounded) to one decimal.

    Rounding could show 4.47 as "4.5:1" beside a fail flag; cutting keeps
    every shown figure on the same side of 4.5 as the real one.
    """
    return f"{math.floor(ratio * 10) / 10:.1f}:1"


EXEMPT_WORD = "exempt"


def compare_kwargs(
    cfg: ButtonConfig, button_type: ButtonType, state_name: State
) -> dict[str, Any]:
    """The widget's arguments for one compare button: the preview's, with this
    type and state, and neither the user's key (it names one widget) nor
    shortcut (it would click them all)."""
    variant = replace(
        cfg,
        type=button_type,
        disabled=state_name == "disabled",
        key=None,
        shortcut=None,
    )
    return call_kwargs(variant)


def format_figures(ratios: Mapping[str, float], exempt: bool) -> str:
    """ "light 5.1:1 · dark 4.6:1", each figure under 4.5:1 in red with a warning.

    An exempt button (a disabled one: WCAG asks nothing of inactive controls)
    shows its figures plainly, followed by the word "exempt": a red flag
    there would contradict the caption above.
    """
    parts = []
    for theme, ratio in ratios.items():
        figure = f"{theme} {ratio_text(ratio)}"
        flagged = not exempt and ratio < MIN_RATIO
        parts.append(f":red[{figure} :material/warning:]" if flagged else figure)
    if exempt:
        parts.append(EXEMPT_WORD)
    return " · ".join(parts)
