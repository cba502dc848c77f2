"""The theme's config.toml: written with ``tomli_w``, read with ``tomllib``, never run.

Only the options set are written, in ``[theme]`` and its tables; a file read
back keeps its valid options and says why it did not take any other. The
bundled theme presets (``presets/themes/``) are such files with a title.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import tomli_w

from components.core.text import quoted_name
from components.core.theme import (
    NO_THEME,
    PATHS,
    TABLES,
    Theme,
    ThemeError,
    check_value,
    make_theme,
    option_path,
    split_path,
)


def theme_table(theme: Theme) -> dict[str, Any]:
    """The ``[theme]`` table of config.toml: the options set, its tables nested."""
    top: dict[str, Any] = {}
    for path, value in theme.values:
        table, name = split_path(path)
        (top if table == "theme" else top.setdefault(table, {}))[name] = value
    return top


def theme_toml(theme: Theme) -> str:
    """config.toml with the options set, in ``[theme]`` and its tables; "" for none."""
    return tomli_w.dumps({"theme": theme_table(theme)}) if theme else ""


@dataclass(frozen=True)
class ThemeReading:
    """What a config.toml gave: the theme of its valid options, and why any
    other was not taken, by path (or by the file, ``""``)."""

    theme: Theme
    problems: dict[str, str]


# The tables [theme] may hold: [theme.sidebar], [theme.light], [theme.dark].
SUB_TABLES = tuple(table for table in TABLES if table != "theme")


def read_theme_toml(text: str) -> ThemeReading:
    """The ``[theme]`` of a config.toml (or of just that section), read with ``tomllib``."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return ThemeReading(NO_THEME, {"": f"This is not TOML: {error}."})
    except (ValueError, RecursionError) as error:
        # A number of over 4,300 digits; arrays nested past Python's depth.
        return ThemeReading(NO_THEME, {"": f"This TOML can't be read: {error}."})
    if "theme" not in document:
        return ThemeReading(NO_THEME, {"": "There is no [theme] section in it."})
    return read_theme_table(document["theme"])


def read_theme_table(top: Any) -> ThemeReading:
    """A ``[theme]`` table (from TOML, or JSON in a link): its valid options,
    and why any other was not taken."""
    if not isinstance(top, dict):
        return ThemeReading(NO_THEME, {"": "[theme] is not a table of options."})
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for table, options in _tables_of(top, problems):
        for name, value in options.items():
            path = option_path(table, str(name))
            if path not in PATHS:
                problems[path] = (
                    f"{_option_named(table, str(name))} is not an option the "
                    "playground sets."
                )
                continue
            try:
                values[path] = check_value(path, value)
            except ThemeError as error:
                problems[path] = str(error)
    return ThemeReading(make_theme(values), problems)


def _option_named(table: str, name: str) -> str:
    """An unknown option as a message names it: its path, or, for an empty
    name (whose path would read as a table's), the table it sits in."""
    if name:
        return quoted_name(option_path(table, name))
    place = "theme" if table == "theme" else f"theme.{table}"
    return f"{quoted_name(name)} in [{place}]"


def _tables_of(
    top: dict[str, Any], problems: dict[str, str]
) -> list[tuple[str, dict[str, Any]]]:
    tables = [("theme", {k: v for k, v in top.items() if not isinstance(v, dict)})]
    for name, table in top.items():
        if not isinstance(table, dict):
            continue
        if name in SUB_TABLES:
            tables.append((name, table))
        else:
            problems[f"{name}."] = (
                f"{quoted_name(name)} in [theme] is not a table the playground "
                "sets: it sets [theme.sidebar], [theme.light] and [theme.dark]."
            )
    return tables


THEME_PRESETS_DIR = Path(__file__).parents[2] / "presets" / "themes"


@dataclass(frozen=True)
class ThemePreset:
    """A bundled theme: its title, what it teaches, and its options."""

    title: str
    description: str
    theme: Theme


def read_theme_preset(text: str) -> tuple[ThemePreset | None, list[str]]:
    """A theme preset file: ``title``, ``description`` and a ``[theme]`` table
    with no problem; else None and every reason."""
    reading = read_theme_toml(text)
    problems = list(reading.problems.values())
    try:
        meta = tomllib.loads(text)
    except (ValueError, RecursionError):  # said by read_theme_toml's problems
        return None, problems
    title, description = meta.get("title"), meta.get("description", "")
    if not isinstance(title, str) or not title.strip():
        problems.append("`title` is missing: a theme preset needs one.")
    if not isinstance(description, str):
        problems.append("`description` is text.")
    if problems:
        return None, problems
    return ThemePreset(title.strip(), description.strip(), reading.theme), []


@cache
def bundled_theme_presets() -> tuple[ThemePreset, ...]:
    """The presets in ``presets/themes/``, in file-name order; a file with a
    problem is left out (the folder's test names it)."""
    presets = []
    for path in sorted(THEME_PRESETS_DIR.glob("*.toml")):
        preset, _ = read_theme_preset(path.read_text(encoding="utf-8"))
        if preset is not None:
            presets.append(preset)
    return tuple(presets)


def theme_preset_titled(title: str) -> ThemePreset:
    return next(p for p in bundled_theme_presets() if p.title == title)
