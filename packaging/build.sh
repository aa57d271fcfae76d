#!/usr/bin/env bash
# Build the one-folder bundle (dist/mediation-desk/) from a clean virtual environment, run its
# self-test, and package it as a .deb (dist/mediation-desk_VERSION_ARCH.deb). Writes
# dist/SHA256SUMS and dist/build-figures.txt (build seconds, sizes).
#
# Reproducible as far as PyInstaller allows: PYTHONHASHSEED is fixed, SOURCE_DATE_EPOCH is the
# time of the last commit, file times in the .deb are clamped to it, the .deb's owner is root.
# MEDIATION_DESK_BUILD_DIR  where the clean virtual environment and PyInstaller's work go
#                           (default: build/ in this checkout; the environment is made anew each time)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${MEDIATION_DESK_BUILD_DIR:-$ROOT/build}
DIST=$ROOT/dist
PY=${PYTHON:-python3}
started=$(date +%s)

export PYTHONHASHSEED=0
SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 1767225600)
export SOURCE_DATE_EPOCH
export PYTHONDONTWRITEBYTECODE=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

for tool in dpkg-deb objdump; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (Debian packages dpkg and binutils; scripts/setup.sh installs them)." >&2; exit 1; }
done

# 1. A clean virtual environment: only the project and PyInstaller, at the pinned versions.
rm -rf "$BUILD/venv" "$BUILD/pyinstaller" "$BUILD/deb" "$DIST/mediation-desk"
mkdir -p "$BUILD" "$DIST"
"$PY" -m venv "$BUILD/venv"
VPY=$BUILD/venv/bin/python
"$VPY" -m pip install -q --upgrade pip
"$VPY" -m pip install -q -c constraints.txt "$ROOT[build]"
VERSION=$("$VPY" -c 'from importlib.metadata import version; print(version("mediation-desk"))')
ARCH=$(dpkg --print-architecture)

# 2. The one-folder bundle.
"$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" packaging/mediation-desk.spec
bundle_done=$(date +%s)

# 3. The bundle tests itself: every native part, headless.
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$DIST/mediation-desk/mediation-desk" --self-test

# 4. The .deb: files under /opt/mediation-desk, the command on the PATH, desktop entry, icon, MIME types.
DEB=$BUILD/deb/root
mkdir -p "$DEB/DEBIAN" "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/applications" "$DEB/usr/share/mime/packages" \
  "$DEB/usr/share/icons/hicolor/scalable/apps" "$DEB/usr/share/doc/mediation-desk"
cp -a "$DIST/mediation-desk" "$DEB/opt/mediation-desk"
ln -s /opt/mediation-desk/mediation-desk "$DEB/usr/bin/mediation-desk"
install -m 644 packaging/deb/mediation-desk.desktop "$DEB/usr/share/applications/"
install -m 644 packaging/deb/mediation-desk.xml "$DEB/usr/share/mime/packages/"
install -m 644 resources/icons/mediation-desk.svg "$DEB/usr/share/icons/hicolor/scalable/apps/"
for size in 48 128 256; do
  mkdir -p "$DEB/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "resources/icons/mediation-desk-$size.png" "$DEB/usr/share/icons/hicolor/${size}x${size}/apps/mediation-desk.png"
done
install -m 644 packaging/deb/copyright "$DEB/usr/share/doc/mediation-desk/"
install -m 755 packaging/deb/postinst packaging/deb/postrm "$DEB/DEBIAN/"
installed_kb=$(du -sk --exclude=DEBIAN "$DEB" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$installed_kb/" packaging/deb/control.in > "$DEB/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$DEB"
find "$DEB" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
DEBFILE=$DIST/mediation-desk_${VERSION}_${ARCH}.deb
# gzip, not xz: every dpkg reads it (older 统信UOS / Kylin releases too), and xz takes minutes on
# the ~300 MB bundle where gzip takes seconds (docs/packaging.md has both figures).
rm -f "$DIST"/mediation-desk_*.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$DEB" "$DEBFILE" >/dev/null
rm -rf "$BUILD/deb"  # a second copy of the bundle
finished=$(date +%s)

# 5. What was made: checksums and figures.
( cd "$DIST" && find mediation-desk -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum && sha256sum "$(basename "$DEBFILE")" ) > "$DIST/SHA256SUMS"
bundle_mb=$(du -sm "$DIST/mediation-desk" | cut -f1)
deb_mb=$(awk -v b="$(stat -c %s "$DEBFILE")" 'BEGIN { printf "%.1f", b / 1048576 }')
cat > "$DIST/build-figures.txt" <<FIG
version: $VERSION ($ARCH)
build seconds (clean environment + bundle): $((bundle_done - started))
build seconds (total, with self-test and .deb): $((finished - started))
bundle size MB: $bundle_mb
deb size MB: $deb_mb
cores: $(nproc)
FIG
cat "$DIST/build-figures.txt"
echo "bundle: $DIST/mediation-desk  package: $DEBFILE  checksums: $DIST/SHA256SUMS"
