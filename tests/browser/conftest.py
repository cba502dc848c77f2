"""The browser tier's fixtures: the playground served by `streamlit run`, and Debian's Chromium.

The server and the browser start once per test session; every test gets a new
browser context, which is a new Streamlit session with every control at its
default. A missing Chromium fails the suite: skipping would pass it untested.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.browser import open_playground
from tests.support.chromium import CHROMIUM, CHROMIUM_ARGS
from tests.support.servers import ServerError, serving


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playground_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The playground served by `streamlit run`, as the benchmark serves it."""
    logs = tmp_path_factory.mktemp("server")
    try:
        with serving({"playground": "playground.py"}, logs) as servers:
            yield servers["playground"].url
    except ServerError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: scripts/test.sh installs Debian's chromium"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(blank_page: Page, playground_url: str) -> Page:
    open_playground(blank_page, playground_url)
    return blank_page


@pytest.fixture
def blank_page(browser: Browser) -> Iterator[Page]:
    """A page in a new browser context that has opened nothing yet (for links)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()
