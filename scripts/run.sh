#!/usr/bin/env bash
# Set everything up and start mediation-desk.
#
# MEDIATION_DESK_DATA_DIR set: start on that folder (the first-run assistant appears if it has no book).
# Otherwise, when this PC has a real case book, start on it. When it has none, start the DEMO: a demo
# case book in its own folder beside the real data folder (never in it), created on the first run;
# every window and document of the demo says 演示数据. Log in as "mediator" (or admin, arbitrator,
# clerk, lawyer) with the password "demo-password"; the demo book's passphrase is "demo-passphrase".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -n "${MEDIATION_DESK_DATA_DIR:-}" ]; then
  exec .venv/bin/mediation-desk --data-dir "$MEDIATION_DESK_DATA_DIR" "$@"
fi
if .venv/bin/python -c 'import sys; from mediation_desk.config import AppPaths; sys.exit(0 if AppPaths.resolve(None).remembered().book_exists() else 1)'; then
  exec .venv/bin/mediation-desk "$@"
fi
demo_dir=$(.venv/bin/python -c 'from mediation_desk.config import AppPaths; print(AppPaths.resolve(None).demo().data_dir)')
if ! [ -f "$demo_dir/casebook.db" ]; then
  echo "No case book on this PC yet: creating the DEMO case book (演示数据) in $demo_dir ..."
  .venv/bin/mediation-desk demo --cases 300 --data-dir "$demo_dir"
fi
echo "Starting the DEMO (演示数据) from $demo_dir -- log in as mediator / demo-password."
echo "For your organisation's real book, start 'mediation-desk' without this script: its first-run assistant creates it."
exec .venv/bin/mediation-desk --data-dir "$demo_dir" "$@"
