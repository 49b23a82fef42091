# SyntaxError messages and positions as CPython 3.11's parser and tokenizer give them (CPython's
# test_named_expressions, test_fstring, test_syntax): a character str.isprintable() refuses is
# "invalid non-printable character U+XXXX" (a no-break space, a zero-width space, an ASCII
# control character), `x := 0` as a statement and `f(x.a := 1)` are the generic error at ':=',
# an unparenthesized tuple before `for` in a list or set display asks for parentheses, and
# `(**x)` cannot use a double starred expression.
srcs = [
    '\x01', 'x = 1\x7f', 'a\u200b = 1', '\u200b', '€', 'x€', 'x = \u2028', '\U000e0001',
    'x\xa0y', '\x0c\x01', "'\xa0'", "f'''{\xa0}'''",
    "x := 0", "x.a := 0", "f(x) := 1", "x[0] := 1", "1 := 2", "x, y := 1", "(x, y) := 1", "(x) := 1",
    "a = x := 0", "print(x.a := 1)", "print(x := 1)", "if x.a := 1: pass",
    "x = (y.z := 1)", "[x.a := 1 for x in y]", "x + y := 1",
    "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]", "[i, j := 1 for i, j in x]",
    "[i := 0, j for i, j in x]", "[i, j for i, j in x]", "{i, j for i, j in x}", "[i, for i in x]",
    "{i, for i in x}", "[a, b, for x in y]", "[a, b for x in]", "[a, b async for x in y]",
    "[a, *b for x in y]", "{a: 1, b for x in y}", "(a, b for x in y)", "[a, b\n for x in y]",
    "(**x)", "**x", "x = **y", "print(**x)", "[**x]", "(a, **b)", "f'{**x}'", "f'{a, **x}'",
    "(**x for x in y)", "(** 1 + 2)",
]
for src in srcs:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
