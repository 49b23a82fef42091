#!/usr/bin/env python3
"""Dump the code objects CPython 3.11's compile() makes for a file, as JSON.

The shape is the one test/compiler/codejson.ts produces from a pyvm CodeObject, so the
two can be compared field by field (recursively through co_consts).

Usage: code2json.py FILE.py [FILE.py ...]  -> one JSON object per line {"file", "code"|"error"}
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from constjson import const  # noqa: E402


def code(co):
    return {
        "$": "code",
        "name": co.co_name,
        "qualname": co.co_qualname,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "firstlineno": co.co_firstlineno,
        "code": co.co_code.hex(),
        "consts": [const(c, code) for c in co.co_consts],
        "names": list(co.co_names),
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
    }


def main():
    for path in sys.argv[1:]:
        with open(path, "rb") as fh:
            src = fh.read()
        try:
            co = compile(src, path, "exec", dont_inherit=True)
            out = {"file": path, "code": code(co)}
        except SyntaxError as e:
            out = {"file": path, "error": "%s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno)}
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
