"""Regenerate test/dis/golden/opcodes.json from CPython 3.11 (python3 test/dis/gen_golden.py).

The golden holds, for every opcode in opcode.opmap: number, HAVE_ARGUMENT, inline cache
entries, membership of the has* lists, and dis.stack_effect for a spread of opargs with
jump=None/True/False. test/dis/opcode.test.ts checks frontend/opcode.ts against it.
"""
import dis, json, opcode, os, sys

assert sys.version_info[:2] == (3, 11), sys.version
OPARGS = list(range(0, 40)) + [255, 256, 257, 258, 511, 512, 1000, 0x1234, 65535, 65536 + 3]
out = {"ops": [], "nb_ops": [list(x) for x in opcode._nb_ops], "cmp_op": list(opcode.cmp_op)}
for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    e = {"name": name, "num": num, "hasarg": num >= opcode.HAVE_ARGUMENT,
         "cache": opcode._inline_cache_entries[num],
         "sets": [s for s in ("hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
                              "hascompare", "hasfree") if num in getattr(opcode, s)],
         "effects": {}}
    for a in (OPARGS if e["hasarg"] else [None]):
        row = []
        for j in (None, True, False):
            try:
                row.append(dis.stack_effect(num, a, jump=j))
            except ValueError:
                row.append(None)
        e["effects"][str(a if a is not None else 0)] = row
    out["ops"].append(e)
path = os.path.join(os.path.dirname(__file__), "golden", "opcodes.json")
with open(path, "w") as f:
    json.dump(out, f, indent=0, sort_keys=True)
    f.write("\n")
print("wrote", path)
