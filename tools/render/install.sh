#!/usr/bin/env bash
# Installs what the renderer needs from Debian: Blender (headless EEVEE works without a GPU) and ffmpeg (libx264).
set -euo pipefail
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
need=()
for p in blender ffmpeg; do command -v "$p" >/dev/null || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
blender --version | head -1
