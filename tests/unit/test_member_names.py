"""A row member's share of the row's test, its names numbered: in code and in
f-strings' fields, never in a message's words (``core/member_names``)."""

from __future__ import annotations

import pytest

from components.core.member_names import numbered

STATE = {"clicks": "clicks_2"}


@pytest.mark.parametrize(
    "code, expected",
    [
        ("found = find_button(at)\n", "found = find_button_2(at)\n"),
        (
            "assert at.session_state.clicks == 1\n",
            "assert at.session_state.clicks_2 == 1\n",
        ),
        ("at.session_state[KEY] = True\n", "at.session_state[KEY_2] = True\n"),
        (
            'x = f"{LABEL!r}: {at.session_state.clicks}"\n',
            'x = f"{LABEL_2!r}: {at.session_state.clicks_2}"\n',
        ),
        (
            'x = f"{at.session_state.clicks:{KEY}}"\n',
            'x = f"{at.session_state.clicks_2:{KEY_2}}"\n',
        ),
        ('x = f"""one\n{LABEL} two"""\n', 'x = f"""one\n{LABEL_2} two"""\n'),
        (
            "def test_button_plain():\n    pass\n",
            "def test_button_2_plain():\n    pass\n",
        ),
    ],
    ids=["call", "state", "key", "f-string", "nested-field", "two-lines", "test"],
)
def test_a_members_names_are_numbered_where_code_uses_them(code, expected):
    assert numbered(code, 2, STATE) == expected


@pytest.mark.parametrize(
    "code",
    [
        'x = "was its LABEL changed? the clicks"\n',
        'x = f"{{LABEL}} stays text"\n',
        "x = f\"{'KEY'}\"\n",
        "x = button.proto.label\n",
        "x = at.session_state.last_call\n",
    ],
    ids=["message", "escaped-braces", "string-in-field", "attribute", "unshared-state"],
)
def test_what_is_no_name_of_the_member_is_left_as_written(code):
    """The twin: words, escaped braces, strings, attributes and state names
    the row does not share stay as they are."""
    assert numbered(code, 2, STATE) == code
