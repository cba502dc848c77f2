"""Shareable links: a config as URL query parameters, and back.

Owns the link's notation. Only fields that differ from the kind's defaults
travel, under their field names (``?label=Save&type=primary&width=240``;
``kind`` when it is not st.button), as ``fields`` encodes them:

- text fields (label, key, help, type, icon, icon_position, shortcut, mode)
  as they are; Streamlit and the browser percent-encode them in the URL;
- flags (``disabled``, ``wrap``) as ``true`` / ``false`` (wrap's default,
  None or "auto", is simply absent);
- ``width`` as ``content``, ``stretch`` or the number of pixels (a field
  whose control's flat types hold ``int`` reads digits as a number);
- ``args`` and ``kwargs`` as Python literal text, read back with
  ``ast.literal_eval`` only (the sidebar's own reader): never run.

A row travels as one parameter, ``row``: its table (``tables.row_table``,
what a row's preset holds) as JSON, read back with ``json.loads`` and the
preset's checks, keeping, as a lone button's link does, what is valid. The
theme travels beside either as ``theme``: its config.toml ``[theme]`` table
as JSON, read back by the theme's own rules.

Decoding checks each parameter by the sidebar's rules and drops the bad ones
(unknown names, pixel widths beyond 64 bits, values over ``MAX_TEXT_CHARS``,
invalid values), keeping the rest and saying what was dropped; a parameter
given more than once is read from its last value, and the others are named.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from components.core.config import (
    ButtonConfig,
    value_errors,
)
from components.core.controls import (
    literal_control,
    read_literal,
)
from components.core.fields import (
    WHOLE_NUMBERS,
    changed_fields,
    whole_number_error,
)
from components.core.kind import Kind
from components.core.kinds import kind_named
from components.core.row import MAX_MEMBERS, Row
from components.core.rules import MAX_TEXT_CHARS
from components.core.tables import ROW, kept_button, kept_row, row_table
from components.core.text import FLAGS, flag_text, listed_inline, quoted, quoted_name
from components.core.theme import NO_THEME, Theme
from components.core.theme_file import read_theme_table, theme_table

ROW_PARAMETER = ROW
THEME_PARAMETER = "theme"
MAX_THEME_CHARS = 4 * 1024  # every option at its longest fits in half of it
# Room for every button of the biggest row at the longest texts it takes.
MAX_ROW_CHARS = MAX_MEMBERS * 4 * MAX_TEXT_CHARS
_DIGITS = re.compile(r"[0-9]+")
_INT64_DIGITS = len(str(WHOLE_NUMBERS.stop))


def encode_query(
    cfg: ButtonConfig, row: Row | None = None, theme: Theme = NO_THEME
) -> dict[str, str]:
    """The link's query parameters for ``cfg``: its non-default fields as
    text; for a row, its table as JSON; and the theme's table as JSON."""
    if row is not None:
        query = {ROW_PARAMETER: _json(row_table(row))}
    else:
        query = {name: _text(value) for name, value in changed_fields(cfg).items()}
    if theme:
        query[THEME_PARAMETER] = _json(theme_table(theme))
    return query


def _json(table: Mapping[str, Any]) -> str:
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"))


def decode_theme(given: str | Sequence[str]) -> tuple[Theme, list[str]]:
    """The theme a link's ``theme`` parameter describes, keeping its valid
    options, and a sentence for each thing dropped."""
    values = _values(given)
    text, problems = values[-1], []
    if len(values) > 1:
        problems.append(_repeated(THEME_PARAMETER, values))
    if len(text) > MAX_THEME_CHARS:
        return NO_THEME, [
            *problems,
            f"`theme` is longer than {MAX_THEME_CHARS:,} characters.",
        ]
    try:
        table = json.loads(text)
    except (ValueError, RecursionError) as error:
        return NO_THEME, [
            *problems,
            f"`theme` is not a theme written as JSON ({error}).",
        ]
    reading = read_theme_table(table)
    return reading.theme, problems + [
        f"`theme`: {problem}" for problem in reading.problems.values()
    ]


def decode_row(
    mapping: Mapping[str, str | Sequence[str]],
) -> tuple[Row | None, list[str]]:
    """The row a link's ``row`` parameter describes (None when it can't be
    read), and a sentence for each thing dropped."""
    given = _values(mapping[ROW_PARAMETER])
    text, problems = given[-1], []
    if len(given) > 1:
        problems.append(_repeated(ROW_PARAMETER, given))
    if others := [name for name in mapping if name != ROW_PARAMETER]:
        names = listed_inline([quoted_name(name) for name in others], ", ")
        problems.append(
            f"{names}: ignored, as a row's link holds its buttons in `row`."
        )
    if len(text) > MAX_ROW_CHARS:
        return None, [*problems, f"`row` is longer than {MAX_ROW_CHARS:,} characters."]
    try:
        table = json.loads(text)
    except (ValueError, RecursionError) as error:
        return None, [*problems, f"`row` is not a row written as JSON ({error})."]
    row, row_problems = kept_row(table)
    return row, problems + row_problems


def decode_query(
    mapping: Mapping[str, str | Sequence[str]],
) -> tuple[ButtonConfig, list[str]]:
    """The config a link describes, and a sentence for each parameter dropped.

    A parameter may come as every value the link gave it, in order: the last
    is read, as Streamlit's own ``st.query_params[name]`` reads it, and the
    others are named as ignored (a link's field is one value, not a list).
    """
    values: dict[str, Any] = {}
    problems = []
    query = {name: _values(given)[-1] for name, given in mapping.items()}
    kind = kind_named(query.get("kind"))
    for name, text in query.items():
        value, problem = _read_parameter(name, text, kind)
        if kind.field(name) is not None and len(_values(mapping[name])) > 1:
            problems.append(_repeated(name, _values(mapping[name])))
        if problem:
            problems.append(problem)
        else:
            values[name] = value
    for name, message in value_errors(values).items():
        if name in values:
            del values[name]
            problems.append(message)
    return kept_button(values, problems)


def share_link(
    base_url: str | None,
    cfg: ButtonConfig,
    row: Row | None = None,
    theme: Theme = NO_THEME,
) -> str:
    """The full link to ``cfg`` (or ``row``) under ``theme``: the app's URL
    with the query, percent-encoded."""
    parts = urlsplit(base_url or "")
    # st.context.url gives the site root without its slash: the link keeps it.
    path = parts.path or ("/" if parts.netloc else "")
    base = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    query = urlencode(encode_query(cfg, row, theme))
    return f"{base}?{query}" if query else base


def _values(given: str | Sequence[str]) -> Sequence[str]:
    """Every value a parameter was given; one given none is empty."""
    return [given] if isinstance(given, str) else (given or [""])


def _repeated(name: str, given: Sequence[str]) -> str:
    *earlier, last = given
    ignored = listed_inline([quoted(text) for text in earlier], ", ")
    verb = "is" if len(earlier) == 1 else "are"
    return (
        f"`{name}` was given {len(given):,} times; the last, {quoted(last)}, "
        f"is read and {ignored} {verb} ignored."
    )


def _text(value: str | int | bool) -> str:
    return flag_text(value) if isinstance(value, bool) else str(value)


def _read_parameter(name: str, text: str, kind: Kind) -> tuple[Any, str | None]:
    """One parameter read as its field's value (not yet validated), or why not."""
    field = kind.field(name)
    if field is None:
        return None, f"{quoted_name(name)} is not a setting of the playground."
    whole = int in field.control.flat and _DIGITS.fullmatch(text)
    if whole and not _fits_64_bits(text):
        return None, whole_number_error(name)
    if len(text) > MAX_TEXT_CHARS:
        return None, f"`{name}` is longer than {MAX_TEXT_CHARS:,} characters."
    if literal_control(kind, name) is not None:
        return read_literal(kind, name, text)
    if bool in field.control.flat:
        if text not in FLAGS:
            return None, f"`{name}` is {quoted(text)}; it must be true or false."
        return FLAGS[text], None
    return (int(text) if whole else text), None


def _fits_64_bits(digits: str) -> bool:
    """Whether a string of digits is a number in ``WHOLE_NUMBERS``.

    Counted before ``int()`` reads it: int() refuses over 4,300 digits.
    """
    significant = digits.lstrip("0")
    return (
        len(significant) <= _INT64_DIGITS and int(significant or "0") in WHOLE_NUMBERS
    )
