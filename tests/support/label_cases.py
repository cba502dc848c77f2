"""Labels and whether the widget they make has an accessible name, as Chromium says.

Each case is a label, an icon (or None) and whether Chromium gives a
``st.button`` drawn so a name: the unit tier holds ``core.label_text`` to
this table, and the browser tier holds the table to Chromium's own computed
names on a page that draws every case.
"""

from __future__ import annotations

# (label, icon, named): what Chromium computed for st.button in Streamlit 1.67.0.
LABEL_CASES: list[tuple[str, str | None, bool]] = [
    ("Save", None, True),
    ("", None, False),
    ("   ", None, False),
    ("", ":material/thumb_up:", True),  # named "thumb_up icon" by Streamlit
    ("   ", ":material/thumb_up:", True),
    ("", "🔥", True),
    ("", "spinner", True),  # named "Loading"
    ("****", ":material/thumb_up:", False),  # a rule: the label is not blank
    ("****", None, False),
    ("---", None, False),
    ("_ _ _", None, False),
    ("* * *", None, True),  # escaped at a label's start: shown as it is
    ("**", None, True),
    ("~~ ~~", None, True),
    ("![](x.png)", None, False),
    ("![logo](x.png)", None, True),
    ("*![](x.png)*", None, False),
    ("[](https://example.com)", None, False),
    ("[Docs](https://example.com)", None, True),
    (":red[]", None, False),
    (":blue-badge[]", None, False),
    (":red[Stop]", None, True),
    ("` `", None, False),
    ("`$x$`", None, True),
    ("$x$", None, False),  # KaTeX's MathML gets no name
    ("$ $", None, True),
    ("$$$$", None, True),
    ("&#32;", None, False),
    ("&nbsp;", "🔥", False),  # not blank to JavaScript's trim, blank once drawn
    ("\u200b", None, True),  # a zero-width space: a name that says nothing
    (":material/home:", None, True),  # "home icon"
    (":smile:", None, True),
    ("\\", None, True),
    ("<!-- c -->", None, True),
    ("Save\n\n---", None, True),
]
