"""The panels drawn only while open (``components.ui.lazy``), for the tests of every tier.

Each panel's key, and the keys only its open body draws. A unit test holds
this table to every ``open_panel`` call in ``components/ui``, so a new
panel joins the panel contracts of the app and browser tiers.
"""

from __future__ import annotations

from components.core.keys import (
    ACCESSIBILITY,
    ACCESSIBILITY_OPEN,
    CHOOSER,
    CHOOSER_OPEN,
    COMPARE,
    COMPARE_OPEN,
    COMPARE_SIDEBAR,
    COMPARE_SIDEBAR_OPEN,
    LINK_SHARE,
    LINK_SHARE_OPEN,
    LOG_CLEAR,
    LOG_CSV,
    LOG_FILTER,
    LOG_HISTORY,
    LOG_JSON,
    LOG_LIMIT,
    LOG_TIMELINE,
    PRESET_FILES,
    PRESET_SAVE,
    PRESET_TITLE,
    PRESET_UPLOAD,
    THEME,
    THEME_PANEL,
    THEME_PASTE,
    THEME_RESET,
    THEME_TOML,
)

PANEL_BODIES: dict[str, tuple[str, ...]] = {
    ACCESSIBILITY_OPEN: (ACCESSIBILITY,),
    CHOOSER_OPEN: (CHOOSER,),
    COMPARE_OPEN: (COMPARE,),
    COMPARE_SIDEBAR_OPEN: (COMPARE_SIDEBAR,),
    LINK_SHARE_OPEN: (LINK_SHARE,),
    LOG_HISTORY: (LOG_FILTER, LOG_TIMELINE, LOG_LIMIT, LOG_CLEAR, LOG_JSON, LOG_CSV),
    PRESET_FILES: (PRESET_TITLE, PRESET_SAVE, PRESET_UPLOAD),
    THEME_PANEL: (THEME, THEME_TOML, THEME_PASTE, THEME_RESET),
}
