"""A small model of how Streamlit 1.67.0 shows the Markdown ``core.markdown`` writes.

``read(md)`` returns what the user reads, as (text, is_code) runs, and
raises ``WouldBeMarkup`` where Streamlit would not show the characters as
they are: an unescaped punctuation character that Markdown, KaTeX or a
directive may take (the only markup allowed is the UI's own ``**``, paragraphs
and a ``- `` bullet at a line's start), ``:material/`` anywhere in the source
(rewritten even inside code), or a text node that a text plugin rewrites
(icons, ``:streamlit:``, emoji shortcodes, arrows). The browser tests check
the real thing; this model lets unit tests try thousands of strings.
"""

from __future__ import annotations

import re

from components.core.text import code_span

_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_REWRITTEN = re.compile(
    r":material_\w+:|:streamlit:|:[A-Za-z0-9_+-]+:"
    r"|(?:^|\s)(?:->|<-|<->|--|>=|<=|~=)(?:\s|$)",
    re.ASCII,
)
_ENTITIES = {"&#32;": " ", "&#9;": "\t"}


class WouldBeMarkup(ValueError):
    """Streamlit would not show these characters as written."""


def read(md: str) -> list[tuple[str, bool]]:
    """The runs a user reads in ``md``: (text, shown as code)."""
    if ":material/" in md:
        raise WouldBeMarkup(":material/ is rewritten before parsing")
    runs: list[tuple[str, bool]] = []
    node: list[str] = []  # the current text node (a :color[] closes it)

    def close_node() -> None:
        text = "".join(node)
        if _REWRITTEN.search(text):
            raise WouldBeMarkup(f"a text plugin rewrites {text!r}")
        if text:
            runs.append((text, False))
        node.clear()

    i, line_start = 0, True
    while i < len(md):
        rest = md[i:]
        entity = next((e for e in _ENTITIES if rest.startswith(e)), None)
        if rest == "&#32;" and line_start and i:
            break  # the blank that lets a text end with a line break
        if rest.startswith("\\\n"):
            node.append("\n")
            i, line_start = i + 2, True
            continue
        if line_start and rest.startswith("- "):
            node.append("- ")
            i += 2
        elif entity:
            node.append(_ENTITIES[entity])
            i += len(entity)
        elif rest[0] == "\\" and len(rest) > 1 and rest[1] in _PUNCT:
            node.append(rest[1])
            i += 2
        elif rest.startswith(":color["):
            close_node()
            end = md.index("]", i + 7 + (md[i + 7] == "\\"))
            node.append(md[i + 7 : end].removeprefix("\\"))
            close_node()
            i = end + 1
        elif rest.startswith("**"):
            i += 2  # the UI's own bold: no characters
        elif rest[0] == "`":
            close_node()
            fence = re.match(r"`+", rest).group()
            end = re.compile(rf"(?<!`){fence}(?!`)").search(md, i + len(fence))
            if end is None:
                raise WouldBeMarkup("an unclosed code span")
            content = md[i + len(fence) : end.start()]
            if content.startswith(" ") and content.endswith(" ") and content.strip():
                content = content[1:-1]
            runs.append((content, True))
            i = end.end()
        elif rest[0] == "\n":  # the UI's own layout: paragraphs, list items
            close_node()
            node.append("\n")
            i, line_start = i + 1, True
            continue
        elif rest[0] in _PUNCT or rest[0] == "\r":
            raise WouldBeMarkup(f"unescaped {rest[0]!r} at {i} in {md!r}")
        else:
            node.append(rest[0])
            i += 1
        line_start = False
    close_node()
    merged: list[tuple[str, bool]] = []  # what the eye reads: neighbours as one
    for text, is_code in runs:
        if merged and merged[-1][1] == is_code:
            merged[-1] = (merged[-1][0] + text, is_code)
        else:
            merged.append((text, is_code))
    return merged


def read_text(md: str) -> str:
    """What the user reads (the element's innerText, before the browser
    collapses blanks)."""
    return "".join(text for text, _ in read(md))


def read_message(md: str) -> str:
    """What the user reads, written back in the message format: each code run
    as a ``code_span``, so AppTests keep asserting on messages as built."""
    return "".join(code_span(t) if c else t for t, c in read(md))
