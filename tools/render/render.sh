#!/usr/bin/env bash
# Renders one exercise clip from its parameters: OUT_DIR/clip.mp4, OUT_DIR/truth.json, OUT_DIR/joints2d.csv.
#   tools/render/render.sh PARAMS.json OUT_DIR
# Takes about 1-2 s a frame at 640x480 on 2 cores (EEVEE, software GL). Runs Blender at low priority.
set -euo pipefail
params=$(realpath "$1"); out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"; out=$(realpath "$out")
rm -rf "$out/frames" "$out/truth.json"
nice -n 19 blender -b --factory-startup -P "$here/scene.py" -- "$params" "$out" > "$out/blender.log" 2>&1 \
  || { tail -20 "$out/blender.log" >&2; exit 1; }
# a Python error in scene.py does not change Blender's exit code
[ -f "$out/truth.json" ] && [ -n "$(ls "$out/frames" 2>/dev/null)" ] \
  || { grep -A20 Traceback "$out/blender.log" >&2 || tail -20 "$out/blender.log" >&2; exit 1; }
want=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['frames'])" "$out/truth.json")
got=$(ls "$out/frames" | wc -l)
[ "$got" -eq "$want" ] || { echo "rendered $got frames, the truth has $want" >&2; exit 1; }
fps=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['fps'])" "$params")
ffmpeg -nostdin -loglevel error -y -framerate "$fps" -i "$out/frames/f_%04d.png" -c:v libx264 -crf "${CRF:-22}" \
  -pix_fmt yuv420p -movflags +faststart "$out/clip.mp4"
rm -rf "$out/frames"
echo "$out/clip.mp4"
