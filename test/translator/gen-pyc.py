"""Regenerates test/translator/pyc/*.pyc (CPython 3.11 code objects the translator tests read)
from test/translator/src/*.py, expected.json (per code object: stack instruction count,
from python3's dis, so the tests check the decoder against CPython) and expected-stdout.json
(each program's stdout and exit status under python3, for test/regvm)."""
import dis, glob, json, os, py_compile, marshal

here = os.path.dirname(os.path.abspath(__file__))
out = {}
stdout_goldens = {}
for src in sorted(glob.glob(os.path.join(here, 'src', '*.py'))):
    name = os.path.splitext(os.path.basename(src))[0]
    pyc = os.path.join(here, 'pyc', name + '.pyc')
    py_compile.compile(src, cfile=pyc, dfile=name + '.py', doraise=True)
    with open(pyc, 'rb') as f:
        code = marshal.loads(f.read()[16:])
    counts = {}
    def walk(c):
        # dis hides CACHE entries: this is the number of instructions the eval loop dispatches
        # (EXTENDED_ARG included).
        counts[c.co_qualname] = sum(1 for i in dis.get_instructions(c))
        for k in c.co_consts:
            if hasattr(k, 'co_code'):
                walk(k)
    walk(code)
    out[name] = counts
    import subprocess
    r = subprocess.run(['python3', src], capture_output=True, text=True, cwd=here)
    stdout_goldens[name] = {'stdout': r.stdout, 'status': r.returncode}
with open(os.path.join(here, 'expected.json'), 'w') as f:
    json.dump(out, f, indent=1, sort_keys=True)
with open(os.path.join(here, 'expected-stdout.json'), 'w') as f:
    json.dump(stdout_goldens, f, indent=1, sort_keys=True)
