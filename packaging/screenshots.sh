#!/usr/bin/env bash
# Makes the README's pictures under Xvfb from an existing build folder:
#   docs/screenshots/main-window.png     the week grid of the demo practice (1920×1080)
#   docs/screenshots/main-window-1366.png  the same on a 1366×768 laptop screen
#   docs/screenshots/booking-dialog.png  booking with "Wag" typed: the existing patient is chosen
#   docs/screenshots/absence-warning.png the question before an absence over booked appointments
#   docs/screenshots/appointment-card.png the appointment card in its small format
#   docs/screenshots/google-tab.png      Settings › Google-Kalender, the IT's details collapsed
#   docs/screenshots/first-run.png       the set-up wizard on an empty database
#   docs/screenshots/consent-dialog.png  the consent screen before a Google connection
# Usage: packaging/screenshots.sh [BUILD_DIR]   (default: build). Builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(readlink -f "${1:-build}")
out=docs/screenshots
mkdir -p "$out"
export EMPFANG_LANGUAGE=de

tests/gui/take_screenshot.sh "$build/app/empfang" "$out/main-window.png" 1920x1080
tests/gui/take_screenshot.sh "$build/app/empfang" "$out/main-window-1366.png" 1366x768

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"

# The wizard appears by itself on an empty database; shoot the screen once it is mapped.
xvfb-run -a -s "-screen 0 900x700x24" sh -c '
    "$1" --db "$2/fresh.sqlite" >"$2/wizard.log" 2>&1 &
    pid=$!
    i=0
    while [ $i -lt 40 ] && ! xwininfo -root -tree 2>/dev/null | grep -q "Empfang"; do
        kill -0 $pid 2>/dev/null || { cat "$2/wizard.log" >&2; exit 1; }
        sleep 0.5; i=$((i + 1))
    done
    sleep 2
    import -window root "$3"
    kill $pid; wait $pid 2>/dev/null || true
' sh "$build/app/empfang" "$work" "$(pwd)/$out/first-run.png"

xvfb-run -a -s "-screen 0 1024x768x24" \
    "$build/tests/gui/grab_consent_dialog" "$out/consent-dialog.png"
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/gui/grab_reception" "$out"
echo "screenshots written to $out/"
