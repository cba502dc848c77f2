"""Any value written as TOML text, for hostile files the fuzz tier feeds the readers.

tomli_w refuses what a hostile file holds (a lone surrogate, an integer
Python can't print), so the fuzz tier writes TOML itself.
"""

from __future__ import annotations

from datetime import date, datetime, time

# Quotes, backslashes and control characters escaped; a lone surrogate as its
# (invalid) escape, for tomllib to refuse.
ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\"} | {
    code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, *range(0xD800, 0xE000))
}


def toml_string(text: str) -> str:
    """A TOML basic string."""
    return '"' + text.translate(ESCAPES) + '"'


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # Python prints no integer of over 4,300 digits; TOML's hex has no limit.
        return f"0x{value:x}" if value > 10**4000 else str(value)
    if isinstance(value, float):
        return repr(value)  # TOML writes inf and nan as Python prints them
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(value)
