#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs the given requirements file into it.
# Usage: scripts/bootstrap.sh requirements.txt
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's python3 ships venv's pip bootstrap separately, in python3-venv.
if ! python3 -c "import ensurepip" 2>/dev/null; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq python3-venv
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r "$1"
