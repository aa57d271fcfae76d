#!/usr/bin/env bash
# Build the one-folder bundle into dist/mediation-desk and smoke-test it (demo book, verify).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q -c constraints.txt -e ".[build]"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/mediation-desk.spec
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export MEDIATION_DESK_PASSPHRASE=smoke-test-passphrase
dist/mediation-desk/mediation-desk demo --cases 20 --data-dir "$smoke/book"
dist/mediation-desk/mediation-desk verify --data-dir "$smoke/book"
echo "bundle OK: dist/mediation-desk"
