"""Every message reaches the screen as the characters it holds (``core.markdown``).

Checked here against a model of Streamlit's Markdown (``support.markdown_model``)
and, for the UI, by reading its source: every alert, caption, Markdown line and
tooltip goes through the helper. The browser checks the real rendering
(tests/browser/test_messages_in_browser.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from components.core.markdown import (
    code,
    code_link,
    message,
    message_list,
    strong,
    verbatim,
)
from components.core.text import code_span, quoted_name
from tests.support.hostile_text import CASES, CODE_CASES
from tests.support.markdown_model import WouldBeMarkup, read, read_message, read_text

# Any text but a carriage return (a line ending in Markdown, whatever we do).
TEXT = st.text(st.characters(blacklist_characters="\r", codec="utf-8"))
ONE_LINE = st.text(st.characters(blacklist_characters="\r\n", codec="utf-8"))


@pytest.mark.parametrize("text", CASES + CODE_CASES)
def test_hostile_text_reads_as_written(text):
    assert read_text(verbatim(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        ":material/thumb_up:",
        "$$ID-abc",
        "__import__('os')",
        "_pg_",
        "a -> b",
        ":smile:",
    ],
)
def test_the_same_text_without_the_helper_would_be_changed(text):
    with pytest.raises(WouldBeMarkup):
        read(text)


@given(TEXT)
def test_any_text_reads_as_written(text):
    assert read_text(verbatim(text)) == text


@given(TEXT)
def test_code_reads_as_written_and_all_in_monospace(text):
    runs = read(code(text))
    assert "".join(t for t, _ in runs) == text
    # Every character but the line breaks is in monospace.
    assert "".join(t for t, is_code in runs if is_code) == text.replace("\n", "")


def test_escaped_forms_hold_no_live_markup():
    for text in CASES:
        md = verbatim(text).replace(":color[", "")  # the isolating span's own
        assert ":material/" not in md and ":material/" not in code(text)
        for ch in "$*_[<`":
            assert md.count(ch) == md.count("\\" + ch), (text, ch)


@given(st.lists(st.tuples(ONE_LINE.filter(bool), ONE_LINE), max_size=5))
def test_a_message_reads_back_as_built(parts):
    # Our words (without backticks) and quoted code, as the builders write them.
    built = "".join(
        words.replace("`", "'") + (code_span(quoted) if quoted else "")
        for words, quoted in parts
    )
    assert read_message(message(built)) == built


def test_backtick_spans_are_code_and_the_rest_is_text():
    md = message(
        "`icon`: `:material/thumbup:` is not. Did you mean `:material/thumb_up:`?"
    )
    assert read(md) == [
        ("icon", True),
        (": ", False),
        (":material/thumbup:", True),
        (" is not. Did you mean ", False),
        (":material/thumb_up:", True),
        ("?", False),
    ]
    # Twin: Streamlit's own reading of the raw text rewrites the shortcode.
    with pytest.raises(WouldBeMarkup):
        read("`icon`: `:material/thumbup:`")


def test_a_code_span_holds_any_one_line_text():
    for text in ["a`b", "`", "``x``", " a ", "  ", "x`"]:
        assert read_message(message(code_span(text))) == code_span(text)
        assert read(message(code_span(text))) == [(text, True)]


def test_an_empty_name_is_its_own_span_beside_others():
    """Two bare backticks would open a span that runs into the next name's."""
    listed = ", ".join([quoted_name(""), quoted_name("`")])
    assert read(message(listed)) == [('""', True), (", ", False), ("`", True)]
    # The twin: a span of nothing, written naively, swallows the separator.
    assert read(message("``, `` ` ``"))[0] != ('""', True)


def test_strong_is_bold_of_the_same_characters():
    assert strong("_pg_ *x*").startswith("**")
    assert read_text(strong("_pg_ *x*")) == "_pg_ *x*"


def test_a_code_link_shows_its_text_in_monospace_and_keeps_a_plain_address():
    url = "https://docs.streamlit.io/develop/api-reference/widgets/st.toggle"
    assert code_link("st.toggle", url) == f"[{code('st.toggle')}]({url})"


def test_a_code_link_encodes_what_would_end_the_link_or_become_markup():
    """The twin: an address with a parenthesis, a blank, ``$`` or a shortcode
    is percent-encoded, so the link ends where it should and holds no markup."""
    linked = code_link("x", "https://a.example/p) q$:material/r")
    assert linked == f"[{code('x')}](https://a.example/p%29%20q%24%3Amaterial/r)"


def test_a_message_list_is_each_line_as_a_message_ten_at_most_then_a_count():
    lines = [f"`x{number}` is *not* set" for number in range(12)]
    listed = message_list(lines).splitlines()
    assert listed[:10] == ["- " + message(line) for line in lines[:10]]
    assert listed[10] == "- " + message("…and 2 more.")
    assert len(listed) == 11


def test_a_short_message_list_lists_every_line_and_counts_nothing():
    """The twin."""
    lines = ["one *problem*", "two"]
    assert message_list(lines) == f"- {message(lines[0])}\n- {message(lines[1])}"


# --- the UI draws every text through the helper --------------------------------

UI = Path(__file__).parents[2] / "components" / "ui"
DRAWS_MARKDOWN = {"error", "warning", "info", "success", "caption", "markdown", "toast"}
HELPERS = {"message", "message_list", "verbatim", "code", "strong", "code_link", "link"}


def _safe(node: ast.AST, assigned: dict[str, list[ast.AST]]) -> bool:
    """A text the helper made: its call, or a join of such calls and layout
    (a name counts when every value the file assigns to it does)."""

    if isinstance(node, ast.Name):
        values = assigned.get(node.id, [])
        return bool(values) and all(_safe(v, assigned) for v in values)
    if isinstance(node, ast.Constant):
        return node.value is None or not any(c.isalnum() for c in str(node.value))
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in HELPERS:
            return True
        if name == "markup":  # the UI's own Markdown: a literal only
            return all(isinstance(a, ast.Constant) for a in node.args)
        if name == "join":  # "\n".join(<helper calls>)
            return all(_safe(a, assigned) for a in node.args) and _safe(
                func.value, assigned
            )
    if isinstance(node, ast.BinOp):
        return _safe(node.left, assigned) and _safe(node.right, assigned)
    if isinstance(node, ast.JoinedStr):
        return all(_safe(v, assigned) for v in node.values)
    if isinstance(node, ast.FormattedValue):
        return _safe(node.value, assigned)
    if isinstance(node, (ast.GeneratorExp, ast.ListComp)):
        return _safe(node.elt, assigned)
    if isinstance(node, ast.IfExp):
        return _safe(node.body, assigned) and _safe(node.orelse, assigned)
    return False


def _unsafe_texts(source: str) -> list[str]:
    tree = ast.parse(source)
    assigned: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            if isinstance(node.targets[0], ast.Name):
                assigned.setdefault(node.targets[0].id, []).append(node.value)
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", "")
        texts = [k.value for k in node.keywords if k.arg == "help"]
        if name in DRAWS_MARKDOWN and node.args:
            texts.append(node.args[0])
        bad += [ast.unparse(t) for t in texts if not _safe(t, assigned)]
    return bad


@pytest.mark.parametrize("path", sorted(UI.glob("*.py")), ids=lambda p: p.name)
def test_every_text_the_ui_draws_goes_through_the_helper(path):
    assert _unsafe_texts(path.read_text()) == []


def test_the_source_check_catches_a_raw_message():
    raw = 'st.error(snap.errors[name])\nst.button("x", help=field.help)'
    assert _unsafe_texts(raw) == ["snap.errors[name]", "field.help"]
    assert _unsafe_texts("st.error(message(x), help=message(y))") == []
    assert _unsafe_texts("st.markdown(markup(x))") == ["markup(x)"]
    assert _unsafe_texts('st.markdown(markup(":red[x]"))') == []
    assert _unsafe_texts("a = message(x)\nst.info(a)\nb = x\nst.info(b)") == ["b"]
