# NameError messages for globals, builtins and locals.
try:
    undefined_thing
except NameError as e:
    print(e)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print(e, e.name if hasattr(e, 'name') else '')
print(len('ok'))
prnt('typo')
