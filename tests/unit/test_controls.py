"""Sidebar widget values and ButtonConfig fields translate both ways without loss."""

from __future__ import annotations

from hypothesis import given

from components.core.config import (
    ButtonConfig,
    default_config,
    field_errors,
    kind_fields,
)
from components.core.controls import (
    config_values,
    controls_from_config,
    field_keys,
    switched_controls,
)
from components.core.keys import (
    ICON_PICKER,
    WIDTH_PX,
    control_key,
)
from components.core.kinds import BUTTON, KINDS
from components.core.widgets import (
    DEFAULT_PIXEL_WIDTH,
    picker_value,
)
from tests.support.strategies import button_configs


@given(button_configs)
def test_controls_show_the_config_they_were_built_from(cfg):
    values = config_values(controls_from_config(cfg))
    assert ButtonConfig.from_values(values) == cfg


def test_every_control_field_has_a_ctl_key():
    controls = controls_from_config(ButtonConfig())
    fields = kind_fields(BUTTON)
    assert {control_key(name) for name in fields} <= set(controls)
    assert set(controls) == {
        key for name in fields for key in field_keys("button", name)
    }


def test_a_wrap_control_holding_no_choice_reads_as_auto():
    controls = controls_from_config(ButtonConfig(wrap=True)) | {
        control_key("wrap"): None
    }
    assert config_values(controls)["wrap"] is None


def test_a_wrap_control_holding_a_wrong_value_is_refused_at_wrap():
    controls = controls_from_config(ButtonConfig()) | {control_key("wrap"): 5}
    assert set(field_errors(config_values(controls))) == {"wrap"}
    controls[control_key("wrap")] = "on"
    assert field_errors(config_values(controls)) == {}


def test_empty_text_boxes_mean_unset():
    values = config_values(controls_from_config(ButtonConfig()))
    assert values["key"] is None and values["help"] is None
    assert values["icon"] is None and values["shortcut"] is None


def test_filled_text_boxes_are_kept():
    controls = controls_from_config(ButtonConfig(key="k", help="h", shortcut="K"))
    values = config_values(controls)
    assert (values["key"], values["help"], values["shortcut"]) == ("k", "h", "K")


def test_spaces_around_an_icon_are_typing_noise():
    controls = controls_from_config(ButtonConfig()) | {control_key("icon"): " 🔥 "}
    assert config_values(controls)["icon"] == "🔥"


def test_a_blank_key_is_kept_so_it_can_be_refused():
    controls = controls_from_config(ButtonConfig()) | {control_key("key"): "  "}
    assert config_values(controls)["key"] == "  "


def test_pixel_width_is_read_only_when_pixels_are_chosen():
    controls = controls_from_config(ButtonConfig(width=300))
    assert config_values(controls)["width"] == 300
    stretched = controls | {control_key("width"): "stretch"}
    assert config_values(stretched)["width"] == "stretch"


def test_named_width_leaves_the_pixel_box_at_its_default():
    assert (
        controls_from_config(ButtonConfig(width="stretch"))[WIDTH_PX]
        == DEFAULT_PIXEL_WIDTH
    )


def test_picker_follows_known_icons_only():
    assert picker_value(":material/home:") == ":material/home:"
    assert picker_value("spinner") == "spinner"
    assert picker_value("🔥") is None
    assert picker_value(":material/hom:") is None


def test_picker_shows_the_configured_material_icon():
    controls = controls_from_config(ButtonConfig(icon=":material/home:"))
    assert controls[ICON_PICKER] == ":material/home:"
    assert controls_from_config(ButtonConfig(icon="🔥"))[ICON_PICKER] is None


def switch(cfg: ButtonConfig, new: str) -> str | None:
    """What switching the controls showing ``cfg`` to kind ``new`` says it dropped."""
    return switched_controls(controls_from_config(cfg), cfg.kind, new)[1]


def test_a_switch_from_a_kind_at_its_defaults_drops_nothing():
    """Not even a link's default on_click="ignore", which st.button can't take:
    the bare call stays the bare call."""
    for old in KINDS:
        for new in set(KINDS) - {old}:
            assert switch(default_config(old), new) is None, (old, new)


def test_a_switch_names_a_set_url_and_a_chosen_ignore_mode_it_drops():
    """The twin: what was set and the new kind does not take is named."""
    link = ButtonConfig(
        kind="link_button", mode="ignore", extra={"url": "https://a.io"}
    )
    assert switch(link, "button") == (
        "st.button takes no `url` 'https://a.io': dropped on switching from "
        "st.link_button. Everything the two share is kept."
    )
    ignored = ButtonConfig(kind="download_button", mode="ignore")
    assert switch(ignored, "button") == (
        'st.button takes no on_click="ignore" mode: dropped on switching from '
        "st.download_button. Everything the two share is kept."
    )


def test_a_switch_with_a_stale_mode_text_starts_the_new_kinds_mode_and_names_no_mode():
    """The mode radio's value can be text that is no mode (its label, sent back
    by the page as the options changed): the switch neither fails nor names it."""
    controls = controls_from_config(ButtonConfig())
    controls[control_key("mode")] = 'on_click="ignore"'
    values, note = switched_controls(controls, "button", "page_link")
    assert values[control_key("mode")] == "ignore"
    assert note is None
