// CPython's C module _signal, as Python source run by pyvm itself (see python_source.ts): the
// Linux signal numbers, SIG_DFL/SIG_IGN, signal/getsignal over a handler table, strsignal,
// valid_signals, default_int_handler, raise_signal (calls a Python handler; SIG_DFL of a
// terminating signal exits with status 128+n). pyvm delivers no signals to a program, so a
// handler otherwise never runs. CPython's signal.py builds Signals/Handlers over it (with
// IntEnum._convert_); unittest imports it. Written from the signal documentation.

import { definePythonModule } from './python_source';

export const SIGNAL_SOURCE = String.raw`
"""The signal module's C half (CPython's _signal) for pyvm: the Linux signal numbers and the
handler table. pyvm delivers no signals to a program: signal() and getsignal() keep and return
handlers as CPython does, raise_signal(SIGINT) raises KeyboardInterrupt through the handler,
and the handlers are otherwise never called."""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_SIGNALS = {'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6, 'SIGIOT': 6,
            'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11, 'SIGUSR2': 12, 'SIGPIPE': 13,
            'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17, 'SIGCLD': 17, 'SIGCONT': 18,
            'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24,
            'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29, 'SIGPOLL': 29,
            'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64}
globals().update(_SIGNALS)

_NAMES = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
          6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
          11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
          15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
          20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
          24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
          27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
          31: 'Bad system call'}


class ItimerError(OSError):
    __module__ = 'signal'


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')


def signal(signalnum, handler, /):
    _check(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    _check(signalnum)
    return _handlers[signalnum]


def raise_signal(signalnum, /):
    _check(signalnum)
    handler = _handlers[signalnum]
    if callable(handler):
        import sys
        # the caller's frame (this module's own frames are hidden from sys._getframe)
        frame = sys._getframe(0)
        if frame.f_code.co_filename == '<frozen _signal>':
            frame = frame.f_back
        handler(int(signalnum), frame)
    elif handler == SIG_DFL and signalnum not in (17, 18, 23, 28):
        raise SystemExit(128 + signalnum)


def strsignal(signalnum, /):
    _check(signalnum)
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return _NAMES.get(signalnum)


def valid_signals():
    return set(range(1, 32)) | set(range(34, NSIG))


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def alarm(seconds, /):
    return 0


def pause():
    raise RuntimeError('pause(): pyvm delivers no signals, so this would wait forever')
`;

definePythonModule('_signal', SIGNAL_SOURCE, { hideFrames: true });
