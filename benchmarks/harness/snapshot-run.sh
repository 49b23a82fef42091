#!/usr/bin/env bash
# Runs `pyvm bench` and `pyvm report` for the committed report on a snapshot of HEAD built
# in a directory of its own, so that a long run is not disturbed by rebuilds of dist/ in
# the working tree (several people share it). The results and the report are written to
# this tree's reports/. Arguments go to `pyvm bench`, e.g.:
#
#     bash benchmarks/harness/snapshot-run.sh --quick --max-time 1 --min-samples 5
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
snap=${PYVM_SNAPSHOT_DIR:-/tmp/pyvm-bench-snapshot-$$}
rm -rf "$snap"
mkdir -p "$snap"
git -C "$root" archive HEAD | tar -x -C "$snap"
ln -s "$root/node_modules" "$snap/node_modules"
# Type errors elsewhere do not stop the JavaScript from being written.
(cd "$snap" && npx tsc -p tsconfig.json >/dev/null) || echo "snapshot-run: tsc reported type errors (JavaScript emitted anyway)" >&2
export PYVM_GIT_COMMIT
PYVM_GIT_COMMIT=$(git -C "$root" rev-parse --short=12 HEAD)
node "$snap/bin/pyvm" bench "$@" --out "$root/reports/results.json"
node "$snap/bin/pyvm" report --in "$root/reports/results.json" --out "$root/reports"
rm -rf "$snap"
