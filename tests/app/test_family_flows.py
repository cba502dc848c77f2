"""The family in the playground, under AppTest: switching the kind keeps what
the two widgets share and says what it dropped; a link's address is refused
at its control, in a link and in pasted code unless it is http, https or
mailto; a download offers exactly the file its code describes."""

from __future__ import annotations

import pytest

from components.core import run_story
from components.core.arguments import BUTTON_TYPES
from components.core.codegen import generate_code
from components.core.config import ButtonConfig, default_config
from components.core.keys import (
    COMPARE,
    COMPARE_OPEN,
    PREVIEW_FORM_FIX,
    PREVIEW_IN_FORM,
    PREVIEW_INPUT,
    control_key,
)
from components.core.kinds import KINDS, MULTIPAGE_DOCS
from components.core.preset_shelf import preset_titled
from components.ui.compare_panel import cell_key
from tests.support.apptest import (
    deferred_downloads,
    displayed_code,
    downloads_of,
    drawn,
    logged,
    message_at,
    only,
    open_panels,
    preview_button,
    shown,
    shown_config,
    start,
    submit_code,
    widgets_of,
)

JAVASCRIPT = "javascript:alert(document.cookie)"


def switch_to(at, kind: str):
    at.get_by_key(control_key("kind")).set_value(kind)
    return at.run()


def kind_note(at) -> str | None:
    message = message_at(at, control_key("kind"))
    return None if message is None else shown(message)


def test_switching_kind_keeps_the_shared_arguments_and_shows_the_new_widget():
    at = start()
    at.get_by_key(control_key("label")).set_value("Open the docs")
    at.get_by_key(control_key("type")).set_value("primary")
    switch_to(at.run(), "link_button")

    assert not at.exception
    cfg = shown_config(at)
    assert (cfg.kind, cfg.label, cfg.type) == (
        "link_button",
        "Open the docs",
        "primary",
    )
    assert preview_button(at).proto.url == default_config("link_button").get("url")
    # st.button's plain click becomes the link's own default, not a rerun.
    assert cfg.mode == "ignore"
    assert "on_click" not in generate_code(cfg)
    assert kind_note(at) is None


def test_switching_away_from_a_set_url_names_it_as_dropped():
    at = switch_to(start(), "link_button")
    at.get_by_key(control_key("url")).set_value("https://streamlit.io").run()
    switch_to(at, "button")

    note = kind_note(at)
    assert note is not None and "`url` 'https://streamlit.io'" in note
    assert "st.button takes no" in note
    # The note is said once: the next change clears it.
    at.get_by_key(control_key("label")).set_value("Again").run()
    assert kind_note(at) is None


def test_switching_to_a_kind_without_the_mode_drops_the_mode_and_says_so():
    at = switch_to(start(), "download_button")
    at.get_by_key(control_key("mode")).set_value("ignore").run()
    switch_to(at, "button")

    assert shown_config(at).mode == "plain"
    assert 'on_click="ignore" mode' in kind_note(at)


def test_a_script_url_is_refused_at_its_control_and_the_last_valid_link_kept():
    at = switch_to(start(), "link_button")
    at.get_by_key(control_key("url")).set_value("https://streamlit.io").run()
    at.get_by_key(control_key("url")).set_value(JAVASCRIPT).run()

    assert not at.exception
    message = shown(message_at(at, control_key("url")))
    assert "only http, https and mailto" in message
    assert at.session_state[control_key("url")] == JAVASCRIPT  # kept to be fixed
    assert preview_button(at).proto.url == "https://streamlit.io"


def test_a_safe_url_typed_reaches_the_preview_with_no_message():
    at = switch_to(start(), "link_button")
    at.get_by_key(control_key("url")).set_value("mailto:team@example.com").run()

    assert message_at(at, control_key("url")) is None
    assert preview_button(at).proto.url == "mailto:team@example.com"


@pytest.mark.parametrize("url", [JAVASCRIPT, "data:text/html,<script>x</script>"])
def test_a_share_link_carrying_a_script_url_is_refused_by_name(url):
    at = start({"kind": "link_button", "url": url, "label": "Kept"})

    notice = shown(at.get_by_key("link_notice").warning[0])
    assert "`url`" in notice
    assert preview_button(at).proto.url == default_config("link_button").get("url")
    assert shown_config(at).label == "Kept"


def test_a_share_link_with_a_web_url_opens_it():
    at = start({"kind": "link_button", "url": "https://streamlit.io/gallery"})
    assert preview_button(at).proto.url == "https://streamlit.io/gallery"


def test_pasted_code_with_a_script_url_is_refused_at_the_url():
    at = start()
    submit_code(at, f'import streamlit as st\nst.link_button("Go", "{JAVASCRIPT}")\n')

    errors = [shown(error) for error in at.container("code").error]
    assert any("`url`" in error and "Line 2" in error for error in errors)
    assert shown_config(at).kind == "button"


def test_pasted_link_code_switches_the_playground_to_the_link():
    at = start()
    submit_code(
        at,
        'import streamlit as st\nst.link_button("Go", "https://streamlit.io", '
        'on_click="rerun")\n',
    )
    cfg = shown_config(at)
    assert (cfg.kind, cfg.get("url"), cfg.mode) == (
        "link_button",
        "https://streamlit.io",
        "plain",
    )


def test_the_download_offers_the_presets_file_with_its_name_and_bytes(monkeypatch):
    preset = preset_titled("Download a CSV").config
    at = start()
    at.get_by_key("preset_pick").set_value("Download a CSV")
    offered = downloads_of(at, monkeypatch)

    assert offered["clicks.csv"] == preset.get("data").encode()
    assert preview_button(at).proto.label == "Download CSV"


def test_a_changed_data_changes_the_file_offered(monkeypatch):
    at = switch_to(start(), "download_button")
    at.get_by_key(control_key("file_name")).set_value("page.html")
    at.get_by_key(control_key("data")).set_value("<script>alert(1)</script>")
    offered = downloads_of(at, monkeypatch)

    assert offered["page.html"] == b"<script>alert(1)</script>"
    assert not [element for element in at.markdown if "alert(1)" in element.value]


def test_a_deferred_download_builds_its_file_only_from_its_function(monkeypatch):
    at = start()
    at.get_by_key("preset_pick").set_value("Build the file on click")
    at.run()
    deferred = deferred_downloads(at, monkeypatch)
    expected = preset_titled("Build the file on click").config.get("data")

    assert deferred["report.txt"] == expected
    # The twin: the eager download registers no function (the playground's
    # own app downloads still do).
    at.get_by_key(control_key("deferred")).set_value(False)
    assert "report.txt" not in deferred_downloads(at, monkeypatch)


def test_the_code_of_every_new_preset_reads_back_as_it():
    for title in ("Download a CSV", "Build the file on click", "Email support"):
        cfg = preset_titled(title).config
        at = start()
        submit_code(at, generate_code(cfg))
        assert shown_config(at) == cfg, title
        assert isinstance(cfg, ButtonConfig)


def test_a_link_that_ignores_clicks_says_it_returned_no_value():
    at = switch_to(start(), "link_button")
    caption = shown(only(at.container("preview").caption))
    assert "`st.link_button` returned its element, not a value" in caption


def test_a_link_that_reruns_says_it_returned_false():
    """The twin: in a rerun mode the link is a widget with a value."""
    at = switch_to(start(), "link_button")
    at.get_by_key(control_key("mode")).set_value("if_block").run()
    caption = shown(only(at.container("preview").caption))
    assert "`st.link_button` returned `False` on this run." in caption


def preview_texts(at) -> str:
    """Every text the preview's app writes, the form's sent value included."""
    return " ".join(
        str(markdown.value) for markdown in at.container("preview").markdown
    )


def test_a_form_holds_its_input_until_the_submit_sends_it():
    at = start()
    at.get_by_key("preset_pick").set_value("Send feedback")
    at.run()
    at.text_input(key=PREVIEW_INPUT).input("Ada").run()

    # Typed, not submitted: the form sent nothing yet, and no message shows.
    assert "The form sent:" in preview_texts(at) and "Ada" not in preview_texts(at)
    assert not at.container("preview").success

    at.text_input(key=PREVIEW_INPUT).input("Ada")
    preview_button(at).click().run()
    assert "The form sent: Ada" in preview_texts(at)
    assert at.container("preview").success


def test_a_form_submit_button_without_its_form_is_refused_when_pasted():
    at = start()
    submit_code(at, 'import streamlit as st\nst.form_submit_button("Send")\n')
    errors = [shown(error) for error in at.container("code").error]
    assert any("must sit inside `with st.form(...):`" in error for error in errors)
    # The twin: inside a form it is read, the form's key with it.
    submit_code(
        at,
        'import streamlit as st\nwith st.form("survey", border=False):\n'
        '    st.form_submit_button("Send")\n',
    )
    cfg = shown_config(at)
    assert (cfg.kind, cfg.get("form_key"), cfg.get("border")) == (
        "form_submit_button",
        "survey",
        False,
    )


# --- the classic mistake: a button inside st.form ---------------------------


def preview_errors(at) -> list[str]:
    return [shown(error) for error in at.container("preview").error]


@pytest.mark.parametrize(
    "kind", [name for name, kind in KINDS.items() if kind.refused_in_form]
)
def test_a_widget_put_inside_a_form_shows_streamlits_refusal_and_the_fix(kind):
    at = switch_to(start(), kind)
    at.toggle(key=PREVIEW_IN_FORM).set_value(True).run()

    # Streamlit's own words, as a sentence: no traceback anywhere.
    (error,) = preview_errors(at)
    assert f"`st.{kind}()` can't be used in an `st.form()`" in error
    assert not at.exception
    # The fix, one click away: the form's own button, the label kept.
    label = shown_config(at).label
    at.button(key=PREVIEW_FORM_FIX).click().run()
    assert (shown_config(at).kind, shown_config(at).label) == (
        "form_submit_button",
        label,
    )
    assert not preview_errors(at) and not drawn(at, PREVIEW_IN_FORM)


@pytest.mark.parametrize(
    "kind", [name for name, kind in KINDS.items() if kind.refused_in_form]
)
def test_a_widget_left_outside_a_form_shows_no_refusal_and_no_fix(kind):
    at = switch_to(start(), kind)
    assert drawn(at, PREVIEW_IN_FORM) and not at.toggle(key=PREVIEW_IN_FORM).value
    assert not preview_errors(at) and not drawn(at, PREVIEW_FORM_FIX)


@pytest.mark.parametrize(
    "kind", [name for name, kind in KINDS.items() if not kind.refused_in_form]
)
def test_a_widget_a_form_takes_offers_no_classic_mistake(kind):
    at = switch_to(start(), kind)
    assert not drawn(at, PREVIEW_IN_FORM) and not drawn(at, PREVIEW_FORM_FIX)


def test_a_button_pasted_inside_a_form_is_refused_with_the_fix_named():
    at = start()
    submit_code(at, 'import streamlit as st\nwith st.form("f"):\n    st.button("Go")\n')
    errors = [shown(error) for error in at.container("code").error]
    assert any(
        "can't be used inside st.form" in e and "st.form_submit_button" in e
        for e in errors
    )
    assert shown_config(at).label != "Go"
    # The twin: outside the form the same call is read.
    submit_code(at, 'import streamlit as st\nst.button("Go")\n')
    assert shown_config(at).label == "Go"


# --- a page link: an element that opens a page, no widget ----------------------


def page_link_at(page: str, label: str = "Settings"):
    at = switch_to(start(), "page_link")
    at.get_by_key(control_key("label")).set_value(label)
    at.get_by_key(control_key("page")).set_value(page)
    return at.run()


def test_a_page_link_to_a_web_address_links_there_and_says_it_takes_no_on_click():
    at = page_link_at("https://streamlit.io", "Streamlit")
    link = preview_button(at).proto
    assert (link.page, link.label, link.external) == (
        "https://streamlit.io",
        "Streamlit",
        True,
    )
    caption = shown(only(at.container("preview").caption))
    assert "`st.page_link` returned its element, not a value" in caption
    assert "takes no on_click" in caption
    assert 'st.page_link("https://streamlit.io", label="Streamlit")' in (
        displayed_code(at)
    )
    assert "It takes no on_click" in run_story.explain(logged(at)[-1])


def test_a_page_file_is_written_in_the_code_and_previewed_by_a_stand_in_that_says_why():
    at = page_link_at("pages/settings.py")
    assert 'st.page_link("pages/settings.py", label="Settings")' in displayed_code(at)
    assert preview_button(at).proto.page == MULTIPAGE_DOCS
    captions = [shown(caption) for caption in at.container("preview").caption]
    assert any("`pages/settings.py` is a page of your app" in text for text in captions)


def test_a_web_address_needs_no_stand_in():
    """The twin: the preview links to the address itself, with no word of a stand-in."""
    at = page_link_at("https://streamlit.io")
    assert preview_button(at).proto.page == "https://streamlit.io"
    assert not any(
        "stand" in shown(caption) or "page of your app" in shown(caption)
        for caption in at.container("preview").caption
    )


@pytest.mark.parametrize(
    "page",
    [
        "../secrets.py",
        "javascript:alert(1)",
        "settings",
        "settings.py",
        "pages/sub/x.py",
        "./pages/a.py",
    ],
)
def test_a_page_outside_the_app_or_not_a_web_page_is_refused_at_its_box(page):
    at = page_link_at("https://streamlit.io")
    at.get_by_key(control_key("page")).set_value(page).run()
    assert "`page`" in shown(message_at(at, control_key("page")))
    assert at.get_by_key(control_key("page")).value == page
    assert preview_button(at).proto.page == "https://streamlit.io"


@pytest.mark.parametrize("page", ["https://streamlit.io", "pages/settings.py"])
def test_an_empty_label_is_refused_at_the_label_whatever_the_page(page):
    at = page_link_at(page)
    at.get_by_key(control_key("label")).set_value(" ").run()
    assert "`label` is empty" in shown(message_at(at, control_key("label")))


def test_pasted_code_that_leaves_out_the_label_is_refused_naming_it():
    """Streamlit would show the page's title, which the playground can't know."""
    at = switch_to(start(), "page_link")
    submit_code(at, 'import streamlit as st\nst.page_link("pages/settings.py")\n')
    assert "`label` is left out" in shown(only(at.container("code").error))


def test_pasted_code_with_a_label_is_read():
    """The twin: the same call with its label sets the controls."""
    at = switch_to(start(), "page_link")
    code = 'import streamlit as st\nst.page_link("pages/settings.py", label="Go")\n'
    submit_code(at, code)
    assert (shown_config(at).get("page"), shown_config(at).label) == (
        "pages/settings.py",
        "Go",
    )


def test_the_compare_panel_says_a_page_link_has_no_types():
    at = switch_to(start(), "page_link")
    text = shown(only(at.container(COMPARE).caption))
    assert "`st.page_link` takes no `type`" in text


@pytest.mark.parametrize(
    "kind", [k for k in KINDS.values() if k.takes("type")], ids=lambda k: k.name
)
def test_the_compare_panel_draws_the_kind_itself_in_each_type_enabled_and_disabled(
    kind,
):
    at = open_panels(start(), COMPARE_OPEN)
    at = switch_to(at, kind.name)
    for button_type in BUTTON_TYPES:
        cell = at.container(cell_key(button_type, "main"))
        enabled, disabled = sorted(
            widgets_of(cell, kind.name), key=lambda w: w.proto.disabled
        )
        assert enabled.proto.type == disabled.proto.type == button_type
        assert (enabled.proto.disabled, disabled.proto.disabled) == (False, True)


def test_the_compare_panel_offers_the_types_of_a_kind_that_has_them():
    """The twin: st.button's panel is there to open, and says nothing of no types."""
    at = start()
    assert at.get_by_key(COMPARE_OPEN) is not None
    assert not any("takes no `type`" in shown(c) for c in at.caption)
