// The select module, as far as pyvm can have it: CPython's subprocess and selectors modules
// import it at their top. pyvm has no sockets and no child processes (so no pipes to wait on):
// select.select fails with ENOSYS; the module has no poll/epoll, so selectors falls back to its
// SelectSelector, as on a platform without them.
//
// pyvm's own source, written from the select module's documentation.

import { definePythonModule } from './python_source';

definePythonModule('select', `
"""Waiting for I/O completion: not supported by pyvm (no sockets, no child processes)."""

import errno as _errno

error = OSError
PIPE_BUF = 4096


def select(rlist, wlist, xlist, timeout=None, /):
    """Fails: pyvm cannot wait on file descriptors."""
    raise OSError(_errno.ENOSYS, 'Function not implemented')
`);
