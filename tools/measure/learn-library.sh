#!/usr/bin/env bash
# Learning on the exercise library: per library exercise, `repcam learn` from the first rendered sample (sorted by
# name) and `repcam eval` of the other samples of that exercise with the learned file (never seen by the learner);
# then `repcam eval samples/library --exercise any` (counting with no definition; the finder's settings were
# chosen on the upper-back samples, so these clips are new to it). Writes the learned files to OUT_DIR.
#   tools/measure/learn-library.sh [OUT_DIR]        default out/learn-library
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-out/learn-library}"
[ -f target/repcam.jar ] || tools/setup.sh
mkdir -p "$out"
exercises=$(ls samples/library/*.truth.json | xargs -n1 basename | sed 's/_.*//' | sort -u)
for e in $exercises; do
  clips=(samples/library/"$e"_*.mp4)
  demo=${clips[0]}
  learned="learned-$e"
  if ! java -jar target/repcam.jar learn "$demo" --name "$learned" --out "$out/$learned.yaml" > "$out/$e.learn.log" 2>&1
  then
    echo "$e: nothing learned from $demo: $(tail -1 "$out/$e.learn.log")"; continue
  fi
  grep -E "counting signal|counts" "$out/$e.learn.log" | sed "s|^learn: |$e: |"
  rm -rf "$out/$e"; mkdir -p "$out/$e"
  for c in "${clips[@]:1}"; do
    n=$(basename "$c" .mp4)
    ln -sf "$(realpath "$c")" "$out/$e/$n.mp4"
    ln -sf "$(realpath "samples/library/$n.truth.json")" "$out/$e/$n.truth.json"
  done
  java -jar target/repcam.jar eval "$out/$e" --exercise "$learned" --exercise-file "$out/$learned.yaml" 2>/dev/null \
    | grep -vE "^clip|precision" | sed "s|^|$e: |"
done
echo "--exercise any on every library sample:"
java -jar target/repcam.jar eval samples/library --exercise any 2>/dev/null
