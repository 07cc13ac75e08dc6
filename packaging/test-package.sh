#!/usr/bin/env bash
# Builds the .deb from an existing build folder, validates the desktop files, installs the
# package with apt into this machine, starts both programs, and removes it again — also when a
# step fails (trap), so a red run never leaves Empfang installed.
# Usage: packaging/test-package.sh [BUILD_DIR]   (default: build). Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(readlink -f "${1:-build}")

fail() { echo "test-package: FEHLER: $*" >&2; exit 1; }
step() { echo "test-package: $*"; }

[ -f "$build/CPackConfig.cmake" ] || fail "$build ist kein konfigurierter Build-Ordner."
[ "$(id -u)" -eq 0 ] || fail "braucht root-Rechte (apt-get install)."
if dpkg-query -W -f='${Status}' empfang 2>/dev/null | grep -q "install ok installed"; then
    fail "empfang ist bereits installiert; dieser Test würde es entfernen. Abbruch."
fi

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq empfang >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

step "Metadaten prüfen"
desktop-file-validate packaging/de.empfang.Empfang.desktop
appstreamcli validate --no-net --pedantic packaging/de.empfang.Empfang.metainfo.xml

step "Paket bauen ($build)"
rm -f "$build"/empfang_*.deb
cmake --build "$build" | tail -n 1
(cd "$build" && cpack -G DEB | tail -n 1)
deb=$(ls "$build"/empfang_*.deb)
[ "$(echo "$deb" | wc -l)" -eq 1 ] || fail "mehr als ein Paket gefunden: $deb"

step "Paketabhängigkeiten prüfen"
depends=$(dpkg-deb -f "$deb" Depends)
echo "  Depends: $depends"
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6networkauth6 libqt6keychain1 \
    qt6-translations-l10n; do
    grep -q "$needed" <<<"$depends" || fail "Depends enthält $needed nicht."
done
# Through a file, not a pipe: grep -q would end the pipe early and pipefail report dpkg's EPIPE.
dpkg -I "$deb" >"$work/info"
grep -q "^ Description: .*front-desk" "$work/info" || fail "keine Beschreibung im Paket."
grep -q "^ Maintainer: " "$work/info" || fail "kein Maintainer im Paket."

step "Installieren: $(basename "$deb")"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null

for f in /usr/bin/empfang /usr/bin/empfang-cli \
    /usr/share/applications/de.empfang.Empfang.desktop \
    /usr/share/metainfo/de.empfang.Empfang.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/de.empfang.Empfang.svg \
    /usr/share/icons/hicolor/48x48/apps/de.empfang.Empfang.png \
    /usr/share/icons/hicolor/256x256/apps/de.empfang.Empfang.png; do
    [ -e "$f" ] || fail "$f fehlt nach der Installation."
done
desktop-file-validate /usr/share/applications/de.empfang.Empfang.desktop
grep -q "^Exec=empfang" /usr/share/applications/de.empfang.Empfang.desktop ||
    fail "Exec der .desktop-Datei startet nicht /usr/bin/empfang."

# A private HOME: the programs write their log into the data folder, not into root's.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"

step "empfang-cli --version"
version=$(/usr/bin/empfang-cli --version)
echo "  $version"
grep -q "^empfang-cli [0-9]" <<<"$version" || fail "unerwartete Ausgabe: $version"
grep -q "[0-9]\.[0-9]" <<<"$(/usr/bin/empfang --version)" || fail "empfang --version"

step "empfang --check (offscreen)"
out=$(cd "$work" && QT_QPA_PLATFORM=offscreen /usr/bin/empfang --check)
[ "$out" = "OK" ] || fail "empfang --check meldete: $out"
QT_QPA_PLATFORM=offscreen /usr/bin/empfang --check --db "$work/praxis.sqlite" >/dev/null
[ -s "$work/praxis.sqlite" ] || fail "--check --db hat die Datenbank nicht angelegt."
/usr/bin/empfang-cli --db "$work/praxis.sqlite" diagnostics --out "$work/diag.zip" >/dev/null
[ -s "$work/diag.zip" ] || fail "empfang-cli diagnostics schrieb nichts."

step "Entfernen"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq empfang >/dev/null
installed=0
[ ! -e /usr/bin/empfang ] || fail "/usr/bin/empfang ist nach dem Entfernen noch da."
[ ! -e /usr/share/applications/de.empfang.Empfang.desktop ] || fail ".desktop noch da."
step "OK: $(basename "$deb") baut, installiert, startet und lässt sich entfernen"
