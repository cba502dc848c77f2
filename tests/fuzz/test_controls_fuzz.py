"""Fuzz: hostile values in every sidebar control.

Core: any value of any type for any field is either taken, giving code that
reads back as the same config, or refused by a short message naming the field.
AppTest: hostile text in every text box, wrong values in every choice, edge
numbers in the pixel box, all at once; a refused control has its message under
it and the button shown stays the last valid one, an accepted set is shown alike
by the preview, the code and the link.
"""

from __future__ import annotations

import ast
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from components.core.arguments import (
    BUTTON_TYPES,
    ICON_POSITIONS,
    NAMED_WIDTHS,
    WRAP_WORDS,
    Argument,
)
from components.core.callback import CALLBACK_NAME, callback_parameters
from components.core.codegen import generate_code
from components.core.config import (
    DEFAULT_CONFIG,
    ButtonConfig,
    field_errors,
    value_errors,
)
from components.core.keys import (
    WIDTH_PX,
    control_key,
)
from components.core.kind_rules import FORMAT_FUNCS
from components.core.kinds import BUTTON, KINDS
from components.core.modes import MODES
from components.core.rules import MATERIAL_ICON_SHORTCODES
from components.core.snippet_parser import parse_snippet
from components.core.widgets import PIXELS, Choice
from tests.fuzz.checks import apply_edits, assert_controls_outcome, assert_short, shown
from tests.support.apptest import message_at, only, preview_button
from tests.support.strategies import (
    EVERY_FIELD_NAME,
    URL_TEXTS,
    VALID_EMOJI,
    VALID_SHORTCUTS,
    edge_integers,
    hostile_literals,
    hostile_texts,
    literal_texts,
    parameter_names,
    widths,
    wrong_types,
)

FUZZ = settings(settings.get_profile("fuzz"))

# Values each field takes, so that the fuzz accepts as often as it refuses.
VALID_VALUES = {
    "kind": st.sampled_from(tuple(KINDS)),
    "label": st.just("Save"),
    "key": st.sampled_from(("save", "k😀", "clicks")),
    "help": st.just("**Saves** it"),
    "type": st.sampled_from(BUTTON_TYPES),
    "icon": st.sampled_from((*VALID_EMOJI, "spinner", *MATERIAL_ICON_SHORTCODES[:50])),
    "icon_position": st.sampled_from(ICON_POSITIONS),
    "disabled": st.booleans(),
    "width": widths,
    "shortcut": st.sampled_from(VALID_SHORTCUTS),
    "wrap": st.sampled_from((None, True, False)),
    "mode": st.sampled_from(tuple(MODES)),
    "args": st.lists(hostile_literals, max_size=3).map(tuple),
    "kwargs": st.dictionaries(parameter_names, hostile_literals, max_size=3),
    "url": st.sampled_from(URL_TEXTS),
    "data": st.sampled_from(("name,clicks\nAda,3\n", "", "<b>x</b>")),
    "file_name": st.sampled_from(("clicks.csv", "../x.csv", "")),
    "mime": st.sampled_from(("text/csv", "csv")),
    "deferred": st.booleans(),
    "form_key": st.sampled_from(("feedback", "", "preview_x", "$$ID-x")),
    "clear_on_submit": st.booleans(),
    "enter_to_submit": st.booleans(),
    "border": st.booleans(),
    "page": st.sampled_from(("https://streamlit.io", "pages/settings.py", "x.py")),
    "query_params": st.sampled_from(({"tab": "a"}, {"embed": "true"}, {"n": ["1"]})),
    "options": st.sampled_from((["CSV", "JSON"], ["a", "A"], [None], [], [1, "1"])),
    "format_func": st.sampled_from(tuple(FORMAT_FUNCS)),
}


def kind_of(field: str) -> str:
    """The first kind that has ``field``: st.button for the shared ones."""
    return next(name for name, kind in KINDS.items() if kind.field(field) is not None)


def any_value(field: str) -> st.SearchStrategy[object]:
    return st.one_of(
        VALID_VALUES[field], hostile_texts(), wrong_types, st.tuples(wrong_types)
    )


fields_and_values = st.sampled_from(EVERY_FIELD_NAME).flatmap(
    lambda field: st.tuples(st.just(field), any_value(field))
)


@FUZZ
@given(fields_and_values)
def test_any_value_of_any_field_is_taken_or_refused_naming_the_field(field_value):
    field, value = field_value
    # args and kwargs belong to the callback mode; anywhere else they are refused.
    values = {field: value, "mode": "callback"} if field in ("args", "kwargs") else {}
    values = {"kind": kind_of(field)} | (values or {field: value})
    errors = value_errors(values)
    for name, message in errors.items():
        assert f"`{name}`" in message
        assert_short(message)
    if errors:
        return
    cfg = ButtonConfig.from_values(values)
    assert parse_snippet(generate_code(cfg)) == cfg
    assert_callback_takes_its_arguments(cfg)


def test_the_field_fuzz_refuses_what_st_button_would_not_draw():
    """The twin: the check above can see a refusal, and a value taken as is."""
    with_surrogate = field_errors({"label": "Save \ud800"})
    assert "`label`" in with_surrogate["label"]
    assert value_errors({"label": "Save 😀\u202e\x00"}) == {}


def assert_callback_takes_its_arguments(cfg: ButtonConfig) -> None:
    """The generated callback's parameters, as Python reads them, are the names
    the button passes: Python reads ``ａ`` as ``a``, a kwargs key stays ``ａ``."""
    if cfg.mode != "callback":
        return
    tree = ast.parse(generate_code(cfg))
    callback = only(
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == CALLBACK_NAME
    )
    assert [arg.arg for arg in callback.args.args] == list(callback_parameters(cfg))
    assert set(cfg.kwargs) <= set(callback_parameters(cfg))


def test_the_callback_check_catches_a_name_python_would_rename():
    """The twin of the check above, on a config built around validation."""
    cfg = replace(DEFAULT_CONFIG, mode="callback")
    object.__setattr__(cfg, "kwargs", {"ａ": 1})
    try:
        assert_callback_takes_its_arguments(cfg)
    except AssertionError:
        return
    raise AssertionError("a kwargs key Python renames went unnoticed")


# --- AppTest: every control at once -------------------------------------------


def _text_box(*valid: str) -> st.SearchStrategy[str]:
    # A browser sends text as UTF-8: no lone surrogates (AppTest can't either).
    hostile = hostile_texts(surrogates=False)
    return st.one_of(st.sampled_from(valid), hostile) if valid else hostile


def _choice(options: tuple[object, ...]) -> st.SearchStrategy[object]:
    """A browser sends one of the options; session state may hold anything.

    Streamlit puts back a value that is no option, except None (no selection).
    """
    return st.one_of(
        st.sampled_from(options),
        st.none(),
        st.integers(),
        hostile_texts(surrogates=False).filter(lambda text: len(text) <= 40),
    )


control_edits = st.fixed_dictionaries(
    {},
    optional={
        control_key("label"): _text_box(),
        control_key("help"): _text_box("Saves it"),
        control_key("key"): _text_box(
            "save", "clicks", "show_more", "ctl_label", "preview", "$$ID-x", "   "
        ),
        control_key("icon"): _text_box(*VALID_EMOJI, "spinner", ":material/hom:"),
        control_key("shortcut"): _text_box(*VALID_SHORTCUTS, "Ctrl+C", ".", "Ctrl+T"),
        control_key("type"): _choice(BUTTON_TYPES),
        control_key("icon_position"): _choice(ICON_POSITIONS),
        control_key("width"): _choice((*NAMED_WIDTHS, PIXELS)),
        control_key("wrap"): _choice(tuple(WRAP_WORDS)),
        # AppTest can't hold a radio at a value that is no option.
        control_key("mode"): st.sampled_from((*BUTTON.mode_names, None)),
        control_key("disabled"): st.booleans(),
        WIDTH_PX: st.one_of(
            edge_integers.filter(lambda number: number < 2**64),
            st.integers(),
            st.floats(-1e12, 1e12),
            st.none(),
        ),
        control_key("args"): literal_texts(tuple),
        control_key("kwargs"): literal_texts(dict),
    },
)


@FUZZ
@given(control_edits)
def test_hostile_controls_are_refused_at_the_control_or_shown_everywhere(
    session, edits
):
    before = shown(session.at)
    apply_edits(session.at, edits)
    assert_controls_outcome(session.at, before)


def test_the_controls_check_sees_a_refusal_and_an_acceptance(session):
    """The twin: the outcome check tells a refused control from an accepted one."""
    apply_edits(session.at, {control_key("label"): "Kept"})
    before = shown(session.at)
    apply_edits(session.at, {control_key("icon"): "ab", control_key("label"): "New"})
    assert message_at(session.at, control_key("icon")).type == "error"
    assert_controls_outcome(session.at, before)
    assert preview_button(session.at).label == "Kept"
    apply_edits(session.at, {control_key("label"): "New"})
    assert_controls_outcome(session.at, before)
    assert preview_button(session.at).label == "New"
    assert shown(session.at) != before


# The kinds beside st.button, each with its own controls hostile too.
family_edits = st.sampled_from([k for k in KINDS.values() if k is not BUTTON]).flatmap(
    lambda kind: st.fixed_dictionaries(
        {control_key("kind"): st.just(kind.name)},
        optional={
            control_key("label"): _text_box(),
            **(
                {control_key("type"): _choice(BUTTON_TYPES)}
                if kind.takes("type")
                else {}
            ),
            control_key("mode"): st.sampled_from(kind.mode_names),
            **{
                control_key(name): _own_control(argument)
                for name, argument in kind.own_arguments.items()
            },
        },
    )
)
OWN_TEXTS = {
    "url": URL_TEXTS,
    "data": ("name,clicks\nAda,3\n", "", "<script>alert(1)</script>"),
    "file_name": ("clicks.csv", "../etc/passwd", "a\\b", ""),
    "mime": ("text/csv", "csv", "", "application/json"),
    "form_key": ("feedback", "", "ctl_label", "$$ID-x", "login"),
    "page": (*URL_TEXTS, "pages/settings.py", "../app.py", "/etc/passwd.py", ""),
    "query_params": ("{'tab': 'billing'}", "{'a': ['1', '2']}", "{1: 2}", "[1]", ""),
    "options": ("['CSV', 'JSON']", "['a', 'A']", "[None]", "[]", "'CSV'", "[1, '1']"),
}


def _own_control(argument: Argument) -> st.SearchStrategy[object]:
    """What a kind's own control can hold: a box's texts, a choice's options."""
    if argument.name in OWN_TEXTS:
        return _text_box(*OWN_TEXTS[argument.name])
    if isinstance(argument.control, Choice):
        # A selectbox holds only its options (AppTest fails on any other).
        if argument.control.widget == "selectbox":
            return st.sampled_from(argument.control.choices)
        return _choice(argument.control.choices)
    return st.booleans()


@FUZZ
@given(family_edits)
def test_hostile_controls_of_every_kind_are_refused_at_the_control_or_shown(
    session, edits
):
    # The kind first, as a user picks it before typing into its controls.
    apply_edits(session.at, {control_key("kind"): edits[control_key("kind")]})
    before = shown(session.at)
    apply_edits(session.at, edits)
    assert_controls_outcome(session.at, before)


def test_the_family_check_sees_a_script_url_refused_and_a_web_url_shown(session):
    """The twin: a script URL is refused under its control, a web URL is drawn."""
    link = {control_key("kind"): "link_button"}
    apply_edits(session.at, link | {control_key("url"): "https://streamlit.io"})
    before = shown(session.at)
    apply_edits(session.at, link | {control_key("url"): "javascript:alert(1)"})
    assert message_at(session.at, control_key("url")).type == "error"
    assert_controls_outcome(session.at, before)
    assert preview_button(session.at).proto.url == "https://streamlit.io"
