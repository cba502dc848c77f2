"""The "Download as a project" zip: the app, its theme, its test, pinned requirements, a README.

Owns what the zip holds, for a button or a row: ``streamlit_app.py`` (the
complete app), ``.streamlit/config.toml`` when a theme is set (the Theme panel's),
``test_streamlit_app.py`` (the "Copy as test" test, pointed at that file),
``requirements.txt`` pinning the streamlit and pytest this playground runs on
(read from the repository's own requirement files, the pins it is deployed
and tested with) and a three-line ``README.md``. Unpacked, ``streamlit run
streamlit_app.py`` serves the app in its theme and ``pytest`` passes. Built
in memory.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path, PurePosixPath

from components.core.codegen import IMPORT_LINE, format_code, generate_code
from components.core.config import ButtonConfig
from components.core.key_colour import KeyColour
from components.core.kind_rules import is_web_page
from components.core.kinds import KINDS
from components.core.row import Row
from components.core.testgen import generate_test
from components.core.theme import NO_THEME, Theme
from components.core.theme_file import theme_toml

APP_FILE = "streamlit_app.py"
TEST_FILE = "test_streamlit_app.py"
CONFIG_FILE = ".streamlit/config.toml"
REQUIREMENTS_FILE = "requirements.txt"
README_FILE = "README.md"
PROJECT_FILE_NAME = "st_button_project.zip"

REPOSITORY = Path(__file__).resolve().parents[2]
# Where each pinned package's pin is read: the app's and the tests' files.
PIN_SOURCES = {"streamlit": "requirements.txt", "pytest": "requirements-dev.txt"}

README = (
    "# A st.button app, made in the st.button playground\n"
    f"Run it: `pip install -r {REQUIREMENTS_FILE}`, then "
    f"`streamlit run {APP_FILE}`\n"
    "Test it: `pytest`\n"
)
PAGE_TEXT = "A page of the app: the st.page_link in the app's main file opens it."
# A fixed date: the same config gives the same bytes.
_DATE = (1980, 1, 1, 0, 0, 0)


def project_files(
    shown: ButtonConfig | Row,
    theme: Theme = NO_THEME,
    key_colour: KeyColour | None = None,
) -> dict[str, str]:
    """The project's files by name, for a button or a row: what
    ``project_zip`` packs; with a page link to a page file, that page too, so
    the app runs as a multipage app."""
    members = shown.members if isinstance(shown, Row) else (shown,)
    pages = {name: text for cfg in members for name, text in linked_pages(cfg).items()}
    return {
        APP_FILE: generate_code(shown, complete=True, key_colour=key_colour),
        **pages,
        **({CONFIG_FILE: theme_toml(theme)} if theme else {}),
        TEST_FILE: generate_test(shown, app_file=APP_FILE),
        REQUIREMENTS_FILE: requirements(),
        README_FILE: README,
    }


def linked_pages(cfg: ButtonConfig) -> dict[str, str]:
    """The page file a page link names, by its path: a page that says what it
    is and links back; none for a web address or any other kind."""
    kind = KINDS[cfg.kind]
    page = cfg.get(kind.address) if kind.address == "page" else None
    if page is None or is_web_page(page):
        return {}
    title = PurePosixPath(page).stem.replace("_", " ").capitalize()
    # A page link's path is read from the main file's folder, wherever it sits.
    source = (
        f"{IMPORT_LINE}\n\n"
        f"st.title({title!r})\n"
        f"st.write({PAGE_TEXT!r})\n"
        f"st.page_link({APP_FILE!r}, label='Back', icon=':material/arrow_back:')\n"
    )
    return {page: format_code(source)}


def project_zip(
    shown: ButtonConfig | Row,
    theme: Theme = NO_THEME,
    key_colour: KeyColour | None = None,
) -> bytes:
    """The project of ``shown`` under ``theme`` as zip bytes, the files at the
    archive's top."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in project_files(shown, theme, key_colour).items():
            info = zipfile.ZipInfo(name, date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def requirements() -> str:
    """The project's requirements.txt: one ``name==version`` line per package."""
    return "".join(f"{pin(name, PIN_SOURCES[name])}\n" for name in PIN_SOURCES)


def pin(name: str, file_name: str) -> str:
    """The ``name==version`` line of the repository's ``file_name``."""
    for line in (REPOSITORY / file_name).read_text().splitlines():
        requirement = line.split("#")[0].strip()
        if requirement.partition("==")[0].strip().lower() == name:
            return requirement.replace(" ", "")
    raise LookupError(f"{file_name} pins no {name}")
