# typing.io and typing.re (CPython 3.11, deprecated): namespace classes named 'typing.io' /
# 'typing.re', also in sys.modules, whose attributes are typing's IO types and re aliases;
# reading one of them through the namespace is a DeprecationWarning at the reader's line.
import sys
import typing
import warnings

print(typing.io, typing.re)
print(typing.io.__name__, typing.re.__name__, type(typing.io).__name__)
print(sys.modules['typing.io'] is typing.io, sys.modules['typing.re'] is typing.re)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(typing.io.__module__, typing.io.__doc__)
    print(typing.re.__doc__)
print(sorted(k for k in typing.io.__dict__ if not k.startswith('__')), sorted(typing.re.__dict__['__all__']))
print(hasattr(typing, '__path__'))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    same = (typing.io.IO is typing.IO, typing.io.TextIO is typing.TextIO,
            typing.io.BinaryIO is typing.BinaryIO)
    pattern = typing.re.Pattern
    match = typing.re.Match
    names = typing.io.__all__
    name = typing.io.__name__
print(same, pattern is typing.Pattern, match is typing.Match, sorted(names), name)
for w in caught:
    print(w.category.__name__, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    import typing.io
    import typing.re as tre
    from typing.io import BinaryIO
    from typing.re import Match
print(tre is typing.re, BinaryIO is typing.BinaryIO, Match is typing.Match)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        typing.re.Pattern
    except DeprecationWarning as e:
        print('error:', e)
