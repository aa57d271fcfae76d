#!/usr/bin/env bash
# Set everything up and run the whole test suite (unit, integration, GUI offscreen, layering).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
