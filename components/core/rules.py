"""The rules an argument's value must obey, each a function from value to refusal.

Owns the checks the family's arguments share (text, choices, flags, icons,
widths, keys, shortcuts, the callback's literals) and the values they allow.
Streamlit's own validators decide wherever Streamlit has one; these only word
the message, which always names the argument. A check returns None for a
valid value, else one sentence.
"""

from __future__ import annotations

import ast
import difflib
import keyword
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from streamlit.elements.lib.layout_utils import validate_width
from streamlit.elements.lib.shortcut_utils import normalize_shortcut
from streamlit.errors import StreamlitAPIException
from streamlit.material_icon_names import ALL_MATERIAL_ICONS
from streamlit.runtime.state.common import require_valid_user_key
from streamlit.string_util import validate_icon_or_emoji

from components.core.text import code_span, cut, quoted

Check = Callable[[Any], "str | None"]

SPINNER_ICON = "spinner"
# Streamlit's ceiling for a pixel width: an unsigned 32-bit number.
MAX_PIXEL_WIDTH = 2**32 - 1
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


def required_text(name: str) -> Check:
    """Text that must be given, though it may be empty (a label beside an icon)."""

    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"`{name}` must be text, not {type(value).__name__}."
        return text_problem(name, value)

    return check


def optional_text(name: str, what: str) -> Check:
    """Text or None; blank text is refused, as it means ``what`` (None) instead."""

    def check(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return f"`{name}` must be text or None, not {type(value).__name__}."
        if not value.strip():
            return f"`{name}` is empty: leave it unset (None) for {what}."
        return text_problem(name, value)

    return check


def text_problem(name: str, text: str) -> str | None:
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


def choice(name: str, choices: tuple[Any, ...]) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in choices:
            return None
        allowed = ", ".join(repr(option) for option in choices)
        return f"`{name}` is {quoted(value)}; it must be one of {allowed}."

    return check


def flag(name: str, optional: bool) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or (optional and value is None):
            return None
        allowed = "True, False or None" if optional else "True or False"
        return f"`{name}` is {quoted(value)}; it must be {allowed}."

    return check


def checked_by_streamlit(
    name: str,
    unset: str,
    streamlit_check: Callable[[str], object],
    refusal: Callable[[str], str] | None = None,
) -> Check:
    """An optional text that Streamlit's own validator accepts or refuses.

    The refusal is worded by ``refusal`` when given, else by Streamlit's own
    sentence, which already says what is wrong and what is valid.
    """
    optional = optional_text(name, unset)

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


def suggest_material_icon(name: str) -> str | None:
    """The closest real Material icon shortcode to a mistyped ``name``."""
    matches = difflib.get_close_matches(name.lower(), ALL_MATERIAL_ICONS, n=1)
    return f"{MATERIAL_PREFIX}{matches[0]}:" if matches else None


def icon_suggestion(value: Any) -> str | None:
    """The real Material icon to offer for a mistyped ``icon`` value, if any."""
    if not isinstance(value, str) or not value.strip().startswith(MATERIAL_PREFIX):
        return None
    name = value.strip().removeprefix(MATERIAL_PREFIX).rstrip(":")
    hint = suggest_material_icon(name)
    return None if hint is None or hint == value.strip() else hint


def _icon_message(value: str) -> str:
    """Why an icon was refused, with a "did you mean" for a mistyped Material name."""
    icon = value.strip()
    shown = cut(icon)
    if icon.startswith(MATERIAL_PREFIX):
        hint = icon_suggestion(icon)
        tip = f" Did you mean {code_span(hint)}?" if hint else ""
        return (
            f"`icon`: {code_span(shown)} is not one of Streamlit's Material icons.{tip}"
        )
    return (
        f"`icon`: {code_span(shown)} is not a valid icon. Use a single emoji (🔥), "
        f"a Material icon such as `:material/thumb_up:`, or `spinner`."
    )


def width(value: Any) -> str | None:
    valid = (
        "'content', 'stretch' or a whole number of pixels "
        f"from 1 to {MAX_PIXEL_WIDTH:,}"
    )
    if isinstance(value, bool) or (
        isinstance(value, int) and not 1 <= value <= MAX_PIXEL_WIDTH
    ):
        return f"`width` is {quoted(value)}; it must be {valid}."
    try:
        validate_width(value, allow_content=True)
    # ValueError: Streamlit's own message reprs the value, and Python refuses
    # to print an int of over 4,300 digits (inside a tuple, say).
    except (StreamlitAPIException, ValueError):
        return f"`width` is {quoted(value)}; it must be {valid}."
    return None


def args(value: Any) -> str | None:
    if not isinstance(value, tuple):
        return f"`args` must be a tuple, not {type(value).__name__}."
    return literal_problem("args", value)


def kwargs(value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return f"`kwargs` must be a dict, not {type(value).__name__}."
    bad = [name for name in value if not is_parameter_name(name)]
    if bad:
        return (
            f"`kwargs` keys must be Python names a callback can take as "
            f"parameters; {quoted(bad[0])} is not."
        )
    return literal_problem("kwargs", dict(value))


def is_parameter_name(name: Any) -> bool:
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


def literal_problem(name: str, value: Any) -> str | None:
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


key = checked_by_streamlit("key", "no key", require_valid_user_key)
icon = checked_by_streamlit(
    "icon", "no icon", validate_icon_or_emoji, refusal=_icon_message
)
shortcut = checked_by_streamlit("shortcut", "no shortcut", normalize_shortcut)
