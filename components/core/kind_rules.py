"""The rules of the arguments a kind adds beside the shared ones.

Owns a link's ``url`` (only schemes that never run script), a page link's
``page`` (a web address or a page file of the app) and ``query_params``, a
menu's ``options``, a download's ``file_name`` (a name, not a path) and ``mime`` (type/subtype). Streamlit
takes any text for each; these refuse what would mislead or harm, and word
the refusal naming the argument, as ``rules`` does for the shared ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from streamlit.runtime.state.common import require_valid_user_key

from components.core import rules
from components.core.rules import (
    checked_by_streamlit,
    literal_problem,
    optional_text,
    text_problem,
)
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


# Query parameters Streamlit refuses to set (query_params.py, any case).
_STREAMLITS_PARAMS = ("embed", "embed_options")


def link_label(value: Any) -> str | None:
    """A page link's label: the text it shows. Streamlit needs one for a web
    address; for a page it would show the page's title, which the playground
    can't know, so it asks for the label in both cases."""
    if message := rules.required_text("label")(value):
        return message
    if not value.strip():
        return "`label` is empty: it is the text the link shows; write one."
    return None


def page(value: Any) -> str | None:
    """A page link's target: an http(s) address, or a file of the app's
    ``pages/`` folder (``pages/settings.py``), where its app finds its pages."""
    if not isinstance(value, str):
        return f"`page` must be text, not {type(value).__name__}."
    if problem := text_problem("page", value):
        return problem
    if not value:
        return (
            "`page` is empty: write a page of your app, e.g. `pages/settings.py`, "
            "or an address, e.g. `https://docs.streamlit.io`."
        )
    if is_web_page(value):
        return _web_page(value)
    return _page_file(value)


def _web_page(value: str) -> str | None:
    scheme = value.partition(":")[0]
    if scheme.lower() not in _WEB_SCHEMES:
        return (
            f"`page` uses the scheme {quoted(scheme + ':')}; st.page_link opens "
            "http and https addresses and the pages of your app, nothing else."
        )
    if message := url(value):
        return message.replace("`url`", "`page`", 1)
    return None


_PAGE_FILE = re.compile(r"pages/[^/\\.][^/\\]*\.py")


def _page_file(value: str) -> str | None:
    # The code's app finds its pages as Streamlit does without st.navigation:
    # the .py files directly in the pages/ folder beside it.
    if not _PAGE_FILE.fullmatch(value) or any(map(_is_control, value)):
        return (
            f"`page` {quoted(value)} is not a page the app can find: write a file "
            "of its `pages/` folder, e.g. `pages/settings.py`, or an http(s) address."
        )
    return None


def query_parameters(value: Any) -> str | None:
    """The page link's query: None, or a dict of names to text (or lists of text)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        return f"`query_params` must be a dict, not {type(value).__name__}."
    for name, item in value.items():
        items = item if isinstance(item, (list, tuple)) else [item]
        if not isinstance(name, str) or not name:
            return f"`query_params` names must be non-empty text; {name!r} is not."
        if name.lower() in _STREAMLITS_PARAMS:
            return (
                f"`query_params` can't set {name!r}: Streamlit keeps `embed` and "
                "`embed_options` for itself and refuses them."
            )
        if not all(isinstance(one, str) for one in items):
            return (
                f"`query_params` [{name!r}] must be text or a list of texts, "
                f"e.g. {{{name!r}: 'a'}}."
            )
    return literal_problem("query_params", value)


def is_web_page(value: str) -> bool:
    """Whether a page link's ``page`` is an address (it has a scheme), not a file."""
    scheme, colon, _ = value.partition(":")
    return bool(colon) and scheme.isascii() and scheme.isalpha()


MAX_MENU_OPTIONS = 50


def menu_options(value: Any) -> str | None:
    """A menu's options: a list of one to ``MAX_MENU_OPTIONS`` texts or numbers,
    each shown as a different label (Streamlit matches a choice by its label)."""
    if not isinstance(value, list):
        return (
            f"`options` must be a list, not {type(value).__name__}: "
            "write it as ['CSV', 'JSON', 'PDF']."
        )
    if not value:
        return "`options` is empty: a menu needs at least one option to choose."
    if len(value) > MAX_MENU_OPTIONS:
        return f"`options` holds {len(value):,} options; a menu here takes at most {MAX_MENU_OPTIONS}."
    # None would read back as no choice at all; a list or dict is no label.
    for option in value:
        if isinstance(option, bool) or not isinstance(option, (str, int, float)):
            return (
                f"`options` may hold only texts and numbers; {quoted(option)} is a "
                f"{type(option).__name__}. The menu returns the option chosen, and "
                "None means nothing was."
            )
    return literal_problem("options", value)


# The menu's format_func, by the source the code writes for each.
FORMAT_FUNCS: dict[str, Callable[[Any], str]] = {
    "str": str,
    "str.upper": str.upper,
    "str.title": str.title,
    'lambda option: f"As {option}"': lambda option: f"As {option}",
}


def menu_labels(values: Mapping[str, Any]) -> str | None:
    """Each option, as format_func shows it, is a label of its own: Streamlit
    tells a choice by its label (and refuses twins)."""
    options, name = values.get("options"), values.get("format_func", "str")
    if menu_options(options) or name not in FORMAT_FUNCS:
        return None  # their own rules refuse them
    try:
        labels = [FORMAT_FUNCS[name](option) for option in options]
    except TypeError:
        number = next(o for o in options if not isinstance(o, str))
        return (
            f"`format_func` {name} formats only text, and the options hold "
            f"{quoted(number)}: choose str, or write the option as text."
        )
    if twin := next((label for label in labels if labels.count(label) > 1), None):
        return (
            f"`options` shows {quoted(twin)} twice (format_func {name}); Streamlit "
            "tells a choice by its label, so each option needs a label of its own."
        )
    return None
