"""ButtonConfig follows st.button's real signature, defaults and rules."""

from __future__ import annotations

import inspect

import pytest

from components.core.config import (
    ButtonConfig,
    ConfigError,
    call_kwargs,
    config_warnings,
    field_errors,
)
from components.core.kinds import KINDS
from components.core.rules import (
    MAX_TEXT_CHARS,
    suggest_material_icon,
)
from components.core.text import quoted
from tests.support.field_cases import INVALID, VALID, case_id

# Parameters the playground handles outside ButtonConfig's argument fields:
# the callback trio (the on-click mode, a popover's on_change) and the
# deprecated width flag.
HANDLED_ELSEWHERE = {"args", "kwargs", "use_container_width"}


@pytest.mark.parametrize("kind", KINDS.values(), ids=lambda kind: kind.name)
def test_every_parameter_of_each_kind_is_configurable(kind):
    parameters = set(inspect.signature(kind.function).parameters)
    handled = HANDLED_ELSEWHERE | {kind.trigger}
    assert parameters - handled == set(kind.argument_names)


def test_default_config_calls_st_button_with_the_label_only():
    assert call_kwargs(ButtonConfig()) == {"label": "Click me"}


def test_changed_arguments_are_passed_in_signature_order():
    cfg = ButtonConfig(label="Go", wrap=False, type="primary", width=240, key="go")
    assert list(call_kwargs(cfg).items()) == [
        ("label", "Go"),
        ("key", "go"),
        ("type", "primary"),
        ("width", 240),
        ("wrap", False),
    ]


def test_false_wrap_is_not_mistaken_for_the_none_default():
    assert call_kwargs(ButtonConfig(wrap=False))["wrap"] is False
    assert "wrap" not in call_kwargs(ButtonConfig(wrap=None))


def config_with(name: str, value: object) -> ButtonConfig:
    """A config of the first kind that has the field ``name``, set to ``value``."""
    kind = next(kind for kind in KINDS.values() if kind.field(name) is not None)
    return ButtonConfig.from_values({"kind": kind.name, name: value})


@pytest.mark.parametrize(("name", "value"), VALID, ids=case_id)
def test_valid_value_is_accepted(name, value):
    assert config_with(name, value).get(name) == value


@pytest.mark.parametrize(("name", "value"), INVALID, ids=case_id)
def test_invalid_value_is_refused_naming_its_field(name, value):
    with pytest.raises(ConfigError) as refused:
        config_with(name, value)
    assert refused.value.field == name
    assert f"`{name}`" in refused.value.message


def test_callback_arguments_are_refused_in_a_mode_without_callback():
    errors = field_errors({"mode": "plain", "args": (1,), "kwargs": {}})
    assert "args" in errors and "on_click" in errors["args"]
    assert field_errors({"mode": "plain", "args": (), "kwargs": {}}) == {}


@pytest.mark.parametrize(
    ("mode", "key"),
    [
        ("callback", "clicks"),
        ("callback", "last_call"),
        ("toggle", "show_more"),
        ("rerun", "clicks"),
    ],
)
def test_a_key_named_like_the_modes_session_state_is_refused(mode, key):
    with pytest.raises(ConfigError) as refused:
        ButtonConfig(mode=mode, key=key)
    assert (
        refused.value.field == "key" and "session-state name" in refused.value.message
    )


@pytest.mark.parametrize(("mode", "key"), [("plain", "clicks"), ("toggle", "clicks")])
def test_a_key_named_like_another_modes_state_is_accepted(mode, key):
    assert ButtonConfig(mode=mode, key=key).key == key


def test_a_huge_integer_is_quoted_by_its_size_not_printed():
    message = field_errors({"width": 16**5000})["width"]
    assert "20,001-bit integer" in message and len(message) < 300


@pytest.mark.parametrize("mode", [[], {}, ["callback"], {"callback": 1}], ids=repr)
@pytest.mark.parametrize("others", [{}, {"args": (1,)}, {"key": "clicks"}], ids=repr)
def test_a_mode_that_is_not_text_is_refused_naming_the_mode(mode, others):
    """The rules across fields (args need a callback; keys the mode's state
    takes) look the mode up: one that can't be looked up is the mode's fault."""
    with pytest.raises(ConfigError) as refused:
        ButtonConfig(mode=mode, **others)
    assert refused.value.field == "mode"
    assert "`mode`" in refused.value.message


@pytest.mark.parametrize(
    "value",
    [(16**5000,), [1, 16**5000], {"a": 16**5000}],
    ids=["tuple", "list", "dict"],
)
def test_a_container_holding_a_huge_integer_is_quoted_by_its_kind(value):
    message = field_errors({"type": value})["type"]
    assert f"a {type(value).__name__} holding an integer too long to print" in message
    assert len(message) < 300


@pytest.mark.parametrize("field", ["type", "width"])
def test_a_tuple_holding_a_huge_integer_is_refused_naming_its_field(field):
    """width asks Streamlit, whose own message would print the integer."""
    message = field_errors({field: (10**4300,)})[field]
    assert f"`{field}`" in message and "holding an integer too long" in message


def test_a_container_of_printable_numbers_is_quoted_as_written():
    """The twin: what Python can print is quoted as it is."""
    assert "(1, 2)" in field_errors({"type": (1, 2)})["type"]


def test_the_callback_rule_quotes_a_long_mode_short():
    message = field_errors({"mode": "x" * MAX_TEXT_CHARS, "args": (1,)})["args"]
    assert "mode 'xxxx" in message and len(message) < 200


def test_the_callback_rule_quotes_a_short_mode_whole():
    """The twin: a mode that fits is quoted as it is."""
    message = field_errors({"mode": "plain", "args": (1,)})["args"]
    assert message.endswith("mode 'plain' has none.")


@pytest.mark.parametrize(
    "arguments",
    [
        {"args": (10**2500,)},
        {"args": ("\x85" * 600,)},
        {"kwargs": {"limit": 10**2500}},
    ],
    ids=["long number", "escaped characters", "kwargs"],
)
def test_callback_arguments_python_writes_past_the_text_limit_are_refused(arguments):
    """A box takes 2,000 characters, but 0xFFF… or a control character is
    shorter typed than written out: the link and the preset carry the latter."""
    with pytest.raises(ConfigError) as refused:
        ButtonConfig(mode="callback", **arguments)
    (name,) = arguments
    assert refused.value.field == name
    assert "as Python writes it; the most a link or a preset carries is 2,000" in (
        refused.value.message
    )


def test_callback_arguments_written_out_within_the_limit_are_accepted():
    """The twin: just under the limit, written out, they are taken."""
    number = 10 ** (MAX_TEXT_CHARS - 4)  # "(1000…0,)": exactly 2,000 characters
    assert len(repr((number,))) == MAX_TEXT_CHARS
    assert ButtonConfig(mode="callback", args=(number,)).args == (number,)


def test_callback_mode_takes_literal_args_and_kwargs():
    cfg = ButtonConfig(mode="callback", args=(1, "a"), kwargs={"limit": 500})
    assert cfg.args == (1, "a") and dict(cfg.kwargs) == {"limit": 500}


@pytest.mark.parametrize("name", ["ａ", "ﬁle", "e\u0301", "ｓｔ"], ids=ascii)
def test_a_kwargs_key_python_would_rename_is_refused(name):
    """Python reads a parameter written ``ａ`` as ``a``, but kwargs pass ``ａ``."""
    with pytest.raises(ConfigError) as refused:
        ButtonConfig(mode="callback", kwargs={name: 1})
    assert refused.value.field == "kwargs"
    assert quoted(name) in refused.value.message


@pytest.mark.parametrize("name", ["café", "größe", "名前", "ñ_1"], ids=ascii)
def test_a_kwargs_key_already_in_pythons_form_is_accepted(name):
    """The twin: non-ASCII names Python keeps as written are parameter names."""
    cfg = ButtonConfig(mode="callback", kwargs={name: 1})
    assert dict(cfg.kwargs) == {name: 1}


def test_kwargs_of_a_config_cannot_change_under_it():
    given = {"limit": 500}
    cfg = ButtonConfig(mode="callback", kwargs=given)
    given["limit"] = 1
    assert cfg.kwargs["limit"] == 500
    with pytest.raises(TypeError):
        cfg.kwargs["limit"] = 2  # type: ignore[index]


def test_field_errors_reports_every_bad_field_at_once():
    errors = field_errors({"icon": "ab", "width": 0, "label": "ok"})
    assert set(errors) == {"icon", "width"}


def test_misspelt_material_icon_gets_a_suggestion():
    assert suggest_material_icon("hom") == ":material/home:"
    assert (
        "Did you mean `:material/home:`"
        in field_errors({"icon": ":material/hom:"})["icon"]
    )


def test_nonsense_material_icon_gets_no_suggestion():
    assert suggest_material_icon("zzzzqqqq") is None
    assert "Did you mean" not in field_errors({"icon": ":material/zzzzqqqq:"})["icon"]


def test_reserved_shortcut_message_says_why():
    assert "'C' or 'R'" in field_errors({"shortcut": "Ctrl+C"})["shortcut"]


def test_button_with_neither_label_nor_icon_is_warned_about():
    assert "shows nothing" in config_warnings(ButtonConfig(label=""))["label"]


def test_icon_only_button_is_not_warned_about():
    assert "label" not in config_warnings(ButtonConfig(label="", icon="🔥"))


def test_browser_reserved_shortcut_is_warned_about():
    assert "browser" in config_warnings(ButtonConfig(shortcut="Ctrl+T"))["shortcut"]


def test_ordinary_shortcut_is_not_warned_about():
    assert config_warnings(ButtonConfig(shortcut="Ctrl+K")) == {}


def test_config_is_frozen():
    with pytest.raises(AttributeError):
        ButtonConfig().label = "changed"  # type: ignore[misc]


def test_a_long_bad_value_is_quoted_short_in_its_message():
    message = field_errors({"shortcut": "Q" * 1_500})["shortcut"]
    assert len(message) < 300 and "QQQ…" in message


def test_a_short_bad_value_is_quoted_whole_in_its_message():
    assert "'Ctrl+.'" in field_errors({"shortcut": "Ctrl+."})["shortcut"]
