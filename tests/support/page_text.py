"""What the user reads on the page: a message's rendered text and a tooltip's.

The rendered text is the element's innerText, after Streamlit's Markdown,
KaTeX and icon plugins ran: the characters on the screen, not the source.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page

MARKDOWN = "[data-testid=stMarkdownContainer], [data-testid=stCaptionContainer]"


def read_on_screen(element: Locator) -> str:
    """The text of the element's first Markdown block, as the user reads it."""
    return element.locator(MARKDOWN).first.inner_text()


def tooltip_of(page: Page, target: Locator) -> Locator:
    """Hover the help icon next to ``target`` and return the tooltip it opens."""
    page.mouse.move(0, 0)
    page.get_by_test_id("stTooltipContent").first.wait_for(state="detached")
    target.get_by_test_id("stTooltipHoverTarget").first.hover()
    tip = page.get_by_test_id("stTooltipContent").first
    tip.wait_for()
    return tip
