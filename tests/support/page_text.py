"""What the user reads on the page: a message's rendered text and a tooltip's.

The rendered text is the element's innerText, after Streamlit's Markdown,
KaTeX and icon plugins ran: the characters on the screen, not the source.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

MARKDOWN = "[data-testid=stMarkdownContainer], [data-testid=stCaptionContainer]"


def read_on_screen(element: Locator) -> str:
    """The text of the element's first Markdown block, as the user reads it."""
    return element.locator(MARKDOWN).first.inner_text()


HOVER_TRIES = 3
HOVER_WAIT_MS = 5_000


def tooltip_of(page: Page, target: Locator) -> Locator:
    """Hover the help icon next to ``target`` and return the tooltip it opens.

    A hover that lands while the page is still laying itself out opens
    nothing (the icon moves under the pointer): it is tried again, from away.
    """
    tip = page.get_by_test_id("stTooltipContent").filter(visible=True).first
    for attempt in range(1, HOVER_TRIES + 1):
        page.mouse.move(0, 0)
        page.get_by_test_id("stTooltipContent").first.wait_for(state="detached")
        target.get_by_test_id("stTooltipHoverTarget").first.hover()
        try:
            tip.wait_for(timeout=HOVER_WAIT_MS)
            return tip
        except PlaywrightTimeout:
            if attempt == HOVER_TRIES:
                raise
    return tip
