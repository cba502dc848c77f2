"""Drive the playground under AppTest the way a user would, finding widgets by key."""

from __future__ import annotations

import inspect
import json
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Button, Element

from components.core import keys
from components.core.config import ButtonConfig, default_config
from components.core.controls import (
    config_values,
    controls_from_config,
)
from components.core.keys import (
    CONTROL_PREFIX,
    PASTE,
    RECORDER,
    WIDTH_PX,
    control_key,
    field_key,
)
from components.core.kinds import KINDS
from components.core.run_log import RunRecord
from tests.support.markdown_model import read_message

PLAYGROUND = Path(__file__).parents[2] / "playground.py"
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


def open_panels(at: AppTest, *keys: str) -> AppTest:
    """Open the panels drawn only while open (``ui.lazy``), as a click on each does."""
    for key in keys:
        at.session_state[key] = True
    return at.run()


def shown_config(at: AppTest) -> ButtonConfig:
    """The config the sidebar's controls hold now."""
    return ButtonConfig.from_values(config_values(control_values(at)))


def only(elements: Any) -> Any:
    """The single element of a sequence: a second one is a bug, not a choice."""
    items = list(elements)
    assert len(items) == 1, items
    return items[0]


def preview_button(at: AppTest) -> Button | Container:
    """The preview's widget, whichever kind of the family it is (AppTest lists
    a form's submit button under both ``button`` and ``form_submit_button``)."""
    preview = at.container("preview")
    found = {id(e.proto): e for kind in KINDS for e in widgets_of(preview, kind)}
    return only(found.values())


def widgets_of(block: Block, kind: str) -> list[Element | Container]:
    """The widgets of a kind in ``block``, each with its own fields as ``proto``."""
    return [Container(e, kind) if isinstance(e, Block) else e for e in block.get(kind)]


class Container:
    """A container of the family (a popover) as AppTest finds it, a block,
    with its widget's own fields as ``proto``, as a button has them."""

    def __init__(self, block: Block, kind: str) -> None:
        self.block = block
        self.proto = getattr(block.proto, kind)

    @property
    def id(self) -> str:
        """Its element id: the block's, which a key sets even where the
        widget keeps no state (a popover under on_change="ignore")."""
        return self.block.proto.id


def editor_key(at: AppTest) -> str:
    """The code editor's key now: the session gives it a new one per accepted paste."""
    paste = at.session_state[PASTE] if PASTE in at.session_state else None
    return keys.editor_key(paste.generation if paste is not None else 0)


def editor_args(at: AppTest) -> dict[str, Any]:
    """What the code editor was given this run (its code, options, …)."""
    return json.loads(at.get_by_key(editor_key(at)).proto.json_args)


def displayed_code(at: AppTest) -> str:
    return editor_args(at)["code"]


_submissions = count(1)


def submit_code(at: AppTest, text: str) -> AppTest:
    """Send ``text`` from the code editor as its Apply button (or Ctrl+Enter) does, and rerun.

    The editor answers a submit with a response carrying a new id, and keeps
    returning that response on every later run until the next one.
    """
    at.session_state[editor_key(at)] = {
        "id": f"submit{next(_submissions)}",
        "type": "submit",
        "lang": "python",
        "text": text,
        "selected": "",
        "cursor": {"row": 0, "column": 0},
    }
    return at.run()


def control_values(at: AppTest) -> dict[str, Any]:
    """Every sidebar control's value of the kind shown, by key."""
    kind = at.session_state[control_key("kind")]
    return {
        key: at.session_state[key] for key in controls_from_config(default_config(kind))
    }


def show_config(at: AppTest, cfg: ButtonConfig) -> AppTest:
    """Put ``cfg`` into the controls, as a preset or link will, and rerun.

    A new kind is picked first, as the user picks it (``switch_kind``).
    """
    if at.session_state[control_key("kind")] != cfg.kind:
        switch_kind(at, cfg.kind)
    for key, value in controls_from_config(cfg).items():
        at.session_state[key] = value
    return at.run()


def switch_kind(at: AppTest, kind: str) -> AppTest:
    """Pick ``kind`` in its picker, whose callback sets a mode the kind takes.

    Not by session state: AppTest can't hold a radio at an option its last
    drawing did not have (a page link's mode radio offers only "ignore"), as
    the browser never asks it to.
    """
    return at.get_by_key(control_key("kind")).set_value(kind).run()


def downloads_of(at: AppTest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run ``at`` and return the files its download buttons offered, by name."""
    return _offered(
        at,
        monkeypatch,
        MemoryMediaFileStorage,
        "load_and_get_id",
        "filename",
        "path_or_data",
    )


def _offered(
    at: AppTest,
    monkeypatch: pytest.MonkeyPatch,
    owner: type,
    method: str,
    name_argument: str,
    data_argument: str,
) -> dict[str | None, Any]:
    """Run ``at`` with ``owner.method`` spied on: what each call was given, by name.

    Streamlit's media store has no public hook for what a download offers;
    ``signature.bind`` fails loudly if an upgrade renames these arguments.
    """
    offered = {}
    original = getattr(owner, method)
    signature = inspect.signature(original)

    def spy(*args: Any, **kwargs: Any) -> str:
        call = signature.bind(*args, **kwargs).arguments
        offered[call.get(name_argument)] = call[data_argument]
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, method, spy)
    at.run()
    return offered


def drawn(at: AppTest | Block, key: str) -> bool:
    """Whether this run drew the element or container keyed ``key`` (in ``at``)."""
    try:
        at.get_by_key(key)
    except KeyError:
        return False
    return True


def logged(at: AppTest) -> list[RunRecord]:
    """The rerun log's records, oldest first."""
    return at.session_state[RECORDER].records


def logged_trigger(at: AppTest) -> tuple[str, str]:
    """What the event log says caused the last run: (trigger, detail)."""
    record = logged(at)[-1]
    return record["trigger"], record["detail"]


def message_at(at: AppTest, widget_key: str) -> Element | None:
    """The alert drawn under the control keyed ``widget_key``, if any: the one
    in the keyed container that holds the control and its message."""
    field_name = widget_key.removeprefix(CONTROL_PREFIX)
    if widget_key == WIDTH_PX:
        field_name = "width"
    alerts = [
        element
        for element in at.get_by_key(field_key(field_name)).children.values()
        if element.type in ALERT_TYPES
    ]
    assert len(alerts) <= 1, alerts
    return alerts[0] if alerts else None


def deferred_downloads(
    at: AppTest, monkeypatch: pytest.MonkeyPatch
) -> dict[str | None, Any]:
    """Run ``at`` and return what its deferred downloads (``data`` a callable,
    run only on the click) build on a click, by file name."""
    deferred = _offered(
        at, monkeypatch, MediaFileManager, "add_deferred", "file_name", "data_callable"
    )
    return {name: build() for name, build in deferred.items()}


def shown(element: Element) -> str:
    """What a message element says as the user reads it, in the message format
    (``core.markdown``): its Markdown read back by the model of Streamlit's."""
    return read_message(element.value)
