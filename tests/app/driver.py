"""Drive the playground under AppTest the way a user would, finding widgets by key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Button, Element

from components.config import ButtonConfig
from components.controls import controls_from_config

PLAYGROUND = Path(__file__).parent.parent.parent / "playground.py"
TIMEOUT = 30
ALERT_TYPES = {"error", "warning", "info", "success"}


def start() -> AppTest:
    at = AppTest.from_file(str(PLAYGROUND), default_timeout=TIMEOUT).run()
    assert not at.exception
    return at


def only(elements: Any) -> Any:
    """The single element of a sequence: a second one is a bug, not a choice."""
    items = list(elements)
    assert len(items) == 1, items
    return items[0]


def preview_button(at: AppTest) -> Button:
    return only(at.container("preview").button)


def displayed_code(at: AppTest) -> str:
    editor = at.get_by_key("code_editor")
    return json.loads(editor.proto.json_args)["code"]


def show_config(at: AppTest, cfg: ButtonConfig) -> AppTest:
    """Put ``cfg`` into the controls, as a preset or link will, and rerun."""
    for key, value in controls_from_config(cfg).items():
        at.session_state[key] = value
    return at.run()


def message_at(at: AppTest, widget_key: str) -> Element | None:
    """The alert drawn under the sidebar row that holds ``widget_key``, if any.

    A field's message follows its row (and, for width, the pixel box), before
    the next control, so "at the control" is checked by position in the tree.
    """
    rows = list(at.sidebar.children.values())
    for index, row in enumerate(rows):
        if _holds(row, widget_key):
            for following in rows[index + 1 :]:
                if following.type in ALERT_TYPES:
                    return following
                if _is_control(following):
                    return None
            return None
    raise AssertionError(f"no sidebar row holds {widget_key!r}")


def _holds(node: Any, widget_key: str) -> bool:
    if getattr(node, "key", None) == widget_key:
        return True
    return isinstance(node, Block) and any(
        getattr(child, "key", None) == widget_key for child in node
    )


def _is_control(node: Any) -> bool:
    keys = [
        getattr(child, "key", None)
        for child in (node if isinstance(node, Block) else [node])
    ]
    return any(key and key.startswith("ctl_") for key in keys if key != "ctl_width_px")
