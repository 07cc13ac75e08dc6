#!/bin/sh
# Takes a screenshot of the Empfang main window on a fresh demo database under Xvfb.
# Builds nothing. Usage: take_screenshot.sh PATH/TO/empfang OUTPUT.png [WIDTHxHEIGHT]
# Needs: xvfb (Xvfb, xvfb-run), imagemagick (import).
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 PATH/TO/empfang OUTPUT.png [WIDTHxHEIGHT]" >&2
    exit 2
fi
binary=$(readlink -f "$1")
output=$2
size=${3:-1600x1000}
[ -x "$binary" ] || { echo "not executable: $binary" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 2; }
command -v import >/dev/null || { echo "import missing (apt-get install imagemagick)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

# Inside the virtual display: start the app on a demo DB in the temp dir, wait until its
# window is mapped (or 20 s), give it a moment to paint, shoot the whole screen, stop it.
xvfb-run -a -s "-screen 0 ${size}x24" sh -c '
    "$1" --demo --db "$2/demo.sqlite" >"$2/empfang.log" 2>&1 &
    pid=$!
    i=0
    while [ $i -lt 40 ]; do
        if ! command -v xwininfo >/dev/null; then sleep 5; break; fi
        if xwininfo -root -tree 2>/dev/null | grep -q "Empfang"; then break; fi
        kill -0 $pid 2>/dev/null || { cat "$2/empfang.log" >&2; exit 1; }
        sleep 0.5; i=$((i + 1))
    done
    sleep 2
    import -window root "$3"
    kill $pid
    wait $pid 2>/dev/null || true
' sh "$binary" "$work" "$(readlink -f "$(dirname "$output")")/$(basename "$output")"
echo "screenshot written to $output"
