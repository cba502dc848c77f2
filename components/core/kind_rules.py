"""The rules of the arguments a kind adds beside the shared ones.

Owns a link's ``url`` (only schemes that never run script), a download's
``file_name`` (a name, not a path) and ``mime`` (type/subtype). Streamlit
takes any text for each; these refuse what would mislead or harm, and word
the refusal naming the argument, as ``rules`` does for the shared ones.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from streamlit.runtime.state.common import require_valid_user_key

from components.core.rules import checked_by_streamlit, optional_text, text_problem
from components.core.text import quoted

# The schemes a link may use. st.link_button takes any text as its url
# (javascript:alert(1) included), and a share link or preset could carry one
# to someone who then clicks the preview: only these never run script.
SAFE_URL_SCHEMES = ("http", "https", "mailto")
_WEB_SCHEMES = ("http", "https")


def url(value: Any) -> str | None:
    """A link's address: http, https or mailto, with no space or control character."""
    if not isinstance(value, str):
        return f"`url` must be text, not {type(value).__name__}."
    if problem := text_problem("url", value):
        return problem
    if not value:
        return "`url` is empty: write the address the button opens, e.g. `https://streamlit.io`."
    if odd := next((c for c in value if c.isspace() or _is_control(c)), None):
        return (
            f"`url` holds {odd!r} at character {value.index(odd) + 1:,}; an address "
            "has no spaces or control characters (write a space as `%20`)."
        )
    scheme, colon, rest = value.partition(":")
    if not colon or not scheme.isascii() or not scheme.isalpha():
        return (
            f"`url` {quoted(value)} has no scheme: write the whole address, "
            "starting with `https://`, `http://` or `mailto:`."
        )
    if scheme.lower() not in SAFE_URL_SCHEMES:
        return (
            f"`url` uses the scheme {quoted(scheme + ':')}; the playground takes "
            "only http, https and mailto links, since any other (javascript:, "
            "data:, file:) could run script or read files for whoever opens a "
            "share link and clicks."
        )
    if scheme.lower() in _WEB_SCHEMES and not rest.startswith("//"):
        return f"`url` {quoted(value)} names no site: write `{scheme}://` and the site."
    if scheme.lower() in _WEB_SCHEMES and not rest[2:].split("/")[0]:
        return f"`url` {quoted(value)} names no site after `{scheme}://`."
    return None


def _is_control(character: str) -> bool:
    return unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp")


def file_name(value: Any) -> str | None:
    """A downloaded file's name: None (Streamlit names it) or a name with no folder."""
    if message := optional_text("file_name", "Streamlit's own name")(value):
        return message
    if value is not None and (bad := next((c for c in value if c in "/\\"), None)):
        return (
            f"`file_name` {quoted(value)} holds {bad!r}: it is a file's name, "
            "not a path; the browser saves it in the user's download folder."
        )
    return None


_MIME = re.compile(r"[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*(;.*)?", re.ASCII)


def mime(value: Any) -> str | None:
    """A media type such as ``text/csv``; None: Streamlit's (``text/plain`` for text)."""
    if message := optional_text("mime", "Streamlit's default, text/plain for text")(
        value
    ):
        return message
    if value is not None and not _MIME.fullmatch(value):
        return (
            f"`mime` {quoted(value)} is not a media type: write type/subtype, "
            "such as `text/csv`, `application/json` or `text/plain`."
        )
    return None


def form_key(value: Any) -> str | None:
    """A form's key: required (st.form takes none without one), valid as a key."""
    if not isinstance(value, str) or not value.strip():
        return (
            f"`form_key` is {quoted(value)}: st.form needs a key, a name such as "
            "`feedback`."
        )
    return _valid_key(value)


_valid_key = checked_by_streamlit("form_key", "no key", require_valid_user_key)
