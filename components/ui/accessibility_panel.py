"""The Accessibility panel: what WCAG asks of the button shown, and what it lacks.

Drawn only while open (``ui.lazy``). Each finding of ``core.accessibility``
is one warning: its sentence, what to do, and the success criterion it comes
from, linked to the W3C's page that explains it. With none, one line says
which checks ran.
"""

from __future__ import annotations

import streamlit as st

from components.core.accessibility import none_found, shown_findings
from components.core.keys import ACCESSIBILITY, ACCESSIBILITY_OPEN
from components.core.markdown import link, message
from components.core.snapshot import Snapshot
from components.core.text import quoted
from components.ui.lazy import open_panel


def render_accessibility(snap: Snapshot) -> None:
    panel = open_panel(
        "Accessibility", key=ACCESSIBILITY_OPEN, icon=":material/accessibility_new:"
    )
    if panel is None:
        return
    with panel, st.container(key=ACCESSIBILITY):
        st.caption(message(_intro(snap)))
        if snap.errors:
            st.caption(
                message(f"Judging the last valid button: {snap.invalid_summary}.")
            )
        found = shown_findings(snap.shown, snap.theme, snap.coloured)
        for finding in found:
            criterion = finding.check.criterion
            # One alert a finding: what is wrong, what to do, and why (WCAG).
            told = (
                message(finding.sentence)
                + "\n\n"
                + message(finding.fix)
                + "\n\n"
                + link(criterion.title, criterion.url)
            )
            st.warning(told, icon=":material/warning:")
        if not found:
            st.success(message(none_found(snap.shown)), icon=":material/check_circle:")


def _intro(snap: Snapshot) -> str:
    what = (
        f"Your button, {quoted(snap.config.label)},"
        if snap.row is None
        else f"Your row of {len(snap.row.members)} buttons,"
    )
    under = "your theme" if snap.theme else "Streamlit's light and dark themes"
    return (
        f"{what} against WCAG 2.2, read from its arguments under {under}: a name "
        "for screen readers, the label's contrast, the size of a pixel-wide "
        "target, a tooltip the keyboard can reach."
    )
