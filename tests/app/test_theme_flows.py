"""The Theme panel under AppTest: its controls make the config.toml, a bad value
is said at its control and keeps the last valid one, a pasted config.toml sets
the controls, and a reset clears them; nothing else is lost on the way."""

from __future__ import annotations

import json
import tomllib

from streamlit.testing.v1 import AppTest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.key_colour import key_colour
from components.core.keys import (
    KEY_COLOUR,
    KEY_COLOUR_BACKGROUND,
    KEY_COLOUR_TEXT,
    LINK_NOTICE,
    PRESET_FILES,
    PRESET_UPLOAD,
    THEME_PANEL,
    THEME_PASTE,
    THEME_PASTE_APPLY,
    THEME_PASTE_BOX,
    THEME_PRESET_PICK,
    THEME_RESET,
    THEME_TOML,
    control_key,
    theme_field_key,
    theme_key,
)
from components.core.presets import preset_toml
from components.core.theme import PATHS, make_theme
from tests.support.apptest import (
    displayed_code,
    drawn,
    only,
    open_panels,
    shown,
    shown_config,
    start,
)


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


def test_a_paste_of_many_bad_options_lists_ten_in_one_alert_and_counts_the_rest():
    bad = "".join(f"unknown{number} = 1\n" for number in range(15))
    at = paste(opened(), f"[theme]\nprimaryColor = 'tomato'\n{bad}")
    (alert,) = at.get_by_key(THEME_PASTE_BOX).error
    assert alert.value.count("\n- ") == 10
    assert "…and 5 more" in alert.value
    assert config_toml(at) == {"theme": {"primaryColor": "tomato"}}


def test_a_paste_of_a_few_bad_options_lists_each_and_counts_nothing():
    """The twin."""
    at = paste(opened(), "[theme]\nunknown1 = 1\nunknown2 = 2\n")
    (alert,) = at.get_by_key(THEME_PASTE_BOX).error
    assert "unknown1" in alert.value and "unknown2" in alert.value
    assert "more" not in alert.value


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


def theme_keys_kept(at) -> list[str]:
    return [key for key in map(theme_key, PATHS) if key in at.session_state]


def test_an_untouched_theme_keeps_no_control_in_session_state():
    """Streamlit scans the whole session state for each text widget it draws,
    so a key kept costs every rerun: the options never set keep none."""
    at = start()
    at.text_area(key=control_key("label")).input("Mine").run()
    assert theme_keys_kept(at) == []


def test_a_set_option_is_kept_in_session_state_while_the_panel_is_closed():
    """The twin."""
    at = set_text(opened(), "primaryColor", "#0068c9")
    at.session_state[THEME_PANEL] = False
    at.run()
    assert theme_key("primaryColor") in theme_keys_kept(at)


# --- the theme in the share link ---------------------------------------------------

LINKED = '{"primaryColor":"#ff8800","sidebar":{"textColor":"#111111"}}'


def link_notice(at) -> str:
    return only(at.get_by_key(LINK_NOTICE).warning).value


def test_a_link_with_a_theme_opens_the_panel_set_to_it_beside_its_button():
    at = open_panels(start({"theme": LINKED, "label": "Linked"}), THEME_PANEL)
    assert config_toml(at) == {
        "theme": {"primaryColor": "#ff8800", "sidebar": {"textColor": "#111111"}}
    }
    assert shown_config(at).label == "Linked"
    assert not drawn(at, LINK_NOTICE)


def test_a_links_bad_theme_option_is_named_in_the_notice_and_the_rest_applied():
    at = start({"theme": '{"primaryColor":"#ff8800","font":"Comic"}', "label": "L"})
    assert "`theme`" in link_notice(at) and "`font`" in link_notice(at)
    at = open_panels(at, THEME_PANEL)
    assert config_toml(at) == {"theme": {"primaryColor": "#ff8800"}}
    assert shown_config(at).label == "L"


def test_the_address_bar_carries_the_theme_set_and_drops_it_on_a_reset():
    at = set_text(opened(), "primaryColor", "#ff8800")
    assert json.loads(at.query_params["theme"]) == {"primaryColor": "#ff8800"}
    at = at.button(key=THEME_RESET).click().run()
    assert "theme" not in at.query_params


# --- the theme in a preset file ----------------------------------------------------


def upload(at, text: str):
    open_panels(at, PRESET_FILES)
    at.get_by_key(PRESET_UPLOAD).set_value(
        ("preset.toml", text.encode(), "application/toml")
    )
    return at.run()


def test_a_preset_file_with_a_theme_sets_the_button_and_the_theme():
    themed = make_theme({"primaryColor": "#ff8800"})
    text = preset_toml(ButtonConfig(label="Themed"), "t", theme=themed)
    at = open_panels(upload(start(), text), THEME_PANEL)
    assert shown_config(at).label == "Themed"
    assert config_toml(at) == {"theme": {"primaryColor": "#ff8800"}}


def test_a_preset_file_without_a_theme_keeps_the_theme_set():
    """The twin: a button's preset alone changes no theme."""
    at = set_text(opened(), "primaryColor", "#0068c9")
    at = upload(at, preset_toml(ButtonConfig(label="Plain"), "t"))
    assert shown_config(at).label == "Plain"
    assert config_toml(at) == {"theme": {"primaryColor": "#0068c9"}}


def test_a_theme_preset_picked_sets_the_controls_and_the_pick_is_forgotten():
    at = opened()
    at.get_by_key(THEME_PRESET_PICK).set_value("Streamlit dark").run()
    assert config_toml(at) == {"theme": {"base": "dark"}}
    assert at.get_by_key(THEME_PRESET_PICK).value is None


# --- one keyed button's own colour -------------------------------------------------


def coloured(at, background: str, text: str = ""):
    at = open_panels(at, THEME_PANEL)
    at.text_input(key=KEY_COLOUR_BACKGROUND).input(background)
    at.text_input(key=KEY_COLOUR_TEXT).input(text)
    return at.run()


def keyed(key: str = "delete"):
    at = start()
    at.text_input(key=control_key("key")).input(key).run()
    return at


def test_a_keyed_buttons_own_colour_is_in_the_code_and_drawn_over_the_preview():
    at = coloured(keyed(), "#d33", "white")
    assert ".st-key-delete :is(button, a)" in displayed_code(at)
    # A style-only st.html goes to Streamlit's hidden event container.
    styles = [html.proto.body for html in at.get("html")]
    assert len(styles) == 1 and "rgb(221, 51, 51)" in styles[0]


def test_without_a_key_the_colour_waits_and_says_why():
    """The twin: no key, no recipe in the code or the preview."""
    at = coloured(start(), "#d33")
    assert "st.html" not in displayed_code(at)
    assert not at.get("html")
    captions = [c.value for c in at.get_by_key(KEY_COLOUR).caption]
    assert any("Give the button a `key`" in text for text in captions)


def test_a_bad_own_colour_is_said_at_its_box_and_no_recipe_is_written():
    at = coloured(keyed(), "#d33", "whiteish")
    errors = [shown(alert) for alert in at.get_by_key(KEY_COLOUR).error]
    assert len(errors) == 1 and "'whiteish' is not a colour" in errors[0]
    assert "st.html" not in displayed_code(at)
    assert at.text_input(key=KEY_COLOUR_TEXT).value == "whiteish"


def test_the_complete_app_with_an_own_colour_runs_as_pasted():
    code = generate_code(
        ButtonConfig(label="Delete", key="delete"), key_colour=key_colour("#d33")
    )
    at = AppTest.from_string(code).run()
    assert not at.exception
    assert at.button(key="delete").label == "Delete"
    assert "rgb(221, 51, 51)" in only(at.get("html")).proto.body
