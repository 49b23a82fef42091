#!/usr/bin/env python3
"""Regenerates the conformance suite's goldens from CPython 3.11 (the oracle).

For every program under test/conformance/{core,objects}/ this script:
  * runs `python3 -B PROGRAM [ARGS...]` (stdin from PROGRAM-stem.stdin when that file exists,
    ARGS from a `# argv: [...]` JSON comment in the program's first five lines) twice, with
    two different PYTHONHASHSEED values, and refuses a program whose output differs
    between the runs (that would be a test of hash randomisation, not of pyvm);
  * writes NAME.expected.json beside it: stdout, exit status, the last non-empty stderr
    line (the traceback's exception line, or sys.exit's message), argv and stdin, and for
    a program that exits with a non-zero status all of stderr, with the program's
    directory removed from file names (CPython prints absolute paths);
  * compiles it (and every helper module: mod_*.py and packages) to a CPython 3.11 .pyc
    under test/conformance/pyc/<same relative path>.pyc, with the unchecked-hash header
    so the bytes do not depend on file times, and checks that `python3 FILE.pyc` prints
    the same as the source did. A program that is a SyntaxError on purpose has no .pyc.

What is a program: a .py file under core/ or objects/ whose name does not start with
`mod_` or `_` and which is not inside a package (a directory holding __init__.py).
Those others are helper modules imported by programs.

Usage: python3 scripts/gen-conformance-golden.py [--check] [SUBSTRING...]
  --check      compare with the committed goldens instead of writing; exit 1 on a difference
  SUBSTRING    only programs whose relative path contains one of these
"""
import json
import os
import py_compile
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'conformance')
ROOT = os.path.normpath(ROOT)
SUITES = ('core', 'objects')
PYC_DIR = os.path.join(ROOT, 'pyc')
TIMEOUT_S = 20
SLOW_S = 0.5


def in_package(path):
    d = os.path.dirname(path)
    while d.startswith(ROOT) and d != ROOT:
        if os.path.exists(os.path.join(d, '__init__.py')):
            return True
        d = os.path.dirname(d)
    return False


def all_py_files():
    out = []
    for suite in SUITES:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, suite)):
            dirnames[:] = sorted(d for d in dirnames if d != '__pycache__')
            for f in sorted(filenames):
                if f.endswith('.py'):
                    out.append(os.path.join(dirpath, f))
    return out


def is_program(path):
    base = os.path.basename(path)
    return not (base.startswith('mod_') or base.startswith('_') or in_package(path))


def program_inputs(path):
    argv = []
    with open(path, encoding='utf-8') as fh:
        for _, line in zip(range(5), fh):
            if line.startswith('# argv:'):
                argv = json.loads(line[len('# argv:'):])
    stdin_path = path[:-3] + '.stdin'
    stdin = None
    if os.path.exists(stdin_path):
        with open(stdin_path, encoding='utf-8') as fh:
            stdin = fh.read()
    return argv, stdin


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip() != '']
    return lines[-1] if lines else ''


def run(file, argv, stdin, seed):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = str(seed)
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['PYTHONIOENCODING'] = 'utf-8'
    env.pop('PYTHONSTARTUP', None)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, '-B', file] + argv, input=stdin if stdin is not None else '',
                       capture_output=True, text=True, encoding='utf-8', env=env,
                       cwd=os.path.dirname(file), timeout=TIMEOUT_S)
    return r, time.perf_counter() - t0


def golden_for(path):
    argv, stdin = program_inputs(path)
    r1, t1 = run(path, argv, stdin, 0)
    r2, _ = run(path, argv, stdin, 12345)
    problems = []
    if (r1.stdout, r1.returncode, last_line(r1.stderr)) != (r2.stdout, r2.returncode, last_line(r2.stderr)):
        problems.append('output depends on PYTHONHASHSEED')
    if t1 > SLOW_S:
        problems.append('slow on CPython: %.2fs' % t1)
    golden = {
        'stdout': r1.stdout,
        'exit_status': r1.returncode,
        'stderr_last_line': last_line(r1.stderr),
        'argv': argv,
        'stdin': stdin,
    }
    if r1.returncode != 0:
        # The whole of stderr (the traceback, with CPython 3.11's caret lines), for the
        # stricter traceback test, with the program's directory taken out of file names
        # ("/…/core/x.py" -> "x.py"); the test does the same to pyvm's stderr.
        golden['stderr'] = r1.stderr.replace(os.path.dirname(os.path.abspath(path)) + os.sep, '')
    return golden, problems, r1.stderr


def pyc_path_for(path):
    rel = os.path.relpath(path, ROOT)
    return os.path.join(PYC_DIR, rel[:-3] + '.pyc')


def compile_pyc(path):
    target = pyc_path_for(path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    try:
        py_compile.compile(path, cfile=target, dfile=path, doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    except py_compile.PyCompileError:
        if os.path.exists(target):
            os.remove(target)
        return None
    return target


def main():
    args = sys.argv[1:]
    check = '--check' in args
    filters = [a for a in args if not a.startswith('--')]
    files = all_py_files()
    programs = [f for f in files if is_program(f)]
    if filters:
        programs = [p for p in programs if any(s in os.path.relpath(p, ROOT) for s in filters)]
    failures = 0
    counts = {}
    if not check:
        # Helper modules first: the .pyc programs import them (sourceless, as CPython can).
        for f in files:
            if not is_program(f):
                compile_pyc(f)
    for path in programs:
        rel = os.path.relpath(path, ROOT)
        golden, problems, full_stderr = golden_for(path)
        exp_path = path[:-3] + '.expected.json'
        text = json.dumps(golden, indent=1, sort_keys=True, ensure_ascii=False) + '\n'
        if check:
            old = open(exp_path, encoding='utf-8').read() if os.path.exists(exp_path) else None
            if old != text:
                problems.append('golden out of date')
        else:
            with open(exp_path, 'w', encoding='utf-8') as fh:
                fh.write(text)
        if golden['exit_status'] < 0 or golden['exit_status'] > 100:
            problems.append('exit status %d (a signal or a crash?)' % golden['exit_status'])
        if golden['exit_status'] == 0 and 'Warning' in full_stderr:
            problems.append('CPython printed a warning: ' + golden['stderr_last_line'])
        for leak in ('object at 0x', ROOT, os.path.dirname(ROOT)):
            if leak in golden['stdout'] or leak in golden['stderr_last_line'] or leak in golden.get('stderr', ''):
                problems.append('output depends on the machine (%r)' % leak)
        if 'internal error' in full_stderr:
            problems.append('CPython crashed?')
        if not check:
            pyc = compile_pyc(path)
            if pyc is not None:
                r, _ = run(pyc, golden['argv'], golden['stdin'], 0)
                if (r.stdout, r.returncode, last_line(r.stderr)) != (
                        golden['stdout'], golden['exit_status'], golden['stderr_last_line']):
                    problems.append('.pyc run differs from the source run')
        suite = rel.split(os.sep)[0]
        counts[suite] = counts.get(suite, 0) + 1
        if problems:
            failures += 1
            print('%s: %s' % (rel, '; '.join(problems)))
    print('programs: %s; problems in %d' % (', '.join('%s %d' % kv for kv in sorted(counts.items())), failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
