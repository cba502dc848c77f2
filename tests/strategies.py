"""Hypothesis strategies for valid ButtonConfigs, shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from components.config import (
    BUTTON_TYPES,
    ICON_POSITIONS,
    MATERIAL_ICON_SHORTCODES,
    MODES,
    NAMED_WIDTHS,
    ButtonConfig,
)

VALID_SHORTCUTS = ("K", "Ctrl+K", "Cmd+Shift+O", "Enter", "Esc", "F2", "4", "Alt+Space")
VALID_EMOJI = ("🔥", "👍", "👍🏽", "🚨", "❤️", "🇫🇷")

# Any text at all, including quotes, backslashes, newlines and emoji.
any_text = st.text()
non_blank_text = st.text(min_size=1).filter(str.strip)
icons = st.one_of(
    st.none(),
    st.sampled_from(VALID_EMOJI),
    st.just("spinner"),
    st.sampled_from(MATERIAL_ICON_SHORTCODES),
)
widths = st.one_of(st.sampled_from(NAMED_WIDTHS), st.integers(1, 2**32 - 1))

button_configs = st.builds(
    ButtonConfig,
    label=any_text,
    key=st.none() | non_blank_text,
    help=st.none() | non_blank_text,
    type=st.sampled_from(BUTTON_TYPES),
    icon=icons,
    icon_position=st.sampled_from(ICON_POSITIONS),
    disabled=st.booleans(),
    width=widths,
    shortcut=st.none() | st.sampled_from(VALID_SHORTCUTS),
    wrap=st.sampled_from((None, True, False)),
    mode=st.sampled_from(MODES),
)
