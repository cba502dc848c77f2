"""The "Which button do I need?" chooser's answers (``core.chooser``): each says
why and links its docs, names only real Streamlit functions, covers the
needs of the guide and every kind of the family, and can switch the playground exactly when its kind is
registered, read from the registry at the moment it is asked."""

from __future__ import annotations

import dataclasses
import re

import pytest
import streamlit as st

from components.core.chooser import ANSWERS, DOCS, Answer, Widget, can_switch
from components.core.kinds import KINDS

# The needs of the family issues, each by the widgets that meet it.
NEEDS: dict[str, set[str]] = {
    "go to a page": {"st.page_link"},
    "several actions from one button": {"st.menu_button"},
    "more on demand": {"st.popover"},
    "keep something on or off": {"st.toggle", "st.checkbox"},
    "pick one of a few options": {"st.segmented_control", "st.radio", "st.selectbox"},
    "offer a file": {"st.download_button"},
    "open a URL": {"st.link_button"},
    "submit several inputs at once": {"st.form", "st.form_submit_button"},
    "run an action": {"st.button"},
}


def needs_missing(answers: tuple[Answer, ...]) -> set[str]:
    """The needs no answer meets with exactly its widgets."""
    offered = [{w.call for w in answer.widgets} for answer in answers]
    return {need for need, calls in NEEDS.items() if calls not in offered}


def by_kind(kind: str) -> Answer:
    return next(answer for answer in ANSWERS if answer.kind == kind)


def by_widget(call: str) -> Answer:
    return next(a for a in ANSWERS if call in {w.call for w in a.widgets})


ids = [answer.need for answer in ANSWERS]


@pytest.mark.parametrize("answer", ANSWERS, ids=ids)
def test_every_answer_says_why_and_links_a_docs_page(answer):
    assert answer.need.strip() and answer.why.strip()
    assert answer.docs.startswith(f"{DOCS}/")
    for widget in answer.widgets:
        page = rf"https://docs\.streamlit\.io/develop/api-reference/[a-z-]+/st\.{widget.name}"
        assert re.fullmatch(page, widget.docs)


def test_a_docs_link_goes_to_the_section_streamlit_files_it_under():
    """st.form and its submit button are execution flow, the rest widgets."""
    form = by_kind("form_submit_button")
    assert form.docs == f"{DOCS}/execution-flow/st.form_submit_button"
    assert by_widget("st.toggle").docs == f"{DOCS}/widgets/st.toggle"


@pytest.mark.parametrize("answer", ANSWERS, ids=ids)
def test_every_widget_an_answer_names_is_a_function_of_streamlit(answer):
    names = [w.name for w in answer.widgets] + [answer.kind] * bool(answer.kind)
    assert all(callable(getattr(st, name, None)) for name in names)
    if answer.kind:
        assert answer.kind in {w.name for w in answer.widgets}


def test_a_made_up_widget_is_no_function_of_streamlit():
    """The twin: the check above would see a name Streamlit lacks."""
    assert not callable(getattr(st, Widget("press_button").name, None))


def test_a_registered_kinds_answer_links_the_kinds_own_docs():
    for answer in ANSWERS:
        if can_switch(answer):
            assert answer.docs.endswith(f"/st.{KINDS[answer.kind].name}")


def test_the_answers_cover_the_needs_of_the_issues():
    assert len(ANSWERS) == len(NEEDS) and needs_missing(ANSWERS) == set()


def kinds_unanswered(answers: tuple[Answer, ...]) -> set[str]:
    """The registered kinds no answer switches to."""
    return set(KINDS) - {a.kind for a in answers if can_switch(a)}


def test_every_kind_of_the_family_is_an_answer_that_switches_to_it():
    assert kinds_unanswered(ANSWERS) == set()


def test_a_chooser_without_the_popover_answer_leaves_that_kind_unanswered():
    """The twin: the check above sees a kind left out."""
    without = tuple(a for a in ANSWERS if a.kind != "popover")
    assert kinds_unanswered(without) == {"popover"}


def test_a_chooser_without_the_file_answer_misses_that_need():
    """The twin: the coverage check sees a need left out."""
    without = tuple(a for a in ANSWERS if a.kind != "download_button")
    assert needs_missing(without) == {"offer a file"}


@pytest.mark.parametrize("kind", ["button", "download_button", "link_button"])
def test_an_answer_whose_kind_is_registered_can_switch(kind):
    assert kind in KINDS and can_switch(by_kind(kind))


@pytest.mark.parametrize("call", ["st.toggle", "st.checkbox", "st.radio"])
def test_an_answer_outside_the_family_cannot_switch(call):
    """The twin: a widget outside the family gets its docs and why, no switch."""
    answer = by_widget(call)
    assert answer.kind is None and not can_switch(answer)


def test_an_answer_switches_exactly_while_its_kind_is_registered():
    """Read from the registry when asked: taking the kind out takes the switch."""
    answer = by_kind("form_submit_button")
    assert can_switch(answer)
    registry = dict(KINDS)
    del KINDS["form_submit_button"]
    try:
        assert not can_switch(answer)
    finally:
        # In its order: messages that list the kinds follow it.
        KINDS.clear()
        KINDS.update(registry)


def test_an_unregistered_kind_named_in_an_answer_cannot_switch():
    """The twin: naming a kind is not registering it."""
    answer = dataclasses.replace(by_kind("link_button"), kind="toggle")
    assert "toggle" not in KINDS and not can_switch(answer)
