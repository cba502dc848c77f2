"""One keyed button's own colour: the CSS recipe, in the code that runs as pasted."""

from __future__ import annotations

import pytest

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.key_colour import key_class, key_colour, key_css
from components.core.row import Row
from components.core.snippet_parser import read_snippet

DANGER = key_colour("#d33", "white")
DELETE = ButtonConfig(label="Delete", key="delete", type="primary")


def test_the_css_paints_the_keyed_widgets_button_in_the_browsers_own_notation():
    css = key_css("delete", DANGER)
    assert ".st-key-delete :is(button, a) { background-color: rgb(221, 51, 51);" in css
    assert "color: rgb(255, 255, 255)" in css
    assert ":hover { background-color: rgb(166, 28, 28);" in css


@pytest.mark.parametrize(
    "key, cls",
    [
        ("delete", "st-key-delete"),
        (" a b.c ", "st-key-a-b-c"),
        ("x_1-2", "st-key-x_1-2"),
    ],
)
def test_the_class_is_the_one_streamlits_frontend_draws_for_the_key(key, cls):
    assert key_class(key) == cls


def test_typed_text_never_reaches_the_css():
    colour = key_colour("RED", "  hsl(0 0% 100%) ")
    css = key_css('x"}</style><script>', colour)
    assert "RED" not in css and "hsl" not in css
    assert "<script>" not in css and css.count("</style>") == 1


def test_no_background_is_no_recipe():
    assert key_colour("", "white") is None
    with pytest.raises(ValueError):
        key_colour("nope")


def test_the_complete_app_writes_the_recipe_before_the_button():
    code = generate_code(DELETE, key_colour=DANGER)
    assert code.index("st.html(") < code.index("st.button(")
    assert "# Unofficial: CSS on Streamlit's .st-key-<key> class" in code


def test_the_recipe_reads_back_to_the_same_button():
    assert read_snippet(generate_code(DELETE, key_colour=DANGER)).config == DELETE


@pytest.mark.parametrize(
    "shown, complete",
    [
        (ButtonConfig(label="No key"), True),
        (DELETE, False),
        (Row(members=(DELETE, ButtonConfig(label="Keep"))), True),
    ],
    ids=["no key", "the call only", "a row"],
)
def test_without_a_key_a_whole_app_or_a_lone_button_no_recipe_is_written(
    shown, complete
):
    """The twins: the recipe needs a key, the complete app and a lone button."""
    code = generate_code(shown, complete=complete, key_colour=DANGER)
    assert "st.html" not in code
