"""A row of buttons: 2 to 6 members of the family side by side, and its layout.

Owns the row as a value: its members (each a whole ``ButtonConfig``), the
layout (``st.columns`` or ``st.container(horizontal=True)``) with the gap and
alignment that layout takes, the layout's call as code and as keyword
arguments (the preview and the code share them), each member's own
session-state names, and the rule Streamlit enforces across members: no two
may register the same widget ID.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from components.core.config import ButtonConfig, ConfigError, value_errors
from components.core.keys import is_own_key
from components.core.kinds import KINDS
from components.core.modes import MODES, Shape, state_shape
from components.core.text import quoted

MIN_MEMBERS, MAX_MEMBERS = 2, 6
# Each layout's function, and what it is given first ({count}: the members').
LAYOUT_FUNCTIONS = {
    "columns": ("columns", "{count}"),
    "horizontal": ("container", "horizontal=True"),
}
LAYOUTS = tuple(LAYOUT_FUNCTIONS)
LAYOUT_CALLS = {"columns": "st.columns", "horizontal": "st.container(horizontal=True)"}
# layout_utils' Gap, HorizontalAlignment and VerticalAlignment (a test pins them).
GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom")
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
# What each setting of a row may be (``Row``'s fields of the same names).
SETTINGS: dict[str, tuple[str, ...]] = {
    "layout": LAYOUTS,
    "gap": GAPS,
    "vertical_alignment": VERTICAL_ALIGNMENTS,
    "horizontal_alignment": HORIZONTAL_ALIGNMENTS,
}
# Each layout's alignment argument, and Streamlit's default for it and the gap.
ALIGNMENT_ARGUMENT = {
    "columns": "vertical_alignment",
    "horizontal": "horizontal_alignment",
}
ALIGNMENTS = {"columns": VERTICAL_ALIGNMENTS, "horizontal": HORIZONTAL_ALIGNMENTS}
DEFAULT_GAP = "small"
DEFAULT_ALIGNMENT = {"columns": "top", "horizontal": "left"}


@dataclass(frozen=True)
class Row:
    """Members side by side. ``vertical_alignment`` is read by the columns
    layout, ``horizontal_alignment`` by the horizontal container: each keeps
    its value while the other layout is shown."""

    members: tuple[ButtonConfig, ...]
    layout: str = "columns"
    gap: str = DEFAULT_GAP
    vertical_alignment: str = DEFAULT_ALIGNMENT["columns"]
    horizontal_alignment: str = DEFAULT_ALIGNMENT["horizontal"]
    # Which member the sidebar edits.
    selected: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "members", tuple(self.members))
        if not MIN_MEMBERS <= len(self.members) <= MAX_MEMBERS:
            raise ConfigError(
                "members",
                f"A row holds {MIN_MEMBERS} to {MAX_MEMBERS} buttons, "
                f"not {len(self.members)}.",
            )
        for name, allowed in SETTINGS.items():
            if getattr(self, name) not in allowed:
                raise ConfigError(name, _not_one_of(name, getattr(self, name), allowed))
        if not 0 <= self.selected < len(self.members):
            raise ConfigError("selected", f"No button {self.selected + 1} in the row.")

    @property
    def alignment_argument(self) -> str:
        return ALIGNMENT_ARGUMENT[self.layout]

    @property
    def alignment(self) -> str:
        return getattr(self, self.alignment_argument)

    def layout_kwargs(self) -> dict[str, Any]:
        """The layout's arguments beyond the count or ``horizontal=True``,
        where they differ from Streamlit's defaults."""
        given = {"gap": self.gap, self.alignment_argument: self.alignment}
        defaults = {
            "gap": DEFAULT_GAP,
            self.alignment_argument: DEFAULT_ALIGNMENT[self.layout],
        }
        return {name: value for name, value in given.items() if value != defaults[name]}

    def layout_call(self) -> str:
        """The layout's call as the code writes it: ``st.columns(3, gap="large")``."""
        function, first = LAYOUT_FUNCTIONS[self.layout]
        written = [
            first.format(count=len(self.members)),
            *(f"{name}={value!r}" for name, value in self.layout_kwargs().items()),
        ]
        return f"st.{function}({', '.join(written)})"


Renames = Mapping[str, str]


def state_names(row: Row) -> list[Renames]:
    """Each member's session-state names as the row's code writes them: a
    name more than one member's code keeps is numbered by its member
    (``clicks_2``), so each button counts and toggles its own; a name only
    one member keeps stays as a lone button's code has it."""
    seeded = [tuple(MODES[member.mode].seeds(member)) for member in row.members]
    shared = Counter(name for names in seeded for name in names)
    return [
        {name: f"{name}_{number}" for name in names if shared[name] > 1}
        for number, names in enumerate(seeded, start=1)
    ]


def state_shape_of(row: Row) -> Shape:
    """``modes.state_shape`` of the row's code: its members' modes and
    callbacks' parameters, and the session-state names as it writes them."""
    modes, _, parameters = state_shape(*row.members)
    names = (
        renames.get(name, name)
        for member, renames in zip(row.members, state_names(row))
        for name in MODES[member.mode].seeds(member)
    )
    return modes, tuple(dict.fromkeys(names)), parameters


def as_member_sees(state: Mapping[str, Any], renames: Renames) -> dict[str, Any]:
    """The app's state under the names a member's mode reads (``clicks``)."""
    own = {
        name: state[renamed] for name, renamed in renames.items() if renamed in state
    }
    return {**state, **own}


def as_app_keeps(changes: Mapping[str, Any], renames: Renames) -> dict[str, Any]:
    """A member's changes under the names the row's code keeps them by."""
    return {renames.get(name, name): value for name, value in changes.items()}


@dataclass(frozen=True)
class RowMember:
    """One member as the log names it: 'button 2 of the row ("Next")'."""

    index: int
    config: ButtonConfig

    @property
    def name(self) -> str:
        return f"button {self.index + 1} of the row, {quoted(self.config.label)}"


@dataclass(frozen=True)
class Collision:
    """Why Streamlit refuses a member: it shares ``field``'s value (a key, a
    form's key) or, with no key, its automatic ID ("identity") with ``earlier``."""

    earlier: int
    field: str


IDENTITY = "identity"


def collisions(row: Row) -> dict[int, Collision]:
    """Each member Streamlit would refuse, with the first earlier member it clashes with."""
    found: dict[int, Collision] = {}
    for index, member in enumerate(row.members):
        for earlier in range(index):
            if (field_name := _clash(row.members[earlier], member)) is not None:
                found[index] = Collision(earlier, field_name)
                break
    return found


def _keys(cfg: ButtonConfig) -> dict[str, str]:
    """The keys a member registers, by field: its own, and its block's (a form's)."""
    block = KINDS[cfg.kind].block
    keys = {"key": cfg.key}
    if block is not None:
        keys |= {
            field.name: cfg.get(field.name)
            for field in block.fields
            if field.name.endswith("key")
        }
    return {name: value for name, value in keys.items() if value is not None}


def _clash(first: ButtonConfig, second: ButtonConfig) -> str | None:
    """The field the two share a key by (any two elements' keys must differ),
    IDENTITY when the same key-less widget, else None."""
    # A form's key and a widget's are told apart: only like keys clash.
    taken = _keys(first)
    for name, value in _keys(second).items():
        if taken.get(name) == value:
            return name
    kind = KINDS[second.kind]
    if first.kind != second.kind or not all(
        kind.has_identity(cfg.mode) for cfg in (first, second)
    ):
        return None
    if kind.key_keeps_identity and (first.key or second.key):
        return None
    same = all(first.get(name) == second.get(name) for name in kind.hashed)
    return IDENTITY if same else None


def collision_sentence(row: Row, index: int, collision: Collision) -> str:
    """Streamlit's refusal of a member, in words, with its fix."""
    member = row.members[index]
    names = f"Button {index + 1} ({quoted(member.label)})"
    other = f"button {collision.earlier + 1}"
    if collision.field != IDENTITY:
        value = quoted(member.get(collision.field))
        return (
            f"{names} has the same `{collision.field}` as {other}, {value}: "
            "Streamlit raises StreamlitDuplicateElementKey, as no two elements "
            "may share a key. Give each its own."
        )
    call = KINDS[member.kind].call_name
    return (
        f"{names} is a {call} with the same arguments as {other} and no key, so "
        "both get the same automatic ID: Streamlit raises "
        "StreamlitDuplicateElementId. Give one a key (or another label)."
    )


def fresh_key(row: Row, index: int, field_name: str = "key") -> str:
    """A key for member ``index`` (its ``field_name``: a form's key too) that
    no member's keys hold and its own rules take: its label as a name
    (``save``), numbered when taken (``save_2``; a mode's state name
    ``clicks`` is refused as a key, say)."""
    member = row.members[index]
    taken = {key for cfg in row.members for key in _keys(cfg).values()}
    taken |= set(state_shape_of(row)[1])  # the state the row's code keeps
    stem = re.sub(r"\W+", "_", member.label.lower()).strip("_")
    stem = stem[:30] or "button"
    if stem[0].isdigit() or is_own_key(stem):
        stem = f"my_{stem}"
    key, number = stem, 2
    while key in taken or value_errors(member.flat() | {field_name: key}):
        key, number = f"{stem}_{number}", number + 1
    return key


def _not_one_of(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    return f"`{name}` is {quoted(str(value))}; it must be one of {', '.join(allowed)}."
