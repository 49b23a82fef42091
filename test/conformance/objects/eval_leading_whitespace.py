# eval() of text skips leading spaces and tabs (CPython's builtin_eval_impl); exec() and
# compile() do not (found running CPython's test_string_literals on pyvm).
print(eval(' 1 + 1'), eval('\t2'), eval(b'  3'), eval(" 'x' "), eval(' \t b"y"'))
for src in (' \n 3', ' x = 1'):
    try:
        eval(src) if src.strip()[0].isdigit() else exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e)
try:
    compile(' 1', 's', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e)
