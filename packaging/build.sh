#!/usr/bin/env bash
# Configures and builds Empfang into ./build (reused between runs; ccache speeds up rebuilds).
set -euo pipefail
cd "$(dirname "$0")/.."
"packaging/install-deps.sh"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
