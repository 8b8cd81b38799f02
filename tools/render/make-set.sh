#!/usr/bin/env bash
# Renders a larger varied evaluation set (not committed) and leaves NAME.mp4 + NAME.truth.json in OUT_DIR:
#   tools/render/make-set.sh OUT_DIR [--count 20] [--seed 1] [--fps 12] [--size 480x360]
# then: java -jar target/repcam.jar eval OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
/usr/bin/python3 "$here/make_set.py" "$out" "$@" > "$out.names" 2>/dev/null || { mkdir -p "$out"; /usr/bin/python3 "$here/make_set.py" "$out" "$@" > "$out.names"; }
while read -r name; do
  [ -f "$out/$name.mp4" ] && continue
  work=$(mktemp -d)
  "$here/render.sh" "$out/$name.params.json" "$work" >/dev/null
  mv "$work/clip.mp4" "$out/$name.mp4"; mv "$work/truth.json" "$out/$name.truth.json"
  rm -rf "$work"
  echo "$out/$name.mp4"
done < "$out.names"
