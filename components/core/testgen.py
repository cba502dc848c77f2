"""The "Copy as test" snippet: a pytest test of the user's app, with AppTest.

Owns the text of that test. By default it runs the app file that sits beside
it (``AppTest.from_file``, found from the test's own ``__file__``, so pytest
works from any folder): the test of the user's app, which fails when the app
breaks. ``self_contained=True`` embeds the complete app instead
(``AppTest.from_string``), for a bug report or a gist.

The test finds the button by its key (checking its label too) or by its
label, checks it returns False before any click, clicks it, and checks what
the config's mode does with the click (the mode's ``test_checks``, in
``modes``); a disabled button can't be clicked, so its test checks that it is
disabled. Every assertion that fails when the app breaks says what broke, in
words. It finds what it checks by key, label, session-state name or text
shown, never by position (``at.markdown[0]``): a new element above would
break it for no reason. black-formatted.
"""

from __future__ import annotations

from components.core.callback import CLICKS_LABEL
from components.core.clicks import Clicks
from components.core.codegen import format_code, format_source, generate_code
from components.core.config import ButtonConfig
from components.core.kind_rules import is_web_page
from components.core.kinds import KINDS
from components.core.modes import MODES

APP_FILE_NAME = "st_button_app.py"
TEST_FILE_NAME = "test_st_button_app.py"
# AppTest's own default (3 s) is short for a first run on a busy machine.
TIMEOUT_SECONDS = 10


def generate_test(
    cfg: ButtonConfig, *, app_file: str = APP_FILE_NAME, self_contained: bool = False
) -> str:
    """A pytest module that tests ``cfg``'s app with AppTest.

    It runs ``app_file``, beside the test; ``self_contained`` carries the app.
    """
    return format_code(_unformatted_test(cfg, app_file, self_contained))


def formatting_problem_of_test(
    cfg: ButtonConfig, *, app_file: str = APP_FILE_NAME, self_contained: bool = False
) -> str | None:
    """Why ``generate_test(cfg, ...)`` is not black-formatted, or None."""
    return format_source(_unformatted_test(cfg, app_file, self_contained)).problem


def _unformatted_test(cfg: ButtonConfig, app_file: str, self_contained: bool) -> str:
    mode, kind = MODES[cfg.mode], KINDS[cfg.kind]
    name = "disabled" if cfg.disabled else cfg.mode
    what = (
        "can't be clicked"
        if cfg.disabled
        else mode.test_title.format(clicked=kind.clicks.clicked)
    )
    body = (
        _DISABLED_CHECKS.format(proto=_proto(cfg))
        if cfg.disabled
        else mode.test_checks(cfg, kind.clicks)
    )
    if kind.contents is not None and not cfg.disabled:
        what, body = _contents_checks(cfg)
    elif not kind.clicked_by_apptest and not cfg.disabled:
        what, body = "opens its URL as the code says", _unclicked_checks(cfg)
    helpers = _finder(cfg)
    if "shown_texts(at)" in body:
        helpers += _SHOWN_TEXTS
    if self_contained:
        head, start = _embedded_app(cfg), "AppTest.from_string(APP, "
    else:
        head, start = _app_beside(app_file), _FROM_FILE
    head += f"LABEL = {cfg.label!r}\n"
    if cfg.key is not None:
        head += f"KEY = {cfg.key!r}\n"
    if kind.address is not None:
        head += f"{kind.address.upper()} = {cfg.get(kind.address)!r}\n"
    if kind.takes("options"):
        head += f"OPTION = {cfg.get('options')[0]!r}  # the option the test chooses\n"
    return (
        f"{head}\n\n"
        "def run_app():\n"
        '    """The app\'s first run, as a new browser session sees it."""\n'
        f"    return {start}default_timeout={TIMEOUT_SECONDS}).run()\n\n\n"
        f"{helpers}"
        f"def test_button_{name}():\n"
        f'    """The button {what}."""\n'
        "    at = run_app()\n"
        "    assert not at.exception, (\n"
        '        f"the app raised: {[error.message for error in at.exception]}"\n'
        "    )\n"
        f"{_not_before_a_click(kind.clicks) if kind.clicked_by_apptest else ''}"
        f"{_indent(body)}"
    )


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
    proto = _proto(cfg)
    checks = (
        "# AppTest does not open a popover: its state can be set by its key.\n"
        "button = find_button(at)\n"
        "assert [markdown.value for markdown in button.markdown] == "
        f"[{contents.text!r}], (\n"
        '    "the popover lost its content: was its with block changed?"\n'
        ")\n"
        f"assert {'' if keeps else 'not '}button.{proto}.id, (\n"
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


def _proto(cfg: ButtonConfig) -> str:
    """Where a test reads the widget's own fields: a container's, in its block's."""
    return f"proto.{cfg.kind}" if KINDS[cfg.kind].contents else "proto"


def _app_beside(app_file: str) -> str:
    return (
        f'"""Tests {app_file}, the st.button app beside this file, with '
        "Streamlit's AppTest.\n\n"
        "Run it with pytest, from any folder. When the app no longer does what "
        'it did,\nthe test fails and says what broke."""\n\n'
        "from pathlib import Path\n\n"
        "from streamlit.testing.v1 import AppTest\n\n"
        f"APP_FILE = {app_file!r}\n"
    )


def _embedded_app(cfg: ButtonConfig) -> str:
    return (
        '"""The st.button app, carried below and tested with Streamlit\'s '
        'AppTest: run it with pytest."""\n\n'
        "from streamlit.testing.v1 import AppTest\n\n"
        f"APP = {_app_literal(generate_code(cfg))}\n"
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


def _finder(cfg: ButtonConfig) -> str:
    """``find_button``: by key, then its label checked; or by label. When the
    button is not there, it fails saying which was changed."""
    # AppTest lists each widget of the family under its own name: at.button,
    # at.download_button, at.link_button.
    every, has_key = f"at.{cfg.kind}", "button.key == KEY"
    label = f"button.{_proto(cfg)}.label"
    if KINDS[cfg.kind].contents is not None:
        # A container is a block AppTest finds by type. It has no .key; its
        # id is "$$ID-<hash>-<key>", which is how AppTest reads a widget's.
        every = f"at.get({cfg.kind!r})"
        has_key = 'button.proto.id.split("-", 2)[2:] == [KEY]'
    if cfg.key is not None:
        found = (
            f"    found = [button for button in {every} if {has_key}]\n"
            '    assert found, f"no button has the key {KEY!r}: was its key changed?"\n'
            f"    assert found[0].{_proto(cfg)}.label == LABEL, (\n"
            '        f"the button keyed {KEY!r} is labelled '
            f'{{found[0].{_proto(cfg)}.label!r}}, "\n'
            '        f"not {LABEL!r}: was its label changed?"\n'
            "    )\n"
        )
    else:
        found = (
            f"    found = [button for button in {every} if {label} == LABEL]\n"
            "    assert found, (\n"
            '        f"the button labelled {LABEL!r} is gone: was its label changed?"\n'
            "    )\n"
        )
    return (
        "def find_button(at):\n"
        '    """The button under test; the test fails here if the app lost it."""\n'
        f"{found}"
        "    return found[0]\n\n\n"
    )


def _indent(lines: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in lines.splitlines())


_DISABLED_CHECKS = (
    "button = find_button(at)\n"
    "assert button.{proto}.disabled, (\n"
    '    "the disabled button is clickable: was disabled=True removed?"\n'
    ")\n"
)
