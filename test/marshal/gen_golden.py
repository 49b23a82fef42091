"""Regenerate test/marshal/golden/ from CPython 3.11 (python3 test/marshal/gen_golden.py).

values.json: marshal.dumps(v) (hex) and a typed description of v, for a spread of values.
<name>.pyc + <name>.json: py_compile output of each program below (timestamp-based .pyc)
and a field-by-field description of its code objects, recursively.
test/marshal/marshal.test.ts loads them with frontend/marshal.ts and compares.
"""
import json, marshal, os, struct, sys, importlib.util

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden")


def bits(x):
    return struct.pack("<d", x).hex()


def desc(v):
    if v is None: return {"t": "None"}
    if v is Ellipsis: return {"t": "Ellipsis"}
    if isinstance(v, bool): return {"t": "bool", "v": v}
    if isinstance(v, int): return {"t": "int", "v": str(v)}
    if isinstance(v, float): return {"t": "float", "v": bits(v)}
    if isinstance(v, complex): return {"t": "complex", "re": bits(v.real), "im": bits(v.imag)}
    if isinstance(v, str): return {"t": "str", "v": v}
    if isinstance(v, bytes): return {"t": "bytes", "v": v.hex()}
    if isinstance(v, tuple): return {"t": "tuple", "v": [desc(x) for x in v]}
    if isinstance(v, frozenset): return {"t": "frozenset", "v": [desc(x) for x in v]}
    if hasattr(v, "co_code"):
        return {"t": "code",
                "co_argcount": v.co_argcount, "co_posonlyargcount": v.co_posonlyargcount,
                "co_kwonlyargcount": v.co_kwonlyargcount, "co_stacksize": v.co_stacksize,
                "co_flags": v.co_flags, "co_code": v.co_code.hex(),
                "co_consts": [desc(x) for x in v.co_consts], "co_names": list(v.co_names),
                "co_varnames": list(v.co_varnames), "co_cellvars": list(v.co_cellvars),
                "co_freevars": list(v.co_freevars), "co_nlocals": v.co_nlocals,
                "co_filename": v.co_filename, "co_name": v.co_name, "co_qualname": v.co_qualname,
                "co_firstlineno": v.co_firstlineno, "co_linetable": v.co_linetable.hex(),
                "co_exceptiontable": v.co_exceptiontable.hex()}
    raise TypeError(type(v))


s1 = "shared-string"
VALUES = [
    ("none", None), ("true", True), ("false", False), ("ellipsis", ...),
    ("int0", 0), ("int_neg", -5), ("int32max", 2**31 - 1), ("int32min", -2**31),
    ("int2_31", 2**31), ("int_neg_big", -2**40 - 7), ("safe_max", 2**53 - 1), ("safe_max1", 2**53),
    ("huge", 3**200), ("huge_neg", -(7**99)), ("digits15", 2**15), ("digits30", 2**30 - 1),
    ("float", 0.1), ("float_negzero", -0.0), ("float_inf", float("inf")), ("float_nan", float("nan")),
    ("float_big", 1e300), ("complex", 1.5 - 2j), ("complex_imag", 3j),
    ("str_empty", ""), ("str_ascii", "hello"), ("str_long_ascii", "x" * 300),
    ("str_unicode", "héllo wörld ☃"), ("str_astral", "a\U0001F600b"), ("str_surrogate", "x\udcff\ud800y"),
    ("bytes", b"\x00\x01abc\xff"), ("bytes_empty", b""),
    ("tuple_empty", ()), ("tuple_nested", (1, (2, 3.0, ("a", b"b")), None)),
    ("tuple_big", tuple(range(300))), ("frozenset", frozenset({1, 2, 3})), ("frozenset_empty", frozenset()),
    ("refs", (s1, s1, (s1,), 2**100, 2**100)),
]

PROGRAMS = {
    "simple": "x = 1\nprint(x + 2)\n",
    "functions": '''
import sys
from os import path as p, sep
def f(a, b=2, *args, c, d=4, **kw):
    """doc"""
    total = a + b
    for x in args:
        total += x
    return total, c, d, kw

def outer(n):
    k = n * 2
    def inner(m, /, q=None):
        nonlocal k
        k += m
        return k
    return inner

class C(object):
    attr: int = 3
    def method(self):
        return [i * i for i in range(10) if i % 2]
    @property
    def p(self): return {k: v for k, v in {'a': 1}.items()}

async def co(x):
    async with x as y:
        await y
    return [z async for z in x]

def gen():
    yield 1
    yield from range(3)

try:
    print(f(1, c=3))
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from e
finally:
    print("done")
with open(__file__) as fh:
    data = fh.read()
print(1.5, 2j, -3, 10**30, b"bytes", "str\\u00e9", ..., None, True, (1, 2), frozenset(), {1, 2})
if x := 5:
    assert x, f"{x!r:>10}"
match data:
    case [1, 2, *rest]: pass
    case {"k": v}: pass
    case C(attr=3): pass
    case _: pass
lambda: 0
del sys
global_var = [*range(3), *[4]]
''',
    "many_consts": "t = (" + ", ".join(repr(i * 1.5) for i in range(300)) + ")\nx = [" + ", ".join(str(i) for i in range(70000, 70400)) + "]\n" + "".join(f"v{i} = {i}.25\n" for i in range(300)),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    vals = []
    for name, v in VALUES:
        vals.append({"name": name, "hex": marshal.dumps(v).hex(), "desc": desc(v)})
    with open(os.path.join(OUT, "values.json"), "w") as f:
        json.dump(vals, f, indent=0)
        f.write("\n")
    for name, src in PROGRAMS.items():
        filename = name + ".py"
        code = compile(src, filename, "exec")
        # A timestamp-based .pyc, as py_compile writes it (fixed mtime: reproducible).
        data = bytearray(importlib.util.MAGIC_NUMBER)
        data += struct.pack("<III", 0, 1700000000, len(src.encode()))
        data += marshal.dumps(code)
        with open(os.path.join(OUT, name + ".pyc"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(desc(code), f, indent=0)
            f.write("\n")
    print("wrote", OUT)


main()
