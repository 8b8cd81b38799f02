#!/usr/bin/env bash
# Makes 640x480, 30 fps, 10 s test clips with one moving person from Debian's opencv-doc photo basketball1.png:
# the camera pans, bobs and rolls a few degrees, so tracking and smoothing have real motion to follow.
#   tools/bench/make-pan-clip.sh [OUT.mp4] [in-view|edge]
#     in-view (default): the person stays whole in the picture (out/bench/basketball-pan-640x480.mp4)
#     edge: the pan pushes half of the person out of the picture at times (a hard case for tracking)
# Needs Debian's ffmpeg and opencv-doc (apt-get install ffmpeg opencv-doc).
set -euo pipefail
out=${1:-out/bench/basketball-pan-640x480.mp4}
kind=${2:-in-view}
case "$kind" in
  in-view) filter="scale=704:528,rotate='0.05*sin(2*PI*t/4)':fillcolor=black,crop=640:480:x='24-24*sin(2*PI*t/5)':y='24+24*sin(2*PI*t/2.5)'" ;;
  edge) filter="scale=800:600,rotate='0.06*sin(2*PI*t/4)':fillcolor=black,crop=640:480:x='80+70*sin(2*PI*t/5)':y='60+40*sin(2*PI*t/2.5)'" ;;
  *) echo "unknown clip kind $kind (in-view or edge)" >&2; exit 2 ;;
esac
photo=/usr/share/doc/opencv-doc/examples/data/basketball1.png
[ -f "$photo" ] || { echo "$photo is missing: apt-get install opencv-doc" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: apt-get install ffmpeg" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
ffmpeg -loglevel error -y -loop 1 -i "$photo" -t 10 -r 30 -vf "$filter,format=yuv420p" -c:v mpeg4 -q:v 3 "$out"
echo "$out"
