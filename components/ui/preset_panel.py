"""The preset gallery, and saving or loading a preset file, in the sidebar.

A click in the gallery and an upload apply their preset in a session
callback, before the script runs, so the controls, preview, code and link
all show it on that very rerun.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.core.keys import (
    PRESET_FILES,
    PRESET_PICK,
    PRESET_SAVE,
    PRESET_TITLE,
    PRESET_UPLOAD,
)
from components.core.markdown import message, message_list, strong
from components.core.preset_shelf import (
    bundled_presets,
    skipped_preset_files,
)
from components.core.presets import (
    MAX_PRESET_BYTES,
    MAX_TITLE_CHARS,
    Preset,
    default_title,
    preset_file_name,
    preset_toml,
)
from components.core.snapshot import Snapshot
from components.core.text import code_span
from components.session.presets import apply_picked, apply_uploaded
from components.ui.lazy import open_panel

# st.file_uploader counts in whole megabytes: the browser refuses anything
# larger, and the 64 KB preset limit is checked when the file is read.
UPLOAD_LIMIT_MB = 1


def render_presets(
    snap: Snapshot, applied: Preset | None, upload_problems: Sequence[str]
) -> None:
    st.header("Presets")
    st.pills(
        "Start from an example",
        [preset.title for preset in bundled_presets()],
        key=PRESET_PICK,
        help=message(
            "Examples from Streamlit's button guide, and some hard cases. "
            "A click sets every argument; edit from there."
        ),
        on_change=apply_picked,
    )
    _skipped_files()
    if applied is not None:
        st.caption(strong(applied.title) + message(f": {applied.description}"))
    panel = open_panel(
        "Save or load a preset file", key=PRESET_FILES, icon=":material/file_present:"
    )
    if panel is not None:
        with panel:
            _save(snap)
            _load(upload_problems)


def _skipped_files() -> None:
    """Name each file in ``presets/`` that was skipped, and why; the rest loaded."""
    skipped = skipped_preset_files()
    if skipped:
        files = "\n".join(
            "- " + message(f"{code_span(file.name)}: {' '.join(file.problems)}")
            for file in skipped
        )
        st.warning(
            message(
                "Some bundled presets could not be loaded and are left out; "
                "the others work."
            )
            + "\n\n"
            + files,
            icon=":material/warning:",
        )


def _save(snap: Snapshot) -> None:
    fallback = default_title(snap.config)
    title = st.text_input(
        "Preset title",
        key=PRESET_TITLE,
        max_chars=MAX_TITLE_CHARS,
        placeholder=fallback,
        help=message("The preset's name in the file; it also names the file."),
    )
    title = title.strip() or fallback
    st.download_button(
        "Save as preset",
        data=preset_toml(snap.config, title, row=snap.row, theme=snap.theme),
        file_name=preset_file_name(title),
        mime="application/toml",
        key=PRESET_SAVE,
        icon=":material/download:",
        on_click="ignore",
        disabled=bool(snap.errors),
        help=message(
            f"Fix the sidebar first: {snap.invalid_summary}."
            if snap.errors
            else "Download this button as a TOML file with only the arguments "
            "that differ from the defaults."
        ),
        width="stretch",
    )


def _load(problems: Sequence[str]) -> None:
    st.file_uploader(
        "Load preset file",
        type="toml",
        key=PRESET_UPLOAD,
        on_change=apply_uploaded,
        max_upload_size=UPLOAD_LIMIT_MB,
        help=message(
            f"A preset saved here, or written by hand: at most "
            f"{MAX_PRESET_BYTES // 1024} KB of TOML. It is read, never run."
        ),
    )
    if problems:
        st.error(
            message("This file was not loaded, and nothing changed:")
            + "\n\n"
            + message_list(problems),
            icon=":material/error:",
        )
