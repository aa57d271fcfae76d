#!/usr/bin/env bash
# Set everything up and run the whole test suite (unit, integration, GUI offscreen, layering),
# then the date-sensitive tests again on other days: a Saturday, a day inside the National Day
# holiday, the last day of a year and the first day of a year whose holiday schedule is not
# published yet. Extra arguments go to the first pytest run only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
if [[ $# -eq 0 ]]; then
  for day in 2026-12-05 2026-10-02 2026-12-31 2027-01-01; do
    echo "== date-sensitive tests with today = $day =="
    MEDIATION_DESK_TEST_TODAY=$day .venv/bin/python -m pytest -q -m date_sensitive
  done
fi
