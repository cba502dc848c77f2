"""Python source for a ButtonConfig: the minimal snippet or a complete app.

Owns the text of each on-click mode's pattern and its black formatting. Every
value is written with ``repr``, so any label comes out as a literal equal to
it; arguments are joined without a trailing comma, so black never explodes a
short call. The call's arguments come from ``config.call_kwargs``, the same
function the preview uses.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

from functools import lru_cache

import black

from components.config import ButtonConfig, call_kwargs

IMPORT_LINE = "import streamlit as st"

# Shown by the if_block pattern, in the preview and in the generated app alike.
IF_BLOCK_MESSAGE = "Clicked! st.button returned True on this rerun only."

_BLACK_MODE = black.Mode()


def generate_code(cfg: ButtonConfig, *, complete: bool = True) -> str:
    """black-formatted code for ``cfg``; ``complete`` adds what it needs to run."""
    body = _mode_body(cfg, button_call(cfg))
    return format_code(f"{IMPORT_LINE}\n\n{body}" if complete else body)


def button_call(cfg: ButtonConfig) -> str:
    """``st.button(...)`` with the label positional and the rest by keyword."""
    kwargs = call_kwargs(cfg)
    arguments = [repr(kwargs.pop("label"))]
    arguments += [f"{name}={value!r}" for name, value in kwargs.items()]
    return f"st.button({', '.join(arguments)})"


@lru_cache(maxsize=512)
def format_code(source: str) -> str:
    """black's formatting of ``source``, cached: reruns repeat the same code."""
    return black.format_str(source, mode=_BLACK_MODE)


def _mode_body(cfg: ButtonConfig, call: str) -> str:
    if cfg.mode == "if_block":
        return f"if {call}:\n    st.success({IF_BLOCK_MESSAGE!r})\n"
    return f"{call}\n"
