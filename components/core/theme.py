"""The app's theme: the config.toml options that shape buttons, and their rules.

Owns the options the playground offers, each declared once with its tables
(``[theme]``, ``[theme.sidebar]``, ``[theme.light]``, ``[theme.dark]``);
Streamlit 1.67.0's rules for their values, which its frontend applies (a value
it refuses is ignored with a console warning, so here it is refused with a
sentence instead); and the frozen ``Theme``. Its file is ``theme_file``'s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import tinycss2.color3
import tinycss2.color4

from components.core.text import quoted

TABLES: tuple[str, ...] = ("theme", "sidebar", "light", "dark")
COLOURS = (
    "primaryColor",
    "backgroundColor",
    "secondaryBackgroundColor",
    "textColor",
    "borderColor",
)
RADII = ("none", "small", "medium", "large", "full")
FONTS = ("sans-serif", "serif", "monospace")
BASES = ("light", "dark")
FONT_WEIGHTS = tuple(range(100, 601, 50))  # the frontend's rule: 100-600, by 50
MAX_FONT_SIZE = 48  # the playground's bound: its own page takes the theme too


class ThemeError(ValueError):
    """An invalid value for one option; ``path`` names it for the UI."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class ThemeOption:
    """One config.toml option: its name, the control that sets it, its tables."""

    name: str
    control: str  # colour, radius, choice, size or flag
    help: str
    tables: tuple[str, ...] = ("theme",)
    choices: tuple[Any, ...] = ()

    @property
    def typed(self) -> bool:
        """Whether its control is a text box ("" while unset), not a choice."""
        return self.control in ("colour", "radius")


OPTIONS: tuple[ThemeOption, ...] = (
    ThemeOption("base", "choice", "The theme the others start from.", choices=BASES),
    ThemeOption(
        "primaryColor",
        "colour",
        "A primary button's background and border; white text is drawn on it, whatever the colour.",
        TABLES,
    ),
    ThemeOption(
        "backgroundColor",
        "colour",
        "The page's background, and a secondary button's.",
        TABLES,
    ),
    ThemeOption(
        "secondaryBackgroundColor",
        "colour",
        "The background of inputs and of the sidebar.",
        TABLES,
    ),
    ThemeOption(
        "textColor", "colour", "The text, a secondary button's label too.", TABLES
    ),
    ThemeOption("borderColor", "colour", "A secondary button's border.", TABLES),
    ThemeOption(
        "baseRadius",
        "radius",
        "The corners of every element: none, small, medium, large, full, or px or rem.",
    ),
    ThemeOption(
        "buttonRadius",
        "radius",
        "The corners of buttons, over baseRadius: none, small, medium, large, full, or px or rem.",
    ),
    ThemeOption("font", "choice", "The text's font family.", choices=FONTS),
    ThemeOption(
        "baseFontSize",
        "size",
        f"The root font size in pixels, 1 to {MAX_FONT_SIZE}; Streamlit's default is 16.",
    ),
    ThemeOption(
        "baseFontWeight",
        "choice",
        "The weight of body text, a button's label too: 100 to 600, by 50.",
        choices=FONT_WEIGHTS,
    ),
    ThemeOption(
        "showWidgetBorder",
        "flag",
        "Whether inputs draw a border.",
        choices=(True, False),
    ),
)


def option_path(table: str, name: str) -> str:
    """``primaryColor`` in ``[theme]``, ``sidebar.primaryColor`` in ``[theme.sidebar]``."""
    return name if table == "theme" else f"{table}.{name}"


def split_path(path: str) -> tuple[str, str]:
    """The table and the option name of a path."""
    table, _, name = path.rpartition(".")
    return table or "theme", name


PATHS: tuple[str, ...] = tuple(
    option_path(table, option.name)
    for table in TABLES
    for option in OPTIONS
    if table in option.tables
)
_BY_NAME = {option.name: option for option in OPTIONS}


def option_of(path: str) -> ThemeOption:
    return _BY_NAME[split_path(path)[1]]


@dataclass(frozen=True)
class Theme:
    """The options set, by path, in the order declared; unset ones are absent."""

    values: tuple[tuple[str, Any], ...] = ()

    def get(self, path: str, default: Any = None) -> Any:
        return dict(self.values).get(path, default)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.values)

    def __bool__(self) -> bool:
        return bool(self.values)


NO_THEME = Theme()


def make_theme(values: Mapping[str, Any]) -> Theme:
    """A theme of ``values`` by path, unset (None or empty) ones left out."""
    return Theme(
        tuple(
            (path, values[path]) for path in PATHS if values.get(path) not in (None, "")
        )
    )


def check_value(path: str, value: Any) -> Any:
    """The value as config.toml holds it, or ``ThemeError`` with Streamlit's reason."""
    if value is None or value == "":
        return None
    option = option_of(path)
    checker = _CHECKS[option.control]
    return checker(path, option, value)


def _check_colour(path: str, _option: ThemeOption, value: Any) -> str:
    if not isinstance(value, str):
        raise ThemeError(path, f"`{path}` is a colour, written as a string.")
    text = value.strip()
    if text.lower() == "currentcolor":
        raise ThemeError(
            path,
            f"`{path}` is currentcolor, which names no colour of its own: a theme "
            "colour needs one.",
        )
    if _parsed_colour(text) is None:
        raise ThemeError(
            path,
            f"`{path}` is {quoted(text)}, which is not a colour: Streamlit ignores "
            "it and keeps its own. Use a CSS colour: #ff4b4b, rgb(255 75 75), "
            "hsl(0 100% 65%) or a name such as tomato.",
        )
    if colour_rgba(text) is None:
        raise ThemeError(
            path,
            f"`{path}` is {quoted(text)}, a colour Streamlit takes but not one in "
            "sRGB, so its contrast can't be computed here. Use hex, rgb(), hsl(), "
            "hwb() or a name.",
        )
    return text


def _parsed_colour(text: str) -> Any:
    """tinycss2's colour for a CSS colour as the browser reads it (a bare hex
    gets its ``#``, as Streamlit's frontend gives it); None: not a colour.

    Commas are CSS Color 3's syntax, which Chromium holds to its rules there
    (``hsl(120, 50, 50)`` is refused); without them, CSS Color 4's.
    """
    parse = tinycss2.color3.parse_color if "," in text else tinycss2.color4.parse_color
    for candidate in (text, f"#{text}"):
        try:
            parsed = parse(candidate)
        except ValueError:  # a number of over 4,300 digits, which int() refuses
            return None
        if parsed is not None and not isinstance(parsed, str):  # currentcolor
            return parsed
    return None


def colour_rgba(text: str) -> tuple[int, int, int, float] | None:
    """A CSS colour in sRGB as 8-bit channels and alpha; None: not such a colour."""
    parsed = _parsed_colour(text)
    if parsed is None:
        return None
    if isinstance(parsed, tinycss2.color3.RGBA):
        *rgb, alpha = parsed
    else:
        try:
            rgb, alpha = parsed.to("srgb").coordinates, parsed.alpha
        except NotImplementedError:  # lab(), oklch(), display-p3…
            return None
    if any(math.isnan(number) for number in (*rgb, alpha)):
        return None
    # Out of gamut, even past a float's range, as the browser clamps it.
    channels = (round(min(max(c, 0.0), 1.0) * 255) for c in rgb)
    return (*channels, float(alpha))


def _check_radius(path: str, _option: ThemeOption, value: Any) -> str:
    if isinstance(value, str):
        text = value.strip().lower()
        number = text.removesuffix("rem").removesuffix("px")
        if text in RADII or _non_negative(number):
            return text
    raise ThemeError(
        path,
        f"`{path}` is {quoted(value)}, which is not a radius: Streamlit falls back "
        f"to its default. Use {', '.join(RADII)}, or a size such as 8px or 0.5rem.",
    )


def _non_negative(text: str) -> bool:
    # ASCII digits only: float() would also take "٣", "1_000" and "nan",
    # which the frontend's parseFloat reads otherwise or not at all.
    return _SIZE_NUMBER.fullmatch(text) is not None


_SIZE_NUMBER = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+")


def _check_choice(path: str, option: ThemeOption, value: Any) -> Any:
    if value in option.choices and type(value) is type(option.choices[0]):
        return value
    allowed = ", ".join(str(choice) for choice in option.choices)
    raise ThemeError(path, f"`{path}` is one of {allowed}, not {quoted(value)}.")


def _check_size(path: str, _option: ThemeOption, value: Any) -> int:
    if type(value) is int and 1 <= value <= MAX_FONT_SIZE:
        return value
    raise ThemeError(
        path,
        f"`{path}` is a whole number of pixels, 1 to {MAX_FONT_SIZE} here "
        "(Streamlit takes any above 0; larger would swamp this page): not "
        f"{quoted(value)}.",
    )


def _check_flag(path: str, _option: ThemeOption, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ThemeError(path, f"`{path}` is true or false, not {quoted(value)}.")


_CHECKS = {
    "colour": _check_colour,
    "radius": _check_radius,
    "choice": _check_choice,
    "size": _check_size,
    "flag": _check_flag,
}
