"""The theme's options, their rules, and its config.toml read back with tomllib."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit import config

from components.core.compare import MIN_RATIO, contrast_ratio
from components.core.config import ButtonConfig
from components.core.links import (
    MAX_THEME_CHARS,
    THEME_PARAMETER,
    decode_query,
    decode_theme,
    encode_query,
)
from components.core.presets import PresetError, preset_toml, read_preset
from components.core.theme import (
    FONT_WEIGHTS,
    NO_THEME,
    OPTIONS,
    PATHS,
    ThemeError,
    check_value,
    colour_rgba,
    make_theme,
    option_of,
    split_path,
)
from components.core.theme_file import (
    THEME_PRESETS_DIR,
    bundled_theme_presets,
    read_theme_preset,
    read_theme_toml,
    theme_toml,
)
from tests.support.strategies import playground_configs

STREAMLIT_TYPES = {"colour": str, "radius": str, "size": int, "flag": bool}


@pytest.mark.parametrize("path", PATHS)
def test_every_option_offered_is_one_of_streamlits_in_its_table(path):
    table, name = split_path(path)
    section = "theme" if table == "theme" else f"theme.{table}"
    option = config._config_options_template[f"{section}.{name}"]
    control = option_of(path)
    wanted = STREAMLIT_TYPES.get(control.control) or type(control.choices[0])
    assert option.type is wanted


def test_an_option_streamlit_lacks_in_a_table_is_not_offered_there():
    """The twin: sizes are [theme]'s alone, in Streamlit and here."""
    assert "theme.sidebar.baseFontSize" not in config._config_options_template
    assert "sidebar.baseFontSize" not in PATHS and "baseFontSize" in PATHS


ACCEPTED = [
    ("primaryColor", "#f0e68c", "#f0e68c"),
    ("primaryColor", "  f0e68c ", "f0e68c"),
    ("sidebar.textColor", "rgb(1 2 3 / 50%)", "rgb(1 2 3 / 50%)"),
    ("dark.borderColor", "hsl(120, 50%, 50%)", "hsl(120, 50%, 50%)"),
    ("backgroundColor", "tomato", "tomato"),
    ("baseRadius", "full", "full"),
    ("buttonRadius", " 8PX ", "8px"),
    ("buttonRadius", "0.5rem", "0.5rem"),
    ("buttonRadius", "0", "0"),
    ("font", "serif", "serif"),
    ("base", "dark", "dark"),
    ("baseFontSize", 15, 15),
    ("baseFontWeight", 550, 550),
    ("showWidgetBorder", False, False),
    ("primaryColor", "", None),
    ("baseFontWeight", None, None),
]
REFUSED = [
    ("primaryColor", "not-a-colour", "is not a colour"),
    ("primaryColor", "hsl(120, 50, 50)", "is not a colour"),
    ("primaryColor", "oklch(0.7 0.1 200)", "not one in sRGB"),
    ("primaryColor", "currentcolor", "no colour of its own"),
    ("primaryColor", 255, "written as a string"),
    ("baseRadius", "round", "is not a radius"),
    ("baseRadius", "-4px", "is not a radius"),
    ("baseRadius", "12abc", "is not a radius"),
    ("baseRadius", 8, "is not a radius"),
    ("font", "Comic Sans", "is one of sans-serif, serif, monospace"),
    ("base", "Dark", "is one of light, dark"),
    ("baseFontSize", 0, "whole number of pixels"),
    ("baseFontSize", 49, "whole number of pixels"),
    ("baseFontSize", 15.5, "whole number of pixels"),
    ("baseFontSize", True, "whole number of pixels"),
    ("baseFontWeight", 425, "is one of 100"),
    ("baseFontWeight", 650, "is one of 100"),
    ("baseFontWeight", "400", "is one of 100"),
    ("showWidgetBorder", "true", "is true or false"),
]


@pytest.mark.parametrize("path, value, kept", ACCEPTED)
def test_a_value_streamlit_takes_is_kept_as_config_toml_holds_it(path, value, kept):
    assert check_value(path, value) == kept


@pytest.mark.parametrize("path, value, reason", REFUSED)
def test_a_value_streamlit_refuses_is_refused_with_its_reason(path, value, reason):
    with pytest.raises(ThemeError, match=reason) as refusal:
        check_value(path, value)
    assert refusal.value.path == path


def test_the_weights_are_streamlits_100_to_600_by_50():
    assert FONT_WEIGHTS[0] == 100 and FONT_WEIGHTS[-1] == 600
    assert all(b - a == 50 for a, b in zip(FONT_WEIGHTS, FONT_WEIGHTS[1:]))


@pytest.mark.parametrize(
    "text, rgba",
    [
        ("#f0e68c", (240, 230, 140, 1.0)),
        ("f0e68c", (240, 230, 140, 1.0)),
        ("rgba(1, 2, 3, 0.5)", (1, 2, 3, 0.5)),
        ("hsl(0 100% 50%)", (255, 0, 0, 1.0)),
        ("transparent", (0, 0, 0, 0.0)),
        ("lab(50% 40 59)", None),
        ("nonsense", None),
    ],
)
def test_a_colour_is_read_as_srgb_channels(text, rgba):
    assert colour_rgba(text) == rgba


VALUES = {
    "colour": st.sampled_from(["#f0e68c", "tomato", "rgb(1 2 3)", "hsl(0 100% 50%)"]),
    "radius": st.sampled_from(["none", "full", "8px", "0.5rem", "3"]),
    "size": st.integers(1, 48),
    "flag": st.booleans(),
}


@st.composite
def themes(draw):
    values = {}
    for path in draw(st.lists(st.sampled_from(PATHS), unique=True)):
        option = option_of(path)
        if option.control in VALUES:
            strategy = VALUES[option.control]
        else:
            strategy = st.sampled_from(option.choices)
        values[path] = draw(strategy)
    return make_theme(values)


@given(themes().filter(bool))
def test_any_theme_comes_back_from_its_config_toml(theme):
    reading = read_theme_toml(theme_toml(theme))
    assert (reading.theme, reading.problems) == (theme, {})


def test_config_toml_writes_only_the_options_set_in_their_tables():
    theme = make_theme({"primaryColor": "#ff4b4b", "sidebar.primaryColor": "#000000"})
    assert tomllib.loads(theme_toml(theme)) == {
        "theme": {"primaryColor": "#ff4b4b", "sidebar": {"primaryColor": "#000000"}}
    }
    assert theme_toml(NO_THEME) == ""


def test_a_config_toml_keeps_its_valid_options_and_says_why_not_the_others():
    reading = read_theme_toml(
        "[server]\nport = 1\n[theme]\nprimaryColor = 'nope'\nfont = 'serif'\n"
        "codeFont = 'x'\n[theme.light]\nbaseFontSize = 3\n[theme.other]\na = 1\n"
    )
    assert reading.theme == make_theme({"font": "serif"})
    assert set(reading.problems) == {
        "primaryColor",
        "codeFont",
        "light.baseFontSize",
        "other.",
    }
    assert "is not a colour" in reading.problems["primaryColor"]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("[theme\nprimaryColor = 1", "This is not TOML"),
        ("[server]\nport = 1", "no [theme]"),
    ],
)
def test_a_file_without_a_theme_gives_none_and_says_why(text, problem):
    reading = read_theme_toml(text)
    assert reading.theme == NO_THEME and problem in reading.problems[""]


def test_every_option_is_declared_once():
    names = [option.name for option in OPTIONS]
    assert len(names) == len(set(names))


# --- the theme in a share link -----------------------------------------------------


@given(themes(), playground_configs)
def test_any_theme_comes_back_from_its_link_beside_any_button(theme, cfg):
    query = encode_query(cfg, theme=theme)
    assert (THEME_PARAMETER in query) == bool(theme)
    if theme:
        assert decode_theme(query.pop(THEME_PARAMETER)) == (theme, [])
    assert decode_query(query) == (cfg, [])


@pytest.mark.parametrize(
    "text, kept, problem",
    [
        ('{"primaryColor":"nope","font":"serif"}', {"font": "serif"}, "not a colour"),
        ('{"sidebar":{"baseFontSize":3}}', {}, "not an option the playground"),
        ("[1, 2]", {}, "not a table of options"),
        ("{not json", {}, "not a theme written as JSON"),
        ('{"font":"' + "x" * MAX_THEME_CHARS + '"}', {}, "longer than 4,096"),
    ],
)
def test_a_links_theme_keeps_its_valid_options_and_says_why_not_the_others(
    text, kept, problem
):
    theme, problems = decode_theme(text)
    assert theme == make_theme(kept)
    assert len(problems) == 1 and problem in problems[0]
    assert problems[0].startswith("`theme`")


def test_a_theme_given_twice_is_read_from_its_last_value():
    theme, problems = decode_theme(['{"font":"serif"}', '{"font":"monospace"}'])
    assert theme == make_theme({"font": "monospace"})
    assert "was given 2 times" in problems[0]


# --- the theme in a preset file ----------------------------------------------------


@given(themes(), playground_configs)
def test_any_theme_comes_back_from_a_preset_file_beside_its_button(theme, cfg):
    preset = read_preset(preset_toml(cfg, "Themed", theme=theme))
    assert (preset.config, preset.theme) == (cfg, theme)


def test_a_preset_with_a_bad_theme_option_is_refused_naming_it():
    text = preset_toml(ButtonConfig(), "t") + "[theme]\nprimaryColor = 'nope'\n"
    with pytest.raises(PresetError) as refusal:
        read_preset(text)
    assert refusal.value.problems[0].startswith("[theme]: `primaryColor` is 'nope'")


def test_a_preset_without_a_theme_has_none():
    """The twin: no [theme] table, no theme."""
    assert read_preset(preset_toml(ButtonConfig(), "t")).theme == NO_THEME


# --- the bundled theme presets -----------------------------------------------------


@pytest.mark.parametrize(
    "path", sorted(THEME_PRESETS_DIR.glob("*.toml")), ids=lambda p: p.name
)
def test_every_bundled_theme_preset_loads_without_a_problem(path):
    preset, problems = read_theme_preset(path.read_text(encoding="utf-8"))
    assert problems == [] and preset.theme


def test_the_theme_presets_start_from_streamlits_own_and_one_fails_contrast():
    presets = bundled_theme_presets()
    titles = [preset.title for preset in presets]
    assert titles[:2] == ["Streamlit light", "Streamlit dark"]
    assert len(set(titles)) == len(titles)
    white = (255, 255, 255, 1.0)
    ratios = {
        p.title: contrast_ratio(colour_rgba(p.theme.get("primaryColor")), white)
        for p in presets
        if p.theme.get("primaryColor")
    }
    failing = {title for title, ratio in ratios.items() if ratio < MIN_RATIO}
    assert failing and all("fails contrast" in title for title in failing)
    assert all("fails" not in title for title in set(ratios) - failing)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("[theme]\nbase = 'dark'\n", "`title` is missing"),
        ("title = 'T'\n[theme]\nprimaryColor = 'nope'\n", "is not a colour"),
        ("title = 'T'\n", "no [theme] section"),
    ],
)
def test_a_broken_theme_preset_is_left_out_with_its_reason(text, problem):
    preset, problems = read_theme_preset(text)
    assert preset is None and any(problem in p for p in problems)
