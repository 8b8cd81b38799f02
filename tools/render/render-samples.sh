#!/usr/bin/env bash
# Renders every samples/*.params.json, samples/library/*.params.json and samples/dips/*.params.json into
# samples/NAME.mp4 + NAME.truth.json (+ NAME.joints2d.csv). NAME is the path under samples/ without .params.json
# (library/squat_side-left_...).
#   tools/render/render-samples.sh [NAME ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for p in samples/*.params.json samples/library/*.params.json samples/dips/*.params.json; do
    n=${p#samples/}; names+=("${n%.params.json}")
  done
fi
for n in "${names[@]}"; do
  work=$(mktemp -d)
  tools/render/render.sh "samples/$n.params.json" "$work" >/dev/null
  mv "$work/clip.mp4" "samples/$n.mp4"
  mv "$work/truth.json" "samples/$n.truth.json"
  mv "$work/joints2d.csv" "samples/$n.joints2d.csv"
  rm -rf "$work"
  echo "samples/$n.mp4 ($(du -k "samples/$n.mp4" | cut -f1) KB)"
done
