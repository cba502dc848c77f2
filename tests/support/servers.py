"""The apps under test as `streamlit run` servers, and their memory.

Each app runs in its own server on a free port with the same flags
(``server_command``), from the repository root so both read the same
``.streamlit/config.toml``. Memory is the server process's resident set
size, read from ``/proc`` (Linux only).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).parents[2]
START_TIMEOUT_S = 60
# No server started here watches files. Rerun-on-save serves whoever edits
# the source, not a test or a benchmark, and Streamlit takes its watch again
# for each new session once the last one closed: over the script's folder,
# recursively. The playground's folder is the repository, which holds the
# .venv: that cost it about 80 ms a cold load that bare (benchmarks/) and
# --against's worktree (in /tmp) never paid, and a deployed app (its venv
# elsewhere) does not.
FLAGS = ("--server.headless", "true", "--server.fileWatcherType", "none")


@dataclass(frozen=True)
class Server:
    name: str
    url: str
    pid: int


class ServerError(RuntimeError):
    """A server exited or did not answer in time; carries its log."""


@contextmanager
def serving(
    scripts: dict[str, str],
    log_dir: Path,
    env: Mapping[str, Mapping[str, str]] | None = None,
    cwd: Mapping[str, Path] | None = None,
) -> Iterator[dict[str, Server]]:
    """Start one server per ``{name: script}``, all at once; stop them on exit.

    ``env[name]``: environment variables added for that server (the same
    script can then be started as several variants). ``cwd[name]``: the
    folder it starts in, whose ``.streamlit/config.toml`` it reads (else
    the repository's).
    """
    env, cwd = env or {}, cwd or {}
    with ExitStack() as stack:
        started = {
            name: stack.enter_context(
                _server(name, script, log_dir, env.get(name, {}), cwd.get(name, REPO))
            )
            for name, script in scripts.items()
        }
        servers = {}
        for name, (process, port, log_path) in started.items():
            _wait_until_healthy(port, process, log_path)
            servers[name] = Server(name, f"http://localhost:{port}", process.pid)
        yield servers


@contextmanager
def _server(
    name: str, script: str, log_dir: Path, env: Mapping[str, str], cwd: Path
) -> Iterator[tuple[subprocess.Popen, int, Path]]:
    port = free_port()
    log_path = log_dir / f"{name}.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            server_command(script, port),
            cwd=cwd,
            env=os.environ | dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process, port, log_path
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def server_command(script: str, port: int) -> list[str]:
    """``streamlit run`` of ``script`` on ``port``, with every server's ``FLAGS``."""
    return [
        sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
        *FLAGS,
    ]  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


def _wait_until_healthy(port: int, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"streamlit exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health") as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise ServerError(
        f"streamlit did not answer in {START_TIMEOUT_S} s:\n{log_path.read_text()}"
    )


def rss_mb(pid: int) -> float:
    """The process's resident set size in MB (VmRSS in /proc/<pid>/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ServerError(f"no VmRSS for process {pid}")
