"""Whether a button of the family has an accessible name: the text its label draws.

Owns a model of Streamlit 1.67.0's Markdown as it draws a label, reduced to
the one question a screen reader asks: what text is there. Streamlit names a
button after its icon ("thumb_up icon", the emoji, "Loading") only when the
label is blank by JavaScript's ``trim``; a label of Markdown that draws no
text (``****``, ``![](x.png)``, ``:red[]``, ``$x$``, ``&nbsp;``) leaves the
button with no name, icon or not. The browser tier holds this model to the
names Chromium computes for a list of such labels.
"""

from __future__ import annotations

import html
import re

# What JavaScript's String.prototype.trim removes: Streamlit's test for a blank label.
_JS_SPACE = re.compile(
    "[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
# A drawn element with no text of its own (an image without alt text, math,
# an empty directive): it can make a pair of emphasis marks vanish.
_EMPTY = "\x00"
# StreamlitMarkdown's escapes for a label: list, heading and quote marks and
# ordered-list numbers at a line's start are shown as they are.
_ESCAPED_START = re.compile(r"^\s*(?:(?:[+\-*]|#+)(?=\s|$)|>|\d+[.)](?=\s|$))")
# A thematic break (CommonMark): drawn as a rule, which a label unwraps to nothing.
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_CODE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_ENTITY = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# remark-math: $x$ (not "$ $", not "$$$$") and $$x$$, drawn by KaTeX, whose
# MathML Chromium gives no name.
_MATH = re.compile(r"\$\$[^$]+\$\$|(?<!\$)\$(?![\s$])[^$]*?[^\s$\\]\$(?!\$)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MATERIAL = re.compile(r":material/([a-z0-9_]+):")
# remark-directive's text directives: :red[...], :blue-background[...], :orange-badge[...].
_DIRECTIVE = re.compile(r":[A-Za-z][\w-]*\[([^\]]*)\]")
_WRAPPED_EMPTY = re.compile(rf"([*_~]+)({_EMPTY}+)\1")


def js_blank(label: str) -> bool:
    """Whether JavaScript's ``trim`` leaves nothing of ``label`` (Streamlit's
    test before it names a button after its icon)."""
    return not _JS_SPACE.sub("", label)


def label_text(label: str) -> str:
    """What text Streamlit's Markdown draws for ``label``, in outline: an
    image gives its alt text, a ``:material/x:`` icon "x icon" (its name in
    the page), a link or directive its content, a code span a mark for its
    text; a rule, math, an empty code span and whitespace give nothing."""
    lines = [_line_text(line) for line in label.replace("\r\n", "\n").split("\n")]
    return " ".join(line for line in lines if line)


def shows_text(label: str) -> bool:
    """Whether ``label`` draws any text a reader can hear."""
    return any(not _unheard(char) for char in label_text(label))


def has_accessible_name(label: str, icon: str | None, shortcut: str | None) -> bool:
    """Whether Chromium gives the widget a name: its label's text, its icon's
    name when the label is blank, or its shortcut's hint ("Shortcut K")."""
    if shortcut:
        return True
    if icon is not None and js_blank(label):
        return True
    return shows_text(label)


def _line_text(line: str) -> str:
    if not _ESCAPED_START.match(line) and _RULE.match(line):
        return ""
    text = _ESCAPE.sub("x", line)  # an escaped mark is shown: text, not markup
    # Code is shown as it is: a mark, so no rule below reads markup in it.
    text = _CODE.sub(lambda m: "c" if _or_empty(m.group(2)) != _EMPTY else _EMPTY, text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = _MATH.sub(_EMPTY, text)
    text = _IMAGE.sub(lambda m: _or_empty(m.group(1)), text)
    text = _LINK.sub(lambda m: _or_empty(m.group(1)), text)
    text = _MATERIAL.sub(lambda m: f"{m.group(1)} icon", text)
    text = _DIRECTIVE.sub(lambda m: _or_empty(m.group(1)), text)
    while (unwrapped := _WRAPPED_EMPTY.sub(r"\2", text)) != text:
        text = unwrapped
    return text.replace(_EMPTY, "").strip()


def _or_empty(content: str) -> str:
    return content if any(not _unheard(char) for char in content) else _EMPTY


def _unheard(char: str) -> bool:
    """Whitespace, which Chromium trims from a name. A zero-width space is
    not: Chromium and axe take it as a name, though it says nothing."""
    return char.isspace()
