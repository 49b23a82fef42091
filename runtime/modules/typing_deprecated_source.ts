// typing.io and typing.re, the deprecated namespaces of CPython 3.11's typing (removed in
// 3.12): each is a class (not a module) named 'typing.io' / 'typing.re', entered in
// sys.modules under that name, whose public attributes are typing's IO, TextIO, BinaryIO /
// Pattern, Match. Reading one of them through the namespace warns with DeprecationWarning,
// attributed to the caller. typing (typing_abc.ts) calls _make when it is imported, so
// `import typing.io` and `from typing.re import Match` find them in sys.modules.

import { definePythonModule } from './python_source';

export const TYPING_DEPRECATED_SOURCE = `
"""typing.io and typing.re (deprecated in 3.11)."""


class _DeprecatedType(type):
    def __getattribute__(cls, name):
        # Only the names the namespace class defines itself warn; its __dict__ and
        # __module__ are read here and by the machinery, silently.
        if name != '__dict__' and name != '__module__' and name in cls.__dict__:
            import warnings
            label = cls.__name__
            warnings.warn(label + ' is deprecated, import directly from typing instead. '
                          + label + ' will be removed in Python 3.12.',
                          DeprecationWarning, stacklevel=2)
        return type.__getattribute__(cls, name)


def _namespace(short, doc, members):
    ns = {'__doc__': doc, '__module__': 'typing', '__all__': list(members)}
    ns.update(members)
    cls = _DeprecatedType(short, (), ns)
    type.__setattr__(cls, '__name__', 'typing.' + short)
    type.__setattr__(cls, '__qualname__', short)
    return cls


def _make(modules, IO, TextIO, BinaryIO, Pattern, Match):
    io = _namespace('io', 'Wrapper namespace for IO generic classes.',
                    {'IO': IO, 'TextIO': TextIO, 'BinaryIO': BinaryIO})
    re = _namespace('re', 'Wrapper namespace for re type aliases.',
                    {'Pattern': Pattern, 'Match': Match})
    modules['typing.io'] = io
    modules['typing.re'] = re
    return io, re
`;

// Its frames stay visible (no hideFrames): the warning's stacklevel=2 counts the
// __getattribute__ frame, as CPython's typing.py, whose frame is a real one.
definePythonModule('_typing_deprecated', TYPING_DEPRECATED_SOURCE);
