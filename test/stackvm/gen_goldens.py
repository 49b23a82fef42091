#!/usr/bin/env python3
"""Regenerates the stack VM's goldens from CPython 3.11 (the oracle).

For each test/stackvm/programs/NAME.py:
  NAME.expected.json  stdout, exit status, full stderr, its last line, and the number of
                      instructions CPython executes as sys.settrace(f_trace_opcodes) sees them
  NAME.pyc            CPython's own bytecode for it (py_compile), so the VM is tested on
                      code nobody here compiled.
Usage: python3 test/stackvm/gen_goldens.py
"""
import json, os, subprocess, sys, py_compile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGS = os.path.join(HERE, 'programs')

COUNTER = r'''
import sys
src = open(sys.argv[1]).read()
code = compile(src, sys.argv[1], 'exec')
n = 0
def tracer(frame, event, arg):
    global n
    frame.f_trace_opcodes = True
    if event == 'opcode':
        n += 1
    return tracer
g = {'__name__': '__main__', '__file__': sys.argv[1], '__builtins__': __builtins__}
sys.argv = sys.argv[1:]
sys.settrace(tracer)
try:
    exec(code, g)
except BaseException:
    pass
sys.settrace(None)
sys.stdout.flush()
sys.stderr.write('\nINSTRUCTIONS %d\n' % n)
'''

def main():
    for name in sorted(os.listdir(PROGS)):
        if not name.endswith('.py') or name.startswith('mod_'):
            continue
        path = os.path.join(PROGS, name)
        env = dict(os.environ, PYTHONHASHSEED='0')
        r = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=PROGS, env=env)
        lines = [l for l in r.stderr.split('\n') if l.strip()]
        count = None
        if not name.startswith('nocount_'):
            # (nocount_*: deep recursion, whose limit the tracer's own frames change)
            c = subprocess.run([sys.executable, '-c', COUNTER, path], capture_output=True, text=True, cwd=PROGS, env=env)
            count = int(c.stderr.strip().split('\n')[-1].split()[1])
        exp = {'stdout': r.stdout, 'exit_status': r.returncode, 'stderr': r.stderr,
               'stderr_last_line': lines[-1] if lines else '', 'instructions': count}
        with open(path[:-3] + '.expected.json', 'w') as f:
            json.dump(exp, f, indent=1)
            f.write('\n')
        py_compile.compile(path, cfile=path + 'c', doraise=False)
        print(name, r.returncode, count)

main()
