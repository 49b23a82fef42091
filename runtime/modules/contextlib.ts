// The contextlib module. Its classes are Python source, as CPython's are (subclassable, with
// CPython's MROs and attributes): the common ones below (_pyvm_contextlib: contextmanager and
// _GeneratorContextManager with CPython's __exit__ protocol, the two ABCs, ContextDecorator,
// closing, nullcontext, suppress, redirect_stdout/stderr), the rest in
// contextlib_extra_source.ts (ExitStack, AsyncExitStack, AsyncContextDecorator,
// asynccontextmanager, aclosing, chdir). The module's attributes are lazy (PEP 562
// __getattr__): `import contextlib` alone compiles nothing. Their frames are not hidden (no
// hideFrames): contextlib is Python in CPython too, so its frames (`__enter__` resuming a
// @contextmanager generator) are in tracebacks and in sys._getframe's chain, where a
// warning's stacklevel counts them.
//
// Written from the contextlib documentation and CPython 3.11's observable behaviour; not
// CPython's Lib/contextlib.py.

import { PyList } from '../containers';
import { defineModule, lazyAttributes } from './module_util';
import { definePythonModule } from './python_source';

definePythonModule('_pyvm_contextlib', `
import abc
import sys
from functools import wraps

GenericAlias = type(list[int])


def _has_methods(C, *names):
    # True when each name is found along C's MRO and is not None there, as for the ABCs of
    # collections.abc; NotImplemented otherwise (so that a subclass hook falls back).
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    __module__ = 'contextlib'
    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Return \`self\` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    __module__ = 'contextlib'
    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Return \`self\` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    __module__ = 'contextlib'

    def _recreate_cm(self):
        """Return the manager to use for one call of a decorated function: self by
        default (a manager that can be entered again); one-shot managers make a new one."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    __module__ = 'contextlib'

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # The manager's docstring is the generator function's, else its class's.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # One-shot managers: a decorated function makes a fresh one for each call.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    __module__ = 'contextlib'

    def __enter__(self):
        # Once entered, the manager cannot be recreated: it forgets how it was made.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # A fresh instance, so that the exception coming back out can be recognised.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator finished: swallowed, unless the StopIteration is the one thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479: a StopIteration thrown in comes back wrapped in a RuntimeError.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # throw() signals propagation by raising; __exit__ signals it by returning False.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a factory of context
    managers (the code before its yield is __enter__, the code after it __exit__)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager that calls thing.close() when the block ends:

        with closing(resource) as r:
            <block>

    runs <block> with r bound to resource and then resource.close(), however <block> ends.
    """

    __module__ = 'contextlib'

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does nothing: its __enter__ returns enter_result.

    A stand-in for an optional context manager:

        with (cm if use_cm else nullcontext()):
            <block>
    """

    __module__ = 'contextlib'

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    __module__ = 'contextlib'
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of the streams replaced: the same manager can be entered again while entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager that points sys.stdout at another file for the block:

        with redirect_stdout(io.StringIO()) as f:
            help(pow)
        text = f.getvalue()
    """

    __module__ = 'contextlib'
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    __module__ = 'contextlib'
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that swallows the given exceptions raised in its block;
    execution goes on after the with statement:

        with suppress(FileNotFoundError):
            os.remove(path)
    """

    __module__ = 'contextlib'

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)
`);

const CORE = ['contextmanager', 'AbstractContextManager', 'AbstractAsyncContextManager', 'ContextDecorator',
  'closing', 'nullcontext', 'suppress', 'redirect_stdout', 'redirect_stderr', '_RedirectStream',
  '_GeneratorContextManager', '_GeneratorContextManagerBase'];
const EXTRA = ['AsyncContextDecorator', 'ExitStack', 'AsyncExitStack', 'asynccontextmanager', 'aclosing', 'chdir',
  '_AsyncGeneratorContextManager', '_BaseExitStack'];

defineModule('contextlib', (m) => {
  m.set('__all__', new PyList(['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
    'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack', 'ContextDecorator', 'ExitStack',
    'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing', 'chdir']));
  lazyAttributes(m, new Map([
    ...CORE.map((n): [string, string] => [n, '_pyvm_contextlib']),
    ...EXTRA.map((n): [string, string] => [n, '_contextlib_extra']),
  ]));
});
