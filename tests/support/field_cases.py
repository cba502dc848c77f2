"""Values every field takes and refuses, shared by the unit tests of the rules
and the AppTest checks that Streamlit's widgets agree with them."""

from __future__ import annotations

from components.core.rules import MAX_TEXT_CHARS
from components.core.text import quoted


class Opaque:
    """A value that is no Python literal, with the same repr in every process
    (test ids must match across the fast tier's workers)."""

    def __repr__(self) -> str:
        return "Opaque()"


VALID = [
    ("label", ""),
    ("label", "x" * MAX_TEXT_CHARS),
    ("help", "y" * MAX_TEXT_CHARS),
    ("label", 'quotes \' " """ and \\ backslashes\nand newlines'),
    ("icon", "🔥"),
    ("icon", "👍🏽"),
    ("icon", ":material/thumb_up:"),
    ("icon", "spinner"),
    ("shortcut", "K"),
    ("shortcut", "Ctrl+K"),
    ("shortcut", "Cmd+Shift+O"),
    ("shortcut", "Enter"),
    ("shortcut", "F2"),
    ("width", 1),
    ("width", 2**32 - 1),
    ("width", "stretch"),
    ("wrap", False),
    ("key", "save"),
    ("help", "**Bold** tooltip"),
    ("mode", "if_block"),
    ("mode", "toggle"),
    ("mode", "rerun"),
    ("key", "$ID-one-dollar"),
    # Hostile but real characters: astral emoji, joiners, right-to-left marks,
    # control characters, markup. They are text, and st.button shows them.
    ("label", "😀 a\u200db \u202eevil\u202c \u2066x\u2069 a\x00b\x1b[31m"),
    ("help", "<script>alert(1)</script> [x](javascript:alert(1))"),
    ("key", "k😀\u200f"),
    ("url", "https://streamlit.io"),
    ("url", "HTTP://localhost:8501/page?x=1&y=%20#top"),
    ("url", "mailto:support@example.com?subject=Help"),
    ("url", "https://例え.jp/ページ"),
    ("data", ""),
    ("data", "z" * MAX_TEXT_CHARS),
    ("data", "<script>alert(1)</script><b>x</b>"),
    ("file_name", "report.csv"),
    ("file_name", "Übersicht 2026.txt"),
    ("mime", "text/csv"),
    ("mime", "application/vnd.ms-excel"),
    ("mime", "text/plain; charset=utf-8"),
    ("deferred", True),
]

INVALID = [
    ("label", None),
    ("label", 5),
    ("key", ""),
    ("key", "   "),
    ("key", "$$ID-abc"),
    ("help", ""),
    ("type", "big"),
    ("type", None),
    ("icon", "ab"),
    ("icon", "🔥🔥"),
    ("icon", ":material/hom:"),
    ("icon", ":smile:"),
    ("icon", "https://example.com/icon.png"),
    ("icon", ""),
    ("icon_position", "top"),
    ("disabled", None),
    ("disabled", 1),
    ("width", 0),
    ("width", -1),
    ("width", 2**32),
    ("width", True),
    ("width", 1.5),
    ("width", "auto"),
    ("shortcut", "C"),
    ("shortcut", "Ctrl+R"),
    ("shortcut", "."),
    ("shortcut", "Ctrl+Shift"),
    ("shortcut", "K+L"),
    ("wrap", "yes"),
    ("mode", "sometimes"),
    ("args", [1]),
    ("kwargs", {"not a name": 1}),
    ("kwargs", {"class": 1}),
    ("kwargs", {"st": 1}),
    ("kwargs", {"__debug__": 1}),
    ("label", "x" * (MAX_TEXT_CHARS + 1)),
    ("help", "y" * (MAX_TEXT_CHARS + 1)),
    ("width", 16**5000),
    ("type", 16**5000),
    ("args", (Opaque(),)),
    # Lone surrogates: pasted code can write "\ud800", the page can't send it.
    ("label", "Save \ud800"),
    ("help", "\udfff"),
    ("key", "k\ud83d"),
    ("icon", "\ud83d"),
    ("shortcut", "\ud800"),
    ("url", "javascript:alert(1)"),
    ("url", "JavaScript:alert(1)"),
    ("url", " javascript:alert(1)"),
    ("url", "java\tscript:alert(1)"),
    ("url", "data:text/html,<script>alert(1)</script>"),
    ("url", "file:///etc/passwd"),
    ("url", "vbscript:msgbox(1)"),
    ("url", ""),
    ("url", "streamlit.io"),
    ("url", "https://"),
    ("url", "https:streamlit.io"),
    ("url", 5),
    ("data", b"bytes"),
    ("data", "z" * (MAX_TEXT_CHARS + 1)),
    ("file_name", "../etc/passwd"),
    ("file_name", "a\\b.txt"),
    ("file_name", ""),
    ("mime", "csv"),
    ("mime", "text csv"),
    ("mime", ""),
    ("deferred", None),
]


def case_id(value: object) -> str:
    """A test id for any value, a 5,000-digit integer included (str() refuses it)."""
    return quoted(value)


# Values ButtonConfig refuses though the widget takes them, each on purpose.
STRICTER_THAN_ST_BUTTON = {
    ("label", None): "st.button prints str(label); a config's label is text",
    ("label", 5): "st.button prints str(label); a config's label is text",
    ("key", "   "): "a blank key is invisible in the key box: a slip, not a choice",
    ("help", ""): "unset is None: one config, one spelling, exact round trips",
    ("icon", ""): "unset is None: one config, one spelling, exact round trips",
    ("disabled", 1): "a flag is True or False, as the generated code writes it",
    ("width", True): "True is no pixel count, though Python takes it for 1",
    (
        "label",
        "x" * (MAX_TEXT_CHARS + 1),
    ): "a label that long is a document; links carry text up to the limit",
    (
        "help",
        "y" * (MAX_TEXT_CHARS + 1),
    ): "a tooltip that long is a document; links carry text up to the limit",
    **{
        ("url", url): "a scheme that can run script or read files is refused: a "
        "share link could carry it to whoever clicks the preview"
        for url in (
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "vbscript:msgbox(1)",
        )
    },
    **{
        ("url", url): "a link to nowhere, or to a path of the app itself, "
        "is a slip: the address must be whole"
        for url in ("", "streamlit.io", "https://", "https:streamlit.io")
    },
    ("data", b"bytes"): "the playground offers text files; an app may pass bytes",
    (
        "data",
        "z" * (MAX_TEXT_CHARS + 1),
    ): "links and presets carry text up to the limit",
    ("file_name", "../etc/passwd"): "a file's name, not a path",
    ("file_name", "a\\b.txt"): "a file's name, not a path",
    ("file_name", ""): "unset is None: one config, one spelling, exact round trips",
    ("mime", "csv"): "a media type is type/subtype; the browser would guess",
    ("mime", "text csv"): "a media type is type/subtype; the browser would guess",
    ("mime", ""): "unset is None: one config, one spelling, exact round trips",
}


# Values one kind's widget takes though the others refuse them, and we refuse.
# Where a kind's widget refuses what st.button takes, so the shared case is no
# longer stricter than that widget: by (kind, argument, value), with why.
NOT_STRICTER_FOR_KIND = {
    ("page_link", "label", None): "a web address needs a label: Streamlit "
    "refuses None for one too",
    ("popover", "label", None): "st.popover requires a label",
    ("popover", "label", 5): "st.popover writes its label into the page as text "
    "and refuses a number",
}
STRICTER_FOR_KIND = {
    (
        "form_submit_button",
        "key",
        "",
    ): "an empty key is invisible in the key box, as for every other kind",
    # Under on_change="ignore" a popover's key only names its CSS class; the
    # playground holds it to the rule it meets once the popover keeps state.
    ("popover", "key", ""): "an empty key is invisible in the key box",
    ("popover", "key", "$$ID-abc"): "Streamlit refuses this key for a popover "
    "that keeps state, as for every widget",
}


# A value other than the default, for each shared argument: changing it tells
# whether the argument feeds the widget's automatic identity.
CHANGED_VALUES = {
    "label": "Other",
    "key": "k",
    "help": "tip",
    "type": "primary",
    "icon": "🔥",
    "icon_position": "right",
    "disabled": True,
    "width": 240,
    "shortcut": "K",
    "wrap": False,
}
