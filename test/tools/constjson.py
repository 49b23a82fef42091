"""Python constants as JSON, the encoding shared by ast2json.py and code2json.py.

The TypeScript loaders (test/compiler/astjson.ts, test/compiler/codejson.ts) rebuild
pyvm runtime values from it exactly:
  None -> {"$": "none"}, Ellipsis -> {"$": "ellipsis"}, True/False -> true/false,
  int -> number when |v| < 2**53 else {"$": "int", "v": "decimal digits"},
  float -> {"$": "float", "v": repr(v)}, complex -> {"$": "complex", "re": repr, "im": repr},
  str -> string, bytes -> {"$": "bytes", "v": [byte, ...]},
  tuple -> {"$": "tuple", "v": [...]},
  frozenset -> {"$": "frozenset", "v": [...]} (items sorted by their JSON text, so the
  output does not depend on the set's hash order).
A code object (only in co_consts) is handed to `code`, the caller's encoder.
"""
import json


def const(v, code=None):
    if v is None:
        return {"$": "none"}
    if v is Ellipsis:
        return {"$": "ellipsis"}
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        if -(2 ** 53) < v < 2 ** 53:
            return v
        return {"$": "int", "v": str(v)}
    if isinstance(v, float):
        return {"$": "float", "v": repr(v)}
    if isinstance(v, complex):
        return {"$": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {"$": "bytes", "v": list(v)}
    if isinstance(v, tuple):
        return {"$": "tuple", "v": [const(x, code) for x in v]}
    if isinstance(v, frozenset):
        items = (const(x, code) for x in v)
        return {"$": "frozenset", "v": sorted(items, key=lambda x: json.dumps(x, sort_keys=True))}
    if code is not None and hasattr(v, "co_code"):
        return code(v)
    raise TypeError("unexpected constant %r" % (v,))
