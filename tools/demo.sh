#!/usr/bin/env bash
# Sets up (tools/setup.sh) and runs RepCam's main job on a bundled sample. Results go to out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
mkdir -p out/demo
java -jar target/repcam.jar pose samples/people/basketball-pan.mp4 --model full --json out/demo/poses.json --draw out/demo/annotated.mp4
echo "demo: landmarks in out/demo/poses.json, skeleton video in out/demo/annotated.mp4"
