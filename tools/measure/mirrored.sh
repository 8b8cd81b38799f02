#!/usr/bin/env bash
# Counting and form on the samples mirrored left-right (ffmpeg hflip): the same person, counts and faults as the
# original, filmed as in a mirror. Writes the copies (with their truth files) to OUT_DIR and runs 'repcam eval'.
#   tools/measure/mirrored.sh [OUT_DIR] [SAMPLES_DIR] [EVAL OPTIONS]   defaults out/mirrored, samples
#   tools/measure/mirrored.sh out/mirrored-library samples/library
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-out/mirrored}"
src="${2:-samples}"
[ -f target/repcam.jar ] || tools/setup.sh
mkdir -p "$out"
for v in "$src"/*.mp4; do
  n=$(basename "$v" .mp4)
  [ -f "$out/$n-mirrored.mp4" ] || tools/render/clip-variant.sh "$v" "$out/$n-mirrored.mp4" mirrored
done
java -jar target/repcam.jar eval "$out" "${@:3}" 2>/dev/null
