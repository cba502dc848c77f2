#!/usr/bin/env bash
# Installs the playground's pinned dependencies and runs it. Extra arguments go to streamlit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh requirements.txt
exec .venv/bin/streamlit run playground.py "$@"
