"""A presets folder with a broken file in it: that file is skipped with its reasons, the others load.

Each fault is a file written into a temporary folder beside two good ones;
each test checks both halves: the bad file is named with why, and every good
preset still loads. The negative twins: a folder of good files, and the
bundled folder itself, skip nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from components.core.preset_shelf import (
    PRESETS_DIR,
    PresetShelf,
    bundled_presets,
    read_preset_dir,
    skipped_preset_files,
)
from components.core.presets import (
    MAX_PRESET_BYTES,
)

GOOD_FILES = {
    "01-save.toml": 'title = "Save"\nlabel = "Save"\ntype = "primary"\n',
    "03-next.toml": 'title = "Next"\nlabel = "Next"\nicon = ":material/arrow_forward:"\n',
}
GOOD_TITLES = ["Save", "Next"]


def folder_with(tmp_path: Path, name: str, content: bytes | None) -> Path:
    """The two good files, and ``name`` holding ``content`` (a folder when None)."""
    for good_name, text in GOOD_FILES.items():
        (tmp_path / good_name).write_text(text, encoding="utf-8")
    if content is None:
        (tmp_path / name).mkdir()
    else:
        (tmp_path / name).write_bytes(content)
    return tmp_path


def titles(shelf: PresetShelf) -> list[str]:
    return [preset.title for preset in shelf.presets]


def skipped_reasons(shelf: PresetShelf) -> dict[str, str]:
    return {file.name: " ".join(file.problems) for file in shelf.skipped}


def test_a_folder_of_good_files_loads_them_all_in_file_name_order(tmp_path: Path):
    shelf = read_preset_dir(folder_with(tmp_path, "02-back.toml", b'title = "Back"\n'))
    assert titles(shelf) == ["Save", "Back", "Next"]
    assert shelf.skipped == ()


def test_the_bundled_folder_skips_nothing():
    assert skipped_preset_files() == ()
    assert len(bundled_presets()) == len(list(PRESETS_DIR.glob("*.toml")))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'title = "Broken\nlabel = "x"\n', "This is not valid TOML"),
        (b'title = "Wide"\nwidth = 0\n', "width"),
        (b'title = "Odd"\ncolour = "red"\n', "Unknown key `colour`"),
        (b'label = "No title"\n', "A preset needs a `title`"),
        ('title = "Caf\u00e9"\n'.encode("latin-1"), "not UTF-8"),
        (b"title = 'Big'\n" + b"#" * MAX_PRESET_BYTES, "over 65,536 bytes"),
        (None, "can't be read"),
    ],
    ids=["bad-toml", "invalid-width", "unknown-key", "no-title", "latin-1", "too-big", "a-folder"],
)  # fmt: skip
def test_a_bad_file_is_skipped_with_its_reason_and_the_others_load(
    tmp_path: Path, content: bytes | None, reason: str
):
    shelf = read_preset_dir(folder_with(tmp_path, "02-bad.toml", content))
    assert titles(shelf) == GOOD_TITLES
    assert list(skipped_reasons(shelf)) == ["02-bad.toml"]
    assert reason in skipped_reasons(shelf)["02-bad.toml"]


def test_a_file_without_read_permission_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # The suite may run as root, which reads any file: refuse this one by hand.
    folder = folder_with(tmp_path, "02-locked.toml", b'title = "Locked"\n')
    real_open = Path.open

    def locked_open(path: Path, *args: object, **kwargs: object):
        if path.name == "02-locked.toml":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    shelf = read_preset_dir(folder)
    assert titles(shelf) == GOOD_TITLES
    assert skipped_reasons(shelf) == {
        "02-locked.toml": "It can't be read: Permission denied."
    }


def test_a_second_file_with_a_taken_title_is_skipped_naming_the_first(tmp_path: Path):
    shelf = read_preset_dir(folder_with(tmp_path, "02-again.toml", b'title = "Save"\n'))
    assert titles(shelf) == GOOD_TITLES
    assert skipped_reasons(shelf) == {
        "02-again.toml": "Its title “Save” is taken by 01-save.toml."
    }


def test_files_not_named_toml_are_not_presets(tmp_path: Path):
    shelf = read_preset_dir(folder_with(tmp_path, "README.md", b"# not a preset\n"))
    assert titles(shelf) == GOOD_TITLES
    assert shelf.skipped == ()


def test_a_missing_folder_gives_no_presets_and_says_so(tmp_path: Path):
    shelf = read_preset_dir(tmp_path / "presets")
    assert shelf.presets == ()
    assert skipped_reasons(shelf) == {
        "presets/": "The folder can't be read: No such file or directory."
    }
