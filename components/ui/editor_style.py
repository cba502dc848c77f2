"""The code editor's look without asking any outside host for a font.

streamlit-code-editor 0.1.22 maps every ``theme`` to its Ace themes
"streamlit_light"/"streamlit_dark", whose CSS begins with an ``@import`` of
Source Code Pro from fonts.googleapis.com (code_editor/frontend/build,
static/js/2.519de878.chunk.js). The component spreads the Python ``props``
onto react-ace after its own ``theme``, so ``props["theme"]`` picks a bundled
Ace theme without that import, and ``component_props["globalCSS"]`` gives the
font from Streamlit's own copy under ``/static/media`` (same origin).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

_ACE_THEME = {"light": "textmate", "dark": "tomorrow_night"}
_MEDIA = Path(st.__file__).parent / "static" / "static" / "media"
# Streamlit's bundled Source Code Pro (hashed file names, so found, not written).
_FONT_FACES = "".join(
    "@font-face { font-family: 'Source Code Pro'; font-style: %s;"
    " font-weight: 200 900; src: url('/static/media/%s') format('woff2'); }\n"
    % ("italic" if "Italic" in font.name else "normal", font.name)
    for font in sorted(_MEDIA.glob("SourceCodeVF-*.woff2"))
)
# The background follows the theme the component itself sees (its root gets
# the class "light" or "dark"), whatever the server guessed.
_EDITOR_CSS = _FONT_FACES + (
    "#REACT_ACE_EDITOR { line-height: 1.5rem !important;"
    " font-family: 'Source Code Pro', monospace; }\n"
    ".streamlit_code-editor.light #REACT_ACE_EDITOR"
    " { background-color: rgb(248, 249, 251); color: rgb(49, 51, 63); }\n"
    ".streamlit_code-editor.dark #REACT_ACE_EDITOR"
    " { background-color: #1a1c24; color: rgb(250, 250, 250); }\n"
)


def offline_editor(props: dict[str, Any]) -> dict[str, Any]:
    """The editor's ``props`` and ``component_props`` that load nothing from outside.

    The token colours come from ``st.context.theme.type``: the simplest
    choice, and the only one without vendoring the component's theme CSS.
    Its trade-off: on a session's first run (and under a server-forced
    ``--theme.base dark`` it may still say "light") it is unknown, so the
    tokens are textmate's until the browser reports its theme; the
    background, keyed on the component's own class above, is right always.
    """
    theme = _ACE_THEME.get(st.context.theme.type or "light", "textmate")
    return {
        "props": {**props, "theme": theme},
        "component_props": {"globalCSS": _EDITOR_CSS},
    }
