"""Run ``python -m benchmarks`` as a user does, for the benchmark tier."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run_benchmarks(*options: str, out: Path, timeout_s: int) -> str:
    """Run the benchmark with ``options`` into ``out``; its printed tables.

    A missing browser is a failure, never a skip."""
    if not Path("/usr/bin/chromium").exists():
        pytest.fail("/usr/bin/chromium is missing: scripts/test.sh installs it")
    finished = subprocess.run(
        [sys.executable, "-m", "benchmarks", *options, "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout_s,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr[-4000:]
    return finished.stdout
