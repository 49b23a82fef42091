# Exception groups (PEP 654) and except*: construction checks, message/exceptions, split,
# subgroup and derive (also a subclass's derive), notes and metadata copied to the parts,
# and try/except* on both VMs (CHECK_EG_MATCH, PREP_RERAISE_STAR), against CPython.
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: ExceptionGroup('m'))
t(lambda: ExceptionGroup('m', [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m', ValueError()))
t(lambda: ExceptionGroup('m', []))
t(lambda: ExceptionGroup('m', [1]))
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup('m', (ValueError(1),)).exceptions)
t(lambda: ExceptionGroup(message='m', exceptions=[ValueError()]))
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
t(lambda: (str(eg), repr(eg), eg.message, eg.args[0], len(eg.args), type(eg.exceptions).__name__))
t(lambda: str(ExceptionGroup('one', [ValueError()])))
m, r = eg.split(ValueError); t(lambda: (repr(m), repr(r)))
t(lambda: repr(eg.split((KeyError, TypeError))))
t(lambda: repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 3)))
t(lambda: repr(eg.subgroup(ValueError))); t(lambda: repr(eg.subgroup(OSError))); t(lambda: eg.subgroup(Exception) is eg); t(lambda: eg.split(Exception)[0] is eg)
t(lambda: repr(eg.split(OSError)))
t(lambda: eg.split(1)); t(lambda: eg.split(ValueError()))
t(lambda: repr(eg.derive([KeyError(9)])))
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
me = MyEG('x', [ValueError(1), TypeError(2)])
t(lambda: repr(me.split(ValueError))); t(lambda: type(me.subgroup(TypeError)).__name__)
e1 = ValueError(1); e1.add_note('note1'); g = ExceptionGroup('n', [e1, TypeError(2)]); g.add_note('gn')
try: raise g
except ExceptionGroup as caught: cg = caught
mm, rr = cg.split(ValueError); t(lambda: (mm.__notes__, rr.__notes__, mm.__traceback__ is cg.__traceback__, mm.exceptions[0] is e1))
t(lambda: ExceptionGroup[int]); t(lambda: issubclass(ExceptionGroup, Exception)); t(lambda: ExceptionGroup.__mro__)
t(lambda: BaseExceptionGroup('m', [ValueError()]).__class__.__mro__)
try:
    raise ExceptionGroup('top', [ValueError('a'), TypeError('b')])
except* ValueError as e:
    print('VE', repr(e))
except* TypeError as e:
    print('TE', repr(e))
try:
    try:
        raise ExceptionGroup('top', [ValueError('a'), TypeError('b'), KeyError('c')])
    except* ValueError:
        print('handled VE')
except ExceptionGroup as e:
    print('rest', repr(e))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked', repr(e), repr(e.exceptions[0]))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as e:
        raise KeyError('new') from None
except BaseException as e:
    print('raised in handler', repr(e), repr(e.exceptions) if hasattr(e, 'exceptions') else '')
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
except ExceptionGroup as e:
    print('reraise', repr(e))
try:
    try:
        raise TypeError('x')
    except* ValueError:
        print('no')
except TypeError as e:
    print('unmatched naked passes through', repr(e))
try:
    try: raise ExceptionGroup('g', [ValueError(1)])
    except* ExceptionGroup: pass
except TypeError as e: print(e)
def gen():
    try:
        raise ExceptionGroup('g', [OSError(1), ValueError(2)])
    except* OSError as e:
        pass
    return 'returned'
try: print(gen())
except ExceptionGroup as e: print('gen rest', repr(e))
t(lambda: eg.derive()); t(lambda: eg.split()); t(lambda: eg.subgroup(1, 2)); t(lambda: ExceptionGroup("m", "ab")); t(lambda: ExceptionGroup("m", range(2))); t(lambda: ExceptionGroup("m", {1: 2}))
class WithMethod:
    def m(self, e): return True
t(lambda: eg.split(len)); t(lambda: eg.split(WithMethod().m)); t(lambda: repr(eg.split(lambda e: isinstance(e, KeyError))))
