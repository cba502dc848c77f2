"""The servers the suite and the benchmark start: all under the same flags,
none watching files (a new session would take the watch again over the
script's folder, and the playground's folder holds the repository's .venv)."""

from __future__ import annotations

from streamlit import config

from tests.support.servers import server_command

WATCHER = "server.fileWatcherType"


def test_every_server_started_watches_no_files():
    command = server_command("playground.py", 8599)
    assert command[command.index(f"--{WATCHER}") + 1] == "none"


def test_streamlit_alone_would_watch_the_scripts_folder():
    """The twin: without the flag, Streamlit's own default watches files."""
    assert config.get_config_options()[WATCHER].default_val != "none"


def test_each_server_runs_its_own_script_on_its_own_port():
    command = server_command("benchmarks/bare_app.py", 8600)
    assert command[command.index("run") + 1] == "benchmarks/bare_app.py"
    assert command[command.index("--server.port") + 1] == "8600"
