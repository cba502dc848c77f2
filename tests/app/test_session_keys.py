"""Every key the playground draws or writes is in the key registry
(``core.keys``), and a user's key is refused exactly when it is one of them."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from components.core import keys
from components.core.config import own_key_error
from components.core.keys import ICON_POPOVER, LOG_TIMELINE, is_own_key
from tests.support.apptest import start, submit_code


def keys_in_tree(node: object) -> set[str]:
    """The keys of every element and container drawn under ``node``."""
    found, pending = set(), [node]
    while pending:
        item = pending.pop()
        if (key := getattr(item, "key", None)) is not None:
            found.add(key)
        pending.extend(getattr(item, "children", {}).values())
    return found


def everything_opened() -> AppTest:
    """A session with every lazy panel open, a paste with several calls to
    pick from, and a link notice: what draws the most keys."""
    at = start({"label": "Save", "nonsense": "1"})
    for key in (
        ICON_POPOVER,
        LOG_TIMELINE,
        keys.COMPARE_SIDEBAR_OPEN,
        keys.CHOOSER_OPEN,
    ):
        at.session_state[key] = True
    at.run()
    submit_code(at, "st.button('A')\nst.button('B')\n")
    return at


def test_every_key_drawn_or_written_is_a_registered_one():
    at = everything_opened()
    drawn = keys_in_tree(at.main) | keys_in_tree(at.sidebar)
    written = {key for key in at.session_state.to_dict() if not key.startswith("$$")}
    assert drawn and written
    assert {key for key in drawn | written if not is_own_key(key)} == set()


def test_every_key_the_app_uses_is_refused_as_a_users_key():
    at = everything_opened()
    used = keys_in_tree(at.main) | keys_in_tree(at.sidebar)
    used |= set(at.session_state.to_dict())
    assert all(own_key_error(key) for key in used if not key.startswith("$$"))


def test_a_key_the_app_does_not_use_is_the_users():
    """The twin: a key outside the registry is taken."""
    assert not is_own_key("save") and own_key_error("save") is None


def test_every_key_constant_is_registered():
    constants = [
        value
        for name, value in vars(keys).items()
        if name.isupper() and isinstance(value, str) and not name.endswith("PREFIX")
    ]
    assert constants and all(is_own_key(value) for value in constants)
