"""The controls an argument can have, and how each translates its widgets to a value.

Owns the vocabulary of the sidebar: a text box (an empty one means unset), a
choice (a segmented control or a radio), a flag (a toggle), the width (a
choice with a pixel box beside it), the icon (a text box with a picker that
writes into it) and a Python literal (the callback's ``args`` and
``kwargs``, read with ``ast.literal_eval`` only). Each control gives the
widget values that show a field's value, and reads the value back from them;
the value read may be invalid, for the field's rule to refuse by name.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from components.core.keys import ICON_PICKER, WIDTH_PX, control_key
from components.core.rules import (
    MATERIAL_ICON_SHORTCODES,
    MAX_TEXT_CHARS,
    SPINNER_ICON,
)
from components.core.text import quoted

PIXELS = "pixels"
DEFAULT_PIXEL_WIDTH = 240
ICON_PICKER_OPTIONS: tuple[str, ...] = (SPINNER_ICON, *MATERIAL_ICON_SHORTCODES)
_MATERIAL_SET = frozenset(MATERIAL_ICON_SHORTCODES)


@dataclass(frozen=True)
class Control:
    """A field's widget: which Streamlit widget, and its value both ways."""

    widget: str
    # The types the field's value takes in a link or a preset file.
    flat: tuple[type, ...] = (str,)

    def widgets(self, name: str, value: Any) -> dict[str, Any]:
        """Widget values, by key, that show ``value``."""
        return {control_key(name): value}

    def value(self, name: str, widgets: Mapping[str, Any]) -> Any:
        """The field's value read from the widgets; possibly invalid."""
        return widgets[control_key(name)]

    def in_call(self, value: Any) -> Any:
        """The argument the widget's call passes for the field's value."""
        return value


@dataclass(frozen=True)
class Text(Control):
    """A text box; with ``optional``, an empty box means None."""

    widget: str = "text_input"
    optional: bool = True
    # Surrounding spaces in an icon or shortcut are typing noise, not intent.
    strip: bool = False
    placeholder: str | None = None

    def widgets(self, name: str, value: Any) -> dict[str, Any]:
        return {control_key(name): value or ""}

    def value(self, name: str, widgets: Mapping[str, Any]) -> Any:
        text = widgets[control_key(name)]
        if self.strip and isinstance(text, str):
            text = text.strip()
        return (text or None) if self.optional else text


@dataclass(frozen=True)
class Icon(Text):
    """The icon's text box, with a picker over Streamlit's icons that writes into it."""

    strip: bool = True

    def widgets(self, name: str, value: Any) -> dict[str, Any]:
        return super().widgets(name, value) | {ICON_PICKER: picker_value(value or "")}


@dataclass(frozen=True)
class Choice(Control):
    """One of ``options``; ``words`` names options a widget can't hold (None)."""

    widget: str = "segmented_control"
    options: tuple[Any, ...] = ()
    words: Mapping[str, Any] = field(default_factory=dict)

    @property
    def choices(self) -> tuple[Any, ...]:
        """What the widget offers: the words, else the options themselves."""
        return tuple(self.words) or self.options

    def widgets(self, name: str, value: Any) -> dict[str, Any]:
        word = next((w for w, v in self.words.items() if v is value), value)
        return {control_key(name): word}

    def value(self, name: str, widgets: Mapping[str, Any]) -> Any:
        choice = widgets[control_key(name)]
        # Anything but a word is passed on as is, for the rule to name the
        # field rather than the app to fail (None, a lost selection, is a word).
        if self.words and (choice is None or isinstance(choice, str)):
            return self.words.get(choice, choice)
        return choice


@dataclass(frozen=True)
class Written:
    """A function as the code names it: the preview calls it, and the code
    writes its source (its repr), never a string of it."""

    source: str
    function: Callable[[Any], Any]

    def __call__(self, value: Any) -> Any:
        return self.function(value)

    def __repr__(self) -> str:
        return self.source


@dataclass(frozen=True)
class Function(Choice):
    """One of a few functions, chosen by the source the code writes for it
    (``str.upper``): the config holds that text, the call the function, and
    pasted code is matched against the sources, never run."""

    widget: str = "selectbox"
    functions: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self.functions)

    def in_call(self, value: Any) -> Any:
        return Written(value, self.functions[value])

    def source_of(self, node: ast.expr) -> str | None:
        """The choice whose source parses as ``node``; None for any other code."""
        shape = ast.dump(node)
        return next(
            (s for s in self.functions if ast.dump(_expression(s)) == shape), None
        )


def _expression(source: str) -> ast.expr:
    return ast.parse(source, mode="eval").body


@dataclass(frozen=True)
class Flag(Control):
    widget: str = "toggle"
    flat: tuple[type, ...] = (bool,)


@dataclass(frozen=True)
class Width(Control):
    """A choice of named widths, or pixels typed in a number box beside it."""

    widget: str = "segmented_control"
    flat: tuple[type, ...] = (str, int)
    named: tuple[str, ...] = ()

    @property
    def choices(self) -> tuple[str, ...]:
        return (*self.named, PIXELS)

    def widgets(self, name: str, value: Any) -> dict[str, Any]:
        pixels = isinstance(value, int)
        return {
            control_key(name): PIXELS if pixels else value,
            WIDTH_PX: value if pixels else DEFAULT_PIXEL_WIDTH,
        }

    def value(self, name: str, widgets: Mapping[str, Any]) -> Any:
        choice = widgets[control_key(name)]
        return widgets[WIDTH_PX] if choice == PIXELS else choice


@dataclass(frozen=True)
class Literal(Control):
    """A Python literal of one type, typed as text; read by ast alone."""

    widget: str = "text_input"
    kind: type = tuple
    example: str = ""
    # An empty box: None (an argument that defaults to None), else an empty ``kind``.
    blank_is_none: bool = False

    def widgets(self, name: str, value: Any) -> dict[str, Any]:
        # Where a blank box is None, an empty literal is written out ("{}").
        shown = value or (self.blank_is_none and value is not None)
        return {control_key(name): literal_text(value) if shown else ""}

    def value(self, name: str, widgets: Mapping[str, Any]) -> Any:
        text = widgets[control_key(name)]
        value, error = self.read(name, text)
        # Unreadable text stays text: the rule then refuses it by name.
        return text if error else value

    def read(self, name: str, text: str) -> tuple[Any, str | None]:
        """The box's text read: (value, None) or (None, why not). Never run."""
        if not text.strip():
            return None if self.blank_is_none else self.kind(), None
        if len(text) > MAX_TEXT_CHARS:
            return None, f"`{name}` is longer than {MAX_TEXT_CHARS:,} characters."
        try:
            value = ast.literal_eval(text.strip())
        except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
            return None, (
                f"`{name}`: {quoted(text)} is not a Python literal. "
                f"Write numbers, text in quotes, lists and dicts, e.g. {self.example}."
            )
        if not isinstance(value, self.kind):
            hint = (
                " For one value, end with a comma: (500,)."
                if self.kind is tuple
                else ""
            )
            return None, (
                f"`{name}` must be a {self.kind.__name__} such as {self.example}, "
                f"not {type(value).__name__}.{hint}"
            )
        return value, None


def literal_text(value: tuple[Any, ...] | Mapping[str, Any]) -> str:
    """The text of an ``args`` or ``kwargs`` box for ``value``; ``Literal.read`` reads it back."""
    return repr(dict(value) if isinstance(value, Mapping) else value)


def picker_value(icon_text: str) -> str | None:
    """The picker's selection that matches a typed icon, or None (no match)."""
    icon = icon_text.strip()
    return icon if icon == SPINNER_ICON or icon in _MATERIAL_SET else None
