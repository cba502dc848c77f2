"""The README's pictures: taken by browser tests, kept in docs/ only on request.

Each is written to tests/artifacts on every run, and copied to docs/ when it
is missing there or UPDATE_SCREENSHOT=1, so a plain run leaves the tree clean.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from playwright.sync_api import Page

REPO = Path(__file__).parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"
DOCS = REPO / "docs"


def save_screenshot(page: Page, name: str) -> Path:
    """The page as ``name`` (a .png) in the artifacts, and in docs/ when asked."""
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    page.mouse.move(0, 0)
    page.screenshot(path=shot)
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    if os.environ.get("UPDATE_SCREENSHOT") == "1" or not (DOCS / name).exists():
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(shot, DOCS / name)
    return shot
