"""How messages quote what they were given: cut short, listed ten at a time.

Owns the small jobs every message shares: a value quoted by its repr and cut
to ``MAX_SHOWN`` characters, a name from outside quoted so the page can send
it, a list of problems cut to ``MAX_LISTED`` with a count of the rest, and a
flag written as the ``true`` / ``false`` of links and preset files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

# How much of a bad value a message quotes: enough to recognise, never a wall.
MAX_SHOWN = 40
# How many problems a notice lists before it counts the rest: a link may bring
# Streamlit's limit of 1,000 parameters, a 64 KB preset thousands of keys.
MAX_LISTED = 10
# Flags as links and preset files write them.
FLAGS: dict[str, bool] = {"true": True, "false": False}


def cut(text: str) -> str:
    """``text`` cut to ``MAX_SHOWN`` characters, with an ellipsis when cut."""
    return text if len(text) <= MAX_SHOWN else f"{text[:MAX_SHOWN]}…"


def quoted(value: Any) -> str:
    """A value as a message quotes it: its repr, cut short when long."""
    try:
        return cut(repr(value))
    except ValueError:
        # Python refuses to print an int of more than 4,300 digits, alone or
        # inside a tuple, list or dict (pasted code can hold any of them).
        if isinstance(value, int):
            return f"a {value.bit_length():,}-bit integer"
        return f"a {type(value).__name__} holding an integer too long to print"


def quoted_name(name: str) -> str:
    """A name from outside (a link's parameter, a file's key) as a message quotes
    it: as code, cut short, a lone surrogate written as its escape (so the page
    can send the message) and a control character as its escape (a carriage
    return would end the message's line, a NUL show as nothing)."""
    if not name:
        return code_span('""')  # an empty name, spelt as its writer would
    text = cut(name).encode("utf-8", "backslashreplace").decode("utf-8")
    return code_span(
        "".join(
            repr(char)[1:-1] if unicodedata.category(char) == "Cc" else char
            for char in text
        )
    )


def listed(problems: Sequence[str]) -> list[str]:
    """The first ``MAX_LISTED`` problems, then a line that counts the rest."""
    more = len(problems) - MAX_LISTED
    first = list(problems[:MAX_LISTED])
    return [*first, f"…and {more:,} more."] if more > 0 else first


def listed_inline(items: Sequence[str], separator: str = "; ") -> str:
    """The first ``MAX_LISTED`` items in one line, then how many more there are."""
    more = len(items) - MAX_LISTED
    first = list(items[:MAX_LISTED])
    return separator.join([*first, f"…and {more:,} more"] if more > 0 else first)


def flag_text(value: bool) -> str:
    """A flag as links and preset files write it."""
    return "true" if value else "false"


def code_span(text: str) -> str:
    """``text`` as code in a message (``core.markdown``'s message format).

    A fence one backtick longer than any run inside, padded with a space when
    ``text`` starts or ends with a backtick or a blank at both ends (one
    space each side is dropped when read, as in CommonMark), so any one-line
    text stays one span. A span ends at the end of its line. Empty text is a
    span of one space: two bare backticks would pair with the next span's.
    """
    if not text:
        return "` `"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = text.startswith("`") or text.endswith("`") or _blank_ends(text)
    return f"{fence} {text} {fence}" if pad else f"{fence}{text}{fence}"


def _blank_ends(text: str) -> bool:
    return text.startswith(" ") and text.endswith(" ") and bool(text.strip(" "))
