"""Presets: a button saved as a small TOML file, read back safely.

Owns the preset file format and its checks. A preset is flat TOML: ``title``
(required), ``description`` (optional), then any ButtonConfig fields by their
st.button names; a field left out takes its default, so a preset is always a
whole button, written with only what differs. ``args`` and ``kwargs`` are
Python literal text (``kwargs = "{'limit': 500}"``), the same text the
sidebar's boxes and the link carry: TOML has no None and no tuple, so its own
arrays and tables could not hold every literal a callback may take.

Reading uses ``tomllib`` and ``ast.literal_eval`` only: nothing in a file is
run. Whole numbers must fit TOML's 64 bits, which tomllib does not enforce:
they are checked before anything else. Writing is done by hand: the values are flat strings, integers and
booleans, and a property test checks that ``tomllib`` reads every written file
back equal (no TOML writer ships with the stdlib, and a new dependency for
twenty lines was not worth it). The bundled presets in ``presets/`` are read
once per process; a file there that can't be used is skipped with its
reasons, and the others load.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from components.config import FIELD_NAMES, MAX_LISTED, ButtonConfig, quoted_name
from components.controls import (
    LITERAL_TYPES,
    WHOLE_NUMBERS,
    changed_fields,
    read_literal,
    value_errors,
    whole_number_error,
)

PRESETS_DIR = Path(__file__).parent.parent / "presets"
MAX_PRESET_BYTES = 64 * 1024
MAX_TITLE_CHARS = 80
META_FIELDS: tuple[str, ...] = ("title", "description")

# The TOML types each field accepts.
_TOML_TYPES: dict[str, tuple[type, ...]] = {
    name: (str,) for name in (*META_FIELDS, *FIELD_NAMES)
} | {"disabled": (bool,), "wrap": (bool,), "width": (str, int)}
# TOML's types as a message names them, both for what a field must be and
# for what it was given; tomllib reads dates and times as other types.
_TYPE_WORDS: dict[type, str] = {
    str: "text in quotes",
    bool: "true or false",
    int: "a whole number",
    float: "a decimal number",
    list: "an array",
    dict: "a table",
}
_OTHER_TYPE_WORDS = "a date or time"
_BASIC_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
_BASIC_ESCAPES |= {"\f": "\\f", "\r": "\\r"}


class PresetError(ValueError):
    """A preset that can't be used; ``problems`` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Preset:
    title: str
    description: str
    config: ButtonConfig


@dataclass(frozen=True)
class SkippedFile:
    """A file in a presets folder that could not be used, and why."""

    name: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class PresetShelf:
    """A presets folder as read: the usable presets, and the files skipped."""

    presets: tuple[Preset, ...]
    skipped: tuple[SkippedFile, ...]


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
    problems = _unknown_keys(table) + _type_problems(table)
    if not problems:
        values, problems = _field_values(table)
        problems = _title_problems(table.get("title")) + problems
    if problems:
        raise PresetError(problems)
    return Preset(
        title=table["title"].strip(),
        description=table.get("description", "").strip(),
        config=ButtonConfig(**values),
    )


def preset_toml(cfg: ButtonConfig, title: str, description: str = "") -> str:
    """``cfg`` as preset TOML: the title, the description if any, the non-defaults."""
    lines = [f"title = {_toml_string(title)}"]
    if description:
        lines.append(f"description = {_toml_string(description)}")
    lines.append("")
    for name, value in changed_fields(cfg).items():
        lines.append(f"{name} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def preset_file_name(title: str) -> str:
    """A file name made from the title: "Refresh data" gives refresh-data.toml."""
    stem = re.sub(r"\W+", "-", title.casefold()).strip("-_")[:MAX_TITLE_CHARS]
    return f"{stem or 'preset'}.toml"


def read_preset_dir(directory: Path) -> PresetShelf:
    """Every ``*.toml`` preset in ``directory``, in file-name order.

    A file that can't be used (unreadable, over 64 KB, not UTF-8, bad TOML,
    an invalid button, a title another file has) is skipped with its reasons,
    so one broken file costs that preset, not the gallery.
    """
    try:
        paths = sorted(
            path for path in directory.iterdir() if path.name.endswith(".toml")
        )
    except OSError as error:
        problem = f"The folder can't be read: {error.strerror or error}."
        return PresetShelf((), (SkippedFile(f"{directory.name}/", (problem,)),))
    presets: dict[str, Preset] = {}
    files: dict[str, str] = {}
    skipped = []
    for path in paths:
        try:
            preset = _read_preset_file(path)
        except PresetError as error:
            skipped.append(SkippedFile(path.name, tuple(error.problems)))
            continue
        if preset.title in presets:
            problem = f"Its title “{preset.title}” is taken by {files[preset.title]}."
            skipped.append(SkippedFile(path.name, (problem,)))
            continue
        presets[preset.title] = preset
        files[preset.title] = path.name
    return PresetShelf(tuple(presets.values()), tuple(skipped))


@cache
def bundled_shelf() -> PresetShelf:
    """The presets shipped in ``presets/``, and the files skipped; read once."""
    return read_preset_dir(PRESETS_DIR)


def bundled_presets() -> tuple[Preset, ...]:
    """The usable presets shipped in ``presets/``, in file-name order."""
    return bundled_shelf().presets


def skipped_preset_files() -> tuple[SkippedFile, ...]:
    """The files in ``presets/`` that could not be used, with why."""
    return bundled_shelf().skipped


def preset_titled(title: str) -> Preset:
    """The bundled preset with this title (the reader keeps titles unique)."""
    return next(preset for preset in bundled_presets() if preset.title == title)


def _read_preset_file(path: Path) -> Preset:
    """A preset file read with at most 64 KB (and a byte) of it ever in memory."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_PRESET_BYTES + 1)
    except OSError as error:
        raise PresetError([f"It can't be read: {error.strerror or error}."]) from None
    if len(data) > MAX_PRESET_BYTES:
        raise PresetError(
            [f"The file is over {MAX_PRESET_BYTES:,} bytes (64 KB), a preset's limit."]
        )
    return read_preset_bytes(data)


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
        whole_number_error(quoted_name(name))
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


def _unknown_keys(table: Mapping[str, Any]) -> list[str]:
    unknown = [name for name in table if name not in _TOML_TYPES]
    if not unknown:
        return []
    # A 64 KB file may hold thousands of keys, each as long as the file.
    names = ", ".join(f"`{quoted_name(name)}`" for name in unknown[:MAX_LISTED])
    if len(unknown) > MAX_LISTED:
        names += f" and {len(unknown) - MAX_LISTED:,} more"
    known = ", ".join((*META_FIELDS, *FIELD_NAMES))
    return [f"Unknown key {names}: a preset may set only {known}."]


def _type_problems(table: Mapping[str, Any]) -> list[str]:
    problems = []
    for name, value in table.items():
        allowed = _TOML_TYPES.get(name)
        # bool is an int to Python; in TOML true is not a number.
        if allowed and (type(value) not in allowed):
            words = " or ".join(_TYPE_WORDS[kind] for kind in allowed)
            problems.append(f"`{name}` must be {words}, not {_toml_type_name(value)}.")
    return problems


def _field_values(table: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The config fields of a type-checked table, and why any is invalid."""
    values: dict[str, Any] = {}
    problems = []
    for name in FIELD_NAMES:
        if name not in table:
            continue
        if name in LITERAL_TYPES:
            value, error = read_literal(name, table[name])
            if error:
                problems.append(error)
                continue
            values[name] = value
        else:
            values[name] = table[name]
    problems += list(value_errors(values).values())
    return values, problems


def _title_problems(title: str | None) -> list[str]:
    if title is None:
        return ["A preset needs a `title`."]
    if not title.strip():
        return ["The `title` is empty; give the preset a name."]
    if len(title) > MAX_TITLE_CHARS:
        return [f"The `title` is longer than {MAX_TITLE_CHARS} characters."]
    return []


def _toml_type_name(value: Any) -> str:
    return _TYPE_WORDS.get(type(value), _OTHER_TYPE_WORDS)


def _toml_value(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _toml_string(value)


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = "".join(
        _BASIC_ESCAPES.get(char)
        or (f"\\u{ord(char):04X}" if ord(char) < 0x20 or ord(char) == 0x7F else char)
        for char in text
    )
    return f'"{escaped}"'


def default_title(cfg: ButtonConfig) -> str:
    """A title for a preset saved without one: its label's first line, or a generic one."""
    lines = cfg.label.strip().splitlines()
    first = lines[0].strip() if lines else ""
    return first[:MAX_TITLE_CHARS].strip() or "My button"
