#!/usr/bin/env bash
# Measures how counting holds up at lower frame rates and smaller pictures: re-encodes every sample at each rate
# and size with ffmpeg, then runs 'repcam eval' on each copy of the set. The limits that analyze enforces
# (VideoStreamFacts.MIN_SIDE, RecordingLimits) were chosen from this output.
#   tools/measure/input-limits.sh [OUT_DIR] [--rates "10 8 6 5 4 3 2"] [--sizes "320x240 160x120 128x96 96x72"]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=out/input-limits; rates="10 8 6 5 4 3 2"; sizes="320x240 192x144 160x120 128x96 96x72"
while [ $# -gt 0 ]; do
  case "$1" in
    --rates) rates="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    *) out="$1"; shift ;;
  esac
done
[ -f target/repcam.jar ] || tools/setup.sh
make_set() { # name, ffmpeg filter/rate options...
  local dir="$out/$1"; shift
  mkdir -p "$dir"
  for v in samples/*.mp4; do
    n=$(basename "$v" .mp4)
    [ -f "$dir/$n.mp4" ] || ffmpeg -nostdin -v error -y -i "$v" "$@" -c:v libx264 -crf 20 "$dir/$n.mp4"
    cp "samples/$n.truth.json" "$dir/"
  done
}
for r in $rates; do make_set "fps$r" -r "$r"; done
for s in $sizes; do make_set "size$s" -vf "scale=${s/x/:}"; done
for d in $(for r in $rates; do echo "fps$r"; done) $(for s in $sizes; do echo "size$s"; done); do
  echo "=== $d"
  java -jar target/repcam.jar eval "$out/$d" --strategy inline 2>/dev/null | grep -E "^overall| NO " || true
done
