#!/usr/bin/env bash
# Quick start (a): builds Empfang and starts it on the demo practice (a separate demo
# database; the real one is never touched). Extra arguments go to empfang.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh
exec build/app/empfang --demo "$@"
