"""The box Streamlit 1.67.0 draws a widget of the family in, and its label's size.

Owns the sizes the accessibility checks read (``core.accessibility``): in rem
of the theme's baseFontSize (16 px by default), from BaseButton's
styled-components and measured in Chromium at baseFontSize 8, 12 and 16.
The browser tier measures them again on the real preview.
"""

from __future__ import annotations

from components.core.config import ButtonConfig
from components.core.kinds import KINDS
from components.core.theme import Theme

DEFAULT_FONT_PX = 16
# A label is drawn at fontSizes.sm: 14 px by default.
LABEL_REM = 0.875
# At least 2.5rem tall (minElementHeight). A primary or secondary button is
# never narrower than its padding (0.75rem a side) and its 1 px borders, so 26
# px at 16 whatever its width; a tertiary one has neither, and is at least
# 1rem wide. A page link is a line of text 1.75rem tall, at least 1rem wide.
MIN_HEIGHT_REM = 2.5
PADDING_REM = 0.75
BORDER_PX = 1
CONTENT_REM = 1.0
LINK_HEIGHT_REM = 1.75


def font_size(theme: Theme) -> int:
    """The root font size in px: the theme's baseFontSize, else Streamlit's 16."""
    return theme.get("baseFontSize", DEFAULT_FONT_PX)


def label_px(theme: Theme) -> float:
    """The size a label's text is drawn at, in px."""
    return LABEL_REM * font_size(theme)


def target_size(cfg: ButtonConfig, theme: Theme) -> tuple[float, float] | None:
    """The smallest box, width by height in px, Streamlit draws the widget in
    at its pixel width (a longer label only wraps onto more lines, taller);
    None when its width is not in pixels."""
    if isinstance(cfg.width, bool) or not isinstance(cfg.width, int):
        return None
    rem = font_size(theme)
    if not KINDS[cfg.kind].takes("type"):  # a page link: a line of text
        return max(cfg.width, CONTENT_REM * rem), LINK_HEIGHT_REM * rem
    if cfg.type == "tertiary":
        narrowest = CONTENT_REM * rem
    else:
        narrowest = 2 * (PADDING_REM * rem + BORDER_PX)
    return max(cfg.width, narrowest), MIN_HEIGHT_REM * rem
