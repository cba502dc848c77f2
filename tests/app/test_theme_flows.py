"""The Theme panel under AppTest: its controls make the config.toml, a bad value
is said at its control and keeps the last valid one, a pasted config.toml sets
the controls, and a reset clears them; nothing else is lost on the way."""

from __future__ import annotations

import tomllib

from components.core.keys import (
    THEME_PANEL,
    THEME_PASTE,
    THEME_PASTE_APPLY,
    THEME_RESET,
    THEME_TOML,
    control_key,
    theme_field_key,
    theme_key,
)
from tests.support.apptest import only, open_panels, shown_config, start


def opened():
    return open_panels(start(), THEME_PANEL)


def config_toml(at) -> dict:
    text = only(at.get_by_key(THEME_TOML).code).value
    return {} if text.startswith("#") else tomllib.loads(text)


def message_at(at, path: str) -> list[str]:
    return [alert.value for alert in at.get_by_key(theme_field_key(path)).error]


def set_text(at, path: str, text: str):
    return at.text_input(key=theme_key(path)).input(text).run()


def paste(at, text: str):
    at.text_area(key=THEME_PASTE).input(text)
    return at.button(key=THEME_PASTE_APPLY).click().run()


def test_the_panel_starts_with_no_option_set():
    at = opened()
    assert config_toml(at) == {}
    assert at.button(key=THEME_RESET).disabled


def test_a_colour_typed_is_written_to_the_config_toml_in_its_table():
    at = set_text(opened(), "sidebar.primaryColor", "#ff8800")
    assert config_toml(at) == {"theme": {"sidebar": {"primaryColor": "#ff8800"}}}
    assert not at.button(key=THEME_RESET).disabled


def test_each_kind_of_control_is_written_as_config_toml_types_it():
    at = opened()
    at.selectbox(key=theme_key("font")).set_value("serif")
    at.number_input(key=theme_key("baseFontSize")).set_value(15)
    at.selectbox(key=theme_key("baseFontWeight")).set_value(500)
    at.get_by_key(theme_key("showWidgetBorder")).set_value(True)
    at.get_by_key(theme_key("base")).set_value("dark")
    at = set_text(at.run(), "buttonRadius", "Full")
    assert config_toml(at)["theme"] == {
        "base": "dark",
        "buttonRadius": "full",
        "font": "serif",
        "baseFontSize": 15,
        "baseFontWeight": 500,
        "showWidgetBorder": True,
    }


def test_a_bad_colour_is_said_at_its_control_and_the_last_valid_one_kept():
    at = set_text(opened(), "primaryColor", "#0068c9")
    at = set_text(at, "primaryColor", "bluish")
    assert any("is not a colour" in text for text in message_at(at, "primaryColor"))
    assert at.text_input(key=theme_key("primaryColor")).value == "bluish"
    assert config_toml(at) == {"theme": {"primaryColor": "#0068c9"}}
    assert not at.exception


def test_a_good_colour_has_no_message():
    """The twin."""
    at = set_text(opened(), "primaryColor", "#0068c9")
    assert message_at(at, "primaryColor") == []


def test_a_pasted_config_toml_sets_the_controls_and_says_what_it_left():
    at = paste(opened(), "[theme]\nprimaryColor = 'tomato'\nfont = 'Comic'\n")
    assert at.text_input(key=theme_key("primaryColor")).value == "tomato"
    assert at.selectbox(key=theme_key("font")).value is None
    assert any("`font` is one of" in alert.value for alert in at.error)
    assert config_toml(at) == {"theme": {"primaryColor": "tomato"}}


def test_a_paste_that_is_not_toml_changes_nothing_and_says_why():
    at = set_text(opened(), "primaryColor", "#0068c9")
    at = paste(at, "[theme\nprimaryColor = ")
    assert any("This is not TOML" in alert.value for alert in at.error)
    assert config_toml(at) == {"theme": {"primaryColor": "#0068c9"}}
    assert at.text_area(key=THEME_PASTE).value == "[theme\nprimaryColor = "


def test_a_reset_clears_the_theme_and_leaves_the_button_as_it_was():
    at = start()
    at.text_area(key=control_key("label")).input("Mine").run()
    at = set_text(open_panels(at, THEME_PANEL), "textColor", "#111111")
    at = at.button(key=THEME_RESET).click().run()
    assert config_toml(at) == {}
    assert at.text_input(key=theme_key("textColor")).value == ""
    assert shown_config(at).label == "Mine"


def test_the_theme_outlives_a_closed_panel():
    at = set_text(opened(), "primaryColor", "#0068c9")
    at.session_state[THEME_PANEL] = False
    at.run()
    at = open_panels(at, THEME_PANEL)
    assert config_toml(at) == {"theme": {"primaryColor": "#0068c9"}}
