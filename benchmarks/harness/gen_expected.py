# Regenerates benchmarks/expected/<name>.quick.txt: CPython 3.11's output of every
# benchmark at its quick size (from the program's '# bench: quick=N full=M' header).
# The tests check the programs against these files, and `pyvm bench` falls back on them
# to check pyvm's output when python3 is not installed.
#
# usage: python3 benchmarks/harness/gen_expected.py
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
OUT = os.path.join(BENCH, "expected")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected.py: run with CPython 3.11, the reference")
    os.makedirs(OUT, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(BENCH, "*.py"))):
        name = os.path.basename(path)[:-3]
        with open(path, encoding="utf-8") as f:
            m = re.search(r"^# bench: quick=(\d+) full=(\d+)\s*$", f.read(), re.M)
        if m is None:
            sys.exit(f"{path}: no '# bench:' header")
        out = subprocess.run([sys.executable, path, m.group(1)], capture_output=True, text=True, check=True).stdout
        with open(os.path.join(OUT, name + ".quick.txt"), "w", encoding="utf-8") as f:
            f.write(out)
        print(f"{name}: {len(out)} chars")


main()
