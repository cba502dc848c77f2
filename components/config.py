"""ButtonConfig: one st.button call as a frozen value, and the rules it must obey.

Owns the argument model of the playground: the allowed values of every
argument (as ``Literal`` aliases read with ``typing.get_args``), st.button's
real defaults (read from its signature, so they cannot drift), validation by
st.button's own rules (Streamlit's validators decide; we only word the
message), and ``call_kwargs``, the one place that turns a config into
st.button's keyword arguments for the preview and the code alike.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

import ast
import difflib
import inspect
import keyword
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Literal, Union, get_args

import streamlit as st
from streamlit.elements.lib.layout_utils import validate_width
from streamlit.elements.lib.shortcut_utils import (
    _BROWSER_RESERVED_SHORTCUTS,
    normalize_shortcut,
)
from streamlit.errors import StreamlitAPIException
from streamlit.material_icon_names import ALL_MATERIAL_ICONS
from streamlit.runtime.state.common import require_valid_user_key
from streamlit.string_util import validate_icon_or_emoji

ButtonType = Literal["primary", "secondary", "tertiary"]
IconPosition = Literal["left", "right"]
NamedWidth = Literal["content", "stretch"]
Width = Union[NamedWidth, int]
Mode = Literal["plain", "if_block", "callback", "toggle", "rerun"]

BUTTON_TYPES: tuple[ButtonType, ...] = get_args(ButtonType)
ICON_POSITIONS: tuple[IconPosition, ...] = get_args(IconPosition)
NAMED_WIDTHS: tuple[NamedWidth, ...] = get_args(NamedWidth)
MODES: tuple[Mode, ...] = get_args(Mode)

# Modes whose code passes on_click; only they may carry callback args.
CALLBACK_MODES: frozenset[Mode] = frozenset({"callback"})
# The session-state names each mode's generated app keeps its state under
# (codegen writes them). A widget key equal to one would make that name the
# button's own read-only value, and the app would fail on its first run.
MODE_STATE_NAMES: dict[Mode, tuple[str, ...]] = {
    "plain": (),
    "if_block": (),
    "callback": ("clicks", "last_call"),
    "toggle": ("show_more",),
    "rerun": ("clicks",),
}

SPINNER_ICON = "spinner"
# Streamlit's ceiling for a pixel width: an unsigned 32-bit number.
MAX_PIXEL_WIDTH = 2**32 - 1
# How much of a bad value a message quotes: enough to recognise, never a wall.
MAX_SHOWN = 40
# How many problems a notice lists before it counts the rest: a link may bring
# Streamlit's limit of 1,000 parameters, a 64 KB preset thousands of keys.
MAX_LISTED = 10
# The longest text any field takes. Longer is a document, not a button; and a
# share link must carry it (a URL-encoded 2,000 emoji is about 24 KB, well
# under the 64 KB a request line may take).
MAX_TEXT_CHARS = 2_000
# Half of a UTF-16 pair. A Python string may hold one (pasted code can write
# "\ud800"), but UTF-8 has no encoding for it: the page could not be sent.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
MATERIAL_PREFIX = ":material/"
MATERIAL_ICON_SHORTCODES: tuple[str, ...] = tuple(
    f"{MATERIAL_PREFIX}{name}:" for name in sorted(ALL_MATERIAL_ICONS)
)

# st.button's own defaults, read from its signature rather than restated.
ST_BUTTON_DEFAULTS: dict[str, Any] = {
    name: parameter.default
    for name, parameter in inspect.signature(st.button).parameters.items()
    if parameter.default is not inspect.Parameter.empty
}

# The arguments the playground configures, in st.button's signature order.
BUTTON_ARGUMENTS: tuple[str, ...] = (
    "label",
    "key",
    "help",
    "type",
    "icon",
    "icon_position",
    "disabled",
    "width",
    "shortcut",
    "wrap",
)

# The arguments st.button hashes into its automatic widget identity when no
# key is set (button.py's compute_and_register_element_id call): changing one
# makes a new widget, and state tied to the old one is lost.
IDENTITY_ARGUMENTS: frozenset[str] = frozenset(
    {"label", "icon", "help", "type", "width", "icon_position", "shortcut"}
)


class ConfigError(ValueError):
    """An invalid value for one field; ``field`` names it for the UI."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


@dataclass(frozen=True)
class ButtonConfig:
    """One st.button call plus the on-click pattern around it.

    Field names are st.button's parameter names; defaults are st.button's
    defaults (a test guards that), except ``label``, which st.button requires.
    """

    label: str = "Click me"
    key: str | None = None
    help: str | None = None
    type: ButtonType = "secondary"
    icon: str | None = None
    icon_position: IconPosition = "left"
    disabled: bool = False
    width: Width = "content"
    shortcut: str | None = None
    wrap: bool | None = None
    mode: Mode = "plain"
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Frozen means frozen: the callback's kwargs can't change under the config.
        if isinstance(self.kwargs, Mapping):
            object.__setattr__(self, "kwargs", MappingProxyType(dict(self.kwargs)))
        errors = field_errors({f.name: getattr(self, f.name) for f in fields(self)})
        if errors:
            name, message = next(iter(errors.items()))
            raise ConfigError(name, message)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ButtonConfig))


def call_kwargs(cfg: ButtonConfig) -> dict[str, Any]:
    """st.button's keyword arguments for ``cfg``: the label and every non-default."""
    kwargs: dict[str, Any] = {"label": cfg.label}
    for name in BUTTON_ARGUMENTS[1:]:
        value = getattr(cfg, name)
        if not same_value(value, ST_BUTTON_DEFAULTS[name]):
            kwargs[name] = value
    return kwargs


def field_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """Every invalid field in ``values`` mapped to a sentence that names it."""
    errors = {}
    for name, value in values.items():
        message = _CHECKS[name](value)
        if message:
            errors[name] = message
    mode_message = _check_callback_arguments(values)
    if mode_message and "args" not in errors:
        errors["args"] = mode_message
    key_message = _check_key_against_mode_state(values)
    if key_message and "key" not in errors:
        errors["key"] = key_message
    return errors


def config_warnings(cfg: ButtonConfig) -> dict[str, str]:
    """Valid but surprising choices, by field: they deserve a word, not a refusal."""
    warnings = {}
    if not cfg.label.strip() and cfg.icon is None:
        warnings["label"] = (
            "With neither a label nor an icon the button shows nothing. "
            "Add a label or choose an icon."
        )
    if cfg.icon is None and cfg.icon_position != ST_BUTTON_DEFAULTS["icon_position"]:
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


def suggest_material_icon(name: str) -> str | None:
    """The closest real Material icon shortcode to a mistyped ``name``."""
    matches = difflib.get_close_matches(name.lower(), ALL_MATERIAL_ICONS, n=1)
    return f"{MATERIAL_PREFIX}{matches[0]}:" if matches else None


def same_value(value: Any, default: Any) -> bool:
    # Type-strict: False must not pass for None, nor 1 for True. Any mapping
    # type will do for kwargs, though: a read-only one equals its dict.
    if isinstance(default, Mapping):
        return isinstance(value, Mapping) and dict(value) == dict(default)
    return type(value) is type(default) and value == default


def quoted(value: Any) -> str:
    """A value as a message quotes it: its repr, cut short when long."""
    try:
        return _cut(repr(value))
    except ValueError:
        # Python refuses to print an int of more than 4,300 digits, alone or
        # inside a tuple, list or dict (pasted code can hold any of them).
        if isinstance(value, int):
            return f"a {value.bit_length():,}-bit integer"
        return f"a {type(value).__name__} holding an integer too long to print"


def quoted_name(name: str) -> str:
    """A name from outside (a link's parameter, a file's key) as a message quotes
    it: cut short, and a lone surrogate written as its escape, so the page can
    send the message."""
    return _cut(name).encode("utf-8", "backslashreplace").decode("utf-8")


def listed(problems: Sequence[str]) -> list[str]:
    """The first ``MAX_LISTED`` problems, then a line that counts the rest."""
    more = len(problems) - MAX_LISTED
    first = list(problems[:MAX_LISTED])
    return [*first, f"…and {more:,} more."] if more > 0 else first


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else f"{text[:MAX_SHOWN]}…"


def _optional_text(name: str, what: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return f"`{name}` must be text or None, not {type(value).__name__}."
        if not value.strip():
            return f"`{name}` is empty: leave it unset (None) for {what}."
        return _text_problem(name, value)

    return check


def _text_problem(name: str, text: str) -> str | None:
    """Why a text can't be a field's value: too long, or not all characters."""
    if len(text) > MAX_TEXT_CHARS:
        return (
            f"`{name}` is {len(text):,} characters long; the most it takes "
            f"is {MAX_TEXT_CHARS:,}."
        )
    if surrogate := _LONE_SURROGATE.search(text):
        return (
            f"`{name}` holds {surrogate.group()!r} at character "
            f"{surrogate.start() + 1:,}: half of a UTF-16 pair, not a character, "
            "so the page can't show it. Remove it, or write the whole character."
        )
    return None


def _check_label(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"`label` must be text, not {type(value).__name__}."
    return _text_problem("label", value)


def _check_choice(name: str, choices: tuple[Any, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in choices:
            return None
        allowed = ", ".join(repr(choice) for choice in choices)
        return f"`{name}` is {quoted(value)}; it must be one of {allowed}."

    return check


def _check_flag(name: str, optional: bool) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or (optional and value is None):
            return None
        allowed = "True, False or None" if optional else "True or False"
        return f"`{name}` is {quoted(value)}; it must be {allowed}."

    return check


def _icon_message(value: str) -> str:
    """Why an icon was refused, with a "did you mean" for a mistyped Material name."""
    icon = value.strip()
    shown = _cut(icon)
    if icon.startswith(MATERIAL_PREFIX):
        hint = suggest_material_icon(icon.removeprefix(MATERIAL_PREFIX).rstrip(":"))
        tip = f" Did you mean `{hint}`?" if hint else ""
        return f"`icon`: `{shown}` is not one of Streamlit's Material icons.{tip}"
    return (
        f"`icon`: `{shown}` is not a valid icon. Use a single emoji (🔥), "
        f"a Material icon such as `:material/thumb_up:`, or `spinner`."
    )


def _check_width(value: Any) -> str | None:
    valid = f"'content', 'stretch' or a whole number of pixels from 1 to {MAX_PIXEL_WIDTH:,}"
    if isinstance(value, bool) or (
        isinstance(value, int) and not 1 <= value <= MAX_PIXEL_WIDTH
    ):
        return f"`width` is {quoted(value)}; it must be {valid}."
    try:
        validate_width(value, allow_content=True)
    except StreamlitAPIException:
        return f"`width` is {quoted(value)}; it must be {valid}."
    return None


def _text_checked_by(
    name: str,
    unset: str,
    streamlit_check: Callable[[str], object],
    refusal: Callable[[str], str] | None = None,
) -> Callable[[Any], str | None]:
    """An optional text that Streamlit's own validator accepts or refuses.

    The refusal is worded by ``refusal`` when given, else by Streamlit's own
    sentence, which already says what is wrong and what is valid.
    """
    optional = _optional_text(name, unset)

    def check(value: Any) -> str | None:
        message = optional(value)
        if message or value is None:
            return message
        try:
            streamlit_check(value)
        except StreamlitAPIException as error:
            if refusal is not None:
                return refusal(value)
            reason = str(error).removeprefix(f"The `{name}` ")
            return f"`{name}` {quoted(value)}: {reason}"
        return None

    return check


def _check_args(value: Any) -> str | None:
    if not isinstance(value, tuple):
        return f"`args` must be a tuple, not {type(value).__name__}."
    return _literal_problem("args", value)


def _check_kwargs(value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return f"`kwargs` must be a dict, not {type(value).__name__}."
    bad = [name for name in value if not _is_parameter_name(name)]
    if bad:
        return (
            f"`kwargs` keys must be Python names a callback can take as "
            f"parameters; {quoted(bad[0])} is not."
        )
    return _literal_problem("kwargs", dict(value))


def _check_callback_arguments(values: Mapping[str, Any]) -> str | None:
    mode = values.get("mode", "plain")
    # A mode that is not even text is refused by its own check, by name.
    if not isinstance(mode, str) or mode in CALLBACK_MODES:
        return None
    if not values.get("args") and not values.get("kwargs"):
        return None
    return (
        f"`args` and `kwargs` go to an on_click callback; mode {quoted(mode)} "
        "has none."
    )


def _check_key_against_mode_state(values: Mapping[str, Any]) -> str | None:
    key, mode = values.get("key"), values.get("mode", "plain")
    if not isinstance(mode, str) or key not in MODE_STATE_NAMES.get(mode, ()):
        return None
    return (
        f"`key` {key!r} is the session-state name the {mode} pattern keeps its "
        f"state under; as the button's key it would be the button's own value "
        "and the app would fail. Choose another key."
    )


def _is_parameter_name(name: Any) -> bool:
    # "st" would shadow the streamlit module inside the generated callback;
    # __debug__ can't be assigned, so it can't be a parameter either. Python
    # reads a written name in NFKC form ("ａ" as "a") but passes a kwargs key
    # as it is: a key not already in that form would miss its parameter.
    return (
        isinstance(name, str)
        and name.isidentifier()
        and unicodedata.normalize("NFKC", name) == name
        and not keyword.iskeyword(name)
        and name not in {"st", "__debug__"}
    )


def _literal_problem(name: str, value: Any) -> str | None:
    """Why ``value`` can't be written as the literal text its box, a link and a
    preset carry: its repr must read back, by ast alone, as an equal value, and
    fit the text limit (0xFFF… typed is shorter than the decimal Python writes)."""
    try:
        text = repr(value)
        reads_back = ast.literal_eval(text) == value
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        reads_back = False
    if not reads_back:
        return f"`{name}` may hold only Python literals (numbers, text, lists, dicts…)."
    if len(text) > MAX_TEXT_CHARS:
        return (
            f"`{name}` is {len(text):,} characters long as Python writes it; "
            f"the most a link or a preset carries is {MAX_TEXT_CHARS:,}."
        )
    return None


_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "label": _check_label,
    "key": _text_checked_by("key", "no key", require_valid_user_key),
    "help": _optional_text("help", "no tooltip"),
    "type": _check_choice("type", BUTTON_TYPES),
    "icon": _text_checked_by(
        "icon", "no icon", validate_icon_or_emoji, refusal=_icon_message
    ),
    "icon_position": _check_choice("icon_position", ICON_POSITIONS),
    "disabled": _check_flag("disabled", optional=False),
    "width": _check_width,
    "shortcut": _text_checked_by("shortcut", "no shortcut", normalize_shortcut),
    "wrap": _check_flag("wrap", optional=True),
    "mode": _check_choice("mode", MODES),
    "args": _check_args,
    "kwargs": _check_kwargs,
}

# The button every control starts from, and every reset returns to. Built
# last: building checks it by the rules above.
DEFAULT_CONFIG = ButtonConfig()
