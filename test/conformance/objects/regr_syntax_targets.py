# SyntaxErrors as CPython 3.11 gives them (CPython's test_syntax): a starred del target is
# 'cannot delete starred' (invalid_del_stmt; pyvm said 'invalid syntax'), 'except' then 'except*'
# is reported over 'except' and its '*', and 'break'/'continue' outside a loop inside a with
# block are reported at the statement (pyvm mixed in the with statement's position).
srcs = ["del (,)", "del 1", "del (1, 2)", "del None", "del *x", "del (*x)", "del (*x,)", "del [*x,]",
        "del f()", "del x, f()", "del f(), x", "del [a, b, ((c), (d,), e.f())]", "del (a if True else b)",
        "del +a", "del a, +b", "del a + b", "del (a + b, c)", "del (c[0], a + b)", "del a.b.c + 2",
        "del (a := 5)", "del", "del *x, y", "del x, *y, z", "del *", "del x,", "del *x = 1",
        "try: pass\nexcept ValueError: pass\nexcept* TypeError: pass",
        "try: pass\nexcept* ValueError: pass\nexcept TypeError: pass",
        "with object() as obj:\n break", "class C:\n  if 0: break", "class C:\n  if 1: pass\n  else: break",
        "if 0: break\nelse:  x=1", "with a:\n with b:\n  continue", "try:\n pass\nfinally:\n break",
        "with a:\n x = 1; continue", "async def f():\n async with a:\n  break"]
for src in srcs:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
