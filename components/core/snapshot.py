"""Snapshot: what one rerun shows, read from the controls once and frozen.

Owns the value every panel draws from: the config to draw (the last valid
one while a control holds a bad value), each control's value as read, the
messages for the controls that are wrong or surprising, which controls'
values the config drawn does not show, the row the config is a member
of, if any, and the app's theme with a message for each option not drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from components.core.config import ButtonConfig, default_config, kind_fields, same_value
from components.core.key_colour import KeyColour
from components.core.kinds import kind_named
from components.core.row import Row
from components.core.theme import NO_THEME, Theme


@dataclass(frozen=True)
class Snapshot:
    """What this rerun shows: the config to draw and the state of each control."""

    config: ButtonConfig
    values: dict[str, Any]
    errors: dict[str, str]
    warnings: dict[str, str]
    # The row drawn, ``config`` its member the controls edit; None: a lone button.
    row: Row | None = None
    theme: Theme = NO_THEME
    theme_errors: dict[str, str] = field(default_factory=dict)
    # A keyed button's own colour: the unofficial .st-key-<key> recipe.
    key_colour: KeyColour | None = None

    @property
    def coloured(self) -> KeyColour | None:
        """The own colour the preview and the code draw: a lone keyed button's."""
        if self.row is not None or self.config.key is None:
            return None
        return self.key_colour

    @property
    def shown(self) -> ButtonConfig | Row:
        """What the preview draws and the code writes: the row, or the button."""
        return self.row if self.row is not None else self.config

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
    def unshown_fields(self) -> list[str]:
        """Valid controls whose value the config drawn does not hold.

        While a control is invalid the last valid config is drawn, so any
        other control changed since then waits too (a mode switched while the
        key it makes invalid is kept, say).
        """
        if not self.errors:
            return []
        return [
            name
            for name in kind_fields(kind_named(self.values.get("kind")))
            if name not in self.errors
            and name in self.values
            and not same_value(self.values[name], self.config.get(name))
        ]

    @property
    def invalid_summary(self) -> str:
        """Every control whose value is not drawn, as a clause: "`icon` is
        invalid", "`a` and `b` are invalid, and `mode` is not shown until they
        are fixed"."""
        invalid = _names(list(self.errors))
        verb = "is" if len(self.errors) == 1 else "are"
        summary = f"{invalid} {verb} invalid"
        unshown = self.unshown_fields
        if unshown:
            waits = "is" if len(unshown) == 1 else "are"
            it = "it is" if len(self.errors) == 1 else "they are"
            summary += f", and {_names(unshown)} {waits} not shown until {it} fixed"
        return summary


def _names(names: list[str]) -> str:
    """Field names in backticks: "`a`", "`a` and `b`", "`a`, `b` and `c`"."""
    quoted = [f"`{name}`" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return f"{', '.join(quoted[:-1])} and {quoted[-1]}"
