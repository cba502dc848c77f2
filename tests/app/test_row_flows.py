"""Rows of buttons under AppTest: which members Streamlit refuses is exactly
what the playground says; the row in the playground is the real row, each
member edited on its own; a click names its member in the log, as the
generated app run on its own returns it; row presets show the whole row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from components.core import run_story
from components.core.codegen import generate_code
from components.core.config import ButtonConfig, default_config
from components.core.keys import (
    APP_STATE,
    CALL_PICK,
    LINK_NOTICE,
    PASTE_AS_ROW,
    PRESET_PICK,
    PREVIEW,
    ROW_LAYOUT,
    ROW_MEMBER,
    ROW_SIZE,
    control_key,
    row_fix_key,
)
from components.core.kinds import KINDS
from components.core.links import encode_query
from components.core.preset_shelf import bundled_presets, preset_titled
from components.core.row import Row, collisions
from components.core.text import quoted
from tests.support.apptest import (
    displayed_code,
    drawn,
    logged,
    only,
    shown,
    start,
    submit_code,
)

KIND_MODES = [(kind, mode) for kind in KINDS for mode in KINDS[kind].mode_names]
# Two members alike, then with the same key, other keys, other labels.
PAIRS = {
    "alike": ({}, {}),
    "same key": ({"key": "k"}, {"key": "k"}),
    "other keys": ({"key": "k"}, {"key": "j"}),
    "other labels": ({}, {"label": "Other"}),
}


def _pair(kind: str, mode: str, case: str, number: int) -> tuple[ButtonConfig, ...]:
    """A case's two members, its keys and labels its own (``number``), so
    the cases of one run can't clash with each other."""
    start_cfg = replace(default_config(kind), mode=mode)
    pair = []
    for changes in PAIRS[case]:
        values = start_cfg.flat() | changes
        values["label"] = f"{values['label']} {number}"
        for name in ("key", "form_key"):
            if values.get(name) is not None:
                values[name] = f"{values[name]}_{number}"
        if not KINDS[kind].takes("key"):
            values.pop("key", None)
        pair.append(ButtonConfig.from_values(values))
    return tuple(pair)


def _refused_cases(kind: str, mode: str) -> dict[str, bool]:
    """Each case of ``kind`` and ``mode``, and whether Streamlit refused it."""
    return _refused_of(
        {case: _pair(kind, mode, case, n) for n, case in enumerate(PAIRS)}
    )


def _refused_of(cases: dict[str, tuple[ButtonConfig, ...]]) -> dict[str, bool]:
    """Each case's members drawn as the preview draws a row, in one run, and
    whether Streamlit refused them."""

    def app(cases):
        import streamlit as st
        from streamlit.errors import StreamlitAPIException

        from components.ui.preview import play

        state = {"clicks": 0, "show_more": False, "last_call": None}
        refused = {}
        for case, members in cases.items():
            try:
                for place, member in enumerate(members):
                    play(member, state, lambda *a, **k: None, place)
                refused[case] = False
            except StreamlitAPIException:
                refused[case] = True
        st.session_state["refused"] = refused

    at = AppTest.from_function(app, args=(cases,)).run()
    assert not at.exception
    return at.session_state["refused"]


@pytest.mark.parametrize("kind, mode", KIND_MODES)
def test_the_members_streamlit_refuses_are_exactly_those_the_row_says(kind, mode):
    said = {
        case: bool(collisions(Row(_pair(kind, mode, case, n))))
        for n, case in enumerate(PAIRS)
    }
    assert said == _refused_cases(kind, mode)


def test_two_buttons_alike_are_refused_and_two_with_other_labels_are_not():
    """The contract above can fail both ways."""
    refused = _refused_cases("button", "plain")
    assert refused["alike"] and not refused["other labels"]


def _row_of(at: AppTest, size: int) -> AppTest:
    at.get_by_key(ROW_SIZE).set_value(size)
    return at.run()


def _preview_labels(at: AppTest) -> list[str]:
    return [button.label for button in at.container(PREVIEW).get("button")]


def test_a_row_of_three_draws_three_buttons_and_writes_three_columns():
    at = _row_of(start(), 3)
    assert _preview_labels(at) == ["Click me", "Button 2", "Button 3"]
    assert "col1, col2, col3 = st.columns(3)" in displayed_code(at)


def test_a_lone_button_draws_one_and_writes_no_columns():
    at = _row_of(_row_of(start(), 3), 1)
    assert _preview_labels(at) == ["Click me"]
    assert "st.columns" not in displayed_code(at)


def test_the_controls_edit_the_member_picked_and_leave_the_others_as_they_were():
    at = _row_of(start(), 3)
    at.get_by_key(ROW_MEMBER).set_value(1).run()
    assert at.get_by_key(control_key("label")).value == "Button 2"
    at.get_by_key(control_key("label")).set_value("Next").run()
    assert _preview_labels(at) == ["Click me", "Next", "Button 3"]
    at.get_by_key(ROW_MEMBER).set_value(0).run()
    assert at.get_by_key(control_key("label")).value == "Click me"
    assert _preview_labels(at) == ["Click me", "Next", "Button 3"]


def test_a_smaller_row_keeps_the_members_it_sets_aside():
    at = _row_of(start(), 3)
    at.get_by_key(ROW_MEMBER).set_value(2).run()
    at.get_by_key(control_key("label")).set_value("Later").run()
    at = _row_of(at, 2)
    assert _preview_labels(at) == ["Click me", "Button 2"]
    # The member edited was set aside: the last one left is edited now.
    assert at.get_by_key(control_key("label")).value == "Button 2"
    assert _preview_labels(_row_of(at, 3)) == ["Click me", "Button 2", "Later"]


def test_the_horizontal_layout_is_written_as_one_container():
    at = _row_of(start(), 2)
    at.get_by_key(ROW_LAYOUT).set_value("horizontal").run()
    assert "with st.container(horizontal=True):" in displayed_code(at)
    assert "st.columns" not in displayed_code(at)


@pytest.mark.parametrize("member", [0, 1])
def test_a_click_in_the_row_names_its_member_in_the_log(member):
    at = _row_of(start(), 2)
    at.container(PREVIEW).get("button")[member].click().run()
    record = logged(at)[-1]
    assert record["trigger"] == "click" and record["button_value"] is True
    label, other = ["Click me", "Button 2"][member], 2 - member
    assert record["member"] == f"button {member + 1} of the row, {quoted(label)}"
    assert f"button {other} of the row" not in run_story.explain(record)
    assert f"button {member + 1} of the row" in run_story.explain(record)


def test_the_generated_row_returns_true_for_the_member_clicked_only():
    """What the log says of a click (above) is what the app, run on its own, does."""
    row = preset_titled("Back / Next").row
    at = AppTest.from_string(generate_code(row)).run()
    at.button[1].click().run()
    assert [button.value for button in at.button] == [False, True]
    assert len(at.success) == 1
    at.run()
    assert [button.value for button in at.button] == [False, False]


def test_two_members_alike_get_streamlits_refusal_as_a_sentence_and_a_fix():
    at = _row_of(start(), 2)
    at.get_by_key(ROW_MEMBER).set_value(1).run()
    at.get_by_key(control_key("label")).set_value("Click me").run()
    (error,) = [e for e in at.error if "StreamlitDuplicateElementId" in e.value]
    assert "Button 2" in error.value and "no key" in error.value
    at.get_by_key(row_fix_key(1)).click().run()
    assert at.get_by_key(control_key("key")).value == "click_me"
    assert not any("Duplicate" in e.value for e in at.error)
    assert not drawn(at, row_fix_key(1))


def test_two_members_with_other_labels_get_no_refusal_and_no_fix():
    at = _row_of(start(), 2)
    assert not any("Duplicate" in e.value for e in at.error)
    assert not drawn(at, row_fix_key(1))


ROW_PRESETS = [preset.title for preset in bundled_presets() if preset.row is not None]


def test_the_gallery_has_the_rows_people_build_every_day():
    assert {"Back / Next", "Save / Cancel / Delete", "Icon toolbar"} <= set(ROW_PRESETS)


@pytest.mark.parametrize("title", ROW_PRESETS)
def test_a_row_preset_shows_its_whole_row_in_the_preview_and_the_code(title):
    row = preset_titled(title).row
    at = start()
    at.get_by_key(PRESET_PICK).set_value(title).run()
    assert _preview_labels(at) == [member.label for member in row.members]
    assert displayed_code(at) == generate_code(row)
    assert at.get_by_key(ROW_SIZE).value == len(row.members)


def test_a_lone_preset_after_a_row_preset_shows_a_lone_button():
    at = start()
    at.get_by_key(PRESET_PICK).set_value("Back / Next").run()
    at.get_by_key(PRESET_PICK).set_value("Say hello").run()
    assert _preview_labels(at) == ["Say hello"]
    assert at.get_by_key(ROW_SIZE).value == 1


def test_a_rows_link_opens_the_playground_on_that_row():
    row = preset_titled("Save / Cancel / Delete").row
    at = start(query=encode_query(row.members[0], row))
    assert _preview_labels(at) == ["Save", "Cancel", "Delete"]
    assert displayed_code(at) == generate_code(row)
    assert dict(at.query_params) == encode_query(row.members[0], row)


def test_a_bad_rows_link_says_why_and_opens_on_a_lone_button():
    at = start(query={"row": '{"buttons": [{"label": "A"}]}'})
    assert _preview_labels(at) == ["Click me"]
    notice = at.get_by_key(LINK_NOTICE).warning
    assert "A row needs `buttons`: 2 to 6" in shown(only(notice))


# --- pasted code ------------------------------------------------------------------


def test_a_pasted_rows_code_becomes_that_row():
    row = preset_titled("Save / Cancel / Delete").row
    at = submit_code(start(), generate_code(row))
    assert _preview_labels(at) == ["Save", "Cancel", "Delete"]
    assert displayed_code(at) == generate_code(row)
    assert any("Applied a row of 3 buttons" in shown(s) for s in at.success)


def test_pasted_calls_in_no_layout_ask_which_one_or_offer_a_row():
    at = submit_code(start(), 'st.button("Yes")\nst.button("No")\n')
    assert _preview_labels(at) == ["Click me"]
    assert drawn(at, CALL_PICK) and drawn(at, PASTE_AS_ROW)
    at.get_by_key(PASTE_AS_ROW).click().run()
    assert _preview_labels(at) == ["Yes", "No"]
    assert "col1, col2 = st.columns(2)" in displayed_code(at)


def test_one_pasted_call_offers_no_row_and_edits_the_button():
    at = submit_code(start(), 'st.button("Only")\n')
    assert _preview_labels(at) == ["Only"]
    assert not drawn(at, PASTE_AS_ROW)


def test_seven_pasted_calls_offer_no_row():
    code = "".join(f'st.button("B{number}")\n' for number in range(7))
    at = submit_code(start(), code)
    assert drawn(at, CALL_PICK) and not drawn(at, PASTE_AS_ROW)


def _edit_member(at: AppTest, index: int, **controls) -> AppTest:
    at.get_by_key(ROW_MEMBER).set_value(index).run()
    for name, value in controls.items():
        at.get_by_key(control_key(name)).set_value(value).run()
    return at


def test_picking_another_member_keeps_the_apps_state():
    at = _edit_member(_row_of(start(), 2), 1, mode="callback")
    at.container(PREVIEW).get("button")[1].click().run()
    assert at.session_state[APP_STATE]["clicks"] == 1
    at.get_by_key(ROW_MEMBER).set_value(0).run()
    assert at.session_state[APP_STATE]["clicks"] == 1


def test_changing_a_members_mode_starts_the_apps_state_afresh():
    """The twin: new code keeps other state, as a new streamlit run would."""
    at = _edit_member(_row_of(start(), 2), 1, mode="callback")
    at.container(PREVIEW).get("button")[1].click().run()
    at.get_by_key(control_key("mode")).set_value("rerun").run()
    assert at.session_state[APP_STATE].get("clicks") == 0


def test_a_lone_preset_replaces_the_member_edited_and_the_others_wait():
    at = _edit_member(_row_of(start(), 3), 1, label="Next!")
    at = _edit_member(at, 2, label="Third")
    at.get_by_key(PRESET_PICK).set_value("Say hello").run()
    assert _preview_labels(at) == ["Say hello"]
    assert _preview_labels(_row_of(at, 3)) == ["Click me", "Next!", "Say hello"]


def test_the_row_cant_change_while_an_argument_is_invalid_and_can_once_fixed():
    at = _row_of(start(), 2)
    at.get_by_key(control_key("icon")).set_value(":material/not_an_icon:").run()
    assert at.get_by_key(ROW_SIZE).proto.disabled
    assert at.get_by_key(ROW_MEMBER).proto.disabled
    at.get_by_key(control_key("icon")).set_value("").run()
    assert not at.get_by_key(ROW_SIZE).proto.disabled
    assert not at.get_by_key(ROW_MEMBER).proto.disabled


def test_the_member_picker_shows_the_member_edited_after_a_resize():
    at = _row_of(_row_of(_row_of(start(), 3), 1), 3)
    assert at.get_by_key(ROW_MEMBER).value == 0


def _refused(members: tuple[ButtonConfig, ...]) -> bool:
    """Whether Streamlit refuses ``members`` drawn as the preview draws a row."""
    return _refused_of({"them": members})["them"]


@pytest.mark.parametrize("same", ["form_key", "key"])
def test_a_forms_key_clashes_with_another_forms_not_with_a_buttons(same):
    form = default_config("form_submit_button")
    if same == "form_key":
        other = replace(form, label="Send")
    else:
        other = ButtonConfig(label="Send", key=form.get("form_key"))
    row = Row((form, other))
    assert _refused(row.members) == bool(collisions(row)) == (same == "form_key")


def test_a_callback_in_the_row_is_named_as_its_members_and_its_trigger():
    at = _row_of(start(), 2)
    at = _edit_member(at, 1, kind="popover")
    at = _edit_member(at, 1, mode="callback")
    at = _edit_member(at, 0, mode="callback")
    at.container(PREVIEW).get("button")[0].click().run()
    record = logged(at)[-1]
    assert (
        record["detail"]
        == f"button 1 of the row, {quoted('Click me')} (its on_click ran first)"
    )
    assert "on_change" not in record["detail"]


def _infos_by_column(at: AppTest | Any) -> list[int]:
    """How many st.info each column shows (of an app, or the preview's row)."""
    return [len(column.info) for column in at.columns]


def test_two_toggles_in_a_row_each_show_their_own_content_as_the_code_does():
    row = Row(tuple(ButtonConfig(label=label, mode="toggle") for label in "AB"))
    app = AppTest.from_string(generate_code(row)).run()
    at = start(query=encode_query(row.members[0], row))
    for index in (0, 1, 0):
        app.button[index].click().run()
        at.container(PREVIEW).get("button")[index].click().run()
        assert _infos_by_column(at.container(PREVIEW)) == _infos_by_column(app)
    # The first toggle was clicked twice, the second once: only its content shows.
    assert _infos_by_column(app) == [0, 1]
