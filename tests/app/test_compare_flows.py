"""The compare panel under AppTest: the button as each type, following the controls, adopting a type."""

from __future__ import annotations

import pytest

from components.core.arguments import BUTTON_TYPES
from components.core.compare import (
    STATES,
    SURFACES,
)
from components.core.keys import (
    COMPARE_OPEN,
    COMPARE_SIDEBAR_OPEN,
    control_key,
)
from components.core.theme_colours import figures_text
from components.ui.compare_panel import (
    CURRENT_BADGE,
    button_key,
    cell_key,
)
from tests.support.apptest import (
    logged,
    only,
    open_panels,
    preview_button,
    shown,
    start,
)

TYPE_KEY = control_key("type")


@pytest.fixture
def at():
    return open_panels(start(), COMPARE_OPEN, COMPARE_SIDEBAR_OPEN)


def set_control(at, key, value):
    at.get_by_key(key).set_value(value)
    return at.run()


def compare_button(at, button_type, state="enabled", surface="main"):
    return at.button(key=button_key(button_type, state, surface))


def heading(at, button_type, surface="main"):
    """The type's heading in its cell: its name, and the badge if it is current."""
    return only(at.container(cell_key(button_type, surface)).markdown).value


def captions(at, button_type, surface="main"):
    return [shown(c) for c in at.container(cell_key(button_type, surface)).caption]


# --- three types, two states, on each surface -----------------------------------


@pytest.mark.parametrize("surface", SURFACES)
def test_compare_draws_each_type_enabled_and_disabled_by_key(at, surface):
    for button_type in BUTTON_TYPES:
        enabled = compare_button(at, button_type, "enabled", surface)
        disabled = compare_button(at, button_type, "disabled", surface)
        assert enabled.proto.type == disabled.proto.type == button_type
        assert not enabled.disabled
        assert disabled.disabled


def test_main_compare_container_holds_its_six_buttons_and_no_others(at):
    keys = sorted(button.key for button in at.container("compare").button)
    assert keys == sorted(
        button_key(t, state, "main") for t in BUTTON_TYPES for state in STATES
    )


def test_sidebar_compare_is_in_the_sidebar_and_the_main_one_is_not(at):
    sidebar_keys = {button.key for button in at.sidebar.button}
    assert button_key("primary", "enabled", "sidebar") in sidebar_keys
    assert button_key("primary", "enabled", "main") not in sidebar_keys


def test_each_state_shows_its_contrast_figures(at):
    for surface in SURFACES:
        for button_type in BUTTON_TYPES:
            assert captions(at, button_type, surface) == [
                figures_text(button_type, surface, state) for state in STATES
            ]


# --- the current type ------------------------------------------------------------


@pytest.mark.parametrize("surface", SURFACES)
def test_only_the_current_type_is_marked(at, surface):
    assert CURRENT_BADGE in heading(at, "secondary", surface)
    assert CURRENT_BADGE not in heading(at, "primary", surface)
    assert CURRENT_BADGE not in heading(at, "tertiary", surface)


def test_the_mark_follows_the_type_control(at):
    set_control(at, TYPE_KEY, "tertiary")
    assert CURRENT_BADGE in heading(at, "tertiary")
    assert CURRENT_BADGE not in heading(at, "secondary")


# --- following the controls --------------------------------------------------------


def test_compare_buttons_follow_the_label_and_icon(at):
    set_control(at, control_key("label"), "Save")
    set_control(at, control_key("icon"), "🔥")
    for button in at.container("compare").button:
        assert button.label == "Save"
        assert button.proto.icon == "🔥"


def test_compare_buttons_keep_the_default_label_until_it_changes(at):
    for button in at.container("compare").button:
        assert button.label == "Click me"
        assert button.proto.icon == ""


def test_a_disabled_button_config_still_shows_an_enabled_row(at):
    set_control(at, control_key("disabled"), True)
    assert preview_button(at).disabled
    assert not compare_button(at, "primary").disabled
    assert compare_button(at, "primary", "disabled").disabled


def test_users_key_and_shortcut_stay_off_the_compare_buttons(at):
    set_control(at, control_key("key"), "save")
    set_control(at, control_key("shortcut"), "Ctrl+K")
    assert not at.exception
    assert preview_button(at).proto.shortcut == "ctrl+k"
    assert preview_button(at).proto.id.endswith("-save")
    for button in at.container("compare").button:
        assert button.proto.shortcut == ""
        assert button.key.startswith("compare_")


def test_invalid_config_compares_the_last_valid_button(at):
    set_control(at, control_key("label"), "Save")
    set_control(at, control_key("icon"), ":material/no_such_icon:")
    assert not at.exception
    assert compare_button(at, "primary").label == "Save"
    assert compare_button(at, "primary").proto.icon == ""
    notice = [shown(c) for c in at.container("compare").caption]
    assert any("last valid button" in text and "`icon`" in text for text in notice)


def test_valid_config_shows_no_last_valid_notice(at):
    notice = [shown(c) for c in at.container("compare").caption]
    assert not any("last valid button" in text for text in notice)


# --- adopting a type ----------------------------------------------------------------


def test_clicking_compare_primary_adopts_primary_and_the_preview_follows(at):
    assert preview_button(at).proto.type == "secondary"
    compare_button(at, "primary").click().run()
    assert not at.exception
    assert at.session_state[TYPE_KEY] == "primary"
    assert preview_button(at).proto.type == "primary"
    assert CURRENT_BADGE in heading(at, "primary")


def test_clicking_a_sidebar_compare_button_adopts_its_type(at):
    compare_button(at, "tertiary", surface="sidebar").click().run()
    assert at.session_state[TYPE_KEY] == "tertiary"
    assert preview_button(at).proto.type == "tertiary"


def test_adopting_a_type_names_compare_as_the_rerun_cause(at):
    compare_button(at, "primary").click().run()
    latest = logged(at)[-1]
    assert (latest["trigger"], latest["detail"]) == ("compare", "primary")


def test_a_preview_click_is_not_named_a_compare(at):
    preview_button(at).click().run()
    assert logged(at)[-1]["trigger"] == "click"


def test_a_click_elsewhere_adopts_no_type(at):
    preview_button(at).click().run()
    assert at.session_state[TYPE_KEY] == "secondary"
    assert preview_button(at).proto.type == "secondary"
