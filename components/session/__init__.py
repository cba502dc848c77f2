"""The playground's session: the only package that reads or writes
``st.session_state`` and ``st.query_params``.

Widget keys are the state (``core.keys`` names every one). A run starts by
reading them into a frozen ``Snapshot`` and opening its log record; the
preview's report closes the record (the app it plays has run by then); the
run ends by making the address bar the link to what was shown. Writes that
come from outside a control (a reset, a preset, a link, pasted code, a
compare click) are callbacks, which run before the script, when writing a
widget's key is still allowed.
"""

from __future__ import annotations

import time
from dataclasses import replace

import streamlit as st

from components.core.keys import KEPT_WHILE_HIDDEN, PAGE_DRAWN
from components.core.played import Played
from components.core.row import Row, RowMember
from components.core.run_log import RunRecord
from components.core.snapshot import Snapshot
from components.session import (
    app_session,
    app_state,
    controls,
    links,
    paste,
    row,
    run_log,
    theme,
    theme_channel,
)


def start_run() -> Snapshot:
    """Seed the controls (from the link on a first run), apply an accepted
    paste, read the controls, and open this run's log record."""
    keep_hidden_widgets()
    row.seed()
    if controls.seed():
        links.apply_link()
    paste.apply_pending()
    paste.note_submission()
    snap = controls.snapshot()
    drawn = theme.read()
    snap = replace(
        snap,
        row=row.current(snap.config),
        theme=drawn.theme,
        theme_errors=drawn.errors,
        key_colour=drawn.key_colour,
    )
    app_state.follow_shape(snap.shown)
    run_log.begin(snap, app_state.current())
    return snap


def start_preview_run(snap: Snapshot) -> None:
    """Open the log record of a run that reruns only the preview's fragment
    (a click there): ``snap`` is the full run's, and no control has changed
    since, as each control's change reruns the whole page."""
    if not run_log.is_open():  # a full run kept them at its start
        keep_hidden_widgets()
        run_log.begin(snap, app_state.current(), redrew_only_preview=True)


def keep_hidden_widgets() -> None:
    """Keep the values of widgets in closed panels: Streamlit forgets a
    widget's value after a run that does not draw it, unless it is set anew."""
    for key in KEPT_WHILE_HIDDEN:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


# Streamlit's frontend draws only once its queue of messages runs dry, so
# while a full run streams its elements, every change on the page waits for
# the last of them. A pause after the preview and its log lets the
# browser draw them first; one after the code column, the code editor (its
# frame gets the new code only after the page has drawn, then takes 25 to
# 130 ms of its own). Measured in Chromium (see the README): preview
# 153 -> 105 ms with 20 ms; code 254 -> 187 ms with 150 ms instead of 80
# (120 to 250 ms all showed it alike). Idle time: the CPU is free for other
# sessions meanwhile; a new interaction waits for its end. Not while
# the page first loads: the browser shows nothing of it before it has every
# widget's code, so a pause then only delays the whole page.
PREVIEW_PAUSE_S = 0.02
CODE_PAUSE_S = 0.15


def let_the_page_paint(seconds: float) -> None:
    """Pause a full run for the browser to draw what was sent so far. Only
    with a browser (under AppTest there is no page to draw), and once it has
    drawn the page."""
    if st.session_state.get(PAGE_DRAWN) and app_session.current() is not None:
        time.sleep(seconds)


def end_run(snap: Snapshot) -> None:
    """Make the address bar the link to the button or row shown, and draw the
    page in its theme (a new theme reruns: the run that starts carries it)."""
    links.follow_in_url(snap.config, snap.row, snap.theme)
    st.session_state[PAGE_DRAWN] = True
    theme_channel.send(snap.theme)


def record_preview(
    played: Played | None, member: RowMember | None = None
) -> list[RunRecord]:
    """Take what the preview saw: the widget's value, the state its app's
    script changed, and its ``st.rerun()``, which stops this run as it
    stops the app's. Returns the log, this run's record closed."""
    if played is not None:
        if not played.element:
            run_log.note_button(played.value, clicked=played.clicked, member=member)
        app_state.update(played.changes)
        if played.rerun:
            run_log.stop_for_rerun(app_state.current(), asked_by_app=True)
            st.rerun()
    run_log.close(app_state.current())
    return run_log.records()


def record_row(shown: Row, played: list[Played]) -> list[RunRecord]:
    """Take what a row's preview saw: the member clicked on this run (by its
    value, or by the note its click left), else the member edited."""
    noted = run_log.recorder().member_clicked
    told = [one for one in played if one.clicked or one.rerun]
    told += [one for one in played if one.clicked is None and one.member == noted]
    told += [one for one in played if one.member == shown.selected]
    if not told:
        return record_preview(None)
    about = told[0]
    for one in played:
        if one is not about:
            app_state.update(one.changes)
    member = RowMember(about.member, shown.members[about.member])
    return record_preview(about, member)
