# The type names of built-in iterators, as CPython 3.11 reports them: bytearray's is its own
# bytearray_iterator (not bytes_iterator), and deque's forward and reverse iterators are
# _collections._deque_iterator and _collections._deque_reverse_iterator. (str's iterator is
# left out: CPython 3.11 names it str_ascii_iterator for an ASCII string, which pyvm does not
# tell apart.)
import collections
for label, it in [
    ('bytes', iter(b'ab')),
    ('bytearray', iter(bytearray(b'ab'))),
    ('deque', iter(collections.deque([1]))),
    ('deque reversed', reversed(collections.deque([1]))),
    ('list', iter([1])),
    ('tuple', iter((1,))),
    ('range', iter(range(2))),
    ('dict', iter({})),
]:
    t = type(it)
    print(label, t.__name__, t.__qualname__, t.__module__, repr(t))
    print(' ', list(it), it.__length_hint__() if hasattr(it, '__length_hint__') else '-')
d = collections.deque([1, 2, 3])
print(list(reversed(d)), list(iter(d)), type(reversed(d)) is type(iter(d)))
ba = bytearray(b'xyz')
it = iter(ba)
print(next(it), it.__length_hint__(), list(it))
print(type(iter(b'')) is type(iter(bytearray())))
