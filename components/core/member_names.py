"""A row member's share of the row's test, its names its own.

A lone button's test names its button ``LABEL``, ``KEY``, ``find_button``,
``test_button_<mode>``; in a row's test each member's are numbered
(``LABEL_2``, ``find_button_2``, ``test_button_2_<mode>``), and it reads the
session-state names the row's code gives that member (``clicks_2``). Renamed
in code and in f-strings' fields, never in a message's words. Python 3.11's
tokenizer gives an f-string as one token: its fields are read here.
"""

from __future__ import annotations

import tokenize
from collections.abc import Callable, Mapping

from components.core.kinds import KINDS
from components.core.tokens import retokened

# With every kind's address constant (URL, PAGE).
MEMBER_NAMES = frozenset(
    {"LABEL", "KEY", "OPTION", "find_button"}
    | {kind.address.upper() for kind in KINDS.values() if kind.address is not None}
)
TEST_PREFIX = "test_button_"


def numbered(code: str, number: int, state: Mapping[str, str]) -> str:
    """``code``, a lone button's test code, as member ``number``'s, its
    session-state names renamed by ``state``."""

    def name(word: str) -> str:
        if word in MEMBER_NAMES:
            return f"{word}_{number}"
        if word.startswith(TEST_PREFIX):
            return word.replace(TEST_PREFIX, f"{TEST_PREFIX}{number}_", 1)
        return word

    def new_text(token: tokenize.TokenInfo, before: list[str]) -> str | None:
        if token.type == tokenize.NAME and before[-2:] == ["session_state", "."]:
            return state.get(token.string)
        if token.type == tokenize.NAME and before[-1:] != ["."]:
            return name(token.string)
        if token.type == tokenize.STRING and _is_f_string(token.string):
            return _fields_renamed(token.string, renamed)
        return None

    def renamed(field: str) -> str:
        return retokened(field, new_text)

    return retokened(code, new_text)


def _is_f_string(literal: str) -> bool:
    return "f" in literal[: literal.index(literal[-1])].lower()


def _fields_renamed(literal: str, renamed: Callable[[str], str]) -> str:
    """An f-string literal, each replacement field's code passed through
    ``renamed``; ``{{`` and ``}}`` are its text."""
    pieces, index = [], 0
    while index < len(literal):
        if literal.startswith(("{{", "}}"), index):
            pieces.append(literal[index : index + 2])
            index += 2
        elif literal[index] == "{":
            end = _field_end(literal, index)
            pieces.append("{" + renamed(literal[index + 1 : end]) + "}")
            index = end + 1
        else:
            pieces.append(literal[index])
            index += 1
    return "".join(pieces)


def _field_end(literal: str, start: int) -> int:
    """Where the field opened at ``start`` closes (a format spec may nest one)."""
    depth = 0
    for index in range(start, len(literal)):
        depth += {"{": 1, "}": -1}.get(literal[index], 0)
        if depth == 0:
            return index
    raise ValueError(f"an f-string field is not closed: {literal!r}")
