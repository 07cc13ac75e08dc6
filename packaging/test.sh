#!/usr/bin/env bash
# Quick start (b): builds Empfang and runs every test. Tests that use the keychain need the
# real Secret Service: we start a private D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh
dbus-run-session -- sh -c '
    echo -n empfang-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir build --output-on-failure -j2 --timeout 900
'
# Last: the .deb from this build installs, starts and uninstalls (needs root, changes the
# machine only while it runs).
packaging/test-package.sh build
