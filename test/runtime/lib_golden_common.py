"""Shared helpers for L's golden generators (test/runtime/lib_*_gen.py): the value encoding
understood by test/runtime/lib/golden_codec.ts, and exception capture."""
import json, os, sys

def enc(v):
    if isinstance(v, bool): return {"b": v}
    if isinstance(v, int): return {"i": hex(v)}
    if isinstance(v, float): return {"f": repr(v)}
    if isinstance(v, complex): return {"c": [repr(v.real), repr(v.imag)]}
    if isinstance(v, str): return {"s": v}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if isinstance(v, list): return {"l": [enc(x) for x in v]}
    if v is None: return {"none": True}
    if isinstance(v, dict): return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))

def outcome(f, *args):
    try:
        return enc(f(*args))
    except Exception as e:
        return {"err": f"{type(e).__name__}: {e}"}

def write_golden(name, cases):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'goldens', name)
    with open(out, 'w') as fh:
        json.dump({"python": sys.version.split()[0], "cases": cases}, fh, separators=(',', ':'), ensure_ascii=False)
    print(f"{len(cases)} cases -> {out}")
