"""What the user reads on the page: a message's rendered text and a tooltip's.

The rendered text is the element's innerText, after Streamlit's Markdown,
KaTeX and icon plugins ran: the characters on the screen, not the source.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

MARKDOWN = "[data-testid=stMarkdownContainer], [data-testid=stCaptionContainer]"


def read_on_screen(element: Locator) -> str:
    """The text of the element's first Markdown block, as the user reads it."""
    return element.locator(MARKDOWN).first.inner_text()


HOVER_TRIES = 3
HOVER_WAIT_MS = 5_000


@dataclass(frozen=True)
class Tooltip:
    """What an open tooltip showed, read in one go while it was open."""

    text: str
    glyphs: int  # Material icons drawn in it


_READ_TOOLTIP = """tip => [tip.innerText,
    tip.querySelectorAll('[data-testid=stIconMaterial]').length]"""


def read_tooltip(page: Page, target: Locator) -> Tooltip:
    """Hover the help icon next to ``target`` and read the tooltip it opens.

    A hover that lands while the page is still laying itself out opens
    nothing, and a late redraw can close a tooltip that opened (the icon
    moves under the pointer): the hover and the read are tried again, from away.
    """
    tip = page.get_by_test_id("stTooltipContent").filter(visible=True).first
    for attempt in range(1, HOVER_TRIES + 1):
        page.mouse.move(0, 0)
        page.get_by_test_id("stTooltipContent").first.wait_for(state="detached")
        target.get_by_test_id("stTooltipHoverTarget").first.hover()
        try:
            tip.wait_for(timeout=HOVER_WAIT_MS)
            return Tooltip(*tip.evaluate(_READ_TOOLTIP, timeout=HOVER_WAIT_MS))
        except PlaywrightTimeout:
            if attempt == HOVER_TRIES:
                raise
    raise AssertionError("unreachable: the last try raises")
