"""st.download_button and st.link_button in Chromium: the real widgets, what a click does.

Proves, in the browser, what AppTest can't see of the two new kinds: each kind
draws its own widget (test id, type, icon); a download saves the name, bytes
and media type the code gives, eager or deferred, and a payload of HTML as
bytes that nothing renders; a click reruns the app (one run in the log) or,
under on_click="ignore", runs nothing while the log says why; a link opens
its URL in a new tab; a url that could run script (javascript:, data:) is
refused from a share link and from the box, and its link runs nothing; a kind
switch warns of exactly what it dropped. Every check has its twin: the same
detector seeing the opposite case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote, urlencode

import pytest
from playwright.sync_api import Page, Route, expect

from components.core.keys import (
    CHOOSER_OPEN,
    LINK_NOTICE,
    PREVIEW,
    PREVIEW_FORM_FIX,
    PREVIEW_IN_FORM,
    PREVIEW_INPUT,
    chooser_use_key,
)
from components.core.kinds import KINDS, MULTIPAGE_DOCS
from components.core.run_story import IGNORED, KEPT_NO_STATE, NO_ON_CLICK
from components.core.snippet_parser import parse_snippet
from tests.support.browser import (
    MENU_BODY,
    MENU_CHEVRON,
    POPOVER_BODY,
    choose,
    click,
    control,
    copied_code,
    download,
    flip,
    keyed,
    keyed_button,
    latest_sentence,
    logged_runs,
    message_under,
    open_panel,
    open_playground,
    preview_button,
    preview_of_type,
    preview_widget,
    record_dialogs,
    rerun,
    runs_finished,
    runs_nothing,
    served_type,
    type_text,
    typed_selector,
)

DOWNLOAD = KINDS["download_button"]
LINK = KINDS["link_button"]
FORM = KINDS["form_submit_button"]
PAGE_LINK = KINDS["page_link"]
MENU_BUTTON = KINDS["menu_button"]
POPOVER = KINDS["popover"]
POPOVER_TEXT = POPOVER.contents.text
DEFAULT_DATA = DOWNLOAD.argument("data").start
DEFAULT_URL = LINK.argument("url").start
DATA = "city,visits\nOslo,4\nLima,7\n"
HTML = "<script>alert(1)</script><b>x</b>"
IGNORE_SENTENCE = IGNORED.strip()
# Share links whose url would run script if it reached the link's href.
SCRIPT_URLS = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
]


@pytest.fixture
def health_url(playground_url: str) -> str:
    """An address on the test's own server, for a link to open: there is no internet."""
    return f"{playground_url}/_stcore/health"


@pytest.fixture
def docs_stub(blank_page: Page) -> Iterator[None]:
    """The default link's site, answered locally for every page of the context
    (a popup too), so its tab loads at its own address."""

    def answer(route: Route) -> None:
        route.fulfill(body="docs", content_type="text/plain")

    blank_page.context.route(f"{DEFAULT_URL}/**", answer)
    yield


def share_link(playground_url: str, **parameters: str) -> str:
    # %20 for a space, as a browser writes one: not urlencode's "+".
    return f"{playground_url}/?{urlencode(parameters, quote_via=quote)}"


def rendered(page: Page) -> int:
    """How many of the HTML payload's elements (its script, its bold x) any
    frame of the page holds: read from the DOM, as a script's text is no text
    a locator matches."""
    return sum(frame.evaluate(_PAYLOAD_ELEMENTS) for frame in page.frames)


_PAYLOAD_ELEMENTS = """() =>
    [...document.querySelectorAll('script')]
        .filter(script => script.textContent.includes('alert(1)')).length
    + [...document.querySelectorAll('b')]
        .filter(bold => bold.textContent === 'x').length"""


# --- 1. each kind draws its own widget ------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_draws_its_own_widget_with_its_type_and_icon(page: Page, kind: str):
    """Its type where it takes one (a page link has none: one look)."""
    typed = KINDS[kind].takes("type")
    choose(page, "kind", KINDS[kind].call_name)

    widget = preview_widget(page, kind)
    expect(widget).to_have_count(1)
    for other in set(KINDS) - {kind}:
        expect(preview_widget(page, other)).to_have_count(0)
    expect(widget.locator(typed_selector(kind, "secondary"))).to_be_visible()
    expect(preview_of_type(page, "primary")).to_have_count(0)
    icon = widget.get_by_test_id("stIconMaterial").filter(has_not_text=MENU_CHEVRON)
    expect(icon).to_have_count(0)

    if typed:
        choose(page, "type", "primary")
    type_text(page, "icon", ":material/thumb_up:")

    clicked = widget.locator(typed_selector(kind, "primary" if typed else ""))
    expect(clicked).to_be_visible()
    if typed:
        expect(preview_of_type(page, "secondary")).to_have_count(0)
    expect(icon).to_have_text("thumb_up")


# --- 2. a download saves what the code gives ------------------------------------


@pytest.mark.parametrize("deferred", [False, True], ids=["eager", "deferred"])
def test_a_download_saves_the_name_bytes_and_type_the_code_gives(
    page: Page, deferred: bool
):
    choose(page, "kind", DOWNLOAD.call_name)
    type_text(page, "data", DATA)
    type_text(page, "file_name", "visits.csv")
    type_text(page, "mime", "text/csv")
    if deferred:
        flip(page, "deferred")
    code = parse_snippet(copied_code(page))
    assert (code.kind, code.get("deferred")) == (DOWNLOAD.name, deferred)
    assert [code.get(name) for name in ("data", "file_name", "mime")] == [
        DATA,
        "visits.csv",
        "text/csv",
    ]

    saved = download(page, preview_button(page))

    assert saved.suggested_filename == code.get("file_name")
    assert saved.path().read_bytes() == code.get("data").encode()
    assert served_type(page, saved).split(";")[0] == code.get("mime")


def test_changing_the_data_changes_the_downloaded_bytes(page: Page):
    """The twin: the bytes follow the data box, not a file made once."""
    choose(page, "kind", DOWNLOAD.call_name)
    first = download(page, preview_button(page)).path().read_bytes()

    type_text(page, "data", DATA)
    second = download(page, preview_button(page)).path().read_bytes()

    assert first == DEFAULT_DATA.encode()
    assert second == DATA.encode()


def test_html_in_the_data_downloads_as_its_bytes_and_nothing_renders_it(page: Page):
    dialogs = record_dialogs(page)
    choose(page, "kind", DOWNLOAD.call_name)
    type_text(page, "data", HTML)
    expect(control(page, "data").locator("textarea")).to_have_value(HTML)

    saved = download(page, preview_button(page))

    assert saved.path().read_bytes() == HTML.encode()
    assert served_type(page, saved).startswith("text/plain")
    assert rendered(page) == 0
    assert page.context.pages == [page]
    assert dialogs == []


def test_the_detectors_catch_a_dialog_a_popups_dialog_and_a_rendered_payload(
    page: Page,
):
    """The twin of the check above: what it looks for is seen when it happens."""
    dialogs = record_dialogs(page)
    assert rendered(page) == 0

    page.evaluate("html => document.body.insertAdjacentHTML('beforeend', html)", HTML)
    page.evaluate("() => alert('on the page')")
    with page.expect_popup() as popup:
        page.evaluate("() => { window.open('about:blank'); }")
    popup.value.evaluate("() => alert('in the popup')")

    assert rendered(page) == 2
    assert dialogs == ["on the page", "in the popup"]


# --- 3. what a download click does to the log -----------------------------------


def test_a_download_click_adds_one_run_where_the_widget_returned_true(page: Page):
    choose(page, "kind", DOWNLOAD.call_name)
    runs, logged = runs_finished(page), logged_runs(page)
    assert "st.download_button returned False" in latest_sentence(page)

    saved = download(page, preview_button(page))

    assert saved.path().read_bytes() == DEFAULT_DATA.encode()
    assert (runs_finished(page), logged_runs(page)) == (runs + 1, logged + 1)
    sentence = latest_sentence(page)
    assert "You clicked" in sentence, sentence
    assert "st.download_button returned True" in sentence, sentence
    assert IGNORE_SENTENCE not in sentence


@pytest.mark.parametrize("deferred", [False, True], ids=["eager", "deferred"])
def test_a_download_click_under_ignore_saves_the_file_and_adds_no_run(
    page: Page, deferred: bool
):
    choose(page, "kind", DOWNLOAD.call_name)
    if deferred:
        flip(page, "deferred")
    assert IGNORE_SENTENCE not in latest_sentence(page)
    choose(page, "mode", DOWNLOAD.mode_title("ignore"))
    assert IGNORE_SENTENCE in latest_sentence(page)

    with runs_nothing(page):
        saved = download(page, preview_button(page), reruns=False)

    assert saved.path().read_bytes() == DEFAULT_DATA.encode()
    assert IGNORE_SENTENCE in latest_sentence(page)


# --- 4. a link opens its URL in a new tab ----------------------------------------


def test_a_link_opens_its_url_in_a_new_tab_and_runs_nothing_under_ignore(
    page: Page, health_url: str
):
    choose(page, "kind", LINK.call_name)
    type_text(page, "url", health_url)
    assert LINK.default_mode == "ignore"
    ignore = control(page, "mode").get_by_role("radio", name=LINK.mode_title("ignore"))
    expect(ignore).to_be_checked()

    with runs_nothing(page):
        with page.expect_popup() as popup:
            preview_button(page).click()

    assert popup.value.url == health_url
    assert IGNORE_SENTENCE in latest_sentence(page)


@pytest.mark.parametrize("mode", ["plain", "callback"])
def test_a_link_in_a_rerun_mode_opens_the_tab_and_logs_one_run(
    page: Page, health_url: str, mode: str
):
    """The twin: the same click, with on_click rerun or a callback, reruns once."""
    choose(page, "kind", LINK.call_name)
    type_text(page, "url", health_url)
    choose(page, "mode", LINK.mode_title(mode))
    runs, logged = runs_finished(page), logged_runs(page)

    with page.expect_popup() as popup:
        click(page, preview_button(page))

    assert popup.value.url == health_url
    assert (runs_finished(page), logged_runs(page)) == (runs + 1, logged + 1)
    sentence = latest_sentence(page)
    assert "st.link_button returned True" in sentence, sentence
    assert IGNORE_SENTENCE not in sentence


def test_a_page_link_opens_its_web_page_in_a_new_tab_and_runs_nothing(
    page: Page, health_url: str
):
    choose(page, "kind", PAGE_LINK.call_name)
    type_text(page, "page", health_url)
    expect(preview_button(page)).to_have_attribute("href", health_url)

    with runs_nothing(page):
        with page.expect_popup() as popup:
            preview_button(page).click()

    assert popup.value.url == health_url
    sentence = latest_sentence(page)
    assert NO_ON_CLICK.strip() in sentence and IGNORE_SENTENCE not in sentence


def test_a_page_file_is_previewed_by_a_link_to_the_multipage_docs_that_says_why(
    page: Page,
):
    """The twin: a page of the user's app is not the playground's; the code keeps it."""
    choose(page, "kind", PAGE_LINK.call_name)
    type_text(page, "page", "pages/settings.py")
    expect(preview_button(page)).to_have_attribute("href", MULTIPAGE_DOCS)
    expect(keyed(page, "preview")).to_contain_text("is a page of your app")
    assert 'st.page_link("pages/settings.py"' in copied_code(page)


def test_a_menu_choice_is_returned_on_its_run_only_and_an_unchosen_menu_runs_nothing(
    page: Page,
):
    """A click on an option reruns the app once, and the call returns that
    option on that run only; the twin: opening and closing the menu without
    choosing runs nothing."""
    choose(page, "kind", MENU_BUTTON.call_name)
    before = logged_runs(page)
    with runs_nothing(page):
        preview_button(page).click()
        expect(page.get_by_test_id(MENU_BODY)).to_be_visible()
        page.keyboard.press("Escape")
        expect(page.get_by_test_id(MENU_BODY)).to_have_count(0)

    preview_button(page).click()
    click(page, page.get_by_test_id(MENU_BODY).get_by_role("menuitem", name="JSON"))

    assert logged_runs(page) == before + 2  # the check's own run, and the choice's
    sentence = latest_sentence(page)
    assert "You clicked" in sentence and "st.menu_button returned 'JSON'" in sentence
    assert "On the next rerun it returns None" in sentence
    expect(keyed(page, PREVIEW)).to_contain_text("returned 'JSON' on this run")
    type_text(page, "help", "Export the table")
    assert "st.menu_button returned None" in latest_sentence(page)
    expect(keyed(page, PREVIEW)).to_contain_text("returned None on this run")


def test_a_popover_opens_and_closes_showing_its_content_and_runs_nothing_under_ignore(
    page: Page,
):
    choose(page, "kind", POPOVER.call_name)
    assert POPOVER.default_mode == "ignore"
    body = page.get_by_test_id(POPOVER_BODY)

    with runs_nothing(page):
        preview_button(page).click()
        expect(body).to_contain_text(POPOVER_TEXT)
        page.keyboard.press("Escape")
        expect(body).to_have_count(0)

    sentence = latest_sentence(page)
    assert KEPT_NO_STATE.format(trigger="on_change").strip() in sentence, sentence
    assert "st.popover's .open was None" in sentence, sentence


@pytest.mark.parametrize("mode", ["plain", "callback"])
def test_a_popover_that_keeps_state_logs_a_run_for_opening_and_one_for_closing(
    page: Page, mode: str
):
    """The twin: with on_change "rerun" or a callback, opening reruns the app
    once with .open True, which stays; closing reruns it once with False."""
    choose(page, "kind", POPOVER.call_name)
    choose(page, "mode", POPOVER.mode_title(mode))
    body = page.get_by_test_id(POPOVER_BODY)
    logged = logged_runs(page)

    click(page, preview_button(page))

    expect(body).to_contain_text(POPOVER_TEXT)
    assert logged_runs(page) == logged + 1
    sentence = latest_sentence(page)
    assert (
        "You opened the popover" in sentence
        and "st.popover's .open was True" in sentence
    )
    assert "It stays True on every rerun until it is opened or closed" in sentence
    expect(keyed(page, PREVIEW)).to_contain_text("The popover is open: True")

    with rerun(page):
        page.keyboard.press("Escape")

    expect(body).to_have_count(0)
    assert logged_runs(page) == logged + 2
    sentence = latest_sentence(page)
    assert (
        "You closed the popover" in sentence
        and "st.popover's .open was False" in sentence
    )
    expect(keyed(page, PREVIEW)).to_contain_text("The popover is open: False")


# --- 5. a url that could run script is refused -----------------------------------


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_a_share_link_with_a_script_url_is_refused_and_its_link_runs_nothing(
    blank_page: Page, playground_url: str, docs_stub: None, url: str
):
    page = blank_page
    dialogs = record_dialogs(page)
    open_playground(page, share_link(playground_url, kind=LINK.name, url=url))

    expect(keyed(page, LINK_NOTICE)).to_contain_text(re.compile(r"\burl\b"))
    expect(preview_widget(page, LINK.name)).to_have_count(1)
    expect(preview_button(page)).to_have_attribute("href", DEFAULT_URL)
    with runs_nothing(page):
        with page.expect_popup() as popup:
            preview_button(page).click()
    popup.value.wait_for_load_state()

    assert popup.value.url.rstrip("/") == DEFAULT_URL
    assert not popup.value.url.lower().startswith(("javascript:", "data:"))
    assert dialogs == []


def test_a_share_link_with_an_https_url_keeps_it_in_the_link(
    blank_page: Page, playground_url: str
):
    """The twin: a safe url from a share link reaches the preview's href."""
    url = "https://streamlit.io"
    open_playground(blank_page, share_link(playground_url, kind=LINK.name, url=url))

    expect(preview_button(blank_page)).to_have_attribute("href", url)
    expect(keyed(blank_page, LINK_NOTICE)).to_have_count(0)


def test_a_script_url_typed_into_the_box_is_refused_there_and_the_link_keeps_the_last(
    page: Page, health_url: str
):
    dialogs = record_dialogs(page)
    choose(page, "kind", LINK.call_name)
    type_text(page, "url", health_url)
    # The twin: a valid url typed reaches the link, with no message.
    expect(preview_button(page)).to_have_attribute("href", health_url)
    expect(message_under(page, "url")).to_have_count(0)

    type_text(page, "url", "javascript:alert(1)")

    expect(message_under(page, "url")).to_contain_text("only http, https and mailto")
    expect(control(page, "url").locator("input")).to_have_value("javascript:alert(1)")
    expect(preview_button(page)).to_have_attribute("href", health_url)
    with runs_nothing(page):
        with page.expect_popup() as popup:
            preview_button(page).click()
    assert popup.value.url == health_url
    assert dialogs == []


# --- 6. a kind switch warns of what it dropped -----------------------------------


def test_switching_to_a_kind_that_takes_no_url_warns_naming_it_and_keeps_the_rest(
    page: Page,
):
    choose(page, "kind", LINK.call_name)
    type_text(page, "label", "Open it")
    type_text(page, "url", "https://streamlit.io/dropped")

    choose(page, "kind", KINDS["button"].call_name)

    warning = message_under(page, "kind")
    expect(warning).to_contain_text("takes no url 'https://streamlit.io/dropped'")
    # Nothing else was set: the link's default mode is not a choice it dropped.
    expect(warning).not_to_contain_text("mode")
    expect(preview_widget(page, "button")).to_have_text("Open it")


@pytest.mark.parametrize("kind", KINDS)
def test_switching_from_a_kind_with_nothing_of_its_own_set_warns_of_nothing(
    blank_page: Page, playground_url: str, kind: str
):
    """The twin: to every other kind and back, nothing was set, nothing is said."""
    page = blank_page
    open_playground(page, share_link(playground_url, kind=kind))
    for other in set(KINDS) - {kind}:
        for shown in (other, kind):
            choose(page, "kind", KINDS[shown].call_name)
            expect(preview_widget(page, shown)).to_have_count(1)
            expect(message_under(page, "kind")).to_have_count(0)


# --- 7. the chooser switches the playground ---------------------------------------


def test_the_chooser_switches_the_playground_to_the_widget_it_answers(page: Page):
    open_panel(page, CHOOSER_OPEN)
    use_link = keyed_button(page, chooser_use_key("link_button"))
    use_button = keyed_button(page, chooser_use_key("button"))
    expect(use_button).to_be_disabled()  # the kind shown already

    click(page, use_link)

    expect(preview_widget(page, "link_button")).to_have_count(1)
    expect(preview_widget(page, "button")).to_have_count(0)
    expect(use_link).to_be_disabled()
    expect(use_button).to_be_enabled()


# --- 6. a form batches its input; the classic mistake ----------------------------


def form_input(page: Page):
    return keyed(page, PREVIEW_INPUT).locator("input")


@pytest.mark.parametrize("mode", ["plain", "callback"])
def test_typing_in_the_form_runs_nothing_and_the_submit_sends_the_value_once(
    page: Page, mode: str
):
    choose(page, "kind", FORM.call_name)
    choose(page, "mode", FORM.mode_title(mode))
    sent = keyed(page, PREVIEW).get_by_text("The form sent:")
    expect(sent).not_to_contain_text("Ada")

    with runs_nothing(page):
        form_input(page).fill("Ada")
        form_input(page).press("Tab")
    expect(sent).not_to_contain_text("Ada")

    runs, logged = runs_finished(page), logged_runs(page)
    click(page, preview_button(page))

    expect(sent).to_contain_text("Ada")
    assert (runs_finished(page), logged_runs(page)) == (runs + 1, logged + 1)
    sentence = latest_sentence(page)
    assert "st.form_submit_button returned True" in sentence, sentence
    # A callback runs before the script, as for any button; without one, none.
    assert ("the callback ran first" in sentence) is (mode == "callback"), sentence


@pytest.mark.parametrize("enter_submits", [True, False], ids=["enter", "no_enter"])
def test_enter_in_the_forms_input_submits_exactly_when_enter_to_submit_is_on(
    page: Page, enter_submits: bool
):
    choose(page, "kind", FORM.call_name)
    if not enter_submits:
        flip(page, "enter_to_submit")
    sent = keyed(page, PREVIEW).get_by_text("The form sent:")

    form_input(page).fill("Ada")
    if enter_submits:
        with rerun(page):
            form_input(page).press("Enter")
        expect(sent).to_contain_text("Ada")
    else:
        with runs_nothing(page):
            form_input(page).press("Enter")
        expect(sent).not_to_contain_text("Ada")


def test_a_button_put_inside_a_form_shows_streamlits_refusal_and_the_fix_works(
    page: Page,
):
    refusal = keyed(page, PREVIEW).get_by_test_id("stAlert")
    expect(refusal).to_have_count(0)

    click(page, keyed(page, PREVIEW_IN_FORM).locator("label"))

    expect(refusal).to_contain_text("st.button() can't be used in an st.form()")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    click(page, keyed_button(page, PREVIEW_FORM_FIX))
    expect(preview_widget(page, "form_submit_button")).to_have_count(1)
    expect(preview_widget(page, "button")).to_have_count(0)
    expect(refusal).to_have_count(0)
    expect(keyed(page, PREVIEW_IN_FORM)).to_have_count(0)
