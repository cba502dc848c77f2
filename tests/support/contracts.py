"""The contracts every kind and every mode keeps, as test classes to subclass.

A test module subclasses a contract and parametrizes it with ``kind`` (or
``mode``): over the registry, or over a throwaway one it registers for the
class (``tests/support/throwaway.py``). The same tests then run over each,
with no edit of their own.
"""

from __future__ import annotations

import ast
import inspect

import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components.core.arguments import SHARED
from components.core.codegen import IMPORT_LINE, generate_code
from components.core.config import (
    ButtonConfig,
    ConfigError,
    default_config,
    field_errors,
    kind_fields,
    own_key_error,
    same_value,
)
from components.core.controls import config_values, controls_from_config
from components.core.kind import Kind
from components.core.kinds import KINDS
from components.core.links import decode_query, encode_query
from components.core.modes import MODES, Mode
from components.core.presets import preset_toml, read_preset
from components.core.snippet_parser import SnippetError, parse_snippet, read_snippet
from components.core.testgen import generate_test
from tests.support.apptest import (
    TIMEOUT,
    logged,
    only,
    preview_button,
    show_config,
    start,
)
from tests.support.strategies import configs_of, hostile_texts, wrong_types

# A message is a sentence or two, never a wall.
MAX_MESSAGE_CHARS = 600


def kinds_by_name(kinds: dict[str, Kind]) -> list:
    return [pytest.param(kind, id=name) for name, kind in kinds.items()]


def modes_by_name(modes: dict[str, Mode]) -> list:
    return [pytest.param(mode, id=name) for name, mode in modes.items()]


def config_in_mode(mode: Mode, **fields: object) -> ButtonConfig:
    """A config in ``mode`` of the first kind that takes it (st.button, unless
    the mode is one only others take); a callback mode's with arguments to record."""
    more = {"kwargs": {"limit": 500}} if mode.callback else {}
    kind = next(k for k in KINDS.values() if mode.name in k.mode_names)
    return ButtonConfig.from_values(
        {"kind": kind.name, "mode": mode.name} | more | fields
    )


# Records what st.button returns on every run of the generated app.
_SPY = """
def _spied_button(*args, **kwargs):
    value = st.button(*args, **kwargs)
    st.session_state.setdefault("_spy_values", []).append(value)
    return value
"""


def spied_app(cfg: ButtonConfig) -> AppTest:
    """The generated complete app, run on its own, the widget spied on."""
    head, body = generate_code(cfg).split("\n", 1)
    assert head == IMPORT_LINE
    call = f"{KINDS[cfg.kind].call_name}("
    spy = _SPY.replace("st.button(", call)
    source = f"{head}\n{spy}\n{body.replace(call, '_spied_button(', 1)}"
    app = AppTest.from_string(source, default_timeout=TIMEOUT).run()
    assert not app.exception
    return app


def app_outcome(app: AppTest, cfg: ButtonConfig) -> tuple[list[bool], dict]:
    """st.button's value on each run so far, and the app's own session state."""
    state = app.session_state.to_dict()
    values = state.pop("_spy_values")
    state.pop(cfg.key, None)  # the button's own widget value, not app state
    return values, state


def playground_outcome(at: AppTest) -> tuple[list[bool], dict]:
    log = logged(at)
    return [record["button_value"] for record in log], dict(
        at.session_state["_pg_app_state"]
    )


def runs_since(outcome: tuple[list[bool], dict], count: int) -> tuple[list, dict]:
    values, state = outcome
    return values[count:], state


def assert_two_clicks_alike(cfg: ButtonConfig) -> None:
    """Two clicks in the preview and in the generated app, run on its own: the
    same runs, the same value from the widget on each, the same session state."""
    playground = show_config(start(), cfg)
    app = spied_app(cfg)
    for _ in range(2):
        played_before = len(playground_outcome(playground)[0])
        app_before = len(app_outcome(app, cfg)[0])
        preview_button(playground).click().run()
        only(app.get(cfg.kind)).click().run()
        assert not playground.exception
        played = runs_since(playground_outcome(playground), played_before)
        expected = runs_since(app_outcome(app, cfg), app_before)
        assert played == expected
        assert played[0][0] is True


class ModePlayContract:
    """What every mode keeps under AppTest: the preview plays it as its app runs."""

    def test_two_clicks_run_and_return_alike_in_preview_and_generated_app(self, mode):
        assert_two_clicks_alike(config_in_mode(mode, label="Go"))


class KindContract:
    """What every kind keeps: its defaults, its controls, code, link and preset
    round trips, and a clear refusal of hostile values for each of its fields."""

    def test_its_defaults_are_its_widgets_signature_defaults(self, kind: Kind):
        """Or, where the widget's default is None and would be refused (a page
        link's label for a web page), the value the argument starts from."""
        default = default_config(kind.name)
        for name in kind.argument_names:
            if name not in kind.required:
                expected = kind.defaults[name]
                if expected is None and kind.argument(name).start is not None:
                    expected = kind.argument(name).start
                assert same_value(default.get(name), expected), name
        assert all(kind.takes(name) for name in kind.required)

    def test_an_argument_it_does_not_take_must_stay_at_its_default(self, kind: Kind):
        foreign = [name for name in SHARED if not kind.takes(name)]
        for name in foreign:
            assert name in field_errors({"kind": kind.name, name: "x"})
        assert field_errors({"kind": kind.name}) == {}

    @given(data=st.data())
    def test_the_controls_show_the_config_they_were_built_from(self, kind, data):
        cfg = data.draw(configs_of(kind))
        assert ButtonConfig.from_values(config_values(controls_from_config(cfg))) == cfg

    @given(data=st.data())
    def test_its_code_compiles_and_reads_back_as_the_config(self, kind, data):
        cfg = data.draw(configs_of(kind).filter(_playground_key))
        for complete in (True, False):
            code = generate_code(cfg, complete=complete)
            ast.parse(code)
            assert parse_snippet(code) == cfg
        assert f"{kind.call_name}(" in generate_code(cfg)

    @given(data=st.data())
    def test_a_link_reopens_the_config(self, kind, data):
        cfg = data.draw(configs_of(kind).filter(_playground_key))
        assert decode_query(encode_query(cfg)) == (cfg, [])

    @given(data=st.data())
    def test_a_preset_file_reads_back_as_the_config(self, kind, data):
        cfg = data.draw(configs_of(kind).filter(_playground_key))
        assert read_preset(preset_toml(cfg, "A preset")).config == cfg

    @pytest.mark.parametrize("wide", [True, False], ids=["true", "false"])
    def test_a_pasted_use_container_width_is_read_as_its_width(self, kind, wide):
        """The deprecated argument, in code pasted from an older app, is read
        as its replacement with a note; a widget that never took it refuses it."""
        cfg = ButtonConfig.from_values(
            default_config(kind.name).flat() | {"width": "stretch"}
        )
        code = generate_code(cfg, complete=True)
        pasted = code.replace('width="stretch"', f"use_container_width={wide}")
        assert pasted != code
        if "use_container_width" not in inspect.signature(kind.function).parameters:
            with pytest.raises(SnippetError, match="no argument `use_container_width`"):
                read_snippet(pasted)
            return
        reading = read_snippet(pasted)
        assert reading.config.width == ("stretch" if wide else "content")
        assert reading.config == (cfg if wide else default_config(kind.name))
        assert any("`use_container_width` is deprecated" in n for n in reading.notes)

    @given(data=st.data())
    def test_a_hostile_value_is_taken_or_refused_naming_its_field(self, kind, data):
        name = data.draw(st.sampled_from(kind_fields(kind)[1:]))
        value = data.draw(st.one_of(hostile_texts(), wrong_types))
        errors = field_errors({"kind": kind.name, name: value})
        if name in errors:
            assert f"`{name}`" in errors[name]
            assert len(errors[name]) < MAX_MESSAGE_CHARS
        else:
            assert (
                ButtonConfig.from_values({"kind": kind.name, name: value}).get(name)
                == value
            )


class ModeContract:
    """What every mode keeps: code that reads back as it, its state names kept
    from the button's key, and a "Copy as test" that names it."""

    def test_its_code_reads_back_as_this_mode(self, mode: Mode):
        cfg = config_in_mode(mode, label="Go")
        for complete in (True, False):
            assert parse_snippet(generate_code(cfg, complete=complete)) == cfg

    def test_it_seeds_only_its_own_state_names(self, mode: Mode):
        seeds = mode.seeds(config_in_mode(mode))
        assert set(seeds) <= set(mode.state_names)
        setdefaults = generate_code(config_in_mode(mode)).count("setdefault(")
        assert setdefaults == len(seeds)

    def test_a_key_equal_to_one_of_its_state_names_is_refused(self, mode: Mode):
        for name in mode.state_names:
            with pytest.raises(ConfigError) as refused:
                config_in_mode(mode, key=name)
            assert refused.value.field == "key"
        assert config_in_mode(mode, key="save").key == "save"

    def test_its_copy_as_test_is_python_that_names_it(self, mode: Mode):
        test = generate_test(config_in_mode(mode))
        functions = [
            node.name
            for node in ast.walk(ast.parse(test))
            if isinstance(node, ast.FunctionDef)
        ]
        assert f"test_button_{mode.name}" in functions

    def test_every_kind_that_takes_it_lists_it(self, mode: Mode):
        assert any(mode.name in kind.mode_names for kind in KINDS.values())
        assert all(set(kind.mode_names) <= set(MODES) for kind in KINDS.values())


def _playground_key(cfg: ButtonConfig) -> bool:
    """A config the paste reader, links and presets take: a key not the playground's."""
    return own_key_error(cfg.key) is None
