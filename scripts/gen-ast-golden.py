#!/usr/bin/env python3
"""Regenerates the parser goldens from CPython 3.11 (the oracle):

  test/corpus/golden/NAME.ast      ast.dump(ast.parse(src))
  test/corpus/golden/NAME.pos.ast  ast.dump(ast.parse(src), include_attributes=True)
      for every test/corpus/NAME.py (src read as `pyvm ast` reads it: open(f).read());
  test/parser/errors/golden.json   for every test/parser/errors/NAME.py: the exception
      type, msg, lineno, offset, end_lineno, end_offset that compile() raises, whether
      ast.parse already raises it ("stage": "parse" or "compile"), and the exact text
      python3 prints on stderr when running the file (cwd = that folder).

Run: python3 scripts/gen-ast-golden.py
"""
import ast
import glob
import json
import os
import subprocess
import sys
import warnings

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
CORPUS = os.path.join(ROOT, 'test', 'corpus')
GOLDEN = os.path.join(CORPUS, 'golden')
ERRORS = os.path.join(ROOT, 'test', 'parser', 'errors')

assert sys.version_info[:2] == (3, 11), 'the goldens must come from CPython 3.11'
warnings.simplefilter('ignore')

os.makedirs(GOLDEN, exist_ok=True)
for old in glob.glob(os.path.join(GOLDEN, '*.ast')):
    os.remove(old)
n = 0
for path in sorted(glob.glob(os.path.join(CORPUS, '*.py'))):
    name = os.path.basename(path)[:-3]
    with open(path) as f:
        src = f.read()
    tree = ast.parse(src)
    with open(os.path.join(GOLDEN, name + '.ast'), 'w') as f:
        f.write(ast.dump(tree) + '\n')
    with open(os.path.join(GOLDEN, name + '.pos.ast'), 'w') as f:
        f.write(ast.dump(tree, include_attributes=True) + '\n')
    n += 1
print(f'{n} corpus goldens')

errors = {}
for path in sorted(glob.glob(os.path.join(ERRORS, '*.py'))):
    name = os.path.basename(path)
    with open(path) as f:
        src = f.read()
    try:
        ast.parse(src, name)
        stage = 'compile'
    except SyntaxError:
        stage = 'parse'
    try:
        compile(src, name, 'exec')
        raise SystemExit(f'{name}: expected a SyntaxError')
    except SyntaxError as e:
        r = subprocess.run([sys.executable, name], cwd=ERRORS, capture_output=True, text=True)
        errors[name[:-3]] = {
            'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'stage': stage,
            # python3 prints the script's absolute path; the tests parse with the bare name.
            'stderr': r.stderr.replace(os.path.abspath(ERRORS) + os.sep, ''),
        }
with open(os.path.join(ERRORS, 'golden.json'), 'w') as f:
    json.dump(errors, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write('\n')
print(f'{len(errors)} error goldens')
