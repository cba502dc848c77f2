"""Debian's Chromium, launched one way for the browser tests and the benchmark,
and Streamlit's own signal that a script run finished."""

from __future__ import annotations

from playwright.sync_api import Browser, Playwright
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

CHROMIUM = "/usr/bin/chromium"
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


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def delta_count(frame: bytes | str) -> int:
    """1 when a websocket frame is one element Streamlit sends (a delta), else 0."""
    if not isinstance(frame, bytes):
        return 0
    return int(ForwardMsg.FromString(frame).WhichOneof("type") == "delta")


def ends_a_run(frame: bytes | str) -> bool:
    """Whether a websocket frame is Streamlit's message that a script run finished.

    A run cut short by st.rerun() is not the end: the run it asked for is.
    """
    if not isinstance(frame, bytes):
        return False
    message = ForwardMsg.FromString(frame)
    return (
        message.WhichOneof("type") == "script_finished"
        and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
    )
