#!/usr/bin/env bash
# Prepare this checkout: Debian packages Qt and the tests need, a virtual environment in .venv,
# and the project with its pinned dependencies. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  # Qt 6 (PySide6) on X11/Wayland and offscreen
  libgl1 libegl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  # Chinese fonts for the desktop (the application also ships its own)
  fonts-noto-cjk
  # reading generated PDFs back in the tests
  poppler-utils
  # opening generated DOCX files in the tests (soffice --headless --convert-to pdf)
  libreoffice-writer-nogui
  # building the bundle and the .deb (packaging/build.sh): PyInstaller reads libraries with
  # objdump; dpkg-deb builds the package; the MIME database is checked in packaging/check_deb.sh
  binutils dpkg shared-mime-info
  # the office edition's tests start a throw-away PostgreSQL server (initdb, pg_ctl; the package brings the client too)
  postgresql
)
if [[ "${MEDIATION_DESK_SKIP_APT:-}" != "1" ]] && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  PY=${PYTHON:-python3}
  if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then missing+=(python3-venv); fi
  if ((${#missing[@]})); then
    echo "Installing Debian packages: ${missing[*]}"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)' || {
  echo "Python 3.11-3.13 is needed (found: $("$PY" --version 2>&1))." >&2; exit 1; }
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed
if [[ ! -f $stamp || pyproject.toml -nt $stamp || constraints.txt -nt $stamp ]]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[test]"
  touch "$stamp"
fi
