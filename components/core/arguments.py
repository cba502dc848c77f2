"""The arguments of the family, and those the family shares, declared once.

Owns ``Argument`` (a name, its rule, its control, its sidebar section and
help, the value it starts from), the literal types of the shared choices,
the arguments every widget of the family shares (label, key, help, type,
icon, icon_position, disabled, width, shortcut, wrap) and the on-click
pattern's fields (the mode, the callback's ``args`` and ``kwargs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args
from typing import Literal as OneOf

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

    @classmethod
    def flag(
        cls, name: str, section: Section, help: str, start: bool | None = None
    ) -> Argument:
        """A True/False argument, shown as a toggle: never None."""
        return cls(name, rules.flag(name, optional=False), Flag(), section, help, start)


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
    Argument.flag(
        "disabled",
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
