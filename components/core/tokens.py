"""Renaming in Python code by its tokens: a name where the code uses it, never
in a text that spells it. Shared by the row's code (``codegen``) and the row's
test (``member_names``)."""

from __future__ import annotations

import io
import tokenize
from collections.abc import Callable

# Tokens that place code on lines, not code: not counted as what came before.
LAYOUT_TOKENS = frozenset(
    {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.COMMENT}
)
NewText = Callable[[tokenize.TokenInfo, list[str]], str | None]


def retokened(code: str, new_text: NewText) -> str:
    """``code`` with each token that ``new_text(token, before)`` gives a text
    for replaced by that text; ``before``: the texts of the meaningful tokens
    before it."""
    starts = [0]  # each line's offset in ``code``: a token may span lines
    for line in code.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    places = []
    before: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        new = new_text(token, before)
        if new is not None and new != token.string:
            places.append((token, new))
        if token.type not in LAYOUT_TOKENS:
            before.append(token.string)
    for token, new in reversed(places):
        start = starts[token.start[0] - 1] + token.start[1]
        end = starts[token.end[0] - 1] + token.end[1]
        code = code[:start] + new + code[end:]
    return code
