# compile(..., 'single'): interactive code, whose expression statements hand their value to
# sys.displayhook (None prints nothing; the default writes the repr and sets builtins._); a
# program may replace the hook; the mode's one-statement rule.
import builtins
import sys

exec(compile('1 + 1', '<i>', 'single'))
exec(compile('None', '<i>', 'single'))
exec(compile("'text'", '<i>', 'single'))
print(builtins._)
exec(compile('for i in range(2): i * 10\n', '<i>', 'single'))
print(sys.displayhook is sys.__displayhook__, type(sys.displayhook).__name__)
seen = []
sys.displayhook = seen.append
exec(compile('[1, 2]', '<i>', 'single'))
exec(compile('x = 5', '<i>', 'single'))
sys.displayhook = sys.__displayhook__
print(seen)
try:
    compile('a = 1\nb = 2\n', '<i>', 'single')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
del sys.displayhook
try:
    exec(compile('3', '<i>', 'single'))
except RuntimeError as e:
    print('RuntimeError:', e)
sys.displayhook = sys.__displayhook__
sys.__displayhook__(42)
print(builtins._)
