"""This session's own ``AppSession`` on the server, or None without one.

Private API (``Runtime._session_mgr``), pinned by
``tests/unit/test_theme_channel.py``. Under AppTest there is no server, no
page and no session manager: callers then do nothing.
"""

from __future__ import annotations

from typing import Any

from streamlit import runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx


def current() -> Any | None:
    ctx = get_script_run_ctx()
    if ctx is None or not runtime.exists():
        return None
    # AppTest's runtime is a mock of the class, without a session manager.
    sessions = getattr(runtime.get_instance(), "_session_mgr", None)
    info = None if sessions is None else sessions.get_session_info(ctx.session_id)
    return None if info is None else info.session
