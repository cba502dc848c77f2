"""The theme's config.toml: written with ``tomli_w``, read with ``tomllib``, never run.

Only the options set are written, in ``[theme]`` and its tables; a file read
back keeps its valid options and says why it did not take any other.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

import tomli_w

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


def theme_toml(theme: Theme) -> str:
    """config.toml with the options set, in ``[theme]`` and its tables; "" for none."""
    document: dict[str, Any] = {}
    for path, value in theme.values:
        table, name = split_path(path)
        top = document.setdefault("theme", {})
        (top if table == "theme" else top.setdefault(table, {}))[name] = value
    return tomli_w.dumps(document) if document else ""


@dataclass(frozen=True)
class ThemeReading:
    """What a config.toml gave: the theme of its valid options, and why any
    other was not taken, by path (or by the file, ``""``)."""

    theme: Theme
    problems: dict[str, str]


def read_theme_toml(text: str) -> ThemeReading:
    """The ``[theme]`` of a config.toml (or of just that section), read with ``tomllib``."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return ThemeReading(NO_THEME, {"": f"This is not TOML: {error}."})
    top = document.get("theme")
    if not isinstance(top, dict):
        return ThemeReading(NO_THEME, {"": "There is no [theme] section in it."})
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for table, options in _tables_of(top, problems):
        for name, value in options.items():
            path = option_path(table, name)
            if path not in PATHS:
                problems[path] = f"`{path}` is not an option the playground sets."
                continue
            try:
                values[path] = check_value(path, value)
            except ThemeError as error:
                problems[path] = str(error)
    return ThemeReading(make_theme(values), problems)


def _tables_of(
    top: dict[str, Any], problems: dict[str, str]
) -> list[tuple[str, dict[str, Any]]]:
    tables = [("theme", {k: v for k, v in top.items() if not isinstance(v, dict)})]
    for name, table in top.items():
        if not isinstance(table, dict):
            continue
        if name in TABLES:
            tables.append((name, table))
        else:
            problems[f"{name}."] = f"[theme.{name}] is not a table the playground sets."
    return tables
