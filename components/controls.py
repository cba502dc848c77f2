"""The sidebar's widget keys and values, translated to and from ButtonConfig fields.

Owns the naming convention (``ctl_<field>``), the widgets a field needs
(width has a pixel number beside its choice; icon has a picker that writes into
its text box), and how an empty text box means "unset". The translation may
produce invalid field values: validating them is ``config``'s job.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

from components.config import (
    BUTTON_ARGUMENTS,
    DEFAULT_CONFIG,
    CALLBACK_MODES,
    FIELD_NAMES,
    MATERIAL_ICON_SHORTCODES,
    MAX_TEXT_CHARS,
    NAMED_WIDTHS,
    SPINNER_ICON,
    ButtonConfig,
    field_errors,
    quoted,
    same_value,
)

PIXELS = "pixels"
WIDTH_CHOICES: tuple[str, ...] = (*NAMED_WIDTHS, PIXELS)
DEFAULT_PIXEL_WIDTH = 240
# The wrap control speaks words; None ("auto") can't be a widget's selection.
WRAP_CHOICES: dict[str, bool | None] = {"auto": None, "on": True, "off": False}
ICON_PICKER_OPTIONS: tuple[str, ...] = (SPINNER_ICON, *MATERIAL_ICON_SHORTCODES)

# Fields the sidebar edits: every ButtonConfig field.
CONTROL_FIELDS: tuple[str, ...] = (*BUTTON_ARGUMENTS, "mode", "args", "kwargs")
# The callback's arguments are typed as Python literals, read by ast alone.
LITERAL_TYPES: dict[str, type] = {"args": tuple, "kwargs": dict}
LITERAL_EXAMPLES = {"args": "(1, 'a')", "kwargs": "{'limit': 500}"}
MAX_LITERAL_CHARS = MAX_TEXT_CHARS
# What a text box takes. Streamlit's box drops a paste that would pass its
# max_chars whole, with no word: so the boxes take ten times what a field may
# hold, and a paste too long for the field is kept and refused by name under it.
MAX_BOX_CHARS = 10 * MAX_TEXT_CHARS
# The whole numbers a preset or link may carry: TOML's, which are 64-bit.
# tomllib reads larger ones anyway, and Python refuses to write one of over
# 4,300 digits as text (as quoting it in a message would), so presets and
# links refuse them before any other check.
WHOLE_NUMBERS = range(-(2**63), 2**63)


def control_key(field_name: str) -> str:
    """The widget key of the control that edits ``field_name``."""
    return f"ctl_{field_name}"


WIDTH_PX_KEY = "ctl_width_px"
ICON_PICKER_KEY = "ctl_icon_picker"
ICON_POPOVER_KEY = "ctl_icon_picker_open"

# The playground's own widget keys start so, and its panels are keyed so: a
# user's key equal to one of them would collide with the playground's widget.
OWN_KEY_PREFIXES: tuple[str, ...] = (
    "ctl_",
    "reset_",
    "code_",
    "log_",
    "compare_",
    "preset_",
    "link_",
    "_pg_",
)
OWN_CONTAINER_KEYS: tuple[str, ...] = ("preview", "code", "event_log", "compare")


def own_key_error(key: str | None) -> str | None:
    """Why ``key`` can't be the user's: the playground uses it. None if it can."""
    if key is None or not (
        key.startswith(OWN_KEY_PREFIXES) or key in OWN_CONTAINER_KEYS
    ):
        return None
    prefixes = ", ".join(OWN_KEY_PREFIXES)
    containers = ", ".join(OWN_CONTAINER_KEYS)
    return (
        f"`key` {quoted(key)} is used by the playground itself; choose another "
        f"(keys starting with {prefixes} and the keys {containers} are taken)."
    )


def value_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """Every invalid field of a (possibly partial) config, own-key rule included.

    ``config.field_errors`` judges by st.button's rules; a key is also refused
    when the playground uses it itself. Presets and links are checked so, as
    the sidebar's controls are.
    """
    errors = field_errors(values)
    if "key" in values and "key" not in errors:
        if message := own_key_error(values["key"]):
            errors["key"] = message
    return errors


def whole_number_error(name: str) -> str:
    """What a preset or link is told about a number outside ``WHOLE_NUMBERS``."""
    return (
        f"`{name}` holds a whole number beyond 64 bits: numbers here must lie "
        f"between {WHOLE_NUMBERS.start:,} and {WHOLE_NUMBERS.stop - 1:,}."
    )


# Every widget key that belongs to a field, so one reset restores them all.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    name: (control_key(name),) for name in CONTROL_FIELDS
} | {
    "width": (control_key("width"), WIDTH_PX_KEY),
    "icon": (control_key("icon"), ICON_PICKER_KEY),
}


def controls_from_config(cfg: ButtonConfig) -> dict[str, Any]:
    """Widget values, by key, that show ``cfg`` in the sidebar."""
    pixel_width = cfg.width if isinstance(cfg.width, int) else DEFAULT_PIXEL_WIDTH
    return {
        control_key("label"): cfg.label,
        control_key("key"): cfg.key or "",
        control_key("help"): cfg.help or "",
        control_key("type"): cfg.type,
        control_key("icon"): cfg.icon or "",
        ICON_PICKER_KEY: picker_value(cfg.icon or ""),
        control_key("icon_position"): cfg.icon_position,
        control_key("disabled"): cfg.disabled,
        control_key("width"): PIXELS if isinstance(cfg.width, int) else cfg.width,
        WIDTH_PX_KEY: pixel_width,
        control_key("shortcut"): cfg.shortcut or "",
        control_key("wrap"): _wrap_choice(cfg.wrap),
        control_key("mode"): cfg.mode,
        control_key("args"): literal_text(cfg.args) if cfg.args else "",
        control_key("kwargs"): literal_text(cfg.kwargs) if cfg.kwargs else "",
    }


def changed_fields(cfg: ButtonConfig) -> dict[str, str | int | bool]:
    """The fields of ``cfg`` that differ from the default config, as flat values.

    ``args`` and ``kwargs`` become the literal text their boxes hold; the rest
    are already text, numbers or booleans. Presets and links write these.
    """
    fields: dict[str, str | int | bool] = {}
    for name in FIELD_NAMES:
        value = getattr(cfg, name)
        if same_value(value, getattr(DEFAULT_CONFIG, name)):
            continue
        fields[name] = literal_text(value) if name in LITERAL_TYPES else value
    return fields


def literal_text(value: tuple[Any, ...] | Mapping[str, Any]) -> str:
    """The text of an ``args`` or ``kwargs`` box for ``value``; read_literal reads it back."""
    return repr(dict(value) if isinstance(value, Mapping) else value)


def config_values(controls: Mapping[str, Any]) -> dict[str, Any]:
    """ButtonConfig field values read from widget values; possibly invalid."""
    width_choice = controls[control_key("width")]
    return {
        "label": controls[control_key("label")],
        "key": controls[control_key("key")] or None,
        "help": controls[control_key("help")] or None,
        "type": controls[control_key("type")],
        # Surrounding spaces in an icon or shortcut are typing noise, not intent.
        "icon": controls[control_key("icon")].strip() or None,
        "icon_position": controls[control_key("icon_position")],
        "disabled": controls[control_key("disabled")],
        "width": controls[WIDTH_PX_KEY] if width_choice == PIXELS else width_choice,
        "shortcut": controls[control_key("shortcut")].strip() or None,
        # Anything but a choice is passed on as is, for validation to name
        # `wrap` rather than the app to fail (None, a lost selection, is auto).
        "wrap": _wrap_value(controls[control_key("wrap")]),
        "mode": controls[control_key("mode")],
        **_callback_arguments(controls),
    }


def literal_errors(controls: Mapping[str, Any]) -> dict[str, str]:
    """The callback-argument boxes whose text is not a literal of the right kind."""
    if controls[control_key("mode")] not in CALLBACK_MODES:
        return {}
    errors = {}
    for name in LITERAL_TYPES:
        _, error = read_literal(name, controls[control_key(name)])
        if error:
            errors[name] = error
    return errors


def read_literal(name: str, text: str) -> tuple[Any, str | None]:
    """``args`` or ``kwargs`` read from its box: (value, None) or (None, why not).

    Read with ``ast.literal_eval`` only: the text is never run.
    """
    kind = LITERAL_TYPES[name]
    if not text.strip():
        return kind(), None
    example = LITERAL_EXAMPLES[name]
    if len(text) > MAX_LITERAL_CHARS:
        return None, f"`{name}` is longer than {MAX_LITERAL_CHARS:,} characters."
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None, (
            f"`{name}`: {quoted(text)} is not a Python literal. "
            f"Write numbers, text in quotes, lists and dicts, e.g. {example}."
        )
    if not isinstance(value, kind):
        hint = " For one value, end with a comma: (500,)." if kind is tuple else ""
        return None, (
            f"`{name}` must be a {kind.__name__} such as {example}, "
            f"not {type(value).__name__}.{hint}"
        )
    return value, None


def _callback_arguments(controls: Mapping[str, Any]) -> dict[str, Any]:
    """args and kwargs as the callback gets them: only a callback mode has them.

    Outside one, their boxes keep the text for later and the config gets none.
    """
    if controls[control_key("mode")] not in CALLBACK_MODES:
        return {"args": (), "kwargs": {}}
    values = {}
    for name in LITERAL_TYPES:
        value, error = read_literal(name, controls[control_key(name)])
        # Unreadable text stays text: validation then refuses it by name.
        values[name] = controls[control_key(name)] if error else value
    return values


def picker_value(icon_text: str) -> str | None:
    """The picker's selection that matches a typed icon, or None (no match)."""
    icon = icon_text.strip()
    return icon if icon == SPINNER_ICON or icon in _MATERIAL_SET else None


def _wrap_value(choice: Any) -> Any:
    return WRAP_CHOICES.get(choice, choice) if isinstance(choice, str) else choice


def _wrap_choice(wrap: bool | None) -> str:
    return next(word for word, value in WRAP_CHOICES.items() if value is wrap)


_MATERIAL_SET = frozenset(MATERIAL_ICON_SHORTCODES)
