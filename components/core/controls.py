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

from components.core.arguments import ON_CLICK
from components.core.config import ButtonConfig, default_config, same_value
from components.core.keys import control_key
from components.core.kind import Kind
from components.core.kinds import KINDS, kind_named
from components.core.modes import MODES
from components.core.text import quoted
from components.core.widgets import Literal

# The callback's arguments: they count only in a mode that passes a callback.
CALLBACK_ARGUMENTS: dict[str, Literal] = {
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
        if field.name in CALLBACK_ARGUMENTS and not takes_callback(controls):
            values[field.name] = field.control.kind()
        else:
            values[field.name] = field.control.value(field.name, controls)
    return values


def literal_errors(controls: Mapping[str, Any]) -> dict[str, str]:
    """The literal boxes (a callback's arguments, a page link's query) whose
    text is not a literal of the right kind."""
    errors = {}
    for field in kind_shown(controls).fields:
        if not isinstance(field.control, Literal):
            continue
        if field.name in CALLBACK_ARGUMENTS and not takes_callback(controls):
            continue
        _, error = field.control.read(field.name, controls[control_key(field.name)])
        if error:
            errors[field.name] = error
    return errors


def literal_control(kind: Kind, name: str) -> Literal | None:
    """The kind's field's box when it holds a Python literal (a callback's
    arguments, a page link's query, a menu's options): such a value travels
    as the box's text. None for any other field."""
    field = kind.field(name)
    return field.control if field and isinstance(field.control, Literal) else None


def read_literal(kind: Kind, name: str, text: str) -> tuple[Any, str | None]:
    """A literal field read from its text: (value, None) or (None, why not)."""
    control = literal_control(kind, name)
    assert control is not None, name
    return control.read(name, text)


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


def switched_controls(
    controls: Mapping[str, Any], old: str, new: str
) -> tuple[dict[str, Any], str | None]:
    """Widget values that switch the controls from kind ``old`` to ``new``, and
    what was dropped, in words (None when nothing was).

    What the two share stays as it is in its control (even a value still
    being fixed); the new kind's own fields start from its defaults, and so
    does the mode when it was the old kind's default or the new kind does not
    take it.
    """
    before, after = KINDS[old], KINDS[new]
    start = default_config(new)
    values: dict[str, Any] = {}
    for name in after.own_arguments:
        values |= after.field(name).control.widgets(name, start.get(name))
    dropped = [
        f"`{name}` {quoted(value)}"
        for argument in before.settings
        if not after.field(name := argument.name)
        and not same_value(
            value := argument.control.value(name, controls),
            default_config(old).get(name),
        )
    ]
    mode = controls[control_key("mode")]
    # The bare call stays the bare call: st.button's plain click becomes a
    # link's default "ignore", not a link that reruns.
    if mode == before.default_mode or mode not in after.mode_names:
        values[control_key("mode")] = start.mode
    # The old kind's default mode was not chosen: dropping it drops nothing set.
    # Nor does a value that is no mode (a radio's stale text from the page).
    if mode in MODES and mode not in after.mode_names and mode != before.default_mode:
        dropped.append(f"{before.mode_title(mode)} mode")
    if not dropped:
        return values, None
    return values, (
        f"{after.call_name} takes no {' and no '.join(dropped)}: "
        f"dropped on switching from {before.call_name}. Everything the two share is kept."
    )
