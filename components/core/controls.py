"""The sidebar's widget values, translated to and from a config's fields.

Owns the translation for a whole config: each field of the kind (``kinds``)
brings its control (``widgets``), which knows its widget keys and values.
The callback's ``args`` and ``kwargs`` count only in a mode that passes a
callback; outside one their boxes keep their text, unused. The translation
may give invalid values: refusing them by name is the rules' job.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from components.core.config import ButtonConfig, default_config
from components.core.keys import control_key
from components.core.kinds import KINDS, ON_CLICK, Kind, kind_named
from components.core.modes import MODES
from components.core.widgets import Literal

LITERAL_FIELDS: dict[str, Literal] = {
    name: field.control for name, field in ON_CLICK.items() if name != "mode"
}


def controls_from_config(cfg: ButtonConfig) -> dict[str, Any]:
    """Widget values, by key, that show ``cfg`` in the sidebar."""
    values: dict[str, Any] = {}
    for field in KINDS[cfg.kind].fields:
        values |= field.control.widgets(field.name, cfg.get(field.name))
    return values


def config_values(controls: Mapping[str, Any]) -> dict[str, Any]:
    """Flat field values read from widget values; possibly invalid."""
    kind = kind_shown(controls)
    values = {}
    for field in kind.fields:
        if field.name in LITERAL_FIELDS and not takes_callback(controls):
            values[field.name] = field.control.kind()
        else:
            values[field.name] = field.control.value(field.name, controls)
    return values


def literal_errors(controls: Mapping[str, Any]) -> dict[str, str]:
    """The callback-argument boxes whose text is not a literal of the right kind."""
    if not takes_callback(controls):
        return {}
    errors = {}
    for name, control in LITERAL_FIELDS.items():
        _, error = control.read(name, controls[control_key(name)])
        if error:
            errors[name] = error
    return errors


def read_literal(name: str, text: str) -> tuple[Any, str | None]:
    """``args`` or ``kwargs`` read from its text: (value, None) or (None, why not)."""
    return LITERAL_FIELDS[name].read(name, text)


def takes_callback(controls: Mapping[str, Any]) -> bool:
    """Whether the mode the controls hold passes an on_click callback."""
    mode = MODES.get(controls[control_key("mode")])
    return mode is not None and mode.callback is not None


def kind_shown(controls: Mapping[str, Any]) -> Kind:
    """The kind the controls hold; the default kind while that one is unknown."""
    return kind_named(controls[control_key("kind")])


def field_keys(kind_name: str, field_name: str) -> tuple[str, ...]:
    """Every widget key that belongs to a field, so one reset restores them all."""
    field = KINDS[kind_name].field(field_name)
    default = default_config(kind_name).get(field_name)
    return tuple(field.control.widgets(field_name, default))


def controls_of_every_kind() -> dict[str, Any]:
    """The widget values every registered kind starts from (seeded once)."""
    values: dict[str, Any] = {}
    for name in KINDS:
        values = controls_from_config(default_config(name)) | values
    return values
