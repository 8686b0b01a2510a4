#!/usr/bin/env bash
# Instructions executed by one scan, counted by callgrind: repeatable whatever else the machine
# is doing, so two builds can be compared on a busy machine. Single-threaded.
#
# Usage: bash bench/instructions.sh [PATH] [BINARY]
#   PATH    what to scan (default ../shared/corpus/terraform)
#   BINARY  the posture binary (default target/release/posture, built first)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-../shared/corpus/terraform}
binary=${2:-target/release/posture}
if [ "$#" -lt 2 ]; then cargo build --release -q; fi
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
out=$(mktemp)
RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$out" \
  "$binary" scan "$target" --format json -o /dev/null --exit-zero 2>&1 |
  sed -n 's/.*I *refs: *\([0-9,]*\).*/\1 instructions/p'
rm -f "$out"
