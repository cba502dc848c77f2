"""A row of buttons as a value: its bounds and settings, its layout's call,
its code, which members Streamlit would refuse, and its preset file."""

from __future__ import annotations

import ast
import inspect
import json
import typing
from dataclasses import replace

import pytest
import streamlit as st
from streamlit.elements.lib import layout_utils

from components.core.callback import CALLBACK_NAME
from components.core.codegen import generate_code
from components.core.config import ButtonConfig, ConfigError, default_config
from components.core.keys import is_own_key
from components.core.links import decode_row, encode_query
from components.core.presets import PresetError, preset_toml, read_preset
from components.core.row import (
    ALIGNMENT_ARGUMENT,
    DEFAULT_ALIGNMENT,
    DEFAULT_GAP,
    GAPS,
    HORIZONTAL_ALIGNMENTS,
    IDENTITY,
    MAX_MEMBERS,
    MIN_MEMBERS,
    VERTICAL_ALIGNMENTS,
    Collision,
    Row,
    collision_sentence,
    collisions,
    fresh_key,
    state_names,
    state_shape_of,
)
from components.core.row_reader import read_row


def members(*labels: str, **fields) -> tuple[ButtonConfig, ...]:
    return tuple(ButtonConfig(label=label, **fields) for label in labels)


@pytest.mark.parametrize("size", [MIN_MEMBERS, MAX_MEMBERS])
def test_a_row_holds_two_to_six_buttons(size):
    labels = [f"B{number}" for number in range(size)]
    assert len(Row(members(*labels)).members) == size


@pytest.mark.parametrize("size", [MIN_MEMBERS - 1, MAX_MEMBERS + 1])
def test_a_row_of_fewer_than_two_or_more_than_six_is_refused_by_name(size):
    labels = [f"B{number}" for number in range(size)]
    with pytest.raises(ConfigError, match=f"not {size}") as error:
        Row(members(*labels))
    assert error.value.field == "members"


@pytest.mark.parametrize("gap", GAPS)
def test_every_gap_streamlit_names_is_taken(gap):
    assert Row(members("A", "B"), gap=gap).gap == gap


def test_a_gap_streamlit_does_not_name_is_refused_with_the_choices():
    with pytest.raises(ConfigError, match="xxsmall, xsmall") as error:
        Row(members("A", "B"), gap="huge")
    assert error.value.field == "gap"


def test_the_layout_choices_are_streamlits_own():
    """Fails on an upgrade that changes what st.columns and st.container take."""
    gap_names = typing.get_args(typing.get_args(layout_utils.Gap)[1])
    assert GAPS == gap_names
    assert HORIZONTAL_ALIGNMENTS == typing.get_args(layout_utils.HorizontalAlignment)
    columns = inspect.signature(st.columns).parameters["vertical_alignment"]
    assert f"Literal{list(VERTICAL_ALIGNMENTS)}" == columns.annotation
    for layout, function in (("columns", st.columns), ("horizontal", st.container)):
        parameters = inspect.signature(function).parameters
        assert parameters["gap"].default == DEFAULT_GAP
        argument = ALIGNMENT_ARGUMENT[layout]
        assert parameters[argument].default == DEFAULT_ALIGNMENT[layout]


def test_the_layout_call_writes_only_what_differs_from_streamlits_defaults():
    row = Row(members("A", "B", "C"))
    assert row.layout_call() == "st.columns(3)"
    assert replace(row, layout="horizontal").layout_call() == (
        "st.container(horizontal=True)"
    )


def test_the_layout_call_writes_the_gap_and_the_layouts_own_alignment():
    row = Row(members("A", "B"), gap="large", vertical_alignment="bottom")
    assert (
        row.layout_call() == "st.columns(2, gap='large', vertical_alignment='bottom')"
    )
    # The columns' alignment is not the horizontal container's.
    horizontal = replace(row, layout="horizontal", horizontal_alignment="right")
    assert horizontal.layout_call() == (
        "st.container(horizontal=True, gap='large', horizontal_alignment='right')"
    )


def test_a_rows_code_puts_each_button_in_its_own_column():
    code = generate_code(Row(members("Back", "Next")))
    tree = ast.parse(code)
    withs = [node for node in ast.walk(tree) if isinstance(node, ast.With)]
    assert "col1, col2 = st.columns(2)" in code
    assert [ast.unparse(w.items[0].context_expr) for w in withs] == ["col1", "col2"]
    assert ["Back" in ast.unparse(w) for w in withs] == [True, False]


def test_a_horizontal_rows_code_puts_every_button_in_one_container():
    code = generate_code(Row(members("Back", "Next"), layout="horizontal"))
    (with_block,) = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.With)]
    assert "horizontal=True" in ast.unparse(with_block.items[0].context_expr)
    assert "Back" in ast.unparse(with_block) and "Next" in ast.unparse(with_block)


def test_several_callbacks_in_a_row_each_get_their_own_name():
    code = generate_code(Row(members("Back", "Next", mode="callback")))
    defined = [
        node.name
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.FunctionDef)
    ]
    assert defined == [f"{CALLBACK_NAME}_1", f"{CALLBACK_NAME}_2"]
    assert f"on_click={CALLBACK_NAME}_2" in code


def test_a_lone_callback_in_a_row_keeps_the_usual_name():
    row = Row((ButtonConfig(label="Back", mode="callback"), ButtonConfig(label="Next")))
    defined = [
        node.name
        for node in ast.walk(ast.parse(generate_code(row)))
        if isinstance(node, ast.FunctionDef)
    ]
    assert defined == [CALLBACK_NAME]


def test_two_buttons_alike_without_a_key_clash_by_their_automatic_id():
    row = Row(members("Save", "Save"))
    assert collisions(row) == {1: Collision(0, IDENTITY)}
    sentence = collision_sentence(row, 1, collisions(row)[1])
    assert "StreamlitDuplicateElementId" in sentence and "key" in sentence


def test_two_buttons_with_other_labels_or_a_key_do_not_clash():
    assert collisions(Row(members("Save", "Cancel"))) == {}
    keyed = Row((ButtonConfig(label="Save"), ButtonConfig(label="Save", key="again")))
    assert collisions(keyed) == {}


def test_two_buttons_with_the_same_key_clash_whatever_their_labels():
    row = Row(members("Save", "Cancel", key="same"))
    assert collisions(row) == {1: Collision(0, "key")}
    assert "StreamlitDuplicateElementKey" in collision_sentence(
        row, 1, Collision(0, "key")
    )


def test_two_links_that_ignore_clicks_are_elements_and_do_not_clash():
    link = replace(default_config("link_button"), mode="ignore")
    assert collisions(Row((link, link))) == {}
    assert collisions(Row((replace(link, mode="plain"),) * 2)) == {
        1: Collision(0, IDENTITY)
    }


def test_two_forms_with_the_same_form_key_clash_whatever_their_buttons():
    form = default_config("form_submit_button")
    row = Row((form, replace(form, label="Send")))
    assert collisions(row) == {1: Collision(0, "form_key")}
    other = ButtonConfig.from_values(form.flat() | {"form_key": "other"})
    assert collisions(Row((form, other))) == {}


def test_the_fresh_key_is_the_label_as_a_name_and_no_other_members():
    row = Row(
        (
            ButtonConfig(label="Save draft", key="save_draft"),
            ButtonConfig(label="Save draft"),
        )
    )
    assert fresh_key(row, 1) == "save_draft_2"
    assert fresh_key(Row(members("Save draft", "Next")), 0) == "save_draft"


@pytest.mark.parametrize("label", ["Preview", "2 go", "!!!"])
def test_the_fresh_key_is_never_the_playgrounds_own_nor_a_bad_name(label):
    key = fresh_key(Row(members(label, "Other")), 0)
    assert not is_own_key(key)
    assert key.isidentifier()
    assert ButtonConfig(label=label, key=key).key == key


def test_a_row_preset_reads_back_equal_to_what_was_saved():
    row = Row(
        (
            ButtonConfig(label="Back", icon=":material/arrow_back:"),
            replace(default_config("link_button"), label="Docs"),
        ),
        layout="horizontal",
        gap="large",
    )
    preset = read_preset(preset_toml(row.members[0], "Nav", row=row))
    assert preset.row == row and preset.config == row.members[0]


def test_a_lone_button_preset_has_no_row():
    preset = read_preset(preset_toml(ButtonConfig(label="Go"), "Go"))
    assert preset.row is None and preset.config.label == "Go"


def test_a_row_preset_of_one_button_is_refused_with_the_bounds():
    text = 'title = "One"\n[row]\n[[row.buttons]]\nlabel = "A"\n'
    with pytest.raises(PresetError, match="2 to 6 buttons, not 1"):
        read_preset(text)


def test_a_row_presets_bad_button_is_named_by_its_place():
    text = (
        'title = "Two"\n[row]\n[[row.buttons]]\nlabel = "A"\n'
        '[[row.buttons]]\nlabel = "B"\ncolour = "red"\n'
    )
    with pytest.raises(PresetError) as error:
        read_preset(text)
    assert error.value.problems[0].startswith("Button 2: Unknown key")


def test_a_rows_link_reads_back_as_the_same_row():
    row = Row(
        (
            ButtonConfig(label="Save", type="primary", mode="callback", args=(1,)),
            replace(default_config("download_button"), label="Export"),
        ),
        layout="horizontal",
        horizontal_alignment="right",
    )
    query = encode_query(row.members[0], row)
    assert list(query) == ["row"]
    assert decode_row(query) == (row, [])


def test_a_lone_buttons_link_has_no_row():
    assert "row" not in encode_query(ButtonConfig(label="Go"))


@pytest.mark.parametrize(
    "text, says",
    [
        ("{not json", "not a row written as JSON"),
        ('{"buttons": [{"label": "A"}]}', "A row needs `buttons`: 2 to 6"),
        ("[" * 100_000 + "]" * 100_000, "longer than"),
    ],
)
def test_a_row_link_that_is_no_row_is_dropped_with_its_reason(text, says):
    row, problems = decode_row({"row": text})
    assert row is None
    assert says in " ".join(problems)


@pytest.mark.parametrize(
    "text, says",
    [
        ('{"buttons": [{"label": "A"}, {"label": null}]}', "Button 2: `label` must be"),
        ('{"gap": "huge", "buttons": [{}, {"label": "B"}]}', "`gap` must be one of"),
        ('{"buttons": [{}, {"label": "B", "colour": "red"}]}', "Button 2: Unknown key"),
    ],
)
def test_a_row_links_bad_field_is_dropped_and_the_rest_kept(text, says):
    row, problems = decode_row({"row": text})
    assert row is not None and len(row.members) == 2
    assert row.members[0].label in ("A", "Click me")
    assert says in " ".join(problems)


def test_a_row_link_of_seven_keeps_six_and_says_so():
    text = json.dumps({"buttons": [{"label": f"B{n}"} for n in range(7)]})
    row, problems = decode_row({"row": text})
    assert [m.label for m in row.members] == [f"B{n}" for n in range(6)]
    assert problems == ["A row holds at most 6 buttons: 1 dropped."]


def test_other_parameters_beside_a_row_are_named_as_ignored():
    row, problems = decode_row(
        {"row": '{"buttons": [{}, {"label": "B"}]}', "label": "X"}
    )
    assert row is not None and row.members[1].label == "B"
    assert problems == ["`label`: ignored, as a row's link holds its buttons in `row`."]


# --- pasted code read as a row ----------------------------------------------------

ROWS_TO_PASTE = {
    "columns, callbacks": Row(
        (
            ButtonConfig(label="A", mode="callback"),
            ButtonConfig(label="B", mode="callback", args=(1,)),
            ButtonConfig(label="C", mode="toggle"),
        ),
        gap="large",
        vertical_alignment="bottom",
    ),
    "horizontal, kinds": Row(
        (
            default_config("download_button"),
            replace(default_config("popover"), label="More"),
            replace(default_config("link_button"), label="Docs"),
        ),
        layout="horizontal",
        horizontal_alignment="distribute",
    ),
}


@pytest.mark.parametrize("complete", [True, False])
@pytest.mark.parametrize("name", ROWS_TO_PASTE)
def test_a_rows_code_reads_back_as_the_same_row(name, complete):
    row = ROWS_TO_PASTE[name]
    assert read_row(generate_code(row, complete=complete)) == row


def test_a_rows_code_reads_back_as_a_row_and_not_as_another():
    """The twin: another row's code reads as that row."""
    first, second = ROWS_TO_PASTE.values()
    assert read_row(generate_code(second)) != first


@pytest.mark.parametrize(
    "code",
    [
        'st.button("A")\nst.button("B")\n',
        'a, b, c = st.columns(3)\na.button("A")\nb.button("B")\n',
        'a, b = st.columns(2, border=True)\na.button("A")\nb.button("B")\n',
        'a, b = st.columns(2, gap=GAP)\na.button("A")\nb.button("B")\n',
        'with st.container():\n    st.button("A")\n    st.button("B")\n',
    ],
    ids=["no layout", "a column too many", "a border", "a name", "not horizontal"],
)
def test_calls_outside_a_rows_own_layout_are_not_a_row_unless_asked(code):
    assert read_row(code) is None
    asked = read_row(code, in_a_layout=False)
    assert [m.label for m in asked.members] == ["A", "B"]
    assert asked.layout_call() == "st.columns(2)"


def test_calls_called_on_their_columns_are_a_row():
    code = 'a, b = st.columns(2, gap="large")\na.button("A")\nb.button("B")\n'
    assert read_row(code).layout_call() == "st.columns(2, gap='large')"


@pytest.mark.parametrize("count", [1, 7])
def test_one_call_or_seven_are_never_a_row(count):
    code = "".join(f'st.button("B{number}")\n' for number in range(count))
    assert read_row(code, in_a_layout=False) is None


def test_a_buttons_key_equal_to_a_forms_key_does_not_clash():
    """Streamlit keeps a form's key apart from its widgets' (pinned in app tests)."""
    form = default_config("form_submit_button")
    button = ButtonConfig(label="Send", key=form.get("form_key"))
    assert collisions(Row((form, button))) == {}


def test_a_label_that_spells_the_callbacks_name_is_left_as_written():
    row = Row(members(CALLBACK_NAME, "Other", mode="callback"))
    code = generate_code(row)
    assert f'st.button("{CALLBACK_NAME}", on_click={CALLBACK_NAME}_1)' in code
    assert f"def {CALLBACK_NAME}_2():" in code


def test_a_state_name_two_members_keep_is_each_members_own():
    row = Row(members("A", "B", mode="toggle"))
    assert state_names(row) == [
        {"show_more": "show_more_1"},
        {"show_more": "show_more_2"},
    ]
    code = generate_code(row)
    assert "st.session_state.show_more_2 = not st.session_state.show_more_2" in code
    assert "st.session_state.show_more " not in code


def test_a_state_name_one_member_keeps_stays_as_a_lone_buttons():
    row = Row(
        (
            ButtonConfig(label="A", mode="toggle"),
            ButtonConfig(label="B", mode="callback"),
        )
    )
    assert state_names(row) == [{}, {}]
    assert 'st.session_state.setdefault("show_more", False)' in generate_code(row)


def test_a_label_or_argument_that_spells_a_state_name_is_left_as_written():
    row = Row(
        (
            ButtonConfig(label="clicks", mode="callback", kwargs={"clicks": 1}),
            ButtonConfig(label="B", mode="callback"),
        )
    )
    code = generate_code(row)
    assert 'st.button("clicks", on_click=handle_click_1, kwargs={"clicks": 1})' in code
    assert 'st.session_state.last_call = {"clicks": clicks}' in code
    assert "st.session_state.clicks_1 += 1" in code


@pytest.mark.parametrize("others", [0, 1])
def test_the_fresh_key_is_never_a_name_the_rows_code_keeps_in_state(others):
    """``clicks`` alone, ``clicks_1`` and ``clicks_2`` beside another callback."""
    row = Row(members("clicks", "Other", mode="callback" if others else "plain"))
    row = replace(
        row, members=(replace(row.members[0], mode="callback"), row.members[1])
    )
    key = fresh_key(row, 0)
    assert key not in state_shape_of(row)[1] and key.startswith("clicks")
    assert ButtonConfig(label="clicks", mode="callback", key=key).key == key
