#!/usr/bin/env python3
"""Mutation fuzzing of pyvm against CPython 3.11, for bad and odd input.

The differential fuzzer (test/fuzz) generates valid programs; this one breaks valid ones.
It takes the conformance programs (test/conformance/core and objects), changes one to three
things in each (deletes, duplicates or swaps lines; replaces numbers with other values and
names with other names from the program; inserts keywords, operators or brackets; deletes a
character) and runs the result on CPython and on both VMs. A finding is:

  - a crash of pyvm itself: "pyvm: internal error" or a JavaScript stack trace;
  - a different stdout, exit status or last stderr line than CPython's (the exception line,
    or the SyntaxError message);
  - a timeout of a VM on a program CPython finishes within a second.

Programs whose CPython output changes between two runs with different hash seeds (unseeded
random numbers, ids, set order) are skipped. Each finding is kept as a file in the output
directory with the program it came from; the summary is printed at the end.

Usage: python3 scripts/mutation-fuzz.py [--seed N] [--count N] [--out DIR] [--pyvm MAIN.js]
"""

import argparse
import glob
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VALUES = ['0', '-1', '10**20', '1.5', "'s'", 'None', '[]', '()', '{}', 'b"x"', '2**64', '-0.0',
          'float("nan")', '1j', 'True']
PREFIXES = ['await ', 'yield ', 'async ', 'not ', 'lambda: ', '*', '**', 'del ', 'global x; ',
            'nonlocal x; ', 'return ', 'raise ', 'from ', 'pass; ', 'break; ', 'continue; ']
PUNCTUATION = ['(', ')', ':', ',', '[', ']', '.', '=', '+', '"', "'", '\\', '{', '}', '@', ' if ',
               ' for ', ' in ', ' lambda ', '\t', ';']


def mutate(rnd, src):
    """One to three random edits of the program's lines."""
    lines = src.split('\n')
    names = re.findall(r'\b[A-Za-z_]\w*\b', src)
    for _ in range(rnd.randint(1, 3)):
        k = rnd.randrange(len(lines))
        kind = rnd.randrange(8)
        line = lines[k]
        if kind == 0 and len(lines) > 2:
            del lines[k]
        elif kind == 1:
            lines.insert(k, lines[rnd.randrange(len(lines))])
        elif kind == 2 and k + 1 < len(lines):
            lines[k], lines[k + 1] = lines[k + 1], lines[k]
        elif kind == 3:
            lines[k] = re.sub(r'\b\d+(\.\d+)?\b',
                              lambda m: rnd.choice(VALUES) if rnd.random() < 0.5 else m.group(0), line)
        elif kind == 4 and names:
            old, new = rnd.choice(names), rnd.choice(names)
            lines[k] = re.sub(r'\b%s\b' % re.escape(old), new, line)
        elif kind == 5:
            indent = len(line) - len(line.lstrip())
            lines[k] = line[:indent] + rnd.choice(PREFIXES) + line[indent:]
        elif kind == 6 and line:
            p = rnd.randrange(len(line))
            lines[k] = line[:p] + line[p + 1:]
        else:
            p = rnd.randrange(len(line) + 1)
            lines[k] = line[:p] + rnd.choice(PUNCTUATION) + line[p:]
    return '\n'.join(lines)


def run(cmd, cwd, timeout, env=None):
    """(exit status or None on timeout, stdout, stderr, seconds)"""
    t = time.time()
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=cwd, stdin=subprocess.DEVNULL, env=env)
        return r.returncode, r.stdout.decode('utf8', 'replace'), r.stderr.decode('utf8', 'replace'), time.time() - t
    except subprocess.TimeoutExpired:
        return None, '', '', time.time() - t


def last_line(text):
    lines = [l for l in text.split('\n') if l.strip()]
    return lines[-1] if lines else ''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=200)
    ap.add_argument('--out', default='/tmp/pyvm-mutation-fuzz')
    ap.add_argument('--pyvm', default=os.path.join(ROOT, 'dist', 'cli', 'main.js'))
    ap.add_argument('--timeout', type=float, default=20.0, help='seconds a VM may take (CPython: 1)')
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    programs = sorted(glob.glob(os.path.join(ROOT, 'test/conformance/core/*.py')) +
                      glob.glob(os.path.join(ROOT, 'test/conformance/objects/*.py')))
    programs = [p for p in programs if not os.path.basename(p).startswith(('mod_', '_'))]
    findings = 0
    skipped = 0
    for i in range(args.count):
        origin = rnd.choice(programs)
        src = mutate(rnd, open(origin, encoding='utf8').read())
        path = os.path.join(args.out, 'm%d_%d.py' % (args.seed, i))
        with open(path, 'w', encoding='utf8') as f:
            f.write(src)
        env1 = dict(os.environ, PYTHONHASHSEED='1')
        env2 = dict(os.environ, PYTHONHASHSEED='2')
        c = run([sys.executable, path], args.out, 1.0, env1)
        c2 = run([sys.executable, path], args.out, 1.0, env2)
        if c[0] is None or c[:3] != c2[:3]:
            skipped += 1
            os.remove(path)
            continue
        expected = (c[0], c[1], last_line(c[2]))
        problems = []
        for vm in ('stack', 'reg'):
            r = run(['node', args.pyvm, 'run', '--vm', vm, path], args.out, args.timeout)
            if r[0] is None:
                problems.append('%s: timeout' % vm)
            elif 'internal error' in r[2] or re.search(r'\n\s+at .*\.js:\d+', r[2]):
                problems.append('%s: CRASH %s' % (vm, last_line(r[2])[:200]))
            elif (r[0], r[1], last_line(r[2])) != expected:
                problems.append('%s: exit %s, last line %r; CPython: exit %s, last line %r%s' % (
                    vm, r[0], last_line(r[2])[:160], c[0], expected[2][:160],
                    '' if r[1] == c[1] else ' (stdout differs)'))
        if problems:
            findings += 1
            print('%s (from %s): %s' % (path, os.path.relpath(origin, ROOT), '; '.join(problems)), flush=True)
        else:
            os.remove(path)
    print('%d mutants, %d skipped (nondeterministic on CPython or over 1 s), %d findings' % (args.count, skipped, findings))


if __name__ == '__main__':
    main()
