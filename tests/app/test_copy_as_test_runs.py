"""Every "Copy as test" runs under pytest, as a user runs it, beside the app file
it tests, and passes; and the same test, with the app file broken in one of the
ways it checks, fails and says what broke. A row's test has one test per
button: breaking one button fails its test alone.

One pytest process runs each phase's cases, each in a folder of its own (the
app file and its test, as a user saves them); junit XML says which failed and
with what message.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from pathlib import Path

import pytest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.preset_shelf import bundled_presets
from components.core.row import Row, collisions
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


def _kind(kind: str, **values) -> ButtonConfig:
    return ButtonConfig.from_values({"kind": kind, **values})


# The presets' rows, and rows whose buttons' tests could mistake one another:
# two counts above their buttons, two callbacks counting, two buttons of one
# label, and the kinds AppTest does not click, side by side.
ROWS = {
    preset.title: preset.row for preset in bundled_presets() if preset.row is not None
} | {
    "two counts": Row(
        (
            ButtonConfig(label="One", mode="rerun"),
            ButtonConfig(label="Two", mode="rerun"),
        ),
        layout="horizontal",
    ),
    "two callbacks": Row(
        (
            ButtonConfig(label="Add", mode="callback", args=(1,)),
            ButtonConfig(label="Remove", mode="callback", key="remove"),
        )
    ),
    # AppTest lists a form's submit button under at.button too.
    "one label": Row(
        (
            _kind("form_submit_button", label="Go"),
            ButtonConfig(label="Go", mode="if_block"),
            ButtonConfig(label="Go", type="primary", mode="toggle"),
            ButtonConfig(label="Go", key="go", mode="toggle"),
        )
    ),
    "not clicked": Row(
        (
            _kind("popover", key="filters", mode="plain"),
            _kind("menu_button", options=["Copy", "Paste"]),
            _kind("link_button"),
            _kind("page_link"),
            _kind("download_button", mode="if_block"),
            _kind("form_submit_button", mode="callback"),
        )
    ),
}
FAST_ROWS = ("two counts", "one label", "not clicked")
CHECKED_ROWS = {name: ROWS[name] for name in FAST_ROWS} if FAST else ROWS


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


def test_each_button_of_a_row_has_a_passing_test_beside_the_rows_app(tmp_path):
    """In both forms: a test per button, each named by its number."""
    expected = {}
    for name, row in CHECKED_ROWS.items():
        assert collisions(row) == {}, name
        for form, contained in (("beside", False), ("contained", True)):
            case = f"{_case(name)}_{form}"
            test = generate_test(row, self_contained=contained)
            write_case(tmp_path, case, generate_code(row), test)
            expected |= {
                (case, test_name): None for test_name in _test_names(row, test)
            }
    assert run_pytest_by_test(tmp_path) == expected


def test_breaking_one_button_of_a_row_fails_its_test_alone(tmp_path):
    """The twin: the second button relabelled fails the second button's test,
    saying so, and every other button's test still passes; where buttons
    share its label and are found by it, theirs fail too: which one of them
    is gone, a label can't tell."""
    for name, row in CHECKED_ROWS.items():
        second = row.members[1]
        relabelled = (row.members[0], replace(second, label=f"{second.label} 2"))
        broken = replace(row, members=relabelled + row.members[2:])
        write_case(tmp_path, _case(name), generate_code(broken), generate_test(row))
    failed = _failed(run_pytest_by_test(tmp_path))
    assert {case: tests for case, (tests, _) in failed.items()} == {
        _case(name): _found_by_the_second_label(row)
        for name, row in CHECKED_ROWS.items()
    }
    assert all("label changed?" in says for _, says in failed.values())


def test_a_count_above_one_button_of_a_row_that_stays_at_0_fails_that_buttons_test(
    tmp_path,
):
    """Two counts at 0 above their buttons: the first losing its st.rerun()
    fails the first button's test, though the other count still shows 0."""
    row = ROWS["two counts"]
    broken = re.sub(r"\n\s*st\.rerun\(\)", "", generate_code(row), count=1)
    write_case(tmp_path, "two_counts", broken, generate_test(row))
    failed = _failed(run_pytest_by_test(tmp_path))
    assert list(failed) == ["two_counts"]
    tests, says = failed["two_counts"]
    assert tests == ["test_button_1_"]
    assert "was st.rerun() removed?" in says


def _found_by_the_second_label(row: Row) -> list[str]:
    """The second button's test, and the tests of the key-less buttons whose
    finder by label also sees it (the same kind, or a st.button beside a
    form's submit button, which AppTest lists as a button too)."""
    second = row.members[1]

    def sees_the_second(cfg: ButtonConfig) -> bool:
        same_list = cfg.kind == second.kind or (
            (cfg.kind, second.kind) == ("button", "form_submit_button")
        )
        return cfg.key is None and cfg.label == second.label and same_list

    return [
        f"test_button_{number}_"
        for number, cfg in enumerate(row.members, start=1)
        if number == 2 or sees_the_second(cfg)
    ]


def _case(name: str) -> str:
    return re.sub(r"\W+", "_", name.lower()).strip("_")


def _test_names(row: Row, test: str) -> list[str]:
    names = re.findall(r"^def (test_button_\w+)\(", test, flags=re.M)
    assert len(names) == len(row.members)
    return names


def _failed(outcomes: dict[tuple[str, str], str | None]) -> dict[str, tuple]:
    """Each case with a failing test: its failing tests' names, cut to their
    number (``test_button_2_``), and what they said."""
    failed: dict[str, tuple[list[str], str]] = {}
    for (case, test), failure in outcomes.items():
        if failure is not None:
            tests, says = failed.get(case, ([], ""))
            number = re.match(r"test_button_\d+_", test)[0]
            failed[case] = (tests + [number], says + failure)
    return failed


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
    failure message, or None when it passed (a lone button's test holds one
    test)."""
    return {case: failure for (case, _), failure in run_pytest_by_test(folder).items()}


def run_pytest_by_test(folder: Path) -> dict[tuple[str, str], str | None]:
    """``run_pytest``, by case and test function."""
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
        outcomes[case, testcase.get("name")] = (
            "\n".join(f"{p.get('message')}\n{p.text}" for p in problems)
            if problems
            else None
        )
    return outcomes
