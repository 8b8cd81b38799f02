#!/usr/bin/env bash
# Installs what RepCam needs on a fresh Debian 12 machine (Java 17 and Maven are expected to be there) and builds
# target/repcam.jar. Safe to run again: it installs only what is missing and rebuilds only when asked to.
#   tools/setup.sh            system packages + build (skips tests)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: the JRE with AWT (live window), the opencv-doc photos the pose tests use, Chromium (the HTML
# report test), Xvfb, ImageMagick, x11-utils (xwininfo), xdotool and Tesseract OCR (the live window test:
# screenshots, the window list, keys pressed, the count read back), fonts, ffmpeg (test clips: tools/bench),
# espeak-ng (spoken cues in repcam live).
packages=(openjdk-17-jre opencv-doc ffmpeg chromium xvfb imagemagick x11-utils xdotool tesseract-ocr tesseract-ocr-eng
  fonts-dejavu-core espeak-ng)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v mvn >/dev/null || { echo "setup: Maven (mvn) is missing: install it with 'apt-get install maven'" >&2; exit 1; }
java -version 2>&1 | grep -q 'version "17' || echo "setup: warning: RepCam is built and tested with Java 17" >&2

if [ ! -f target/repcam.jar ] || [ "${REPCAM_REBUILD:-1}" = 1 ]; then
  echo "setup: building target/repcam.jar"
  mvn -B -q -DskipTests package
fi
