"""Load: ten sessions at once on one server, each doing fifty random interactions.

Each session is its own browser context (its own Streamlit session) and
writes a marker of its own into every label it types. The interactions are
played in rounds: each round every session starts one, in a shuffled order,
without waiting for the others, so ten script runs are in flight at once; then
the round waits for each session's run to finish (Streamlit's own
``script_finished`` message, no timer). After each round every page must show
its own button and no other session's marker, with no exception on the page;
at the end its preview, code, log and URL hold its own marker only, and no
page logged a console error. Each page opens the panels drawn only while open
that show the label (the log's entries, the compare panel, the link) first.
A click on the preview reruns only its fragment.

The interactions are seeded: a failure replays the same way.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Locator, Page, expect

from components.core.arguments import BUTTON_TYPES, NAMED_WIDTHS
from components.core.keys import COMPARE_OPEN, LINK_SHARE_OPEN, LOG_HISTORY, WIDTH_PX
from components.core.kinds import BUTTON
from components.core.modes import MODES
from components.core.preset_shelf import (
    bundled_presets,
)
from components.core.presets import (
    Preset,
)
from components.core.widgets import PIXELS
from tests.support.browser import (
    code_editor,
    control,
    keyed,
    log_entries,
    open_panel,
    open_playground,
    preset_pill,
    preview_button,
    rerun,
)

pytestmark = pytest.mark.load

SESSIONS = 10
INTERACTIONS = 50
SEED = 20_261_126
ICONS = ("🔥", ":material/thumb_up:", "spinner", "")
PIXEL_WIDTHS = (120, 180, 240, 320)
# Markers no other marker contains, and that no preset, help or code text holds.
MARKER = "Qz{:02d}"


@dataclass
class Session:
    """One user: a page, their own random stream, and what their controls hold."""

    number: int
    page: Page
    rng: random.Random
    console_errors: list[str] = field(default_factory=list)
    label: str = "Click me"
    type: str = "secondary"
    icon: str = ""
    width: str = "content"
    mode: str = "plain"
    disabled: bool = False
    typed: int = 0

    @property
    def marker(self) -> str:
        return MARKER.format(self.number)

    def next_interaction(self) -> Callable[[], None]:
        """Pick an interaction that changes something, so it starts exactly one run."""
        choices: list[Callable[[], None]] = [
            self.type_label,
            self.type_label,
            self.choose_type,
            self.type_icon,
            self.choose_width,
            self.choose_mode,
            self.apply_preset,
            self.flip_complete_app,
        ]
        if not self.disabled:
            choices += [self.click_preview, self.click_preview]
        if self.width == "pixels":
            choices.append(self.type_pixels)
        return self.rng.choice(choices)

    # --- interactions: each starts a run and returns without waiting for it ----

    def type_label(self) -> None:
        self.typed += 1
        self.label = f"{self.marker} label {self.typed}"
        _commit(control(self.page, "label").locator("textarea"), self.label)

    def choose_type(self) -> None:
        self.type = self._other(BUTTON_TYPES, self.type)
        _click_option(self.page, "type", self.type)

    def type_icon(self) -> None:
        self.icon = self._other(ICONS, self.icon)
        _commit(control(self.page, "icon").locator("input"), self.icon)

    def choose_width(self) -> None:
        self.width = self._other((*NAMED_WIDTHS, PIXELS), self.width)
        _click_option(self.page, "width", self.width)

    def type_pixels(self) -> None:
        box = keyed(self.page, WIDTH_PX).locator("input")
        # The box keeps its number while another width is chosen: read it.
        pixels = self._other(PIXEL_WIDTHS, int(box.input_value()))
        _commit(box, str(pixels))

    def choose_mode(self) -> None:
        # The sessions configure st.button: the modes it takes.
        self.mode = self._other(BUTTON.mode_names, self.mode)
        _click_option(self.page, "mode", MODES[self.mode].title)

    def click_preview(self) -> None:
        preview_button(self.page).click()

    def flip_complete_app(self) -> None:
        keyed(self.page, "code_complete").locator("label").click()

    def apply_preset(self) -> None:
        # The sessions configure st.button: its presets (another kind's
        # preview may open a tab or run nothing on a click).
        button_presets = [
            p
            for p in bundled_presets()
            if p.config.kind == BUTTON.name and p.row is None
        ]
        preset: Preset = self.rng.choice(button_presets)
        pill = preset_pill(self.page, preset.title)
        # Scrolled just below the sidebar's sticky header, a pill's click lands
        # on the header (no run at all): a user brings it into view first.
        pill.evaluate("element => element.scrollIntoView({block: 'center'})")
        pill.click()
        cfg = preset.config
        self.label, self.type, self.icon = cfg.label, cfg.type, cfg.icon or ""
        self.mode, self.disabled = cfg.mode, cfg.disabled
        self.width = "pixels" if isinstance(cfg.width, int) else cfg.width

    def _other(self, options, current):
        return self.rng.choice([option for option in options if option != current])


def _commit(box: Locator, text: str) -> None:
    """Fill a box and commit it as a user does: Enter, or Ctrl+Enter in a text area."""
    box.fill(text)
    is_area = box.evaluate("element => element.tagName") == "TEXTAREA"
    box.press("Control+Enter" if is_area else "Enter")


def _click_option(page: Page, field_name: str, option: str) -> None:
    """Click one option of a segmented control or radio (a radio's input is hidden)."""
    radio = control(page, field_name).get_by_role("radio", name=option, exact=True)
    if radio.evaluate("element => element.tagName") == "INPUT":
        radio = radio.locator("xpath=ancestor::label[1]")
    radio.click()


def _play_round(sessions: list[Session], order: random.Random) -> None:
    """Every session starts one interaction, then each waits for its run to finish."""
    with ExitStack() as runs:
        for session in order.sample(sessions, len(sessions)):
            interaction = session.next_interaction()
            runs.enter_context(rerun(session.page))
            interaction()


def _others(session: Session) -> re.Pattern[str]:
    """Any session's marker but this one's."""
    others = [MARKER.format(n) for n in range(SESSIONS) if n != session.number]
    return re.compile("|".join(others))


def _check_page(session: Session) -> None:
    """The page shows this session's button, nothing of another's, and no exception.

    Nothing of another's anywhere: the sidebar, preview, log, compare panel
    and link are all in the app's element; the code is in the editor's frame.
    """
    page, others = session.page, _others(session)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stApp")).not_to_contain_text(others)
    expect(code_editor(page)).not_to_contain_text(others)
    if session.label.startswith(session.marker):
        expect(preview_button(page)).to_contain_text(session.label)


def _record_console_errors(session: Session, app_url: str) -> None:
    """Keep the page's uncaught errors, and the console errors the app's own files log.

    Errors from elsewhere are this closed network refusing Google's fonts
    (Streamlit's page icon, the code editor's font): not the app's.
    """

    def record(message: ConsoleMessage) -> None:
        if message.type == "error" and message.location["url"].startswith(app_url):
            session.console_errors.append(f"{message.text} ({message.location})")

    session.page.on("console", record)
    session.page.on(
        "pageerror", lambda error: session.console_errors.append(str(error))
    )


def test_ten_sessions_at_once_each_see_only_their_own_button_and_log(
    browser: Browser, playground_url: str
):
    started = time.monotonic()
    contexts = [
        browser.new_context(viewport={"width": 1400, "height": 1000})
        for _ in range(SESSIONS)
    ]
    try:
        sessions = [
            Session(number, context.new_page(), random.Random(f"{SEED}-{number}"))
            for number, context in enumerate(contexts)
        ]
        # One after the other: loading a page is the browser's CPU work, which
        # ten at once on this machine would only slow down together.
        for session in sessions:
            _record_console_errors(session, playground_url)
            open_playground(session.page, playground_url)
            # Drawn only while open: the log's entries, the compare panel, the link.
            for panel in (LOG_HISTORY, COMPARE_OPEN, LINK_SHARE_OPEN):
                open_panel(session.page, panel)

        order = random.Random(SEED)
        opened = time.monotonic()
        checking = 0.0
        for _ in range(INTERACTIONS):
            _play_round(sessions, order)
            checks_started = time.monotonic()
            for session in sessions:
                _check_page(session)
            checking += time.monotonic() - checks_started
        played = time.monotonic()

        # A last label from each, at once, so every page ends on its own marker.
        with ExitStack() as runs:
            for session in sessions:
                runs.enter_context(rerun(session.page))
                session.type_label()
        for session in sessions:
            _check_page(session)
            page = session.page
            expect(code_editor(page)).to_contain_text(session.marker)
            expect(log_entries(page)).to_contain_text(session.label)
            assert session.marker in page.url and not _others(session).search(page.url)
            assert session.console_errors == []
    finally:
        for context in contexts:
            context.close()
    print(
        f"\n{SESSIONS} sessions: opened in {opened - started:.0f} s, "
        f"{INTERACTIONS} interactions each in {played - opened:.0f} s "
        f"({(played - opened) / INTERACTIONS:.1f} s a round of {SESSIONS} at once, "
        f"{checking:.0f} s of it checking the pages)"
    )
