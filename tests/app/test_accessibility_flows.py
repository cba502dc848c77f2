"""The Accessibility panel under AppTest: opened, it shows the findings of the
button shown (each with its criterion and link) or the checks that found
nothing; a control, the theme or a row changed while it is open shows up."""

from __future__ import annotations

import re

from components.core.keys import (
    ACCESSIBILITY,
    ACCESSIBILITY_OPEN,
    ROW_SIZE,
    control_key,
    theme_key,
)
from tests.support.apptest import open_panels, shown, start
from tests.support.markdown_model import read_message, read_text

_LINK = re.compile(r"\[(?P<text>.*)\]\((?P<url>[^)]*)\)")


def opened(query: dict[str, str] | None = None):
    return open_panels(start(query), ACCESSIBILITY_OPEN)


def told(at) -> list[tuple[str, str, str, str]]:
    """Each finding as (sentence, fix, criterion, address), as the user reads it."""
    found = []
    for alert in at.get_by_key(ACCESSIBILITY).warning:
        sentence, fix, linked = alert.value.split("\n\n")
        criterion = _LINK.fullmatch(linked)
        found.append(
            (
                read_message(sentence),
                read_message(fix),
                read_text(criterion["text"]),
                criterion["url"],
            )
        )
    return found


def nothing_found(at) -> str:
    return " ".join(shown(alert) for alert in at.get_by_key(ACCESSIBILITY).success)


def test_opened_it_shows_the_finding_of_the_button_shown_with_its_criterion():
    at = opened({"label": "****"})
    [(sentence, fix, criterion, url)] = told(at)
    assert "Your button's label '****' draws no text" in sentence
    assert "Write what it does in the label" in fix
    assert criterion == "WCAG 4.1.2 Name, Role, Value (Level A)"
    assert url == "https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html"
    assert nothing_found(at) == ""


def test_opened_on_a_readable_button_it_says_which_checks_found_nothing():
    """The twin: the default button."""
    at = opened()
    assert told(at) == []
    assert nothing_found(at).startswith("No problems found. Checked: an accessible")
    assert "Click me" in shown(at.get_by_key(ACCESSIBILITY).caption[0])


def test_disabling_a_button_with_help_shows_the_keyboard_finding_at_once():
    at = opened({"help": "Log in first"})
    assert told(at) == []
    at.toggle(key=control_key("disabled")).set_value(True).run()
    [(sentence, _, criterion, _)] = told(at)
    assert "keyboard users never reach it" in sentence
    assert criterion == "WCAG 2.1.1 Keyboard (Level A)"
    at.toggle(key=control_key("disabled")).set_value(False).run()
    assert told(at) == []


def test_a_theme_that_fails_the_primary_label_shows_its_contrast():
    at = opened({"type": "primary"})
    assert told(at) == []
    at.session_state[theme_key("primaryColor")] = "#f0e68c"
    at.run()
    [(sentence, fix, criterion, _)] = told(at)
    assert "1.2:1 in light mode (#ffffff on #f0e68c)" in sentence
    assert "darker primaryColor" in fix
    assert criterion == "WCAG 1.4.3 Contrast (Minimum) (Level AA)"


def test_a_tertiary_pixel_width_under_24_shows_the_target_size():
    at = opened({"type": "tertiary", "width": "20"})
    [(sentence, _, criterion, _)] = told(at)
    assert "`width=20` draws your button 20 by 40 px" in sentence
    assert criterion == "WCAG 2.5.8 Target Size (Minimum) (Level AA)"


def test_a_secondary_pixel_width_under_24_is_drawn_wider_and_passes():
    """The twin: Streamlit's padding keeps a secondary button 26 px wide."""
    assert told(opened({"width": "20"})) == []


def test_a_rows_member_is_named_by_its_place():
    at = opened()
    at.get_by_key(ROW_SIZE).set_value(2).run()
    assert told(at) == []
    at.text_area(key=control_key("label")).input("").run()  # the member edited
    sentences = [sentence for sentence, *_ in told(at)]
    assert len(sentences) == 1 and sentences[0].startswith("Button 1 of the row")


def test_an_invalid_control_is_said_and_the_last_valid_button_judged():
    at = opened({"label": "****"})
    at.text_input(key=control_key("icon")).input("not an icon").run()
    captions = [shown(caption) for caption in at.get_by_key(ACCESSIBILITY).caption]
    assert any(c.startswith("Judging the last valid button") for c in captions)
    assert len(told(at)) == 1
