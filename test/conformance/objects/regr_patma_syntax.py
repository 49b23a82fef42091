# Pattern syntax checked as CPython's parser and compiler do (CPython's test_patma
# TestSyntaxErrors): mapping keys equal in Python are duplicates whatever their types (0, False,
# 0.0, 0j), the complex literal's real part must be real, and '**_' is no capture target.
srcs = [
    "case {**_}:",
    "case {**rest}:",
    "case {0: _, False: _}:",
    "case {0: _, 0.0: _}:",
    "case {0: _, 0j: _}:",
    "case {1: _, True: _}:",
    "case {1: _, 1.0: _, 2: _}:",
    "case {1.5: _, 1.5+0j: _}:",
    "case {-0.0: _, 0: _}:",
    "case {1+2j: _, 1+2j: _}:",
    "case {1+2j: _, 1-2j: _}:",
    "case {'a': _, b'a': _}:",
    "case {b'a': _, b'a': _}:",
    "case {None: _, None: _}:",
    "case {'a': _, 'a': _}:",
    "case {100000000000000000000: _, 1e20: _}:",
    "case {100000000000000000001: _, 1e20: _}:",
    "case 0j+0j:",
    "case -0j+0j:",
    "case {0j+0j: _}:",
    "case 1+0j:",
    "case -1-2j:",
    "case 1+2:",
]
for case in srcs:
    src = "match x:\n    " + case + "\n        pass\n"
    try:
        compile(src, '<pattern>', 'exec')
        print(case, 'compiled')
    except SyntaxError as e:
        print(case, 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
