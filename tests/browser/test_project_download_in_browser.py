"""In Chromium: "Download as a project" saves a zip of the shown app (a
button's or a row's), its test, requirements and README; the "Copy as test"
tab's choice switches its form."""

from __future__ import annotations

import io
import zipfile
from urllib.parse import urlencode

from playwright.sync_api import Page, expect

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.keys import CODE_PROJECT_DOWNLOAD
from components.core.links import encode_query
from components.core.project import (
    APP_FILE,
    PROJECT_FILE_NAME,
    README_FILE,
    REQUIREMENTS_FILE,
    TEST_FILE,
)
from components.core.row import Row
from components.core.testgen import generate_test
from components.ui.test_tab import BESIDE, SELF_CONTAINED
from tests.support.browser import (
    choose,
    click,
    code_editor,
    copied_code,
    keyed,
    open_playground,
)


def downloaded_project(page: Page) -> dict[str, str]:
    with page.expect_download() as download:
        keyed(page, CODE_PROJECT_DOWNLOAD).get_by_role("button").click()
    assert download.value.suggested_filename == PROJECT_FILE_NAME
    data = download.value.path().read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def test_download_as_a_project_saves_the_shown_app_its_test_and_requirements(
    page: Page,
):
    choose(page, "mode", "toggle session state")
    expect(code_editor(page)).to_contain_text("show_more")
    files = downloaded_project(page)
    assert sorted(files) == sorted(
        [APP_FILE, TEST_FILE, REQUIREMENTS_FILE, README_FILE]
    )
    assert files[APP_FILE] == copied_code(page)
    assert files[APP_FILE] == generate_code(ButtonConfig(mode="toggle"))
    assert "def test_button_toggle():" in files[TEST_FILE]


def test_the_project_follows_the_config_shown_when_clicked(page: Page):
    """The twin: built on the click, from the config shown then."""
    before = downloaded_project(page)[APP_FILE]
    choose(page, "mode", "if st.button(...):")
    expect(code_editor(page)).to_contain_text("st.success")
    after = downloaded_project(page)[APP_FILE]
    assert before == generate_code(ButtonConfig())
    assert after == generate_code(ButtonConfig(mode="if_block"))


def test_the_copy_as_test_choice_switches_the_tests_form(page: Page):
    code = keyed(page, "code")
    click(page, code.get_by_role("tab", name="Copy as test", exact=True))
    test_code = code.get_by_test_id("stCode")
    expect(code.get_by_role("radio", name=BESIDE, exact=True)).to_be_checked()
    expect(test_code).to_contain_text("AppTest.from_file(")
    expect(test_code).not_to_contain_text("AppTest.from_string")
    click(page, code.get_by_role("radio", name=SELF_CONTAINED, exact=True))
    expect(test_code).to_contain_text("AppTest.from_string(APP")
    expect(test_code).not_to_contain_text("from_file")


BACK_NEXT = Row((ButtonConfig(label="Back"), ButtonConfig(label="Next", key="next")))


def test_a_rows_project_saves_the_rows_app_and_a_test_per_button(
    blank_page: Page, playground_url: str
):
    query = urlencode(encode_query(BACK_NEXT.members[0], BACK_NEXT))
    open_playground(blank_page, f"{playground_url}?{query}")
    files = downloaded_project(blank_page)
    assert files[APP_FILE] == copied_code(blank_page)
    assert files[APP_FILE] == generate_code(BACK_NEXT)
    # The row's, not the edited button's on its own.
    assert files[APP_FILE] != generate_code(BACK_NEXT.members[0])
    assert files[TEST_FILE] == generate_test(BACK_NEXT, app_file=APP_FILE)
    assert "def test_button_2_plain():" in files[TEST_FILE]
