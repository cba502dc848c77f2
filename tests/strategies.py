"""Hypothesis strategies for valid ButtonConfigs, shared by the property tests."""

from __future__ import annotations

import dataclasses
import keyword

from hypothesis import strategies as st

from components.config import (
    BUTTON_TYPES,
    ICON_POSITIONS,
    MATERIAL_ICON_SHORTCODES,
    MAX_TEXT_CHARS,
    MODE_STATE_NAMES,
    MODES,
    NAMED_WIDTHS,
    ButtonConfig,
)
from components.controls import own_key_error

VALID_SHORTCUTS = ("K", "Ctrl+K", "Cmd+Shift+O", "Enter", "Esc", "F2", "4", "Alt+Space")
VALID_EMOJI = ("🔥", "👍", "👍🏽", "🚨", "❤️", "🇫🇷")

_STATE_NAMES = {name for names in MODE_STATE_NAMES.values() for name in names}

# Any text at all, including quotes, backslashes, newlines and emoji.
any_text = st.text(max_size=MAX_TEXT_CHARS)
non_blank_text = st.text(min_size=1, max_size=MAX_TEXT_CHARS).filter(str.strip)
icons = st.one_of(
    st.none(),
    st.sampled_from(VALID_EMOJI),
    st.just("spinner"),
    st.sampled_from(MATERIAL_ICON_SHORTCODES),
)
widths = st.one_of(st.sampled_from(NAMED_WIDTHS), st.integers(1, 2**32 - 1))

# Python literals a callback may take: whatever ast.literal_eval reads back equal.
literals = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
parameter_names = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name) and name != "st"
)
callback_arguments = st.fixed_dictionaries(
    {
        "mode": st.just("callback"),
        "args": st.lists(literals, max_size=3).map(tuple),
        "kwargs": st.dictionaries(parameter_names, literals, max_size=3),
    }
)
other_modes = st.fixed_dictionaries(
    {"mode": st.sampled_from([mode for mode in MODES if mode != "callback"])}
)

_button_configs = st.builds(
    ButtonConfig,
    label=any_text,
    # Not a name a mode keeps its state under: the mode is drawn separately.
    key=st.none() | non_blank_text.filter(lambda key: key not in _STATE_NAMES),
    help=st.none() | non_blank_text,
    type=st.sampled_from(BUTTON_TYPES),
    icon=icons,
    icon_position=st.sampled_from(ICON_POSITIONS),
    disabled=st.booleans(),
    width=widths,
    shortcut=st.none() | st.sampled_from(VALID_SHORTCUTS),
    wrap=st.sampled_from((None, True, False)),
)
button_configs = st.tuples(_button_configs, callback_arguments | other_modes).map(
    lambda pair: dataclasses.replace(pair[0], **pair[1])
)

# The configs the playground's controls accept: valid, and with a key the
# playground doesn't use itself (see controls.own_key_error).
playground_configs = button_configs.filter(lambda cfg: own_key_error(cfg.key) is None)
