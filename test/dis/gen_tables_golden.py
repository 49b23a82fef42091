"""Regenerate test/dis/golden/tables/ (python3 test/dis/gen_tables_golden.py).

For each source: <name>.marshal = marshal.dumps(compile(source)), and <name>.json = for
every code object (depth-first, consts order): co_lines(), co_positions() and
dis._parse_exception_table() (bytes). test/dis/tables.test.ts checks frontend/linetable.ts
and frontend/exceptiontable.ts against them, and that re-encoding gives the same bytes.
"""
import dis, json, marshal, os, sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden", "tables")
LIB = os.path.dirname(os.__file__)

SYNTHETIC = '''
def f(a):
    try:
        x = (a +
             1)
    except ValueError as e:
        raise
    finally:
        print("finally")
    try:
        pass
    except* TypeError:
        pass
    with open(a) as f1, open(a) as f2:
        pass
    %s = 1
    y = [i for i in range(10)]; z = {  "k": a,
        "j": a}


    return x ; pass
class K:
    def g(self): return [*(yield 1)]
async def h():
    async for i in h():
        await i
''' % ("v" * 200)

SOURCES = {"synthetic": SYNTHETIC}
for mod in ("textwrap", "contextlib", "tempfile"):
    with open(os.path.join(LIB, mod + ".py"), encoding="utf-8") as f:
        SOURCES[mod] = f.read()


def walk(co, out):
    out.append({
        "name": co.co_qualname,
        "lines": [list(x) for x in co.co_lines()],
        "positions": [list(p) for p in co.co_positions()],
        "exceptions": [[e.start, e.end, e.target, e.depth, e.lasti]
                       for e in dis._parse_exception_table(co)],
    })
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, out)


os.makedirs(OUT, exist_ok=True)
for name, src in SOURCES.items():
    code = compile(src, name + ".py", "exec")
    with open(os.path.join(OUT, name + ".marshal"), "wb") as f:
        f.write(marshal.dumps(code))
    out = []
    walk(code, out)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
print("wrote", OUT)
