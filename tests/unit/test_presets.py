"""Preset files: every bundled one is a valid, unique button; any file is read safely.

The contract test runs over every file in ``presets/``; the rest checks the
reader refuses each kind of bad file with a sentence, and the writer's TOML
reads back equal.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from components.core.codegen import generate_code
from components.core.config import (
    ButtonConfig,
    call_kwargs,
    own_key_error,
)
from components.core.kind import Kind
from components.core.kinds import KINDS
from components.core.preset_shelf import (
    PRESETS_DIR,
    bundled_presets,
    preset_titled,
)
from components.core.presets import (
    MAX_PRESET_BYTES,
    PresetError,
    default_title,
    preset_file_name,
    preset_toml,
    read_preset,
    read_preset_bytes,
)
from components.core.text import MAX_LISTED
from components.core.widgets import Written
from tests.support.strategies import button_configs, non_blank_text

PRESET_FILES = sorted(PRESETS_DIR.glob("*.toml"))
GUIDE_EXAMPLES = {
    "Say hello",
    "Refresh data",
    "Record timestamp",
    "Toggle advanced options",
    "Analyze file",
    "Back (action row)",
    "Next (action row)",
    "Reset",
    "Aloha",
    "Emoji icon",
    "Material icon",
    "Keyboard shortcut",
}
GOOD = 'title = "Save"\nlabel = "Save"\ntype = "primary"\n'


def problems_of(text: str) -> list[str]:
    """Why ``text`` is refused as a preset; fails if it is accepted."""
    with pytest.raises(PresetError) as refusal:
        read_preset(text)
    return refusal.value.problems


def call_arguments(code: str, kind: Kind) -> dict[str, object]:
    """The arguments of the one call of ``kind`` in ``code`` but on_click (a
    popover's on_change), by name: literals read, a name (the data a download
    defines) as its name, a function (a menu's format_func) as its source."""
    calls = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == kind.name
    ]
    assert len(calls) == 1, code
    (call,) = calls
    keywords = {k.arg: k.value for k in call.keywords if k.arg != kind.trigger}
    bound = kind.signature.bind_partial(*call.args, **keywords).arguments
    return {name: _argument_value(node) for name, node in bound.items()}


def _argument_value(node: ast.expr) -> object:
    if isinstance(node, ast.Name):
        return node.id
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)


# --- the contract: every bundled preset -------------------------------------------


def test_there_are_presets_for_the_guide_and_the_stress_cases():
    assert len(PRESET_FILES) >= 12
    assert GUIDE_EXAMPLES <= {preset.title for preset in bundled_presets()}


@pytest.mark.parametrize("path", PRESET_FILES, ids=lambda path: path.stem)
def test_preset_loads_validates_and_survives_the_code_generator(path: Path):
    preset = read_preset(path.read_text(encoding="utf-8"))

    assert preset.title and preset.description
    # Written back, it reads as the same button.
    assert read_preset(preset_toml(preset.config, preset.title)).config == preset.config
    # The code for it calls the widget with exactly the preset's arguments.
    code = generate_code(preset.config)
    kind = KINDS[preset.config.kind]
    expected = {
        name: (
            ast.unparse(ast.parse(repr(value))) if isinstance(value, Written) else value
        )
        for name, value in call_kwargs(preset.config).items()
    }
    if kind.named is not None:
        expected[kind.named.argument] = kind.named.name(preset.config)
    if preset.config.mode == "callback":
        expected |= {"args": preset.config.args} if preset.config.args else {}
        expected |= (
            {"kwargs": dict(preset.config.kwargs)} if preset.config.kwargs else {}
        )
    assert call_arguments(code, kind) == expected


@pytest.mark.parametrize("path", PRESET_FILES, ids=lambda path: path.stem)
def test_preset_title_is_unique(path: Path):
    title = read_preset(path.read_text(encoding="utf-8")).title
    assert [p.title for p in bundled_presets()].count(title) == 1


def test_guide_presets_carry_the_guide_arguments():
    refresh = preset_titled("Refresh data").config
    assert (refresh.type, refresh.icon, refresh.width) == (
        "primary",
        ":material/refresh:",
        "stretch",
    )
    assert (refresh.mode, dict(refresh.kwargs)) == ("callback", {"limit": 500})
    assert preset_titled("Record timestamp").config.mode == "callback"
    assert preset_titled("Toggle advanced options").config.mode == "toggle"
    assert preset_titled("Keyboard shortcut").config.shortcut == "Ctrl+S"
    assert preset_titled("Aloha").config.type == "tertiary"


def test_long_label_presets_differ_only_in_wrap():
    wrapped = preset_titled("Long label, wrapped").config
    one_line = preset_titled("Long label, one line").config
    assert (wrapped.wrap, one_line.wrap) == (True, False)
    assert wrapped.label == one_line.label and len(wrapped.label) > 100


def test_bundled_presets_are_read_once():
    assert bundled_presets() is bundled_presets()


# --- reading a file: accepted ------------------------------------------------------


def test_a_good_file_gives_its_title_and_button():
    preset = read_preset(GOOD)
    assert preset.title == "Save"
    assert preset.config == ButtonConfig(label="Save", type="primary")


def test_fields_left_out_take_their_defaults():
    assert read_preset('title = "Plain"\n').config == ButtonConfig()


def test_callback_arguments_are_read_as_python_literals():
    text = (
        'title = "t"\nmode = "callback"\nargs = "(1, None)"\nkwargs = "{\'a\': [1]}"\n'
    )
    cfg = read_preset(text).config
    assert cfg.args == (1, None) and dict(cfg.kwargs) == {"a": [1]}


def test_pixel_width_is_a_toml_number():
    assert read_preset('title = "t"\nwidth = 240\n').config.width == 240


def test_a_small_file_of_bytes_is_read():
    assert read_preset_bytes(GOOD.encode()).title == "Save"


# --- reading a file: refused, each kind with a sentence ----------------------------


def test_toml_syntax_error_is_refused():
    (problem,) = problems_of('title = "unclosed\n')
    assert problem.startswith("This is not valid TOML")


def test_unknown_keys_are_refused_by_name():
    (problem,) = problems_of(GOOD + 'colour = "red"\non_click = "x"\n')
    assert "`colour`" in problem and "`on_click`" in problem


def test_a_long_unknown_key_is_quoted_short():
    long_key = "k" * 20_000
    (problem,) = problems_of(GOOD + f"{long_key} = 1\n")
    assert f"`{'k' * 40}…`" in problem and len(problem) < 500


def test_many_unknown_keys_are_listed_ten_and_counted():
    keys = "".join(f"key{number} = 1\n" for number in range(MAX_LISTED + 5))
    (problem,) = problems_of(GOOD + keys)
    assert "`key9`" in problem and "`key10`" not in problem
    assert "and 5 more" in problem


def test_a_huge_number_under_a_long_unknown_key_is_named_short():
    (problem,) = problems_of(GOOD + f"{'k' * 20_000} = 0x{'F' * 5_000}\n")
    assert problem.startswith(f"`{'k' * 40}…` holds a whole number beyond 64 bits")


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("disabled = 1", "`disabled` must be true or false, not a whole number"),
        ('wrap = "yes"', "`wrap` must be true or false, not text"),
        ("label = 5", "`label` must be text in quotes, not a whole number"),
        ("width = 240.5", "a whole number, not a decimal number"),
        ("width = true", "`width` must be text in quotes or a whole number"),
        ("kwargs = { limit = 500 }", "`kwargs` must be text in quotes, not a table"),
        ("args = [1]", "`args` must be text in quotes, not an array"),
        ("help = 2024-01-01", "not a date or time"),
    ],
)
def test_wrong_toml_types_are_refused(line, says):
    problems = problems_of(f'title = "t"\n{line}\n')
    assert any(says in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('type = "huge"', "`type`"),
        ('icon = ":material/nope:"', "`icon`"),
        ("width = 0", "`width`"),
        ('shortcut = "Ctrl+C"', "`shortcut`"),
        ('key = "ctl_label"', "used by the playground"),
        ('help = ""', "`help` is empty"),
        ('mode = "sometimes"', "`mode`"),
        ("kwargs = \"{'limit': 500}\"", "mode 'plain' has none"),
        ('mode = "callback"\nargs = "(1"', "not a Python literal"),
        ('mode = "callback"\nargs = "500"', "must be a tuple"),
    ],
)
def test_invalid_values_are_refused_naming_the_field(line, field):
    problems = problems_of(f'title = "t"\n{line}\n')
    assert any(field in problem for problem in problems), problems


def test_every_problem_is_listed_not_just_the_first():
    problems = problems_of('title = "t"\ntype = "huge"\nwidth = 0\n')
    assert len(problems) == 2


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('label = "no title"\n', "needs a `title`"),
        ('title = "  "\n', "`title` is empty"),
        (f'title = "{"x" * 81}"\n', "longer than 80"),
    ],
)
def test_a_preset_needs_a_short_title(text, says):
    assert any(says in problem for problem in problems_of(text))


def test_a_file_over_64_kb_is_refused_before_it_is_read():
    data = (GOOD + "# " + "x" * MAX_PRESET_BYTES + "\n").encode()
    with pytest.raises(PresetError, match="64 KB"):
        read_preset_bytes(data)


def test_a_file_of_exactly_64_kb_is_read():
    data = GOOD.encode()
    data += b"#" * (MAX_PRESET_BYTES - len(data) - 1) + b"\n"
    assert len(data) == MAX_PRESET_BYTES
    assert read_preset_bytes(data).title == "Save"


def test_a_file_that_is_not_utf8_is_refused():
    with pytest.raises(PresetError, match="not UTF-8"):
        read_preset_bytes(b'title = "caf\xe9"\n')


# --- numbers beyond TOML's 64 bits: refused first, never a traceback ---------------

HUGE_HEX = "0x" + "F" * 5_000
HUGE_DECIMAL = "9" * 5_000


@pytest.mark.parametrize(
    "line",
    [
        f"width = {HUGE_HEX}",
        f"width = -{'9' * 4_000}",
        f"width = {2**63}",
        f"width = {-(2**63) - 1}",
        f"title2 = [[{HUGE_HEX}]]",
        f"kwargs = {{ limit = {2**64} }}",
    ],
    ids=["hex", "negative", "2**63", "-2**63-1", "nested", "in a table"],
)
def test_a_whole_number_beyond_64_bits_is_refused_by_key_before_other_checks(line):
    (problem,) = problems_of(f'title = "t"\n{line}\n')
    name = line.split(" = ")[0]
    assert problem.startswith(f"`{name}` holds a whole number beyond 64 bits")


def test_a_decimal_number_too_long_for_python_to_read_is_refused():
    # tomllib's int() refuses over 4,300 digits with a bare ValueError.
    (problem,) = problems_of(f'title = "t"\nwidth = {HUGE_DECIMAL}\n')
    assert "whole number of over 4,300 digits" in problem


@pytest.mark.parametrize("number", [2**63 - 1, -(2**63), 2**32])
def test_a_64_bit_number_passes_on_to_the_width_check(number):
    (problem,) = problems_of(f'title = "t"\nwidth = {number}\n')
    assert problem.startswith(f"`width` is {number}; it must be")
    assert "64 bits" not in problem


def test_a_64_bit_number_elsewhere_in_the_file_is_judged_as_usual():
    (problem,) = problems_of(f'title = "t"\nlabel = {2**63 - 1}\n')
    assert problem == "`label` must be text in quotes, not a whole number."


def test_a_file_nested_too_deeply_to_read_is_refused():
    (problem,) = problems_of('title = "t"\nx = ' + "[" * 30_000 + "]" * 30_000)
    assert "nests arrays or tables too deeply" in problem


def test_a_huge_number_in_uploaded_bytes_is_refused():
    data = f'title = "t"\nwidth = {HUGE_HEX}\n'.encode()
    with pytest.raises(PresetError, match="beyond 64 bits"):
        read_preset_bytes(data)


# --- writing a file ----------------------------------------------------------------


@given(button_configs, non_blank_text.filter(lambda t: len(t.strip()) <= 80))
def test_written_presets_read_back_as_the_same_button(cfg, title):
    assume(own_key_error(cfg.key) is None)
    text = preset_toml(cfg, title, description="any")
    preset = read_preset(text)
    assert preset.config == cfg
    assert preset.title == title.strip()


@given(st.text())
def test_any_text_is_written_as_a_toml_string_that_reads_back_equal(text):
    assert tomllib.loads(preset_toml(ButtonConfig(), text))["title"] == text


def test_only_non_default_fields_are_written():
    table = tomllib.loads(preset_toml(ButtonConfig(type="primary", width=240), "t"))
    assert table == {"title": "t", "type": "primary", "width": 240}
    assert tomllib.loads(preset_toml(ButtonConfig(), "t")) == {"title": "t"}


def test_callback_arguments_are_written_as_literal_text():
    cfg = ButtonConfig(mode="callback", args=(1,), kwargs={"limit": 500})
    table = tomllib.loads(preset_toml(cfg, "t"))
    assert (table["args"], table["kwargs"]) == ("(1,)", "{'limit': 500}")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Refresh data", "refresh-data.toml"),
        ("Back (action row)", "back-action-row.toml"),
        ("Café ☕ now!", "café-now.toml"),
        ("!!!", "preset.toml"),
    ],
)
def test_file_name_comes_from_the_title(title, name):
    assert preset_file_name(title) == name


def test_default_title_is_the_labels_first_line():
    assert default_title(ButtonConfig(label="  Save\nnow")) == "Save"
    assert default_title(ButtonConfig(label="", icon="🔥")) == "My button"
