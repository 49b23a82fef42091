# A caller frame entered inline that reaches Python code before it makes any call (a dunder run
# by BINARY_OP or BINARY_SUBSCR in a fresh comprehension) still has a line for
# sys._getframe(1).f_lineno and warnings' stacklevel=2 (it was None on the stack VM: a TypeError).
import warnings, sys
class P:
    def __add__(self, o):
        warnings.warn('add', stacklevel=2)
        return sys._getframe(1).f_lineno
    def __getitem__(self, k):
        return sys._getframe(1).f_lineno
def h(o):
    return [o + o for _ in range(2)]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(h(P()))
    print([P()[1] for _ in range(2)])
print([x.lineno for x in w])
