"""Which button do I need? The chooser's answers, built from Streamlit's button guide.

Each answer is a need in the user's words, the widgets that meet it with
their docs pages, why (the guide's reasoning: a button is True for one rerun
only, so a setting that lasts is a toggle; a form batches inputs into one
run, ...), and the kind of the family the answer names when its widget is
one, or will be.

Whether an answer can switch the playground is read from the kind registry
when asked (``can_switch``), never written here: an answer naming a kind not
registered yet (``form_submit_button``) gets its switch the day that kind is
registered, with no edit. Widgets outside the family (a toggle, a radio) get
their docs and the why, and no switch. Pure data: ``ui.chooser_panel`` draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from components.core.kinds import KINDS

DOCS = "https://docs.streamlit.io/develop/api-reference"


@dataclass(frozen=True)
class Widget:
    """A Streamlit function an answer names, and where its docs page is."""

    name: str
    # The docs' section: most are widgets; st.form and its submit button are
    # execution flow.
    section: str = "widgets"

    @property
    def call(self) -> str:
        """How code calls it: ``st.toggle``."""
        return f"st.{self.name}"

    @property
    def docs(self) -> str:
        return f"{DOCS}/{self.section}/st.{self.name}"


@dataclass(frozen=True)
class Answer:
    """One need, the widgets that meet it, and why."""

    need: str
    widgets: tuple[Widget, ...]
    # One or two sentences in the message format (backtick spans are code).
    why: str
    # The kind of the family this answer switches the playground to, when its
    # widget is one (registered or not yet).
    kind: str | None = None
    # How the widgets are joined in words: alternatives, or used together.
    join: str = "or"

    @property
    def docs(self) -> str:
        """The answer's main docs page: its kind's, else its first widget's."""
        named = [w for w in self.widgets if w.name == self.kind]
        return (named or list(self.widgets))[0].docs


def can_switch(answer: Answer) -> bool:
    """Whether the playground can show ``answer``'s widget: its kind is
    registered now (read at each call, so a kind registered later counts)."""
    return answer.kind is not None and answer.kind in KINDS


ANSWERS: tuple[Answer, ...] = (
    Answer(
        need="Keep something on or off",
        widgets=(Widget("toggle"), Widget("checkbox")),
        why=(
            "A button is True only on the rerun right after its click, then False "
            "again, so it can't hold a setting. A toggle or a checkbox keeps its "
            "value on every rerun until the user changes it."
        ),
    ),
    Answer(
        need="Pick one of a few options",
        widgets=(Widget("segmented_control"), Widget("radio"), Widget("selectbox")),
        why=(
            "The choice should stay selected, and a button forgets its click on the "
            "next rerun. These widgets hold the option picked on every rerun, with "
            "no session state to keep."
        ),
    ),
    Answer(
        need="Offer a file to download",
        widgets=(Widget("download_button"),),
        why=(
            "It hands the browser the file itself, which `st.button` can't. Its "
            'click reruns the app like a button\'s, unless `on_click="ignore"`.'
        ),
        kind="download_button",
    ),
    Answer(
        need="Open a web page",
        widgets=(Widget("link_button"),),
        why=(
            "It opens the URL in a new tab, and by default its click runs nothing: "
            "no rerun, no value to check. An `st.button` would rerun the app and "
            "open nothing."
        ),
        kind="link_button",
    ),
    Answer(
        need="Go to another page of my app",
        widgets=(Widget("page_link"),),
        why=(
            "It links to a page of your multipage app (or a web address), and its "
            "click runs none of the script: the page opens. An `st.button` would "
            "rerun the app first, and need `st.switch_page` in its body."
        ),
        kind="page_link",
    ),
    Answer(
        need="Offer several actions from one button",
        widgets=(Widget("menu_button"),),
        why=(
            "It opens a menu of options, and the call returns the one chosen on "
            "that rerun only, then None, as a button is True once. One menu keeps "
            "a row of rarely used actions out of the way."
        ),
        kind="menu_button",
    ),
    Answer(
        need="Show more controls or details on demand",
        widgets=(Widget("popover", "layout"),),
        why=(
            "Its content stays out of the way until it is opened, and by default "
            "opening it runs nothing. Content a button reveals would need session "
            "state to stay shown on the next rerun."
        ),
        kind="popover",
    ),
    Answer(
        need="Submit several inputs at once",
        widgets=(
            Widget("form", "execution-flow"),
            Widget("form_submit_button", "execution-flow"),
        ),
        why=(
            "Inside an `st.form` an input's change does not rerun the app; its "
            "submit button sends every value in one run. Beside plain widgets, "
            "each input would rerun the app as it changes."
        ),
        kind="form_submit_button",
        join="with",
    ),
    Answer(
        need="Run an action now",
        widgets=(Widget("button"),),
        why=(
            "A button is for actions, not settings: it is True on the rerun its "
            "click causes, so `if st.button(...)` runs its body once per click. "
            "Keep what should last in `st.session_state`, or set it in an "
            "`on_click` callback."
        ),
        kind="button",
    ),
)
