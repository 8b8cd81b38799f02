#!/usr/bin/env bash
# Sets up (tools/setup.sh) and runs RepCam's main job on a bundled sample. Results go to out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
mkdir -p out/demo
java -jar target/repcam.jar analyze samples/thoracic-extension_side-left_clean.mp4 --exercise thoracic-extension \
  --out out/demo
echo "demo: open the newest out/demo/*/report.html in a browser (session.json, reps.csv, annotated.mp4 beside it)"
