#!/usr/bin/env bash
# Sets up (tools/setup.sh) and runs every test: unit, integration (real models on real images) and end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
REPCAM_REBUILD=0 tools/setup.sh
mvn -B verify "$@"
