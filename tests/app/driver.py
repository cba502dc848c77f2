"""Drive the playground under AppTest the way a user would, finding widgets by key."""

from __future__ import annotations

import inspect
import json
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Button, Element

from components.code_panel import EDITOR_KEY
from components.config import ButtonConfig
from components.controls import config_values, controls_from_config

PLAYGROUND = Path(__file__).parent.parent.parent / "playground.py"
TIMEOUT = 30
ALERT_TYPES = {"error", "warning", "info", "success"}


def start(query: dict[str, str] | None = None, url: str | None = None) -> AppTest:
    """A new session, opened through a link with ``query`` when given."""
    at = AppTest.from_file(str(PLAYGROUND), default_timeout=TIMEOUT)
    at.query_params.update(query or {})
    if url is not None:
        at.context["url"] = url
    at.run()
    assert not at.exception
    return at


def shown_config(at: AppTest) -> ButtonConfig:
    """The config the sidebar's controls hold now."""
    keys = controls_from_config(ButtonConfig())
    return ButtonConfig(**config_values({key: at.session_state[key] for key in keys}))


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


_submissions = count(1)


def submit_code(at: AppTest, text: str) -> AppTest:
    """Send ``text`` from the code editor as its Apply button (or Ctrl+Enter) does, and rerun.

    The editor answers a submit with a response carrying a new id, and keeps
    returning that response on every later run until the next one.
    """
    at.session_state[EDITOR_KEY] = {
        "id": f"submit{next(_submissions)}",
        "type": "submit",
        "lang": "python",
        "text": text,
        "selected": "",
        "cursor": {"row": 0, "column": 0},
    }
    return at.run()


def control_values(at: AppTest) -> dict[str, Any]:
    """Every sidebar control's value, by key."""
    return {key: at.session_state[key] for key in controls_from_config(ButtonConfig())}


def show_config(at: AppTest, cfg: ButtonConfig) -> AppTest:
    """Put ``cfg`` into the controls, as a preset or link will, and rerun."""
    for key, value in controls_from_config(cfg).items():
        at.session_state[key] = value
    return at.run()


def downloads_of(at: AppTest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run ``at`` and return the files its download buttons offered, by name."""
    offered = {}
    store = MemoryMediaFileStorage.load_and_get_id
    signature = inspect.signature(store)

    def spy(*args: Any, **kwargs: Any) -> str:
        call = signature.bind(*args, **kwargs).arguments
        offered[call.get("filename")] = call["path_or_data"]
        return store(*args, **kwargs)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    at.run()
    return offered


def drawn(at: AppTest | Block, key: str) -> bool:
    """Whether this run drew the element or container keyed ``key`` (in ``at``)."""
    try:
        at.get_by_key(key)
    except KeyError:
        return False
    return True


def logged_trigger(at: AppTest) -> tuple[str, str]:
    """What the event log says caused the last run: (trigger, detail)."""
    record = at.session_state["event_log"][-1]
    return record["trigger"], record["detail"]


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
