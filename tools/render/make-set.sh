#!/usr/bin/env bash
# Renders a larger varied evaluation set (not committed) and leaves NAME.mp4 + NAME.truth.json in OUT_DIR:
#   tools/render/make-set.sh OUT_DIR [--count 20] [--seed 1] [--formats 480x360@12,640x480@15,640x480@24] [--wide]
# A clip whose params list variants (--wide: mirrored-grain, dim) also gets NAME-VARIANT.mp4 for each, with the same
# truth (clip-variant.sh): flipped left-right with grain and harder compression; darker, flatter, compressed harder.
# then: java -jar target/repcam.jar eval OUT_DIR --json OUT_DIR.eval.json
# Re-running continues where it stopped (clips with an .mp4 are skipped). Blender runs at nice 19 (render.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
mkdir -p "$out"
/usr/bin/python3 "$here/make_set.py" "$out" "$@" > "$out.names"
while read -r name; do
  [ -f "$out/$name.mp4" ] && continue
  work=$(mktemp -d)
  "$here/render.sh" "$out/$name.params.json" "$work" >/dev/null </dev/null
  mv "$work/clip.mp4" "$out/$name.mp4"; mv "$work/truth.json" "$out/$name.truth.json"
  mv "$work/joints2d.csv" "$out/$name.joints2d.csv"
  rm -rf "$work"
  echo "$out/$name.mp4"
done < "$out.names"
while read -r name; do
  /usr/bin/python3 -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1])).get('variants') else 1)" \
    "$out/$name.params.json" || continue
  for kind in $(/usr/bin/python3 -c "import json,sys; print(*json.load(open(sys.argv[1]))['variants'])" \
      "$out/$name.params.json"); do
    [ -f "$out/$name-$kind.mp4" ] && continue
    "$here/clip-variant.sh" "$out/$name.mp4" "$out/$name-$kind.mp4" "$kind"
    echo "$out/$name-$kind.mp4"
  done
done < "$out.names"
