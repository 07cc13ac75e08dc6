#!/bin/sh
# Runs "$@" on a private D-Bus session with a fresh, unlocked gnome-keyring (the real Secret
# Service). Used by the keychain tests so they never touch the developer's own keyring and work
# the same with or without an outer dbus-run-session.
set -e
export XDG_DATA_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$XDG_DATA_HOME}"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
exec_inner='echo -n empfang-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"'
dbus-run-session -- sh -c "$exec_inner" sh "$@"
