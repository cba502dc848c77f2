"""Presets: a button saved as a small TOML file, read back safely.

Owns the preset file format and its checks. A preset is flat TOML: ``title``
(required), ``description`` (optional), then the config's fields as
``fields`` encodes them (``kind`` when it is not st.button); a field left
out takes its default, so a preset is always a whole button, written with
only what differs. ``args`` and ``kwargs`` are
Python literal text (``kwargs = "{'limit': 500}"``), the same text the
sidebar's boxes and the link carry: TOML has no None and no tuple, so its own
arrays and tables could not hold every literal a callback may take.

Reading uses ``tomllib`` and ``ast.literal_eval`` only: nothing in a file is
run. Whole numbers must fit TOML's 64 bits, which tomllib does not enforce:
they are checked before anything else. Writing is ``tomli_w``'s, and a
property test checks that ``tomllib`` reads every written file back equal.
The bundled presets are ``preset_shelf``'s.

A row's preset holds, beside its title and description, a ``[row]`` table
(``tables``): the layout's settings, and ``[[row.buttons]]``, each a
button's fields as a lone preset writes them. Either may hold a ``[theme]``
table, config.toml's own, checked by the theme's rules.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import tomli_w

from components.core.config import ButtonConfig
from components.core.fields import (
    WHOLE_NUMBERS,
    changed_fields,
    whole_number_error,
)
from components.core.kinds import kind_named
from components.core.row import Row
from components.core.tables import (
    ROW,
    button_from_table,
    row_from_table,
    row_table,
    type_problems,
)
from components.core.theme import NO_THEME, Theme
from components.core.theme_file import read_theme_table, theme_table

THEME = "theme"
MAX_PRESET_BYTES = 64 * 1024
MAX_TITLE_CHARS = 80
META_FIELDS: tuple[str, ...] = ("title", "description")


class PresetError(ValueError):
    """A preset that can't be used; ``problems`` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Preset:
    """A lone button (``row`` None), or a row whose first member is ``config``."""

    title: str
    description: str
    config: ButtonConfig
    row: Row | None = None
    theme: Theme = NO_THEME


def read_preset_bytes(data: bytes) -> Preset:
    """A preset from an uploaded file's bytes: size and encoding first, then content."""
    if len(data) > MAX_PRESET_BYTES:
        raise PresetError(
            [
                f"The file is {len(data):,} bytes; a preset may have at most "
                f"{MAX_PRESET_BYTES:,} (64 KB)."
            ]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PresetError(
            [f"The file is not UTF-8 text (byte {error.start:,} is not)."]
        ) from None
    return read_preset(text)


def read_preset(text: str) -> Preset:
    """A preset from TOML text; raises PresetError naming every problem found."""
    table = _toml_table(text)
    if problems := _number_problems(table):
        raise PresetError(problems)
    meta = {name: table.pop(name) for name in META_FIELDS if name in table}
    theme = read_theme_table(table.pop(THEME)) if THEME in table else None
    problems = type_problems(meta, kind_named(None), text=META_FIELDS)
    if theme is not None:
        problems += [f"[theme]: {problem}" for problem in theme.problems.values()]
    problems += _title_problems(meta.get("title")) if not problems else []
    row, config = None, None
    if ROW in table:
        row, row_problems = row_from_table(table, META_FIELDS)
        problems += row_problems
    else:
        config, config_problems = button_from_table(table, META_FIELDS)
        problems += config_problems
    if problems:
        raise PresetError(problems)
    return Preset(
        title=meta["title"].strip(),
        description=meta.get("description", "").strip(),
        config=row.members[0] if row is not None else config,
        row=row,
        theme=theme.theme if theme is not None else NO_THEME,
    )


def preset_toml(
    cfg: ButtonConfig,
    title: str,
    description: str = "",
    row: Row | None = None,
    theme: Theme = NO_THEME,
) -> str:
    """``cfg`` (or ``row``) as preset TOML: the title, the description if
    any, the non-defaults, and the theme's table if one is set."""
    meta = {"title": title} | ({"description": description} if description else {})
    shown = changed_fields(cfg) if row is None else {ROW: row_table(row)}
    themed = {THEME: theme_table(theme)} if theme else {}
    return tomli_w.dumps(meta | shown | themed)


def preset_file_name(title: str) -> str:
    """A file name made from the title: "Refresh data" gives refresh-data.toml."""
    stem = re.sub(r"\W+", "-", title.casefold()).strip("-_")[:MAX_TITLE_CHARS]
    return f"{stem or 'preset'}.toml"


def _toml_table(text: str) -> dict[str, Any]:
    """The file's TOML table, or a PresetError saying why it can't be read."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PresetError([f"This is not valid TOML: {error}."]) from None
    except ValueError:
        # tomllib reads a decimal number with int(), which refuses more than
        # 4,300 digits: far outside TOML's 64-bit range anyway.
        raise PresetError(
            [
                "This file holds a whole number of over 4,300 digits, far "
                "beyond 64 bits: numbers in a preset must lie between "
                f"{WHOLE_NUMBERS.start:,} and {WHOLE_NUMBERS.stop - 1:,}."
            ]
        ) from None
    except RecursionError:
        raise PresetError(
            ["This file nests arrays or tables too deeply to be read."]
        ) from None


def _number_problems(table: Mapping[str, Any]) -> list[str]:
    """A sentence for each key holding a whole number beyond TOML's 64 bits."""
    return [
        whole_number_error(name)
        for name, value in table.items()
        if any(number not in WHOLE_NUMBERS for number in _whole_numbers(value))
    ]


def _whole_numbers(value: Any) -> Iterator[int]:
    """Every whole number in a TOML value, however deep in arrays and tables."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            yield item


def _title_problems(title: str | None) -> list[str]:
    if title is None:
        return ["A preset needs a `title`."]
    if not title.strip():
        return ["The `title` is empty; give the preset a name."]
    if len(title) > MAX_TITLE_CHARS:
        return [f"The `title` is longer than {MAX_TITLE_CHARS} characters."]
    return []


def default_title(cfg: ButtonConfig) -> str:
    """A title for a preset saved without one: its label's first line, or a generic one."""
    lines = cfg.label.strip().splitlines()
    first = lines[0].strip() if lines else ""
    return first[:MAX_TITLE_CHARS].strip() or "My button"
