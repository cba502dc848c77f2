"""The project download, unpacked as a user does: its app runs under AppTest,
its test passes under pytest (and fails once the app is broken), and its
requirements pin the playground's versions; a row's as a button's. The code
panel offers it, built on the click, for the shown config or row; and the
test tab's choice of form."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.keys import CODE_PROJECT_DOWNLOAD, CODE_TEST_FORM, CODE_VIEW
from components.core.links import encode_query
from components.core.project import (
    APP_FILE,
    CONFIG_FILE,
    PROJECT_FILE_NAME,
    README_FILE,
    REQUIREMENTS_FILE,
    TEST_FILE,
    project_zip,
)
from components.core.row import Row
from components.core.testgen import TEST_FILE_NAME, generate_test
from components.core.theme import make_theme
from components.core.theme_file import read_theme_toml, theme_toml
from components.ui.code_panel import TEST_TAB
from components.ui.test_tab import BESIDE, SELF_CONTAINED
from tests.support.apptest import (
    TIMEOUT,
    deferred_downloads,
    downloads_of,
    only,
    show_config,
    start,
)

CFG = ButtonConfig(label="Save", key="save", mode="toggle")


def unpacked(data: bytes, folder: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(folder)
    return folder


def run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_unpacked_project_runs_and_its_test_passes(tmp_path):
    folder = unpacked(project_zip(CFG), tmp_path)
    app = AppTest.from_file(str(folder / APP_FILE), default_timeout=TIMEOUT).run()
    assert not app.exception
    assert [button.label for button in app.button] == ["Save"]
    result = run_pytest(folder)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "1 passed" in result.stdout
    pins = (folder / REQUIREMENTS_FILE).read_text().splitlines()
    assert pins == [
        f"streamlit=={streamlit.__version__}",
        f"pytest=={pytest.__version__}",
    ]
    assert "pytest" in (folder / README_FILE).read_text()


PAGE_LINK = ButtonConfig.from_values(
    {"kind": "page_link", "page": "pages/settings.py", "label": "Settings"}
)


def test_a_page_link_to_a_page_file_unpacks_as_a_multipage_app_that_runs(tmp_path):
    folder = unpacked(project_zip(PAGE_LINK), tmp_path)
    assert (folder / "pages" / "settings.py").is_file()
    app = AppTest.from_file(str(folder / APP_FILE), default_timeout=TIMEOUT).run()
    assert not app.exception, [error.value for error in app.exception]
    (link,) = app.get("page_link")
    assert (link.proto.label, link.proto.external) == ("Settings", False)
    page = app.switch_page("pages/settings.py").run()  # as the link's click does
    assert not page.exception, [error.value for error in page.exception]
    assert page.title[0].value == "Settings"
    result = run_pytest(folder)
    assert result.returncode == 0, result.stdout[-4000:]


def test_without_its_page_file_the_page_links_app_fails():
    """The twin: the page file is what makes the app run; a web address needs none."""
    app = AppTest.from_string(generate_code(PAGE_LINK), default_timeout=TIMEOUT).run()
    assert "pages/settings.py" in app.exception[0].value
    web = ButtonConfig.from_values({"kind": "page_link", "label": "Docs"})
    assert set(unpacked_names(project_zip(web))) == {
        APP_FILE,
        TEST_FILE,
        REQUIREMENTS_FILE,
        README_FILE,
    }


def unpacked_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def run_pytest_broken(folder: Path, old: str, new: str) -> subprocess.CompletedProcess:
    """Run the unpacked project's test after the app file's ``old`` became ``new``."""
    app = folder / APP_FILE
    app.write_text(app.read_text().replace(old, new))
    return run_pytest(folder)


def test_the_unpacked_projects_test_fails_once_its_app_is_broken(tmp_path):
    """The twin: the test is the app file's, so breaking the file fails it."""
    folder = unpacked(project_zip(CFG), tmp_path)
    result = run_pytest_broken(folder, '"Save"', '"Saved"')
    assert result.returncode == 1
    assert "was its label changed?" in result.stdout


def test_the_code_panel_offers_the_shown_configs_project_built_on_the_click(
    monkeypatch,
):
    at = show_config(start(), CFG)
    button = at.get_by_key(CODE_PROJECT_DOWNLOAD)
    assert button.proto.label == "Download as a project"
    # Deferred: nothing is built until the click asks for it.
    assert button.proto.deferred_file_id and not button.proto.url
    offered = deferred_downloads(at, monkeypatch)[PROJECT_FILE_NAME]
    assert offered == project_zip(CFG)
    assert offered != project_zip(ButtonConfig())


def test_the_project_holds_the_app_and_test_the_panel_shows(tmp_path):
    files = unpacked(project_zip(CFG), tmp_path)
    assert (files / APP_FILE).read_text() == generate_code(CFG)
    assert (files / TEST_FILE).read_text() == generate_test(CFG, app_file=APP_FILE)


def shown_test(at: AppTest) -> str:
    # st.code shows the text without its final newline.
    return only(at.container("code").code).value + "\n"


def test_the_test_tab_shows_the_test_of_the_app_file_by_default(monkeypatch):
    at = show_config(start(), CFG)
    at.session_state[CODE_VIEW] = TEST_TAB
    at.run()
    assert at.get_by_key(CODE_TEST_FORM).value == BESIDE
    assert shown_test(at) == generate_test(CFG)
    assert "AppTest.from_file(" in shown_test(at)
    assert downloads_of(at, monkeypatch)[TEST_FILE_NAME] in (
        generate_test(CFG),
        generate_test(CFG).encode(),
    )


def test_the_self_contained_choice_shows_and_offers_the_test_carrying_the_app(
    monkeypatch,
):
    """The twin: the other form is shown only once chosen."""
    at = show_config(start(), CFG)
    at.session_state[CODE_VIEW] = TEST_TAB
    at.run()
    at.get_by_key(CODE_TEST_FORM).set_value(SELF_CONTAINED).run()
    contained = generate_test(CFG, self_contained=True)
    assert shown_test(at) == contained
    assert "AppTest.from_string(APP" in shown_test(at)
    assert "from_file" not in shown_test(at)
    offered = downloads_of(at, monkeypatch)[TEST_FILE_NAME]
    assert offered in (contained, contained.encode())


THEMED = make_theme({"primaryColor": "#0068c9", "sidebar.textColor": "#112233"})


def test_a_themed_project_carries_its_config_toml_beside_the_app(tmp_path):
    folder = unpacked(project_zip(CFG, THEMED), tmp_path)
    config_toml = (folder / CONFIG_FILE).read_text()
    assert read_theme_toml(config_toml) == read_theme_toml(theme_toml(THEMED))
    assert read_theme_toml(config_toml).theme == THEMED


def test_a_project_without_a_theme_has_no_config_toml():
    """The twin."""
    assert CONFIG_FILE not in unpacked_names(project_zip(CFG))


def test_the_code_panel_offers_the_themed_project_when_a_theme_is_set(monkeypatch):
    at = show_config(start({"theme": '{"primaryColor":"#0068c9"}'}), CFG)
    offered = deferred_downloads(at, monkeypatch)[PROJECT_FILE_NAME]
    assert offered == project_zip(CFG, make_theme({"primaryColor": "#0068c9"}))
    assert offered != project_zip(CFG)


# --- a row's project ------------------------------------------------------------

ROW = Row(
    (
        ButtonConfig(label="Back", mode="if_block"),
        ButtonConfig(label="Next", key="next", mode="rerun"),
        ButtonConfig.from_values(
            {"kind": "page_link", "page": "pages/settings.py", "label": "Settings"}
        ),
    )
)


def opened_row(row: Row) -> AppTest:
    return start(query=encode_query(row.members[0], row))


def test_a_rows_project_runs_as_a_multipage_app_and_its_test_passes(tmp_path):
    folder = unpacked(project_zip(ROW), tmp_path)
    assert (folder / "pages" / "settings.py").is_file()
    app = AppTest.from_file(str(folder / APP_FILE), default_timeout=TIMEOUT).run()
    assert not app.exception, [error.value for error in app.exception]
    assert [button.label for button in app.button] == ["Back", "Next"]
    result = run_pytest(folder)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "3 passed" in result.stdout


def test_a_rows_project_fails_the_test_of_the_button_broken(tmp_path):
    """The twin: one button relabelled in the unpacked app fails its test alone."""
    folder = unpacked(project_zip(ROW), tmp_path)
    result = run_pytest_broken(folder, '"Next"', '"Forward"')
    assert result.returncode == 1
    assert "1 failed, 2 passed" in result.stdout
    assert "test_button_2_rerun" in result.stdout


def test_the_code_panel_offers_the_rows_project_and_shows_its_test(monkeypatch):
    at = opened_row(ROW)
    button = at.get_by_key(CODE_PROJECT_DOWNLOAD)
    assert not button.proto.disabled
    offered = deferred_downloads(at, monkeypatch)[PROJECT_FILE_NAME]
    assert offered == project_zip(ROW)
    assert offered != project_zip(ROW.members[0])
    at.session_state[CODE_VIEW] = TEST_TAB
    at.run()
    assert shown_test(at) == generate_test(ROW)
    assert shown_test(at) != generate_test(ROW.members[0])
