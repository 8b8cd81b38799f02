#!/usr/bin/env bash
# Regenerates models/*.pt, models/manifest.json and the Java reference pairs from the @mediapipe/pose npm package.
#   tools/convert/convert.sh [--heavy] [--tarball mediapipe-pose-0.5.1675469404.tgz]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
heavy=""; tarball=""
while [ $# -gt 0 ]; do
  case "$1" in
    --heavy) heavy="--heavy"; shift ;;
    --tarball) tarball=$(realpath "$2"); shift 2 ;;
    -h|--help) sed -n '2,3p' "$0"; exit 0 ;;
    *) echo "convert.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
if [ -z "$tarball" ]; then
  npm pack --silent @mediapipe/pose@0.5.1675469404 >/dev/null
  tarball="$work/mediapipe-pose-0.5.1675469404.tgz"
fi
tar xzf "$tarball"
/usr/bin/python3 "$here/convert.py" "$work/package" $heavy \
  --models "$root/models" --reference "$root/src/test/resources/reference" \
  --runtime-reference "$root/src/main/resources/reference"
