# raise SystemExit directly, with None, int and str.
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e.code))
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, e.args)
raise SystemExit(2)
