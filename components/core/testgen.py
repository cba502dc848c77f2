"""The "Copy as test" snippet: a pytest test of the user's app, with AppTest.

Owns the text of that test. By default it runs the app file that sits beside
it (``AppTest.from_file``, found from the test's own ``__file__``, so pytest
works from any folder): the test of the user's app, which fails when the app
breaks. ``self_contained=True`` embeds the complete app instead
(``AppTest.from_string``), for a bug report or a gist.

The test finds the button (``finder``), checks it returns False before any
click, clicks it, and checks what the config's mode does with the click (the
mode's ``test_checks``, in ``modes``); a disabled button can't be clicked, so
its test checks that it is disabled. Every assertion that fails when the app
breaks says what broke, in words. It finds what it checks by key, label,
session-state name or text shown, never by an element's position on the page
(``at.markdown[0]``): a new element above would break it for no reason (a
row's buttons of one label are told apart by their order in the row). A
row's test holds each member's test as a lone button's, its names numbered
(``member_names``). black-formatted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from components.core.callback import CLICKS_LABEL
from components.core.clicks import Clicks
from components.core.codegen import format_code, format_source, generate_code
from components.core.config import ButtonConfig
from components.core.finder import finder, label_place, proto
from components.core.kind_rules import is_web_page
from components.core.kinds import KINDS
from components.core.member_names import numbered
from components.core.modes import MODES
from components.core.row import Row, state_names

APP_FILE_NAME = "st_button_app.py"
TEST_FILE_NAME = "test_st_button_app.py"
BUTTON_APP, ROW_APP = "st.button app", "app with a row of buttons"
# AppTest's own default (3 s) is short for a first run on a busy machine.
TIMEOUT_SECONDS = 10


def generate_test(
    shown: ButtonConfig | Row,
    *,
    app_file: str = APP_FILE_NAME,
    self_contained: bool = False,
) -> str:
    """A pytest module that tests the app of ``shown`` (a button or a row) with AppTest.

    It runs ``app_file``, beside the test; ``self_contained`` carries the app.
    """
    return format_code(_unformatted_test(shown, app_file, self_contained))


def formatting_problem_of_test(
    shown: ButtonConfig | Row,
    *,
    app_file: str = APP_FILE_NAME,
    self_contained: bool = False,
) -> str | None:
    """Why ``generate_test(shown, ...)`` is not black-formatted, or None."""
    return format_source(_unformatted_test(shown, app_file, self_contained)).problem


class _Part(NamedTuple):
    """One button's share of a test module."""

    constants: str
    finder: str
    test: str


def _unformatted_test(
    shown: ButtonConfig | Row, app_file: str, self_contained: bool
) -> str:
    if isinstance(shown, Row):
        parts = [
            _member_part(shown, index, names)
            for index, names in enumerate(state_names(shown))
        ]
        what = ROW_APP
    else:
        parts, what = [_part(shown)], BUTTON_APP
    if self_contained:
        head = _embedded_app(generate_code(shown), what)
        start = "AppTest.from_string(APP, "
    else:
        head, start = _app_beside(app_file, what), _FROM_FILE
    helpers = "".join(part.finder for part in parts)
    if any("shown_texts(at)" in part.test for part in parts):
        helpers += _SHOWN_TEXTS
    return (
        head + "".join(part.constants for part in parts) + "\n\n"
        "def run_app():\n"
        '    """The app\'s first run, as a new browser session sees it."""\n'
        f"    return {start}default_timeout={TIMEOUT_SECONDS}).run()\n\n\n"
        + helpers
        + "\n\n\n".join(part.test for part in parts)
    )


def _member_part(row: Row, index: int, state: Mapping[str, str]) -> _Part:
    """Member ``index``'s part, its names numbered, its session state as the
    row's code names it (``state``)."""
    number = index + 1
    part = _part(
        row.members[index],
        label_place(row.members, index),
        f"Button {number} of the row",
    )
    constants = f"# Button {number} of the row\n" + part.constants
    return _Part(
        *(numbered(text, number, state) for text in (constants, part.finder, part.test))
    )


def _part(
    cfg: ButtonConfig, place: tuple[int, int] = (0, 1), subject: str = "The button"
) -> _Part:
    """A button's constants, its finder and its test function, as a lone
    button's test names them (``LABEL``, ``find_button``); ``subject`` names
    the button in their docstrings."""
    mode, kind = MODES[cfg.mode], KINDS[cfg.kind]
    name = "disabled" if cfg.disabled else cfg.mode
    what = (
        "can't be clicked"
        if cfg.disabled
        else mode.test_title.format(clicked=kind.clicks.clicked)
    )
    body = (
        _DISABLED_CHECKS.format(proto=proto(cfg))
        if cfg.disabled
        else mode.test_checks(cfg, kind.clicks)
    )
    if kind.contents is not None and not cfg.disabled:
        what, body = _contents_checks(cfg)
    elif not kind.clicked_by_apptest and not cfg.disabled:
        what, body = "opens its URL as the code says", _unclicked_checks(cfg)
    constants = f"LABEL = {cfg.label!r}\n"
    if cfg.key is not None:
        constants += f"KEY = {cfg.key!r}\n"
    if kind.address is not None:
        constants += f"{kind.address.upper()} = {cfg.get(kind.address)!r}\n"
    if kind.takes("options"):
        constants += (
            f"OPTION = {cfg.get('options')[0]!r}  # the option the test chooses\n"
        )
    test = (
        f"def test_button_{name}():\n"
        f'    """{subject} {what}."""\n'
        "    at = run_app()\n"
        "    assert not at.exception, (\n"
        '        f"the app raised: {[error.message for error in at.exception]}"\n'
        "    )\n"
        f"{_not_before_a_click(kind.clicks) if kind.clicked_by_apptest else ''}"
        f"{_indent(body)}"
    )
    return _Part(constants, finder(cfg, place, subject), test)


def _not_before_a_click(clicks: Clicks) -> str:
    return (
        f"    assert find_button(at).value is {clicks.unclicked!r}, "
        f'"the button returned {clicks.clicked} before any click"\n'
    )


def _unclicked_checks(cfg: ButtonConfig) -> str:
    """What a test can check of a link AppTest does not click: where it goes,
    and whether a click would rerun the app (where it takes an on_click)."""
    kind = KINDS[cfg.kind]
    name, constant = kind.address, kind.address.upper()
    # A page of the app is opened by the hash Streamlit gives its file.
    opens = (
        f"button.proto.{name} == {constant}"
        if is_web_page(cfg.get(name))
        else "button.proto.page_script_hash and not button.proto.external"
    )
    checks = (
        "# AppTest does not click links (it opens no tab): a browser test can.\n"
        "button = find_button(at)\n"
        f"assert {opens}, (\n"
        f'    f"the link opens {{button.proto.{name}!r}}, not {{{constant}!r}}: '
        f'was {name} changed?"\n'
        ")\n"
    )
    if not kind.has_on_click:
        return checks
    quiet = MODES[cfg.mode].runs_nothing
    rerun = "" if quiet else "not "
    what = "reruns the app" if quiet else "runs nothing"
    return checks + (
        f"assert {rerun}button.proto.ignore_rerun, (\n"
        f'    "a click {what}: was on_click changed?"\n'
        ")\n"
    )


def _contents_checks(cfg: ButtonConfig) -> tuple[str, str]:
    """What a test can check of a container AppTest does not open: what it
    holds, whether it keeps its open state, and (keyed) the app's reading of
    it opened through session state, as the popover docs' own example does."""
    kind = KINDS[cfg.kind]
    contents, keeps = kind.contents, not MODES[cfg.mode].runs_nothing
    fields = proto(cfg)
    checks = (
        "# AppTest does not open a popover: its state can be set by its key.\n"
        "button = find_button(at)\n"
        "assert [markdown.value for markdown in button.markdown] == "
        f"[{contents.text!r}], (\n"
        '    "the popover lost its content: was its with block changed?"\n'
        ")\n"
        f"assert {'' if keeps else 'not '}button.{fields}.id, (\n"
        f'    "the popover keeps {"no" if keeps else "an"} open state: '
        f'was {kind.trigger} changed?"\n'
        ")\n"
    )
    if not keeps:
        return "holds its content and runs nothing when opened", checks
    if MODES[cfg.mode].callback:
        # Opening it through session state runs no callback, as in the app:
        # only a click in the browser does.
        shown = f"{CLICKS_LABEL} `0`"
        checks += (
            f"assert {shown!r} in shown_texts(at), (\n"
            '    "the app did not show its callback\'s count: was on_change changed?"\n'
            ")\n"
        )
    for state in (False, True)[: 2 if cfg.key is not None else 1]:
        if state:
            checks += "at.session_state[KEY] = True\nat.run()\n"
        shown = f"{contents.state_label} `{state}`"
        checks += (
            f"assert {shown!r} in shown_texts(at), (\n"
            f'    "the app did not show the popover {"open" if state else "closed"}"\n'
            ")\n"
        )
    return "holds its content and keeps its open state", checks


def _app_beside(app_file: str, what: str) -> str:
    return (
        f'"""Tests {app_file}, the {what} beside this file, with '
        "Streamlit's AppTest.\n\n"
        "Run it with pytest, from any folder. When the app no longer does what "
        'it did,\nthe test fails and says what broke."""\n\n'
        "from pathlib import Path\n\n"
        "from streamlit.testing.v1 import AppTest\n\n"
        f"APP_FILE = {app_file!r}\n"
    )


def _embedded_app(code: str, what: str) -> str:
    return (
        f'"""The {what}, carried below and tested with Streamlit\'s '
        'AppTest: run it with pytest."""\n\n'
        "from streamlit.testing.v1 import AppTest\n\n"
        f"APP = {_app_literal(code)}\n"
    )


# The app file is found beside the test, so pytest works from any folder.
_FROM_FILE = "AppTest.from_file(str(Path(__file__).with_name(APP_FILE)), "


def _app_literal(code: str) -> str:
    """The app as a string literal that reads back exactly, raw and multi-line if it can.

    codegen writes every value with repr, so the code holds no control
    characters; only a triple quote of each kind would end a raw string early.
    """
    for quotes in ('"""', "'''"):
        if quotes not in code and not code.endswith(quotes[0]):
            return f"r{quotes}{code}{quotes}"
    return repr(code)


# The app's st.write texts, to look a text up by what it says.
_SHOWN_TEXTS = (
    "def shown_texts(at):\n"
    '    """Every text the app writes (st.write, st.markdown), top to bottom."""\n'
    "    return [markdown.value for markdown in at.markdown]\n\n\n"
)


def _indent(lines: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in lines.splitlines())


_DISABLED_CHECKS = (
    "button = find_button(at)\n"
    "assert button.{proto}.disabled, (\n"
    '    "the disabled button is clickable: was disabled=True removed?"\n'
    ")\n"
)
