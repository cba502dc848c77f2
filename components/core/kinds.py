"""The widget kinds of the button family, each declared once and registered.

Config, controls, code, paste, links, presets, compare and the log read the
registry (``KINDS``); what a kind is, is ``kind.Kind``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import streamlit as st

from components.core import kind_rules, rules
from components.core.arguments import SHARED, Argument
from components.core.around import DOWNLOAD_DATA, FORM
from components.core.clicks import MENU_CLICKS, POPOVER_CLICKS
from components.core.contents import POPOVER_CONTENTS
from components.core.kind import KINDS, Kind, register
from components.core.widgets import Function, Literal, Text

# The shared arguments every widget of the family hashes into its automatic
# identity (button.py's compute_and_register_element_id calls); a kind adds its own.
SHARED_IDENTITY = (
    "label",
    "icon",
    "help",
    "type",
    "width",
    "icon_position",
    "shortcut",
)

BUTTON = Kind(
    function=st.button,
    arguments=tuple(SHARED.values()),
    identity=SHARED_IDENTITY,
    modes=None,
    refused_in_form=True,
)

LINK_BUTTON = Kind(
    function=st.link_button,
    arguments=(
        *SHARED.values(),
        Argument(
            "url",
            kind_rules.url,
            Text(optional=False, strip=True, placeholder="https://docs.streamlit.io"),
            "Content",
            "The address the button opens in a new tab: http, https or mailto. "
            "The playground refuses any other scheme (javascript:, data:, file:).",
            start="https://docs.streamlit.io",
        ),
    ),
    identity=(*SHARED_IDENTITY, "url"),
    modes=None,
    clicked_by_apptest=False,
    address="url",
    identity_when_ignored=False,
)

DOWNLOAD_BUTTON = Kind(
    function=st.download_button,
    arguments=(
        *SHARED.values(),
        Argument(
            "data",
            rules.required_text("data"),
            Text(widget="text_area", optional=False),
            "Content",
            "The file's contents, as text (at most "
            f"{rules.MAX_TEXT_CHARS:,} characters, so a share link can carry them). "
            "Your app may pass bytes, a file or a dataframe's CSV just the same.",
            start="name,clicks\nAda,3\nGrace,5\n",
        ),
        Argument(
            "file_name",
            kind_rules.file_name,
            Text(placeholder="None: Streamlit names the file"),
            "Content",
            "The name the file is saved under, e.g. `clicks.csv`. "
            "Unset, Streamlit makes one up.",
        ),
        Argument(
            "mime",
            kind_rules.mime,
            Text(placeholder="None: text/plain for text"),
            "Content",
            "The file's media type, e.g. `text/csv`. Unset, Streamlit uses "
            "`text/plain` for text and `application/octet-stream` for bytes.",
        ),
    ),
    identity=(*SHARED_IDENTITY, "file_name", "mime"),
    modes=None,
    context=(
        Argument.flag(
            "deferred",
            "Content",
            "Build the file only when it is clicked: `data` becomes a function "
            "Streamlit calls on the click, so a costly file is not made on every rerun.",
            start=False,
        ),
    ),
    named=DOWNLOAD_DATA,
    refused_in_form=True,
)


def kind_named(name: object) -> Kind:
    """The kind registered as ``name``; the default kind when it names none."""
    return KINDS.get(name, BUTTON) if isinstance(name, str) else BUTTON


FORM_SUBMIT_BUTTON = Kind(
    function=st.form_submit_button,
    arguments=tuple(SHARED.values()),
    # Without a key Streamlit gives it one: "FormSubmitter:<form>-<label>".
    identity=("label", "form_key"),
    modes=None,
    block=FORM,
)

MULTIPAGE_DOCS = "https://docs.streamlit.io/develop/concepts/multipage-apps"


def _page_stand_in(kwargs: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    """A page file of the user's app is not one of the playground's: the
    preview links to the multipage docs in its place, and says so."""
    page = kwargs["page"]
    if kind_rules.is_web_page(page):
        return None
    reason = (
        f"`{page}` is a page of your app, not of the playground, so this preview "
        "links to Streamlit's multipage docs in its place. In your app the link "
        "opens that page."
    )
    return kwargs | {"page": MULTIPAGE_DOCS}, reason


# No key, type, shortcut or wrap; no on_click: a click navigates and runs nothing.
PAGE_LINK = Kind(
    function=st.page_link,
    arguments=(
        Argument(
            "page",
            kind_rules.page,
            Text(optional=False, strip=True, placeholder="pages/settings.py"),
            "Content",
            "Where the link goes: a page of your multipage app, a file of its "
            "`pages/` folder (`pages/settings.py`), or an http(s) address, which "
            "opens in a new tab.",
            start="https://docs.streamlit.io",
        ),
        replace(
            SHARED["label"],
            check=kind_rules.link_label,
            help="The link's text. Markdown works. Streamlit needs one for a web "
            "address; for a page of your app it would show the page's title, "
            "which the playground can't know, so it asks for one here too.",
            start="Streamlit docs",
        ),
        *(SHARED[name] for name in ("icon", "icon_position", "help")),
        SHARED["disabled"],
        SHARED["width"],
        Argument(
            "query_params",
            kind_rules.query_parameters,
            Literal(kind=dict, example="{'tab': 'billing'}", blank_is_none=True),
            "Content",
            "Query parameters added to the page's URL, as a Python dict literal: "
            "{'tab': 'billing'}. The page reads them from `st.query_params`.",
        ),
    ),
    # An element, not a widget: it has no identity and no state.
    identity=(),
    modes=("ignore",),
    clicked_by_apptest=False,
    address="page",
    stand_in=_page_stand_in,
    focusable_when_disabled=True,
)


def _opener_arguments(label: str) -> tuple[Argument, ...]:
    """The shared arguments of a button that opens something (a menu, a
    popover): no icon_position or shortcut; its own starting label."""
    left_out = ("label", "icon_position", "shortcut")
    return (
        replace(SHARED["label"], start=label),
        *(a for name, a in SHARED.items() if name not in left_out),
    )


# A button that opens a menu: a click on an option reruns the app, and the
# call returns that option on that run only (None on every other), as
# st.button returns True.
MENU_BUTTON = Kind(
    function=st.menu_button,
    arguments=(
        *_opener_arguments(label="Export"),
        Argument(
            "options",
            kind_rules.menu_options,
            Literal(kind=list, example="['CSV', 'JSON', 'PDF']"),
            "Content",
            "The menu's options, as a Python list literal of texts and numbers: "
            "['CSV', 'JSON', 'PDF']. The call returns the one chosen, on that "
            "run only. Read as a literal, never run.",
            start=["CSV", "JSON", "PDF"],
        ),
        Argument(
            "format_func",
            rules.choice("format_func", tuple(kind_rules.FORMAT_FUNCS)),
            Function(functions=kind_rules.FORMAT_FUNCS),
            "Content",
            "How each option is shown: its text as it is (`str`), or a function of "
            "it. The call still returns the option itself, not its label.",
            start="str",
        ),
    ),
    # The options as format_func shows them, not as they are.
    identity=("label", "options", "format_func", "help", "type", "icon", "width"),
    across=(("options", kind_rules.menu_labels),),
    modes=("plain", "callback"),
    clicks=MENU_CLICKS,
    refused_in_form=True,
)

# A button that opens a container: its content is sent on every run. With
# on_change "rerun" or a callback, opening and closing it reruns the app and
# its ``.open`` says which; under "ignore" (the default) they run nothing.
POPOVER = Kind(
    function=st.popover,
    arguments=(*_opener_arguments(label="Open popover"),),
    # compute_and_register_element_id("popover", ...) in layouts.py.
    identity=("label", "type", "help", "icon", "disabled", "width"),
    key_keeps_identity=False,
    identity_when_ignored=False,
    modes=("ignore", "plain", "callback"),
    trigger="on_change",
    trigger_takes_none=False,
    contents=POPOVER_CONTENTS,
    clicks=POPOVER_CLICKS,
    clicked_by_apptest=False,
)

register(BUTTON)
register(DOWNLOAD_BUTTON)
register(LINK_BUTTON)
register(FORM_SUBMIT_BUTTON)
register(PAGE_LINK)
register(MENU_BUTTON)
register(POPOVER)
DEFAULT_KIND = BUTTON.name
