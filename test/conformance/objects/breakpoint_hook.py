# breakpoint() calls sys.breakpointhook; the default hook (sys.__breakpointhook__) follows
# $PYTHONBREAKPOINT ("0" does nothing, "module.attr" or a builtin's name is imported and
# called, an unimportable one is a RuntimeWarning and None).
import os, sys, warnings
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__, breakpoint.__module__)
def hook(*a, **k):
    print('hook', a, k)
    return 'r'
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(breakpoint('via', 'env', sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'print'
print(breakpoint('bare name'))
for bad in ['no_such_module_xyz.f', 'os.no_such_attr', '.leading', 'no_such_builtin']:
    os.environ['PYTHONBREAKPOINT'] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(repr(breakpoint()), [(x.category.__name__, str(x.message)) for x in w])
os.environ['PYTHONBREAKPOINT'] = 'os.path.basename'
try:
    breakpoint()
except TypeError as e:
    print('TypeError', e)
del os.environ['PYTHONBREAKPOINT']
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print('TypeError', e)
