"""The widget kinds of the button family, declared once in a registry.

A kind is one Streamlit widget: its function, the arguments the playground
configures (their defaults read from that function's own signature), its
on-click modes, and which arguments feed its automatic widget identity. The
arguments the family shares (label, key, help, type, icon, icon_position,
disabled, width, shortcut, wrap) are declared here once, each with its rule,
its control, its place in the sidebar and its help text; a kind adds its own
beside them. Config, controls, code, paste, links, presets, compare and the
log read the registry: adding a kind is one ``register`` call.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, get_args
from typing import Literal as OneOf

import streamlit as st

from components.core import rules
from components.core.modes import MODES
from components.core.widgets import Choice, Control, Flag, Icon, Literal, Text, Width

ButtonType = OneOf["primary", "secondary", "tertiary"]
IconPosition = OneOf["left", "right"]
NamedWidth = OneOf["content", "stretch"]
BUTTON_TYPES: tuple[ButtonType, ...] = get_args(ButtonType)
ICON_POSITIONS: tuple[IconPosition, ...] = get_args(IconPosition)
NAMED_WIDTHS: tuple[NamedWidth, ...] = get_args(NamedWidth)
WRAP_WORDS: dict[str, bool | None] = {"auto": None, "on": True, "off": False}

Section = OneOf["Content", "Behaviour", "Style"]
SECTIONS: tuple[Section, ...] = get_args(Section)
_NO_DEFAULT = inspect.Parameter.empty


@dataclass(frozen=True)
class Argument:
    """One argument a kind takes: its rule, its control, where and how it is explained.

    ``start`` is the value the playground starts from when the argument has
    no default (a label, a URL).
    """

    name: str
    check: rules.Check
    control: Control
    section: Section
    help: str
    start: Any = None


@dataclass(frozen=True)
class Kind:
    """A Streamlit widget of the family, as the playground configures it."""

    function: Callable[..., Any]
    arguments: tuple[Argument, ...]
    # Arguments the widget hashes into its automatic identity when no key is
    # set: changing one makes a new widget, and state tied to the old is lost.
    identity: tuple[str, ...]
    # The on-click modes it takes; None: every registered mode.
    modes: tuple[str, ...] | None = ("plain",)
    name: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.function.__name__)

    @property
    def mode_names(self) -> tuple[str, ...]:
        """The on-click modes this kind takes."""
        return tuple(MODES) if self.modes is None else self.modes

    @property
    def call_name(self) -> str:
        """How the code calls it: ``st.button``."""
        return f"st.{self.name}"

    @cached_property
    def signature(self) -> inspect.Signature:
        return inspect.signature(self.function)

    @cached_property
    def defaults(self) -> dict[str, Any]:
        """Each argument's default, read from the function's signature."""
        return {
            name: parameter.default
            for name, parameter in self.signature.parameters.items()
            if parameter.default is not _NO_DEFAULT
        }

    @cached_property
    def required(self) -> tuple[str, ...]:
        """The arguments the function takes without a default, in its order."""
        return tuple(
            name for name in self.signature.parameters if name not in self.defaults
        )

    @cached_property
    def argument_names(self) -> tuple[str, ...]:
        """The configured arguments in the function's signature order."""
        order = list(self.signature.parameters)
        return tuple(sorted((a.name for a in self.arguments), key=order.index))

    def argument(self, name: str) -> Argument:
        return next(a for a in self.arguments if a.name == name)

    def takes(self, name: str) -> bool:
        return any(argument.name == name for argument in self.arguments)

    @cached_property
    def fields(self) -> tuple[Argument, ...]:
        """Every field a config of this kind sets: the kind, its arguments in
        signature order, and the on-click pattern."""
        arguments = tuple(self.argument(name) for name in self.argument_names)
        return (KIND_FIELD, *arguments, *ON_CLICK.values())

    def field(self, name: str) -> Argument | None:
        return next((f for f in self.fields if f.name == name), None)

    @cached_property
    def own_arguments(self) -> dict[str, Argument]:
        """The arguments this kind adds beside the shared ones, by name."""
        return {a.name: a for a in self.arguments if a.name not in SHARED}


def _shared(*arguments: Argument) -> dict[str, Argument]:
    return {argument.name: argument for argument in arguments}


# The family's shared arguments, in the sidebar's order within each section.
SHARED: dict[str, Argument] = _shared(
    Argument(
        "label",
        rules.required_text("label"),
        Text(widget="text_area", optional=False),
        "Content",
        "The button's text. Markdown works: **bold**, *italics*, `code`, "
        "links, and :material/icons: inline. May be empty when an icon is set.",
        start="Click me",
    ),
    Argument(
        "icon",
        rules.icon,
        Icon(placeholder="🔥, :material/thumb_up: or spinner"),
        "Content",
        "A single emoji, a Material icon as `:material/name:`, or `spinner`. "
        "Type it here, or pick a Material icon below.",
    ),
    Argument(
        "icon_position",
        rules.choice("icon_position", ICON_POSITIONS),
        Choice(options=ICON_POSITIONS),
        "Content",
        "Which side of the label the icon sits on.",
    ),
    Argument(
        "help",
        rules.optional_text("help", "no tooltip"),
        Text(widget="text_area"),
        "Content",
        "A tooltip shown on hover. Markdown works.",
    ),
    Argument(
        "disabled",
        rules.flag("disabled", optional=False),
        Flag(),
        "Behaviour",
        "A disabled button can't be clicked and always returns False.",
    ),
    Argument(
        "shortcut",
        rules.shortcut,
        Text(strip=True, placeholder="Ctrl+K"),
        "Behaviour",
        "A key that clicks the button, e.g. `K`, `Ctrl+K`, `Cmd+Shift+O`, "
        "`Enter`, `F2`. C and R are reserved by Streamlit.",
    ),
    Argument(
        "key",
        rules.key,
        Text(placeholder="None"),
        "Behaviour",
        "A stable identity for the widget. Without one, Streamlit derives "
        "the identity from the other arguments, so changing them makes a new widget.",
    ),
    Argument(
        "type",
        rules.choice("type", BUTTON_TYPES),
        Choice(options=BUTTON_TYPES),
        "Style",
        "primary: the app's primary colour for the main action. "
        "secondary (default): normal emphasis. tertiary: plain text, no border.",
    ),
    Argument(
        "width",
        rules.width,
        Width(named=NAMED_WIDTHS),
        "Style",
        "content: as wide as the label. stretch: as wide as the container. "
        "pixels: a fixed width, capped at the container's width.",
    ),
    Argument(
        "wrap",
        rules.flag("wrap", optional=True),
        Choice(words=WRAP_WORDS, flat=(bool,)),
        "Style",
        "auto: Streamlit decides by layout. on: a long label wraps onto more "
        "lines. off: one line, truncated with an ellipsis.",
    ),
)

KIND_FIELD = Argument(
    "kind",
    lambda value: rules.choice("kind", tuple(KINDS))(value),
    Choice(widget="selectbox"),
    "Content",
    "The widget of the button family to configure.",
)
# The pattern around the call: the mode, and the callback's arguments.
ON_CLICK: dict[str, Argument] = _shared(
    Argument(
        "mode",
        lambda value: rules.choice("mode", tuple(MODES))(value),
        Choice(widget="radio"),
        "Behaviour",
        "What your app does with the click.",
    ),
    Argument(
        "args",
        rules.args,
        Literal(kind=tuple, example="(1, 'a')"),
        "Behaviour",
        "Positional arguments for the callback, as a Python tuple literal: "
        "(1, 'a'), or (500,) for one. Read as a literal, never run.",
    ),
    Argument(
        "kwargs",
        rules.kwargs,
        Literal(kind=dict, example="{'limit': 500}"),
        "Behaviour",
        "Keyword arguments for the callback, as a Python dict literal: "
        "{'limit': 500}. Keys become the callback's parameter names.",
    ),
)

BUTTON = Kind(
    function=st.button,
    arguments=tuple(SHARED.values()),
    # button.py's compute_and_register_element_id call.
    identity=("label", "icon", "help", "type", "width", "icon_position", "shortcut"),
    modes=None,
)

KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    """Add ``kind`` to the registry; every contract test then runs over it."""
    KINDS[kind.name] = kind


def kind_named(name: object) -> Kind:
    """The kind registered as ``name``; the default kind when it names none."""
    return KINDS.get(name, BUTTON) if isinstance(name, str) else BUTTON


register(BUTTON)
DEFAULT_KIND = BUTTON.name
