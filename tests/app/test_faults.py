"""Faults: a dependency or a bundled file fails, the app says so where it shows, the rest works.

Each fault is injected for one test and undone after it: black failing on
every text (its ``format_str`` raising) or missing at import time, the code
editor missing at import time, a bad file among the bundled presets. A
missing module is blocked in ``sys.modules`` and the app's own modules are
dropped from it, so the app imports them afresh, meeting the missing module
as a fresh process would. Each test has its twin: with nothing broken, no
notice.
"""

from __future__ import annotations

import ast
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import black
import pytest
from streamlit.testing.v1 import AppTest

from components.core import codegen, preset_shelf, presets
from components.core.config import ButtonConfig
from components.core.keys import (
    CODE_VIEW,
    PLAIN_APPLY,
    PLAIN_PASTE,
)
from components.core.snippet_parser import parse_snippet
from components.ui.code_panel import DOWNLOAD_FILE_NAME, TEST_TAB
from tests.support.apptest import (
    deferred_downloads,
    displayed_code,
    logged_trigger,
    preview_button,
    show_config,
    shown,
    shown_config,
    start,
)

FORMATTING_NOTICE = "Formatting is unavailable"
EDITOR_NOTICE = "The code editor (streamlit-code-editor) is unavailable"
PRESETS_NOTICE = "Some bundled presets could not be loaded"
EDITED = ButtonConfig(label="Edited", type="primary", icon="🔥", mode="if_block")


def code_alerts(at: AppTest, kind: str) -> list[str]:
    return [shown(element) for element in getattr(at.container("code"), kind)]


def offered_app(at: AppTest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The app file the download button offers."""
    data = deferred_downloads(at, monkeypatch)[DOWNLOAD_FILE_NAME]
    return data if isinstance(data, str) else data.decode()


def shown_code(at: AppTest) -> str:
    """The app's code as the fallback's st.code shows it (without its final newline)."""
    (code,) = at.container("code").code
    return code.value + "\n"


def _is_app_module(name: str) -> bool:
    return name == "components" or name.startswith("components.")


@pytest.fixture
def without_module() -> Iterator[Callable[[str], None]]:
    """Make importing a module fail, and the app import its own modules afresh.

    Afterwards the module and the app's original modules are put back, and
    the fresh ones dropped: one left behind would keep using fresh twins of
    modules that later tests patch.
    """
    saved = {
        name: module for name, module in sys.modules.items() if _is_app_module(name)
    }
    blocked: dict[str, object] = {}

    def block(name: str) -> None:
        blocked[name] = sys.modules.get(name)
        sys.modules[name] = None  # import raises ImportError
        for loaded in [name for name in sys.modules if _is_app_module(name)]:
            del sys.modules[loaded]

    yield block
    for name in [name for name in sys.modules if _is_app_module(name)]:
        del sys.modules[name]
    sys.modules.update(saved)
    for name, module in blocked.items():
        if module is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = module


@pytest.fixture
def black_failing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """black raising on every text, with no formatted code left in the cache."""

    def fail(source: str, *, mode: black.Mode) -> str:
        raise RuntimeError("INTERNAL ERROR: Black produced invalid code.\nDetails")

    monkeypatch.setattr(black, "format_str", fail)
    codegen.format_source.cache_clear()
    yield
    codegen.format_source.cache_clear()


@pytest.fixture
def presets_folder(tmp_path: Path) -> Iterator[Path]:
    """A copy of the bundled presets that the app reads instead of them."""
    folder = tmp_path / "presets"
    shutil.copytree(preset_shelf.PRESETS_DIR, folder)
    original = preset_shelf.PRESETS_DIR
    preset_shelf.PRESETS_DIR = folder
    preset_shelf.bundled_shelf.cache_clear()
    yield folder
    preset_shelf.PRESETS_DIR = original
    preset_shelf.bundled_shelf.cache_clear()


# --- black -------------------------------------------------------------------------


def test_without_black_the_code_is_unformatted_valid_and_says_so(without_module):
    without_module("black")
    at = start()

    (notice,) = code_alerts(at, "info")
    assert notice.startswith(f"{FORMATTING_NOTICE} (black is not installed)")
    # As written, not as black writes it: single quotes.
    assert "st.button('Click me')" in displayed_code(at)


def test_without_black_the_controls_still_drive_preview_and_code(without_module):
    without_module("black")
    at = show_config(start(), EDITED)

    assert not at.exception
    assert preview_button(at).proto.label == "Edited"
    code = displayed_code(at)
    ast.parse(code)
    assert parse_snippet(code) == shown_config(at) == EDITED


def test_when_black_fails_the_code_is_unformatted_valid_and_says_why(black_failing):
    at = show_config(start(), EDITED)

    (notice,) = code_alerts(at, "info")
    assert notice.startswith(
        f"{FORMATTING_NOTICE} (black failed: INTERNAL ERROR: Black produced invalid code.)"
    )
    assert "Details" not in notice
    assert parse_snippet(displayed_code(at)) == EDITED
    assert preview_button(at).proto.label == "Edited"


def test_when_black_fails_the_download_and_the_test_tab_still_work(
    black_failing, monkeypatch
):
    at = show_config(start(), EDITED)
    assert parse_snippet(offered_app(at, monkeypatch)) == EDITED

    at.session_state[CODE_VIEW] = TEST_TAB
    at.run()
    assert not at.exception
    assert [a for a in code_alerts(at, "info") if a.startswith(FORMATTING_NOTICE)]
    ast.parse(shown_code(at))


def test_with_black_working_there_is_no_formatting_notice():
    at = show_config(start(), EDITED)
    assert not [a for a in code_alerts(at, "info") if a.startswith(FORMATTING_NOTICE)]
    assert 'st.button("Edited", type="primary", icon="🔥")' in displayed_code(at)


# --- the code editor ---------------------------------------------------------------


def test_without_the_editor_the_code_is_shown_with_st_code_and_a_notice(
    without_module, monkeypatch
):
    without_module("code_editor")
    at = show_config(start(), EDITED)

    assert not at.exception
    (notice,) = code_alerts(at, "warning")
    assert notice.startswith(EDITOR_NOTICE)
    assert "paste it into the box below and press Apply" in notice
    assert parse_snippet(shown_code(at)) == EDITED
    assert not editor_caption_shown(at)
    # Still downloadable; st.code brings its own copy button.
    assert parse_snippet(offered_app(at, monkeypatch)) == EDITED


def test_without_the_editor_pasted_code_still_sets_the_controls(without_module):
    without_module("code_editor")
    at = start()

    at.text_area(key=PLAIN_PASTE).input('st.button("Pasted", type="primary")')
    at.button(key=PLAIN_APPLY).click().run()

    assert shown_config(at) == ButtonConfig(label="Pasted", type="primary")
    assert preview_button(at).proto.label == "Pasted"
    assert logged_trigger(at)[0] == "paste"
    assert any(s.startswith("Applied the call") for s in code_alerts(at, "success"))


def test_without_the_editor_a_bad_paste_is_refused_and_changes_nothing(
    without_module,
):
    without_module("code_editor")
    at = show_config(start(), EDITED)

    at.text_area(key=PLAIN_PASTE).input("st.button(")
    at.button(key=PLAIN_APPLY).click().run()

    assert not at.exception
    (error,) = code_alerts(at, "error")
    assert "Nothing was changed" in error
    assert shown_config(at) == EDITED
    assert at.text_area(key=PLAIN_PASTE).value == "st.button("


def test_with_the_editor_there_is_no_fallback():
    at = start()
    assert not [a for a in code_alerts(at, "warning") if a.startswith(EDITOR_NOTICE)]
    assert not at.container("code").code
    assert not [area for area in at.text_area if area.key == PLAIN_PASTE]
    assert "st.button" in displayed_code(at)
    assert editor_caption_shown(at)


def editor_caption_shown(at: AppTest) -> bool:
    """Whether the code panel's caption about the editor's Apply and Copy is drawn."""
    return any(
        "Copy takes what the editor shows" in shown(caption)
        for caption in at.container("code").caption
    )


# --- the bundled presets -------------------------------------------------------------


def presets_notice(at: AppTest) -> list[str]:
    return [shown(w) for w in at.sidebar.warning if shown(w).startswith(PRESETS_NOTICE)]


def gallery(at: AppTest) -> list[str]:
    return list(at.get_by_key("preset_pick").options)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'title = "Broken\n', "This is not valid TOML"),
        (b'title = "Wide"\nwidth = -3\n', "width"),
        (b"\xff\xfe not text", "not UTF-8"),
        (b"# " + b"x" * presets.MAX_PRESET_BYTES, "over 65,536 bytes"),
    ],
    ids=["bad-toml", "invalid-width", "not-utf8", "too-big"],
)
def test_a_bad_preset_file_is_skipped_with_a_warning_and_the_others_load(
    presets_folder, content, reason
):
    (presets_folder / "00-bad.toml").write_bytes(content)
    at = start()

    assert not at.exception
    (notice,) = presets_notice(at)
    assert "`00-bad.toml`: " in notice and reason in notice
    good = [
        preset.title
        for preset in preset_shelf.read_preset_dir(preset_shelf.PRESETS_DIR).presets
    ]
    assert gallery(at) == good and len(good) == len(preset_shelf.bundled_presets())


def test_an_unreadable_preset_file_is_skipped_and_a_good_one_still_applies(
    presets_folder,
):
    (presets_folder / "00-unreadable.toml").mkdir()  # can't be read as a file
    at = start()

    (notice,) = presets_notice(at)
    assert "`00-unreadable.toml`: It can't be read" in notice
    at.get_by_key("preset_pick").set_value("Aloha")
    at.run()
    assert shown_config(at) == preset_shelf.preset_titled("Aloha").config


def test_good_presets_give_no_warning(presets_folder):
    at = start()
    assert presets_notice(at) == []
    assert len(gallery(at)) == len(preset_shelf.bundled_presets())
