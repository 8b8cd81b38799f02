#!/usr/bin/env bash
# Makes the three 30 fps clips that `repcam bench-analyze` is quoted on, from a rendered sample (15 fps 640x480):
#   out/bench/analysis-640x480-30fps.mp4    the sample at 30 fps (each frame shown twice; decoding, pose and
#                                           encoding cost the same per frame as for a true 30 fps video)
#   out/bench/analysis-1280x720-30fps.mp4   the same scaled to 960x720 and padded to 1280x720
#   out/bench/analysis-640x480-30fps-2min.mp4  the first one played five times over (a longer session)
#   tools/bench/make-analysis-clips.sh [SAMPLE.mp4]
# Needs Debian's ffmpeg (apt-get install ffmpeg).
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=${1:-samples/thoracic-extension_side-left_clean.mp4}
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: apt-get install ffmpeg" >&2; exit 1; }
mkdir -p out/bench
ffmpeg -loglevel error -y -i "$sample" -vf "fps=30,format=yuv420p" -c:v libx264 -crf 20 \
  out/bench/analysis-640x480-30fps.mp4
ffmpeg -loglevel error -y -i "$sample" \
  -vf "fps=30,scale=960:720,pad=1280:720:160:0:color=0x505050,format=yuv420p" -c:v libx264 -crf 20 \
  out/bench/analysis-1280x720-30fps.mp4
ffmpeg -loglevel error -y -stream_loop 4 -i out/bench/analysis-640x480-30fps.mp4 -c copy \
  out/bench/analysis-640x480-30fps-2min.mp4
ls out/bench/analysis-*.mp4
