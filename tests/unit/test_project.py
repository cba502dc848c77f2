"""The "Download as a project" zip: the app, its test pointed at it, pinned
requirements and a three-line README; nothing else. (That it runs and its test
passes, unpacked, is in tests/app/test_project_download.py.)"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import streamlit

from components.core import project
from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.project import (
    APP_FILE,
    README_FILE,
    REQUIREMENTS_FILE,
    TEST_FILE,
    project_zip,
)
from components.core.testgen import generate_test

ROOT = Path(__file__).parents[2]
CFG = ButtonConfig(label="Save", key="save", mode="callback", kwargs={"limit": 5})


def unzipped(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def repository_pin(name: str, file_name: str) -> str:
    """The version the repository's own requirement file pins ``name`` to."""
    for line in (ROOT / file_name).read_text().splitlines():
        if line.startswith(f"{name}=="):
            return line.removeprefix(f"{name}==").strip()
    raise AssertionError(f"{file_name} pins no {name}")


def test_the_zip_holds_exactly_the_app_its_test_requirements_and_readme():
    files = unzipped(project_zip(CFG))
    assert sorted(files) == sorted(
        [APP_FILE, TEST_FILE, REQUIREMENTS_FILE, README_FILE]
    )
    assert files[APP_FILE] == generate_code(CFG, complete=True)
    assert files[TEST_FILE] == generate_test(CFG, app_file=APP_FILE)


def test_its_test_runs_the_app_file_in_the_zip():
    test = unzipped(project_zip(CFG))[TEST_FILE]
    assert f"APP_FILE = {APP_FILE!r}" in test.replace('"', "'")
    assert "Path(__file__).with_name(APP_FILE)" in test
    assert "from_string" not in test


def test_another_config_gives_another_app_and_test():
    """The twin: the zip is the shown config's, not a fixed one."""
    other = unzipped(project_zip(ButtonConfig(label="Other")))
    files = unzipped(project_zip(CFG))
    assert other[APP_FILE] != files[APP_FILE]
    assert other[TEST_FILE] != files[TEST_FILE]
    assert other[REQUIREMENTS_FILE] == files[REQUIREMENTS_FILE]


def test_the_same_config_gives_the_same_bytes():
    assert project_zip(CFG) == project_zip(CFG)


def test_requirements_pin_the_versions_the_playground_runs_on():
    requirements = unzipped(project_zip(CFG))[REQUIREMENTS_FILE].splitlines()
    streamlit_pin = repository_pin("streamlit", "requirements.txt")
    pytest_pin = repository_pin("pytest", "requirements-dev.txt")
    assert requirements == [f"streamlit=={streamlit_pin}", f"pytest=={pytest_pin}"]
    # The installed ones, which these tests and the playground run on.
    assert (streamlit_pin, pytest_pin) == (streamlit.__version__, pytest.__version__)


def test_a_package_the_file_does_not_pin_is_refused_by_name():
    """The twin: no pin is made up when a file has none."""
    with pytest.raises(LookupError, match="requirements.txt pins no pytest"):
        project.pin("pytest", "requirements.txt")


def test_the_readme_says_how_to_run_it_and_test_it_in_three_lines():
    readme = unzipped(project_zip(CFG))[README_FILE]
    assert len(readme.splitlines()) == 3
    assert f"`streamlit run {APP_FILE}`" in readme
    assert f"`pip install -r {REQUIREMENTS_FILE}`" in readme
    assert "`pytest`" in readme
