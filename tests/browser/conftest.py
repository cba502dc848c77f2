"""The browser tier's fixtures: the playground served by `streamlit run`, and Debian's Chromium.

The server and the browser start once per test session; every test gets a new
browser context, which is a new Streamlit session with every control at its
default. A missing Chromium fails the suite: skipping would pass it untested.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.browser.driver import open_playground

REPO = Path(__file__).parent.parent.parent
CHROMIUM = Path("/usr/bin/chromium")
# Headless Chromium as root, with its calls home switched off: this machine's
# closed network refuses them, noisily and slowly.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_START_TIMEOUT_S = 60


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playground_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log_path = tmp_path_factory.mktemp("server") / "streamlit.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "playground.py",
             "--server.port", str(port), "--server.headless", "true"],
            cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            _wait_until_healthy(port, server, log_path)
            yield f"http://localhost:{port}"
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: scripts/test.sh installs Debian's chromium"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


def _wait_until_healthy(port: int, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health") as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(
        f"streamlit did not answer in {SERVER_START_TIMEOUT_S} s:\n{log_path.read_text()}"
    )
