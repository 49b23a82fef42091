// A single-threaded _thread (CPython's C module), as Python source run by pyvm itself (see
// python_source.ts): locks (lock, RLock) that work as CPython's do in one thread, the main
// thread's identity, _local, and start_new_thread raising RuntimeError (pyvm runs one thread).
// CPython's threading.py runs over it (Lock, RLock, Condition, Event, current_thread ...), and
// with it logging, queue and the modules that take a lock. Written from the _thread
// documentation.

import { definePythonModule } from './python_source';

export const THREAD_SOURCE = String.raw`
"""A single-threaded _thread (CPython's C module) for pyvm, which runs one thread: locks that
work (and raise where CPython raises), the thread identity of the main thread, and
start_new_thread raising RuntimeError("can't start new thread"). A blocking acquire of a lock
the thread already holds would wait forever in CPython (no other thread can release it); here
it raises RuntimeError instead of hanging."""

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    import os
    return os.getpid()


def _count():
    return 0


def daemon_threads_allowed():
    return True


def stack_size(size=0, /):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


def start_new_thread(function, args, kwargs=None, /):
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    raise KeyboardInterrupt


def _wait(blocking, timeout, what):
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return False
    if timeout != -1 and timeout < 0:
        raise ValueError('timeout value must be a non-negative number')
    if timeout != -1:
        import time
        time.sleep(timeout)
        return False
    raise RuntimeError(f'deadlock: the only thread waits for a {what} it holds')


class LockType:
    __slots__ = ('_locked',)
    __module__ = '_thread'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            return _wait(blocking, timeout, 'lock')
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {hex(id(self))}>"


LockType.__name__ = LockType.__qualname__ = 'lock'
lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


def _set_sentinel():
    return LockType()


class RLock:
    __slots__ = ('_owner', '_count')
    __module__ = '_thread'

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._owner = _MAIN_IDENT
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return (f"<{'locked' if self._count else 'unlocked'} _thread.RLock object owner={self._owner or 0} "
                f"count={self._count} at {hex(id(self))}>")


class _local:
    """Thread-local data: with one thread, an object with a __dict__."""
    __module__ = '_thread'

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is _local.__init__:
            raise TypeError('Initialization arguments are not supported')
`;

definePythonModule('_thread', THREAD_SOURCE, { hideFrames: true });
