#!/usr/bin/env bash
# Set everything up and start mediation-desk. With no case book yet, a demo book is created
# first (log in as "mediator" with password "demo-password"; book passphrase "demo-passphrase").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! .venv/bin/python -c 'import sys; from mediation_desk.config import AppPaths; sys.exit(0 if AppPaths.resolve(sys.argv[1] or None).db_path.exists() else 1)' "${MEDIATION_DESK_DATA_DIR:-}"; then
  echo "No case book yet: creating a demo case book..."
  .venv/bin/mediation-desk demo --cases 300 ${MEDIATION_DESK_DATA_DIR:+--data-dir "$MEDIATION_DESK_DATA_DIR"}
fi
exec .venv/bin/mediation-desk ${MEDIATION_DESK_DATA_DIR:+--data-dir "$MEDIATION_DESK_DATA_DIR"} "$@"
