"""The "Copy as test" snippet: a pytest test of the generated app, with AppTest.

Owns the text of that test. It runs the complete app ``codegen`` writes for a
config (``AppTest.from_string``), finds the button by its key (by its label
when it has none), checks it returns False before any click, clicks it, and
checks what the config's mode does with the click; a disabled button can't be
clicked, so its test checks that it is disabled. The texts it expects are
codegen's, so the test and the app say the same thing. It finds what it checks
by key, by label, by session-state name or by the text shown, never by
position (``at.markdown[0]``), as a test a user keeps should: a new element
above would break it for no reason. black-formatted.

Pure: no drawing, no session or query state.
"""

from __future__ import annotations

from components.codegen import (
    CLICKS_LABEL,
    IF_BLOCK_MESSAGE,
    RERUN_LABEL,
    TOGGLE_MESSAGE,
    format_code,
    format_source,
    generate_code,
    last_call,
)
from components.config import ButtonConfig

TEST_FILE_NAME = "test_st_button_app.py"

_MODE_CHECKS = {
    "plain": "returns True on the click's rerun only",
    "if_block": "shows its message on the click's rerun only",
    "callback": "runs its callback once per click",
    "toggle": "shows its content on one click and hides it on the next",
    "rerun": "counts the click above the button at once",
}


def generate_test(cfg: ButtonConfig) -> str:
    """A pytest module that tests ``cfg``'s complete app with AppTest."""
    return format_code(_unformatted_test(cfg))


def formatting_problem_of_test(cfg: ButtonConfig) -> str | None:
    """Why ``generate_test(cfg)`` is not black-formatted, or None."""
    return format_source(_unformatted_test(cfg)).problem


def _unformatted_test(cfg: ButtonConfig) -> str:
    name = "disabled" if cfg.disabled else cfg.mode
    what = "can't be clicked" if cfg.disabled else _MODE_CHECKS[cfg.mode]
    body = _disabled_checks() if cfg.disabled else _MODE_BODIES[cfg.mode](cfg)
    helpers = f"def find_button(at):\n    return {_finder(cfg)}\n\n\n"
    if "shown_texts(at)" in body:
        helpers += _SHOWN_TEXTS
    return (
        f'"""The st.button app, tested with Streamlit\'s AppTest: run it with pytest."""\n\n'
        "from streamlit.testing.v1 import AppTest\n\n"
        f"APP = {_app_literal(generate_code(cfg))}\n\n\n"
        f"{helpers}"
        f"def test_button_{name}():\n"
        f'    """The button {what}."""\n'
        "    at = AppTest.from_string(APP).run()\n"
        "    assert not at.exception\n"
        "    assert find_button(at).value is False\n"
        f"{_indent(body)}"
    )


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
    if cfg.key is not None:
        return f"at.button(key={cfg.key!r})"
    return f"next(button for button in at.button if button.label == {cfg.label!r})"


def _indent(lines: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in lines.splitlines())


def _disabled_checks() -> str:
    return "assert find_button(at).disabled\n"


def _plain_checks(cfg: ButtonConfig) -> str:
    return (
        "find_button(at).click().run()\n"
        "assert find_button(at).value is True\n"
        "at.run()\n"
        "assert find_button(at).value is False\n"
    )


def _if_block_checks(cfg: ButtonConfig) -> str:
    return (
        "assert not at.success\n"
        "find_button(at).click().run()\n"
        f"assert [message.value for message in at.success] == [{IF_BLOCK_MESSAGE!r}]\n"
        "at.run()\n"
        "assert not at.success\n"
    )


def _callback_checks(cfg: ButtonConfig) -> str:
    checks = (
        "assert at.session_state.clicks == 0\n"
        "find_button(at).click().run()\n"
        "assert at.session_state.clicks == 1\n"
        f"assert {CLICKS_LABEL + ' `1`'!r} in shown_texts(at)\n"
    )
    if cfg.args or cfg.kwargs:
        expected = last_call(cfg, cfg.args, cfg.kwargs)
        checks += f"assert at.session_state.last_call == {expected!r}\n"
    return checks


def _toggle_checks(cfg: ButtonConfig) -> str:
    return (
        "assert not at.info\n"
        "find_button(at).click().run()\n"
        f"assert [message.value for message in at.info] == [{TOGGLE_MESSAGE!r}]\n"
        "find_button(at).click().run()\n"
        "assert not at.info\n"
    )


def _rerun_checks(cfg: ButtonConfig) -> str:
    return (
        f"assert {RERUN_LABEL + ' `0`'!r} in shown_texts(at)\n"
        "find_button(at).click().run()\n"
        "assert at.session_state.clicks == 1\n"
        "# Written above the button, yet it shows this click: st.rerun() redrew it.\n"
        f"assert {RERUN_LABEL + ' `1`'!r} in shown_texts(at)\n"
        f"assert {RERUN_LABEL + ' `0`'!r} not in shown_texts(at)\n"
    )


_MODE_BODIES = {
    "plain": _plain_checks,
    "if_block": _if_block_checks,
    "callback": _callback_checks,
    "toggle": _toggle_checks,
    "rerun": _rerun_checks,
}
