#!/usr/bin/env bash
# The tuning pool: every committed upper-back clip (samples, samples/angles, samples/dim) linked into one folder,
# with a mirrored-grain copy of each sample and angles clip and a dim copy of each angles clip (clip-variant.sh):
# 40 clips, side-on to 48 deg. Then, for example:
#   java -cp "target/repcam.jar:target/lib/*" tools/measure/Replay.java out/pool out/cache/pool
#   tools/measure/make-pool.sh [OUT_DIR]      default out/pool
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-out/pool}"
mkdir -p "$out"
for d in samples samples/angles samples/dim; do
  for v in "$d"/*.mp4; do
    n=$(basename "$v" .mp4)
    ln -sf "$PWD/$v" "$out/$n.mp4"
    ln -sf "$PWD/$d/$n.truth.json" "$out/$n.truth.json"
  done
done
for d in samples samples/angles; do
  for v in "$d"/*.mp4; do
    n=$(basename "$v" .mp4)
    [ -f "$out/$n-mirrored-grain.mp4" ] || tools/render/clip-variant.sh "$v" "$out/$n-mirrored-grain.mp4" mirrored-grain
  done
done
for v in samples/angles/*.mp4; do
  n=$(basename "$v" .mp4)
  [ -f "$out/$n-dim.mp4" ] || tools/render/clip-variant.sh "$v" "$out/$n-dim.mp4" dim
done
ls "$out"/*.mp4 | wc -l
