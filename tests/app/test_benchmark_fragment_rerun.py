"""Item 5's harness reruns a preview click as the browser asks for it: the
playground's fragment alone, which AppTest by itself never does. It reaches
into AppTest's privates (``benchmarks.script_time.fragment_rerun``); these
fail when an upgrade moves them."""

from __future__ import annotations

from contextlib import nullcontext

from streamlit.testing.v1 import AppTest

from benchmarks.script_time import fragment_rerun
from components.core.run_story import redraw_note
from tests.support.apptest import logged, preview_button, start
from tests.support.servers import REPO


def _click(at: AppTest, in_fragment: bool) -> AppTest:
    preview_button(at).click()
    with fragment_rerun(at) if in_fragment else nullcontext():
        return at.run()


def test_a_click_rerun_by_the_harness_redraws_only_the_preview_and_log():
    at = _click(start(), in_fragment=True)
    latest = logged(at)[-1]
    assert latest["redrew_only_preview"] and redraw_note(latest)
    assert latest["button_value"] is True  # the click reached the button


def test_a_click_rerun_by_plain_apptest_runs_the_whole_script():
    at = _click(start(), in_fragment=False)
    assert not logged(at)[-1]["redrew_only_preview"]


def test_an_app_without_a_fragment_is_rerun_whole_and_sees_the_click():
    at = AppTest.from_file(str(REPO / "benchmarks/bare_app.py")).run()
    at.container(key="preview").button[0].click()
    with fragment_rerun(at):
        at.run()
    assert at.session_state["bench_clicks"] == 1
