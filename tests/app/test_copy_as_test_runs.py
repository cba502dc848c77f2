"""Every "Copy as test" runs under pytest, as a user runs it, and passes; and
fails against an app that does not do its mode."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.modes import MODES
from components.core.testgen import generate_test
from tests.support.configs import varied_configs

VARIED = varied_configs()


def test_every_generated_test_passes_under_pytest(tmp_path):
    """One pytest process runs them all: each file is a generated test, as copied."""
    for name, cfg in VARIED.items():
        (tmp_path / f"test_{name}.py").write_text(generate_test(cfg))
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    assert f"{len(VARIED)} passed" in result.stdout


def test_a_generated_test_fails_against_an_app_that_does_not_do_its_mode(tmp_path):
    """The negative twin: each mode's test, run against another mode's app, fails.

    The plain app shows nothing on a click; the rerun app's button is False
    again by the time its st.rerun() has finished.
    """
    for mode in MODES:
        other = "rerun" if mode == "plain" else "plain"
        wrong_app = generate_code(ButtonConfig(mode=other))
        # A second APP at the bottom rebinds the name before any test runs.
        test = generate_test(ButtonConfig(mode=mode)) + f"\nAPP = {wrong_app!r}\n"
        (tmp_path / f"test_{mode}.py").write_text(test)
    result = run_pytest(tmp_path)
    assert f"{len(MODES)} failed" in result.stdout, result.stdout[-4000:]


def run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )
