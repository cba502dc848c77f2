"""A button or a row as a table of plain values: a preset's TOML, a link's row.

Owns reading such a table, with every reason it can't be used: a button's
table holds its fields as ``fields`` encodes them; a row's, under ``row``,
its layout's settings as ``row.Row`` names them and ``buttons``, one
button's table each. Nothing in a table is run: literal fields are read by
``ast.literal_eval`` (``fields.read_flat_literal``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from components.core.config import ButtonConfig, ConfigError, kind_fields, value_errors
from components.core.controls import CALLBACK_ARGUMENTS
from components.core.fields import changed_fields, read_flat_literal
from components.core.kind import Kind
from components.core.kinds import kind_named
from components.core.row import MAX_MEMBERS, MIN_MEMBERS, SETTINGS, Row
from components.core.text import listed_inline, quoted_name

ROW = "row"
BUTTONS = "buttons"
# TOML's types as a message names them, both for what a field must be and
# for what it was given; tomllib reads dates and times as other types.
_TYPE_WORDS: dict[type, str] = {
    str: "text in quotes",
    bool: "true or false",
    int: "a whole number",
    float: "a decimal number",
    list: "an array",
    dict: "a table",
    type(None): "null",
}
_OTHER_TYPE_WORDS = "a date or time"


_NEEDS_BUTTONS = (
    f"A row needs `buttons`: {MIN_MEMBERS} to {MAX_MEMBERS} tables, one per button."
)


def unknown_keys(table: Mapping[str, Any], known: tuple[str, ...]) -> list[str]:
    unknown = [name for name in table if name not in known]
    if not unknown:
        return []
    # A 64 KB file may hold thousands of keys, each as long as the file.
    names = listed_inline([quoted_name(name) for name in unknown], ", ")
    return [f"Unknown key {names}: only {', '.join(known)} may be set here."]


def type_problems(
    table: Mapping[str, Any], kind: Kind, text: tuple[str, ...] = ()
) -> list[str]:
    """A sentence for each of ``kind``'s fields, and each name in ``text``
    (a preset's title), whose value is not of a type it takes."""
    problems = []
    for name, value in table.items():
        field = kind.field(name)
        allowed = field.control.flat if field else (str,)
        # bool is an int to Python; in TOML true is not a number.
        if (field or name in text) and type(value) not in allowed:
            words = " or ".join(_TYPE_WORDS[kind] for kind in allowed)
            problems.append(f"`{name}` must be {words}, not {type_name(value)}.")
    return problems


def _field_values(table: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The config fields of a type-checked table, and why any is invalid."""
    values: dict[str, Any] = {}
    problems = []
    kind = kind_named(table.get("kind"))
    for name, given in table.items():
        value, error = read_flat_literal(kind, name, given)
        if error:
            problems.append(error)
        else:
            values[name] = value
    problems += list(value_errors(values).values())
    return values, problems


def button_from_table(
    table: Mapping[str, Any], known: tuple[str, ...] = ()
) -> tuple[ButtonConfig | None, list[str]]:
    """A button from a table of its fields, or every reason it can't be one."""
    kind = kind_named(table.get("kind"))
    allowed = (*known, *kind_fields(kind))
    problems = unknown_keys(table, allowed) + type_problems(table, kind)
    if problems:
        return None, problems
    values, problems = _field_values(table)
    return (None if problems else ButtonConfig.from_values(values)), problems


def row_from_table(
    table: Mapping[str, Any], known: tuple[str, ...] = ()
) -> tuple[Row | None, list[str]]:
    """A row from the ``row`` entry of ``table`` (beside it only ``known``:
    a preset's title), or every reason it can't be one."""
    if problems := unknown_keys(table, (*known, ROW)):
        return None, problems
    row = table[ROW]
    if not isinstance(row, dict):
        return None, [f"`row` must be a table, not {type_name(row)}."]
    if problems := unknown_keys(row, (*SETTINGS, BUTTONS)):
        return None, problems
    buttons = row.get(BUTTONS)
    if not isinstance(buttons, list) or not all(isinstance(b, dict) for b in buttons):
        return None, [_NEEDS_BUTTONS]
    members, problems = [], []
    for number, button in enumerate(buttons, start=1):
        member, member_problems = button_from_table(button)
        problems += [f"Button {number}: {problem}" for problem in member_problems]
        members.append(member)
    settings = {name: row[name] for name in SETTINGS if name in row}
    problems += [
        f"`{name}` must be text in quotes."
        for name, value in settings.items()
        if not isinstance(value, str)
    ]
    if problems:
        return None, problems
    try:
        return Row(tuple(members), **settings), []
    except ConfigError as error:
        return None, [error.message]


def row_table(row: Row) -> dict[str, Any]:
    """``row`` as its table: the settings that differ from Streamlit's
    defaults, then each button's fields that differ from its kind's."""
    defaults = Row(row.members)
    settings = {
        name: getattr(row, name)
        for name in SETTINGS
        if getattr(row, name) != getattr(defaults, name)
    }
    return settings | {BUTTONS: [changed_fields(member) for member in row.members]}


def kept_row(table: Any) -> tuple[Row | None, list[str]]:
    """A row from a link's table, as a link keeps a lone button: what is valid
    is kept and each thing dropped is said; None only with under two buttons."""
    if not isinstance(table, dict):
        return None, [f"`row` must be a table, not {type_name(table)}."]
    problems = unknown_keys(table, (*SETTINGS, BUTTONS))
    buttons = table.get(BUTTONS)
    if not isinstance(buttons, list):
        return None, [*problems, _NEEDS_BUTTONS]
    if len(buttons) > MAX_MEMBERS:
        dropped = len(buttons) - MAX_MEMBERS
        problems.append(
            f"A row holds at most {MAX_MEMBERS} buttons: {dropped:,} dropped."
        )
    members = []
    for number, button in enumerate(buttons[:MAX_MEMBERS], start=1):
        member, dropped_fields = _kept_member(button)
        problems += [f"Button {number}: {problem}" for problem in dropped_fields]
        members.append(member)
    settings = {}
    for name, allowed in SETTINGS.items():
        if name in table and table[name] in allowed and isinstance(table[name], str):
            settings[name] = table[name]
        elif name in table:
            problems.append(f"`{name}` must be one of {', '.join(allowed)}.")
    if len(members) < MIN_MEMBERS:
        return None, [*problems, _NEEDS_BUTTONS]
    return Row(tuple(members), **settings), problems


def _kept_member(table: Any) -> tuple[ButtonConfig, list[str]]:
    """A row's button from a link: its valid fields, the others dropped."""
    if not isinstance(table, dict):
        return kept_button({}, [f"must be a table, not {type_name(table)}."])
    kind = kind_named(table.get("kind"))
    problems = unknown_keys(table, kind_fields(kind))
    values = {}
    for name, given in table.items():
        if kind.field(name) is None:
            continue
        wrong_type = type_problems({name: given}, kind)
        if wrong_type:
            value, error = None, wrong_type[0]
        else:
            value, error = read_flat_literal(kind, name, given)
        if error:
            problems.append(error)
        else:
            values[name] = value
    for name, message in value_errors(values).items():
        values.pop(name, None)
        problems.append(message)
    return kept_button(values, problems)


def kept_button(
    values: dict[str, Any], problems: list[str]
) -> tuple[ButtonConfig, list[str]]:
    """Build the config, dropping what a rule across fields still refuses.

    Every field left is valid; only a combination can fail (args or kwargs
    without a callback mode). Each refusal drops a field, so this ends.
    """
    while True:
        try:
            return ButtonConfig.from_values(values), problems
        except ConfigError as error:
            if error.message not in problems:
                problems.append(error.message)
            for name in _culprits(error.field):
                values.pop(name, None)


def _culprits(field_name: str) -> tuple[str, ...]:
    # The callback rule is reported under args but concerns kwargs too.
    return (
        tuple(CALLBACK_ARGUMENTS) if field_name in CALLBACK_ARGUMENTS else (field_name,)
    )


def type_name(value: Any) -> str:
    return _TYPE_WORDS.get(type(value), _OTHER_TYPE_WORDS)
