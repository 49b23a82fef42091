#!/usr/bin/env python3
"""Regenerates test/runtime/lib_programs/*.out: CPython 3.11's stdout for each program of
L's library program tests (test/runtime/lib_programs.test.ts)."""
import glob, os, subprocess
here = os.path.dirname(os.path.abspath(__file__))
for py in sorted(glob.glob(os.path.join(here, 'lib_programs', '*.py'))):
    r = subprocess.run(['python3', py], capture_output=True, text=True, cwd=os.path.dirname(py))
    with open(py[:-3] + '.out', 'w') as f:
        f.write(r.stdout)
    print(os.path.basename(py), 'exit', r.returncode)
