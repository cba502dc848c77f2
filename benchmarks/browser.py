"""Drive one app in Debian's Chromium and time what the user sees, in the page.

Every page gets ``page_timing.js`` before its own scripts: it times the cold
load from navigation start, and an armed watch from the click that starts it
to the moment the DOM shows the awaited change. Playwright only clicks and
waits; its own latency is not in the figures. Between interactions the driver
waits for Streamlit's ``script_finished`` message and for no stale element,
so one measurement never overlaps the previous run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Locator, Page, WebSocket

from tests.support.chromium import delta_count, ends_a_run

VIEWPORT = {"width": 1400, "height": 1000}
TIMEOUT_MS = 30_000
PAGE_TIMING_JS = (Path(__file__).parent / "page_timing.js").read_text()
_NOTHING_STALE = "() => !document.querySelector(\"[data-stale='true']\")"


class AppPage:
    """One browser page on one app: a Streamlit session, with its runs counted."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.finished_runs = 0
        # Elements each finished run sent (Streamlit's delta messages), in order.
        self.deltas_per_run: list[int] = []
        # Elements the runs the last interaction started sent, all told.
        self.run_messages = 0
        self._deltas = 0
        page.on("websocket", self._count_runs)

    def open(self, url: str) -> float:
        """Load the app; return the cold load in ms (navigation start → preview shown)."""
        with self.one_run():
            self.page.goto(url)
        self.page.wait_for_function("() => window.__bench.load.done")
        return self.page.evaluate("() => window.__bench.load.times.preview")

    @contextmanager
    def one_run(self) -> Iterator[None]:
        """Wait, after the body, until the run it started finished and nothing is stale.

        ``run_messages`` then holds the elements that run sent (with any run
        it was cut short for by ``st.rerun()``).
        """
        before = self.finished_runs
        yield
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while self.finished_runs <= before:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no script run finished within {TIMEOUT_MS} ms")
            self.page.wait_for_timeout(10)  # lets Playwright deliver socket frames
        self.run_messages = sum(self.deltas_per_run[before:])
        self.page.wait_for_function(_NOTHING_STALE, timeout=TIMEOUT_MS)

    def timed_click(self, target: Locator, **awaited: str) -> dict[str, float]:
        """Click ``target``; return ms from the click until each awaited change showed.

        ``awaited``: ``preview=<type>`` (the preview's button has that type),
        ``code=<text>`` (the editor shows that code, whitespace aside),
        ``changed=<selector>`` (that element's text changed).
        """
        self.page.evaluate("spec => window.__bench.arm(spec)", awaited)
        with self.one_run():
            target.click()
        self.page.wait_for_function(
            "() => window.__bench.armed.done", timeout=TIMEOUT_MS
        )
        watched = self.page.evaluate(
            "() => ({start: window.__bench.armed.start, times: window.__bench.armed.times})"
        )
        return {name: at - watched["start"] for name, at in watched["times"].items()}

    def click(self, target: Locator) -> None:
        with self.one_run():
            target.click()

    def commit_text(self, box: Locator, text: str) -> None:
        """Fill a text area and commit it with Ctrl+Enter, as a user does."""
        box.fill(text)
        with self.one_run():
            box.press("Control+Enter")

    def wait_for_editor(self, code: str) -> None:
        """Wait until the code editor shows ``code`` (whitespace aside)."""
        self.page.wait_for_function(
            "code => window.__bench.editorText() === code", arg=code, timeout=TIMEOUT_MS
        )

    def keyed(self, key: str) -> Locator:
        return self.page.locator(f".st-key-{key}")

    def option(self, control_key: str, name: str) -> Locator:
        """One option of a segmented control, by its name."""
        return self.keyed(control_key).get_by_role("radio", name=name, exact=True)

    def preview_button(self) -> Locator:
        """The preview's button; in a row, its first member's."""
        buttons = self.keyed("preview").locator("[data-testid^='stBaseButton-']")
        return buttons.filter(visible=True).first

    def _count_runs(self, socket: WebSocket) -> None:
        def on_frame(payload: bytes | str) -> None:
            self._deltas += delta_count(payload)
            if ends_a_run(payload):
                self.finished_runs += 1
                self.deltas_per_run.append(self._deltas)
                self._deltas = 0

        socket.on("framereceived", on_frame)


@contextmanager
def new_context(browser: Browser) -> Iterator[BrowserContext]:
    """A new browser context (empty cache, no cookies) whose pages time themselves."""
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(PAGE_TIMING_JS)
    try:
        yield context
    finally:
        context.close()


@contextmanager
def new_page(browser: Browser) -> Iterator[AppPage]:
    """A page in a new browser context: once opened, a new session."""
    with new_context(browser) as context:
        yield AppPage(context.new_page())
