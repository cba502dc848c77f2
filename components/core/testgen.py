"""The "Copy as test" snippet: a pytest test of the generated app, with AppTest.

Owns the text of that test. It runs the complete app ``codegen`` writes for a
config (``AppTest.from_string``), finds the button by its key (by its label
when it has none), checks it returns False before any click, clicks it, and
checks what the config's mode does with the click; a disabled button can't be
clicked, so its test checks that it is disabled. The texts it expects are
the mode's (``modes``), so the test and the app say the same thing. It finds what it checks
by key, by label, by session-state name or by the text shown, never by
position (``at.markdown[0]``), as a test a user keeps should: a new element
above would break it for no reason. black-formatted.
"""

from __future__ import annotations

from components.core.codegen import format_code, format_source, generate_code
from components.core.config import ButtonConfig
from components.core.modes import MODES

TEST_FILE_NAME = "test_st_button_app.py"


def generate_test(cfg: ButtonConfig) -> str:
    """A pytest module that tests ``cfg``'s complete app with AppTest."""
    return format_code(_unformatted_test(cfg))


def formatting_problem_of_test(cfg: ButtonConfig) -> str | None:
    """Why ``generate_test(cfg)`` is not black-formatted, or None."""
    return format_source(_unformatted_test(cfg)).problem


def _unformatted_test(cfg: ButtonConfig) -> str:
    mode = MODES[cfg.mode]
    name = "disabled" if cfg.disabled else cfg.mode
    what = "can't be clicked" if cfg.disabled else mode.test_title
    body = _DISABLED_CHECKS if cfg.disabled else mode.test_checks(cfg)
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


_DISABLED_CHECKS = "assert find_button(at).disabled\n"
