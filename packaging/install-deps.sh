#!/usr/bin/env bash
# Installs the Debian 12 packages Empfang needs to build, run and test — only those missing.
# Run as root (or with sudo available). Safe to run again: installed packages are skipped.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-networkauth-dev qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libgl-dev
    xvfb xauth imagemagick
    gnome-keyring dbus-x11 libsecret-tools
    libqt6sql6-psql postgresql-15 postgresql-client-15
    python3 python3-oauthlib sqlite3 libsqlite3-dev poppler-utils chromium
    desktop-file-utils appstream file x11-utils unzip
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installiere fehlende Pakete: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        sudo="sudo"
    else
        echo "Fehler: Pakete fehlen, und weder root-Rechte noch sudo sind verfügbar." >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
