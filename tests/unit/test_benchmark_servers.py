"""The servers the benchmark starts: all under the same conditions, none
watching files (a new session would take the watch again over the script's
folder, and the playground's folder holds the repository's .venv)."""

from __future__ import annotations

from benchmarks.run import APPS, SERVER_ENV, server_env

WATCHER = "STREAMLIT_SERVER_FILE_WATCHER_TYPE"


def test_every_app_the_benchmark_serves_watches_no_files():
    names = [app.name for app in APPS]
    assert SERVER_ENV[WATCHER] == "none"
    assert server_env(names) == {name: SERVER_ENV for name in names}


def test_an_apps_own_variables_are_added_beside_it():
    """The twin: the cost table's variants keep what tells them apart."""
    env = server_env(["padded", "bare"], {"padded": {"PAD_KIND": "code"}})
    assert env["padded"] == SERVER_ENV | {"PAD_KIND": "code"}
    assert env["bare"] == SERVER_ENV
