"""The flat field encoding that share links and preset files both carry.

Owns how a config travels as flat values: only the fields that differ from
its kind's defaults, under their own names, ``args`` and ``kwargs`` as the
Python literal text their boxes hold; and how flat values come back: names
the kind does not have are refused, literal text is read with
``ast.literal_eval`` only, and whole numbers must fit 64 bits (TOML's, and
what Python can still print in a message).
"""

from __future__ import annotations

from typing import Any

from components.core.config import (
    ButtonConfig,
    default_config,
    kind_fields,
    same_value,
)
from components.core.controls import (
    literal_control,
    read_literal,
)
from components.core.kind import Kind
from components.core.kinds import DEFAULT_KIND, KINDS
from components.core.text import quoted_name
from components.core.widgets import literal_text

WHOLE_NUMBERS = range(-(2**63), 2**63)
Flat = dict[str, "str | int | bool"]


def changed_fields(cfg: ButtonConfig) -> Flat:
    """The fields of ``cfg`` that differ from its kind's defaults, as flat values."""
    default = default_config(cfg.kind)
    fields: Flat = {}
    if cfg.kind != DEFAULT_KIND:
        fields["kind"] = cfg.kind
    kind = KINDS[cfg.kind]
    for name in kind_fields(kind)[1:]:
        value = cfg.get(name)
        if not same_value(value, default.get(name)):
            fields[name] = literal_text(value) if literal_control(kind, name) else value
    return fields


def read_flat_literal(kind: Kind, name: str, value: Any) -> tuple[Any, str | None]:
    """A kind's field's flat value as the config takes it: literal text read
    back, else as is."""
    if literal_control(kind, name) is not None:
        return read_literal(kind, name, value)
    return value, None


def whole_number_error(name: str) -> str:
    """What a preset or link is told about a number outside ``WHOLE_NUMBERS``."""
    return (
        f"{quoted_name(name)} holds a whole number beyond 64 bits: numbers here must lie "
        f"between {WHOLE_NUMBERS.start:,} and {WHOLE_NUMBERS.stop - 1:,}."
    )
