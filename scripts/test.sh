#!/usr/bin/env bash
# Set everything up and run the whole test suite (unit, integration, GUI offscreen, layering),
# then the date-sensitive tests again on other days: a Saturday, a day inside the National Day
# holiday, the last day of a year and the first day of a year whose holiday schedule is not
# published yet. Then it builds the one-folder bundle and the .deb from a clean virtual
# environment (packaging/build.sh, which runs the bundle's --self-test headless) and installs the
# .deb into a scratch root (packaging/check_deb.sh: the installed bundle's --self-test, purge keeps
# a user's data). Extra arguments go to the first pytest run only, and skip the rest;
# MEDIATION_DESK_SKIP_BUNDLE=1 skips the bundle for a quick local run (CI always builds it).
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
if [[ $# -eq 0 && ( "${MEDIATION_DESK_SKIP_BUNDLE:-}" != "1" || "${CI:-}" == "true" ) ]]; then
  echo "== bundle and .deb =="
  bash packaging/build.sh
  bash packaging/check_deb.sh dist/mediation-desk_*.deb
fi
