"""One button's own colour: the unofficial recipe, CSS on Streamlit's ``.st-key-<key>`` class.

The theme is the supported way to colour buttons; this is the one-off danger
button people ask for (streamlit/streamlit#3656, #10152): a style block in
the app, scoped to the class Streamlit gives a keyed widget's container. It
depends on Streamlit's class names, which may change on an upgrade. Colours
are read by the theme's colour rule and written as the browser's ``rgb()``,
never as typed, so no typed text reaches the CSS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from components.core.compare import Rgba, css, lighten
from components.core.theme import colour_rgba

HOVER_DARKENING = 0.15  # as Streamlit darkens a primary button under the pointer
NOTICE = (
    "Unofficial: this CSS targets Streamlit's `.st-key-<key>` class, which may "
    "change on an upgrade. The theme (`.streamlit/config.toml`) is the supported way "
    "to colour buttons."
)


@dataclass(frozen=True)
class KeyColour:
    """A keyed button's own background, and its label's colour if set."""

    background: Rgba
    text: Rgba | None = None


def key_colour(background: str, text: str = "") -> KeyColour | None:
    """The recipe's colours from their boxes; None while the background is
    empty. Raises ValueError for text that is no sRGB colour (the boxes are
    checked by the theme's rule first, with its message)."""
    if not background.strip():
        return None
    parsed = colour_rgba(background.strip())
    label = colour_rgba(text.strip()) if text.strip() else None
    if parsed is None or (text.strip() and label is None):
        raise ValueError("not a colour")
    return KeyColour(parsed, label)


def key_class(key: str) -> str:
    """The class Streamlit's frontend gives a keyed widget's container."""
    return "st-key-" + re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip())


def key_css(key: str, colour: KeyColour) -> str:
    """The style block that paints the keyed widget's button (or link)."""
    target = f".{key_class(key)} :is(button, a)"
    rest = [f"background-color: {css(colour.background)}"]
    rest.append(f"border-color: {css(colour.background)}")
    if colour.text is not None:
        rest.append(f"color: {css(colour.text)}")
    hover = css(lighten(colour.background, -HOVER_DARKENING))
    return (
        f"<style>\n{target} {{ {'; '.join(rest)}; }}\n"
        f"{target}:hover {{ background-color: {hover}; border-color: {hover}; }}\n"
        "</style>"
    )


def key_css_code(key: str, colour: KeyColour) -> str:
    """The recipe as app code: a comment saying what it is, and ``st.html``."""
    return (
        "# Unofficial: CSS on Streamlit's .st-key-<key> class, which may change on\n"
        "# an upgrade. The theme (.streamlit/config.toml) is the supported way.\n"
        f'st.html(\n    """\n{key_css(key, colour)}\n"""\n)\n\n'
    )
