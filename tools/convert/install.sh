#!/usr/bin/env bash
# Installs the Debian packages the model converter needs (idempotent, non-interactive).
set -euo pipefail
packages=(python3-torch python3-numpy python3-flatbuffers python3-opencv opencv-doc npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null && missing=("${missing[@]/npm}")
if [ -n "${missing[*]// /}" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends ${missing[*]}
fi
/usr/bin/python3 -c "import torch, numpy, flatbuffers, cv2; print('converter dependencies: torch', torch.__version__)"
