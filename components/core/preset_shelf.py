"""The bundled presets: the ``presets/`` folder, read once per process.

A file there that can't be used (unreadable, over 64 KB, not UTF-8, bad
TOML, an invalid button, a title another file has) is skipped with its
reasons, and the others load: one broken file costs that preset, not the
gallery.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from components.core.presets import (
    MAX_PRESET_BYTES,
    Preset,
    PresetError,
    read_preset_bytes,
)

PRESETS_DIR = Path(__file__).parents[2] / "presets"


@dataclass(frozen=True)
class SkippedFile:
    """A file in a presets folder that could not be used, and why."""

    name: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class PresetShelf:
    """A presets folder as read: the usable presets, and the files skipped."""

    presets: tuple[Preset, ...]
    skipped: tuple[SkippedFile, ...]


def read_preset_dir(directory: Path) -> PresetShelf:
    """Every ``*.toml`` preset in ``directory``, in file-name order, and the
    files skipped with their reasons."""
    try:
        paths = sorted(
            path for path in directory.iterdir() if path.name.endswith(".toml")
        )
    except OSError as error:
        problem = f"The folder can't be read: {error.strerror or error}."
        return PresetShelf((), (SkippedFile(f"{directory.name}/", (problem,)),))
    presets: dict[str, Preset] = {}
    files: dict[str, str] = {}
    skipped = []
    for path in paths:
        try:
            preset = _read_preset_file(path)
        except PresetError as error:
            skipped.append(SkippedFile(path.name, tuple(error.problems)))
            continue
        if preset.title in presets:
            problem = f"Its title “{preset.title}” is taken by {files[preset.title]}."
            skipped.append(SkippedFile(path.name, (problem,)))
            continue
        presets[preset.title] = preset
        files[preset.title] = path.name
    return PresetShelf(tuple(presets.values()), tuple(skipped))


@cache
def bundled_shelf() -> PresetShelf:
    """The presets shipped in ``presets/``, and the files skipped; read once."""
    return read_preset_dir(PRESETS_DIR)


def bundled_presets() -> tuple[Preset, ...]:
    """The usable presets shipped in ``presets/``, in file-name order."""
    return bundled_shelf().presets


def skipped_preset_files() -> tuple[SkippedFile, ...]:
    """The files in ``presets/`` that could not be used, with why."""
    return bundled_shelf().skipped


def preset_titled(title: str) -> Preset:
    """The bundled preset with this title (the reader keeps titles unique)."""
    return next(preset for preset in bundled_presets() if preset.title == title)


def _read_preset_file(path: Path) -> Preset:
    """A preset file read with at most 64 KB (and a byte) of it ever in memory."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_PRESET_BYTES + 1)
    except OSError as error:
        raise PresetError([f"It can't be read: {error.strerror or error}."]) from None
    if len(data) > MAX_PRESET_BYTES:
        raise PresetError(
            [f"The file is over {MAX_PRESET_BYTES:,} bytes (64 KB), a preset's limit."]
        )
    return read_preset_bytes(data)
