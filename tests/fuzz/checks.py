"""What every surface must hold after any input, checked on the playground under AppTest.

After each input: no exception; a refusal is a message that names the field,
at the place the input came in; a refused input leaves the button the
playground showed (preview, code, link) exactly as it was; an accepted one is
shown everywhere alike, by code that is valid Python and reads back, with
``snippet_parser``, as the very config the preview draws.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message
from streamlit.elements.lib.shortcut_utils import normalize_shortcut
from streamlit.string_util import to_help_str, validate_icon_or_emoji
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Element

from components.core.codegen import generate_code
from components.core.config import ButtonConfig, default_config, kind_fields
from components.core.controls import controls_from_config
from components.core.keys import control_key
from components.core.kinds import DEFAULT_KIND, KINDS
from components.core.links import (
    decode_query,
    encode_query,
)
from components.core.snippet_parser import parse_snippet
from tests.support.apptest import (
    PLAYGROUND,
    TIMEOUT,
    Container,
    displayed_code,
    message_at,
    only,
    preview_button,
    shown_config,
    switch_kind,
)
from tests.support.apptest import shown as message_text

# A message quotes a bad value short: never the 100 KB it was given.
MAX_MESSAGE_CHARS = 1_000

# AppTest scans every installed package for components on a session's first
# run (about 45 ms); the registry it builds is only read after that, so the
# fuzz tier's sessions share one.
_registry: dict[str, Any] = {}


def new_session(query: dict[str, str] | None = None) -> AppTest:
    """A new session, as ``driver.start`` opens one, for a link's ``query`` when given."""
    at = AppTest.from_file(str(PLAYGROUND), default_timeout=TIMEOUT)
    if "components" in _registry:
        at._bidi_component_manager = _registry["components"]
    at.query_params.update(query or {})
    at.run()
    _registry.setdefault("components", getattr(at, "_bidi_component_manager", None))
    return at


@dataclass(frozen=True)
class Shown:
    """The button as the playground shows it: its code, the preview's proto, the link."""

    code: str
    button: Message  # the preview widget's proto, whichever kind it is
    link: dict[str, str]


def shown(at: AppTest) -> Shown:
    drawn = preview_button(at).proto
    proto = type(drawn)()
    proto.CopyFrom(drawn)
    # A deferred download gets a new file id on every run: only whether it
    # has one is what the app shows.
    if getattr(proto, "deferred_file_id", ""):
        proto.deferred_file_id = "deferred"
    return Shown(displayed_code(at), proto, dict(at.query_params))


def assert_no_exception(at: AppTest) -> None:
    """No traceback, and no st.button refusal caught by the preview either."""
    assert not at.exception, [exception.value for exception in at.exception]
    assert not at.container("preview").error, at.container("preview").error


def assert_short(message: str) -> None:
    assert len(message) < MAX_MESSAGE_CHARS, message[:200]
    message.encode("utf-8")  # the page can send it


def assert_shows(at: AppTest, cfg: ButtonConfig, *, in_url: bool = True) -> None:
    """The preview, the code and the URL all show ``cfg``; the code reads back as it.

    ``in_url=False`` leaves out the URL, for a page whose address the app
    never saw (Streamlit drops a query too long to read).
    """
    code = displayed_code(at)
    assert code == generate_code(cfg)
    ast.parse(code)
    assert parse_snippet(code) == cfg
    assert_draws(preview_button(at), cfg)
    if in_url:
        assert dict(at.query_params) == encode_query(cfg)
        assert decode_query(at.query_params) == (cfg, [])


def assert_draws(widget: Element | Container, cfg: ButtonConfig) -> None:
    """The preview's widget got ``cfg``'s arguments, as the widget writes them
    (it dedents the help, and writes an icon and a shortcut in its own form).
    A link that ignores its clicks and has no key is no widget: it has no id."""
    kind, button = KINDS[cfg.kind], widget.proto
    assert button.label == cfg.label
    assert button.help == (to_help_str(cfg.help) if cfg.help else "")
    assert button.icon == (validate_icon_or_emoji(cfg.icon) if cfg.icon else "")
    assert button.disabled == cfg.disabled
    if kind.takes("type"):
        assert button.type == cfg.type
    if kind.takes("shortcut"):
        shortcut = normalize_shortcut(cfg.shortcut) if cfg.shortcut else ""
        assert button.shortcut == shortcut
    if kind.address is not None:
        # Where it goes, or the stand-in the preview links to in its place.
        called = {kind.address: cfg.get(kind.address)}
        stand_in = kind.stand_in(called)
        shown = (stand_in[0] if stand_in else called)[kind.address]
        assert getattr(button, kind.address) == shown
    if not kind.identity:
        return
    element_id = widget.id if isinstance(widget, Container) else button.id
    if element_id or cfg.key is not None:
        assert element_id.endswith(f"-{_user_key(cfg)}")


# --- the sidebar's controls ---------------------------------------------------


def apply_edits(at: AppTest, edits: dict[str, object]) -> AppTest:
    """Every control of the edited kind (st.button unless ``ctl_kind`` is
    edited) at its default but the edited ones, in one rerun; a new kind is
    shown first, as its picker would (``apptest.show_config`` says why)."""
    kind = edits.get(control_key("kind"), DEFAULT_KIND)
    if at.session_state[control_key("kind")] != kind:
        switch_kind(at, kind)
    for key, value in (controls_from_config(default_config(kind)) | edits).items():
        at.session_state[key] = value
    return at.run()


def assert_controls_outcome(at: AppTest, before: Shown) -> None:
    """Each refusal sits under its control naming its field, and keeps the last
    valid button shown; without one, the controls' button is shown everywhere."""
    assert_no_exception(at)
    refused = []
    for field in kind_fields(KINDS[at.session_state[control_key("kind")]]):
        message = message_at(at, control_key(field))
        if message is None:
            continue
        assert_short(message_text(message))
        if message.type == "error":
            assert f"`{field}`" in message_text(message)
            refused.append(field)
    if refused:
        assert shown(at) == before
        code_warning = message_text(only(at.container("code").warning))
        assert all(f"`{field}`" in code_warning for field in refused)
    else:
        # Building the config raises if a control is invalid but unflagged.
        assert_shows(at, shown_config(at))


def _user_key(cfg: ButtonConfig) -> str:
    """The key the widget's id ends with: the user's, else what Streamlit gives
    it ("None", or a form's submit button "FormSubmitter:<form>-<label>")."""
    if cfg.key is None and KINDS[cfg.kind].block is not None:
        return f"FormSubmitter:{cfg.get('form_key')}-{cfg.label}"
    return str(cfg.key)
