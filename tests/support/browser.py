"""Drive the served playground in Chromium the way a user would, finding widgets by key.

Streamlit gives each keyed element the class ``st-key-<key>``; every locator
here starts from one. Each action commits its value the way the widget does
(Enter for a text input, Ctrl+Enter for a text area) and returns once the
rerun it started has finished: until then the page can hold the previous
run's elements beside the new ones. Panels drawn only while open
(``components.ui.lazy``) are opened with ``open_panel``. Every element the
server sends a page (a delta) is kept, with where it goes, for the tests that
check what a run redrew (``deltas_sent``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from playwright.sync_api import (
    Dialog,
    Download,
    FrameLocator,
    Locator,
    Page,
    WebSocket,
    expect,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from components.core.keys import (
    COMPARE_SIDEBAR,
    COMPARE_SIDEBAR_OPEN,
    LOG_LATEST,
    LOG_TIMELINE,
    LOG_TIMELINE_CHART,
    PRESET_PICK,
    PREVIEW,
    RESET_APP_STATE,
    RESET_PICK,
    WIDTH_PX,
    control_key,
    field_key,
)
from components.ui.compare_panel import button_key
from tests.support.chromium import ends_a_run

RERUN_TIMEOUT_MS = 15_000
expect.set_options(timeout=RERUN_TIMEOUT_MS)

# Script runs each page has seen finish, counted from Streamlit's own
# "script_finished" message on the websocket: the one signal no run can skip.
_finished_runs: WeakKeyDictionary[Page, int] = WeakKeyDictionary()
_NOTHING_STALE = "() => !document.querySelector(\"[data-stale='true']\")"


@dataclass(frozen=True)
class Delta:
    """One element or block the server sent, and where on the page it goes."""

    path: tuple[int, ...]  # metadata.delta_path: 0 the main area, 1 the sidebar
    kind: str  # the element's type (``button``…) or the block's (``column``…)
    block_id: str  # a keyed block's id, ``$$ID-<hash>-<key>``; else ""
    fragment_id: str  # the st.fragment that drew it, or ""

    def is_block_keyed(self, key: str) -> bool:
        return self.block_id.endswith(f"-{key}")

    def is_under(self, path: tuple[int, ...]) -> bool:
        return self.path[: len(path)] == path


# Every delta each page has received, in order.
_deltas: WeakKeyDictionary[Page, list[Delta]] = WeakKeyDictionary()


def open_playground(page: Page, url: str) -> None:
    _finished_runs[page] = 0
    _deltas[page] = []
    page.on("websocket", lambda socket: _count_finished_runs(page, socket))
    with rerun(page):
        page.goto(url)
    # A row shows several: the first is drawn with the others.
    expect(preview_button(page).first).to_be_visible()
    # Each widget is drawn once its chunk of Streamlit's code has loaded, a
    # skeleton until then: on a server's first page the sidebar settles about
    # a second after the preview, and moves what a test would click.
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)


@contextmanager
def rerun(page: Page) -> Iterator[None]:
    """Wait, after the body's action, until the script run it started has finished
    and the page has dropped the elements that run did not draw again."""
    before = _finished_runs[page]
    yield
    deadline = time.monotonic() + RERUN_TIMEOUT_MS / 1000
    while _finished_runs[page] <= before:
        if time.monotonic() > deadline:
            raise AssertionError(f"no script run finished within {RERUN_TIMEOUT_MS} ms")
        page.wait_for_timeout(20)  # lets Playwright deliver the socket's frames
    page.wait_for_function(_NOTHING_STALE, timeout=RERUN_TIMEOUT_MS)


def runs_finished(page: Page) -> int:
    """How many script runs the page has seen finish, by Streamlit's own signal."""
    return _finished_runs[page]


@contextmanager
def runs_nothing(page: Page) -> Iterator[None]:
    """Check that the body's action starts no script run.

    No wait can show a message that never comes, so a run is asked for after
    the body, by the preview's "Restart the app's state" button, and must be
    the one run that finishes and the log's latest. The socket delivers in
    order, so a run the body started shows: it finishes first (one run too
    many, or the run taken for the check's, which the log then names as
    something else) or is folded into the check's (which then reports the
    widget's click: returned True).
    """
    before, logged = _finished_runs[page], logged_runs(page)
    yield
    click(page, keyed_button(page, RESET_APP_STATE))
    extra = _finished_runs[page] - before - 1
    assert extra == 0, f"{extra} run(s) finished besides the check's own"
    assert logged_runs(page) == logged + 1, "the log counts a run besides the check's"
    sentence = latest_sentence(page)
    assert (
        "You restarted the app's session state" in sentence
    ), f"the latest run is not the check's own: {sentence}"
    assert "returned True" not in sentence, f"the check's run got a click: {sentence}"


@contextmanager
def deltas_sent(page: Page) -> Iterator[list[Delta]]:
    """The deltas the run the body starts sends, in order, once it has finished
    (as ``rerun``)."""
    sent: list[Delta] = []
    first = len(_deltas[page])
    with rerun(page):
        yield sent
    sent.extend(_deltas[page][first:])


def column_holding(page: Page, key: str) -> tuple[int, ...]:
    """The delta path of the column that holds the block keyed ``key``, as drawn last."""
    deltas = _deltas[page]
    block = next(d for d in reversed(deltas) if d.is_block_keyed(key))
    columns = [d.path for d in deltas if d.kind == "column" and block.is_under(d.path)]
    assert columns, f"{key} is in no column"
    return max(columns, key=len)


def _count_finished_runs(page: Page, socket: WebSocket) -> None:
    def on_frame(payload: bytes | str) -> None:
        if ends_a_run(payload):
            _finished_runs[page] += 1
        elif isinstance(payload, bytes):
            _keep_delta(page, ForwardMsg.FromString(payload))

    socket.on("framereceived", on_frame)


def _keep_delta(page: Page, message: ForwardMsg) -> None:
    if message.WhichOneof("type") != "delta":
        return
    delta = message.delta
    kind = delta.WhichOneof("type")
    if kind == "new_element":
        kind, block_id = delta.new_element.WhichOneof("type"), ""
    elif kind == "add_block":
        kind, block_id = delta.add_block.WhichOneof("type"), delta.add_block.id
    else:
        block_id = ""
    _deltas[page].append(
        Delta(tuple(message.metadata.delta_path), kind, block_id, delta.fragment_id)
    )


def keyed(page: Page, key: str) -> Locator:
    return page.locator(f".st-key-{key}")


def keyed_button(page: Page, key: str) -> Locator:
    """The visible button keyed ``key`` (one with help is drawn twice, once hidden)."""
    return keyed(page, key).locator("button").filter(visible=True)


def control(page: Page, field_name: str) -> Locator:
    return keyed(page, control_key(field_name))


def preview_button(page: Page) -> Locator:
    """The preview's widget, of any kind: a button, a link drawn as one, or a
    page link (which has no type)."""
    link = keyed(page, PREVIEW).get_by_test_id(PAGE_LINK_ANCHOR)
    return preview_of_type(page, "").or_(link.filter(visible=True))


def preview_of_type(page: Page, button_type: str) -> Locator:
    """The preview's visible widget whose test id ends in the type ("" for any):
    ``stBaseButton-<type>`` for a button or a download, ``stBaseLinkButton-<type>``
    for a link, a menu's or popover's button with its type as its ``kind``.

    A button with help is drawn twice, once hidden: Streamlit measures the copy.
    """
    buttons = keyed(page, PREVIEW).locator(
        f"[data-testid^='stBaseButton-{button_type}'],"
        f"[data-testid^='stBaseLinkButton-{button_type}'],"
        f"{_opener_of_type(MENU_BUTTON_BUTTON, button_type)},"
        f"{_opener_of_type(POPOVER_BUTTON, button_type)}"
    )
    return buttons.filter(visible=True)


def widget_test_id(kind_name: str) -> str:
    """The test id of a kind's outer element: ``stDownloadButton`` for download_button."""
    return "st" + "".join(word.capitalize() for word in kind_name.split("_"))


# A page link's <a>: one look, no type.
PAGE_LINK_ANCHOR = "stPageLink-NavLink"
# A menu's button, and the menu it opens (outside the preview, in a portal).
MENU_BUTTON_BUTTON = "stMenuButtonButton"
MENU_BODY = "stMenuButtonBody"
POPOVER_BUTTON = "stPopoverButton"
# Drawn in a layer of its own, outside the preview's element.
POPOVER_BODY = "stPopoverBody"
# The chevron a menu's or popover's button draws after its label: no icon of
# the user's.
MENU_CHEVRON = "expand_more"


def _opener_of_type(test_id: str, button_type: str) -> str:
    """A menu's or popover's button of a type ("" for any): the type is its
    ``kind`` attribute (CSS's ``^=''`` matches nothing, so any type is ``[kind]``)."""
    typed = f"[kind^='{button_type}']" if button_type else "[kind]"
    return f"[data-testid='{test_id}']{typed}"


def typed_selector(kind_name: str, button_type: str) -> str:
    """The selector of a kind's clickable element of a type: a link is an ``<a>``,
    ``stBaseLinkButton-primary``; a menu's or popover's button carries its
    type as an attribute (``kind="primary"``); the others are ``stBaseButton-primary``, and
    a form's ``stBaseButton-primaryFormSubmit``.
    """
    if kind_name == "menu_button":
        return _opener_of_type(MENU_BUTTON_BUTTON, button_type)
    if kind_name == "popover":
        return _opener_of_type(POPOVER_BUTTON, button_type)
    if kind_name == "link_button":
        return f"[data-testid='stBaseLinkButton-{button_type}']"
    if kind_name == "page_link":
        return f"[data-testid='{PAGE_LINK_ANCHOR}']"
    if kind_name == "form_submit_button":
        return f"[data-testid='stBaseButton-{button_type}FormSubmit']"
    return f"[data-testid='stBaseButton-{button_type}']"


def preview_widget(page: Page, kind_name: str) -> Locator:
    """The preview's outer element of the kind named (``stLinkButton``…)."""
    return keyed(page, PREVIEW).get_by_test_id(widget_test_id(kind_name))


def download(page: Page, target: Locator, reruns: bool = True) -> Download:
    """Click ``target`` and return the download it starts, once it is saved;
    when the click ``reruns``, once that run has finished too."""
    with page.expect_download() as started:
        if reruns:
            click(page, target)
        else:
            target.click()
    started.value.path()  # waits until the file is saved
    return started.value


def served_type(page: Page, saved: Download) -> str:
    """The media type the server gives the downloaded file, as the browser got it."""
    return page.request.get(saved.url).headers["content-type"]


def record_dialogs(page: Page) -> list[str]:
    """Every dialog (alert, confirm, prompt) the page, or any page its context
    opens later (a popup), shows from now on: each dismissed, its message kept."""
    opened: list[str] = []

    def record(dialog: Dialog) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    page.context.on("page", lambda popup: popup.on("dialog", record))
    return opened


def copied_code(page: Page) -> str:
    """What the editor shows, as its Copy button puts it on the clipboard."""
    page.evaluate("navigator.clipboard.writeText('sentinel')")
    copy_button(page).click()
    page.wait_for_function(
        "() => navigator.clipboard.readText().then(t => t !== 'sentinel')"
    )
    return page.evaluate("navigator.clipboard.readText()")


def compare_button(
    page: Page, button_type: str, state: str = "enabled", surface: str = "main"
) -> Locator:
    """One of the compare panel's buttons, by its key (the visible one: see above)."""
    button = keyed(page, button_key(button_type, state, surface)).locator("button")
    return button.filter(visible=True)


def preview_return_caption(page: Page) -> Locator:
    """What st.button returned on this run, as the preview's caption says."""
    return keyed(page, "preview").get_by_test_id("stCaptionContainer")


def code_editor(page: Page) -> Locator:
    """The editor's text, inside the component's iframe.

    By the editor's id: Ace's autocompletion popup is an editor of its own.
    """
    return _editor_frame(page).locator("#REACT_ACE_EDITOR .ace_content")


def copy_button(page: Page) -> Locator:
    """The editor's own Copy button, inside the component's iframe."""
    return _editor_frame(page).get_by_text("Copy", exact=True)


def apply_button(page: Page) -> Locator:
    """The editor's Apply button, which sends its text to be read into the controls."""
    return _editor_frame(page).get_by_text("Apply", exact=True)


def editor_file_bar(page: Page) -> Locator:
    """The bar above the editor's code that names the file and holds its buttons."""
    return _editor_frame(page).locator(".custom_info_bar")


def first_row_of_code(page: Page, starts: str) -> dict[str, float]:
    """Where the editor's first row of text is drawn, once it shows ``starts``.

    Ace's line box is a million pixels wide; the text's own rectangles are
    not. A wrapped line's first row is the rectangles on its top. Ace draws
    its lines after the text is set, and redraws them on a rerun, so the
    measure waits for rectangles rather than reading an empty line.
    """
    line = _editor_frame(page).locator("#REACT_ACE_EDITOR .ace_line").first
    expect(line).to_contain_text(starts)
    deadline = time.monotonic() + DRAW_WAIT_S
    while (row := line.evaluate(_FIRST_ROW)) is None:
        assert time.monotonic() < deadline, "the editor's first line drew no text"
        page.wait_for_timeout(100)
    return row


DRAW_WAIT_S = 10
_FIRST_ROW = """line => {
    const range = document.createRange();
    range.selectNodeContents(line);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    if (rects.length === 0) return null;
    const top = Math.min(...rects.map(r => r.top));
    const row = rects.filter(r => r.top < top + 1);
    return {
        top: top,
        bottom: Math.max(...row.map(r => r.bottom)),
        left: Math.min(...row.map(r => r.left)),
        right: Math.max(...row.map(r => r.right)),
    };
}"""


def frame_box(element: Locator) -> dict[str, float]:
    """An element's box in its own frame's coordinates, as first_row_of_code gives."""
    return element.evaluate("""element => {
            const r = element.getBoundingClientRect();
            return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};
        }""")


def replace_editor_text(page: Page, text: str) -> None:
    """Select everything in the editor and put ``text`` in its place, as a paste does."""
    code_editor(page).click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)


def type_in_editor(page: Page, keys: str) -> None:
    """Type at the editor's cursor, key by key, as a user does (Ace pairs brackets)."""
    page.keyboard.type(keys)


def apply_with_shortcut(page: Page) -> None:
    """Ctrl+Enter in the editor: its submit command, the Apply button's twin."""
    with rerun(page):
        page.keyboard.press("Control+Enter")


def code_messages(page: Page) -> Locator:
    """The alerts in the code panel: a refused paste's message, an applied one's note."""
    return keyed(page, "code").get_by_test_id("stAlert")


def _editor_frame(page: Page) -> FrameLocator:
    # Its key is code_editor, then code_editor_<n> after the n-th accepted paste.
    return page.frame_locator("[class*='st-key-code_editor'] iframe")


def changed_pill(page: Page, field_name: str) -> Locator:
    """The field's pill in "Changed from default" (absent while it is at its default)."""
    pills = keyed(page, RESET_PICK).get_by_role("radio")
    return pills.filter(has_text=re.compile(rf"^{re.escape(field_name)}\b"))


def preset_pill(page: Page, title: str) -> Locator:
    """The gallery's pill for the bundled preset with this title."""
    return keyed(page, PRESET_PICK).get_by_role("radio", name=title, exact=True)


def link_copy_button(page: Page) -> Locator:
    """The copy button of the box that shows the share link (shown on hover)."""
    link_box = keyed(page, "link_share").get_by_test_id("stCode")
    link_box.hover()
    return link_box.get_by_role("button", name="Copy to clipboard")


def open_panel(page: Page, key: str) -> None:
    """Open the panel keyed ``key`` (an expander drawn only while open, as
    ``ui.lazy`` draws it) and wait for the rerun that draws its body.
    An open panel is left as it is: a click would close it."""
    if is_panel_open(page, key):
        return
    click(page, keyed(page, key).locator("summary"))
    expect(keyed(page, key).locator("details")).to_have_attribute("open", "")


def close_panel(page: Page, key: str) -> None:
    """Close the panel keyed ``key`` and wait for the rerun that drops its body."""
    if not is_panel_open(page, key):
        return
    click(page, keyed(page, key).locator("summary"))
    expect(keyed(page, key).locator("details")).not_to_have_attribute("open", "")


def is_panel_open(page: Page, key: str) -> bool:
    """Whether the panel keyed ``key`` is open, as its expander shows it."""
    return keyed(page, key).locator("details").get_attribute("open") is not None


def open_sidebar_compare(page: Page) -> None:
    """Open the sidebar's "Types on the sidebar" panel, drawn only while open."""
    open_panel(page, COMPARE_SIDEBAR_OPEN)
    expect(keyed(page, COMPARE_SIDEBAR)).to_be_visible()


def timeline_chart(page: Page) -> Locator:
    """The log's timeline chart (in the log's history panel, while its toggle is on)."""
    return keyed(page, LOG_TIMELINE_CHART).get_by_test_id("stVegaLiteChart")


def switch_timeline(page: Page, on: bool = True) -> None:
    """Switch the log's timeline toggle on (or off); its panel must be open."""
    switch = keyed(page, LOG_TIMELINE).get_by_role("switch")
    # Drawn by the panel's opening run: clicked once it takes clicks, in view.
    expect(switch).to_be_enabled()
    if switch.is_checked() != on:
        label = keyed(page, LOG_TIMELINE).locator("label")
        label.scroll_into_view_if_needed()
        click(page, label)
    expect(switch).to_be_checked(checked=on)


def click(page: Page, target: Locator) -> None:
    """Click something that reruns the script: the preview, a pill, a button."""
    with rerun(page):
        target.click()


OPEN_TRIES = 3
OPEN_WAIT_MS = 5_000


def choose(page: Page, field_name: str, option: str) -> None:
    """Pick one option of a segmented control, radio or selectbox, as a click
    on it does (``option`` as shown: ``st.link_button``).

    Picking the option already picked changes nothing and starts no rerun.
    """
    select = control(page, field_name).get_by_role("combobox")
    options = control(page, field_name).get_by_role("radio")
    # Drawn once its chunk of Streamlit's code has loaded: not at once.
    expect(select.or_(options).first).to_be_attached()
    if select.count():
        _select(page, select, option)
        return
    option_radio = control(page, field_name).get_by_role(
        "radio", name=option, exact=True
    )
    if option_radio.is_checked():
        return
    if option_radio.evaluate("element => element.tagName") == "INPUT":
        # st.radio hides its inputs; a user clicks the label around one.
        option_radio = option_radio.locator("xpath=ancestor::label[1]")
    click(page, option_radio)


def _select(page: Page, select: Locator, option: str) -> None:
    """Open a selectbox's list and click the option (its list is drawn outside it).

    A late redraw (the page still settling after its load) can close the list
    as it opens, or between the option showing and its click: the list is
    opened again and the option clicked again.
    """
    if select.input_value() == option:
        return
    listed = page.get_by_role("option", name=option, exact=True)
    for attempt in range(1, OPEN_TRIES + 1):
        select.click()
        try:
            listed.wait_for(timeout=OPEN_WAIT_MS)
            with rerun(page):
                listed.click(timeout=OPEN_WAIT_MS)
            break
        except PlaywrightTimeout:
            if attempt == OPEN_TRIES:
                raise
            page.keyboard.press("Escape")
    expect(select).to_have_value(option)


def type_text(page: Page, field_name: str, text: str) -> None:
    _fill_and_commit(page, control(page, field_name).locator("input, textarea"), text)


def set_pixel_width(page: Page, pixels: int) -> None:
    _fill_and_commit(page, keyed(page, WIDTH_PX).locator("input"), str(pixels))


def try_pixel_width(page: Page, text: str) -> None:
    """Type into the pixel box and press Enter, for a number the box refuses:
    it starts no rerun, so none is waited for."""
    box = keyed(page, WIDTH_PX).locator("input")
    box.fill(text)
    box.press("Enter")


def box_instructions(page: Page, key: str, text: str) -> Locator:
    """What Streamlit writes under a focused text box (a hint, a counter),
    once ``text`` is typed into it (not committed)."""
    box = keyed(page, key).locator("input, textarea")
    box.click()
    box.fill(text)
    return keyed(page, key).get_by_test_id("InputInstructions")


def _fill_and_commit(page: Page, box: Locator, text: str) -> None:
    """Fill a text box and commit it, as Enter (Ctrl+Enter in a text area) does."""
    is_area = box.evaluate("element => element.tagName") == "TEXTAREA"
    box.fill(text)
    with rerun(page):
        box.press("Control+Enter" if is_area else "Enter")


def flip(page: Page, field_name: str) -> None:
    """Flip a toggle."""
    click(page, control(page, field_name).locator("label"))


def message_under(page: Page, field_name: str) -> Locator:
    """The field's message, if any: the alert in the keyed container that holds
    the control and its message (``field_<name>``)."""
    return keyed(page, field_key(field_name)).get_by_test_id("stAlert")


def box_width(element: Locator) -> float:
    return element.bounding_box()["width"]


def inner_width(element: Locator) -> float:
    """An element's content width: its box without borders and padding."""
    return element.evaluate("""element => {
            const style = getComputedStyle(element);
            return element.clientWidth
                - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        }""")


def log_entries(page: Page) -> Locator:
    """The event log's text: one entry per run, newest first."""
    return keyed(page, "event_log").get_by_test_id("stCode")


def newest_entry(page: Page) -> str:
    return log_entries(page).inner_text().split("\n\n")[0]


def latest_sentence(page: Page) -> str:
    """The log's sentence on the latest run (shown with the log's panel closed)."""
    return keyed(page, LOG_LATEST).inner_text()


def logged_runs(page: Page) -> int:
    """How many runs the log has counted, as its latest sentence numbers the last."""
    number = re.match(r"Run (\d+)\.", latest_sentence(page))
    assert number, f"the log's latest sentence numbers no run: {latest_sentence(page)}"
    return int(number[1])
