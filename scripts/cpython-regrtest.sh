#!/usr/bin/env bash
# Runs modules of CPython's own regression test suite (Lib/test, unittest-based) on pyvm and
# prints one line per module: tests run, failures, errors, skipped -- or the last line of the
# output when the module did not get as far as a unittest result (an import error, a crash).
# CPython's Lib must be on this machine (pyvm has no standard library of CPython's on disk).
#
# Usage: scripts/cpython-regrtest.sh [--vm stack|reg] [--detail] test_bool test_list ...
#   --detail   also list each failing and erroring test with its last traceback line
# Env: CPYTHON_LIB (default: python3's own Lib directory).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
vm=stack
detail=0
while [ $# -gt 0 ]; do
  case $1 in
    --vm) vm=$2; shift 2 ;;
    --detail) detail=1; shift ;;
    *) break ;;
  esac
done
lib=${CPYTHON_LIB:-$(python3 -c 'import os, sysconfig; print(sysconfig.get_paths()["stdlib"])')}
export PYTHONPATH=$lib
work=$(mktemp -d)
for t in "$@"; do
  out=$(cd "$work" && timeout 600 "$root/bin/pyvm" run --vm "$vm" -c "
import unittest
from test import $t as m
r = unittest.main(module=m, exit=False, verbosity=0, argv=['regrtest']).result
if $detail:
    for kind, lst in (('FAIL', r.failures), ('ERROR', r.errors)):
        for case, tb in lst:
            last = [l for l in tb.strip().splitlines() if l.strip()][-1]
            print('  >>', kind, case.id().split('.', 2)[-1], '|', last[:160])
print('RESULT', r.testsRun, len(r.failures), len(r.errors), len(r.skipped))
" 2>&1)
  res=$(printf '%s\n' "$out" | grep '^RESULT' | tail -1)
  if [ -z "$res" ]; then
    echo "$t ($vm): did not run: $(printf '%s\n' "$out" | tail -1 | cut -c1-160)"
  else
    set -- $res
    echo "$t ($vm): $2 run, $3 failures, $4 errors, $5 skipped"
    [ $detail = 1 ] && printf '%s\n' "$out" | grep '^  >> '
  fi
done
rm -rf "$work"
