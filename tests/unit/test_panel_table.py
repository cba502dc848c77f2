"""Every panel drawn only while open is in the panel contracts' table."""

from __future__ import annotations

import ast
from pathlib import Path

from components.core import keys
from tests.support.panels import PANEL_BODIES

UI = Path(__file__).parents[2] / "components" / "ui"


def opened_panel_keys(source: str) -> set[str]:
    """The key names given to ``open_panel(..., key=NAME)`` in ``source``."""
    return {
        keyword.value.id
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "open_panel"
        for keyword in node.keywords
        if keyword.arg == "key" and isinstance(keyword.value, ast.Name)
    }


def test_the_table_holds_every_panel_the_ui_opens_and_no_other():
    names = set().union(*(opened_panel_keys(f.read_text()) for f in UI.glob("*.py")))
    assert {getattr(keys, name) for name in names} == set(PANEL_BODIES)


def test_a_panel_the_table_lacks_is_seen_in_the_source():
    """The twin: the scan finds a panel call, so a missing one would show."""
    source = 'open_panel("New", key=NEW_PANEL, icon=":material/add:")'
    assert opened_panel_keys(source) == {"NEW_PANEL"}
    assert opened_panel_keys('st.expander("Plain", key=OTHER)') == set()
