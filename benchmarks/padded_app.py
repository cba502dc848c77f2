"""The bare app with N extra elements of one kind: a variant of the cost table (issue 14).

``BENCH_EXTRA=<kind>:<N>`` (e.g. ``caption:20``) names them. They are drawn
by bare's own page, in the main area after its preview and click counter,
so they ride along on every rerun as the playground's panels do. What a
variant costs on top of bare is what N of that kind add.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import streamlit as st
from code_editor import code_editor

from benchmarks.bare_app import draw
from components.core.codegen import generate_code
from components.ui.editor_style import offline_editor

CODE_LINES = 25


def captions(count: int, snap: Any) -> None:
    for index in range(count):
        st.caption(f"Extra caption {index}")


def widgets(count: int, snap: Any) -> None:
    for index in range(count):
        st.checkbox(f"Extra checkbox {index}", key=f"extra_{index}")


def code_blocks(count: int, snap: Any) -> None:
    for index in range(count):
        lines = (f"extra_{index}_{line} = {line}" for line in range(CODE_LINES))
        st.code("\n".join(lines), language="python")


def editors(count: int, snap: Any) -> None:
    """The code editor as the playground calls it, showing the preview's code.

    The code changes with the control, so item 3 is timed as the playground's
    is; the first frame's key is the playground's, which the page's timer reads.
    """
    for index in range(count):
        code_editor(
            generate_code(snap.config),
            lang="python",
            key="code_editor" if index == 0 else f"code_editor_{index}",
            height=[4, 30],
            allow_reset=True,
            **offline_editor({}),
            options={"wrap": True},
        )


def state_keys(count: int, snap: Any) -> None:
    """Keys in session state and no element: each text widget Streamlit
    draws scans the whole state, so a key costs the script on every run."""
    for index in range(count):
        st.session_state.setdefault(f"extra_state_{index}", index)


def expanders(count: int, snap: Any) -> None:
    for index in range(count):
        with st.expander(f"Extra expander {index}", expanded=False):
            st.caption(f"Inside expander {index}")


EXTRAS: dict[str, Callable[[int, Any], None]] = {
    "caption": captions,
    "widget": widgets,
    "code": code_blocks,
    "editor": editors,
    "expander": expanders,
    "state": state_keys,
}


def extra(spec: str) -> tuple[str, int]:
    """``"caption:20"`` → ``("caption", 20)``; an unknown kind is an error."""
    kind, _, count = spec.partition(":")
    if kind not in EXTRAS:
        raise ValueError(
            f"BENCH_EXTRA: unknown kind {kind!r}, not one of {list(EXTRAS)}"
        )
    return kind, int(count)


if __name__ == "__main__":
    KIND, COUNT = extra(os.environ["BENCH_EXTRA"])
    draw(lambda snap: EXTRAS[KIND](COUNT, snap))
