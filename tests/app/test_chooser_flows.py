"""The "Which button do I need?" chooser in the playground, under AppTest:
closed, none of it is sent; opened, "Use st.<kind>" switches the playground
as the kind picker does (the shared arguments kept, the run logged as the
change of kind), and the kind already shown has its button disabled."""

from __future__ import annotations

from streamlit.testing.v1.element_tree import Button, LinkButton

from components.core.chooser import ANSWERS
from components.core.keys import CHOOSER, CHOOSER_OPEN, chooser_use_key, control_key
from tests.support.apptest import (
    drawn,
    logged_trigger,
    open_panels,
    preview_button,
    shown,
    shown_config,
    start,
)

USE_LINK = chooser_use_key("link_button")


def chooser_with_label(label: str):
    at = start()
    at.get_by_key(control_key("label")).set_value(label)
    at.get_by_key(control_key("type")).set_value("primary")
    return open_panels(at.run(), CHOOSER_OPEN)


def test_the_closed_chooser_draws_none_of_its_body():
    at = start()
    assert not at.session_state[CHOOSER_OPEN]
    assert not drawn(at, CHOOSER) and not drawn(at, USE_LINK)


def test_the_opened_chooser_draws_every_answer():
    """The twin: opened, each need and the switch of a registered kind are there."""
    at = open_panels(start(), CHOOSER_OPEN)
    # Each need is a bold line (the lines of links are Markdown links).
    markdown = at.get_by_key(CHOOSER).markdown
    needs = [shown(md) for md in markdown if md.value.startswith("**")]
    assert all(answer.need in needs for answer in ANSWERS)
    assert drawn(at, USE_LINK)
    assert drawn(at, chooser_use_key("form_submit_button"))
    # A widget outside the family has no switch.
    assert not drawn(at, chooser_use_key("toggle"))


def test_use_st_link_button_switches_the_playground_and_keeps_the_label():
    at = chooser_with_label("Open the docs")
    assert isinstance(preview_button(at), Button)

    at.button(key=USE_LINK).click().run()

    assert not at.exception
    assert isinstance(preview_button(at), LinkButton)
    cfg = shown_config(at)
    assert (cfg.kind, cfg.label, cfg.type) == (
        "link_button",
        "Open the docs",
        "primary",
    )
    assert preview_button(at).label == "Open the docs"
    # Logged as the picker's switch is: the change of `kind`.
    trigger, detail = logged_trigger(at)
    assert trigger == "control" and "`kind` from 'button' to 'link_button'" in detail


def test_the_button_for_the_kind_shown_is_disabled_and_the_others_not():
    at = open_panels(start(), CHOOSER_OPEN)
    assert at.button(key=chooser_use_key("button")).disabled
    assert not at.button(key=USE_LINK).disabled

    at.button(key=USE_LINK).click().run()

    assert at.button(key=USE_LINK).disabled
    assert not at.button(key=chooser_use_key("button")).disabled


def test_switching_back_with_the_chooser_keeps_the_label_too():
    """The twin of the switch: back to st.button by the chooser, the same label."""
    at = chooser_with_label("Round trip")
    at.button(key=USE_LINK).click().run()
    at.button(key=chooser_use_key("button")).click().run()

    assert not at.exception
    assert isinstance(preview_button(at), Button)
    assert (shown_config(at).kind, shown_config(at).label) == ("button", "Round trip")
