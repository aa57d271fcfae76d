#!/usr/bin/env bash
# Regenerate the English translation of the desktop UI.
#   1. pyside6-lupdate collects every tr()/translate() string (Chinese source text) from the UI
#      code into resources/translations/mediation_desk_en.ts, keeping existing translations and
#      dropping strings that no longer occur;
#   2. fill in new <translation> entries (Qt Linguist: pyside6-linguist, or any editor);
#   3. pyside6-lrelease compiles the .ts into mediation_desk_en.qm, which the application loads.
# Uses the pyside6-* tools of the project's virtual environment (or $PYSIDE6_BIN).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${PYSIDE6_BIN:-}
if [[ -z $BIN ]]; then
  for candidate in .venv/bin "$(dirname "$(command -v python3 2>/dev/null || echo /usr/bin/python3)")"; do
    if [[ -x $candidate/pyside6-lupdate ]]; then BIN=$candidate; break; fi
  done
fi
if [[ -z $BIN || ! -x $BIN/pyside6-lupdate ]]; then
  echo "pyside6-lupdate not found: run scripts/setup.sh or set PYSIDE6_BIN" >&2
  exit 1
fi

TS=resources/translations/mediation_desk_en.ts
QM=resources/translations/mediation_desk_en.qm
# the Python code, and the Qt Designer forms themselves (not their compiled modules in ui/forms)
mapfile -t SOURCES < <(find src/mediation_desk/ui -name '*.py' -not -path '*/__pycache__/*' -not -path '*/forms/*' | LC_ALL=C sort)
SOURCES+=(src/mediation_desk/app.py)
mapfile -t FORMS < <(find ui -name '*.ui' | LC_ALL=C sort)
SOURCES+=("${FORMS[@]}")

"$BIN/pyside6-lupdate" "${SOURCES[@]}" -source-language zh_CN -target-language en_GB -no-obsolete -locations none -ts "$TS"
unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [[ $unfinished -gt 0 ]]; then
  echo "$unfinished string(s) in $TS still need an English translation (they show in Chinese until then)."
fi
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"
