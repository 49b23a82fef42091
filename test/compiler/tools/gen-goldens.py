#!/usr/bin/env python3
"""Regenerate the compiler's focused goldens from python3 (CPython 3.11).

For every test/compiler/cases/NAME.py writes test/compiler/goldens/NAME.json:
  {"ast": <CPython's AST, test/tools/ast2json.py's shape>,
   "code": <compile()'s code object tree, test/compiler/tools/code2json.py's shape>}
test/compiler/goldens/errors.json: for each snippet of errors.txt (separated by
lines '---'), CPython's AST and compile()'s SyntaxError (msg, lineno, offset, end_lineno,
end_offset); and
test/compiler/goldens/modes.json: compile() in 'eval'/'single'/'exec' mode (MODE_CASES).

Usage: python3 test/compiler/tools/gen-goldens.py
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "test", "tools"))
sys.path.insert(0, HERE)
import ast2json  # noqa: E402
import code2json  # noqa: E402

CASES = os.path.join(ROOT, "test", "compiler", "cases")
OUT = os.path.join(ROOT, "test", "compiler", "goldens")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(os.listdir(CASES)):
        path = os.path.join(CASES, name)
        if not name.endswith(".py"):
            continue
        rel = "test/compiler/cases/" + name
        src = open(path, "rb").read()
        tree = ast.parse(src, rel)
        co = compile(src, rel, "exec", dont_inherit=True)
        out = {"ast": ast2json.node(tree), "code": code2json.code(co)}
        with open(os.path.join(OUT, name[:-3] + ".json"), "w") as fh:
            json.dump(out, fh, sort_keys=True)
    errors = []
    text = open(os.path.join(CASES, "errors.txt")).read()
    for snippet in text.split("\n---\n"):
        snippet = snippet.strip("\n") + "\n"
        tree = ast.parse(snippet, "<err>")
        try:
            compile(snippet, "<err>", "exec", dont_inherit=True)
        except SyntaxError as e:
            errors.append({"source": snippet, "ast": ast2json.node(tree),
                           "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                           "end_lineno": e.end_lineno, "end_offset": e.end_offset})
        else:
            raise SystemExit("snippet compiles without error: %r" % snippet)
    with open(os.path.join(OUT, "errors.json"), "w") as fh:
        json.dump(errors, fh, sort_keys=True, indent=0)
    modes = []
    for mode, src in MODE_CASES:
        modes.append({"mode": mode, "source": src, "code": code2json.code(compile(src, "<string>", mode, dont_inherit=True))})
    with open(os.path.join(OUT, "modes.json"), "w") as fh:
        json.dump(modes, fh, sort_keys=True, indent=0)
    return 0


# compile(source, "<string>", mode) cases for compileSourceMode.
MODE_CASES = [
    ("eval", "1 + x * 2"),
    ("eval", "[a for a in b if a]"),
    ("eval", "f(*a, k=1)"),
    ("single", "x\n"),
    ("single", "x = 1\n"),
    ("single", "if x:\n    y\n"),
    ("single", "for i in range(3): i\n"),
    ("exec", "x = 1\nprint(x)\n"),
]


if __name__ == "__main__":
    sys.exit(main())
