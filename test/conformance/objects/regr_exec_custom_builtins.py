# exec/eval look names up in the builtins their globals name (`__builtins__`: a dict or a
# module), as CPython's frames: with {'__builtins__': {}} print is a NameError and a class
# statement '__build_class__ not found'. The stack VM used the interpreter's builtins (the
# register VM already did this; CPython's test_builtin test_exec_globals*).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
code = compile("print('Hello')", "<test>", "exec")
t(lambda: exec(code, {'__builtins__': {}}))
t(lambda: exec("len", {'__builtins__': {'len': 5}}))
t(lambda: eval("len", {'__builtins__': {'len': 5}}))
t(lambda: eval("len", {'__builtins__': {}}))
t(lambda: exec("class A: pass", {'__builtins__': {}}))
class frozendict_error(Exception): pass
class frozendict(dict):
    def __setitem__(self, key, value):
        raise frozendict_error("frozendict is readonly")
import builtins
fb = frozendict(builtins.__dict__)
t(lambda: exec("__builtins__['superglobal']=2; print(superglobal)", {'__builtins__': fb}))
ns = frozendict({})
t(lambda: exec("x=1", ns))
t(lambda: eval("abs(-2)", {'__builtins__': __builtins__}))
t(lambda: exec("class B: pass\nprint(B.__name__)", {'__builtins__': {'__build_class__': __build_class__, 'print': print}}))
