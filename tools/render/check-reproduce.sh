#!/usr/bin/env bash
# Re-derives a committed sample's truth from its parameters and compares it with the committed truth file.
#   tools/render/check-reproduce.sh samples/NAME       (exit 0 when identical)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=$1
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
/usr/bin/python3 "$here/truth.py" "$sample.params.json" "$tmp"
if diff <(python3 -m json.tool --sort-keys "$sample.truth.json") <(python3 -m json.tool --sort-keys "$tmp"); then
  echo "$sample: truth reproduced from its parameters"
else
  echo "$sample: truth differs from what its parameters give" >&2
  exit 1
fi
