#!/usr/bin/env bash
# Writes a variant of a rendered clip, filmed the same but shown or recorded differently, with its truth:
#   tools/render/clip-variant.sh SRC.mp4 DEST.mp4 mirrored|mirrored-grain|dim|small
#   mirrored        flipped left-right, as a mirror or a selfie camera shows the person (CRF 18)
#   mirrored-grain  flipped, with film grain (ffmpeg noise) and harder compression (CRF 30)
#   dim             a darker, flatter picture (less light, lower contrast) compressed harder still (CRF 34)
#   small           half the width and height (a low-resolution webcam; CRF 23)
# SRC.truth.json beside the clip gives DEST.truth.json: the same reps and faults; camera.picture names the variant
# and camera.mirrored says whether the picture is flipped.
set -euo pipefail
src=$1; dest=$2; kind=$3
case "$kind" in
  mirrored) filter=hflip; crf=18; mirrored=True ;;
  mirrored-grain) filter="hflip,noise=alls=10:allf=t"; crf=30; mirrored=True ;;
  dim) filter="eq=brightness=-0.12:contrast=0.75:gamma=0.85"; crf=34; mirrored=False ;;
  small) filter="scale=trunc(iw/4)*2:trunc(ih/4)*2"; crf=23; mirrored=False ;;
  *) echo "clip-variant.sh: unknown variant '$kind' (mirrored, mirrored-grain, dim or small)" >&2; exit 2 ;;
esac
ffmpeg -nostdin -loglevel error -y -i "$src" -vf "$filter" -c:v libx264 -crf "$crf" -pix_fmt yuv420p \
  "${dest%.mp4}.tmp.mp4"
/usr/bin/python3 - "${src%.mp4}.truth.json" "${dest%.mp4}.truth.json" "$kind" "$mirrored" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))
camera = truth.setdefault("camera", {})
camera["picture"] = sys.argv[3]
camera["mirrored"] = sys.argv[4] == "True"
with open(sys.argv[2], "w") as f:
    json.dump(truth, f, indent=1)
PY
mv "${dest%.mp4}.tmp.mp4" "$dest"
