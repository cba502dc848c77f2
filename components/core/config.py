"""ButtonConfig: one widget call of the family as a frozen value, and the rules it obeys.

Owns the config: its fields are the widget's parameter names (the arguments
the family shares as attributes, a kind's own ones in ``extra``), plus the
kind and the on-click mode with the callback's ``args`` and ``kwargs``.
Building an invalid one raises ``ConfigError`` naming the field. Validation
asks each argument's rule (``kinds``), then the rules across fields; and
``call_kwargs`` is the one place that turns a config into the widget's
keyword arguments, for the preview and the code alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from types import MappingProxyType
from typing import Any

from streamlit.elements.lib.shortcut_utils import (
    _BROWSER_RESERVED_SHORTCUTS,
    normalize_shortcut,
)

from components.core.arguments import SHARED, ButtonType, IconPosition
from components.core.keys import OWN_CONTAINER_KEYS, OWN_KEY_PREFIXES, is_own_key
from components.core.kind import Kind
from components.core.kinds import DEFAULT_KIND, KINDS
from components.core.modes import DEFAULT_MODE, MODES
from components.core.text import quoted, quoted_name


class ConfigError(ValueError):
    """An invalid value for one field; ``field`` names it for the UI."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


@dataclass(frozen=True)
class ButtonConfig:
    """One call of a family widget plus the on-click pattern around it.

    Field names are the widget's parameter names; defaults are st.button's
    (a test guards them against every kind's signature), except ``label``,
    which the widgets require. ``extra`` holds a kind's own arguments; the
    ones not given start from their ``Argument.start``.
    """

    kind: str = DEFAULT_KIND
    label: str = "Click me"
    key: str | None = None
    help: str | None = None
    type: ButtonType = "secondary"
    icon: str | None = None
    icon_position: IconPosition = "left"
    disabled: bool = False
    width: str | int = "content"
    shortcut: str | None = None
    wrap: bool | None = None
    mode: str = DEFAULT_MODE
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Frozen means frozen: mappings can't change under the config.
        for name in ("kwargs", "extra"):
            value = getattr(self, name)
            if isinstance(value, Mapping):
                object.__setattr__(self, name, MappingProxyType(dict(value)))
        if (kind := _registered(self.kind)) is not None:
            starts = {name: a.start for name, a in kind.own_arguments.items()}
            object.__setattr__(self, "extra", MappingProxyType(starts | self.extra))
        if errors := field_errors(self.flat()):
            name, message = next(iter(errors.items()))
            raise ConfigError(name, message)

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> ButtonConfig:
        """A config from flat field values: a kind's own arguments go to ``extra``."""
        # What ``values`` leaves out is its kind's default (a form's "Submit").
        if (kind := _registered(values.get("kind", DEFAULT_KIND))) is not None:
            values = default_config(kind.name).flat() | dict(values)
        given = {name: value for name, value in values.items() if name in FIELD_NAMES}
        extra = {name: v for name, v in values.items() if name not in FIELD_NAMES}
        return cls(**given, extra=extra)

    def flat(self) -> dict[str, Any]:
        """Every field by name, the kind's own arguments beside the shared ones."""
        return {name: getattr(self, name) for name in FIELD_NAMES} | dict(self.extra)

    def get(self, name: str) -> Any:
        """One field's value, shared or the kind's own."""
        return getattr(self, name) if name in FIELD_NAMES else self.extra[name]


FIELD_NAMES: tuple[str, ...] = tuple(
    f.name for f in fields(ButtonConfig) if f.name != "extra"
)


def kind_fields(kind: Kind) -> tuple[str, ...]:
    """The fields a config of ``kind`` may set: what links and presets carry."""
    return tuple(field.name for field in kind.fields)


@cache
def default_config(kind_name: str = DEFAULT_KIND) -> ButtonConfig:
    """The config every control of a kind starts from, and every reset returns
    to: its widget's own defaults (a form's submit button says "Submit")."""
    kind = KINDS[kind_name]
    own_defaults = {
        name: _first_value(kind, name) for name in SHARED if kind.takes(name)
    }
    return ButtonConfig(kind=kind_name, mode=kind.default_mode, **own_defaults)


def _first_value(kind: Kind, name: str) -> Any:
    """A shared argument's default; its start where the widget has none or
    defaults to None but the playground needs a value (a menu's label, a
    page link's: a web page has no title)."""
    default, start = kind.defaults.get(name), kind.argument(name).start
    return start if default is None and start is not None else default


def call_kwargs(cfg: ButtonConfig) -> dict[str, Any]:
    """The widget's keyword arguments for ``cfg``: the required ones and every non-default."""
    kind = KINDS[cfg.kind]
    return {
        name: kind.argument(name).control.in_call(cfg.get(name))
        for name in kind.argument_names
        if name in kind.required or not same_value(cfg.get(name), kind.defaults[name])
    }


def field_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """Every invalid field in flat ``values`` mapped to a sentence that names it."""
    kind = _registered(values.get("kind", DEFAULT_KIND))
    errors = {}
    for name, value in values.items():
        if message := _field_problem(kind or KINDS[DEFAULT_KIND], name, value):
            errors[name] = message
    for name, rule in _ACROSS_FIELDS:
        if name not in errors and (message := rule(values, kind)):
            errors[name] = message
    for name, own_rule in kind.across if kind else ():
        if name not in errors and (message := own_rule(values)):
            errors[name] = message
    return errors


def value_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """``field_errors`` and the playground's own rule: a key it uses itself is refused.

    The controls, the paste reader, presets and links all check so.
    """
    errors = field_errors(values)
    for name in ("key", "form_key"):
        if name in values and name not in errors:
            if message := own_key_error(values[name], name):
                errors[name] = message
    return errors


def own_key_error(key: str | None, name: str = "key") -> str | None:
    """Why ``key`` (a widget's, or a form's under ``name``) can't be the user's:
    the playground uses it. None if it can."""
    if not isinstance(key, str) or not is_own_key(key):
        return None
    prefixes = ", ".join(OWN_KEY_PREFIXES)
    containers = ", ".join(OWN_CONTAINER_KEYS)
    return (
        f"`{name}` {quoted(key)} is used by the playground itself; choose another "
        f"(keys starting with {prefixes} and the keys {containers} are taken)."
    )


def config_warnings(cfg: ButtonConfig) -> dict[str, str]:
    """Valid but surprising choices, by field: they deserve a word, not a refusal."""
    warnings = {}
    if not cfg.label.strip() and cfg.icon is None:
        warnings["label"] = (
            "With neither a label nor an icon the button shows nothing. "
            "Add a label or choose an icon."
        )
    if cfg.icon is None and cfg.icon_position != _FIELD_DEFAULTS["icon_position"]:
        warnings["icon_position"] = (
            "`icon_position` has no effect without an icon: set an icon, "
            "or reset icon_position."
        )
    if cfg.shortcut and normalize_shortcut(cfg.shortcut) in _BROWSER_RESERVED_SHORTCUTS:
        warnings["shortcut"] = (
            f"{cfg.shortcut} is taken by the browser or operating system and may "
            "never reach Streamlit. Pick another combination."
        )
    return warnings


def same_value(value: Any, default: Any) -> bool:
    # Type-strict: False must not pass for None, nor 1 for True. Any mapping
    # type will do for kwargs, though: a read-only one equals its dict.
    if isinstance(default, Mapping):
        return isinstance(value, Mapping) and dict(value) == dict(default)
    return type(value) is type(default) and value == default


def _registered(name: object) -> Kind | None:
    """The kind registered as ``name``; None for anything else (a list, say)."""
    return KINDS.get(name) if isinstance(name, str) else None


def _field_problem(kind: Kind, name: str, value: Any) -> str | None:
    if (argument := kind.field(name)) is not None:
        return argument.check(value)
    if name in SHARED and same_value(value, _FIELD_DEFAULTS[name]):
        return None
    return f"{quoted_name(name)} is not an argument of {kind.call_name}."


def _callback_arguments(values: Mapping[str, Any], kind: Kind | None) -> str | None:
    mode = values.get("mode", DEFAULT_MODE)
    # A mode that is not even text is refused by its own check, by name.
    if not isinstance(mode, str) or (mode in MODES and MODES[mode].callback):
        return None
    if not values.get("args") and not values.get("kwargs"):
        return None
    trigger = kind.trigger if kind is not None else "on_click"
    return (
        f"`args` and `kwargs` go to an {trigger} callback; "
        f"mode {quoted(mode)} has none."
    )


def _key_against_mode_state(values: Mapping[str, Any], kind: Kind | None) -> str | None:
    key, mode = values.get("key"), values.get("mode", DEFAULT_MODE)
    if not isinstance(mode, str) or mode not in MODES:
        return None
    if key not in MODES[mode].state_names:
        return None
    return (
        f"`key` {key!r} is the session-state name the {mode} pattern keeps its "
        f"state under; as the button's key it would be the button's own value "
        "and the app would fail. Choose another key."
    )


def _mode_of_kind(values: Mapping[str, Any], kind: Kind | None) -> str | None:
    if kind is None:
        return None
    mode = values.get("mode", kind.default_mode)
    if not isinstance(mode, str) or mode not in MODES:
        return None
    if mode in kind.mode_names:
        return None
    return (
        f"`mode` {mode!r} is not a pattern {kind.call_name} takes; it takes "
        f"{', '.join(map(repr, kind.mode_names))}."
    )


_ACROSS_FIELDS = (
    ("args", _callback_arguments),
    ("key", _key_against_mode_state),
    ("mode", _mode_of_kind),
)
_FIELD_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in fields(ButtonConfig) if f.name in SHARED
}
# The button every control starts from, and every reset returns to. Built
# last: building checks it by the rules above.
DEFAULT_CONFIG = default_config()
