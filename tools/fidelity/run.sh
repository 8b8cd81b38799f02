#!/usr/bin/env bash
# Compares RepCam's landmarks with Google's own MediaPipe Pose runtime (../shared/tools/mp-anchor, headless
# Chromium) on Debian's opencv-doc photos and on the test clips of tools/bench/make-pan-clip.sh.
#   tools/fidelity/run.sh [lite|full ...]     (default: lite full)   results in out/fidelity/
# Needs: target/repcam.jar (tools/setup.sh), chromium, node/npm, ffmpeg, opencv-doc, ../shared/tools/mp-anchor.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
models=("$@"); [ ${#models[@]} -gt 0 ] || models=(lite full)
anchor_src=${MP_ANCHOR:-$root/../shared/tools/mp-anchor}
[ -d "$anchor_src" ] || { echo "mp-anchor not found at $anchor_src (set MP_ANCHOR)" >&2; exit 1; }
out=$root/out/fidelity
mkdir -p "$out/photos"
anchor=$(mktemp -d)
trap 'rm -rf "$anchor"' EXIT
cp -r "$anchor_src/." "$anchor/" && chmod -R u+w "$anchor"
(cd "$anchor" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent >/dev/null)
for p in messi5.jpg basketball1.png basketball2.png fruits.jpg; do
  cp "/usr/share/doc/opencv-doc/examples/data/$p" "$out/photos/"
done
[ -f out/bench/basketball-pan-640x480.mp4 ] || tools/bench/make-pan-clip.sh out/bench/basketball-pan-640x480.mp4 in-view
[ -f out/bench/basketball-edge-640x480.mp4 ] || tools/bench/make-pan-clip.sh out/bench/basketball-edge-640x480.mp4 edge
for m in "${models[@]}"; do
  for input in photos:$out/photos pan:$root/out/bench/basketball-pan-640x480.mp4 edge:$root/out/bench/basketball-edge-640x480.mp4; do
    name=${input%%:*}; path=${input#*:}
    mode=video; [ "$name" = photos ] && mode=static
    java -jar target/repcam.jar pose "$path" --model "$m" --json "$out/repcam-$name-$m.json" >/dev/null 2>&1
    (cd "$anchor" && node run.js --model "$m" --mode "$mode" --input "$path" --out "$out/mediapipe-$name-$m.json" --quiet >/dev/null 2>&1)
    echo "== $m, $name ($mode mode; smoothing on in both for video)"
    python3 tools/fidelity/compare.py "$out/repcam-$name-$m.json" "$out/mediapipe-$name-$m.json" \
      --json "$out/compare-$name-$m.json" | grep -v '^  f0' | head -6
    n=$(python3 -c "import json;print(json.load(open('$out/compare-$name-$m.json'))['frames_disagreeing'])")
    [ "$n" = 0 ] || echo "   ($n frames where only one of the two found the person; list in $out/compare-$name-$m.json)"
  done
done
