// The gc module, as Python source run by pyvm itself (see python_source.ts). pyvm's objects
// live in V8's heap, whose collector reclaims cycles by itself and cannot be driven from a
// program, so this module keeps CPython's interface with nothing to collect: collect()
// returns 0 (and runs gc.callbacks as CPython does), enable/disable/isenabled keep a flag,
// thresholds and debug flags are stored and returned. Written from the gc documentation.

import { definePythonModule } from './python_source';

export const GC_SOURCE = `
"""The garbage collector's interface (pyvm's objects are collected by V8)."""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_frozen = 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    for cb in list(callbacks):
        cb('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    for cb in list(callbacks):
        cb('stop', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_debug():
    return _debug


def set_debug(flags, /):
    global _debug
    _debug = flags


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def is_tracked(obj, /):
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def is_finalized(obj, /):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return _frozen
`;

definePythonModule('gc', GC_SOURCE, { hideFrames: true });
