#!/usr/bin/env bash
# Check a built .deb the way an office PC would meet it, in a scratch root:
#  1. dpkg-deb --info / --contents: the control fields, the files under /opt/mediation-desk, the
#     command on the PATH, the desktop entry with its Chinese name, icons and MIME types;
#  2. dpkg installs it into the scratch root (--root, maintainer scripts without chroot), the
#     installed bundle passes its --self-test headless, the MIME database gets the file types;
#  3. dpkg --purge removes the program and leaves a user's case book in the scratch home alone.
# Usage: packaging/check_deb.sh dist/mediation-desk_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check_deb: $*" >&2; exit 1; }

info=$(dpkg-deb --info "$deb")
for field in "Package: mediation-desk" "Architecture: $(dpkg --print-architecture)" "Depends:" "Installed-Size:"; do
  grep -q "$field" <<<"$info" || fail "control lacks “$field”"
done
contents=$(dpkg-deb --contents "$deb")
for path in ./opt/mediation-desk/mediation-desk ./usr/bin/mediation-desk ./usr/share/applications/mediation-desk.desktop \
            ./usr/share/mime/packages/mediation-desk.xml ./usr/share/icons/hicolor/scalable/apps/mediation-desk.svg \
            ./usr/share/icons/hicolor/256x256/apps/mediation-desk.png ./usr/share/doc/mediation-desk/copyright; do
  grep -q " $path\( \|$\)" <<<"$contents" || fail "the package lacks $path"
done
if grep -v " root/root " <<<"$contents" | grep -q .; then fail "files not owned by root in the package"; fi
grep -q "usr/bin/mediation-desk -> /opt/mediation-desk/mediation-desk" <<<"$contents" || fail "no command on the PATH"

# Install into the scratch root: its own dpkg database, the maintainer scripts run with DPKG_ROOT.
root=$scratch/root
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info" "$root/usr/share/mime/packages" "$root/home/clerk"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg=(dpkg --root="$root" --force-script-chrootless --force-depends --force-not-root --log=/dev/null)
"${dpkg[@]}" -i "$deb" >/dev/null
"${dpkg[@]}" -s mediation-desk | grep -q "Status: install ok installed" || fail "dpkg did not install it"
desktop=$root/usr/share/applications/mediation-desk.desktop
grep -q "^Name\[zh_CN\]=新就业形态劳动争议调解$" "$desktop" || fail "no Chinese name in the desktop entry"
grep -q "^Exec=/usr/bin/mediation-desk$" "$desktop" || fail "the desktop entry starts something else"
if command -v update-mime-database >/dev/null; then
  grep -q "application/vnd.mediation-desk.backup" "$root/usr/share/mime/globs2" || fail "backup type not in the MIME database"
  grep -q "application/vnd.mediation-desk.handoff+zip" "$root/usr/share/mime/globs2" || fail "hand-off type not in the MIME database"
fi
HOME=$root/home/clerk env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
  "$root/opt/mediation-desk/mediation-desk" --self-test
[[ -z $(ls -A "$root/home/clerk") ]] || fail "the self-test left files in the home folder"

# A user's case book, then removal and purge: the program goes, the book stays.
book=$root/home/clerk/.local/share/mediation-desk
mkdir -p "$book/backups"
echo "case book" > "$book/casebook.db"; echo "key" > "$book/casebook.key"; echo "backup" > "$book/backups/a.mdbak"
"${dpkg[@]}" --purge mediation-desk >/dev/null
[[ ! -e $root/opt/mediation-desk && ! -e $root/usr/bin/mediation-desk ]] || fail "purge left the program behind"
[[ -f $book/casebook.db && -f $book/casebook.key && -f $book/backups/a.mdbak ]] || fail "purge touched the user's data"
echo "deb OK: $(basename "$deb") installs, passes its self-test, and purging it keeps the user's data"
