"""Messages show exactly what they say, and the page asks nothing of outside hosts.

Each check reads the rendered text (innerText after Streamlit's Markdown), as
the user reads it. Twins: the raw text through Streamlit's Markdown is
changed (``tests/unit/test_messages.py`` and the investigation's scratch app),
and here each check names the changed form it would catch; a page that does
fetch from outside is caught by the request recorder.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from components.core.keys import ICON_SUGGESTION, LINK_DISMISS
from tests.support.browser import (
    click,
    code_editor,
    control,
    keyed,
    message_under,
    open_playground,
    preset_pill,
    preview_button,
    rerun,
    type_in_editor,
    type_text,
)
from tests.support.page_text import read_on_screen, read_tooltip
from tests.support.requests import origin_of, outside_requests


def test_a_mistyped_icon_is_named_and_fixed_in_one_click(page: Page):
    type_text(page, "icon", ":material/thumbup:")
    said = read_on_screen(message_under(page, "icon"))
    assert ":material/thumbup:" in said and "Did you mean :material/thumb_up:?" in said
    assert ":material_thumb" not in said  # what Streamlit made of the raw text
    fix = keyed(page, ICON_SUGGESTION).get_by_role("button")
    assert fix.inner_text().strip().endswith("Use :material/thumb_up:")
    click(page, fix)
    expect(control(page, "icon").locator("input")).to_have_value(":material/thumb_up:")
    expect(message_under(page, "icon")).to_have_count(0)
    expect(preview_button(page).get_by_test_id("stIconMaterial")).to_have_text(
        "thumb_up"
    )


def test_a_reserved_key_shows_its_dollars_not_maths(page: Page):
    type_text(page, "key", "$$ID-abc")
    message = message_under(page, "key")
    assert "$$ID-abc" in read_on_screen(message)
    expect(message.locator(".katex")).to_have_count(0)  # the twin: KaTeX maths


def test_an_own_key_shows_its_prefix_not_italics(page: Page):
    type_text(page, "key", "_pg_x")
    message = message_under(page, "key")
    assert "'_pg_x'" in read_on_screen(message)
    expect(message.locator("em")).to_have_count(0)  # the twin: *pg* in italics


def test_a_linked_key_shows_its_dollars_in_the_link_notice(
    blank_page: Page, playground_url: str
):
    open_playground(blank_page, f"{playground_url}/?key=%24%24ID-x&__a__=1")
    notice = keyed(blank_page, "link_notice")
    expect(keyed(blank_page, LINK_DISMISS)).to_be_visible()
    said = notice.get_by_test_id("stAlert").inner_text()
    assert "$$ID-x" in said and "__a__" in said
    expect(notice.locator(".katex, strong, em")).to_have_count(0)


def test_the_material_icon_preset_describes_itself_in_its_own_words(page: Page):
    click(page, preset_pill(page, "Material icon"))
    captions = page.get_by_test_id("stSidebar").get_by_test_id("stCaptionContainer")
    said = captions.filter(has_text="Any of Streamlit").first.inner_text()
    assert said == (
        "Material icon: Any of Streamlit's Material icons, written as :material/name:."
    )


def test_the_label_tooltip_shows_the_shortcode_it_explains(page: Page):
    tip = read_tooltip(page, control(page, "label"))
    assert ":material/icons:" in tip.text
    assert tip.glyphs == 0  # the twin: a glyph


def test_a_whole_session_asks_nothing_of_outside_hosts(
    blank_page: Page, playground_url: str
):
    outside = outside_requests(blank_page, playground_url)
    open_playground(blank_page, playground_url)
    click(blank_page, preview_button(blank_page))
    read_tooltip(blank_page, control(blank_page, "label"))
    expect(code_editor(blank_page)).to_be_visible()
    type_in_editor(blank_page, "# offline")
    with rerun(blank_page):
        blank_page.get_by_role("tab", name="Copy as test").click()
    blank_page.wait_for_timeout(1500)  # late fonts and stylesheets
    assert outside == []


def test_the_recorder_catches_a_page_that_fetches_from_outside(blank_page: Page):
    here = "http://127.0.0.1:9"
    outside = outside_requests(blank_page, here)
    blank_page.set_content(
        '<img src="http://example.invalid/x.png">'
        '<style>@import url("https://fonts.example.invalid/css");</style>'
        "<iframe srcdoc='<img src=\"https://cdn.example.invalid/f.png\">'></iframe>"
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
    )
    blank_page.wait_for_timeout(1000)
    assert set(outside) >= {
        "http://example.invalid/x.png",
        "https://fonts.example.invalid/css",
        "https://cdn.example.invalid/f.png",
    }
    assert not any(url.startswith("data:") for url in outside)
    assert origin_of("ws://127.0.0.1:9/_stcore/stream") == origin_of(here)
