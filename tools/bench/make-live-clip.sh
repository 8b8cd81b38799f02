#!/usr/bin/env bash
# Makes a 30 fps copy of a rendered sample (the samples are 15 fps; a webcam delivers 30), for
# `repcam bench-live`: every frame is shown twice as long, so the motion keeps its natural speed.
#   tools/bench/make-live-clip.sh [SAMPLE.mp4] [OUT.mp4]
# default: samples/thoracic-extension_side-left_clean.mp4 -> out/bench/thoracic-extension-30fps.mp4
# Needs Debian's ffmpeg.
set -euo pipefail
in=${1:-samples/thoracic-extension_side-left_clean.mp4}
out=${2:-out/bench/thoracic-extension-30fps.mp4}
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: apt-get install ffmpeg" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
ffmpeg -loglevel error -y -i "$in" -vf "fps=30,format=yuv420p" -c:v mpeg4 -q:v 2 "$out"
echo "$out"
