"""Every message the page draws, as Markdown Streamlit 1.67.0 shows letter for letter.

Owns the one step between a message and the screen. A message is written in
the playground's *message format*: plain text, where a backtick span (as
``core.text.code_span`` writes it) is code, shown in monospace. Nothing
else is markup: ``*``, ``_``, ``$``, ``<b>``, ``:material/x:``, ``:smile:``,
``->`` all reach the screen as those characters. ``message(text)`` turns
such a text into Markdown; the UI passes EVERY alert, caption, Markdown
line and ``help=`` tooltip through it (or ``verbatim``/``code``/``strong``
for a piece of its own layout), and ``tests/unit/test_messages.py`` checks
that no UI call draws a text that skipped it. Escaping the whole message at
the one place it is drawn, rather than marking user text where messages are
built, keeps the builders plain text (the log and the AppTests read them)
and makes "every message" one rule to check.

Why CommonMark escaping is not enough (Streamlit 1.67.0, StreamlitMarkdown):
the raw source gets ``replaceAll(":material/", ":material_")``, code spans
included, so ``\\:`` / a cut span keeps the substring out; text nodes are
then rewritten (``:material_x:`` icons, ``:streamlit:``, remark-emoji, the
arrows of ``->`` ``<-`` ``--`` ``>=`` ``<=`` ``~=``) after escapes are
resolved, so such text is split into two nodes by an empty ``:color[..]``
directive (a bare ``<span>``); ``$`` loads KaTeX unless escaped; the rest
is CommonMark: every ASCII punctuation character is backslash-escaped.
Newlines become hard breaks; a line's leading/trailing blanks become
``&#32;``/``&#9;``. Outside Markdown's reach: the browser still collapses
runs of blanks, and ``\\r\\n``/``\\r`` end a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import quote

from components.core.text import listed

__all__ = [
    "message",
    "message_list",
    "verbatim",
    "code",
    "strong",
    "code_link",
    "link",
    "markup",
]

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Second characters that complete a typography pair: -> <- -- >= <= ~= (and <->).
_TYPO_PAIRS = frozenset({"->", "<-", "--", ">=", "<=", "~="})
# ':' starting a shortcode the text-node plugins rewrite (:streamlit:, :smile:,
# :+1:, :material_x:); ASCII, as JavaScript's \w.
_SHORTCODE_AT = re.compile(r":[A-Za-z0-9_+-]+:")
_ISOLATE = ":color[{}]"  # Streamlit's directive -> a plain <span>: splits the text node
_BLANK = {" ": "&#32;", "\t": "&#9;"}
_TICKS = re.compile(r"`+")


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _join_lines(lines: list[str]) -> str:
    # A hard break (backslash, newline) needs content after it in the same
    # paragraph, so an empty last line gets an invisible &#32;.
    if len(lines) > 1 and lines[-1] == "":
        lines[-1] = "&#32;"
    return "\\\n".join(lines)


def _blanks(blanks: str) -> str:
    return "".join(_BLANK[c] for c in blanks)


def _verbatim_piece(piece: str, lead: bool = True, trail: bool = True) -> str:
    """A piece of one line, every character escaped; the line's own leading
    and trailing blanks (``lead``/``trail``: the piece starts/ends the line)
    as entities, which Markdown would otherwise drop."""
    body = piece.strip(" \t")
    if not body:
        return _blanks(piece) if lead or trail else piece
    start = len(piece) - len(piece.lstrip(" \t"))
    out = []
    for i in range(start, start + len(body)):
        ch = piece[i]
        esc = "\\" + ch if ch in _ASCII_PUNCT else ch
        if piece[i : i + 2] in _TYPO_PAIRS or (
            ch == ":" and _SHORTCODE_AT.match(piece, i)
        ):
            esc = _ISOLATE.format(esc)
        out.append(esc)
    head, tail = piece[:start], piece[start + len(body) :]
    return (
        (_blanks(head) if lead else head)
        + "".join(out)
        + (_blanks(tail) if trail else tail)
    )


def _code_span(content: str) -> str:
    longest = max((len(m) for m in _TICKS.findall(content)), default=0)
    fence = "`" * (longest + 1)
    pad = (
        content.startswith("`")
        or content.endswith("`")
        or (content.startswith(" ") and content.endswith(" ") and content.strip(" "))
    )
    return fence + (f" {content} " if pad else content) + fence


def _code_piece(piece: str) -> str:
    # A code span is literal (no escapes, no entities), but the source-level
    # ':material/' rewrite still reaches it: cut the span between ':material'
    # and '/', the two spans joined by an empty :color[] (an empty <span>), so
    # the visible and copied text is unchanged.
    parts = piece.split(":material/")
    spans = [parts[0]]
    for part in parts[1:]:
        spans[-1] += ":material"
        spans.append("/" + part)
    return ":color[]".join(_code_span(s) for s in spans if s)


def verbatim(text: str) -> str:
    """Markdown that Streamlit renders as exactly ``text`` (no markup at all)."""
    return _join_lines([_verbatim_piece(line) for line in _lines(text)])


def code(text: str) -> str:
    """Markdown that shows ``text`` in monospace, as exactly those characters."""
    return _join_lines([_code_piece(line) for line in _lines(text)])


def strong(text: str) -> str:
    """``text`` in bold, as exactly those characters (the UI's own emphasis)."""
    return f"**{verbatim(text)}**" if text.strip() else verbatim(text)


def _message_line(line: str) -> str:
    out, plain, at = [], 0, 0
    while (opening := _TICKS.search(line, at)) is not None:
        closing = _TICKS.search(line, opening.end())
        while closing is not None and len(closing.group()) != len(opening.group()):
            closing = _TICKS.search(line, closing.end())
        if closing is None:  # an unmatched run of backticks is text
            at = opening.end()
            continue
        content = line[opening.end() : closing.start()]
        if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
            content = content[1:-1]  # CommonMark's rule: code_span's padding
        out.append(_verbatim_piece(line[plain : opening.start()], not out, False))
        out.append(_code_piece(content) if content else "")
        plain = at = closing.end()
    out.append(_verbatim_piece(line[plain:], not out, True))
    return "".join(out)


def code_link(text: str, url: str) -> str:
    """A link to ``url`` showing ``text`` in monospace, as exactly those
    characters (the UI's own links: a docs page). The address is
    percent-encoded beyond a URL's plain characters, so none of it (a
    parenthesis, a blank, ``$``, a ``:material/`` after the scheme) ends the
    link or becomes markup."""
    return f"[{code(text)}]({_address(url)})"


_URL_SAFE = "/?#=&%-._~"


def link(text: str, url: str) -> str:
    """A link to ``url`` showing ``text`` as exactly those characters (the
    UI's own links: a WCAG page); the address encoded as ``code_link``'s."""
    return f"[{verbatim(text)}]({_address(url)})"


def _address(url: str) -> str:
    scheme, colon, rest = url.partition(":")
    return f"{quote(scheme)}{colon}{quote(rest, safe=_URL_SAFE)}"


# Most texts are the same on every rerun (help, captions); user-typed ones
# are bounded by the size limits, so the cache stays small.
@lru_cache(maxsize=256)
def message(text: str) -> str:
    """Markdown for a message: its backtick spans as code, the rest as its characters."""
    return _join_lines([_message_line(line) for line in _lines(text)])


def message_list(lines: Sequence[str]) -> str:
    """A Markdown list of ``lines``, each a ``message``: ten at most, then how
    many more there are (``text.listed``)."""
    return "\n".join("- " + message(line) for line in listed(lines))


def markup(markdown: str) -> str:
    """The UI's own Markdown, written as a literal in its source (a badge, an
    icon): returned as it is. The source check allows it only around a literal,
    so no data ever reaches the screen through it."""
    return markdown
