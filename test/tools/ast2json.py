#!/usr/bin/env python3
"""Export CPython 3.11's own AST of a Python file as JSON, in frontend/ast.ts's shape.

Used to feed pyvm's compiler with CPython's tree (so the compiler can be tested before,
and independently of, pyvm's parser), and by the compiler tests' golden generator.

Shape: every node is {"_type": ClassName, field: value, ..., lineno, col_offset, ...};
optional fields that are absent are null; lists are arrays. Constant values (the `value`
of Constant and MatchSingleton) are encoded by constjson.py, so that a small TypeScript
loader (test/compiler/astjson.ts) can rebuild pyvm runtime values exactly.

Usage: ast2json.py FILE.py  (prints JSON on stdout; a SyntaxError exits 1 with its message)
"""
import ast
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from constjson import const  # noqa: E402


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            out[f] = const(v)
        else:
            out[f] = node(v)
    for a in n._attributes:
        out[a] = getattr(n, a, None)
    return out


def main():
    path = sys.argv[1]
    with open(path, "rb") as fh:
        src = fh.read()
    try:
        tree = ast.parse(src, path)
    except SyntaxError as e:
        print("SyntaxError: %s" % e.msg, file=sys.stderr)
        return 1
    json.dump(node(tree), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
