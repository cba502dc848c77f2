"""Presets in the session: the gallery's pick and the uploaded file, applied
in callbacks, and which preset is showing."""

from __future__ import annotations

import streamlit as st

from components.core.keys import (
    APPLIED_PRESET,
    PRESET_PICK,
    PRESET_UPLOAD,
    UPLOAD_PROBLEMS,
)
from components.core.preset_shelf import (
    preset_titled,
)
from components.core.presets import (
    Preset,
    PresetError,
    read_preset_bytes,
)
from components.core.run_log import PRESET
from components.core.snapshot import Snapshot
from components.session import row, run_log, theme


def apply_picked() -> None:
    """The gallery applies the preset clicked, then forgets the click.

    Forgetting it keeps the gallery from looking stuck on a preset the user
    has since edited; ``applied`` says which one is showing.
    """
    title = st.session_state[PRESET_PICK]
    st.session_state[PRESET_PICK] = None
    if title is not None:
        _apply(preset_titled(title))


def apply_uploaded() -> None:
    """Apply a preset file when one is uploaded; on any problem, change nothing.

    An on_change callback: it runs once per upload, not on every rerun while
    the file stays in the uploader.
    """
    st.session_state[UPLOAD_PROBLEMS] = []
    upload = st.session_state[PRESET_UPLOAD]
    if upload is None:
        return
    try:
        preset = read_preset_bytes(upload.getvalue())
    except PresetError as error:
        st.session_state[UPLOAD_PROBLEMS] = error.problems
        return
    _apply(preset)


def upload_problems() -> list[str]:
    """Why the last uploaded preset file was refused (empty when it was not)."""
    return st.session_state.get(UPLOAD_PROBLEMS, [])


def applied(snap: Snapshot) -> Preset | None:
    """The preset last applied, while the controls still show exactly it."""
    preset = st.session_state.get(APPLIED_PRESET)
    if preset is None or preset.row != snap.row:
        return None
    return preset if preset.row is not None or preset.config == snap.config else None


def _apply(preset: Preset) -> None:
    """Show the preset; its theme, if it has one (a button's alone keeps the
    theme set)."""
    row.show(preset.row, preset.config)
    if preset.theme:
        theme.apply(preset.theme)
    st.session_state[APPLIED_PRESET] = preset
    run_log.mark(PRESET, preset.title)
