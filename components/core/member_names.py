"""A row member's share of the row's test, its names its own.

A lone button's test names its button ``LABEL``, ``KEY``, ``find_button``,
``test_button_<mode>``; in a row's test each member's are numbered
(``LABEL_2``, ``find_button_2``, ``test_button_2_<mode>``), and it reads the
session-state names the row's code gives that member (``clicks_2``). Renamed
in code and in f-strings' fields, never in a message's words.
"""

from __future__ import annotations

import re
import tokenize
from collections.abc import Mapping

from components.core.kinds import KINDS
from components.core.tokens import retokened

# With every kind's address constant (URL, PAGE).
MEMBER_NAMES = frozenset(
    {"LABEL", "KEY", "OPTION", "find_button"}
    | {kind.address.upper() for kind in KINDS.values() if kind.address is not None}
)
TEST_PREFIX = "test_button_"
_FIELD = re.compile(r"\{[^{}]*\}")
_FIELD_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*")
_STATE_NAME = re.compile(r"(?<=session_state\.)\w+")


def numbered(code: str, number: int, state: Mapping[str, str]) -> str:
    """``code``, a lone button's test code, as member ``number``'s, its
    session-state names renamed by ``state``."""

    def name(word: str) -> str:
        if word in MEMBER_NAMES:
            return f"{word}_{number}"
        if word.startswith(TEST_PREFIX):
            return word.replace(TEST_PREFIX, f"{TEST_PREFIX}{number}_", 1)
        return word

    def field(text: str) -> str:
        text = _STATE_NAME.sub(lambda match: state.get(match[0], match[0]), text)
        return _FIELD_NAME.sub(lambda match: name(match[0]), text)

    def new_text(token: tokenize.TokenInfo, before: list[str]) -> str | None:
        if token.type == tokenize.NAME and before[-2:] == ["session_state", "."]:
            return state.get(token.string)
        if token.type == tokenize.NAME and before[-1:] != ["."]:
            return name(token.string)
        if token.type == tokenize.STRING and _is_f_string(token.string):
            return _FIELD.sub(lambda match: field(match[0]), token.string)
        return None

    return retokened(code, new_text)


def _is_f_string(literal: str) -> bool:
    return "f" in literal[: literal.index(literal[-1])].lower()
