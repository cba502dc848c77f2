#!/usr/bin/env bash
# Installs what the tests need, Debian's Chromium included, and runs every test.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/unit -x).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Playwright's own browser download does not work here; Debian's Chromium does.
# The emoji font makes emoji icons render in the browser suite's screenshots.
if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium fonts-noto-color-emoji
fi
scripts/bootstrap.sh requirements-dev.txt
# pytest exits non-zero when a test fails and when no test ran at all. Two
# workers, one per core, each taking whole files: a module-scoped fixture (the
# benchmark tier starts its servers once a module) then runs once, not once a worker.
# The thirty slowest tests are listed, so a CI log shows where the time goes.
exec .venv/bin/python -m pytest -n 2 --dist loadfile --durations=30 "$@"
