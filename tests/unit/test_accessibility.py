"""The Accessibility panel's findings: each with its WCAG criterion, and its absence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from components.core.accessibility import (
    CHECKS,
    CONTRAST,
    DISABLED_HELP,
    NAME,
    TARGET_SIZE,
    checks_run,
    findings,
    needed_ratio,
    none_found,
    shown_findings,
)
from components.core.button_box import target_size
from components.core.compare import WHITE, contrast_ratio, parse_color
from components.core.config import ButtonConfig, default_config
from components.core.key_colour import KeyColour
from components.core.kinds import KINDS
from components.core.label_text import has_accessible_name, shows_text
from components.core.markdown import link, verbatim
from components.core.row import Row
from components.core.theme import NO_THEME, make_theme
from tests.support.label_cases import LABEL_CASES

KHAKI = make_theme({"base": "light", "primaryColor": "#f0e68c"})
# darkslategray text on Streamlit's dark background: 2.0:1.
DIM_DARK = make_theme({"base": "dark", "textColor": "darkslategray"})
ALL_KINDS = list(KINDS)
TYPED = [name for name in KINDS if KINDS[name].takes("type")]
BLANK_ALLOWED = [name for name in KINDS if name != "page_link"]  # it needs a label
WITH_SHORTCUT = [name for name in KINDS if KINDS[name].takes("shortcut")]


def config(kind: str, **changes) -> ButtonConfig:
    return replace(default_config(kind), **changes)


def ids(found) -> list[str]:
    return [finding.check.id for finding in found]


# --- the criteria ------------------------------------------------------------------


@pytest.mark.parametrize(
    "check, number, name, level, page",
    [
        (NAME, "4.1.2", "Name, Role, Value", "A", "name-role-value"),
        (CONTRAST, "1.4.3", "Contrast (Minimum)", "AA", "contrast-minimum"),
        (TARGET_SIZE, "2.5.8", "Target Size (Minimum)", "AA", "target-size-minimum"),
        (DISABLED_HELP, "2.1.1", "Keyboard", "A", "keyboard"),
    ],
)
def test_each_check_names_its_criterion_and_links_its_understanding_page(
    check, number, name, level, page
):
    criterion = check.criterion
    assert (criterion.number, criterion.name, criterion.level) == (number, name, level)
    assert criterion.url == f"https://www.w3.org/WAI/WCAG22/Understanding/{page}.html"
    assert criterion.title == f"WCAG {number} {name} (Level {level})"


def test_a_link_shows_its_text_as_written_and_encodes_its_address():
    url = "https://www.w3.org/WAI/WCAG22/Understanding/keyboard.html"
    assert link("WCAG 2.1.1 (A)", url) == f"[{verbatim('WCAG 2.1.1 (A)')}]({url})"
    assert link("x", "https://a.example/p) q") == "[x](https://a.example/p%29%20q)"


# --- 4.1.2: a name ---------------------------------------------------------------


@pytest.mark.parametrize("label, icon, named", LABEL_CASES)
def test_the_label_model_agrees_with_the_names_chromium_computed(label, icon, named):
    assert has_accessible_name(label, icon, None) is named


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_label_that_draws_no_text_leaves_the_widget_unnamed(kind):
    found = findings(config(kind, label="****"), NO_THEME)
    assert ids(found) == ["name"]
    assert "'****' draws no text" in found[0].sentence


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_label_in_words_names_the_widget(kind):
    """The twin: the kind's own default label."""
    assert "name" not in ids(findings(default_config(kind), NO_THEME))


@pytest.mark.parametrize("kind", BLANK_ALLOWED)
def test_a_blank_label_without_an_icon_is_unnamed(kind):
    found = findings(config(kind, label=""), NO_THEME)
    assert ids(found) == ["name"]
    assert "shows no label and no icon" in found[0].sentence


@pytest.mark.parametrize("kind", BLANK_ALLOWED)
def test_a_blank_label_beside_an_icon_is_named_after_the_icon(kind):
    """The twin: Streamlit names an icon-only button after its icon."""
    assert findings(config(kind, label="", icon=":material/home:"), NO_THEME) == []


@pytest.mark.parametrize("kind", BLANK_ALLOWED)
def test_markdown_beside_an_icon_is_not_blank_so_the_icon_names_nothing(kind):
    found = findings(config(kind, label="****", icon=":material/home:"), NO_THEME)
    assert "only when the label is empty" in found[0].sentence


@pytest.mark.parametrize("kind", WITH_SHORTCUT)
def test_a_shortcut_hint_names_a_blank_button(kind):
    assert findings(config(kind, label="", shortcut="K"), NO_THEME) == []
    assert ids(findings(config(kind, label=""), NO_THEME)) == ["name"]


def test_text_beside_markup_is_heard():
    assert shows_text("**Save**") and shows_text("![](x.png) Save")
    assert not shows_text("**![](x.png)**")


# --- 1.4.3: contrast ---------------------------------------------------------------


@pytest.mark.parametrize("kind", TYPED)
def test_white_on_khaki_is_under_the_contrast_text_needs(kind):
    found = findings(config(kind, type="primary"), KHAKI)
    assert ids(found) == ["contrast"] and found[0].modes == ("light",)
    assert "1.2:1 in light mode (#ffffff on #f0e68c)" in found[0].sentence
    assert "darker primaryColor" in found[0].fix


@pytest.mark.parametrize("kind", TYPED)
def test_a_secondary_label_under_khaki_is_readable(kind):
    """The twin: khaki paints only the primary button."""
    assert findings(config(kind, type="secondary"), KHAKI) == []


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_dim_text_on_a_dark_theme_fails_in_dark_mode(kind):
    """A page link, which has no type, is text on the page as a tertiary's."""
    cfg = config(kind, type="secondary") if kind in TYPED else default_config(kind)
    found = findings(cfg, DIM_DARK)
    assert ids(found) == ["contrast"] and found[0].modes == ("dark",)
    assert "textColor" in found[0].fix


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_disabled_widget_is_exempt_from_contrast(kind):
    cfg = config(kind, disabled=True)
    cfg = replace(cfg, type="primary") if kind in TYPED else cfg
    assert "contrast" not in ids(findings(cfg, KHAKI if kind in TYPED else DIM_DARK))


def test_without_a_theme_both_of_streamlits_modes_are_read_and_pass():
    assert findings(ButtonConfig(type="primary"), NO_THEME) == []  # 5.1 and 4.6:1


def test_a_mode_table_fails_in_its_own_mode_only():
    theme = make_theme({"dark.primaryColor": "#f0e68c"})
    assert findings(ButtonConfig(type="primary"), theme)[0].modes == ("dark",)


def test_large_labels_need_three_to_one_and_body_sized_ones_four_and_a_half():
    coral = "#e8585e"  # white on it: between 3 and 4.5
    assert 3 < contrast_ratio(WHITE, parse_color(coral)) < 4.5
    body, large = (
        make_theme({"primaryColor": coral, "baseFontSize": size}) for size in (16, 28)
    )
    assert (needed_ratio(body), needed_ratio(large)) == (4.5, 3.0)
    assert ids(findings(ButtonConfig(type="primary"), body)) == ["contrast"]
    assert findings(ButtonConfig(type="primary"), large) == []


def test_an_own_colour_is_judged_over_the_theme():
    khaki = KeyColour(parse_color("#f0e68c"))
    found = findings(ButtonConfig(key="go"), NO_THEME, own=khaki)
    assert ids(found) == ["contrast"] and "own label colour" in found[0].fix
    dark = KeyColour(parse_color("#f0e68c"), parse_color("#222222"))
    assert findings(ButtonConfig(key="go"), NO_THEME, own=dark) == []


# --- 2.5.8: target size ------------------------------------------------------------


@pytest.mark.parametrize("kind", TYPED)
def test_a_tertiary_button_twenty_pixels_wide_is_under_the_target(kind):
    found = findings(config(kind, type="tertiary", width=20), NO_THEME)
    assert ids(found) == ["target_size"]
    assert "draws your button 20 by 40 px: narrower than" in found[0].sentence


@pytest.mark.parametrize("kind", TYPED)
@pytest.mark.parametrize("width", [24, "content", "stretch"])
def test_a_target_of_twenty_four_pixels_or_a_named_width_passes(kind, width):
    assert findings(config(kind, type="tertiary", width=width), NO_THEME) == []


@pytest.mark.parametrize("kind", TYPED)
def test_padding_keeps_a_primary_or_secondary_button_26_px_wide(kind):
    """The twin of the tertiary case: width 20 is drawn 26 px wide at 16 px."""
    for button_type in ("primary", "secondary"):
        cfg = config(kind, type=button_type, width=1)
        assert target_size(cfg, NO_THEME) == (26, 40)
        assert findings(cfg, NO_THEME) == []


def test_a_small_base_font_makes_a_padded_button_small_and_short():
    small = make_theme({"baseFontSize": 8})
    found = findings(ButtonConfig(width=20), small)
    assert target_size(ButtonConfig(width=20), small) == (20, 20)
    assert "20 by 20 px: narrower and shorter" in found[0].sentence


def test_a_page_link_is_a_line_of_text_28_px_tall():
    cfg = config("page_link", width=20)
    assert target_size(cfg, NO_THEME) == (20, 28)
    assert ids(findings(cfg, NO_THEME)) == ["target_size"]


# --- 2.1.1: a disabled widget's tooltip --------------------------------------------

UNFOCUSABLE = [name for name in KINDS if not KINDS[name].focusable_when_disabled]


@pytest.mark.parametrize("kind", UNFOCUSABLE)
def test_help_on_a_disabled_widget_is_out_of_the_keyboards_reach(kind):
    found = findings(config(kind, disabled=True, help="Log in first"), NO_THEME)
    assert ids(found) == ["disabled_help"]
    assert "keyboard users never reach it" in found[0].sentence


@pytest.mark.parametrize("kind", UNFOCUSABLE)
def test_help_on_an_enabled_widget_shows_on_focus(kind):
    """The twin: enabled, or disabled without help, there is nothing to reach."""
    assert findings(config(kind, help="Saves it"), NO_THEME) == []
    assert findings(config(kind, disabled=True), NO_THEME) == []


def test_a_disabled_page_link_keeps_its_focus_and_so_its_tooltip():
    cfg = config("page_link", disabled=True, help="Soon")
    assert findings(cfg, NO_THEME) == []
    assert DISABLED_HELP not in checks_run(cfg)


# --- rows and the line when nothing is found ---------------------------------------


def test_a_rows_findings_name_each_member_by_its_place():
    row = Row((ButtonConfig(label="Back"), ButtonConfig(label="", key="next")))
    found = shown_findings(row, NO_THEME)
    assert [(f.where, f.check.id) for f in found] == [("Button 2 of the row", "name")]
    assert found[0].sentence.startswith("Button 2 of the row shows no label")


def test_a_row_of_readable_buttons_has_no_findings():
    row = Row((ButtonConfig(label="Back"), ButtonConfig(label="Next")))
    assert shown_findings(row, NO_THEME) == []


def test_nothing_found_names_every_check_that_ran():
    line = none_found(ButtonConfig())
    assert line.startswith("No problems found. Checked: an accessible name (4.1.2)")
    assert checks_run(ButtonConfig()) == CHECKS
    assert "tooltip" not in none_found(default_config("page_link"))
