#!/usr/bin/env bash
# Analyses the samples with two of analyze's strategies and compares, clip by clip, when the count, the phase and
# the faults change (frame shifts), e.g. to check that tracking in two parts at once counts as one go does:
#   tools/bench/compare-strategies.sh [parallel] [inline] [samples]
# Writes out/strategies/<strategy>/ (eval JSON and per-frame traces). Needs target/repcam.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/../.."
a=${1:-parallel}; b=${2:-inline}; clips=${3:-samples}
for s in "$a" "$b"; do
  mkdir -p "out/strategies/$s"
  java -jar target/repcam.jar eval "$clips" --strategy "$s" --trace "out/strategies/$s" \
    --json "out/strategies/$s/eval.json" > "out/strategies/$s/eval.txt"
done
/usr/bin/python3 tools/bench/compare_traces.py "out/strategies/$a" "out/strategies/$b"
