"""HTML and script in a label, a tooltip or a refused value stay text in Chromium.

Every payload sets ``window.__pwned`` or opens a dialog if it runs. After the
page shows it, the flag is unset, no dialog opened, no element the payload
describes exists, and its text is on the page as typed. The twins prove the
detectors: the same payload put into the page as HTML does run and is caught,
and so is a flag set or a dialog opened by script.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Dialog, Locator, Page, expect

from components.core.config import ButtonConfig
from components.core.keys import COMPARE_OPEN
from components.core.links import encode_query
from tests.support.browser import (
    keyed,
    message_under,
    open_panel,
    open_playground,
    preview_button,
    type_text,
)

IMG = "<img src=x onerror=\"window.__pwned='img'\">"
SCRIPT = "<script>window.__pwned='script'</script>"
SVG = "<svg onload=\"window.__pwned='svg'\"></svg>"
ALERT = "<img src=y onerror=alert('pwned')>"
JS_LINK = "[click me](javascript:window.__pwned='link')"
PAYLOAD = f"Save {IMG} {SCRIPT} {SVG} {ALERT} {JS_LINK}"
# What a payload would put into the page if it were injected as HTML.
INJECTED = "img, script, svg, iframe, a[href^='javascript']"
# A broken image added after the payload: once its handler has run, a payload's
# broken image, added earlier, would have run its own.
CANARY = "<img class='canary' src=canary onerror='window.__canary = true'>"


@pytest.fixture
def dialogs(blank_page: Page) -> Iterator[list[str]]:
    """Every dialog the page opens (each dismissed), from before it loads."""
    opened: list[str] = []

    def record(dialog: Dialog) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    blank_page.on("dialog", record)
    yield opened


def pwned(page: Page) -> object:
    """What a payload that ran set; None while none has."""
    return page.evaluate("() => window.__pwned ?? null")


def injected(area: Locator) -> Locator:
    return area.locator(INJECTED)


def settle(page: Page) -> None:
    """Wait until handlers a payload could have set off would have run."""
    page.evaluate("html => document.body.insertAdjacentHTML('beforeend', html)", CANARY)
    page.wait_for_function("() => window.__canary === true")
    page.evaluate("() => document.querySelector('img.canary').remove()")


def open_with(page: Page, url: str, cfg: ButtonConfig) -> None:
    open_playground(page, f"{url}/?{urlencode(encode_query(cfg))}")


def test_html_and_script_in_a_label_and_a_tooltip_are_shown_as_text(
    dialogs: list[str], blank_page: Page, playground_url: str
):
    open_with(blank_page, playground_url, ButtonConfig(label=PAYLOAD, help=PAYLOAD))
    page = blank_page
    button = preview_button(page)
    expect(button).to_contain_text("<img src=x onerror=")
    expect(button).to_contain_text("<script>window.__pwned='script'</script>")
    expect(injected(button)).to_have_count(0)

    button.hover()
    tooltip = page.get_by_test_id("stTooltipContent")
    expect(tooltip).to_contain_text("<svg onload=")
    expect(injected(tooltip)).to_have_count(0)

    settle(page)
    assert pwned(page) is None
    assert dialogs == []


def test_html_in_a_refused_value_is_quoted_as_text_in_its_message(
    dialogs: list[str], page: Page
):
    type_text(page, "icon", IMG + SCRIPT)
    message = message_under(page, "icon")
    expect(message).to_contain_text("<img src=x")
    expect(injected(message)).to_have_count(0)
    settle(page)
    assert pwned(page) is None
    assert dialogs == []


def test_the_label_typed_in_the_box_is_shown_as_text_too(
    dialogs: list[str], page: Page
):
    open_panel(page, COMPARE_OPEN)
    type_text(page, "label", PAYLOAD)
    expect(preview_button(page)).to_contain_text("<img src=x onerror=")
    expect(injected(preview_button(page))).to_have_count(0)
    expect(keyed(page, "compare")).to_contain_text("<img src=x onerror=")
    expect(injected(keyed(page, "compare"))).to_have_count(0)
    settle(page)
    assert pwned(page) is None
    assert dialogs == []


# --- the twins: the detectors see a payload that runs -------------------------------


def test_the_same_payload_injected_as_html_runs_and_is_caught(
    dialogs: list[str], page: Page
):
    """The payloads are live: put into the page as HTML they run, and each
    detector above sees it."""
    button = preview_button(page)
    expect(injected(button)).to_have_count(0)
    with page.expect_event("dialog"):
        button.evaluate(
            "(button, html) => button.insertAdjacentHTML('beforeend', html)",
            IMG + ALERT,
        )
    settle(page)
    assert pwned(page) == "img"
    assert dialogs == ["pwned"]
    expect(injected(button)).to_have_count(2)


def test_a_flag_set_by_script_is_caught(page: Page):
    assert pwned(page) is None
    page.evaluate("() => { window.__pwned = 'twin'; }")
    assert pwned(page) == "twin"
