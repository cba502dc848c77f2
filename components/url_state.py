"""Shareable links: a ButtonConfig as URL query parameters, and back.

Owns the link's notation. Only fields that differ from the default config
travel, under their ButtonConfig names (``?label=Save&type=primary&width=240``):

- text fields (label, key, help, type, icon, icon_position, shortcut, mode)
  as they are; Streamlit and the browser percent-encode them in the URL;
- ``disabled`` and ``wrap`` as ``true`` / ``false`` (wrap's default, None
  or "auto", is simply absent);
- ``width`` as ``content``, ``stretch`` or the number of pixels;
- ``args`` and ``kwargs`` as Python literal text, read back with
  ``ast.literal_eval`` only (the sidebar's own reader): never run.

Decoding checks each parameter by the sidebar's rules and drops the bad ones
(unknown names, pixel widths beyond 64 bits, values over ``MAX_TEXT_CHARS``,
invalid values), keeping the rest and saying what was dropped.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from components.config import (
    FIELD_NAMES,
    MAX_TEXT_CHARS,
    ButtonConfig,
    ConfigError,
    quoted,
    quoted_name,
)
from components.controls import (
    LITERAL_TYPES,
    WHOLE_NUMBERS,
    changed_fields,
    read_literal,
    value_errors,
    whole_number_error,
)

FLAGS: dict[str, bool] = {"true": True, "false": False}
_PIXELS = re.compile(r"[0-9]+")
_INT64_DIGITS = len(str(WHOLE_NUMBERS.stop))


def encode_query(cfg: ButtonConfig) -> dict[str, str]:
    """The link's query parameters for ``cfg``: its non-default fields as text."""
    return {name: _text(value) for name, value in changed_fields(cfg).items()}


def decode_query(mapping: Mapping[str, str]) -> tuple[ButtonConfig, list[str]]:
    """The config a link describes, and a sentence for each parameter dropped."""
    values: dict[str, Any] = {}
    problems = []
    for name, text in mapping.items():
        value, problem = _read_parameter(name, text)
        if problem:
            problems.append(problem)
        else:
            values[name] = value
    for name, message in value_errors(values).items():
        if name in values:
            del values[name]
            problems.append(message)
    return _build(values, problems)


def share_link(base_url: str | None, cfg: ButtonConfig) -> str:
    """The full link to ``cfg``: the app's URL with the query, percent-encoded."""
    parts = urlsplit(base_url or "")
    # st.context.url gives the site root without its slash: the link keeps it.
    path = parts.path or ("/" if parts.netloc else "")
    base = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    query = urlencode(encode_query(cfg))
    return f"{base}?{query}" if query else base


def _text(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _read_parameter(name: str, text: str) -> tuple[Any, str | None]:
    """One parameter read as its field's value (not yet validated), or why not."""
    if name not in FIELD_NAMES:
        return None, f"`{quoted_name(name)}` is not a setting of the playground."
    if name == "width" and _PIXELS.fullmatch(text) and not _fits_64_bits(text):
        return None, whole_number_error(name)
    if len(text) > MAX_TEXT_CHARS:
        return None, f"`{name}` is longer than {MAX_TEXT_CHARS:,} characters."
    return _parse(name, text)


def _fits_64_bits(digits: str) -> bool:
    """Whether a string of digits is a number in ``WHOLE_NUMBERS``.

    Counted before ``int()`` reads it: int() refuses over 4,300 digits.
    """
    significant = digits.lstrip("0")
    return (
        len(significant) <= _INT64_DIGITS and int(significant or "0") in WHOLE_NUMBERS
    )


def _parse(name: str, text: str) -> tuple[Any, str | None]:
    if name in LITERAL_TYPES:
        return read_literal(name, text)
    if name in ("disabled", "wrap"):
        if text not in FLAGS:
            return None, f"`{name}` is {quoted(text)}; it must be true or false."
        return FLAGS[text], None
    if name == "width" and _PIXELS.fullmatch(text):
        return int(text), None
    return text, None


def _build(
    values: dict[str, Any], problems: list[str]
) -> tuple[ButtonConfig, list[str]]:
    """Build the config, dropping what a rule across fields still refuses.

    Every field left is valid; only a combination can fail (args or kwargs
    without a callback mode). Each refusal drops a field, so this ends.
    """
    while True:
        try:
            return ButtonConfig(**values), problems
        except ConfigError as error:
            if error.message not in problems:
                problems.append(error.message)
            for name in _culprits(error.field):
                values.pop(name, None)


def _culprits(field_name: str) -> tuple[str, ...]:
    # The callback rule is reported under args but concerns kwargs too.
    return tuple(LITERAL_TYPES) if field_name in LITERAL_TYPES else (field_name,)
