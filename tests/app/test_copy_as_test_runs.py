"""Every "Copy as test" runs under pytest, as a user runs it, beside the app file
it tests, and passes; and the same test, with the app file broken in one of the
ways it checks, fails and says what broke.

One pytest process runs each phase's cases, each in a folder of its own (the
app file and its test, as a user saves them); junit XML says which failed and
with what message.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.testgen import APP_FILE_NAME, generate_test
from tests.support.app_mutations import (
    MUTATIONS,
    base_configs,
    fast_sample,
    mutation_cases,
)
from tests.support.configs import varied_configs
from tests.support.profile import FAST

VARIED = varied_configs()
# The fast tier runs a share of the bases (each kind and mode, keyed); the
# full suite every one. The case table's coverage is checked in full below.
BASES = fast_sample(base_configs()) if FAST else base_configs()
MUTATED = mutation_cases(BASES)


def test_every_generated_test_passes_under_pytest_beside_its_app(tmp_path):
    """The varied configs, and every kind and mode the mutations start from
    (the twins of every failing case below) in both forms."""
    cases = {f"{name}_beside": (cfg, False) for name, cfg in (VARIED | BASES).items()}
    cases |= {f"{name}_contained": (cfg, True) for name, cfg in BASES.items()}
    for case, (cfg, self_contained) in cases.items():
        app = generate_code(cfg)
        write_case(
            tmp_path, case, app, generate_test(cfg, self_contained=self_contained)
        )
    outcomes = run_pytest(tmp_path)
    assert outcomes == {case: None for case in cases}


def test_a_generated_test_fails_saying_what_broke_when_its_app_file_breaks(tmp_path):
    """The negative twins: the app file changed as each check would catch (a
    label, a key, disabled, the callback's count, the if body, st.rerun, or
    the whole mode), and the test, unchanged, fails with its own words."""
    for case, (cfg, mutation) in MUTATED.items():
        write_case(tmp_path, case, mutation.app(cfg), generate_test(cfg))
    outcomes = run_pytest(tmp_path)
    assert set(outcomes) == set(MUTATED)
    passed = [case for case, failure in outcomes.items() if failure is None]
    assert passed == []
    unsaid = {
        case: outcomes[case]
        for case, (_, mutation) in MUTATED.items()
        if mutation.says is not None and mutation.says not in outcomes[case]
    }
    assert unsaid == {}


@pytest.mark.parametrize(
    "bases", [base_configs(), fast_sample(base_configs())], ids=["all", "fast"]
)
def test_every_kind_and_mode_is_broken_in_every_way_that_applies(bases):
    """The cases cover the registry: each base config, keyed, unkeyed and
    disabled, has a relabelled twin, and each mode a break of its own; in
    the fast tier's share too, with every way to break an app."""
    cases = mutation_cases(bases)
    assert {case.split("__")[0] for case in cases} == set(bases)
    broken_modes = {
        (cfg.kind, cfg.mode)
        for cfg, mutation in cases.values()
        if mutation.name != "relabelled"
    }
    assert broken_modes == {(cfg.kind, cfg.mode) for cfg in bases.values()}
    every = {mutation.name for mutation in MUTATIONS}
    assert {mutation.name for _, mutation in cases.values()} == every


def test_the_test_carries_no_app_of_its_own():
    """Why a broken file fails it: the default test holds no copy of the app."""
    cfg = ButtonConfig(label="Save", mode="if_block")
    assert generate_code(cfg) not in generate_test(cfg)
    assert generate_code(cfg) in generate_test(cfg, self_contained=True)


def write_case(folder: Path, case: str, app: str, test: str) -> None:
    """The app file and its test, side by side, as a user saves them."""
    (folder / case).mkdir()
    (folder / case / APP_FILE_NAME).write_text(app)
    (folder / case / f"test_{case}.py").write_text(test)


def run_pytest(folder: Path) -> dict[str, str | None]:
    """Run every case under ``folder`` in one pytest process, from another
    folder (the tests find their app from their own path); each case's
    failure message, or None when it passed."""
    report = folder / "report.xml"
    elsewhere = folder / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            str(folder),
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert report.exists(), result.stdout[-4000:] + result.stderr[-2000:]
    outcomes = {}
    for testcase in ElementTree.parse(report).iter("testcase"):
        case = testcase.get("classname").split(".")[-1].removeprefix("test_")
        problems = [*testcase.iter("failure"), *testcase.iter("error")]
        outcomes[case] = (
            "\n".join(f"{p.get('message')}\n{p.text}" for p in problems)
            if problems
            else None
        )
    return outcomes
