"""Snapshot: what one rerun shows, read from the controls once and frozen.

Owns the value every panel draws from: the config to draw (the last valid
one while a control holds a bad value), each control's value as read, and
the messages for the controls that are wrong or surprising.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from components.core.config import ButtonConfig, default_config, kind_fields, same_value
from components.core.kinds import kind_named


@dataclass(frozen=True)
class Snapshot:
    """What this rerun shows: the config to draw and the state of each control."""

    config: ButtonConfig
    values: dict[str, Any]
    errors: dict[str, str]
    warnings: dict[str, str]

    def changed(self, field_name: str) -> bool:
        """Whether the control for ``field_name`` differs from its default."""
        default = default_config(kind_named(self.values.get("kind")).name)
        if field_name == "kind":
            default = default_config()
        return not same_value(self.values[field_name], default.get(field_name))

    @property
    def changed_fields(self) -> list[str]:
        fields = kind_fields(kind_named(self.values.get("kind")))
        return [name for name in fields if self.changed(name)]

    @property
    def invalid_summary(self) -> str:
        """The invalid fields as a clause: "`icon` is invalid", "`a` and `b` are invalid"."""
        names = [f"`{name}`" for name in self.errors]
        if len(names) == 1:
            return f"{names[0]} is invalid"
        return f"{', '.join(names[:-1])} and {names[-1]} are invalid"
